#include "models/pdf/PdfComposer.h"

#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>

namespace rd {

namespace {
constexpr int resolution = 150; // dpi: enough for text, keeps pages light
}

PdfComposer::PdfComposer(const QString& path, const QString& title, Orientation orientation,
                         const pdfbinding::Binding& binding)
    : m_writer(path)
{
    m_writer.setResolution(resolution);
    m_writer.setTitle(title);
    if (binding.isValid())
        m_writer.setDocumentXmpMetadata(pdfbinding::toXmp(binding, title));
    m_writer.setCreator(QStringLiteral("ReviewDesk demo"));
    m_writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), orientation == Orientation::Portrait ? QPageLayout::Portrait : QPageLayout::Landscape,
        QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    m_body = QFont(QStringLiteral("Noto Sans CJK TC"));
    m_body.setPointSizeF(11);
    m_heading = m_body;
    m_heading.setPointSizeF(14);
    m_heading.setBold(true);
    m_title = m_body;
    m_title.setPointSizeF(20);
    m_title.setBold(true);
    if (!m_painter.begin(&m_writer))
        return;
    m_area = m_writer.pageLayout().paintRectPixels(resolution);
    m_area.moveTo(0, 0);
    m_area.setHeight(m_area.height() - mm(8)); // room for the footer
}

PdfComposer::~PdfComposer()
{
    finish();
}

int PdfComposer::mm(double millimetres) const
{
    return int(millimetres * resolution / 25.4);
}

int PdfComposer::textHeight(const QString& text, const QFont& font, int width) const
{
    return QFontMetrics(font, &m_writer).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

void PdfComposer::drawFooter()
{
    m_painter.save();
    QFont small = m_body;
    small.setPointSizeF(8);
    m_painter.setFont(small);
    m_painter.setPen(Qt::darkGray);
    const QRect footer(0, m_area.bottom() + mm(2), m_area.width(), mm(6));
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_page));
    m_painter.restore();
}

void PdfComposer::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void PdfComposer::ensureRoom(int height)
{
    if (m_y > 0 && m_y + height > m_area.height())
        newPage();
}

void PdfComposer::title(const QString& text)
{
    const int h = textHeight(text, m_title, m_area.width());
    ensureRoom(h + mm(8));
    m_painter.setFont(m_title);
    m_painter.drawText(QRect(0, m_y, m_area.width(), h), Qt::AlignHCenter | Qt::TextWordWrap, text);
    m_y += h + mm(8);
}

void PdfComposer::heading(const QString& text)
{
    const int h = textHeight(text, m_heading, m_area.width());
    ensureRoom(h + mm(14)); // keep a heading with at least a line of its text
    m_y += mm(3);
    m_painter.setFont(m_heading);
    m_painter.drawText(QRect(0, m_y, m_area.width(), h), Qt::TextWordWrap, text);
    m_y += h + mm(2);
}

void PdfComposer::paragraph(const QString& text)
{
    m_painter.setFont(m_body);
    const QFontMetrics metrics(m_body, &m_writer);
    // Break long paragraphs at page ends: lay out line by line groups of characters.
    QString rest = text;
    while (!rest.isEmpty()) {
        const int room = m_area.height() - m_y;
        const int full = textHeight(rest, m_body, m_area.width());
        if (full <= room) {
            m_painter.drawText(QRect(0, m_y, m_area.width(), full), Qt::TextWordWrap, rest);
            m_y += full + mm(2);
            return;
        }
        // Find how much fits by halving; CJK text wraps at any character.
        int lo = 0, hi = int(rest.size());
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (textHeight(rest.left(mid), m_body, m_area.width()) <= room)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo == 0) {
            newPage();
            continue;
        }
        m_painter.drawText(QRect(0, m_y, m_area.width(), room), Qt::TextWordWrap, rest.left(lo));
        rest = rest.mid(lo);
        newPage();
    }
}

void PdfComposer::bullets(const QStringList& items)
{
    for (const QString& item : items)
        paragraph(QStringLiteral("● ") + item);
}

QList<int> PdfComposer::columnWidths(const QList<double>& widths) const
{
    QList<int> columns;
    for (double w : widths)
        columns << int(w * m_area.width());
    return columns;
}

int PdfComposer::rowHeight(const QStringList& cells, const QList<int>& columns, bool header) const
{
    const int padding = mm(1.5);
    QFont font = m_body;
    font.setPointSizeF(10);
    font.setBold(header);
    int height = 0;
    for (int c = 0; c < cells.size() && c < columns.size(); ++c)
        height = qMax(height, textHeight(cells.at(c), font, columns.at(c) - 2 * padding));
    return height + 2 * padding;
}

