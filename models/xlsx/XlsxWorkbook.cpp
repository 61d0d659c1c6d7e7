#include "models/xlsx/XlsxWorkbook.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>

namespace rd {

namespace {

lxw_workbook* book(void* workbook)
{
    return static_cast<lxw_workbook*>(workbook);
}

lxw_worksheet* sheet(void* worksheet)
{
    return static_cast<lxw_worksheet*>(worksheet);
}

} // namespace

XlsxWorkbook::XlsxWorkbook(void* workbook, QString path) : m_workbook(workbook), m_path(std::move(path))
{
    m_bold = workbook_add_format(book(m_workbook));
    if (!m_bold)
        m_firstError = QCoreApplication::translate("XlsxWorkbook", "cannot add a cell format");
    else
        format_set_bold(static_cast<lxw_format*>(m_bold));
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook) {
        workbook_close(book(m_workbook));
        QFile::remove(m_path); // never leave a workbook that close() did not finish on purpose
    }
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::create(const QString& path)
{
    using R = Result<std::unique_ptr<XlsxWorkbook>>;
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return R::failure(QCoreApplication::translate("XlsxWorkbook", "cannot create %1").arg(path));
    return R(std::unique_ptr<XlsxWorkbook>(new XlsxWorkbook(workbook, path)));
}

void XlsxWorkbook::check(int error, const QString& what)
{
    if (error != LXW_NO_ERROR && m_firstError.isEmpty())
        m_firstError = what + QStringLiteral(": ") + QString::fromUtf8(lxw_strerror(lxw_error(error)));
}

Status XlsxWorkbook::addWorksheet(const QString& name)
{
    const QByteArray utf8 = name.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(book(m_workbook), utf8.constData());
    if (!m_sheet) {
        const QString error = QCoreApplication::translate("XlsxWorkbook", "cannot add the worksheet “%1”").arg(name);
        if (m_firstError.isEmpty())
            m_firstError = error;
        return Status::failure(error);
    }
    return {};
}

void XlsxWorkbook::writeString(int row, int column, const QString& text, bool bold)
{
    if (!m_sheet)
        return check(LXW_ERROR_NULL_PARAMETER_IGNORED, QCoreApplication::translate("XlsxWorkbook", "no worksheet"));
    const QByteArray utf8 = text.toUtf8();
    check(worksheet_write_string(sheet(m_sheet), lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                 bold ? static_cast<lxw_format*>(m_bold) : nullptr),
          QCoreApplication::translate("XlsxWorkbook", "row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxWorkbook::writeNumber(int row, int column, double value, bool bold)
{
    if (!m_sheet)
        return check(LXW_ERROR_NULL_PARAMETER_IGNORED, QCoreApplication::translate("XlsxWorkbook", "no worksheet"));
    check(worksheet_write_number(sheet(m_sheet), lxw_row_t(row), lxw_col_t(column), value,
                                 bold ? static_cast<lxw_format*>(m_bold) : nullptr),
          QCoreApplication::translate("XlsxWorkbook", "row %1, column %2").arg(row + 1).arg(column + 1));
}

void XlsxWorkbook::setColumnWidth(int column, double width)
{
    if (!m_sheet)
        return check(LXW_ERROR_NULL_PARAMETER_IGNORED, QCoreApplication::translate("XlsxWorkbook", "no worksheet"));
    check(worksheet_set_column(sheet(m_sheet), lxw_col_t(column), lxw_col_t(column), width, nullptr),
          QCoreApplication::translate("XlsxWorkbook", "column %1").arg(column + 1));
}

Status XlsxWorkbook::close()
{
    const lxw_error error = workbook_close(book(m_workbook));
    m_workbook = nullptr;
    if (!m_firstError.isEmpty()) {
        QFile::remove(m_path);
        return Status::failure(
            QCoreApplication::translate("XlsxWorkbook", "cannot write %1: %2").arg(m_path, m_firstError));
    }
    if (error != LXW_NO_ERROR)
        return Status::failure(QCoreApplication::translate("XlsxWorkbook", "cannot write %1: %2")
                                   .arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace rd
