#include "widgets/pdf/PdfCanvas.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace rd {

namespace {

constexpr int gap = 12; // pixels between and around pages
constexpr double pointsPerInch = 72.0;
constexpr double screenDpi = 96.0; // 100 % shows a page at its printed size on a 96-dpi screen
constexpr int prefetchAround = 2;  // pages rendered ahead on each side of the visible ones

qint64 dpiKey(double dpi)
{
    return qint64(dpi * 1000 + 0.5);
}

} // namespace

PdfCanvas::PdfCanvas(PageRenderer* renderer, qint64 cacheBytes, QWidget* parent)
    : QAbstractScrollArea(parent), m_renderer(renderer), m_cache(cacheBytes)
{
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width does not change the width (and bring a horizontal bar).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setAccessibleName(tr("Document pages"));
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    connect(m_renderer, &PageRenderer::pageRendered, this, &PdfCanvas::pageRendered);
    connect(m_renderer, &PageRenderer::wordsReady, this, [this](int page, const QList<PdfWord>& words) {
        m_words.insert(page, words);
        if (page == m_selectionPage)
            updateSelection();
    });
}

void PdfCanvas::documentOpened(int page)
{
    m_cache.clear();
    m_pending.clear();
    m_words.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_currentPage = qBound(0, page, qMax(0, m_renderer->pageCount() - 1));
    clearSelection();
    relayout();
    goToPage(m_currentPage);
}

void PdfCanvas::documentClosed()
{
    m_cache.clear();
    m_pending.clear();
    m_words.clear();
    m_hits.clear();
    m_tops.clear();
    clearSelection();
    relayout();
}

void PdfCanvas::setLayoutMode(Layout layout)
{
    if (m_layout == layout)
        return;
    const int page = m_currentPage;
    m_layout = layout;
    relayout();
    goToPage(page);
}

void PdfCanvas::setZoom(Zoom zoom, double percent)
{
    const int page = m_currentPage;
    m_zoom = zoom;
    m_percent = qBound(10.0, percent, 800.0);
    m_renderer->cancelQueued();
    m_pending.clear();
    m_cache.keepOnly(renderDpi());
    relayout();
    goToPage(page);
}

double PdfCanvas::scale() const
{
    if (!m_renderer->isOpen() || m_renderer->pageCount() == 0)
        return screenDpi / pointsPerInch;
    const QSizeF page = m_renderer->pageSizePoints(m_layout == Layout::SinglePage ? m_currentPage : 0);
    double widest = 0;
    for (int i = 0; i < m_renderer->pageCount(); ++i)
        widest = std::max(widest, m_renderer->pageSizePoints(i).width());
    const double byWidth = (viewport()->width() - 2 * gap) / std::max(1.0, widest);
    switch (m_zoom) {
    case Zoom::FitWidth:
        return std::max(0.05, byWidth);
    case Zoom::FitPage:
        return std::max(0.05, std::min(byWidth, (viewport()->height() - 2 * gap) / std::max(1.0, page.height())));
    case Zoom::Percent:
        break;
    }
    return m_percent / 100.0 * screenDpi / pointsPerInch;
}

double PdfCanvas::effectivePercent() const
{
    return scale() * pointsPerInch / screenDpi * 100;
}

double PdfCanvas::renderDpi() const
{
    // Rounded, so that small width changes reuse what is cached instead of rendering everything again.
    return std::round(scale() * pointsPerInch * devicePixelRatioF() * 4) / 4;
}

void PdfCanvas::relayout()
{
    m_tops.clear();
    const double s = scale();
    int y = gap;
    int widest = 0;
    for (int i = 0; i < m_renderer->pageCount(); ++i) {
        const QSizeF size = m_renderer->pageSizePoints(i) * s;
        m_tops.append(y);
        y += int(std::ceil(size.height())) + gap;
        widest = std::max(widest, int(std::ceil(size.width())));
    }
    m_contentWidth = widest + 2 * gap;
    if (m_layout == Layout::SinglePage && m_renderer->pageCount() > 0)
        m_contentHeight = pageRect(m_currentPage).height() + 2 * gap;
    else
        m_contentHeight = y;
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    viewport()->update();
    requestVisible();
}

