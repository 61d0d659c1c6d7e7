#pragma once

#include "models/core/OcrText.h"
#include "models/pdf/PageRenderer.h"

#include <QHash>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace rd {

class PageNotes;
class PdfCanvas;

// A PDF reader for the committee: continuous or single-page layout, zoom to width, to page or by percent,
// thumbnails, the document's outline, text search with every hit highlighted, selection and copy, the
// keyboard for everything, and the reviewer's private notes on pages. All rendering happens off the UI
// thread; the widget never waits on Poppler.
class PdfReader final : public QWidget
{
    Q_OBJECT
public:
    explicit PdfReader(int pageCacheMegabytes, QWidget* parent = nullptr);
    ~PdfReader() override;

    // Opens a PDF at a page (1-based). Loading happens off the UI thread; documentOpened() follows, or
    // the reason it failed is shown. With a document id and notes, the reader shows and keeps page notes.
    void openDocument(const QString& path, const QString& title, int page, qint64 documentId = 0);
    void closeDocument();
    // The text the reader finds and highlights in the document it opens next (empty: none).
    void setSearchText(const QString& text);
    // For the document it opens next: a note shown above its pages (empty: none) and the words OCR read on its
    // scanned pages (1-based page → words), which the reader's search finds and highlights like text.
    void setRecognisedText(const QString& note, const QHash<int, QList<ocr::Word>>& wordsByPage);
    // Zooms in or out one step from the zoom the page is shown at.
    void stepZoom(int direction);
    double zoomPercent() const;
    void setPageNotes(PageNotes* notes) { m_notes = notes; }

    int currentPage() const; // 1-based
    int pageCount() const;
    PdfCanvas* canvas() const { return m_canvas; }
    int hitCount() const { return int(m_hits.size()); }
    QTreeWidget* outlineView() const { return m_outline; }

public Q_SLOTS:
    void showPage(int page); // 1-based
    void nextPage();
    void previousPage();
    void find(const QString& text);
    void nextHit();
    void previousHit();

Q_SIGNALS:
    void documentOpened();
    void searchFinished(int hits);

private:
    void buildToolbar();
    void buildSidebar();
    void applyZoomChoice();
    void showHit(int index);
    void reloadNotes();
    QList<PdfSearchHit> recognisedHits(const QString& text) const;
    void addNote(int page);

    PageRenderer* m_renderer = nullptr;
    PageRenderer* m_thumbnailRenderer = nullptr;
    PdfCanvas* m_canvas = nullptr;
    PageNotes* m_notes = nullptr;
    qint64 m_documentId = 0;
    int m_pageToOpen = 0;
    QString m_title;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_scanNote = nullptr;
    QHash<int, QList<ocr::Word>> m_recognised;
    QSpinBox* m_pageSpin = nullptr;
    QLabel* m_pageTotal = nullptr;
    QComboBox* m_zoom = nullptr;
    QComboBox* m_layout = nullptr;
    QToolButton* m_sidebarButton = nullptr;
    QLineEdit* m_searchField = nullptr;
    QLabel* m_hitLabel = nullptr;
    QTabWidget* m_sidebar = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QTreeWidget* m_outline = nullptr;
    QListWidget* m_noteList = nullptr;

    QList<PdfSearchHit> m_hits;
    int m_currentHit = -1;
    quint64 m_searchId = 0;
};

} // namespace rd
