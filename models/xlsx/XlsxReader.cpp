#include "models/xlsx/XlsxReader.h"

#include "models/zip/SafeZip.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace rd::xlsx {

namespace {

// Column letters of an A1 reference ("C12" → 2).
int columnIndex(const QString& reference)
{
    int index = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        index = index * 26 + (c.unicode() - 'A' + 1);
    }
    return index - 1;
}

QString attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

// The workbook's shared strings, in order. A string item's text is its <t> runs; phonetic guides (<rPh>, the
// readings Japanese Excel keeps above kanji) are not part of the text and are skipped.
Result<QStringList> sharedStrings(const QByteArray& xml, const QString& fileName)
{
    QStringList strings;
    if (xml.isEmpty())
        return strings;
    QXmlStreamReader shared(xml);
    QString current;
    bool inItem = false;
    while (!shared.atEnd()) {
        shared.readNext();
        if (shared.isStartElement() && shared.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (shared.isStartElement() && shared.name() == QLatin1String("rPh")) {
            shared.skipCurrentElement();
        } else if (shared.isStartElement() && shared.name() == QLatin1String("t") && inItem) {
            current += shared.readElementText();
        } else if (shared.isEndElement() && shared.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    if (shared.hasError())
        return Result<QStringList>::failure(
            QCoreApplication::translate("XlsxReader", "%1: the shared strings are damaged (line %2: %3)")
                .arg(fileName)
                .arg(shared.lineNumber())
                .arg(shared.errorString()));
    return strings;
}

Result<QList<QStringList>> readRows(const QByteArray& xml, const QStringList& strings, int maxColumns)
{
    QList<QStringList> rows;
    QXmlStreamReader sheet(xml);
    QStringList row;
    int rowNumber = 0;
    QString cellType;
    QString cellReference;
    int cellColumn = 0;
    QString cellValue;
    bool cellHasFormula = false, cellHasValue = false;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement()) {
            if (sheet.name() == QLatin1String("row")) {
                row.clear();
                bool numbered = false;
                const int r = attribute(sheet, "r").toInt(&numbered);
                rowNumber = numbered && r > 0 && r <= 1048576 ? r : rowNumber + 1;
            } else if (sheet.name() == QLatin1String("c")) {
                cellType = attribute(sheet, "t");
                cellReference = attribute(sheet, "r");
                cellColumn = cellReference.isEmpty() ? int(row.size()) : columnIndex(cellReference);
                cellValue.clear();
                cellHasFormula = cellHasValue = false;
            } else if (sheet.name() == QLatin1String("v") || sheet.name() == QLatin1String("t")) {
                cellHasValue = true;
                cellValue += sheet.readElementText();
            } else if (sheet.name() == QLatin1String("f")) {
                cellHasFormula = true;
            }
        } else if (sheet.isEndElement()) {
            if (sheet.name() == QLatin1String("c")) {
                // A cell read as something it is not would become 0 in the budget: refused, by its reference.
                const QString where = cellReference.isEmpty()
                                          ? QCoreApplication::translate("XlsxReader", "row %1").arg(rowNumber)
                                          : cellReference;
                const auto refuse = [&](const QString& why) {
                    return Result<QList<QStringList>>::failure(
                        QCoreApplication::translate("XlsxReader", "cell %1: %2").arg(where, why));
                };
                if (cellHasFormula && !cellHasValue)
                    return refuse(QCoreApplication::translate(
                        "XlsxReader", "a formula without its computed value (open and save the workbook in a "
                                      "spreadsheet program)"));
                if (cellType == QLatin1String("b"))
                    return refuse(QCoreApplication::translate("XlsxReader", "a true/false value where text or an "
                                                                            "amount belongs"));
                if (cellType == QLatin1String("e"))
                    return refuse(QCoreApplication::translate("XlsxReader", "an error value (%1)").arg(cellValue));
                QString value = cellValue;
                if (cellType == QLatin1String("s")) {
                    bool numeric = false;
                    const int index = cellValue.toInt(&numeric);
                    if (!numeric || index < 0 || index >= strings.size())
                        return refuse(QCoreApplication::translate("XlsxReader", "shared string %1 does not exist")
                                          .arg(cellValue.left(20)));
                    value = strings.at(index);
                }
                if (cellColumn < 0 || cellColumn >= maxColumns)
                    continue;
                while (row.size() < cellColumn)
                    row << QString();
                row << value;
            } else if (sheet.name() == QLatin1String("row")) {
                // A row far below the last one is refused rather than padded out to a million blank rows.
                if (rowNumber - rows.size() > 10000)
                    return Result<QList<QStringList>>::failure(
                        QCoreApplication::translate("XlsxReader", "row %1 lies far beyond the rows before it")
                            .arg(rowNumber));
                while (rows.size() < rowNumber - 1)
                    rows << QStringList();
                rows << row;
            }
        }
    }
    if (sheet.hasError())
        return Result<QList<QStringList>>::failure(sheet.errorString());
    return rows;
}

} // namespace

