#include "models/itemmodels/AuditTrailModel.h"

#include <QJsonDocument>
#include <QLocale>

namespace rd {

void AuditTrailModel::setEvents(QList<audit::Event> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

QStringList AuditTrailModel::actions() const
{
    QStringList list;
    for (const audit::Event& e : m_events)
        if (!list.contains(e.action))
            list << e.action;
    return list;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::roleText(const QString& role)
{
    if (role == QLatin1String("secretariat"))
        return tr("Secretariat");
    if (role == QLatin1String("reviewer"))
        return tr("Committee member");
    if (role == QLatin1String("chair"))
        return tr("Chair");
    if (role == QLatin1String("auditor"))
        return tr("Auditor");
    return role;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const audit::Event& e = m_events.at(index.row());
    if (role == ActionKeyRole)
        return e.action;
    if (role == Qt::ToolTipRole)
        return tr("SHA-256 %1\nafter %2").arg(e.sha256, e.previousSha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return e.id;
    case Time:
        return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return e.actor;
    case Role:
        return roleText(e.role);
    case Action:
        return audit::actionText(e.action);
    case Entity:
        return e.entity;
    case Detail:
        return QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Role:
        return tr("Role");
    case Action:
        return tr("What");
    case Entity:
        return tr("Concerning");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

void AuditTrailFilter::setAction(const QString& action)
{
    m_action = action;
    invalidateFilter();
}

void AuditTrailFilter::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

bool AuditTrailFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!m_action.isEmpty() &&
        model->index(sourceRow, 0, sourceParent).data(AuditTrailModel::ActionKeyRole).toString() != m_action)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace rd
