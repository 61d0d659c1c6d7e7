#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::xlsx {

// One worksheet as text: rows and columns as the sheet places them (row 1 is rows[0]), shared strings
// resolved, numbers as written in the file.
struct Sheet
{
    QString name;
    QList<QStringList> rows;

    QString cell(int row, int column) const; // zero-based; empty outside the sheet
};

// Reads every worksheet of an XLSX workbook in the workbook's order, through SafeZip's limits, so a
// hostile file is refused with its name rather than unpacked. Columns beyond `maxColumns` are dropped.
Result<QList<Sheet>> readWorkbook(const QString& path, int maxColumns = 256);

} // namespace rd::xlsx
