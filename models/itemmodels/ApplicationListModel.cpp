#include "models/itemmodels/ApplicationListModel.h"

#include "models/core/StatusColours.h"

#include "models/core/Text.h"
#include "models/rules/FindingText.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace rd {

QString intakeStatusName(IntakeStatus status)
{
    switch (status) {
    case IntakeStatus::Clear:
        return QCoreApplication::translate("ApplicationListModel", "Complete");
    case IntakeStatus::Check:
        return QCoreApplication::translate("ApplicationListModel", "Check warnings");
    case IntakeStatus::NeedsDocuments:
        return QCoreApplication::translate("ApplicationListModel", "補件 needed");
    case IntakeStatus::MustFix:
        return QCoreApplication::translate("ApplicationListModel", "Budget to correct");
    case IntakeStatus::Ineligible:
        return QCoreApplication::translate("ApplicationListModel", "Ineligible");
    }
    return {};
}

IntakeStatus intakeStatus(const QList<Finding>& findings)
{
    IntakeStatus worst = IntakeStatus::Clear;
    for (const Finding& f : findings) {
        IntakeStatus s = IntakeStatus::Check;
        if (f.severity == Severity::Error) {
            if (f.rule.startsWith(QLatin1String("eligibility.")) || f.rule.startsWith(QLatin1String("round.")) ||
                f.rule == QLatin1String("kpi.minimum") || f.rule == QLatin1String("proposal.period"))
                s = IntakeStatus::Ineligible;
            else if (f.rule.startsWith(QLatin1String("documents.")))
                s = IntakeStatus::NeedsDocuments;
            else
                s = IntakeStatus::MustFix;
        }
        worst = qMax(worst, s);
    }
    return worst;
}

QString ApplicationListModel::categoryName(Category category)
{
    switch (category) {
    case Category::Industry:
        return tr("各行各業數位轉型");
    case Category::Ai:
        return tr("AI 數位技術應用");
    case Category::Theme:
        return tr("主題產業數位轉型");
    }
    return {};
}

void ApplicationListModel::setApplications(const QList<ApplicationSummary>& applications,
                                           const QList<RoundFinding>& findings)
{
    beginResetModel();
    QHash<qint64, QList<Finding>> byApplication;
    for (const RoundFinding& rf : findings)
        byApplication[rf.finding.applicationId].append(rf.finding);
    m_rows.clear();
    for (const ApplicationSummary& s : applications)
        m_rows.append({s, intakeStatus(byApplication.value(s.id)), {}, {}});
    endResetModel();
}

void ApplicationListModel::setScreening(const QHash<qint64, screening::Decision>& decisions)
{
    for (Row& row : m_rows)
        row.screening = decisions.value(row.summary.id);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ScreeningColumn), index(int(m_rows.size()) - 1, ScreeningColumn));
}

