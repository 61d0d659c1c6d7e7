#include "xlsx/XlsxWorkbook.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>

#include <dlfcn.h>

namespace rd {

struct XlsxWorkbook::Api
{
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::workbook_close) close = nullptr;
    QString error;

    static const Api& instance()
    {
        static const Api api = load();
        return api;
    }

private:
    static Api load()
    {
        Api api;
        void* library = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!library) {
            api.error = QCoreApplication::translate("XlsxWorkbook", "libxlsxwriter cannot be loaded: %1")
                            .arg(QString::fromLocal8Bit(dlerror()));
            return api;
        }
        auto resolve = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            if (!function && api.error.isEmpty())
                api.error =
                    QCoreApplication::translate("XlsxWorkbook", "libxlsxwriter lacks %1").arg(QLatin1String(name));
        };
        resolve(api.workbookNew, "workbook_new");
        resolve(api.addWorksheet, "workbook_add_worksheet");
        resolve(api.addFormat, "workbook_add_format");
        resolve(api.setBold, "format_set_bold");
        resolve(api.writeString, "worksheet_write_string");
        resolve(api.writeNumber, "worksheet_write_number");
        resolve(api.setColumn, "worksheet_set_column");
        resolve(api.close, "workbook_close");
        return api; // the library stays loaded for the life of the process
    }
};

XlsxWorkbook::XlsxWorkbook(const Api& api, void* workbook, QString path)
    : m_api(api), m_workbook(workbook), m_path(std::move(path))
{
    m_bold = m_api.addFormat(static_cast<lxw_workbook*>(m_workbook));
    m_api.setBold(static_cast<lxw_format*>(m_bold));
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook) {
        m_api.close(static_cast<lxw_workbook*>(m_workbook));
        QFile::remove(m_path); // never leave a workbook that close() did not finish on purpose
    }
}

bool XlsxWorkbook::isAvailable()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#else
    return true;
#endif
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::create(const QString& path)
{
    using R = Result<std::unique_ptr<XlsxWorkbook>>;
    if (!isAvailable())
        return R::failure(
            QCoreApplication::translate("XlsxWorkbook", "XLSX files cannot be written by a sanitizer build"));
    const Api& api = Api::instance();
    if (!api.error.isEmpty())
        return R::failure(api.error);
    lxw_workbook* workbook = api.workbookNew(QFile::encodeName(path).constData());
    if (!workbook)
        return R::failure(QCoreApplication::translate("XlsxWorkbook", "cannot create %1").arg(path));
    return R(std::unique_ptr<XlsxWorkbook>(new XlsxWorkbook(api, workbook, path)));
}

Status XlsxWorkbook::addWorksheet(const QString& name)
{
    const QByteArray utf8 = name.left(31).toUtf8();
    m_sheet = m_api.addWorksheet(static_cast<lxw_workbook*>(m_workbook), utf8.constData());
    if (!m_sheet)
        return Status::failure(QCoreApplication::translate("XlsxWorkbook", "cannot add the worksheet “%1”").arg(name));
    return {};
}

void XlsxWorkbook::writeString(int row, int column, const QString& text, bool bold)
{
    const QByteArray utf8 = text.toUtf8();
    m_api.writeString(static_cast<lxw_worksheet*>(m_sheet), lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                      bold ? static_cast<lxw_format*>(m_bold) : nullptr);
}

void XlsxWorkbook::writeNumber(int row, int column, double value, bool bold)
{
    m_api.writeNumber(static_cast<lxw_worksheet*>(m_sheet), lxw_row_t(row), lxw_col_t(column), value,
                      bold ? static_cast<lxw_format*>(m_bold) : nullptr);
}

void XlsxWorkbook::setColumnWidth(int column, double width)
{
    m_api.setColumn(static_cast<lxw_worksheet*>(m_sheet), lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

Status XlsxWorkbook::close()
{
    const lxw_error error = m_api.close(static_cast<lxw_workbook*>(m_workbook));
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return Status::failure(QCoreApplication::translate("XlsxWorkbook", "cannot write %1 (libxlsxwriter error %2)")
                                   .arg(m_path)
                                   .arg(int(error)));
    return {};
}

} // namespace rd
