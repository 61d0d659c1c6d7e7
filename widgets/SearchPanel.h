#pragma once

#include "models/search/SearchIndex.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace rd {

class SearchResultModel;
class Workspace;

// A search box over every page of every PDF in the round; results open the page.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);

    // Also the way to detach before the workspace is closed: waits for a running search to finish.
    void setScope(const Workspace* workspace, qint64 roundId);
    void setQuery(const QString& query); // runs the search at once
    QLineEdit* queryEdit() const { return m_query; }
    int resultCount() const;

Q_SIGNALS:
    void hitActivated(qint64 applicationId, qint64 documentId, int page);
    void searchFinished(int hits);

private:
    void runSearch();

    const Workspace* m_workspace = nullptr;
    qint64 m_roundId = 0;
    QLineEdit* m_query = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    SearchResultModel* m_model = nullptr;
    QTimer m_debounce;
    QFutureWatcher<Result<QList<search::Hit>>> m_watcher;
    QString m_pending;
};

} // namespace rd
