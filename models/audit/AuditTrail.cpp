#include "models/audit/AuditTrail.h"

#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace rd::audit {

namespace {

struct Operator
{
    QString actor;
    QString role;
};

QMutex& operatorLock()
{
    static QMutex mutex;
    return mutex;
}

Operator& current()
{
    static Operator op{accountName(), QStringLiteral("secretariat")};
    return op;
}

const QString genesis = QString(64, QLatin1Char('0'));

// The links and digests alone, in order.
ChainCheck verifyLinks(const QList<Event>& events);

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString accountName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QDir(QDir::homePath()).dirName();
}

void setOperator(const QString& actor, const QString& role)
{
    QMutexLocker locker(&operatorLock());
    current() = {actor, role};
}

QString operatorName()
{
    QMutexLocker locker(&operatorLock());
    return current().actor;
}

QString operatorRole()
{
    QMutexLocker locker(&operatorLock());
    return current().role;
}

QString eventSha256(const Event& event)
{
    // A JSON array has one serialisation for given values: the canonical form the digest is taken over.
    const QJsonArray fields{event.id,
                            timestamp(event.at),
                            event.actor,
                            event.role,
                            event.action,
                            event.entity,
                            event.roundId,
                            QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact)),
                            event.previousSha256};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

Status record(const QSqlDatabase& db, const QString& action, const QString& entity, qint64 roundId,
              const QJsonObject& detail)
{
    auto last = sql::exec(db, QStringLiteral("SELECT id, sha256 FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!last)
        return Status::from(last);
    Event event;
    event.id = 1;
    event.previousSha256 = genesis;
    if (last->next()) {
        event.id = last->value(0).toLongLong() + 1;
        event.previousSha256 = last->value(1).toString();
    }
    event.at = QDateTime::fromString(sql::now(), Qt::ISODateWithMs);
    {
        QMutexLocker locker(&operatorLock());
        event.actor = current().actor;
        event.role = current().role;
    }
    event.action = action;
    event.entity = entity;
    event.roundId = roundId;
    event.detail = detail;
    event.sha256 = eventSha256(event);
    return Status::from(sql::exec(
        db,
        QStringLiteral("INSERT INTO audit_events(id, at, actor, role, action, entity, round_id, detail,"
                       " previous_sha256, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {event.id, timestamp(event.at), event.actor, event.role, event.action, event.entity,
         roundId > 0 ? QVariant(roundId) : QVariant(),
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), event.previousSha256, event.sha256}));
}

Status recordExport(const QSqlDatabase& db, qint64 roundId, const QString& kind, const QString& path)
{
    const QFileInfo info(path);
    QJsonObject detail{{QStringLiteral("kind"), kind}, {QStringLiteral("file"), info.fileName()}};
    if (info.isDir()) {
        detail.insert(QStringLiteral("files"),
                      QJsonArray::fromStringList(QDir(path).entryList(QDir::Files, QDir::Name)));
    } else {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            detail.insert(QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex()));
    }
    return record(db, QStringLiteral("export"), QStringLiteral("round:%1").arg(roundId), roundId, detail);
}

