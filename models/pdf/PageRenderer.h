#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSizeF>

#include <memory>

namespace Poppler {
class Document;
}

namespace rd {

// Renders PDF pages off the UI thread. Widgets ask for a page at a resolution and receive the image in
// pageRendered(); they never see Poppler (as Okular keeps Poppler inside its generator). Only documents
// the PDF worker already read successfully are opened here.
class PageRenderer final : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override;

    // Opens a PDF (blocking only for the header); returns false with a reason when it cannot.
    bool open(const QString& path, QString* error = nullptr);
    int pageCount() const;
    QSizeF pageSizePoints(int page) const;

    // Asynchronous: emits pageRendered(page, dpi, image) later, on this object's thread.
    void requestPage(int page, double dpi);

Q_SIGNALS:
    void pageRendered(int page, double dpi, const QImage& image);

private:
    std::shared_ptr<Poppler::Document> m_document;
    std::shared_ptr<QMutex> m_documentMutex; // Poppler documents are not thread-safe
    quint64 m_generation = 0;
};

} // namespace rd
