#include "models/review/ScoreSheetStore.h"

#include "models/audit/AuditTrail.h"

#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

namespace rd {

namespace {

QString valueText(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

Status insertEntry(const QSqlDatabase& db, qint64 sheetId, const QString& item, const SheetEntry& entry)
{
    return Status::from(sql::exec(
        db, QStringLiteral("INSERT INTO sheet_entries(sheet_id, item, score, mark, comment) VALUES (?, ?, ?, ?, ?)"),
        {sheetId, item, entry.score ? QVariant(*entry.score) : QVariant(QMetaType(QMetaType::Double)), entry.mark,
         entry.comment}));
}

} // namespace

Result<Rubric> ScoreSheetStore::rubricOf(qint64 applicationId) const
{
    auto round = sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    if (!round)
        return Result<Rubric>::failure(round.error());
    if (!round->isValid())
        return Result<Rubric>::failure(
            QCoreApplication::translate("ScoreSheetStore", "application %1 does not exist").arg(applicationId));
    const qint64 roundId = round->toLongLong();
    if (auto cached = m_rubrics.constFind(roundId); cached != m_rubrics.cend())
        return *cached;
    auto rubric = ApplicationStore(m_db).roundRubric(roundId);
    if (rubric)
        m_rubrics.insert(roundId, *rubric);
    return rubric;
}

Result<ScoreSheet> ScoreSheetStore::load(qint64 sheetId) const
{
    using R = Result<ScoreSheet>;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT application_id, reviewer_id, state, overall_comment, recommendation,"
                                          " conflict_reason, revision, updated_at FROM score_sheets WHERE id = ?"),
                           {sheetId});
    if (!query)
        return R::failure(query.error());
    if (!query->next())
        return R::failure(QCoreApplication::translate("ScoreSheetStore", "score sheet %1 does not exist").arg(sheetId));
    ScoreSheet sheet;
    sheet.id = sheetId;
    sheet.applicationId = query->value(0).toLongLong();
    sheet.reviewerId = query->value(1).toLongLong();
    const auto state = sheetStateFromKey(query->value(2).toString());
    if (!state)
        return R::failure(sql::unknownValue(QStringLiteral("score_sheets"), sheetId, QStringLiteral("state"),
                                            query->value(2).toString()));
    sheet.state = *state;
    sheet.overallComment = query->value(3).toString();
    sheet.recommendation = query->value(4).toString();
    sheet.conflictReason = query->value(5).toString();
    sheet.revision = query->value(6).toInt();
    sheet.updatedAt = QDateTime::fromString(query->value(7).toString(), Qt::ISODateWithMs);

    auto entries = sql::exec(
        m_db, QStringLiteral("SELECT item, score, mark, comment FROM sheet_entries WHERE sheet_id = ?"), {sheetId});
    if (!entries)
        return R::failure(entries.error());
    while (entries->next()) {
        SheetEntry entry;
        if (!entries->value(1).isNull())
            entry.score = entries->value(1).toDouble();
        entry.mark = entries->value(2).toString();
        entry.comment = entries->value(3).toString();
        sheet.entries.insert(entries->value(0).toString(), entry);
    }
    return sheet;
}

Result<ScoreSheet> ScoreSheetStore::sheet(qint64 sheetId) const
{
    return load(sheetId);
}

Result<std::optional<ScoreSheet>> ScoreSheetStore::find(qint64 applicationId, qint64 reviewerId) const
{
    using R = Result<std::optional<ScoreSheet>>;
    auto id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM score_sheets WHERE application_id = ? AND reviewer_id = ?"),
                    {applicationId, reviewerId});
    if (!id)
        return R::failure(id.error());
    if (!id->isValid())
        return std::optional<ScoreSheet>();
    auto sheet = load(id->toLongLong());
    if (!sheet)
        return R::failure(sheet.error());
    return std::optional<ScoreSheet>(*sheet);
}

