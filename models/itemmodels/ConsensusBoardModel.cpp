#include "models/itemmodels/ConsensusBoardModel.h"

#include "models/core/StatusColours.h"

#include "models/consensus/ConsensusExport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rd {

using namespace consensus;

ConsensusBoardModel::ConsensusBoardModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsensusBoardModel::setState(const MeetingState* state)
{
    beginResetModel();
    m_state = state;
    endResetModel();
}

int ConsensusBoardModel::memberCount() const
{
    return m_state ? int(m_state->data.committee.size()) : 0;
}

int ConsensusBoardModel::rowOf(qint64 applicationId) const
{
    if (m_state)
        for (int i = 0; i < m_state->results.size(); ++i)
            if (m_state->results.at(i).applicationId == applicationId)
                return i;
    return -1;
}

int ConsensusBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_state ? 0 : int(m_state->results.size());
}

int ConsensusBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_state ? 0 : MembersStart + memberCount() + FigureCount;
}

QVariant ConsensusBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_state)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case UbnColumn:
        return tr("統一編號");
    case ApplicantColumn:
        return tr("Applicant");
    case RequestedColumn:
        return role == Qt::ToolTipRole ? tr("Requested subsidy, NT$ thousand") : tr("Requested");
    default:
        break;
    }
    const int member = section - MembersStart;
    if (member >= 0 && member < memberCount()) {
        const Reviewer& r = m_state->data.committee.at(member);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(r.name, r.organization);
        return m_state->memberLabel(r.id);
    }
    switch (FigureColumn(section - MembersStart - memberCount())) {
    case SheetsFigure:
        return tr("Sheets");
    case MeanFigure:
        return tr("Mean");
    case MedianFigure:
        return tr("Median");
    case StdevFigure:
        return role == Qt::ToolTipRole ? tr("Sample standard deviation") : tr("Std. dev.");
    case TrimmedFigure:
        return role == Qt::ToolTipRole ? tr("Without the highest and the lowest, from five sheets on") : tr("Trimmed");
    case MeanZFigure:
        return role == Qt::ToolTipRole ? tr("Mean of the members' z-scores, beside the raw figures") : tr("z");
    case RankSumFigure:
        return tr("Rank sum");
    case FlagsFigure:
        return tr("Flags");
    case DecisionFigure:
        return tr("Decision");
    case FigureCount:
        break;
    }
    return {};
}

QVariant ConsensusBoardModel::data(const QModelIndex& index, int role) const
{
    if (!m_state || !index.isValid() || index.row() >= m_state->results.size())
        return {};
    const ApplicationResult& r = m_state->results.at(index.row());
    if (role == ApplicationIdRole)
        return r.applicationId;
    if (role == OpenFlagsRole)
        return int(m_state->openDifferences(r.applicationId).size());
    const int column = index.column();
    if (column == RankColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(r.rank) : QVariant();
    if (column == UbnColumn)
        return role == Qt::DisplayRole || role == SortRole ? m_state->data.ubns.value(r.applicationId) : QVariant();
    if (column == ApplicantColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return m_state->data.applicants.value(r.applicationId);
        if (role == Qt::ToolTipRole)
            return m_state->data.titles.value(r.applicationId);
        return {};
    }
    if (column == RequestedColumn) {
        const double requested = m_state->data.requestedSubsidy(r.applicationId);
        if (role == Qt::DisplayRole)
            return QLocale().toString(requested, 'f', 0);
        if (role == SortRole)
            return requested;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::BackgroundRole && r.passes && !r.funded)
            return QBrush(colours::fill(colours::Tone::Warning)); // passes but below the funding line
        return {};
    }
    const int member = column - MembersStart;
    if (member >= 0 && member < memberCount())
        return memberData(r, m_state->data.committee.at(member).id, role);
    return figureData(r, FigureColumn(column - MembersStart - memberCount()), role);
}

