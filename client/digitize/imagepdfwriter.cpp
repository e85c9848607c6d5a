// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepdfwriter.h"

#include <QCryptographicHash>

namespace motcua::digitize {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

class Writer
{
public:
    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size());
    }
    void begin(int obj)
    {
        m_offsets[obj - 1] = m_out.size();
        m_out += QByteArray::number(obj) + " 0 obj\n";
    }
    void end() { m_out += "\nendobj\n"; }
    void object(int obj, const QByteArray &body)
    {
        begin(obj);
        m_out += body;
        end();
    }
    void stream(int obj, const QByteArray &dict, const QByteArray &data)
    {
        begin(obj);
        m_out += "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
        m_out += data;
        m_out += "\nendstream";
        end();
    }
    QByteArray finish(int root, int info)
    {
        const qint64 xref = m_out.size();
        m_out += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (qint64 off : std::as_const(m_offsets))
            m_out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
        //! /ID from the content: the same scans give the same file (and the signer wants an /ID).
        const QByteArray id = QCryptographicHash::hash(m_out, QCryptographicHash::Md5).toHex();
        m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root "
            + QByteArray::number(root) + " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [<" + id + "> <"
            + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return m_out;
    }
    QByteArray m_out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";

private:
    QList<qint64> m_offsets;
};

} // namespace

QByteArray writeImagePdf(const QList<PdfImagePage> &pages, const QByteArray &producer)
{
    Writer w;
    const int catalog = w.reserve();
    const int tree = w.reserve();
    const int info = w.reserve();
    QByteArray kids;
    QList<int> pageIds;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        pageIds.append(w.reserve());
        w.reserve(); // content
        w.reserve(); // image
        kids += QByteArray::number(pageIds.last()) + " 0 R ";
    }
    w.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    w.object(tree,
             "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size())
                 + " >>");
    QByteArray prod;
    for (char c : producer) {
        if (c == '(' || c == ')' || c == '\\')
            prod += '\\';
        prod += c;
    }
    w.object(info, "<< /Producer (" + prod + ") >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PdfImagePage &p = pages.at(i);
        const int page = pageIds.at(i), content = page + 1, image = page + 2;
        const QByteArray wPt = num(p.sizePt.width()), hPt = num(p.sizePt.height());
        QByteArray dict = "/Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [0 0 " + wPt
            + ' ' + hPt + "] /Resources << /XObject << /Im0 " + QByteArray::number(image)
            + " 0 R >> >> /Contents " + QByteArray::number(content) + " 0 R";
        if (p.rotate % 360 != 0)
            dict += " /Rotate " + QByteArray::number(((p.rotate % 360) + 360) % 360);
        w.object(page, "<< " + dict + " >>");
        w.stream(content, QByteArray(), "q " + wPt + " 0 0 " + hPt + " 0 0 cm /Im0 Do Q");
        QByteArray im = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(p.width) + " /Height "
            + QByteArray::number(p.height) + " /ColorSpace "
            + (p.components == 3 ? "/DeviceRGB" : "/DeviceGray") + " /BitsPerComponent "
            + QByteArray::number(p.bitsPerComponent) + " /Filter "
            + (p.filter == PdfImagePage::Filter::Dct ? "/DCTDecode" : "/FlateDecode");
        w.stream(image, im, p.data);
    }
    return w.finish(catalog, info);
}

} // namespace motcua::digitize