Result<ScoreSheet> ScoreSheetStore::open(qint64 applicationId, qint64 reviewerId)
{
    using R = Result<ScoreSheet>;
    auto existing = find(applicationId, reviewerId);
    if (!existing)
        return R::failure(existing.error());
    if (*existing)
        return **existing;
    auto assigned =
        sql::scalar(m_db, QStringLiteral("SELECT 1 FROM assignments WHERE application_id = ? AND reviewer_id = ?"),
                    {applicationId, reviewerId});
    if (!assigned)
        return R::failure(assigned.error());
    if (!assigned->isValid())
        return R::failure(
            QCoreApplication::translate("ScoreSheetStore", "reviewer %1 is not assigned to application %2")
                .arg(reviewerId)
                .arg(applicationId));
    if (auto rubric = rubricOf(applicationId); !rubric)
        return R::failure(rubric.error());
    auto inserted = sql::exec(m_db,
                              QStringLiteral("INSERT INTO score_sheets(application_id, reviewer_id, state, updated_at)"
                                             " VALUES (?, ?, 'draft', ?)"),
                              {applicationId, reviewerId, sql::now()});
    if (!inserted)
        return R::failure(inserted.error());
    return load(inserted->lastInsertId().toLongLong());
}

Result<QList<ScoreSheet>> ScoreSheetStore::sheets(qint64 roundId, qint64 reviewerId) const
{
    // Two statements for the whole round rather than two per sheet: the consensus board reads every
    // sheet of a round after each revision.
    using R = Result<QList<ScoreSheet>>;
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT s.id, s.application_id, s.reviewer_id, s.state, s.overall_comment, s.recommendation,"
                       " s.conflict_reason, s.revision, s.updated_at FROM score_sheets s"
                       " JOIN applications a ON a.id = s.application_id"
                       " WHERE a.round_id = ? AND (? = 0 OR s.reviewer_id = ?) ORDER BY a.id, s.reviewer_id"),
        {roundId, reviewerId, reviewerId});
    if (!query)
        return R::failure(query.error());
    QList<ScoreSheet> result;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        ScoreSheet sheet;
        sheet.id = query->value(0).toLongLong();
        sheet.applicationId = query->value(1).toLongLong();
        sheet.reviewerId = query->value(2).toLongLong();
        const auto state = sheetStateFromKey(query->value(3).toString());
        if (!state)
            return R::failure(sql::unknownValue(QStringLiteral("score_sheets"), sheet.id, QStringLiteral("state"),
                                                query->value(3).toString()));
        sheet.state = *state;
        sheet.overallComment = query->value(4).toString();
        sheet.recommendation = query->value(5).toString();
        sheet.conflictReason = query->value(6).toString();
        sheet.revision = query->value(7).toInt();
        sheet.updatedAt = QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs);
        index.insert(sheet.id, result.size());
        result.append(sheet);
    }
    auto entries = sql::exec(m_db,
                             QStringLiteral("SELECT e.sheet_id, e.item, e.score, e.mark, e.comment FROM sheet_entries e"
                                            " JOIN score_sheets s ON s.id = e.sheet_id"
                                            " JOIN applications a ON a.id = s.application_id"
                                            " WHERE a.round_id = ? AND (? = 0 OR s.reviewer_id = ?)"),
                             {roundId, reviewerId, reviewerId});
    if (!entries)
        return R::failure(entries.error());
    while (entries->next()) {
        const auto at = index.constFind(entries->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        SheetEntry entry;
        if (!entries->value(2).isNull())
            entry.score = entries->value(2).toDouble();
        entry.mark = entries->value(3).toString();
        entry.comment = entries->value(4).toString();
        result[*at].entries.insert(entries->value(1).toString(), entry);
    }
    return result;
}

