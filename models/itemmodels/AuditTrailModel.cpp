#include "models/itemmodels/AuditTrailModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace rd {

void AuditTrailModel::setEvents(QList<audit::Event> events, QHash<QString, QString> names)
{
    beginResetModel();
    m_events = std::move(events);
    m_names = std::move(names);
    endResetModel();
}

QString AuditTrailModel::readableValue(const QString& key, const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        // A digest is told by its start; the tooltip has it whole.
        static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{40,}$"));
        return digest.match(text).hasMatch() ? text.left(12) + QStringLiteral("…") : text;
    }
    case QJsonValue::Double: {
        // An id of something the trail knows by name is shown by its name.
        const QString entity = QStringLiteral("%1:%2").arg(key).arg(value.toInteger());
        if (m_names.contains(entity))
            return m_names.value(entity);
        return QLocale().toString(value.toDouble(), 'g', 12);
    }
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << readableValue(key, item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QStringLiteral("(%1)").arg(readableDetail(value.toObject()));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("—");
}

QString AuditTrailModel::entityName(const QString& entity) const
{
    static const QRegularExpression sheet(QStringLiteral("^sheet:(\\d+)/(\\d+)$"));
    if (const QRegularExpressionMatch m = sheet.match(entity); m.hasMatch()) {
        const QString application = QStringLiteral("application:") + m.captured(1);
        const QString member = QStringLiteral("reviewer:") + m.captured(2);
        if (m_names.contains(application) && m_names.contains(member))
            return QStringLiteral("%1 · %2").arg(m_names.value(application), m_names.value(member));
    }
    return m_names.value(entity, entity);
}

QString AuditTrailModel::readableDetail(const QJsonObject& detail) const
{
    QStringList parts;
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                              readableValue(it.key(), it.value()));
    return parts.join(QStringLiteral("; "));
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
        return index.column() == Detail   ? QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented))
               : index.column() == Entity ? e.entity
                                          : tr("SHA-256 %1\nafter %2").arg(e.sha256, e.previousSha256);
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
        return entityName(e.entity);
    case Detail:
        return readableDetail(e.detail);
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
