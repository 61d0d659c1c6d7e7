#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>
#include <QThreadPool>

#include <memory>

namespace Poppler {
class Document;
}

namespace rd {

// An entry of a PDF's table of contents (its bookmarks).
struct PdfOutlineEntry
{
    QString title;
    int page = -1; // zero-based; -1 when the entry points nowhere
    int level = 0;
};

// A word on a page with its box in PDF points, for selection and copying.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

// A place where the searched text occurs, in PDF points.
struct PdfSearchHit
{
    int page = 0;
    QRectF box;
};

// Opens a PDF and renders its pages, words and searches off the UI thread. Widgets ask and receive the
// answers in signals on this object's thread; they never see Poppler (as Okular keeps Poppler inside its
// generator). Only documents the PDF worker already read successfully are opened here.
//
// One background thread serves a document, because a Poppler document is not thread-safe. Pages the
// reader shows go ahead of pages it prefetches, and a zoom change drops renders not yet started.
class PageRenderer final : public QObject
{
    Q_OBJECT
public:
    enum class Priority
    {
        Prefetch = 0,
        Visible = 10
    };

    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override;

    // Asynchronous: emits opened() or openFailed() later.
    void open(const QString& path);
    void close();
    bool isOpen() const { return bool(m_document); }
    // Known once opened() has been emitted; answered from memory, never waiting on a render.
    int pageCount() const { return int(m_pageSizes.size()); }
    QSizeF pageSizePoints(int page) const { return m_pageSizes.value(page); }
    const QList<PdfOutlineEntry>& outline() const { return m_outline; }

    // Asynchronous: emits pageRendered(page, dpi, image) later.
    void requestPage(int page, double dpi, Priority priority = Priority::Visible);
    // Drops every queued render that has not started.
    void cancelQueued();
    // Asynchronous: emits wordsReady(page, words).
    void requestWords(int page);
    // Asynchronous, over every page; emits searchFinished(id, hits) with the id returned here. Case is ignored.
    quint64 search(const QString& text);

Q_SIGNALS:
    void opened();
    void openFailed(const QString& reason);
    void pageRendered(int page, double dpi, const QImage& image);
    void wordsReady(int page, const QList<PdfWord>& words);
    void searchFinished(quint64 id, const QList<PdfSearchHit>& hits);

private:
    // Runs `work` on the document's thread; `deliver` gets its result on this object's thread, unless
    // another document has been opened meanwhile.
    template <typename Work, typename Deliver>
    void post(Priority priority, Work work, Deliver deliver);

    QThreadPool m_pool;
    std::shared_ptr<Poppler::Document> m_document;
    QList<QSizeF> m_pageSizes;
    QList<PdfOutlineEntry> m_outline;
    quint64 m_generation = 0; // results of an earlier document are dropped
    quint64 m_searches = 0;
};

} // namespace rd
