#include "widgets/FindingsPanel.h"

#include "models/itemmodels/FindingListModel.h"
#include "models/rules/FindingText.h"
#include "models/rules/RuleEngine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

namespace {

// Filters on the severity key and rule id roles together.
class FindingFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString severity;
    QString rule;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!severity.isEmpty() && index.data(FindingListModel::SeverityRole).toString() != severity)
            return false;
        return rule.isEmpty() || index.data(FindingListModel::RuleIdRole).toString() == rule;
    }
};

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_severity = new QComboBox(this);
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(FindingText::severityName(Severity::Error), severityKey(Severity::Error));
    m_severity->addItem(FindingText::severityName(Severity::Warning), severityKey(Severity::Warning));
    m_rule = new QComboBox(this);
    m_rule->setAccessibleName(tr("Rule filter"));
    m_rule->addItem(tr("All rules"), QString());
    for (const QString& id : RuleEngine::knownRules())
        m_rule->addItem(FindingText::ruleName(id), id);
    m_count = new QLabel(this);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_severity);
    bar->addWidget(m_rule);
    bar->addStretch();
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new FindingListModel(this);
    auto* proxy = new FindingFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingListModel::SortRole);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Findings of the round"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingListModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(FindingListModel::MessageColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto apply = [this, proxy] {
        proxy->severity = m_severity->currentData().toString();
        proxy->rule = m_rule->currentData().toString();
        proxy->refresh();
        m_count->setText(tr("%1 of %2 findings").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    };
    connect(m_severity, &QComboBox::currentIndexChanged, this, apply);
    connect(m_rule, &QComboBox::currentIndexChanged, this, apply);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT findingActivated(index.data(FindingListModel::ApplicationIdRole).toLongLong(),
                                index.data(FindingListModel::LocationRole).toString());
    });
}

void FindingsPanel::setFindings(const QList<RoundFinding>& findings)
{
    m_model->setFindings(findings);
    m_view->resizeColumnToContents(FindingListModel::SeverityColumn);
    m_view->resizeColumnToContents(FindingListModel::UbnColumn);
    m_view->resizeColumnToContents(FindingListModel::RuleColumn);
    m_count->setText(tr("%1 of %2 findings").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace rd
