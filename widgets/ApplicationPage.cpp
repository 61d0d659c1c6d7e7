#include "widgets/ApplicationPage.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/BudgetTableModel.h"
#include "models/itemmodels/DocumentListModel.h"
#include "models/itemmodels/FindingListModel.h"
#include "models/rules/FindingText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

QTableView* makeTable(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QTableWidget* makeListTable(QWidget* parent, const QStringList& headers, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

void addField(QFormLayout* form, const QString& label, const QString& value)
{
    auto* field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    field->setAccessibleName(label);
    form->addRow(label, field);
}

QWidget* formPage(QFormLayout*& form, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    auto* inner = new QWidget(scroll);
    form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    return scroll;
}

QString yesNo(bool value)
{
    return value ? ApplicationPage::tr("Yes") : ApplicationPage::tr("No");
}

} // namespace

ApplicationPage::ApplicationPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Application sections"));
    // Whole labels, scrolled when they do not fit (English labels are longer), never "F…".
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);

    m_tabs->addTab(formPage(m_applicantForm, m_tabs), tr("Applicant"));
    m_tabs->addTab(formPage(m_proposalForm, m_tabs), tr("Proposal"));

    auto* budgetPage = new QWidget(m_tabs);
    auto* budgetLayout = new QVBoxLayout(budgetPage);
    m_budgetModel = new BudgetTableModel(this);
    m_budgetView = makeTable(budgetPage, tr("Budget table"));
    m_budgetView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_budgetView->setModel(m_budgetModel);
    m_budgetView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_budgetSummary = new QLabel(budgetPage);
    m_budgetSummary->setWordWrap(true);
    auto* budgetNote = new QLabel(tr("NT$ thousand (千元). Coloured cells carry a finding; hover for the rule and its "
                                     "source."),
                                  budgetPage);
    budgetNote->setWordWrap(true);
    budgetLayout->addWidget(m_budgetView, 1);
    budgetLayout->addWidget(m_budgetSummary);
    budgetLayout->addWidget(budgetNote);
    m_tabs->addTab(budgetPage, tr("Budget"));

    m_staff = makeListTable(m_tabs,
                            {tr("No."), tr("Name"), tr("Role"), tr("To be hired"), tr("Security"), tr("Person-months")},
                            tr("Project staff"));
    m_tabs->addTab(m_staff, tr("Staff"));
    m_intended = makeListTable(m_tabs, {tr("Type"), tr("Organisation"), tr("統一編號"), tr("Industry"), tr("City")},
                               tr("Intended organisations"));
    m_tabs->addTab(m_intended, tr("Intended organisations"));
    m_recusals =
        makeListTable(m_tabs, {tr("Name"), tr("Organisation"), tr("Title"), tr("Reason")}, tr("Recusal requests"));
    m_tabs->addTab(m_recusals, tr("Recusal requests"));

    m_documentModel = new DocumentListModel(this);
    m_documentView = makeTable(m_tabs, tr("Attachments"));
    m_documentView->setModel(m_documentModel);
    m_documentView->horizontalHeader()->setSectionResizeMode(DocumentListModel::FileColumn, QHeaderView::Stretch);
    // The state says whether a document is a scan and how far OCR is: it is read whole, the file name gives way.
    m_documentView->horizontalHeader()->setSectionResizeMode(DocumentListModel::StateColumn,
                                                             QHeaderView::ResizeToContents);
    m_documentView->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(m_documentView, tr("Attachments"));
    connect(m_documentView, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Unreadable ones too: the desk says why it cannot show them.
        if (const DocumentRecord* doc = m_documentModel->document(index))
            Q_EMIT documentActivated(*doc, 1);
    });

    m_findingModel = new FindingListModel(this);
    m_findingView = makeTable(m_tabs, tr("Findings of this application"));
    m_findingView->setModel(m_findingModel);
    m_findingView->setColumnHidden(FindingListModel::UbnColumn, true);
    m_findingView->setColumnHidden(FindingListModel::ApplicantColumn, true);
    m_findingView->setWordWrap(true);
    m_tabs->addTab(m_findingView, tr("Findings"));
    connect(m_findingView, &QTableView::activated, this,
            [this](const QModelIndex& index) { focusLocation(index.data(FindingListModel::LocationRole).toString()); });
}

