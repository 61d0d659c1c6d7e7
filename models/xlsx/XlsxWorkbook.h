#pragma once

#include "models/core/Result.h"

#include <QString>

#include <memory>

namespace rd {

// Writes XLSX workbooks with libxlsxwriter, which zips through the system's minizip like the rest of
// ReviewDesk (docs/dependencies.md). Every libxlsxwriter call's result is checked; the first failure is kept
// and close() reports it, so a workbook that lost a cell is never taken for a finished one.
class XlsxWorkbook final
{
public:
    static Result<std::unique_ptr<XlsxWorkbook>> create(const QString& path);
    ~XlsxWorkbook();
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    // Adds a worksheet and makes it the one written to. Names are cut to Excel's 31 characters.
    Status addWorksheet(const QString& name);
    void writeString(int row, int column, const QString& text, bool bold = false);
    void writeNumber(int row, int column, double value, bool bold = false);
    void setColumnWidth(int column, double width);
    // Writes the file; fails with the first error any call met.
    Status close();

private:
    XlsxWorkbook(void* workbook, QString path);
    void check(int error, const QString& what);

    void* m_workbook = nullptr;
    void* m_sheet = nullptr;
    void* m_bold = nullptr;
    QString m_path;
    QString m_firstError;
};

} // namespace rd
