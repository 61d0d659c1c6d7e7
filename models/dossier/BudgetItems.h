#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rd::budget {

// The accounting items of 計畫總經費預算表 (004 附件7 伍、一) in the form's order.
QStringList itemKeys();

// Maps a first-column cell to an item key: the key itself ("personnel.staff"), or the Chinese label as
// printed on the form with or without its "(1)" prefix ("(1)計畫人員", "計畫人員"). "total" for 計畫總經費.
std::optional<QString> itemFromCell(const QString& cell);

// The form's Chinese label (the program's own words) and a translated display name.
QString formLabel(const QString& item);
QString displayName(const QString& item);

} // namespace rd::budget