QVariant ConsensusBoardModel::memberData(const ApplicationResult& r, qint64 member, int role) const
{
    const QVariant cell = memberCell(*m_state, r, member);
    const bool numeric = cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int;
    const QList<ScoreRevision> revisions = m_state->revisionsOf(r.applicationId);
    const bool revised = std::any_of(revisions.cbegin(), revisions.cend(),
                                     [member](const ScoreRevision& rev) { return rev.reviewerId == member; });
    bool flagged = false;
    for (const Flag& f : r.flags)
        flagged = flagged || (f.reviewerId == member && isMarkedDifference(f.kind));
    switch (role) {
    case Qt::DisplayRole:
        if (!numeric)
            return cell;
        return QString(
            QLocale().toString(cell.toDouble(), 'f', cell.toDouble() == std::floor(cell.toDouble()) ? 0 : 1) +
            (revised ? QStringLiteral("*") : QString()));
    case SortRole:
        return numeric ? cell.toDouble() : -1.0;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (flagged)
            return QBrush(colours::fill(colours::Tone::Error));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ScoreRevision& rev : revisions)
            if (rev.reviewerId == member)
                lines << tr("%1: %2 → %3 (%4)")
                             .arg(m_state->criterionName(rev.criterion))
                             .arg(rev.original)
                             .arg(rev.revised)
                             .arg(rev.reason);
        for (const Flag& f : r.flags)
            if (f.reviewerId == member)
                lines << m_state->describe(f);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant ConsensusBoardModel::figureData(const ApplicationResult& r, FigureColumn figure, int role) const
{
    const bool scored = r.reviewers > 0;
    auto figureCell = [&](double value, int decimals, bool present) -> QVariant {
        if (role == SortRole)
            return present ? value : -1e9;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole)
            return present ? QLocale().toString(value, 'f', decimals) : QString();
        return {};
    };
    switch (figure) {
    case SheetsFigure:
        return figureCell(r.reviewers, 0, true);
    case MeanFigure:
        if (role == Qt::BackgroundRole && scored)
            return QBrush(r.passes ? colours::fill(colours::Tone::Good) : colours::fill(colours::Tone::Neutral));
        return figureCell(r.mean, 2, scored);
    case MedianFigure:
        return figureCell(r.median, 1, scored);
    case StdevFigure:
        return figureCell(r.stdev, 2, scored);
    case TrimmedFigure:
        return figureCell(r.trimmedMean.value_or(0), 2, r.trimmedMean.has_value());
    case MeanZFigure:
        return figureCell(r.meanZ, 2, scored);
    case RankSumFigure:
        return figureCell(r.rankSum, 1, scored);
    case FlagsFigure: {
        const int open = int(m_state->openDifferences(r.applicationId).size());
        if (role == Qt::DisplayRole) {
            if (r.flags.isEmpty())
                return QString();
            return open ? tr("%1 open of %2").arg(open).arg(r.flags.size()) : tr("%1 handled").arg(r.flags.size());
        }
        if (role == SortRole)
            return open * 100 + int(r.flags.size());
        if (role == Qt::BackgroundRole && open)
            return QBrush(colours::fill(colours::Tone::Error));
        if (role == Qt::ToolTipRole && !r.flags.isEmpty()) {
            QStringList lines;
            for (const Flag& f : r.flags)
                lines << m_state->describe(f);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    case DecisionFigure: {
        if (!m_state->decisions.contains(r.applicationId))
            return role == Qt::DisplayRole || role == SortRole ? QString() : QVariant();
        const DecisionRecord& d = m_state->decisions[r.applicationId];
        if (role == Qt::DisplayRole || role == SortRole)
            return decisionName(d.decision);
        if (role == Qt::ToolTipRole && !d.conditions.isEmpty())
            return d.conditions;
        return {};
    }
    case FigureCount:
        break;
    }
    return {};
}

} // namespace rd
