#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rd::meta {

// Keys of the workspace_meta table.
inline QString idKey()
{
    return QStringLiteral("id");
} // this workspace's random id
inline QString packageKey()
{
    return QStringLiteral("package");
} // a reviewer workspace's package manifest
inline QString reviewerKey()
{
    return QStringLiteral("reviewer_id");
} // the reviewer the workspace belongs to
inline QString roundKey()
{
    return QStringLiteral("round_id");
} // the round it was made for

// The value of a key, or an empty string when it is not set.
Result<QString> value(const QSqlDatabase& db, const QString& key);
Status setValue(const QSqlDatabase& db, const QString& key, const QString& value);

} // namespace rd::meta
