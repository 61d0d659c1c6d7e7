#include "models/itemmodels/SearchResultModel.h"

namespace rd {

void SearchResultModel::setHits(const QList<search::Hit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::Hit& hit = m_hits.at(index.row());
    switch (role) {
    case ApplicationIdRole:
        return hit.applicationId;
    case DocumentIdRole:
        return hit.documentId;
    case PageRole:
        return hit.page;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ApplicationColumn:
            return QStringLiteral("%1 %2").arg(hit.ubn, hit.applicantName);
        case DocumentColumn:
            return hit.fileName;
        case PageColumn:
            // Text OCR read is marked as such, with how sure Tesseract was.
            return hit.ocr ? tr("%1 (OCR %2 %)").arg(hit.page).arg(qRound(hit.ocrConfidence)) : QVariant(hit.page);
        case SnippetColumn:
            return hit.snippet;
        }
        break;
    case Qt::ToolTipRole:
        return hit.ocr ? tr("Text of a scanned page, recognised by OCR (mean confidence %1 %): %2")
                             .arg(qRound(hit.ocrConfidence))
                             .arg(hit.snippet)
                       : hit.snippet;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplicationColumn:
        return tr("Application");
    case DocumentColumn:
        return tr("Document");
    case PageColumn:
        return tr("Page");
    case SnippetColumn:
        return tr("Text");
    }
    return {};
}

} // namespace rd