int ApplicationListModel::rowForApplication(qint64 applicationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == applicationId)
            return i;
    }
    return -1;
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ApplicationSummary& s = row.summary;
    switch (role) {
    case ApplicationIdRole:
        return s.id;
    case StatusRole:
        return int(row.status);
    case ErrorCountRole:
        return s.errors;
    case WarningCountRole:
        return s.warnings;
    case CategoryRole:
        return int(s.category);
    case SortRole:
        switch (index.column()) {
        case SubsidyColumn:
            return s.requestedSubsidy;
        case DocumentsColumn:
            return s.documents;
        case PagesColumn:
            return s.pages;
        case StatusColumn:
            return int(row.status);
        case ScreeningColumn:
            return int(row.screening.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case UbnColumn:
            return s.ubn;
        case ApplicantColumn:
            return s.applicantName;
        case TitleColumn:
            return s.title;
        case CategoryColumn:
            return categoryName(s.category);
        case SubsidyColumn:
            return FindingText::amount(s.requestedSubsidy);
        case DocumentsColumn:
            return s.documents;
        case PagesColumn:
            return s.pages;
        case SheetColumn:
            return row.sheet;
        case ScreeningColumn:
            if (row.screening.outcome == screening::Outcome::Supplement)
                return tr("%1 · by %2")
                    .arg(screening::outcomeName(row.screening.outcome),
                         row.screening.deadline.toString(QStringLiteral("MM-dd")));
            if (row.screening.reviewDue.isValid()) // 審查時程 (004 捌、二(一))
                return tr("%1 · %n day(s) left", nullptr, int(row.screening.daysLeft()))
                    .arg(screening::outcomeName(row.screening.outcome));
            return screening::outcomeName(row.screening.outcome);
        case StatusColumn:
            if (s.errors + s.warnings == 0)
                return intakeStatusName(row.status);
            return tr("%1 (errors: %2, warnings: %3)").arg(intakeStatusName(row.status)).arg(s.errors).arg(s.warnings);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SubsidyColumn || index.column() == DocumentsColumn || index.column() == PagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ScreeningColumn) {
            switch (row.screening.outcome) {
            case screening::Outcome::Eligible:
                // A review period running short is a warning, an overdue one an error.
                return QBrush(colours::text(row.screening.daysLeft() < 0    ? colours::Tone::Error
                                            : row.screening.scheduleShort() ? colours::Tone::Caution
                                                                            : colours::Tone::Good));
            case screening::Outcome::Supplement:
                return QBrush(colours::text(colours::Tone::Caution));
            case screening::Outcome::Rejected:
                return QBrush(colours::text(colours::Tone::Error));
            case screening::Outcome::Pending:
                return QBrush(colours::text(colours::Tone::Neutral));
            }
        }
        if (index.column() == StatusColumn) {
            switch (row.status) {
            case IntakeStatus::Ineligible:
            case IntakeStatus::MustFix:
                return QBrush(colours::text(colours::Tone::Error));
            case IntakeStatus::NeedsDocuments:
                return QBrush(colours::text(colours::Tone::Caution));
            case IntakeStatus::Check:
                return QBrush(colours::text(colours::Tone::Warning));
            case IntakeStatus::Clear:
                return QBrush(colours::text(colours::Tone::Good));
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return s.title;
        if (index.column() == ScreeningColumn)
            return row.screening.why();
        break;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UbnColumn:
        return tr("統一編號");
    case ApplicantColumn:
        return tr("Applicant");
    case TitleColumn:
        return tr("Proposal");
    case CategoryColumn:
        return tr("Category");
    case SubsidyColumn:
        return tr("Subsidy (NT$ thousand)");
    case DocumentsColumn:
        return tr("Documents");
    case PagesColumn:
        return tr("Pages");
    case StatusColumn:
        return tr("Intake status");
    case ScreeningColumn:
        return tr("Screening (資格文件審查)");
    case SheetColumn:
        return tr("Your score sheet");
    }
    return {};
}

void ApplicationListModel::setSheetSummary(qint64 applicationId, const QString& summary)
{
    const int row = rowForApplication(applicationId);
    if (row < 0 || m_rows[row].sheet == summary)
        return;
    m_rows[row].sheet = summary;
    const QModelIndex cell = index(row, SheetColumn);
    Q_EMIT dataChanged(cell, cell);
}

ApplicationFilterModel::ApplicationFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationListModel::SortRole);
    setSortLocaleAware(true);
}

void ApplicationFilterModel::setStatusFilter(std::optional<IntakeStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void ApplicationFilterModel::setCategoryFilter(std::optional<Category> category)
{
    m_category = category;
    invalidateFilter();
}

void ApplicationFilterModel::setSeverityFilter(std::optional<SeverityFilter> severity)
{
    m_severity = severity;
    invalidateFilter();
}

void ApplicationFilterModel::setTextFilter(const QString& text)
{
    m_text = text::normalized(text.trimmed());
    invalidateFilter();
}

bool ApplicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(ApplicationListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_category && index.data(ApplicationListModel::CategoryRole).toInt() != int(*m_category))
        return false;
    if (m_severity) {
        const int errors = index.data(ApplicationListModel::ErrorCountRole).toInt();
        const int warnings = index.data(ApplicationListModel::WarningCountRole).toInt();
        const bool accepted = *m_severity == SeverityFilter::WithErrors     ? errors > 0
                              : *m_severity == SeverityFilter::WarningsOnly ? errors == 0 && warnings > 0
                                                                            : errors + warnings == 0;
        if (!accepted)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column :
         {ApplicationListModel::UbnColumn, ApplicationListModel::ApplicantColumn, ApplicationListModel::TitleColumn}) {
        const QString value = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text::normalized(value).contains(m_text))
            return true;
    }
    return false;
}

} // namespace rd
