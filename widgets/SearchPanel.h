#pragma once

#include "models/search/SearchIndex.h"
#include "models/store/Workspace.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace rd {

class SearchResultModel;
class SnippetDelegate;

// A search box over every page of every PDF in the round; results open the page.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);

    // The workspace and round searched; a search still running for the previous scope is not shown.
    void setScope(const Workspace::Location& workspace, qint64 roundId);
    // No workspace: nothing to search.
    void clearScope();
    void setQuery(const QString& query); // runs the search at once
    QLineEdit* queryEdit() const { return m_query; }
    int resultCount() const;

Q_SIGNALS:
    void hitActivated(qint64 applicationId, qint64 documentId, int page);
    void searchFinished(int hits);

private:
    void runSearch();

    std::optional<Workspace::Location> m_workspace;
    qint64 m_roundId = 0;
    QLineEdit* m_query = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    SearchResultModel* m_model = nullptr;
    SnippetDelegate* m_snippets = nullptr;
    QTimer m_debounce;
    struct Found
    {
        QList<search::Hit> hits; // the first pages, in document order
        int total = 0;           // every page that matches
    };
    QFutureWatcher<Result<Found>> m_watcher;
    QString m_pending;
    int m_scope = 0;         // counts scope changes
    int m_searchedScope = 0; // the scope of the running search
};

} // namespace rd
