#pragma once

#include "models/screening/Screening.h"
#include "models/store/ApplicationStore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace rd {

class ApplicationFilterModel;
class ApplicationListModel;

// A round's applications with their filters (intake status, findings, category, text): what both desks
// list on the left. Choosing a row says which application to show.
class ApplicationList final : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationList(QWidget* parent = nullptr);

    void setApplications(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings,
                         const QHash<qint64, screening::Decision>& screening);
    // Makes the application current and visible; false when it is not listed (or filtered out).
    bool select(qint64 applicationId);
    qint64 currentApplication() const;
    int ineligibleCount() const;

    QTableView* view() const { return m_view; }
    ApplicationListModel* model() const { return m_model; }

Q_SIGNALS:
    void applicationChosen(qint64 applicationId);

private:
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_severityFilter = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QTableView* m_view = nullptr;
    ApplicationListModel* m_model = nullptr;
    ApplicationFilterModel* m_filter = nullptr;
};

} // namespace rd
