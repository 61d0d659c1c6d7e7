#pragma once

#include "models/screening/Screening.h"
#include "models/store/ApplicationStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rd {

// Where an application stands after the intake checks, from its findings.
enum class IntakeStatus
{
    Clear,
    Check,
    NeedsDocuments,
    MustFix,
    Ineligible
};
QString intakeStatusName(IntakeStatus status);
IntakeStatus intakeStatus(const QList<Finding>& findings);

// The applications of a round, one row each.
class ApplicationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UbnColumn,
        ApplicantColumn,
        StatusColumn,    // right after the applicant, so the clerk sees it without scrolling
        ScreeningColumn, // the 資格文件審查 outcome (符合, 限期補正 with its deadline, 不予受理)
        SubsidyColumn,
        TitleColumn,
        CategoryColumn,
        DocumentsColumn,
        PagesColumn,
        SheetColumn, // a committee member's own sheet: its state and total (review workspaces only)
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        StatusRole,
        ErrorCountRole,
        WarningCountRole,
        CategoryRole,
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setApplications(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings);
    int rowForApplication(qint64 applicationId) const;
    // The 資格文件審查 outcomes, by application (ScreeningStore::decisions).
    void setScreening(const QHash<qint64, screening::Decision>& decisions);
    // What the sheet column shows for an application ("已完成 · 83").
    void setSheetSummary(qint64 applicationId, const QString& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString categoryName(Category category);

private:
    struct Row
    {
        ApplicationSummary summary;
        IntakeStatus status = IntakeStatus::Clear;
        QString sheet;
        screening::Decision screening;
    };
    QList<Row> m_rows;
};

// Which findings an application has, for filtering by severity.
enum class SeverityFilter
{
    WithErrors,
    WarningsOnly,
    NoFindings
};

// Filters the list by status, severity, category and text; sorts numerically where the column is a number.
class ApplicationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApplicationFilterModel(QObject* parent = nullptr);

    // An empty optional shows all.
    void setStatusFilter(std::optional<IntakeStatus> status);
    void setCategoryFilter(std::optional<Category> category);
    void setSeverityFilter(std::optional<SeverityFilter> severity);
    void setTextFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<IntakeStatus> m_status;
    std::optional<Category> m_category;
    std::optional<SeverityFilter> m_severity;
    QString m_text;
};

} // namespace rd
