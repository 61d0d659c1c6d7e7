#pragma once

#include "models/rules/Finding.h"

#include <QString>

namespace rd::FindingText {

// What the finding means, in the user's language, with its figures ("資安經費占總經費 6.9%，未達 7%").
QString message(const Finding& finding);

// A short name of the rule ("資安經費比例").
QString ruleName(const QString& rule);

// "錯誤" / "警告" or "Error" / "Warning".
QString severityName(Severity severity);

// Formats an amount in NT$ thousand as the forms write it ("1,234" or "1,234.5").
QString amount(double thousands);

} // namespace rd::FindingText
