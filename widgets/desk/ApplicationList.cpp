#include "widgets/desk/ApplicationList.h"

#include "models/itemmodels/ApplicationListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

ApplicationList::ApplicationList(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setAccessibleName(tr("Intake status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (IntakeStatus s : {IntakeStatus::Ineligible, IntakeStatus::NeedsDocuments, IntakeStatus::MustFix,
                           IntakeStatus::Check, IntakeStatus::Clear})
        m_statusFilter->addItem(intakeStatusName(s), int(s));
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setAccessibleName(tr("Category filter"));
    m_categoryFilter->addItem(tr("All categories"), -1);
    for (Category c : {Category::Industry, Category::Ai, Category::Theme})
        m_categoryFilter->addItem(ApplicationListModel::categoryName(c), int(c));
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setAccessibleName(tr("Severity filter"));
    m_severityFilter->addItem(tr("All severities"), -1);
    m_severityFilter->addItem(tr("With errors"), int(SeverityFilter::WithErrors));
    m_severityFilter->addItem(tr("Warnings only"), int(SeverityFilter::WarningsOnly));
    m_severityFilter->addItem(tr("No findings"), int(SeverityFilter::NoFindings));
    m_textFilter = new QLineEdit(this);
    m_textFilter->setAccessibleName(tr("Filter applications"));
    m_textFilter->setPlaceholderText(tr("Filter by 統一編號, applicant or title"));
    m_textFilter->setClearButtonEnabled(true);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_categoryFilter);
    layout->addLayout(filters);
    layout->addWidget(m_textFilter);

    m_model = new ApplicationListModel(this);
    m_filter = new ApplicationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Applications"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ApplicationListModel::UbnColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column : {ApplicationListModel::CategoryColumn, ApplicationListModel::DocumentsColumn,
                       ApplicationListModel::PagesColumn, ApplicationListModel::SheetColumn})
        m_view->setColumnHidden(column, true);
    layout->addWidget(m_view, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusFilter->currentData().toInt();
        m_filter->setStatusFilter(value < 0 ? std::nullopt : std::optional(IntakeStatus(value)));
    });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_categoryFilter->currentData().toInt();
        m_filter->setCategoryFilter(value < 0 ? std::nullopt : std::optional(Category(value)));
    });
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severityFilter->currentData().toInt();
        m_filter->setSeverityFilter(value < 0 ? std::nullopt : std::optional(SeverityFilter(value)));
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ApplicationFilterModel::setTextFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT applicationChosen(current.data(ApplicationListModel::ApplicationIdRole).toLongLong());
            });
}

void ApplicationList::setApplications(const QList<ApplicationSummary>& applications,
                                      const QList<RoundFinding>& findings,
                                      const QHash<qint64, screening::Decision>& screening)
{
    const QSignalBlocker quiet(m_view->selectionModel()); // the desk shows the chosen application itself
    m_model->setApplications(applications, findings);
    m_model->setScreening(screening);
    m_view->resizeColumnsToContents();
}

bool ApplicationList::select(qint64 applicationId)
{
    const int sourceRow = m_model->rowForApplication(applicationId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    const QSignalBlocker quiet(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

qint64 ApplicationList::currentApplication() const
{
    return m_view->currentIndex().data(ApplicationListModel::ApplicationIdRole).toLongLong();
}

int ApplicationList::ineligibleCount() const
{
    int ineligible = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ineligible +=
            m_model->index(row, 0).data(ApplicationListModel::StatusRole).toInt() == int(IntakeStatus::Ineligible);
    return ineligible;
}

} // namespace rd
