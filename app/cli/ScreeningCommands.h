#pragma once

#include <QStringList>

// reviewdesk-cli screening …: 資格文件審查, the secretariat's outcome per application (符合, 限期補正 with the
// 補正 notices, 不予受理).
namespace rd::cli {

int screeningCommand(const QStringList& arguments);

} // namespace rd::cli