Result<QList<Event>> events(const QSqlDatabase& db, const Filter& filter)
{
    QString statement = QStringLiteral("SELECT id, at, actor, role, action, entity, round_id, detail,"
                                       " previous_sha256, sha256 FROM audit_events WHERE 1");
    QVariantList values;
    if (filter.roundId > 0) {
        statement += QStringLiteral(" AND round_id = ?");
        values << filter.roundId;
    }
    if (!filter.action.isEmpty()) {
        statement += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    if (!filter.actor.isEmpty()) {
        statement += QStringLiteral(" AND actor = ?");
        values << filter.actor;
    }
    if (!filter.text.isEmpty()) {
        statement += QStringLiteral(" AND (instr(entity, ?) > 0 OR instr(detail, ?) > 0)");
        values << filter.text << filter.text;
    }
    if (filter.from.isValid()) {
        statement += QStringLiteral(" AND at >= ?");
        values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        statement += QStringLiteral(" AND at <= ?");
        values << timestamp(filter.to);
    }
    statement += QStringLiteral(" ORDER BY id");
    auto query = sql::exec(db, statement, values);
    if (!query)
        return Result<QList<Event>>::failure(query.error());
    QList<Event> list;
    while (query->next()) {
        Event e;
        e.id = query->value(0).toLongLong();
        e.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        e.actor = query->value(2).toString();
        e.role = query->value(3).toString();
        e.action = query->value(4).toString();
        e.entity = query->value(5).toString();
        e.roundId = query->value(6).toLongLong();
        e.detail = QJsonDocument::fromJson(query->value(7).toString().toUtf8()).object();
        e.previousSha256 = query->value(8).toString();
        e.sha256 = query->value(9).toString();
        list << e;
    }
    return list;
}

Result<Head> head(const QSqlDatabase& db)
{
    auto last = sql::exec(db, QStringLiteral("SELECT id, sha256 FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!last)
        return Result<Head>::failure(last.error());
    Head h;
    if (last->next())
        h = {last->value(0).toLongLong(), last->value(1).toString()};
    return h;
}

ChainCheck verifyChain(const QList<Event>& events, const QList<Anchor>& anchors)
{
    ChainCheck check = verifyLinks(events);
    if (!check.ok() || anchors.isEmpty())
        return check;
    QHash<qint64, QString> digests;
    for (const Event& e : events)
        digests.insert(e.id, e.sha256);
    for (const Anchor& a : anchors) {
        ++check.anchors;
        if (!digests.contains(a.id)) {
            check.firstBroken = a.id;
            check.reason = QCoreApplication::translate("Audit", "%1 anchors event %2, which the trail no longer holds "
                                                                "(%3 events): the trail was cut")
                               .arg(a.where)
                               .arg(a.id)
                               .arg(check.events);
            return check;
        }
        if (digests.value(a.id) != a.sha256) {
            check.firstBroken = a.id;
            check.reason = QCoreApplication::translate(
                               "Audit", "%1 anchors event %2 with another SHA-256: the trail was rewritten")
                               .arg(a.where)
                               .arg(a.id);
            return check;
        }
    }
    return check;
}

Result<QList<Anchor>> recordedAnchors(const QSqlDatabase& db)
{
    using R = Result<QList<Anchor>>;
    QList<Anchor> anchors;
    auto column = sql::scalar(
        db, QStringLiteral("SELECT 1 FROM pragma_table_info('score_returns') WHERE name = 'audit_head_id'"));
    if (!column)
        return R::failure(column.error());
    if (!column->isValid())
        return anchors;
    auto rows = sql::exec(db, QStringLiteral("SELECT id, audit_head_id, audit_head_sha256 FROM score_returns"
                                             " WHERE audit_head_id > 0 ORDER BY id"));
    if (!rows)
        return R::failure(rows.error());
    while (rows->next())
        anchors.append(
            {rows->value(1).toLongLong(), rows->value(2).toString(),
             QCoreApplication::translate("Audit", "The import of return %1").arg(rows->value(0).toLongLong())});
    return anchors;
}

namespace {

ChainCheck verifyLinks(const QList<Event>& events)
{
    ChainCheck check;
    QString previous = genesis;
    qint64 expectedId = 1;
    for (const Event& e : events) {
        ++check.events;
        const auto broken = [&](const QString& reason) {
            check.firstBroken = e.id;
            check.reason = reason;
            return check;
        };
        if (e.id != expectedId)
            return broken(QCoreApplication::translate("Audit", "event %1 follows event %2: an event is missing")
                              .arg(e.id)
                              .arg(expectedId - 1));
        if (e.previousSha256 != previous)
            return broken(
                QCoreApplication::translate("Audit", "event %1 does not link to the event before it").arg(e.id));
        if (eventSha256(e) != e.sha256)
            return broken(QCoreApplication::translate("Audit", "event %1 was changed after it was recorded").arg(e.id));
        previous = e.sha256;
        ++expectedId;
    }
    return check;
}

} // namespace

Result<ChainCheck> verifyChain(const QSqlDatabase& db, const QList<Anchor>& anchors)
{
    auto all = events(db);
    if (!all)
        return Result<ChainCheck>::failure(all.error());
    auto recorded = recordedAnchors(db);
    if (!recorded)
        return Result<ChainCheck>::failure(recorded.error());
    return verifyChain(*all, *recorded + anchors);
}

QJsonObject toJson(const Event& event)
{
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("at"), timestamp(event.at)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("role"), event.role},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("entity"), event.entity},
            {QStringLiteral("round"), event.roundId},
            {QStringLiteral("detail"), event.detail},
            {QStringLiteral("previous_sha256"), event.previousSha256},
            {QStringLiteral("sha256"), event.sha256}};
}