QRect PdfCanvas::pageRect(int page) const
{
    if (page < 0 || page >= m_tops.size())
        return {};
    const QSizeF size = m_renderer->pageSizePoints(page) * scale();
    const int width = int(std::ceil(size.width()));
    const int x = std::max(gap, (std::max(m_contentWidth, viewport()->width()) - width) / 2);
    const int y = m_layout == Layout::SinglePage ? gap : m_tops.at(page);
    return {x, y, width, int(std::ceil(size.height()))};
}

QList<int> PdfCanvas::visiblePages() const
{
    QList<int> pages;
    if (m_tops.isEmpty())
        return pages;
    if (m_layout == Layout::SinglePage)
        return {m_currentPage};
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    // The tops are sorted: find the first page ending below the top of the view.
    auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), top);
    int first = std::max(0, int(it - m_tops.cbegin()) - 1);
    for (int i = first; i < m_tops.size() && m_tops.at(i) < bottom; ++i)
        if (pageRect(i).bottom() >= top)
            pages.append(i);
    return pages;
}

int PdfCanvas::pageAt(const QPoint& viewportPoint) const
{
    const QPoint content = viewportPoint + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (int page : visiblePages())
        if (pageRect(page).contains(content))
            return page;
    return -1;
}

QPointF PdfCanvas::toPagePoints(int page, const QPoint& viewportPoint) const
{
    const QPoint content = viewportPoint + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRect rect = pageRect(page);
    return QPointF(content - rect.topLeft()) / scale();
}

QRectF PdfCanvas::toViewport(int page, const QRectF& points) const
{
    const QRect rect = pageRect(page);
    const double s = scale();
    return QRectF(rect.left() + points.left() * s - horizontalScrollBar()->value(),
                  rect.top() + points.top() * s - verticalScrollBar()->value(), points.width() * s,
                  points.height() * s);
}

void PdfCanvas::requestVisible()
{
    if (!m_renderer->isOpen())
        return;
    const double dpi = renderDpi();
    const QList<int> visible = visiblePages();
    if (visible.isEmpty())
        return;
    const auto ask = [&](int page, PageRenderer::Priority priority) {
        if (page < 0 || page >= m_renderer->pageCount())
            return;
        const QPair<int, qint64> key{page, dpiKey(dpi)};
        if (m_pending.contains(key) || !m_cache.find(page, dpi).isNull())
            return;
        m_pending.insert(key);
        m_renderer->requestPage(page, dpi, priority);
    };
    for (int page : visible)
        ask(page, PageRenderer::Priority::Visible);
    for (int d = 1; d <= prefetchAround; ++d) {
        ask(visible.last() + d, PageRenderer::Priority::Prefetch);
        ask(visible.first() - d, PageRenderer::Priority::Prefetch);
    }
}

void PdfCanvas::pageRendered(int page, double dpi, const QImage& image)
{
    m_pending.remove({page, dpiKey(dpi)});
    if (dpiKey(dpi) != dpiKey(renderDpi()))
        return; // a zoom already left
    m_cache.insert(page, dpi, image);
    const QList<int> visible = visiblePages();
    if (visible.contains(page)) {
        viewport()->update();
        const bool allThere =
            std::all_of(visible.cbegin(), visible.cend(), [&](int p) { return !m_cache.find(p, dpi).isNull(); });
        if (allThere)
            Q_EMIT visiblePagesReady();
    }
}

void PdfCanvas::goToPage(int page)
{
    if (m_renderer->pageCount() == 0)
        return;
    page = qBound(0, page, m_renderer->pageCount() - 1);
    if (m_layout == Layout::SinglePage) {
        const bool changed = page != m_currentPage;
        m_currentPage = page;
        if (changed)
            relayout();
        verticalScrollBar()->setValue(0);
        if (changed)
            Q_EMIT currentPageChanged(page);
        requestVisible();
        viewport()->update();
        return;
    }
    verticalScrollBar()->setValue(pageRect(page).top() - gap);
    // At the end of the document the last pages cannot scroll to the top; the asked page still counts.
    if (m_currentPage != page) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
    requestVisible();
}

