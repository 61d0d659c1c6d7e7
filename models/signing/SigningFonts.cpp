#include "models/signing/SigningFonts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace rd::signing {

namespace {

// The dictionary body ("<< … >>" without the brackets) of object `number` in its latest revision.
QByteArray objectDictionary(const QByteArray& pdf, int number)
{
    const QRegularExpression header(QStringLiteral("(?:^|[\\r\\n])%1 0 obj\\s*<<").arg(number));
    qsizetype start = -1;
    const QString text = QString::fromLatin1(pdf);
    for (auto it = header.globalMatch(text); it.hasNext();)
        start = it.next().capturedEnd();
    if (start < 0)
        return {};
    int depth = 1;
    for (qsizetype i = start; i + 1 < pdf.size(); ++i) {
        if (pdf[i] == '<' && pdf[i + 1] == '<') {
            ++depth;
            ++i;
        } else if (pdf[i] == '>' && pdf[i + 1] == '>') {
            if (--depth == 0)
                return pdf.mid(start, i - start);
            ++i;
        }
    }
    return {};
}

} // namespace

Result<QByteArray> withSigningFonts(const QByteArray& pdf)
{
    using R = Result<QByteArray>;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return R::failure(
            QCoreApplication::translate("Signing", "the PDF has no classic cross-reference table to extend"));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto previous =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(QString::fromLatin1(pdf.mid(startxrefAt)));
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return R::failure(QCoreApplication::translate("Signing", "the PDF's trailer names no catalog"));
    const int rootNumber = root.captured(1).toInt();
    const QByteArray catalog = objectDictionary(pdf, rootNumber);
    if (catalog.isEmpty())
        return R::failure(QCoreApplication::translate("Signing", "the PDF's catalog cannot be found"));
    if (catalog.contains("/AcroForm"))
        return R::failure(QCoreApplication::translate("Signing", "the PDF already has a form"));

    const int next = size.captured(1).toInt();
    const int acroForm = next;
    const int helvetica = next + 1;
    const int helveticaSpaced = next + 2;
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, qsizetype> offsets;
    const auto object = [&](int number, const QByteArray& body) {
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    object(rootNumber, "<<" + catalog + " /AcroForm " + QByteArray::number(acroForm) + " 0 R >>");
    object(acroForm, "<< /Fields [] /DA (/popplerfontHelvetica 0 Tf 0 g) /DR << /Font << /popplerfontHelvetica " +
                         QByteArray::number(helvetica) + " 0 R /popplerfontHelveticaSpaced " +
                         QByteArray::number(helveticaSpaced) + " 0 R >> >> >>");
    object(helvetica, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object(helveticaSpaced, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica#20 /Encoding /WinAnsiEncoding >>");

    const qsizetype xref = out.size();
    out += "xref\n";
    for (const auto& [number, offset] : offsets)
        out += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(next + 3) + " /Root " + QByteArray::number(rootNumber) + " 0 R";
    if (info.hasMatch())
        out += " /Info " + info.captured(1).toLatin1() + " 0 R";
    out += " /Prev " + previous.captured(1).toLatin1() + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace rd::signing
