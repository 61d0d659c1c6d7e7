#pragma once

#include "models/dossier/Dossier.h"
#include "models/rules/Finding.h"

#include <QAbstractTableModel>

namespace rd {

// 計畫總經費預算表 of one application: every item with its subsidy, self-funded part, total, security
// budget and share of the total, then the computed total row (and the stated one, when it differs).
// A finding whose location is "budget:<item>:<column>" colours that cell and explains itself there.
class BudgetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        SubsidyColumn,
        SelfFundedColumn,
        TotalColumn,
        SecurityColumn,
        ShareColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        FindingRulesRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBudget(const Budget& budget, const QList<Finding>& findings);

    // The cell a finding location points at, or an invalid index.
    QModelIndex indexForLocation(const QString& location) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        BudgetLine line;
        bool isTotal = false;
        bool isStated = false;
    };
    QList<const Finding*> findingsAt(int row, int column) const;

    QList<Row> m_rows;
    QList<Finding> m_findings;
    double m_grandTotal = 0;
};

} // namespace rd