QString ApplicationPage::heading() const
{
    return m_heading->text();
}

void ApplicationPage::clear()
{
    m_heading->setText(tr("No application selected"));
    m_status->clear();
    clearForm(m_applicantForm);
    clearForm(m_proposalForm);
    m_budgetModel->setBudget({}, {});
    m_documentModel->setDocuments({});
    m_findingModel->setFindings({});
    m_staff->setRowCount(0);
    m_intended->setRowCount(0);
    m_recusals->setRowCount(0);
}

void ApplicationPage::showApplication(const ApplicationRecord& record)
{
    const ApplicationSummary& s = record.summary;
    m_heading->setText(QStringLiteral("%1　%2\n%3").arg(s.ubn, s.applicantName, s.title));
    const IntakeStatus status = intakeStatus(record.findings);
    m_status->setText(tr("Intake status: %1 — errors: %2, warnings: %3. Imported from %4.")
                          .arg(intakeStatusName(status))
                          .arg(s.errors)
                          .arg(s.warnings)
                          .arg(record.sourcePath));
    fillForm(record);
    m_budgetModel->setBudget(record.budget, record.findings);
    const BudgetLine sum = record.budget.sum();
    if (sum.total() > 0)
        m_budgetSummary->setText(tr("Total %1 thousand: subsidy %2 (%3%), self-funded %4, security %5 (%6%).")
                                     .arg(FindingText::amount(sum.total()), FindingText::amount(sum.subsidy))
                                     .arg(QLocale().toString(sum.subsidy * 100 / sum.total(), 'f', 1))
                                     .arg(FindingText::amount(sum.selfFunded), FindingText::amount(sum.security))
                                     .arg(QLocale().toString(sum.security * 100 / sum.total(), 'f', 1)));
    else
        m_budgetSummary->clear();
    fillStaff(record.dossier);
    fillIntended(record.dossier);
    fillRecusals(record.dossier);
    m_documentModel->setDocuments(record.documents);
    QList<RoundFinding> findings;
    for (const Finding& f : record.findings)
        findings.append({f, s.ubn, s.applicantName});
    m_findingModel->setFindings(findings);
    m_findingView->resizeColumnsToContents();
    m_findingView->resizeRowsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_findingView), tr("Findings (%1)").arg(findings.size()));
}

