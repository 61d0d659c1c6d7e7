#pragma once

#include "models/audit/AuditTrail.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rd {

// The audit trail as a table: number, time, who, role, what, which entity, details. Read-only.
class AuditTrailModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Time,
        Actor,
        Role,
        Action,
        Entity,
        Detail,
        ColumnCount
    };
    static constexpr int ActionKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `names`: what the entities are, for people (audit::entityNames); unnamed ones show their key.
    void setEvents(QList<audit::Event> events, QHash<QString, QString> names = {});
    // An event's details as a line to read: "reviewer: 林孟儒; file_sha256: 3f2a…" rather than JSON.
    QString readableDetail(const QJsonObject& detail) const;
    const QList<audit::Event>& events() const { return m_events; }
    QStringList actions() const; // the kinds present, for a filter

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(const QString& role);

private:
    QString readableValue(const QString& key, const QJsonValue& value) const;
    // The entity's name; a sheet's is its application's and its member's; an unknown one keeps its key.
    QString entityName(const QString& entity) const;

    QList<audit::Event> m_events;
    QHash<QString, QString> m_names;
};

// Filters the trail by kind of event and by text in any column.
class AuditTrailFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setAction(const QString& action);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_action;
    QString m_text;
};

} // namespace rd
