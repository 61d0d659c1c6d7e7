#include "pdf/PageRenderer.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

PageRenderer::PageRenderer(QObject* parent) : QObject(parent), m_documentMutex(std::make_shared<QMutex>()) {}

PageRenderer::~PageRenderer() = default;

bool PageRenderer::open(const QString& path, QString* error)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        if (error)
            *error = QCoreApplication::translate("PageRenderer", "%1 cannot be opened as a PDF").arg(path);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_document = std::shared_ptr<Poppler::Document>(document.release());
    m_documentMutex = std::make_shared<QMutex>();
    ++m_generation;
    return true;
}

int PageRenderer::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QSizeF PageRenderer::pageSizePoints(int page) const
{
    if (!m_document)
        return {};
    QMutexLocker lock(m_documentMutex.get());
    std::unique_ptr<Poppler::Page> p(m_document->page(page));
    return p ? p->pageSizeF() : QSizeF();
}

void PageRenderer::requestPage(int page, double dpi)
{
    if (!m_document)
        return;
    auto document = m_document;
    auto mutex = m_documentMutex;
    const quint64 generation = m_generation;
    QPointer<PageRenderer> self(this);
    auto future = QtConcurrent::run([document, mutex, page, dpi] {
        QMutexLocker lock(mutex.get());
        std::unique_ptr<Poppler::Page> p(document->page(page));
        return p ? p->renderToImage(dpi, dpi) : QImage();
    });
    future.then(this, [self, generation, page, dpi](const QImage& image) {
        if (self && self->m_generation == generation)
            Q_EMIT self->pageRendered(page, dpi, image);
    });
}

} // namespace rd
