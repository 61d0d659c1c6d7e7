#pragma once

#include "models/store/ApplicationStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rd {

class FindingListModel;

// Every finding of the round, filterable by severity and rule; activating one opens its application at
// the place it concerns.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    void setFindings(const QList<RoundFinding>& findings);

Q_SIGNALS:
    void findingActivated(qint64 applicationId, const QString& location);

private:
    void applyFilter();

    FindingListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_rule = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace rd
