#include "pdf/PageRenderer.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

namespace {
struct Loaded
{
    std::shared_ptr<Poppler::Document> document;
    QList<QSizeF> pageSizes;
};
} // namespace

PageRenderer::PageRenderer(QObject* parent) : QObject(parent), m_documentMutex(std::make_shared<QMutex>()) {}

PageRenderer::~PageRenderer() = default;

void PageRenderer::open(const QString& path)
{
    const quint64 generation = ++m_generation;
    m_document.reset();
    m_pageSizes.clear();
    QPointer<PageRenderer> self(this);
    QtConcurrent::run([path] {
        Loaded loaded;
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        if (!document || document->isLocked())
            return loaded;
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        for (int i = 0; i < document->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page(document->page(i));
            loaded.pageSizes.append(page ? page->pageSizeF() : QSizeF());
        }
        loaded.document = std::shared_ptr<Poppler::Document>(document.release());
        return loaded;
    }).then(this, [self, generation, path](const Loaded& loaded) {
        if (!self || self->m_generation != generation)
            return;
        if (!loaded.document) {
            Q_EMIT self->openFailed(
                QCoreApplication::translate("PageRenderer", "%1 cannot be opened as a PDF").arg(path));
            return;
        }
        self->m_document = loaded.document;
        self->m_documentMutex = std::make_shared<QMutex>();
        self->m_pageSizes = loaded.pageSizes;
        Q_EMIT self->opened();
    });
}

void PageRenderer::requestPage(int page, double dpi)
{
    if (!m_document)
        return;
    auto document = m_document;
    auto mutex = m_documentMutex;
    const quint64 generation = m_generation;
    QPointer<PageRenderer> self(this);
    QtConcurrent::run([document, mutex, page, dpi] {
        QMutexLocker lock(mutex.get());
        std::unique_ptr<Poppler::Page> p(document->page(page));
        return p ? p->renderToImage(dpi, dpi) : QImage();
    }).then(this, [self, generation, page, dpi](const QImage& image) {
        if (self && self->m_generation == generation)
            Q_EMIT self->pageRendered(page, dpi, image);
    });
}

} // namespace rd
