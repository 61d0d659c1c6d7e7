#pragma once

#include "models/core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace rd::screening {

// 資格文件審查 (004 陸、作業流程; 陸 註1 quoting 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條): the
// secretariat's outcome per application. Only an eligible application goes on to 財務審查 and 專業審查.
enum class Outcome
{
    Pending,    // not decided yet for the current version of the dossier
    Eligible,   // 符合
    Supplement, // 限期補正: the items and the deadline were sent to the applicant
    Rejected,   // 不予受理
};

QString outcomeKey(Outcome outcome);
// In the reader's language: 待審 / 符合 / 限期補正 / 不予受理.
QString outcomeName(Outcome outcome);

struct Decision
{
    qint64 applicationId = 0;
    int version = 1; // the version of the dossier the outcome was decided on
    Outcome recorded = Outcome::Pending;
    Outcome outcome = Outcome::Pending; // as it stands on the day asked: a lapsed 限期補正 is 不予受理
    QDate deadline;                     // 限期補正: the last day to supplement
    QStringList items;                  // 限期補正: what to supplement or correct, one line each
    QString reason;                     // 不予受理: why; 符合 over error findings: why they are overridden
    QStringList overridden;             // 符合: the rules with error findings the secretariat overrode
    QDateTime decidedAt;
    bool lapsed = false; // a 限期補正 whose deadline has passed (辦法第7條: 屆期未補正 → 不予受理)

    // 審查時程 (004 捌、二(一)): from the day the documents are complete — the import of the version found 符合;
    // a 補件 is a new version and restarts the clock — to the 核定 notice, at most 3 months, extendable once
    // by 1 month. Invalid dates while the documents are not complete.
    QDate documentsComplete;
    QDate reviewDue;
    bool scheduleExtended = false;
    qint64 daysLeft(const QDate& today = QDate::currentDate()) const;    // negative when overdue
    bool scheduleShort(const QDate& today = QDate::currentDate()) const; // 14 days or fewer left

    bool goesOn() const { return outcome == Outcome::Eligible; }
    // Why the application does not go on, in the reader's language; empty when it does.
    QString why() const;
};

// Records and reads the outcomes. Each change is one transaction with its audit event.
class ScreeningStore final
{
public:
    explicit ScreeningStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The outcome of every application of the round as it stands on `today` (Pending where none is recorded
    // for the current version).
    Result<QHash<qint64, Decision>> decisions(qint64 roundId, const QDate& today = QDate::currentDate()) const;
    Result<Decision> decision(qint64 applicationId, const QDate& today = QDate::currentDate()) const;

    // 符合. With error findings on the application this needs `overrideReason`; the rules overridden are kept.
    Status declareEligible(qint64 applicationId, const QString& overrideReason = {});
    // 限期補正 with the items to supplement (one per line) and the deadline, which must be in the future.
    Status requestSupplement(qint64 applicationId, const QStringList& items, const QDate& deadline,
                             const QDate& today = QDate::currentDate());
    // 不予受理 with the reason.
    Status reject(qint64 applicationId, const QString& reason);
    // Moves a 限期補正 deadline later, with the reason; also revives one that lapsed.
    Status extend(qint64 applicationId, const QDate& deadline, const QString& reason,
                  const QDate& today = QDate::currentDate());
    // 符合 in a member's workspace, for an application that came in a review package: the secretariat decided
    // it, and its workspace holds the findings and the reasons.
    Status recordSecretariatEligible(qint64 applicationId);
    // Extends the review period of an application found 符合 by one month, once per version, with the reason.
    Status extendSchedule(qint64 applicationId, const QString& reason);
    // 符合 for every pending application of the round with no error finding; returns how many.
    Result<int> declareCleanEligible(qint64 roundId);

    // The items a 補正 notice lists by default: each error finding of the application in the reader's language,
    // with the section of 004 it rests on.
    Result<QStringList> defaultItems(qint64 applicationId) const;

private:
    Status write(qint64 applicationId, Outcome outcome, const QDate& deadline, const QStringList& items,
                 const QString& reason, const QStringList& overridden, const QString& action);

    QSqlDatabase m_db;
};

} // namespace rd::screening
