#include "models/pdf/ScannedCopy.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTransform>

#include <memory>

namespace rd::pdf {

namespace {

QImage scanned(const QImage& page, const ScanOptions& options, QRandomGenerator& random)
{
    // Turned about the centre on a white bed, then flecked.
    QImage turned(page.size(), QImage::Format_Grayscale8);
    turned.fill(Qt::white);
    {
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(page.width() / 2.0, page.height() / 2.0);
        painter.rotate(options.rotationDegrees);
        painter.translate(-page.width() / 2.0, -page.height() / 2.0);
        painter.drawImage(0, 0, page.convertToFormat(QImage::Format_Grayscale8));
    }
    const quint32 threshold = quint32(options.noise * 4294967295.0);
    for (int y = 0; y < turned.height(); ++y) {
        uchar* line = turned.scanLine(y);
        for (int x = 0; x < turned.width(); ++x) {
            if (random.generate() < threshold)
                line[x] = uchar(qBound(0, int(line[x]) + int(random.bounded(-90, 91)), 255));
        }
    }
    return turned;
}

} // namespace

Status writeScannedCopy(const QString& source, const QString& target, const ScanOptions& options)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(source);
    if (!document || document->isLocked() || document->numPages() < 1)
        return Status::failure(QCoreApplication::translate("ScannedCopy", "%1 is not a readable PDF").arg(source));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    QRandomGenerator random(options.seed);
    QPdfWriter writer(target);
    writer.setResolution(options.dpi);
    writer.setPageMargins(QMarginsF());
    writer.setCreator(QStringLiteral("ReviewDesk"));
    QPainter painter;
    for (int n = 0; n < document->numPages(); ++n) {
        const std::unique_ptr<Poppler::Page> page(document->page(n));
        const QSizeF points = page->pageSizeF();
        writer.setPageSize(QPageSize(points, QPageSize::Point));
        if (n == 0 ? !painter.begin(&writer) : !writer.newPage())
            return Status::failure(QCoreApplication::translate("ScannedCopy", "cannot write %1").arg(target));
        const QImage image = scanned(page->renderToImage(options.dpi, options.dpi), options, random);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(image.size())), image);
        if (!options.stamp.isEmpty()) {
            QFont font(QStringLiteral("Noto Sans CJK TC"));
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.drawText(QRectF(0, image.height() * 0.96, image.width() * 0.95, image.height() * 0.03),
                             Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1-%2").arg(options.stamp).arg(n + 1));
        }
    }
    if (!painter.end())
        return Status::failure(QCoreApplication::translate("ScannedCopy", "cannot write %1").arg(target));
    return {};
}

} // namespace rd::pdf