QString Sheet::cell(int row, int column) const
{
    return row >= 0 && row < rows.size() ? rows.at(row).value(column) : QString();
}

Result<QList<Sheet>> readWorkbook(const QString& path, int maxColumns)
{
    using R = Result<QList<Sheet>>;
    const QString fileName = QFileInfo(path).fileName();
    // A password-protected workbook (and an old .xls) is an OLE compound file, not a ZIP.
    if (QFile head(path);
        head.open(QIODevice::ReadOnly) && head.read(8) == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return R::failure(QCoreApplication::translate("XlsxReader",
                                                      "%1 is password-protected or an old .xls workbook; save it as an "
                                                      "unprotected .xlsx")
                              .arg(fileName));
    ZipLimits limits;
    limits.maxEntries = 500;
    limits.maxTotalBytes = qint64(64) << 20;
    limits.maxEntryBytes = qint64(32) << 20;
    auto files = SafeZip::readAll(path, limits);
    if (!files)
        return R::failure(QCoreApplication::translate("XlsxReader", "%1 is not a readable XLSX workbook: %2")
                              .arg(fileName, files.error()));

    // The relationships say which part holds each sheet workbook.xml lists.
    QHash<QString, QString> targets;
    const QByteArray relsXml = files->value(QStringLiteral("xl/_rels/workbook.xml.rels"));
    QXmlStreamReader rels(relsXml);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")) {
            const QString target = attribute(rels, "Target");
            targets.insert(attribute(rels, "Id"),
                           target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target);
        }
    }
    // A workbook without relationships is read by the parts' usual names; one whose relationships are not XML
    // is damaged.
    if (rels.hasError() && !relsXml.isEmpty())
        return R::failure(QCoreApplication::translate("XlsxReader", "%1: the workbook's relationships are damaged (%2)")
                              .arg(fileName, rels.errorString()));
    const auto strings = sharedStrings(files->value(QStringLiteral("xl/sharedStrings.xml")), fileName);
    if (!strings)
        return R::failure(strings.error());
    QList<Sheet> sheets;
    QXmlStreamReader workbook(files->value(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        if (workbook.readNext() != QXmlStreamReader::StartElement || workbook.name() != QLatin1String("sheet"))
            continue;
        const QString id =
            workbook.attributes()
                .value(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                       QStringLiteral("id"))
                .toString();
        const QString part = targets.value(id, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1));
        if (!files->contains(part))
            return R::failure(
                QCoreApplication::translate("XlsxReader", "%1: the worksheet part %2 is missing").arg(fileName, part));
        auto rows = readRows(files->value(part), *strings, maxColumns);
        if (!rows)
            return R::failure(QCoreApplication::translate("XlsxReader", "%1, sheet “%2”: %3")
                                  .arg(fileName, attribute(workbook, "name"), rows.error()));
        sheets.append({attribute(workbook, "name"), *rows});
    }
    if (workbook.hasError())
        return R::failure(QCoreApplication::translate("XlsxReader", "%1: the list of worksheets is damaged (%2)")
                              .arg(fileName, workbook.errorString()));
    if (sheets.isEmpty())
        return R::failure(QCoreApplication::translate("XlsxReader", "%1 has no worksheet").arg(fileName));
    return sheets;
}

} // namespace rd::xlsx
