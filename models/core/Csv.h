#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QVariantList>

namespace rd::csv {

// One field as RFC 4180 writes it; text that a spreadsheet would run as a formula is neutralised, numbers
// keep their digits.
QString field(const QVariant& cell);

// Writes the rows (the header first) as UTF-8 with the BOM Excel needs, CRLF line ends, atomically: a
// failed write leaves any earlier file in place.
Status write(const QString& path, const QList<QVariantList>& rows);

} // namespace rd::csv
