#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QSpinBox;
class QComboBox;

namespace rd {

class PageRenderer;

// Shows one page of a PDF at a time, rendered off the UI thread, with page navigation and zoom.
class PdfPageView final : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget* parent = nullptr);

    // Opens a PDF at a page (1-based). Loading happens off the UI thread; documentOpened() follows, or
    // the reason it failed is shown in place of the title.
    void openDocument(const QString& path, const QString& title, int page);
    int currentPage() const { return m_page; }
    int pageCount() const;

Q_SIGNALS:
    void documentOpened();

public Q_SLOTS:
    void showPage(int page);
    void nextPage();
    void previousPage();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void requestRender();
    double zoomFactor() const;

    PageRenderer* m_renderer = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_image = nullptr;
    QLabel* m_title = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QLabel* m_pageTotal = nullptr;
    QComboBox* m_zoom = nullptr;
    int m_page = 1;
    int m_pageToOpen = 1;
    QString m_openingTitle;
    double m_requestedDpi = 0; // renders finish out of order; only the latest request is shown
};

} // namespace rd
