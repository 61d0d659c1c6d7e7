#include "models/pdf/PageRenderer.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QMetaObject>

namespace rd {

namespace {

struct Loaded
{
    std::shared_ptr<Poppler::Document> document;
    QList<QSizeF> pageSizes;
    QList<PdfOutlineEntry> outline;
};

void flatten(const QVector<Poppler::OutlineItem>& items, int level, QList<PdfOutlineEntry>& into)
{
    for (const Poppler::OutlineItem& item : items) {
        const QSharedPointer<const Poppler::LinkDestination> destination = item.destination();
        into.append({item.name(), destination ? destination->pageNumber() - 1 : -1, level});
        if (item.hasChildren())
            flatten(item.children(), level + 1, into);
    }
}

} // namespace

PageRenderer::PageRenderer(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

PageRenderer::~PageRenderer()
{
    // Work still running posts to this object; it must finish first.
    m_pool.clear();
    m_pool.waitForDone();
}

template <typename Work, typename Deliver>
void PageRenderer::post(Priority priority, Work work, Deliver deliver)
{
    const quint64 generation = m_generation;
    m_pool.start(
        [this, work = std::move(work), deliver = std::move(deliver), generation]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                this,
                [this, deliver = std::move(deliver), result = std::move(result), generation]() mutable {
                    if (m_generation == generation)
                        deliver(std::move(result));
                },
                Qt::QueuedConnection);
        },
        int(priority));
}

void PageRenderer::open(const QString& path)
{
    close();
    post(
        Priority::Visible,
        [path] {
            Loaded loaded;
            std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
            if (!document || document->isLocked())
                return loaded;
            document->setRenderHint(Poppler::Document::Antialiasing);
            document->setRenderHint(Poppler::Document::TextAntialiasing);
            for (int i = 0; i < document->numPages(); ++i) {
                std::unique_ptr<Poppler::Page> page(document->page(i));
                loaded.pageSizes.append(page ? page->pageSizeF() : QSizeF(595, 842));
            }
            flatten(document->outline(), 0, loaded.outline);
            loaded.document = std::shared_ptr<Poppler::Document>(document.release());
            return loaded;
        },
        [this, path](Loaded loaded) {
            if (!loaded.document) {
                Q_EMIT openFailed(
                    QCoreApplication::translate("PageRenderer", "%1 cannot be opened as a PDF").arg(path));
                return;
            }
            m_document = loaded.document;
            m_pageSizes = loaded.pageSizes;
            m_outline = loaded.outline;
            Q_EMIT opened();
        });
}

void PageRenderer::close()
{
    ++m_generation;
    m_pool.clear();
    m_document.reset();
    m_pageSizes.clear();
    m_outline.clear();
}

void PageRenderer::requestPage(int page, double dpi, Priority priority)
{
    if (!m_document || page < 0 || page >= pageCount())
        return;
    post(
        priority,
        [document = m_document, page, dpi] {
            std::unique_ptr<Poppler::Page> p(document->page(page));
            return p ? p->renderToImage(dpi, dpi) : QImage();
        },
        [this, page, dpi](QImage image) { Q_EMIT pageRendered(page, dpi, image); });
}

void PageRenderer::cancelQueued()
{
    m_pool.clear();
}

void PageRenderer::requestWords(int page)
{
    if (!m_document || page < 0 || page >= pageCount())
        return;
    post(
        Priority::Visible,
        [document = m_document, page] {
            QList<PdfWord> words;
            std::unique_ptr<Poppler::Page> p(document->page(page));
            if (!p)
                return words;
            for (const std::unique_ptr<Poppler::TextBox>& box : p->textList())
                words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
            return words;
        },
        [this, page](QList<PdfWord> words) { Q_EMIT wordsReady(page, words); });
}

quint64 PageRenderer::search(const QString& text)
{
    const quint64 id = ++m_searches;
    if (!m_document || text.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT searchFinished(id, {}); }, Qt::QueuedConnection);
        return id;
    }
    post(
        Priority::Visible,
        [document = m_document, text] {
            QList<PdfSearchHit> hits;
            for (int i = 0; i < document->numPages(); ++i) {
                std::unique_ptr<Poppler::Page> p(document->page(i));
                if (!p)
                    continue;
                for (const QRectF& box : p->search(text, Poppler::Page::IgnoreCase))
                    hits.append({i, box});
            }
            return hits;
        },
        [this, id](QList<PdfSearchHit> hits) { Q_EMIT searchFinished(id, hits); });
    return id;
}

} // namespace rd
