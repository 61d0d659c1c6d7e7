#pragma once

#include "models/store/ApplicationStore.h"

#include <QAbstractTableModel>

namespace rd {

// Findings of a round (or of one application), each with its message and seed citation.
class FindingListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        UbnColumn,
        ApplicantColumn,
        RuleColumn,
        MessageColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        LocationRole,
        RuleIdRole,
        SeverityRole,
        SortRole // errors before warnings whatever the language; otherwise the displayed text
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QList<RoundFinding>& findings);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RoundFinding> m_findings;
};

} // namespace rd
