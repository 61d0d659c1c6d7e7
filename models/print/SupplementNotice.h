#pragma once

#include "models/core/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace rd::screening {

struct NoticeReport
{
    QStringList files; // the notices (one PDF per application), then the round's CSV list
    int applications = 0;
};

// 補正通知 (004 陸 註1, 辦法第7條): for every application of the round whose 資格文件審查 outcome is 限期補正
// and not lapsed, a PDF notice to the applicant — what is missing or wrong, the rule it rests on, and the
// deadline — and one CSV list of all of them for the secretariat's mail merge. Written into `folder`,
// named by 統一編號; each file goes on the audit trail. Refused when no application is to supplement.
Result<NoticeReport> writeSupplementNotices(const QSqlDatabase& db, qint64 roundId, const QString& folder,
                                            const QDate& today = QDate::currentDate());

} // namespace rd::screening
