#pragma once

#include "models/store/ApplicationStore.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace rd {

class BudgetTableModel;
class DocumentListModel;
class FindingListModel;

// One application as the secretariat checks it: applicant and proposal, the budget with each finding at
// the cell it concerns, staff, intended organisations, recusal requests and the attachments.
class ApplicationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationPage(QWidget* parent = nullptr);

    void showApplication(const ApplicationRecord& record);
    void clear();
    // Brings the place a finding points at into view (budget cell, staff table, attachment…).
    void focusLocation(const QString& location);

    QTableView* budgetView() const { return m_budgetView; }
    // What the page shows at its top: the application, or that none is selected.
    QString heading() const;
    BudgetTableModel* budgetModel() const { return m_budgetModel; }

Q_SIGNALS:
    void documentActivated(const rd::DocumentRecord& document, int page);

private:
    void fillForm(const ApplicationRecord& record);
    void fillStaff(const Dossier& dossier);
    void fillIntended(const Dossier& dossier);
    void fillRecusals(const Dossier& dossier);

    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_applicantForm = nullptr;
    QFormLayout* m_proposalForm = nullptr;
    QTableView* m_budgetView = nullptr;
    QLabel* m_budgetSummary = nullptr;
    QTableWidget* m_staff = nullptr;
    QTableWidget* m_intended = nullptr;
    QTableWidget* m_recusals = nullptr;
    QTableView* m_documentView = nullptr;
    QTableView* m_findingView = nullptr;
    BudgetTableModel* m_budgetModel = nullptr;
    DocumentListModel* m_documentModel = nullptr;
    FindingListModel* m_findingModel = nullptr;
};

} // namespace rd
