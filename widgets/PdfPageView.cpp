#include "PdfPageView.h"

#include "pdf/PageRenderer.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

namespace {
constexpr double fitWidth = 0.0;
}

PdfPageView::PdfPageView(QWidget* parent) : QWidget(parent), m_renderer(new PageRenderer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* previous = new QToolButton(this);
    previous->setText(tr("◀ Previous"));
    previous->setAccessibleName(tr("Previous page"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto* next = new QToolButton(this);
    next->setText(tr("Next ▶"));
    next->setAccessibleName(tr("Next page"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageSpin->setMinimum(1);
    m_pageTotal = new QLabel(this);
    m_zoom = new QComboBox(this);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), fitWidth);
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent / 100.0);
    bar->addWidget(m_title, 1);
    bar->addWidget(previous);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageTotal);
    bar->addWidget(next);
    bar->addWidget(m_zoom);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_image = new QLabel(m_scroll);
    m_image->setAccessibleName(tr("Page image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_image);
    layout->addWidget(m_scroll, 1);

    connect(previous, &QToolButton::clicked, this, &PdfPageView::previousPage);
    connect(next, &QToolButton::clicked, this, &PdfPageView::nextPage);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, &PdfPageView::showPage);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &PdfPageView::requestRender);
    connect(m_renderer, &PageRenderer::openFailed, this, [this](const QString& reason) { m_title->setText(reason); });
    connect(m_renderer, &PageRenderer::opened, this, [this] {
        m_title->setText(m_openingTitle);
        m_pageSpin->setMaximum(qMax(1, m_renderer->pageCount()));
        m_pageTotal->setText(tr("of %1").arg(m_renderer->pageCount()));
        showPage(qBound(1, m_pageToOpen, qMax(1, m_renderer->pageCount())));
        Q_EMIT documentOpened();
    });
    connect(m_renderer, &PageRenderer::pageRendered, this, [this](int page, double dpi, const QImage& image) {
        if (page + 1 != m_page || !qFuzzyCompare(dpi, m_requestedDpi))
            return; // a page the user has already left, or a zoom already superseded
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_image->setPixmap(pixmap);
        m_image->resize(pixmap.deviceIndependentSize().toSize());
    });
}

void PdfPageView::openDocument(const QString& path, const QString& title, int page)
{
    m_title->setText(tr("Opening %1…").arg(title));
    m_image->clear();
    m_page = 0;
    m_requestedDpi = 0;
    m_pageToOpen = page;
    m_openingTitle = title;
    m_renderer->open(path);
}

int PdfPageView::pageCount() const
{
    return m_renderer->pageCount();
}

void PdfPageView::showPage(int page)
{
    if (page < 1 || page > m_renderer->pageCount() || page == m_page)
        return;
    m_page = page;
    m_requestedDpi = 0;
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setValue(page);
    m_scroll->verticalScrollBar()->setValue(0);
    requestRender();
}

void PdfPageView::nextPage()
{
    showPage(m_page + 1);
}

void PdfPageView::previousPage()
{
    showPage(m_page - 1);
}

double PdfPageView::zoomFactor() const
{
    const double chosen = m_zoom->currentData().toDouble();
    if (chosen > 0)
        return chosen;
    const QSizeF points = m_renderer->pageSizePoints(m_page - 1);
    if (points.width() <= 0)
        return 1.0;
    const double available = m_scroll->viewport()->width() - 24;
    return qMax(0.2, available / (points.width() * 96.0 / 72.0));
}

void PdfPageView::requestRender()
{
    if (m_page < 1)
        return;
    // Render for the screen's real pixel density so text stays crisp on high-DPI displays.
    const double dpi = 96.0 * zoomFactor() * devicePixelRatioF();
    if (qFuzzyCompare(dpi, m_requestedDpi) && !m_image->pixmap().isNull())
        return;
    m_requestedDpi = dpi;
    m_image->setPixmap(QPixmap());
    m_renderer->requestPage(m_page - 1, dpi);
}

void PdfPageView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_zoom->currentData().toDouble() == fitWidth)
        requestRender();
}

} // namespace rd
