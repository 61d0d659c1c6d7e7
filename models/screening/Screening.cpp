#include "models/screening/Screening.h"
#include "models/screening/RoundFindings.h"

#include "models/audit/AuditTrail.h"
#include "models/rules/FindingText.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd::screening {

namespace {

std::optional<Outcome> outcomeFromKey(const QString& key)
{
    for (Outcome o : {Outcome::Eligible, Outcome::Supplement, Outcome::Rejected})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QStringList listFromJson(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

QString listToJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// The error findings of an application, as the rules found them on its current dossier.
Result<QList<Finding>> errorFindings(const QSqlDatabase& db, qint64 applicationId)
{
    ApplicationStore store(db);
    auto round = sql::scalar(db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    if (!round)
        return Result<QList<Finding>>::failure(round.error());
    if (!round->isValid())
        return Result<QList<Finding>>::failure(
            QCoreApplication::translate("Screening", "there is no application %1 in this workspace")
                .arg(applicationId));
    // Decided on stale findings the outcome would rest on checks of another dossier.
    if (auto fresh = roundfindings::refreshIfStale(db, round->toLongLong()); !fresh)
        return Result<QList<Finding>>::failure(fresh.error());
    auto record = store.application(applicationId);
    if (!record)
        return Result<QList<Finding>>::failure(record.error());
    QList<Finding> errors;
    for (const Finding& f : record->findings)
        if (f.severity == Severity::Error)
            errors << f;
    return errors;
}

} // namespace

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Eligible:
        return QStringLiteral("eligible");
    case Outcome::Supplement:
        return QStringLiteral("supplement");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Eligible:
        return QCoreApplication::translate("Screening", "Eligible (符合)");
    case Outcome::Supplement:
        return QCoreApplication::translate("Screening", "To supplement (限期補正)");
    case Outcome::Rejected:
        return QCoreApplication::translate("Screening", "Not accepted (不予受理)");
    case Outcome::Pending:
        break;
    }
    return QCoreApplication::translate("Screening", "Not screened yet (待審)");
}

QString Decision::why() const
{
    switch (outcome) {
    case Outcome::Eligible:
        return {};
    case Outcome::Pending:
        return QCoreApplication::translate("Screening", "screening (資格文件審查) has no outcome yet");
    case Outcome::Supplement:
        return QCoreApplication::translate("Screening", "to supplement (補正) by %1: %2")
            .arg(deadline.toString(Qt::ISODate), items.join(QStringLiteral("; ")));
    case Outcome::Rejected:
        if (lapsed)
            return QCoreApplication::translate("Screening",
                                               "not supplemented by the deadline %1 (辦法第7條: 屆期未補正)")
                .arg(deadline.toString(Qt::ISODate));
        return reason;
    }
    return {};
}

Result<QHash<qint64, Decision>> ScreeningStore::decisions(qint64 roundId, const QDate& today) const
{
    using R = Result<QHash<qint64, Decision>>;
    // A workspace or archive from before schema 11 had no 資格文件審查: every application went on.
    auto screened = sql::hasTable(m_db, QStringLiteral("screenings"));
    if (!screened)
        return R::failure(screened.error());
    if (!*screened) {
        auto ids = sql::exec(m_db, QStringLiteral("SELECT id FROM applications WHERE round_id = ?"), {roundId});
        if (!ids)
            return R::failure(ids.error());
        QHash<qint64, Decision> all;
        while (ids->next()) {
            Decision d;
            d.applicationId = ids->value(0).toLongLong();
            d.recorded = d.outcome = Outcome::Eligible;
            all.insert(d.applicationId, d);
        }
        return all;
    }
    // The extensions of the review period came with schema 13.
    auto extensions = sql::hasTable(m_db, QStringLiteral("schedule_extensions"));
    if (!extensions)
        return R::failure(extensions.error());
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT a.id, a.version, s.version, s.outcome, s.deadline, s.items, s.reason,"
                                          " s.overridden, s.decided_at, a.imported_at, %1 FROM applications a"
                                          " LEFT JOIN screenings s ON s.application_id = a.id WHERE a.round_id = ?")
                               .arg(*extensions ? QLatin1String("EXISTS (SELECT 1 FROM schedule_extensions e WHERE"
                                                                " e.application_id = a.id AND e.version = a.version)")
                                                : QLatin1String("0")),
                           {roundId});
    if (!query)
        return R::failure(query.error());
    QHash<qint64, Decision> all;
    while (query->next()) {
        Decision d;
        d.applicationId = query->value(0).toLongLong();
        d.version = query->value(1).toInt();
        // An outcome decided on an earlier version of the dossier does not hold for the supplemented one.
        if (!query->value(3).isNull() && query->value(2).toInt() == d.version) {
            const auto outcome = outcomeFromKey(query->value(3).toString());
            if (!outcome)
                return R::failure(
                    QCoreApplication::translate(
                        "Screening", "the screening (資格文件審查) outcome of application %1 is damaged: \"%2\"")
                        .arg(d.applicationId)
                        .arg(query->value(3).toString()));
            d.recorded = *outcome;
            d.deadline = QDate::fromString(query->value(4).toString(), Qt::ISODate);
            d.items = listFromJson(query->value(5).toString());
            d.reason = query->value(6).toString();
            d.overridden = listFromJson(query->value(7).toString());
            d.decidedAt = QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs);
        }
        d.outcome = d.recorded;
        if (d.recorded == Outcome::Eligible) {
            // 004 捌、二(一): 3 months from complete documents, once 1 more.
            d.documentsComplete =
                QDateTime::fromString(query->value(9).toString(), Qt::ISODateWithMs).toLocalTime().date();
            d.scheduleExtended = query->value(10).toBool();
            d.reviewDue = d.documentsComplete.addMonths(d.scheduleExtended ? 4 : 3);
        }
        if (d.recorded == Outcome::Supplement && d.deadline.isValid() && today > d.deadline) {
            d.lapsed = true;
            d.outcome = Outcome::Rejected;
        }
        all.insert(d.applicationId, d);
    }
    return all;
}

