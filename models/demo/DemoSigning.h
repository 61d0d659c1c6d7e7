#pragma once

#include "models/core/Result.h"
#include "models/store/Workspace.h"

#include <QHash>

namespace rd::demo {

// Gives the demo round its signatures, so that the whole chain can be tried on a fresh machine: throwaway
// certificates for every member and the secretariat in the certificate store (made when missing, by a
// demo authority whose key is then destroyed), each member's certificate registered, and every sheet the
// members returned recorded as a signed return, its printed 評分表 signed with the member's certificate.
struct DemoSigners
{
    QString secretariat;            // the secretariat's certificate nickname
    QHash<qint64, QString> members; // member → certificate nickname
    QString storePassword;          // the certificate store's, empty for the demo's own store
};
Result<DemoSigners> signDemoRound(const Workspace& workspace, qint64 roundId, const QString& storePassword = {});

// Holds the demo's 共識會議 to its end: everyone present, the first member chairing, each marked difference
// resolved by 議決, each application decided by a majority, the results made final and signed by the chair.
Status holdDemoMeeting(const Workspace& workspace, qint64 roundId, const DemoSigners& signers);

} // namespace rd::demo
