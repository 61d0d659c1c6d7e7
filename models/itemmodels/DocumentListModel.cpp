#include "models/itemmodels/DocumentListModel.h"

#include "models/core/StatusColours.h"

#include "models/dossier/Attachments.h"
#include "models/pdf/PdfTextExtractor.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rd {

QString DocumentListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void DocumentListModel::setDocuments(const QList<DocumentRecord>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

const DocumentRecord* DocumentListModel::document(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_documents.size() ? &m_documents.at(index.row()) : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRecord& d = m_documents.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return d.id;
    case Sha256Role:
        return d.sha256;
    case ReadableRole:
        return d.readable;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return d.fileName;
        case TypeColumn:
            return attachments::displayName(d.type);
        case PagesColumn:
            return d.readable ? QVariant(d.pageCount) : QVariant(QStringLiteral("—"));
        case SizeColumn:
            return sizeText(d.size);
        case StateColumn:
            if (!d.readable)
                return tr("Unreadable: %1").arg(PdfProblem::describe(d.problem));
            if (d.scannedPages == 0)
                return tr("Readable");
            // A scan: its text is only what OCR has read so far.
            return d.recognisedPages < d.scannedPages
                       ? tr("Scanned · OCR %1 of %2 pages").arg(d.recognisedPages).arg(d.scannedPages)
                       : tr("Scanned · text by OCR");
        }
        break;
    case Qt::ToolTipRole:
        return tr("SHA-256 %1").arg(d.sha256);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && !d.readable)
            return QBrush(colours::text(colours::Tone::Error));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case PagesColumn:
        return tr("Pages");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace rd
