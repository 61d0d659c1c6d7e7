#include "models/dossier/BudgetReader.h"

#include "models/core/Text.h"
#include "models/dossier/BudgetItems.h"
#include "models/xlsx/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace rd::BudgetReader {

namespace {

enum Column
{
    ItemColumn,
    SubsidyColumn,
    SelfFundedColumn,
    SecurityColumn
};

// A header cell as the budget form (004 附件7 伍、一 計畫總經費預算表) and its common variants write it: the unit
// in brackets or after the name (補助款(千元), 自籌款 千元, 金額) and spaces do not matter.
std::optional<Column> columnFromHeader(const QString& cell)
{
    QString h = text::normalized(cell).trimmed();
    static const QRegularExpression bracketed(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
    h.remove(bracketed);
    for (const QString& noise : {QStringLiteral("新臺幣"), QStringLiteral("新台幣"), QStringLiteral("千元"),
                                 QStringLiteral("金額"), QStringLiteral("NT$")})
        h.remove(noise);
    static const QRegularExpression separators(QStringLiteral("[\\s:：/]"));
    h.remove(separators);
    static const QHash<QString, Column> names = {
        {QStringLiteral("item"), ItemColumn},
        {QStringLiteral("科目"), ItemColumn},
        {QStringLiteral("會計科目"), ItemColumn},
        {QStringLiteral("經費科目"), ItemColumn},
        {QStringLiteral("預算科目"), ItemColumn},
        {QStringLiteral("subsidy"), SubsidyColumn},
        {QStringLiteral("補助款"), SubsidyColumn},
        {QStringLiteral("補助經費"), SubsidyColumn},
        {QStringLiteral("政府補助款"), SubsidyColumn},
        {QStringLiteral("self_funded"), SelfFundedColumn},
        {QStringLiteral("自籌款"), SelfFundedColumn},
        {QStringLiteral("自籌經費"), SelfFundedColumn},
        {QStringLiteral("公司自籌款"), SelfFundedColumn},
        {QStringLiteral("security"), SecurityColumn},
        {QStringLiteral("資安經費"), SecurityColumn},
        {QStringLiteral("資訊安全經費"), SecurityColumn},
        {QStringLiteral("資訊安全"), SecurityColumn},
        {QStringLiteral("資安"), SecurityColumn},
        {QStringLiteral("其中資安經費"), SecurityColumn},
        {QStringLiteral("資安投入經費"), SecurityColumn},
    };
    const auto it = names.constFind(h);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

bool isBlank(const QStringList& row)
{
    for (const QString& cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<QList<QStringList>> parseCsv(const QString& text, const QString& fileName)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1, quoteOpenedOn = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteOpenedOn = line;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    // An unclosed quote would swallow every row after it into one field: what is left is not the budget.
    if (quoted)
        return Result<QList<QStringList>>::failure(
            QCoreApplication::translate("BudgetReader", "%1: the quoted field that opens on line %2 is never closed")
                .arg(fileName)
                .arg(quoteOpenedOn));
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

Result<Budget> fromRows(const QList<QStringList>& rows, const QString& fileName)
{
    using R = Result<Budget>;
    int headerIndex = 0;
    while (headerIndex < rows.size() && isBlank(rows.at(headerIndex)))
        ++headerIndex;
    if (headerIndex >= rows.size())
        return R::failure(QCoreApplication::translate("BudgetReader", "%1 is empty").arg(fileName));

    QHash<Column, int> columns;
    const QStringList& header = rows.at(headerIndex);
    for (int i = 0; i < header.size(); ++i) {
        if (auto column = columnFromHeader(header.at(i)); column && !columns.contains(*column))
            columns.insert(*column, i);
    }
    QStringList notUnderstood;
    for (const QString& cell : header)
        if (!cell.trimmed().isEmpty() && !columnFromHeader(cell))
            notUnderstood << QStringLiteral("“%1”").arg(cell.trimmed());
    for (auto [column, name] :
         {std::pair{ItemColumn, "item (科目)"}, std::pair{SubsidyColumn, "subsidy (補助款)"},
          std::pair{SelfFundedColumn, "self_funded (自籌款)"}, std::pair{SecurityColumn, "security (資安經費)"}}) {
        if (columns.contains(column))
            continue;
        QString error = QCoreApplication::translate("BudgetReader", "%1, row %2: the header has no %3 column")
                            .arg(fileName)
                            .arg(headerIndex + 1)
                            .arg(QString::fromUtf8(name));
        if (!notUnderstood.isEmpty())
            error += QCoreApplication::translate("BudgetReader", "; not understood: %1")
                         .arg(notUnderstood.join(QStringLiteral(", ")));
        return R::failure(error);
    }

    Budget budget;
    QSet<QString> seen;
    for (int r = headerIndex + 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        if (isBlank(row))
            continue;
        const int lineNo = r + 1;
        auto cell = [&](Column c) { return columns.value(c) < row.size() ? row.at(columns.value(c)) : QString(); };
        const QString itemCell = cell(ItemColumn).trimmed();
        const auto item = budget::itemFromCell(itemCell);
        if (!item)
            return R::failure(
                QCoreApplication::translate("BudgetReader", "%1, row %2: “%3” is not an item of 計畫總經費預算表")
                    .arg(fileName)
                    .arg(lineNo)
                    .arg(itemCell));
        if (seen.contains(*item))
            return R::failure(QCoreApplication::translate("BudgetReader", "%1, row %2: the item “%3” appears twice")
                                  .arg(fileName)
                                  .arg(lineNo)
                                  .arg(itemCell));
        seen.insert(*item);

        BudgetLine line;
        line.item = *item;
        for (auto [column, target] :
             {std::pair{SubsidyColumn, &line.subsidy}, std::pair{SelfFundedColumn, &line.selfFunded},
              std::pair{SecurityColumn, &line.security}}) {
            auto amount = text::parseAmount(cell(column));
            if (!amount)
                return R::failure(QCoreApplication::translate("BudgetReader", "%1, row %2: %3")
                                      .arg(fileName)
                                      .arg(lineNo)
                                      .arg(amount.error()));
            *target = *amount;
        }
        if (line.item == QLatin1String("total"))
            budget.stated = line;
        else
            budget.lines.append(line);
    }
    if (budget.lines.isEmpty())
        return R::failure(QCoreApplication::translate("BudgetReader", "%1 has no budget items").arg(fileName));
    return budget;
}

Result<Budget> readCsv(const QByteArray& bytes, const QString& fileName)
{
    auto decoded = text::decodeLocalText(bytes);
    if (!decoded)
        return Result<Budget>::failure(
            QCoreApplication::translate("BudgetReader", "%1: %2").arg(fileName, decoded.error()));
    auto rows = parseCsv(*decoded, fileName);
    if (!rows)
        return Result<Budget>::failure(rows.error());
    return fromRows(*rows, fileName);
}

Result<Budget> readXlsx(const QString& path)
{
    // The first worksheet holds the budget; a workbook may carry notes on later ones.
    auto sheets = xlsx::readWorkbook(path, 64);
    if (!sheets)
        return Result<Budget>::failure(sheets.error());
    return fromRows(sheets->first().rows, QFileInfo(path).fileName());
}

} // namespace rd::BudgetReader
