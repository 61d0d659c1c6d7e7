#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>

namespace rd::sql {

namespace {
QString describe(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("Store", "database error: %1").arg(text);
}
} // namespace

QString unknownValue(const QString& table, const QVariant& rowId, const QString& column, const QString& value)
{
    return QCoreApplication::translate("Sql", "the workspace is damaged: row %1 of the table %2 holds “%3” as its "
                                              "%4, which ReviewDesk does not know")
        .arg(rowId.toString(), table, value, column);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Result<QSqlQuery>::failure(describe(query.lastError()));
    for (const QVariant& value : values) {
        // A null QString binds as SQL NULL; text columns here are NOT NULL and mean "" by an empty one.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return Result<QSqlQuery>::failure(describe(query.lastError()));
    return query;
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return Result<QVariant>::failure(query.error());
    return query->next() ? query->value(0) : QVariant();
}

Result<bool> hasTable(const QSqlDatabase& db, const QString& table)
{
    auto found = scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    if (!found)
        return Result<bool>::failure(found.error());
    return found->isValid();
}

Result<bool> hasColumn(const QSqlDatabase& db, const QString& table, const QString& column)
{
    auto found = scalar(db, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"), {table, column});
    if (!found)
        return Result<bool>::failure(found.error());
    return found->isValid();
}

namespace {

// How deep each connection's transactions are nested. A change that opens its own transaction (to keep
// itself and its audit event together) may run inside a caller's; the inner one becomes a savepoint.
thread_local QHash<QString, int> depths;

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = depths[m_db.connectionName()];
    QSqlQuery begin(m_db);
    // BEGIN IMMEDIATE takes the write lock now, so a busy workspace fails here and not halfway through.
    m_savepoint = depth > 0 ? QStringLiteral("nested%1").arg(depth) : QString();
    m_active = begin.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        ++depth;
    else
        m_error = describe(begin.lastError());
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::finished()
{
    m_active = false;
    --depths[m_db.connectionName()];
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? QCoreApplication::translate("Store", "no transaction is open")
                                                 : m_error);
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE ") + m_savepoint)) {
        m_error = describe(commitQuery.lastError());
        rollback();
        return Status::failure(m_error);
    }
    finished();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    finished();
}

} // namespace rd::sql
