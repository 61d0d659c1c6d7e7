#include "store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace rd::sql {

namespace {
QString describe(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("Store", "database error: %1").arg(text);
}
} // namespace

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

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // BEGIN IMMEDIATE takes the write lock now, so a busy workspace fails here and not halfway through.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = describe(begin.lastError());
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? QCoreApplication::translate("Store", "no transaction is open")
                                                 : m_error);
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        m_error = describe(commitQuery.lastError());
        rollback();
        return Status::failure(m_error);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace rd::sql