void PdfComposer::table(const QStringList& header, const QList<QStringList>& rows, const QList<double>& widths)
{
    const int padding = mm(1.5);
    const QList<int> columns = columnWidths(widths);
    const auto drawCells = [&](const QStringList& cells, bool isHeader) {
        QFont font = m_body;
        font.setPointSizeF(10);
        font.setBold(isHeader);
        m_painter.setFont(font);
        const int height = rowHeight(cells, columns, isHeader);
        int x = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const QRect cell(x, m_y, columns.at(c), height);
            if (isHeader)
                m_painter.fillRect(cell, QColor(230, 236, 245));
            m_painter.drawRect(cell);
            m_painter.drawText(cell.adjusted(padding, padding, -padding, -padding), Qt::TextWordWrap, cells.value(c));
            x += columns.at(c);
        }
        m_y += height;
    };
    // The header never ends a page alone: it goes where its first row fits too.
    ensureRoom(rowHeight(header, columns, true) + (rows.isEmpty() ? 0 : rowHeight(rows.first(), columns, false)));
    drawCells(header, true);
    for (const QStringList& row : rows) {
        const int page = m_page;
        ensureRoom(rowHeight(row, columns, false));
        if (m_page != page) // continued on a new page: its header again, above the row
            drawCells(header, true);
        drawCells(row, false);
    }
    m_y += mm(3);
}

void PdfComposer::spacer(double millimetres)
{
    m_y += mm(millimetres);
}

void PdfComposer::slide(const QString& heading, const QStringList& points)
{
    if (m_y > 0)
        newPage();
    QFont big = m_title;
    big.setPointSizeF(26);
    m_painter.fillRect(QRect(0, 0, m_area.width(), mm(22)), QColor(22, 78, 140));
    m_painter.setPen(Qt::white);
    m_painter.setFont(big);
    m_painter.drawText(QRect(mm(6), 0, m_area.width() - mm(12), mm(22)), Qt::AlignVCenter, heading);
    m_painter.setPen(Qt::black);
    QFont point = m_body;
    point.setPointSizeF(17);
    m_painter.setFont(point);
    int y = mm(32);
    for (const QString& p : points) {
        const int h = textHeight(QStringLiteral("■ ") + p, point, m_area.width() - mm(12));
        m_painter.drawText(QRect(mm(6), y, m_area.width() - mm(12), h), Qt::TextWordWrap, QStringLiteral("■ ") + p);
        y += h + mm(5);
    }
    m_y = m_area.height(); // the next slide starts a new page
}

int PdfComposer::signatureBlockTop() const
{
    const QRectF pageMm = m_writer.pageLayout().fullRect(QPageLayout::Millimeter);
    return mm(pdfbinding::signatureBlockMmRect(pageMm.size()).top() - pdfbinding::pageMarginMm);
}

void PdfComposer::tableBeforeSignatureBlock(const QString& heading, const QStringList& header,
                                            const QList<QStringList>& rows, const QList<double>& widths)
{
    const QList<int> columns = columnWidths(widths);
    int height = textHeight(heading, m_heading, m_area.width()) + mm(5) + rowHeight(header, columns, true) + mm(3);
    for (const QStringList& row : rows)
        height += rowHeight(row, columns, false);
    const int room = signatureBlockTop() - mm(2);
    if (m_y > 0 && m_y + height > room && height <= room)
        newPage();
    this->heading(heading);
    table(header, rows, widths);
}

void PdfComposer::signatureBlock(const QString& caption, const QString& signer, const QString& note)
{
    const QRectF pageMm = m_writer.pageLayout().fullRect(QPageLayout::Millimeter);
    const QRectF blockMm = pdfbinding::signatureBlockMmRect(pageMm.size());
    // The paint area starts at the margins; its height already leaves the footer out.
    const QRect box(mm(blockMm.left() - pdfbinding::pageMarginMm), mm(blockMm.top() - pdfbinding::pageMarginMm),
                    mm(blockMm.width()), mm(blockMm.height()));
    if (m_y > box.top() - mm(2))
        newPage();
    m_painter.save();
    m_painter.setPen(QPen(QColor(22, 78, 140), mm(0.3)));
    m_painter.drawRect(box);
    QFont small = m_body;
    small.setPointSizeF(9);
    m_painter.setFont(small);
    const QRect inner =
        QRect(box.left(), box.top(), box.width() / 2, box.height()).adjusted(mm(2), mm(1.5), -mm(1), -mm(1.5));
    m_painter.drawText(inner, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, caption);
    // The name on one line: long names (an office's) get a smaller size rather than a second line.
    QFont name = m_heading;
    name.setPointSizeF(13);
    while (name.pointSizeF() > 7 && QFontMetrics(name, &m_writer).horizontalAdvance(signer) > inner.width())
        name.setPointSizeF(name.pointSizeF() - 0.5);
    m_painter.setFont(name);
    m_painter.setPen(Qt::black);
    m_painter.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, signer);
    m_painter.setFont(small);
    m_painter.setPen(Qt::darkGray);
    m_painter.drawText(inner, Qt::AlignBottom | Qt::AlignLeft | Qt::TextWordWrap, note);
    m_painter.restore();
    m_y = m_area.height();
}

void PdfComposer::finish()
{
    if (!m_painter.isActive())
        return;
    drawFooter();
    m_painter.end();
}

} // namespace rd
