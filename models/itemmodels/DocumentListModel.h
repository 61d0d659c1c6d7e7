#pragma once

#include "models/store/ApplicationStore.h"

#include <QAbstractTableModel>

namespace rd {

// The attachments of one application: type, pages, size, and whether the PDF could be read.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        TypeColumn,
        PagesColumn,
        SizeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        Sha256Role,
        ReadableRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDocuments(const QList<DocumentRecord>& documents);
    const DocumentRecord* document(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sizeText(qint64 bytes);

private:
    QList<DocumentRecord> m_documents;
};

} // namespace rd