qint64 Decision::daysLeft(const QDate& today) const
{
    return reviewDue.isValid() ? today.daysTo(reviewDue) : 0;
}

bool Decision::scheduleShort(const QDate& today) const
{
    return reviewDue.isValid() && daysLeft(today) <= 14;
}

Result<Decision> ScreeningStore::decision(qint64 applicationId, const QDate& today) const
{
    auto round = sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    if (!round)
        return Result<Decision>::failure(round.error());
    if (!round->isValid())
        return Result<Decision>::failure(
            QCoreApplication::translate("Screening", "there is no application %1 in this workspace")
                .arg(applicationId));
    auto all = decisions(round->toLongLong(), today);
    if (!all)
        return Result<Decision>::failure(all.error());
    return all->value(applicationId);
}

Status ScreeningStore::declareEligible(qint64 applicationId, const QString& overrideReason)
{
    auto errors = errorFindings(m_db, applicationId);
    if (!errors)
        return Status::from(errors);
    QStringList rules;
    for (const Finding& f : *errors)
        if (!rules.contains(f.rule))
            rules << f.rule;
    if (!rules.isEmpty() && overrideReason.trimmed().isEmpty()) {
        QStringList names;
        for (const QString& rule : std::as_const(rules))
            names << FindingText::ruleName(rule);
        return Status::failure(QCoreApplication::translate(
                                   "Screening",
                                   "the application has error findings (%1): give the reason they are overridden to "
                                   "find it eligible (符合)")
                                   .arg(names.join(QStringLiteral(", "))));
    }
    return write(applicationId, Outcome::Eligible, {}, {}, rules.isEmpty() ? QString() : overrideReason.trimmed(),
                 rules, rules.isEmpty() ? QStringLiteral("screening") : QStringLiteral("screening-override"));
}

Status ScreeningStore::requestSupplement(qint64 applicationId, const QStringList& items, const QDate& deadline,
                                         const QDate& today)
{
    QStringList lines;
    for (const QString& item : items)
        if (!item.trimmed().isEmpty())
            lines << item.trimmed();
    if (lines.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Screening", "name what the applicant is to supplement or correct (補正)"));
    if (!deadline.isValid() || deadline <= today)
        return Status::failure(
            QCoreApplication::translate("Screening", "the deadline to supplement (補正) must be a day after today"));
    return write(applicationId, Outcome::Supplement, deadline, lines, {}, {}, QStringLiteral("screening"));
}

Status ScreeningStore::reject(qint64 applicationId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Screening", "give the reason the application is not accepted (不予受理)"));
    return write(applicationId, Outcome::Rejected, {}, {}, reason.trimmed(), {}, QStringLiteral("screening"));
}

Status ScreeningStore::extend(qint64 applicationId, const QDate& deadline, const QString& reason, const QDate& today)
{
    auto current = decision(applicationId, today);
    if (!current)
        return Status::from(current);
    if (current->recorded != Outcome::Supplement)
        return Status::failure(QCoreApplication::translate(
            "Screening", "only an application to supplement (限期補正) has a deadline to extend"));
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Screening", "give the reason the deadline to supplement (補正) is extended"));
    if (!deadline.isValid() || deadline <= current->deadline || deadline <= today)
        return Status::failure(
            QCoreApplication::translate("Screening", "the new deadline must be later than %1 and after today")
                .arg(current->deadline.toString(Qt::ISODate)));
    return write(applicationId, Outcome::Supplement, deadline, current->items, reason.trimmed(), {},
                 QStringLiteral("screening-extended"));
}

Status ScreeningStore::extendSchedule(qint64 applicationId, const QString& reason)
{
    auto current = decision(applicationId);
    if (!current)
        return Status::from(current);
    if (!current->reviewDue.isValid())
        return Status::failure(QCoreApplication::translate(
            "Screening", "the review period starts when the application is found eligible (符合)"));
    if (current->scheduleExtended)
        return Status::failure(QCoreApplication::translate(
            "Screening", "the review period was already extended once (004 捌、二(一) allows one month, once)"));
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Screening", "give the reason the review period is extended"));
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto stored = sql::exec(m_db,
                                QStringLiteral("INSERT INTO schedule_extensions(application_id, version, reason,"
                                               " extended_at) VALUES (?, ?, ?, ?)"),
                                {applicationId, current->version, reason.trimmed(), sql::now()});
        !stored)
        return Status::from(stored);
    auto round = sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    if (!round)
        return Status::from(round);
    if (auto logged = audit::record(m_db, QStringLiteral("schedule-extended"),
                                    QStringLiteral("application:%1").arg(applicationId), round->toLongLong(),
                                    {{QStringLiteral("version"), current->version},
                                     {QStringLiteral("due"), current->reviewDue.addMonths(1).toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), reason.trimmed()}});
        !logged)
        return logged;
    return transaction.commit();
}

