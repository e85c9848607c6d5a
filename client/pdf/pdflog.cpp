// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflog.h"

Q_LOGGING_CATEGORY(lcPdf, "motcua.pdf", QtInfoMsg)
