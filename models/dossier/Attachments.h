#pragma once

#include <QString>
#include <QStringList>

namespace rd::attachments {

// The attachment types of dossier-format.md and the 文件名稱 keywords that identify them in a file named
// `文件名稱_申請單位.pdf` (the naming rule of 002 七、(二)).
QStringList knownTypes();
bool isKnownType(const QString& type);

// Classifies by file name: the first type whose keyword appears in the part before the first "_" (or
// in the whole name when there is none). Returns "other" when nothing matches.
QString classify(const QString& fileName);

// Display name of a type in the user's language.
QString displayName(const QString& type);

} // namespace rd::attachments
