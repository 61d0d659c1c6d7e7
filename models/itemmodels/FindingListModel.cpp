#include "models/itemmodels/FindingListModel.h"

#include "models/core/StatusColours.h"

#include "models/rules/FindingText.h"

#include <QBrush>
#include <QColor>

namespace rd {

void FindingListModel::setFindings(const QList<RoundFinding>& findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundFinding& rf = m_findings.at(index.row());
    const Finding& f = rf.finding;
    switch (role) {
    case ApplicationIdRole:
        return f.applicationId;
    case LocationRole:
        return f.location;
    case RuleIdRole:
        return f.rule;
    case SeverityRole:
        return severityKey(f.severity);
    case SortRole:
        if (index.column() == SeverityColumn)
            return f.severity == Severity::Error ? 0 : 1;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return FindingText::severityName(f.severity);
        case UbnColumn:
            return rf.ubn;
        case ApplicantColumn:
            return rf.applicantName;
        case RuleColumn:
            return FindingText::ruleName(f.rule);
        case MessageColumn:
            return FindingText::message(f);
        case SourceColumn:
            return f.source;
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 — %3").arg(FindingText::message(f), f.rule, f.source);
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(f.severity == Severity::Error ? colours::text(colours::Tone::Error)
                                                        : colours::text(colours::Tone::Warning));
        break;
    }
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case UbnColumn:
        return tr("統一編號");
    case ApplicantColumn:
        return tr("Applicant");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Finding");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace rd
