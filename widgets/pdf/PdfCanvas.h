#pragma once

#include "models/pdf/PageCache.h"
#include "models/pdf/PageRenderer.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QKeySequence>
#include <QSet>

namespace rd {

// The pages of a PDF, laid out one under another (continuous) or one at a time, drawn from a bounded
// cache of pages rendered off the UI thread. Pages next to the visible ones are rendered ahead so turning a
// page shows it at once. Search hits are highlighted; a rectangle dragged with the mouse selects the
// words inside it, and Ctrl+C copies them.
class PdfCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Layout
    {
        Continuous,
        SinglePage
    };
    enum class Zoom
    {
        FitWidth,
        FitPage,
        Percent
    };

    // `cacheBytes`: how much of rendered pages to keep (the user's setting, Settings::pageCacheMegabytes).
    PdfCanvas(PageRenderer* renderer, qint64 cacheBytes, QWidget* parent = nullptr);

    // Lays out the renderer's newly opened document; the view starts at `page`.
    void documentOpened(int page);
    void documentClosed();

    void setLayoutMode(Layout layout);
    Layout layoutMode() const { return m_layout; }
    void setZoom(Zoom zoom, double percent = 100);
    Zoom zoom() const { return m_zoom; }
    // Device-independent pixels per PDF point at the current zoom.
    double scale() const;
    // The zoom in percent of the page's printed size, whatever the zoom mode (fit width is a percentage too).
    double effectivePercent() const;
    // The resolution pages are rendered at, including the screen's device-pixel ratio.
    double renderDpi() const;

    int currentPage() const { return m_currentPage; }
    void goToPage(int page);
    // Scrolls so that `box` (PDF points on `page`) is in view.
    void reveal(int page, const QRectF& box);

    void setHits(const QList<PdfSearchHit>& hits, int current);
    void setNotedPages(const QSet<int>& pages);

    QString selectedText() const;
    bool hasSelection() const { return !m_selectedWords.isEmpty(); }
    void clearSelection();
    void copySelection() const;

    const PageCache& cache() const { return m_cache; }
    // The page as rendered for the current zoom, when the cache has it.
    QImage cachedPage(int page) { return m_cache.find(page, renderDpi()); }

Q_SIGNALS:
    void currentPageChanged(int page);
    void selectionChanged();
    void noteRequested(int page);
    // Every page the view currently shows has been drawn from a finished render.
    void visiblePagesReady();
    // Find, Find next, Find previous pressed while the pages have the focus; the reader's search answers
    // them before the window's own Find.
    void findKeyPressed(QKeySequence::StandardKey key);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void relayout();
    // The page's rectangle in content coordinates (before scrolling).
    QRect pageRect(int page) const;
    QList<int> visiblePages() const;
    int pageAt(const QPoint& viewportPoint) const;
    QPointF toPagePoints(int page, const QPoint& viewportPoint) const;
    QRectF toViewport(int page, const QRectF& points) const;
    void requestVisible();
    void updateCurrentPage();
    void updateSelection();
    void pageRendered(int page, double dpi, const QImage& image);

    PageRenderer* m_renderer;
    PageCache m_cache;
    QSet<QPair<int, qint64>> m_pending; // renders asked for: page, dpi in thousandths
    Layout m_layout = Layout::Continuous;
    Zoom m_zoom = Zoom::FitWidth;
    double m_percent = 100;
    QList<int> m_tops; // each page's top in content coordinates (continuous layout)
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    int m_currentPage = 0;

    QList<PdfSearchHit> m_hits;
    int m_currentHit = -1;
    QSet<int> m_notedPages;

    QHash<int, QList<PdfWord>> m_words;
    int m_selectionPage = -1;
    QPointF m_selectionStart; // PDF points
    QPointF m_selectionEnd;
    QList<PdfWord> m_selectedWords;
};

} // namespace rd
