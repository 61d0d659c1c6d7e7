#pragma once

#include "models/core/Result.h"
#include "models/demo/DemoGenerator.h"
#include "models/store/Workspace.h"

namespace rd::demo {

struct ScreeningReport
{
    int eligible = 0;
    int supplement = 0;   // 限期補正, still open
    int rejected = 0;     // 不予受理
    int supplemented = 0; // re-imported after the 補正 notice and then found 符合
    QStringList notices;  // the 補正 notices written, then their CSV list
};

// 資格文件審查 of the demo round as a clerk does it (004 陸、作業流程): every application without an error
// finding is 符合; one that fails a 申請資格 rule (004 貳) is 不予受理, since no document cures it; the others
// are 限期補正 for two weeks with the 補正 notices written to `noticeFolder`. The first whose breach a 補正
// cures sends its supplemented dossier, which is imported as the application's next version and found 符合.
Result<ScreeningReport> screenDemoRound(const Workspace& workspace, qint64 roundId, const DemoOptions& options,
                                        const QString& noticeFolder);

} // namespace rd::demo