void ApplicationPage::fillForm(const ApplicationRecord& record)
{
    const Applicant& a = record.dossier.applicant;
    clearForm(m_applicantForm);
    addField(m_applicantForm, tr("Name"), a.name);
    addField(m_applicantForm, tr("統一編號"), a.ubn);
    addField(m_applicantForm, tr("Established"), a.established.toString(Qt::ISODate));
    addField(m_applicantForm, tr("Representative"), a.representative);
    addField(m_applicantForm, tr("Address"), a.address);
    addField(m_applicantForm, tr("Employees"), QString::number(a.employees));
    addField(m_applicantForm, tr("Paid-in capital (thousand)"), FindingText::amount(a.paidInCapital));
    QStringList revenue;
    for (auto it = a.revenue.begin(); it != a.revenue.end(); ++it)
        revenue << QStringLiteral("%1: %2").arg(it.key(), FindingText::amount(it.value()));
    addField(m_applicantForm, tr("Revenue (thousand)"), revenue.join(QStringLiteral("　")));
    addField(m_applicantForm, tr("Industry code"), a.industryCode);
    addField(m_applicantForm, tr("Net worth (thousand)"), FindingText::amount(a.netWorth));
    addField(m_applicantForm, tr("Mainland Chinese capital"), yesNo(a.mainlandCapital));
    addField(m_applicantForm, tr("Branch office"), yesNo(a.branchOffice));
    addField(m_applicantForm, tr("Bank-rejected"), yesNo(a.bankRejected));

    const Proposal& p = record.dossier.proposal;
    clearForm(m_proposalForm);
    addField(m_proposalForm, tr("Proposal title"), p.title);
    addField(m_proposalForm, tr("Category"), ApplicationListModel::categoryName(p.category));
    addField(m_proposalForm, tr("Period"),
             QStringLiteral("%1 – %2").arg(p.periodStart.toString(Qt::ISODate), p.periodEnd.toString(Qt::ISODate)));
    addField(m_proposalForm, tr("Principal investigator"),
             QStringLiteral("%1 %2　%3　%4").arg(p.pi.name, p.pi.title, p.pi.phone, p.pi.email));
    addField(m_proposalForm, tr("Contact"),
             QStringLiteral("%1 %2　%3　%4").arg(p.contact.name, p.contact.title, p.contact.phone, p.contact.email));
    addField(m_proposalForm, tr("推動家數 (KPI)"), QString::number(p.kpiOrganizations));
    QStringList solutions;
    for (const Solution& sol : p.solutions)
        solutions << tr("%1 (臺灣雲市集: %2, price %3 thousand, %4 organisations)")
                         .arg(sol.name, sol.tcloud, FindingText::amount(sol.price))
                         .arg(sol.organizations);
    addField(m_proposalForm, tr("Cloud solutions"), solutions.join(QLatin1Char('\n')));
}

void ApplicationPage::fillStaff(const Dossier& dossier)
{
    const auto& staff = dossier.proposal.staff;
    m_staff->setRowCount(int(staff.size()));
    for (int i = 0; i < staff.size(); ++i) {
        const StaffMember& m = staff.at(i);
        setRow(m_staff, i,
               {QString::number(m.no), m.name, m.role, yesNo(m.toBeHired), yesNo(m.security),
                QLocale().toString(m.months, 'f', 1)});
    }
    m_staff->resizeColumnsToContents();
}

void ApplicationPage::fillIntended(const Dossier& dossier)
{
    const auto& orgs = dossier.proposal.intendedOrganizations;
    m_intended->setRowCount(int(orgs.size()));
    for (int i = 0; i < orgs.size(); ++i) {
        const IntendedOrganization& o = orgs.at(i);
        setRow(m_intended, i, {o.type, o.name, o.ubn, o.industry, o.city});
    }
    m_intended->resizeColumnsToContents();
}

void ApplicationPage::fillRecusals(const Dossier& dossier)
{
    const auto& list = dossier.recusalRequests;
    m_recusals->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const RecusalRequest& r = list.at(i);
        setRow(m_recusals, i, {r.name, r.organization, r.title, r.reason});
    }
    m_recusals->resizeColumnsToContents();
}

void ApplicationPage::focusLocation(const QString& location)
{
    if (location.startsWith(QLatin1String("budget:"))) {
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_budgetView->parentWidget()));
        const QModelIndex cell = m_budgetModel->indexForLocation(location);
        if (cell.isValid()) {
            m_budgetView->setCurrentIndex(cell);
            m_budgetView->scrollTo(cell);
            m_budgetView->setFocus();
        }
    } else if (location == QLatin1String("staff")) {
        m_tabs->setCurrentWidget(m_staff);
    } else if (location == QLatin1String("intended")) {
        m_tabs->setCurrentWidget(m_intended);
    } else if (location.startsWith(QLatin1String("document")) || location == QLatin1String("documents")) {
        m_tabs->setCurrentWidget(m_documentView);
        const QString file = location.section(QLatin1Char(':'), 1);
        for (int row = 0; row < m_documentModel->rowCount(); ++row) {
            if (m_documentModel->index(row, 0).data().toString() == file)
                m_documentView->selectRow(row);
        }
    } else if (location.startsWith(QLatin1String("proposal:"))) {
        m_tabs->setCurrentIndex(1);
    } else {
        m_tabs->setCurrentIndex(0);
    }
}

} // namespace rd
