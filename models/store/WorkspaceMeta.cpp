#include "models/store/WorkspaceMeta.h"

#include "models/sql/Sql.h"

namespace rd::meta {

Result<QString> value(const QSqlDatabase& db, const QString& key)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"), {key});
    if (!v)
        return Result<QString>::failure(v.error());
    return v->toString();
}

Status setValue(const QSqlDatabase& db, const QString& key, const QString& value)
{
    return Status::from(
        sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES (?, ?)"), {key, value}));
}

} // namespace rd::meta
