#include "models/itemmodels/BudgetTableModel.h"

#include "models/core/StatusColours.h"

#include "models/dossier/BudgetItems.h"
#include "models/rules/FindingText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace rd {

namespace {

int columnFor(const QString& name)
{
    if (name == QLatin1String("subsidy"))
        return BudgetTableModel::SubsidyColumn;
    if (name == QLatin1String("self_funded"))
        return BudgetTableModel::SelfFundedColumn;
    if (name == QLatin1String("security"))
        return BudgetTableModel::SecurityColumn;
    if (name == QLatin1String("total"))
        return BudgetTableModel::TotalColumn;
    return -1;
}

} // namespace

void BudgetTableModel::setBudget(const Budget& budget, const QList<Finding>& findings)
{
    beginResetModel();
    m_rows.clear();
    for (const BudgetLine& line : budget.lines)
        m_rows.append({line, false, false});
    const BudgetLine sum = budget.sum();
    m_rows.append({sum, true, false});
    if (budget.stated)
        m_rows.append({*budget.stated, true, true});
    m_grandTotal = sum.total();
    m_findings.clear();
    for (const Finding& f : findings) {
        if (f.location.startsWith(QLatin1String("budget:")))
            m_findings.append(f);
    }
    endResetModel();
}

QModelIndex BudgetTableModel::indexForLocation(const QString& location) const
{
    const QStringList parts = location.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("budget"))
        return {};
    const int column = columnFor(parts.at(2));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        const bool match =
            parts.at(1) == QLatin1String("total") ? (r.isTotal && !r.isStated) : r.line.item == parts.at(1);
        if (match && column >= 0)
            return index(row, column);
    }
    return {};
}

QList<const Finding*> BudgetTableModel::findingsAt(int row, int column) const
{
    QList<const Finding*> out;
    for (const Finding& f : m_findings) {
        if (indexForLocation(f.location) == index(row, column))
            out.append(&f);
    }
    return out;
}

int BudgetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const BudgetLine& line = row.line;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            if (row.isStated)
                return tr("計畫總經費 (as stated)");
            if (row.isTotal)
                return tr("計畫總經費 (sum of items)");
            return budget::formLabel(line.item);
        case SubsidyColumn:
            return FindingText::amount(line.subsidy);
        case SelfFundedColumn:
            return FindingText::amount(line.selfFunded);
        case TotalColumn:
            return FindingText::amount(line.total());
        case SecurityColumn:
            return FindingText::amount(line.security);
        case ShareColumn:
            if (m_grandTotal <= 0)
                return QString();
            return QString(QLocale().toString(line.total() * 100.0 / m_grandTotal, 'f', 1) + QLatin1Char('%'));
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == ItemColumn && !row.isTotal)
            lines << budget::displayName(line.item);
        if (index.column() == SecurityColumn && row.isTotal && !row.isStated && m_grandTotal > 0)
            lines << tr("Security budget: %1% of the total (rounded to one decimal)")
                         .arg(QLocale().toString(line.security * 100.0 / m_grandTotal, 'f', 1));
        for (const Finding* f : findingsAt(index.row(), index.column()))
            lines << QStringLiteral("%1: %2\n(%3)")
                         .arg(FindingText::severityName(f->severity), FindingText::message(*f), f->source);
        return lines.isEmpty() ? QVariant() : lines.join(QStringLiteral("\n\n"));
    }
    case Qt::BackgroundRole: {
        const auto found = findingsAt(index.row(), index.column());
        if (found.isEmpty())
            return row.isTotal ? QVariant(QBrush(colours::fill(colours::Tone::Info))) : QVariant();
        const bool error =
            std::any_of(found.begin(), found.end(), [](const Finding* f) { return f->severity == Severity::Error; });
        return QBrush(error ? colours::fill(colours::Tone::Error) : colours::fill(colours::Tone::Warning));
    }
    case SeverityRole: {
        const auto found = findingsAt(index.row(), index.column());
        if (found.isEmpty())
            return QString();
        const bool error =
            std::any_of(found.begin(), found.end(), [](const Finding* f) { return f->severity == Severity::Error; });
        return severityKey(error ? Severity::Error : Severity::Warning);
    }
    case FindingRulesRole: {
        QStringList rules;
        for (const Finding* f : findingsAt(index.row(), index.column()))
            rules << f->rule;
        return rules;
    }
    case Qt::FontRole:
        if (row.isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != ItemColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Accounting item");
    case SubsidyColumn:
        return tr("補助款");
    case SelfFundedColumn:
        return tr("自籌款");
    case TotalColumn:
        return tr("Total");
    case SecurityColumn:
        return tr("資安經費");
    case ShareColumn:
        return tr("Share of total");
    }
    return {};
}

} // namespace rd
