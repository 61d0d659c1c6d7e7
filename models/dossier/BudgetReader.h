#pragma once

#include "models/core/Result.h"
#include "models/dossier/Dossier.h"

#include <QStringList>

namespace rd::BudgetReader {

// budget.csv: UTF-8 (with or without BOM) or Big5/CP950; RFC 4180 quoting; amounts with thousands
// separators, full-width digits or parentheses. The header names the columns (English keys or the
// form's Chinese headings); the first column holds the item key or its Chinese label.
Result<Budget> readCsv(const QByteArray& bytes, const QString& fileName);

// budget.xlsx: the first worksheet, same columns.
Result<Budget> readXlsx(const QString& path);

// Builds a budget from rows of cells (header first); shared by both formats.
Result<Budget> fromRows(const QList<QStringList>& rows, const QString& fileName);

// Splits CSV text into rows of fields.
Result<QList<QStringList>> parseCsv(const QString& text, const QString& fileName);

} // namespace rd::BudgetReader
