#pragma once

#include "models/consensus/Compilation.h"
#include "models/core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace rd::consensus {

// A round's consensus settings as stored (keys in docs/consensus.md); the defaults until a round has its own.
QJsonObject settingsToJson(const Settings& settings);
// Checks every figure's range and names the one at fault.
Result<Settings> settingsFromJson(const QJsonObject& json);

Result<Settings> roundSettings(const QSqlDatabase& db, qint64 roundId);
Status saveRoundSettings(const QSqlDatabase& db, qint64 roundId, const Settings& settings);

} // namespace rd::consensus
