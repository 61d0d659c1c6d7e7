#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rd {

// Proposals of a round that share text with another proposal (screening/ProposalComparison), as stored.
struct TextMatch
{
    struct Side
    {
        qint64 documentId = 0;
        qint64 applicationId = 0;
        qint64 roundId = 0;
        QString roundName;
        QString ubn;
        QString applicantName;
        QString fileName;
        double share = 0; // of this document's text, in passages the other one holds too
    };
    struct Passage
    {
        int pageA = 0; // 1-based pages where the passage starts in each document
        int pageB = 0;
        QString text; // letters and digits, normalised (similarity::normalized)
    };
    qint64 id = 0;
    qint64 roundId = 0; // the round the comparison was made for
    Side a;
    Side b;
    QList<Passage> passages;

    // The side of `applicationId`, and the other one.
    const Side& own(qint64 applicationId) const { return a.applicationId == applicationId ? a : b; }
    const Side& other(qint64 applicationId) const { return a.applicationId == applicationId ? b : a; }
};

namespace textmatches {

// The round's matches, largest share first.
Result<QList<TextMatch>> ofRound(const QSqlDatabase& db, qint64 roundId);
Result<TextMatch> byId(const QSqlDatabase& db, qint64 matchId);

} // namespace textmatches

} // namespace rd
