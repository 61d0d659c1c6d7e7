#include "widgets/SearchPanel.h"

#include "models/itemmodels/SearchResultModel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setAccessibleName(tr("Search all pages"));
    m_query->setPlaceholderText(tr("Search every page of every PDF (e.g. 資安, 經費, SLA)…"));
    m_query->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    m_model = new SearchResultModel(this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(&m_watcher, &QFutureWatcher<Result<QList<search::Hit>>>::finished, this, [this] {
        if (m_searchedScope != m_scope) { // searched the workspace or round shown before
            m_pending = QString();
            if (m_workspace)
                runSearch();
            return;
        }
        const auto result = m_watcher.result();
        if (!result) {
            m_status->setText(result.error());
            m_model->setHits({});
        } else {
            m_model->setHits(*result);
            m_view->resizeColumnsToContents();
            m_status->setText(result->size() >= 200 ? tr("The first %1 pages").arg(result->size())
                                                    : tr("%1 pages").arg(result->size()));
        }
        Q_EMIT searchFinished(int(result ? result->size() : 0));
        if (!m_pending.isNull()) {
            m_pending = QString();
            runSearch(); // the user typed on while the previous search ran
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hitActivated(index.data(SearchResultModel::ApplicationIdRole).toLongLong(),
                            index.data(SearchResultModel::DocumentIdRole).toLongLong(),
                            index.data(SearchResultModel::PageRole).toInt());
    });
}

void SearchPanel::clearScope()
{
    ++m_scope;
    m_pending = QString();
    m_workspace.reset();
    m_model->setHits({});
    m_status->clear();
}

void SearchPanel::setScope(const Workspace::Location& workspace, qint64 roundId)
{
    ++m_scope;
    m_pending = QString();
    m_workspace = workspace;
    m_roundId = roundId;
    m_model->setHits({});
    m_status->clear();
    if (!m_query->text().isEmpty())
        runSearch();
}

void SearchPanel::setQuery(const QString& query)
{
    m_query->setText(query);
    m_debounce.stop();
    runSearch();
}

int SearchPanel::resultCount() const
{
    return m_model->rowCount();
}

void SearchPanel::runSearch()
{
    if (!m_workspace)
        return;
    if (m_watcher.isRunning()) {
        m_pending = m_query->text();
        return;
    }
    const QString query = m_query->text();
    if (query.trimmed().isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    const Workspace::Location workspace = *m_workspace;
    m_searchedScope = m_scope;
    const qint64 roundId = m_roundId;
    // The query runs on a pool thread with a connection of its own; the UI stays responsive.
    m_watcher.setFuture(QtConcurrent::run([workspace, roundId, query]() -> Result<QList<search::Hit>> {
        Workspace::ThreadConnection connection(workspace);
        if (!connection.isOpen())
            return Result<QList<search::Hit>>::failure(connection.error());
        return search::find(connection.db(), roundId, query);
    }));
}

} // namespace rd
