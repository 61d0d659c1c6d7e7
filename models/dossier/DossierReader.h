#pragma once

#include "models/core/Result.h"
#include "models/dossier/Dossier.h"

namespace rd {

// Reads application.json of dossier format version 1 (docs: dossier-format.md). A missing required
// key or a value of the wrong type fails with the key's path and the file; unknown keys are kept.
namespace DossierReader {
constexpr auto formatId = "reviewdesk.dossier/1";
Result<Dossier> parse(const QByteArray& json, const QString& fileName);
} // namespace DossierReader

} // namespace rd