Result<ScoreSheet> ScoreSheetStore::write(ScoreSheet sheet, const QString& field, const QString& item,
                                          const QString& before, const QString& after, const QString& reason)
{
    using R = Result<ScoreSheet>;
    sheet.revision += 1;
    sheet.updatedAt = QDateTime::currentDateTimeUtc();
    const QString at = sheet.updatedAt.toString(Qt::ISODateWithMs);
    auto updated =
        sql::exec(m_db,
                  QStringLiteral("UPDATE score_sheets SET state = ?, overall_comment = ?, recommendation = ?,"
                                 " conflict_reason = ?, revision = ?, updated_at = ? WHERE id = ?"),
                  {sheetStateKey(sheet.state), sheet.overallComment, sheet.recommendation, sheet.conflictReason,
                   sheet.revision, at, sheet.id});
    if (!updated)
        return R::failure(updated.error());
    if (!item.isEmpty()) {
        auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM sheet_entries WHERE sheet_id = ? AND item = ?"),
                                 {sheet.id, item});
        if (!removed)
            return R::failure(removed.error());
        if (sheet.entries.contains(item)) {
            const SheetEntry e = sheet.entry(item);
            if (auto inserted = insertEntry(m_db, sheet.id, item, e); !inserted)
                return R::failure(inserted.error());
        }
    }
    auto recorded = sql::exec(m_db,
                              QStringLiteral("INSERT INTO sheet_revisions(sheet_id, revision, at, field, item, before,"
                                             " after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {sheet.id, sheet.revision, at, field, item, before, after, reason});
    if (!recorded)
        return R::failure(recorded.error());
    // The trail keeps a digest of the new value, not the score itself: the sheet's own revisions hold that.
    const QString action = field != QLatin1String("state")      ? QStringLiteral("score-edit")
                           : after == QLatin1String("complete") ? QStringLiteral("complete")
                           : after == QLatin1String("conflict") ? QStringLiteral("conflict-declared")
                                                                : QStringLiteral("score-edit");
    auto round =
        sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {sheet.applicationId});
    if (!round)
        return R::failure(round.error());
    if (auto logged = audit::record(
            m_db, action, QStringLiteral("sheet:%1/%2").arg(sheet.applicationId).arg(sheet.reviewerId),
            round->toLongLong(),
            {{QStringLiteral("revision"), sheet.revision},
             {QStringLiteral("field"), field},
             {QStringLiteral("item"), item},
             {QStringLiteral("value_sha256"),
              QString::fromLatin1(QCryptographicHash::hash(after.toUtf8(), QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("reason"), reason}});
        !logged)
        return R::failure(logged.error());
    return sheet;
}

Result<ScoreSheet> ScoreSheetStore::modify(qint64 sheetId, const std::function<Result<Change>(ScoreSheet&)>& mutate)
{
    using R = Result<ScoreSheet>;
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return R::failure(transaction.error());
    auto sheet = load(sheetId);
    if (!sheet)
        return sheet;
    auto change = mutate(*sheet);
    if (!change)
        return R::failure(change.error());
    if (change->none)
        return sheet;
    auto written = write(*sheet, change->field, change->item, change->before, change->after, change->reason);
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return written;
}

Result<ScoreSheet> ScoreSheetStore::apply(qint64 sheetId, const SheetEdit& edit, const QString& reason)
{
    return modify(sheetId, [&](ScoreSheet& sheet) -> Result<Change> {
        auto rubric = rubricOf(sheet.applicationId);
        if (!rubric)
            return Result<Change>::failure(rubric.error());
        const QVariant before = currentValue(sheet, edit);
        if (auto applied = applyEdit(*rubric, sheet, edit); !applied)
            return Result<Change>::failure(applied.error());
        if (sheet.state == ScoreSheet::State::Complete && !validate(*rubric, sheet).isEmpty())
            sheet.state = ScoreSheet::State::Draft;
        return Change{sheetFieldKey(edit.field), edit.item, valueText(before), valueText(currentValue(sheet, edit)),
                      reason};
    });
}

Result<ScoreSheet> ScoreSheetStore::setComplete(qint64 sheetId, bool complete)
{
    return modify(sheetId, [&](ScoreSheet& sheet) -> Result<Change> {
        if (sheet.state == ScoreSheet::State::Conflict)
            return Result<Change>::failure(QCoreApplication::translate(
                "ScoreSheetStore", "This sheet is locked: a conflict of interest was declared."));
        const ScoreSheet::State target = complete ? ScoreSheet::State::Complete : ScoreSheet::State::Draft;
        if (sheet.state == target)
            return Change{{}, {}, {}, {}, {}, true};
        if (complete) {
            auto rubric = rubricOf(sheet.applicationId);
            if (!rubric)
                return Result<Change>::failure(rubric.error());
            QStringList missing;
            for (const SheetProblem& p : validate(*rubric, sheet))
                missing.append(p.message);
            if (!missing.isEmpty())
                return Result<Change>::failure(
                    QCoreApplication::translate("ScoreSheetStore", "The sheet is not complete yet: %1")
                        .arg(missing.join(QLatin1Char(' '))));
        }
        const QString before = sheetStateKey(sheet.state);
        sheet.state = target;
        return Change{QStringLiteral("state"), {}, before, sheetStateKey(target), {}};
    });
}

Result<ScoreSheet> ScoreSheetStore::declareConflict(qint64 sheetId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Result<ScoreSheet>::failure(
            QCoreApplication::translate("ScoreSheetStore", "Say what the conflict of interest is."));
    return modify(sheetId, [&](ScoreSheet& sheet) -> Result<Change> {
        if (sheet.state == ScoreSheet::State::Conflict)
            return Change{{}, {}, {}, {}, {}, true};
        const QString before = sheetStateKey(sheet.state);
        sheet.state = ScoreSheet::State::Conflict;
        sheet.conflictReason = reason.trimmed();
        return Change{QStringLiteral("state"), {}, before, sheetStateKey(sheet.state), reason.trimmed()};
    });
}

Result<ScoreSheet> ScoreSheetStore::storeReturned(qint64 applicationId, qint64 reviewerId, const ScoreSheet& returned,
                                                  const QString& reason)
{
    using R = Result<ScoreSheet>;
    auto existing = find(applicationId, reviewerId);
    if (!existing)
        return R::failure(existing.error());
    ScoreSheet sheet = returned;
    sheet.applicationId = applicationId;
    sheet.reviewerId = reviewerId;
    QString before;
    if (*existing) {
        sheet.id = (*existing)->id;
        sheet.revision = (*existing)->revision;
        before = QString::fromUtf8(QJsonDocument(sheetToJson(**existing)).toJson(QJsonDocument::Compact));
    } else {
        auto inserted =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO score_sheets(application_id, reviewer_id, state, updated_at)"
                                     " VALUES (?, ?, 'draft', ?)"),
                      {applicationId, reviewerId, sql::now()});
        if (!inserted)
            return R::failure(inserted.error());
        sheet.id = inserted->lastInsertId().toLongLong();
        sheet.revision = 0;
    }
    auto cleared = sql::exec(m_db, QStringLiteral("DELETE FROM sheet_entries WHERE sheet_id = ?"), {sheet.id});
    if (!cleared)
        return R::failure(cleared.error());
    for (auto it = sheet.entries.cbegin(); it != sheet.entries.cend(); ++it) {
        if (auto inserted = insertEntry(m_db, sheet.id, it.key(), *it); !inserted)
            return R::failure(inserted.error());
    }
    const QString after = QString::fromUtf8(QJsonDocument(sheetToJson(sheet)).toJson(QJsonDocument::Compact));
    return write(sheet, QStringLiteral("return"), {}, before, after, reason);
}