Event fromJson(const QJsonObject& json)
{
    Event e;
    e.id = json.value(QStringLiteral("id")).toInteger();
    e.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.actor = json.value(QStringLiteral("actor")).toString();
    e.role = json.value(QStringLiteral("role")).toString();
    e.action = json.value(QStringLiteral("action")).toString();
    e.entity = json.value(QStringLiteral("entity")).toString();
    e.roundId = json.value(QStringLiteral("round")).toInteger();
    e.detail = json.value(QStringLiteral("detail")).toObject();
    e.previousSha256 = json.value(QStringLiteral("previous_sha256")).toString();
    e.sha256 = json.value(QStringLiteral("sha256")).toString();
    return e;
}

QString actionText(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("Audit", "Application imported")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("Audit", "Reviewer assigned")},
        {QStringLiteral("conflict-declared"), QT_TRANSLATE_NOOP("Audit", "Conflict declared")},
        {QStringLiteral("conflict-overridden"), QT_TRANSLATE_NOOP("Audit", "Conflict overridden")},
        {QStringLiteral("score-edit"), QT_TRANSLATE_NOOP("Audit", "Score sheet edited")},
        {QStringLiteral("complete"), QT_TRANSLATE_NOOP("Audit", "Score sheet completed")},
        {QStringLiteral("package-export"), QT_TRANSLATE_NOOP("Audit", "Reviewer package exported")},
        {QStringLiteral("return-import"), QT_TRANSLATE_NOOP("Audit", "Score return imported")},
        {QStringLiteral("sheet-withdrawn"), QT_TRANSLATE_NOOP("Audit", "Score sheet withdrawn")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("Audit", "Certificate registered")},
        {QStringLiteral("signature"), QT_TRANSLATE_NOOP("Audit", "Document signed")},
        {QStringLiteral("revision"), QT_TRANSLATE_NOOP("Audit", "Score revised (複評)")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Audit", "Difference resolved")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("Audit", "Decision recorded")},
        {QStringLiteral("finalise"), QT_TRANSLATE_NOOP("Audit", "Results made final")},
        {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("Audit", "Results reopened")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Audit", "Results exported")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("Audit", "Round archived")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : QCoreApplication::translate("Audit", it.value());
}

Result<QHash<QString, QString>> entityNames(const QSqlDatabase& db)
{
    using R = Result<QHash<QString, QString>>;
    QHash<QString, QString> names;
    auto apps = sql::exec(db, QStringLiteral("SELECT id, ubn, applicant_name FROM applications"));
    if (!apps)
        return R::failure(apps.error());
    while (apps->next()) {
        names.insert(QStringLiteral("application:%1").arg(apps->value(0).toLongLong()),
                     QStringLiteral("%1 %2").arg(apps->value(1).toString(), apps->value(2).toString()));
    }
    auto members = sql::exec(db, QStringLiteral("SELECT id, name FROM reviewers"));
    if (!members)
        return R::failure(members.error());
    while (members->next())
        names.insert(QStringLiteral("reviewer:%1").arg(members->value(0).toLongLong()), members->value(1).toString());
    auto rounds = sql::exec(db, QStringLiteral("SELECT id, name FROM rounds"));
    if (!rounds)
        return R::failure(rounds.error());
    while (rounds->next())
        names.insert(QStringLiteral("round:%1").arg(rounds->value(0).toLongLong()), rounds->value(1).toString());
    return names;
}

} // namespace rd::audit
