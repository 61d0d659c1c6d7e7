#pragma once

#include <QByteArray>
#include <QMap>
#include <QRectF>
#include <QString>

namespace rd::pdfbinding {

// The audit chain's head when a document was made (its last event's id and SHA-256): an anchor that lets a
// verifier see the chain cut or rewritten before it.
struct AuditAnchor
{
    qint64 id = 0; // 0: none
    QString sha256;
};

// What a ReviewDesk PDF carries in its XMP metadata, inside what its signature covers: what kind of
// document it is, the SHA-256 of the data it prints (a score sheet's JSON, a round's results) and who signs
// it. Changing the data or the PDF is then detected by the signature or the digest.
struct Binding
{
    QString kind;       // "score-sheet", "consensus-sheet", "minutes", "archive-certificate"
    QString dataSha256; // the digest of the data the document shows
    QString signer;     // the name drawn in the signature block
    AuditAnchor audit;  // the chain's head when the document was made, where the document carries one

    bool isValid() const { return !kind.isEmpty(); }
};

QByteArray toXmp(const Binding& binding, const QString& title);
Binding fromXmp(const QString& xmp);
// The binding of a PDF, read from its own bytes: Poppler 22.12 decodes the metadata stream as PDFDocEncoding,
// which garbles the UTF-8 of a Chinese signer's name. QPdfWriter stores the packet uncompressed.
Binding fromPdf(const QByteArray& pdf);

// Where the signature block sits: at the foot of the last page, right half, above the footer. The composer
// draws it there and the signer puts the signature's own appearance in its right half: both compute it
// from the page size (millimetres), so a document need not say where its signature goes.
constexpr double pageMarginMm = 20;
constexpr double footerMm = 8;
constexpr double signatureBlockMm = 28;
QRectF signatureBlockMmRect(const QSizeF& pageMm);    // in millimetres from the page's top left
QRectF signatureWidgetFraction(const QSizeF& pageMm); // the signature's appearance, in page fractions

} // namespace rd::pdfbinding
