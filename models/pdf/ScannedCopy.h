#pragma once

#include "models/core/Result.h"

#include <QString>

namespace rd::pdf {

// How a page goes through a scanner: the resolution it is sampled at, a slight skew, and grain.
struct ScanOptions
{
    int dpi = 200;
    double rotationDegrees = 0.6; // the sheet lies a little askew
    double noise = 0.06;          // share of pixels the sensor flecks, lighter or darker
    quint32 seed = 1;
    QString stamp; // printed as text at each page's foot, as a scanning service numbers the pages it scans
};

// Writes `target`, an image-only PDF of `source`'s pages as a scanner returns them: each page rendered at
// `dpi` in grey, turned and flecked, stored as a picture with no text layer. For the demo's scanned
// attachments and for testing OCR on known text; `source` is a PDF this program wrote.
Status writeScannedCopy(const QString& source, const QString& target, const ScanOptions& options = {});

} // namespace rd::pdf
