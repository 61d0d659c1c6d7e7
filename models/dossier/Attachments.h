#pragma once

#include <QString>
#include <QStringList>

namespace rd::attachments {

// The attachment types of dossier-format.md, with the conditional documents of 004 附件7 陸 (agreement: 附件一
// 協議書; advisor_consent: 附件二 願任同意書), and the 文件名稱 that identify them in a file named
// `文件名稱_申請單位.pdf` (the naming rule of 002 七、(二)).
QStringList knownTypes();
bool isKnownType(const QString& type);

// Classifies by file name when application.json does not declare the type: the type one of whose document
// names is the whole 文件名稱 (the part before the first "_"), once tidied of numbering, years, bracketed notes
// and qualifiers such as 影本. Never by a fragment: 「委託勞務契約書」 is not a 契約 of sales. "other" otherwise.
QString classify(const QString& fileName);

// Display name of a type in the user's language.
QString displayName(const QString& type);

} // namespace rd::attachments