void PdfCanvas::reveal(int page, const QRectF& box)
{
    if (m_layout == Layout::SinglePage && page != m_currentPage)
        goToPage(page);
    const QRect rect = pageRect(page);
    const double s = scale();
    const int y = rect.top() + int(box.center().y() * s);
    const int x = rect.left() + int(box.center().x() * s);
    if (y < verticalScrollBar()->value() + 40 || y > verticalScrollBar()->value() + viewport()->height() - 40)
        verticalScrollBar()->setValue(y - viewport()->height() / 3);
    if (x < horizontalScrollBar()->value() || x > horizontalScrollBar()->value() + viewport()->width())
        horizontalScrollBar()->setValue(x - viewport()->width() / 2);
    updateCurrentPage();
    viewport()->update();
}

void PdfCanvas::setHits(const QList<PdfSearchHit>& hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    viewport()->update();
}

void PdfCanvas::setNotedPages(const QSet<int>& pages)
{
    m_notedPages = pages;
    viewport()->update();
}

void PdfCanvas::updateCurrentPage()
{
    if (m_layout == Layout::SinglePage || m_tops.isEmpty())
        return;
    // The page under the upper third of the view is the one being read.
    const int probe = verticalScrollBar()->value() + viewport()->height() / 3;
    auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), probe);
    const int page = std::max(0, int(it - m_tops.cbegin()) - 1);
    if (page != m_currentPage) {
        m_currentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PdfCanvas::scrollContentsBy(int, int)
{
    updateCurrentPage();
    requestVisible();
    viewport()->update();
}

void PdfCanvas::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = m_currentPage;
    relayout();
    if (m_zoom != Zoom::Percent)
        goToPage(page);
}

void PdfCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const double dpi = renderDpi();
    const QPoint offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QColor selection = palette().color(QPalette::Highlight);
    for (int page : visiblePages()) {
        const QRect rect = pageRect(page).translated(-offset);
        painter.fillRect(rect.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60)); // a little shadow
        painter.fillRect(rect, Qt::white);
        const QImage image = m_cache.find(page, dpi);
        if (!image.isNull()) {
            painter.drawImage(rect, image);
        } else {
            painter.setPen(Qt::gray);
            painter.drawText(rect, Qt::AlignCenter, tr("Page %1…").arg(page + 1));
        }
        for (int i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).page != page)
                continue;
            const QColor colour = i == m_currentHit ? QColor(255, 140, 0, 150) : QColor(255, 230, 0, 110);
            painter.fillRect(toViewport(page, m_hits.at(i).box), colour);
        }
        if (page == m_selectionPage) {
            QColor fill = selection;
            fill.setAlpha(90);
            for (const PdfWord& word : m_selectedWords)
                painter.fillRect(toViewport(page, word.box), fill);
            if (QApplication::mouseButtons() & Qt::LeftButton) {
                painter.setPen(QPen(selection, 1, Qt::DashLine));
                painter.drawRect(toViewport(page, QRectF(m_selectionStart, m_selectionEnd).normalized()));
            }
        }
        if (m_notedPages.contains(page)) {
            const QRect marker(rect.right() - 26, rect.top() + 6, 20, 20);
            painter.setBrush(QColor(255, 214, 0));
            painter.setPen(QColor(160, 120, 0));
            painter.drawRoundedRect(marker, 3, 3);
            painter.drawText(marker, Qt::AlignCenter, QStringLiteral("✎"));
        }
    }
}

namespace {
const QList<QKeySequence::StandardKey> findKeys = {QKeySequence::Find, QKeySequence::FindNext,
                                                   QKeySequence::FindPrevious};
}

bool PdfCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        for (QKeySequence::StandardKey k : findKeys)
            if (key->matches(k)) {
                event->accept();
                return true;
            }
    }
    return QAbstractScrollArea::event(event);
}

