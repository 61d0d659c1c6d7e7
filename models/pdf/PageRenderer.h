#pragma once

#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSizeF>

#include <memory>

namespace Poppler {
class Document;
}

namespace rd {

// Opens and renders PDF pages off the UI thread. Widgets ask for a document and for pages at a resolution
// and receive them in signals; they never see Poppler (as Okular keeps Poppler inside its generator).
// Only documents the PDF worker already read successfully are opened here.
class PageRenderer final : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override;

    // Asynchronous: emits opened() or openFailed() later, on this object's thread.
    void open(const QString& path);
    // Known once opened() has been emitted; answered from memory, never waiting on a render.
    int pageCount() const { return int(m_pageSizes.size()); }
    QSizeF pageSizePoints(int page) const { return m_pageSizes.value(page); }

    // Asynchronous: emits pageRendered(page, dpi, image) later, on this object's thread.
    void requestPage(int page, double dpi);

Q_SIGNALS:
    void opened();
    void openFailed(const QString& reason);
    void pageRendered(int page, double dpi, const QImage& image);

private:
    std::shared_ptr<Poppler::Document> m_document;
    std::shared_ptr<QMutex> m_documentMutex; // Poppler documents are not thread-safe
    QList<QSizeF> m_pageSizes;
    quint64 m_generation = 0; // results of an earlier document are dropped
};

} // namespace rd
