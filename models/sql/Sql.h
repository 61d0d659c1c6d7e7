#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace rd::sql {

// Prepares, binds positionally and executes; the error names the failing statement's purpose.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Whether the database has the table, or the table the column: a workspace or archive snapshot opened
// read-only keeps the schema it was written with, and readers of later tables and columns ask first.
Result<bool> hasTable(const QSqlDatabase& db, const QString& table);
Result<bool> hasColumn(const QSqlDatabase& db, const QString& table, const QString& column);

// The error for a stored value ReviewDesk does not know (a damaged or altered workspace). It names the table,
// the row and the value, so that nothing unknown is quietly read as a default.
QString unknownValue(const QString& table, const QVariant& rowId, const QString& column, const QString& value);

// The current time as every table stores it: UTC, ISO 8601 with milliseconds.
QString now();

// One transaction; rolled back on destruction unless committed. Every multi-row change goes through one.
// Opened while the same connection already has one, it is a savepoint inside it: committing releases the
// savepoint, and the outer transaction decides.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool active() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    void finished();

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};

} // namespace rd::sql