void PdfCanvas::keyPressEvent(QKeyEvent* event)
{
    for (QKeySequence::StandardKey k : findKeys)
        if (event->matches(k)) {
            Q_EMIT findKeyPressed(k);
            return;
        }
    const bool single = m_layout == Layout::SinglePage;
    const auto scrollOrTurn = [&](int direction) {
        QScrollBar* bar = verticalScrollBar();
        const bool atEdge = direction > 0 ? bar->value() >= bar->maximum() : bar->value() <= bar->minimum();
        if (single && atEdge)
            goToPage(m_currentPage + direction);
        else
            bar->setValue(bar->value() + direction * (viewport()->height() - 40));
    };
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ShiftModifier))
            scrollOrTurn(-1);
        else
            scrollOrTurn(+1);
        return;
    case Qt::Key_PageUp:
        scrollOrTurn(-1);
        return;
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(m_renderer->pageCount() - 1);
        return;
    case Qt::Key_Left:
        if (single && horizontalScrollBar()->maximum() == 0) {
            goToPage(m_currentPage - 1);
            return;
        }
        break;
    case Qt::Key_Right:
        if (single && horizontalScrollBar()->maximum() == 0) {
            goToPage(m_currentPage + 1);
            return;
        }
        break;
    case Qt::Key_Escape:
        clearSelection();
        return;
    default:
        if (event->matches(QKeySequence::Copy) && hasSelection()) {
            copySelection();
            return;
        }
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfCanvas::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double current = scale() / (screenDpi / pointsPerInch) * 100;
        const double next = event->angleDelta().y() > 0 ? current * 1.15 : current / 1.15;
        setZoom(Zoom::Percent, next);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const int page = pageAt(event->position().toPoint());
    m_selectedWords.clear();
    m_selectionPage = page;
    if (page < 0) {
        Q_EMIT selectionChanged();
        viewport()->update();
        return;
    }
    m_selectionStart = m_selectionEnd = toPagePoints(page, event->position().toPoint());
    if (!m_words.contains(page))
        m_renderer->requestWords(page);
    Q_EMIT selectionChanged();
    viewport()->update();
}

void PdfCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_selectionPage < 0)
        return;
    m_selectionEnd = toPagePoints(m_selectionPage, event->position().toPoint());
    updateSelection();
}

void PdfCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_selectionPage >= 0) {
        m_selectionEnd = toPagePoints(m_selectionPage, event->position().toPoint());
        updateSelection();
    }
}

void PdfCanvas::updateSelection()
{
    m_selectedWords.clear();
    const QRectF area = QRectF(m_selectionStart, m_selectionEnd).normalized();
    if (area.width() > 1 || area.height() > 1) {
        for (const PdfWord& word : m_words.value(m_selectionPage))
            if (area.intersects(word.box))
                m_selectedWords.append(word);
    }
    Q_EMIT selectionChanged();
    viewport()->update();
}

void PdfCanvas::clearSelection()
{
    m_selectionPage = -1;
    m_selectedWords.clear();
    Q_EMIT selectionChanged();
    viewport()->update();
}

QString PdfCanvas::selectedText() const
{
    // Words come in reading order from Poppler; lines break where the next word starts a new line.
    QString text;
    for (int i = 0; i < m_selectedWords.size(); ++i) {
        const PdfWord& word = m_selectedWords.at(i);
        text += word.text;
        if (i + 1 < m_selectedWords.size()) {
            const PdfWord& next = m_selectedWords.at(i + 1);
            if (next.box.top() > word.box.center().y())
                text += QLatin1Char('\n');
            else if (word.spaceAfter)
                text += QLatin1Char(' ');
        }
    }
    return text;
}

void PdfCanvas::copySelection() const
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void PdfCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const int page = pageAt(event->pos());
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("Copy"), this, &PdfCanvas::copySelection);
    copy->setEnabled(hasSelection());
    if (page >= 0)
        menu.addAction(tr("Add a note to page %1…").arg(page + 1), this, [this, page] { Q_EMIT noteRequested(page); });
    menu.exec(event->globalPos());
}

} // namespace rd
