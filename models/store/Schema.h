#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>

namespace rd::schema {

// SQLite application_id of a ReviewDesk workspace database ("RDWS"); tells our file from any other.
constexpr int applicationId = 0x52445753;

// The schema version this build writes. Older workspaces are migrated on open; newer ones are refused.
int currentVersion();

// Brings the database from its user_version to currentVersion() in one transaction per step.
Status migrate(QSqlDatabase& db);
// Stops at `targetVersion`; tests use it to build a workspace as an older ReviewDesk left it.
Status migrate(QSqlDatabase& db, int targetVersion);

} // namespace rd::schema
