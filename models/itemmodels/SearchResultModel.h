#pragma once

#include "models/search/SearchIndex.h"

#include <QAbstractTableModel>

namespace rd {

// Pages that match a full-text query: application, document, page, and the text around the match.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ApplicationColumn,
        DocumentColumn,
        PageColumn,
        SnippetColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        PageRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QList<search::Hit>& hits);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<search::Hit> m_hits;
};

} // namespace rd
