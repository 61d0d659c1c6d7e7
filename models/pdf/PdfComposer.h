#pragma once

#include "models/pdf/PdfBinding.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <memory>

namespace rd {

// Lays out simple A4 documents (headings, wrapped paragraphs, tables) into a PDF with embedded CJK fonts,
// breaking pages as text runs out. Writes the demo round's attachments and the printed 評分表 of score returns.
class PdfComposer final
{
public:
    enum class Orientation
    {
        Portrait,
        Landscape
    };

    // `binding` goes into the document's XMP, which QPdfWriter writes when the document begins.
    PdfComposer(const QString& path, const QString& title, Orientation orientation = Orientation::Portrait,
                const pdfbinding::Binding& binding = {});
    ~PdfComposer();
    Q_DISABLE_COPY_MOVE(PdfComposer)

    bool isOpen() const { return m_painter.isActive(); }

    void setFooter(const QString& footer) { m_footer = footer; }
    void title(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    void bullets(const QStringList& items);
    // A table with a header row; column widths as fractions of the text width. The header stays with the
    // first row and is repeated on each page the table continues on.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<double>& widths);
    // The heading and table (of signatures) that come right before the signature block: on the page that
    // holds the block whenever they fit on one page, so the block is never alone on a page of its own.
    void tableBeforeSignatureBlock(const QString& heading, const QStringList& header, const QList<QStringList>& rows,
                                   const QList<double>& widths);
    void spacer(double millimetres);
    void newPage();
    // Draws a slide: a large title and a few bullets filling the page.
    void slide(const QString& heading, const QStringList& points);
    int pageCount() const { return m_page; }

    // Draws the signature block where pdfbinding::signatureBlockMmRect puts it: at the foot of the current
    // page (a new one when the text reaches there), which becomes the last page. Nothing follows it.
    void signatureBlock(const QString& caption, const QString& signer, const QString& note);
    void finish();

private:
    int mm(double millimetres) const;
    void ensureRoom(int height);
    void drawFooter();
    int textHeight(const QString& text, const QFont& font, int width) const;
    QList<int> columnWidths(const QList<double>& widths) const;
    int rowHeight(const QStringList& cells, const QList<int>& columns, bool header) const;
    int signatureBlockTop() const;

    QPdfWriter m_writer;
    QPainter m_painter;
    QFont m_body;
    QFont m_heading;
    QFont m_title;
    QRect m_area;
    int m_y = 0;
    int m_page = 1;
    QString m_footer;
};

} // namespace rd