Result<QList<SheetRevision>> ScoreSheetStore::revisions(qint64 sheetId) const
{
    using R = Result<QList<SheetRevision>>;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT revision, at, field, item, before, after, reason FROM sheet_revisions"
                                          " WHERE sheet_id = ? ORDER BY revision"),
                           {sheetId});
    if (!query)
        return R::failure(query.error());
    QList<SheetRevision> result;
    while (query->next())
        result.append({query->value(0).toInt(), QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                       query->value(5).toString(), query->value(6).toString()});
    return result;
}

Result<ReviewProgress> ScoreSheetStore::progress(qint64 roundId, qint64 reviewerId) const
{
    using R = Result<ReviewProgress>;
    auto query = sql::exec(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*),"
            " SUM(s.id IS NOT NULL AND (s.revision > 0)),"
            " SUM(s.state = 'complete'), SUM(s.state = 'conflict')"
            " FROM assignments x JOIN applications a ON a.id = x.application_id"
            " LEFT JOIN score_sheets s ON s.application_id = x.application_id AND s.reviewer_id = x.reviewer_id"
            " WHERE a.round_id = ? AND x.reviewer_id = ?"),
        {roundId, reviewerId});
    if (!query)
        return R::failure(query.error());
    ReviewProgress progress;
    if (query->next()) {
        progress.assigned = query->value(0).toInt();
        progress.started = query->value(1).toInt();
        progress.complete = query->value(2).toInt();
        progress.conflicts = query->value(3).toInt();
    }
    return progress;
}

} // namespace rd
