#include "widgets/SearchPanel.h"

#include "models/itemmodels/SearchResultModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

// Draws a snippet with the query's terms highlighted, as the reader highlights them on the page.
class SnippetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setTerms(const QStringList& terms) { m_terms = terms; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QString text = item.text;
        item.text.clear();
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(3, 0, -3, 0);

        QList<QTextLayout::FormatRange> marks;
        QTextCharFormat mark;
        mark.setBackground(QColor(0xff, 0xe0, 0x66));
        mark.setForeground(QColor(Qt::black));
        for (const QString& term : m_terms) {
            for (int at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0 && !term.isEmpty();
                 at = text.indexOf(term, at + int(term.size()), Qt::CaseInsensitive))
                marks.append({at, int(term.size()), mark});
        }
        QTextLayout layout(text, item.font);
        layout.setFormats(marks);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6); // one line, clipped at the cell's edge
        layout.endLayout();
        painter->save();
        painter->setClipRect(area);
        painter->setPen(
            item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - line.height()) / 2));
        painter->restore();
    }

private:
    QStringList m_terms;
};

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
    m_snippets = new SnippetDelegate(m_view);
    m_view->setItemDelegateForColumn(SearchResultModel::SnippetColumn, m_snippets);
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
    connect(&m_watcher, &QFutureWatcher<Result<Found>>::finished, this, [this] {
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
            m_model->setHits(result->hits);
            m_view->resizeColumnsToContents();
            m_status->setText(
                result->total > result->hits.size()
                    ? tr("%1 pages match; the first %2 are listed.").arg(result->total).arg(result->hits.size())
                    : tr("%n page(s) match.", nullptr, result->total));
        }
        Q_EMIT searchFinished(int(result ? result->hits.size() : 0));
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
    m_snippets->setTerms(search::highlightTerms(query));
    m_watcher.setFuture(QtConcurrent::run([workspace, roundId, query]() -> Result<Found> {
        Workspace::ThreadConnection connection(workspace);
        if (!connection.isOpen())
            return Result<Found>::failure(connection.error());
        auto hits = search::find(connection.db(), roundId, query);
        if (!hits)
            return Result<Found>::failure(hits.error());
        auto total = search::count(connection.db(), roundId, query);
        if (!total)
            return Result<Found>::failure(total.error());
        return Found{*hits, *total};
    }));
}

} // namespace rd
