#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace rd {

// Writes XLSX workbooks with libxlsxwriter.
//
// libxlsxwriter zips through Debian's libminizip, while QuaZip exports its own modified minizip under
// the same names (zipOpen3, unzOpen2_64 … with different signatures). Linked into one process, the
// first definition wins and libxlsxwriter ends up calling QuaZip's copy and crashes. So the library is
// loaded with RTLD_DEEPBIND: it resolves its symbols in its own dependency chain (libminizip) first,
// and QuaZip keeps its own.
class XlsxWorkbook final
{
public:
    // False in sanitizer builds: AddressSanitizer refuses RTLD_DEEPBIND (docs/dependencies.md).
    static bool isAvailable();
    static Result<std::unique_ptr<XlsxWorkbook>> create(const QString& path);
    ~XlsxWorkbook();
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    // Adds a worksheet and makes it the one written to. Names are cut to Excel's 31 characters.
    Status addWorksheet(const QString& name);
    void writeString(int row, int column, const QString& text, bool bold = false);
    void writeNumber(int row, int column, double value, bool bold = false);
    void setColumnWidth(int column, double width);
    Status close();

private:
    struct Api;
    XlsxWorkbook(const Api& api, void* workbook, QString path);

    const Api& m_api;
    void* m_workbook = nullptr;
    void* m_sheet = nullptr;
    void* m_bold = nullptr;
    QString m_path;
};

} // namespace rd