Status ScreeningStore::recordSecretariatEligible(qint64 applicationId)
{
    return write(applicationId, Outcome::Eligible, {}, {},
                 QCoreApplication::translate("Screening", "found eligible (符合) by the secretariat"), {},
                 QStringLiteral("screening"));
}

Result<int> ScreeningStore::declareCleanEligible(qint64 roundId)
{
    if (auto fresh = roundfindings::refreshIfStale(m_db, roundId); !fresh)
        return Result<int>::failure(fresh.error());
    auto all = decisions(roundId);
    if (!all)
        return Result<int>::failure(all.error());
    auto withErrors = sql::exec(m_db,
                                QStringLiteral("SELECT DISTINCT application_id FROM findings"
                                               " WHERE round_id = ? AND severity = 'error'"),
                                {roundId});
    if (!withErrors)
        return Result<int>::failure(withErrors.error());
    QSet<qint64> blocked;
    while (withErrors->next())
        blocked.insert(withErrors->value(0).toLongLong());
    QList<qint64> clean;
    for (const Decision& d : std::as_const(*all))
        if (d.recorded == Outcome::Pending && !blocked.contains(d.applicationId))
            clean << d.applicationId;
    std::sort(clean.begin(), clean.end());
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Result<int>::failure(transaction.error());
    for (qint64 id : std::as_const(clean))
        if (auto written = write(id, Outcome::Eligible, {}, {}, {}, {}, QStringLiteral("screening")); !written)
            return Result<int>::failure(written.error());
    if (auto committed = transaction.commit(); !committed)
        return Result<int>::failure(committed.error());
    return int(clean.size());
}

Result<QStringList> ScreeningStore::defaultItems(qint64 applicationId) const
{
    auto errors = errorFindings(m_db, applicationId);
    if (!errors)
        return Result<QStringList>::failure(errors.error());
    QStringList items;
    for (const Finding& f : *errors) {
        const QString item = QCoreApplication::translate("Screening", "%1 (%2)").arg(FindingText::message(f), f.source);
        if (!items.contains(item))
            items << item;
    }
    return items;
}

Status ScreeningStore::write(qint64 applicationId, Outcome outcome, const QDate& deadline, const QStringList& items,
                             const QString& reason, const QStringList& overridden, const QString& action)
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    auto app = sql::exec(m_db, QStringLiteral("SELECT round_id, version, ubn FROM applications WHERE id = ?"),
                         {applicationId});
    if (!app)
        return Status::from(app);
    if (!app->next())
        return Status::failure(QCoreApplication::translate("Screening", "there is no application %1 in this workspace")
                                   .arg(applicationId));
    const qint64 roundId = app->value(0).toLongLong();
    const int version = app->value(1).toInt();
    const QString deadlineText = deadline.isValid() ? deadline.toString(Qt::ISODate) : QString();
    if (auto stored = sql::exec(m_db,
                                QStringLiteral("INSERT OR REPLACE INTO screenings(application_id, version, outcome,"
                                               " deadline, items, reason, overridden, decided_at)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                {applicationId, version, outcomeKey(outcome), deadlineText, listToJson(items), reason,
                                 listToJson(overridden), sql::now()});
        !stored)
        return Status::from(stored);
    QJsonObject detail{{QStringLiteral("ubn"), app->value(2).toString()},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("outcome"), outcomeKey(outcome)}};
    if (!deadlineText.isEmpty())
        detail.insert(QStringLiteral("deadline"), deadlineText);
    if (!items.isEmpty())
        detail.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
    if (!reason.isEmpty())
        detail.insert(QStringLiteral("reason"), reason);
    if (!overridden.isEmpty())
        detail.insert(QStringLiteral("overridden"), QJsonArray::fromStringList(overridden));
    if (auto logged = audit::record(m_db, action, QStringLiteral("application:%1").arg(applicationId), roundId, detail);
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace rd::screening
