// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontext.h"

namespace motcua::server {

class DossierStore;

//! A generated demo PDF: text or scanned-looking, 1 to 40 pages.
struct DemoPdf
{
    QString name;
    QByteArray bytes;
    QString sha256;
    int pages = 0;
    QString kind; //!< "input", "result" or "apology"
};
//! The small content-addressed pool every demo dossier draws from (so 100k
//! dossiers cost a few MB of disk). Drawn with QPdfWriter/QPainter.
QList<DemoPdf> demoPdfPool();

//! Deterministic demo data (fixed seed): directory, users (password "demo"),
//! calendar, and `size` dossiers in every state, driven through the real
//! Workflow so that histories and dates are consistent.
class DemoSeeder
{
public:
    DemoSeeder(ServerContext &ctx, DossierStore *store)
        : m_ctx(ctx)
        , m_store(store)
    { }
    //! Seeds only an empty database (no agencies yet); one transaction.
    Status seedIfEmpty(int size);

private:
    Status seedDirectory();
    Status seedDossiers(int size);
    ServerContext &m_ctx;
    DossierStore *m_store;
};

} // namespace motcua::server
