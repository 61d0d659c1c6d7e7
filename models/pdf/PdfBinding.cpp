#include "models/pdf/PdfBinding.h"

#include <QRegularExpression>

namespace rd::pdfbinding {

namespace {

const QString ns = QStringLiteral("https://reviewdesk.tw/ns/binding/1.0/");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString field(const QString& xmp, const QString& name)
{
    const auto match = QRegularExpression(QStringLiteral("<rd:%1>([^<]*)</rd:%1>").arg(name)).match(xmp);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

} // namespace

QByteArray toXmp(const Binding& binding, const QString& title)
{
    const QString xmp =
        QStringLiteral("<?xpacket begin=\"%6\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:rd=\"%1\">\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:title>\n"
                       "<rd:kind>%3</rd:kind>\n"
                       "<rd:dataSha256>%4</rd:dataSha256>\n"
                       "<rd:signer>%5</rd:signer>\n%7"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(ns, escaped(title), escaped(binding.kind), binding.dataSha256)
            .arg(escaped(binding.signer))
            .arg(QString(QChar(0xFEFF)))
            .arg(binding.audit.id > 0
                     ? QStringLiteral("<rd:auditId>%1</rd:auditId>\n<rd:auditSha256>%2</rd:auditSha256>\n")
                           .arg(binding.audit.id)
                           .arg(binding.audit.sha256)
                     : QString());
    return xmp.toUtf8();
}

Binding fromXmp(const QString& xmp)
{
    Binding binding;
    if (!xmp.contains(ns))
        return binding;
    binding.kind = field(xmp, QStringLiteral("kind"));
    binding.dataSha256 = field(xmp, QStringLiteral("dataSha256"));
    binding.signer = field(xmp, QStringLiteral("signer"));
    binding.audit.id = field(xmp, QStringLiteral("auditId")).toLongLong();
    binding.audit.sha256 = field(xmp, QStringLiteral("auditSha256"));
    return binding;
}

Binding fromPdf(const QByteArray& pdf)
{
    const qsizetype end = pdf.lastIndexOf("</x:xmpmeta>");
    const qsizetype begin = end < 0 ? -1 : pdf.lastIndexOf("<x:xmpmeta", end);
    return begin < 0 ? Binding() : fromXmp(QString::fromUtf8(pdf.mid(begin, end - begin)));
}

QRectF signatureBlockMmRect(const QSizeF& pageMm)
{
    const double paintWidth = pageMm.width() - 2 * pageMarginMm;
    const double bottom = pageMm.height() - pageMarginMm - footerMm;
    return QRectF(pageMarginMm + paintWidth / 2, bottom - signatureBlockMm, paintWidth / 2, signatureBlockMm);
}

QRectF signatureWidgetFraction(const QSizeF& pageMm)
{
    const QRectF block = signatureBlockMmRect(pageMm);
    const QRectF widget(block.center().x(), block.top() + 2, block.width() / 2 - 2, block.height() - 4);
    return QRectF(widget.x() / pageMm.width(), widget.y() / pageMm.height(), widget.width() / pageMm.width(),
                  widget.height() / pageMm.height());
}

} // namespace rd::pdfbinding
