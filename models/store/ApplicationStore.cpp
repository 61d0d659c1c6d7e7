#include "models/store/ApplicationStore.h"

#include "models/store/TextMatches.h"

#include "models/audit/AuditTrail.h"

#include "models/dossier/DossierReader.h"
#include "models/search/SearchIndex.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

// Columns: id, file_name, type, sha256, size, page_count, readable, problem.
DocumentRecord documentFromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong(), q.value(5).toInt(),    q.value(6).toBool(),   q.value(7).toString(),
            q.value(8).toInt(),      q.value(9).toInt()};
}

Finding findingFromRow(const QSqlQuery& q, int first)
{
    Finding f;
    f.applicationId = q.value(first).toLongLong();
    f.rule = q.value(first + 1).toString();
    f.severity = q.value(first + 2).toString() == QLatin1String("error") ? Severity::Error : Severity::Warning;
    f.location = q.value(first + 3).toString();
    f.figures = QJsonDocument::fromJson(q.value(first + 4).toByteArray()).object();
    f.source = q.value(first + 5).toString();
    return f;
}

} // namespace

Result<qint64> ApplicationStore::createRound(const QString& name, const QString& program, const QString& ruleset,
                                             const QString& rubricId)
{
    std::optional<Rubric> rubric;
    if (!rubricId.isEmpty()) {
        auto loaded = Rubric::load(rubricId);
        if (!loaded)
            return Result<qint64>::failure(loaded.error());
        rubric = *loaded;
    }
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Result<qint64>::failure(transaction.error());
    auto query =
        sql::exec(m_db, QStringLiteral("INSERT INTO rounds(name, program, ruleset, created_at) VALUES (?, ?, ?, ?)"),
                  {name, program, ruleset, sql::now()});
    if (!query)
        return Result<qint64>::failure(query.error());
    const qint64 roundId = query->lastInsertId().toLongLong();
    if (rubric) {
        if (auto frozen = freezeRubricWithin(roundId, *rubric); !frozen)
            return Result<qint64>::failure(frozen.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return roundId;
}

Status ApplicationStore::freezeRubric(qint64 roundId, const Rubric& rubric)
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto frozen = freezeRubricWithin(roundId, rubric); !frozen)
        return frozen;
    return transaction.commit();
}

Status ApplicationStore::freezeRubricWithin(qint64 roundId, const Rubric& rubric)
{
    auto current = sql::scalar(m_db, QStringLiteral("SELECT rubric_sha256 FROM rounds WHERE id = ?"), {roundId});
    if (!current)
        return Status::from(current);
    if (!current->isValid())
        return Status::failure(
            QCoreApplication::translate("ApplicationStore", "there is no round %1 in this workspace").arg(roundId));
    if (!current->isNull() && current->toString() != rubric.sha256()) {
        auto frozen = roundRubric(roundId);
        return Status::failure(
            QCoreApplication::translate("ApplicationStore",
                                        "the round already uses the rubric “%1” version %2; a round "
                                        "keeps the rubric it was given")
                .arg(frozen ? frozen->id() : current->toString(), frozen ? frozen->version() : QString()));
    }
    if (auto stored = sql::exec(
            m_db, QStringLiteral("INSERT OR IGNORE INTO rubrics(sha256, rubric_id, version, json) VALUES (?, ?, ?, ?)"),
            {rubric.sha256(), rubric.id(), rubric.version(), QString::fromUtf8(rubric.json())});
        !stored)
        return Status::from(stored);
    return Status::from(sql::exec(m_db, QStringLiteral("UPDATE rounds SET rubric_sha256 = ? WHERE id = ?"),
                                  {rubric.sha256(), roundId}));
}

Result<Rubric> ApplicationStore::roundRubric(qint64 roundId) const
{
    auto query =
        sql::exec(m_db,
                  QStringLiteral("SELECT r.json, r.rubric_id FROM rounds o JOIN rubrics r ON r.sha256 = o.rubric_sha256"
                                 " WHERE o.id = ?"),
                  {roundId});
    if (!query)
        return Result<Rubric>::failure(query.error());
    if (!query->next())
        return Result<Rubric>::failure(
            QCoreApplication::translate("ApplicationStore", "round %1 has no rubric yet").arg(roundId));
    return Rubric::fromJson(query->value(0).toByteArray(),
                            QCoreApplication::translate("ApplicationStore", "the rubric “%1” frozen in this workspace")
                                .arg(query->value(1).toString()));
}

Result<QList<Round>> ApplicationStore::rounds() const
{
    auto query =
        sql::exec(m_db, QStringLiteral("SELECT id, name, program, ruleset, created_at FROM rounds ORDER BY id"));
    if (!query)
        return Result<QList<Round>>::failure(query.error());
    QList<Round> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<Round> ApplicationStore::round(qint64 id) const
{
    auto all = rounds();
    if (!all)
        return Result<Round>::failure(all.error());
    for (const Round& r : *all) {
        if (r.id == id)
            return r;
    }
    return Result<Round>::failure(
        QCoreApplication::translate("ApplicationStore", "there is no round %1 in this workspace").arg(id));
}

Result<qint64> ApplicationStore::findExisting(qint64 roundId, const QString& ubn, const QString& title) const
{
    auto id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM applications WHERE round_id = ? AND ubn = ? AND title = ?"),
                    {roundId, ubn, title});
    if (!id)
        return Result<qint64>::failure(id.error());
    return id->isValid() ? id->toLongLong() : 0;
}

Result<qint64> ApplicationStore::insert(qint64 roundId, const ParsedDossier& parsed, qint64 replaceId,
                                        const std::function<bool()>& beforeCommit)
{
    using R = Result<qint64>;
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return R::failure(transaction.error());
    const Dossier& d = parsed.dossier;
    qint64 applicationId = replaceId;
    int version = 1;
    if (replaceId != 0) {
        auto superseded = supersedeWithin(replaceId);
        if (!superseded)
            return R::failure(superseded.error());
        version = *superseded + 1;
        if (auto updated = sql::exec(m_db,
                                     QStringLiteral("UPDATE applications SET applicant_name = ?, category = ?,"
                                                    " requested_subsidy = ?, dossier_json = ?, source_path = ?,"
                                                    " imported_at = ?, version = ? WHERE id = ?"),
                                     {d.applicant.name, categoryKey(d.proposal.category), parsed.budget.sum().subsidy,
                                      QString::fromUtf8(d.json), parsed.sourcePath, sql::now(), version, replaceId});
            !updated)
            return R::failure(updated.error());
    } else {
        auto app =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO applications(round_id, ubn, applicant_name, title, category,"
                                     " requested_subsidy, dossier_json, source_path, imported_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {roundId, d.applicant.ubn, d.applicant.name, d.proposal.title, categoryKey(d.proposal.category),
                       parsed.budget.sum().subsidy, QString::fromUtf8(d.json), parsed.sourcePath, sql::now()});
        if (!app)
            return R::failure(app.error());
        applicationId = app->lastInsertId().toLongLong();
    }

    QList<BudgetLine> lines = parsed.budget.lines;
    if (parsed.budget.stated)
        lines.append(*parsed.budget.stated);
    for (int i = 0; i < lines.size(); ++i) {
        const BudgetLine& line = lines.at(i);
        if (auto ok = sql::exec(m_db,
                                QStringLiteral("INSERT INTO budget_lines(application_id, position, item, subsidy,"
                                               " self_funded, security) VALUES (?, ?, ?, ?, ?, ?)"),
                                {applicationId, i, line.item, line.subsidy, line.selfFunded, line.security});
            !ok)
            return R::failure(ok.error());
    }

    for (const ParsedDocument& doc : parsed.documents) {
        auto inserted = sql::exec(m_db,
                                  QStringLiteral("INSERT INTO documents(application_id, file_name, type, sha256, size,"
                                                 " page_count, readable, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {applicationId, doc.fileName, doc.type, doc.sha256, doc.size, int(doc.pages.size()),
                                   doc.readable ? 1 : 0, doc.problem});
        if (!inserted)
            return R::failure(inserted.error());
        const qint64 documentId = inserted->lastInsertId().toLongLong();
        for (int n = 0; n < doc.pages.size(); ++n) {
            const auto recognised = std::find_if(doc.recognised.cbegin(), doc.recognised.cend(),
                                                 [n](const RecognisedPage& r) { return r.page == n + 1; });
            const bool read = recognised != doc.recognised.cend();
            const QString kind = read                          ? QStringLiteral("ocr")
                                 : doc.scanned.value(n, false) ? QStringLiteral("scan")
                                                               : QStringLiteral("text");
            auto page = sql::exec(m_db,
                                  QStringLiteral("INSERT INTO pages(document_id, page_no, text, kind, ocr_confidence,"
                                                 " ocr_words) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {documentId, n + 1, doc.pages.at(n), kind,
                                   read && recognised->confidence >= 0 ? QVariant(recognised->confidence) : QVariant(),
                                   read ? QString::fromUtf8(ocr::wordsToJson(recognised->words)) : QString()});
            if (!page)
                return R::failure(page.error());
            if (auto indexed = search::indexPage(m_db, page->lastInsertId().toLongLong(), doc.pages.at(n)); !indexed)
                return R::failure(indexed.error());
        }
    }
    if (auto stale = sql::exec(m_db, QStringLiteral("UPDATE rounds SET findings_stale = 1 WHERE id = ?"), {roundId});
        !stale)
        return R::failure(stale.error());
    if (auto logged =
            audit::record(m_db, QStringLiteral("import"), QStringLiteral("application:%1").arg(applicationId), roundId,
                          {{QStringLiteral("ubn"), d.applicant.ubn},
                           {QStringLiteral("title"), d.proposal.title},
                           {QStringLiteral("documents"), int(parsed.documents.size())},
                           {QStringLiteral("dossier_sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(d.json, QCryptographicHash::Sha256).toHex())},
                           {QStringLiteral("version"), version}});
        !logged)
        return R::failure(logged.error());
    if (beforeCommit && !beforeCommit())
        return R::failure(QCoreApplication::translate("ApplicationStore", "cancelled"));
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return applicationId;
}

Result<int> ApplicationStore::supersedeWithin(qint64 applicationId)
{
    using R = Result<int>;
    auto current = sql::exec(m_db,
                             QStringLiteral("SELECT version, dossier_json, source_path, imported_at FROM applications"
                                            " WHERE id = ?"),
                             {applicationId});
    if (!current)
        return R::failure(current.error());
    if (!current->next())
        return R::failure(
            QCoreApplication::translate("ApplicationStore", "there is no application %1 in this workspace")
                .arg(applicationId));
    const int version = current->value(0).toInt();
    auto record = application(applicationId);
    if (!record)
        return R::failure(record.error());
    QJsonArray budget;
    QList<BudgetLine> lines = record->budget.lines;
    if (record->budget.stated)
        lines.append(*record->budget.stated);
    for (const BudgetLine& line : std::as_const(lines))
        budget.append(QJsonObject{{QStringLiteral("item"), line.item},
                                  {QStringLiteral("subsidy"), line.subsidy},
                                  {QStringLiteral("self_funded"), line.selfFunded},
                                  {QStringLiteral("security"), line.security}});
    QJsonArray findings;
    for (const Finding& f : std::as_const(record->findings))
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), severityKey(f.severity)},
                                    {QStringLiteral("location"), f.location},
                                    {QStringLiteral("figures"), f.figures},
                                    {QStringLiteral("source"), f.source}});
    auto screening = sql::exec(m_db,
                               QStringLiteral("SELECT json_object('version', version, 'outcome', outcome, 'deadline',"
                                              " deadline, 'items', json(items), 'reason', reason, 'overridden',"
                                              " json(overridden), 'decided_at', decided_at) FROM screenings"
                                              " WHERE application_id = ?"),
                               {applicationId});
    if (!screening)
        return R::failure(screening.error());
    const QString screeningJson = screening->next() ? screening->value(0).toString() : QStringLiteral("{}");
    const auto compact = [](const QJsonArray& array) {
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    if (auto kept = sql::exec(m_db,
                              QStringLiteral("INSERT INTO application_versions(application_id, version, dossier_json,"
                                             " budget_json, findings_json, screening_json, source_path, imported_at,"
                                             " superseded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {applicationId, version, current->value(1), compact(budget), compact(findings),
                               screeningJson, current->value(2), current->value(3), sql::now()});
        !kept)
        return R::failure(kept.error());
    // The superseded documents stay in the blob store, referenced from here; their pages leave the index.
    if (auto kept = sql::exec(m_db,
                              QStringLiteral("INSERT INTO version_documents(application_id, version, file_name, type,"
                                             " sha256, size, page_count) SELECT application_id, ?, file_name, type,"
                                             " sha256, size, page_count FROM documents WHERE application_id = ?"
                                             " ORDER BY id"),
                              {version, applicationId});
        !kept)
        return R::failure(kept.error());
    if (auto unindexed = unindexPagesOf(applicationId); !unindexed)
        return R::failure(unindexed.error());
    for (const char* table : {"documents", "budget_lines", "findings"})
        if (auto cleared =
                sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE application_id = ?").arg(QLatin1String(table)),
                          {applicationId});
            !cleared)
            return R::failure(cleared.error());
    return version;
}

Status ApplicationStore::unindexPagesOf(qint64 applicationId)
{
    // The index is contentless: each page's tokens must be presented again to delete them.
    auto pages = sql::exec(m_db,
                           QStringLiteral("SELECT p.id, p.text FROM pages p JOIN documents d ON d.id = p.document_id"
                                          " WHERE d.application_id = ?"),
                           {applicationId});
    if (!pages)
        return Status::from(pages);
    while (pages->next()) {
        if (auto done = search::unindexPage(m_db, pages->value(0).toLongLong(), pages->value(1).toString()); !done)
            return done;
    }
    return {};
}

Status ApplicationStore::removeWithin(qint64 applicationId)
{
    if (auto unindexed = unindexPagesOf(applicationId); !unindexed)
        return unindexed;
    return Status::from(sql::exec(m_db, QStringLiteral("DELETE FROM applications WHERE id = ?"), {applicationId}));
}

Status ApplicationStore::remove(qint64 applicationId)
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto removed = removeWithin(applicationId); !removed)
        return removed;
    return transaction.commit();
}

Result<QList<ApplicationSummary>> ApplicationStore::applications(qint64 roundId) const
{
    return summaries("a.round_id = ?", roundId);
}

Result<QList<ApplicationSummary>> ApplicationStore::summaries(const char* condition, qint64 value) const
{
    using R = Result<QList<ApplicationSummary>>;
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT a.id, a.round_id, a.ubn, a.applicant_name, a.title, a.category, a.requested_subsidy,"
                       " (SELECT COUNT(*) FROM documents d WHERE d.application_id = a.id),"
                       " (SELECT COALESCE(SUM(page_count), 0) FROM documents d WHERE d.application_id = a.id),"
                       " (SELECT COUNT(*) FROM findings f WHERE f.application_id = a.id AND f.severity = 'error'),"
                       " (SELECT COUNT(*) FROM findings f WHERE f.application_id = a.id AND f.severity = 'warning'),"
                       " a.version FROM applications a WHERE %1 ORDER BY a.ubn, a.title")
            .arg(QLatin1String(condition)),
        {value});
    if (!query)
        return R::failure(query.error());
    QList<ApplicationSummary> list;
    while (query->next()) {
        ApplicationSummary s;
        s.id = query->value(0).toLongLong();
        s.roundId = query->value(1).toLongLong();
        s.ubn = query->value(2).toString();
        s.applicantName = query->value(3).toString();
        s.title = query->value(4).toString();
        const auto category = categoryFromKey(query->value(5).toString());
        if (!category)
            return R::failure(sql::unknownValue(QStringLiteral("applications"), s.id, QStringLiteral("category"),
                                                query->value(5).toString()));
        s.category = *category;
        s.requestedSubsidy = query->value(6).toDouble();
        s.documents = query->value(7).toInt();
        s.pages = query->value(8).toInt();
        s.errors = query->value(9).toInt();
        s.warnings = query->value(10).toInt();
        s.version = query->value(11).toInt();
        list.append(s);
    }
    return list;
}

Result<Budget> ApplicationStore::budget(qint64 applicationId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT item, subsidy, self_funded, security FROM budget_lines"
                                          " WHERE application_id = ? ORDER BY position"),
                           {applicationId});
    if (!query)
        return Result<Budget>::failure(query.error());
    Budget budget;
    while (query->next()) {
        BudgetLine line{query->value(0).toString(), query->value(1).toDouble(), query->value(2).toDouble(),
                        query->value(3).toDouble()};
        if (line.item == QLatin1String("total"))
            budget.stated = line;
        else
            budget.lines.append(line);
    }
    return budget;
}

Result<QList<DocumentRecord>> ApplicationStore::documents(qint64 applicationId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, file_name, type, sha256, size, page_count, readable, problem,"
                                          " (SELECT count(*) FROM pages p WHERE p.document_id = documents.id"
                                          "  AND p.kind <> 'text'),"
                                          " (SELECT count(*) FROM pages p WHERE p.document_id = documents.id"
                                          "  AND p.kind = 'ocr')"
                                          " FROM documents WHERE application_id = ? ORDER BY id"),
                           {applicationId});
    if (!query)
        return Result<QList<DocumentRecord>>::failure(query.error());
    QList<DocumentRecord> list;
    while (query->next())
        list.append(documentFromRow(*query));
    return list;
}

Result<DocumentRecord> ApplicationStore::document(qint64 documentId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, file_name, type, sha256, size, page_count, readable, problem,"
                                          " (SELECT count(*) FROM pages p WHERE p.document_id = documents.id"
                                          "  AND p.kind <> 'text'),"
                                          " (SELECT count(*) FROM pages p WHERE p.document_id = documents.id"
                                          "  AND p.kind = 'ocr')"
                                          " FROM documents WHERE id = ?"),
                           {documentId});
    if (!query)
        return Result<DocumentRecord>::failure(query.error());
    if (!query->next())
        return Result<DocumentRecord>::failure(
            QCoreApplication::translate("ApplicationStore", "there is no document %1").arg(documentId));
    return documentFromRow(*query);
}

Result<ApplicationRecord> ApplicationStore::application(qint64 applicationId) const
{
    using R = Result<ApplicationRecord>;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT dossier_json, source_path, imported_at FROM applications"
                                          " WHERE id = ?"),
                           {applicationId});
    if (!query)
        return R::failure(query.error());
    if (!query->next())
        return R::failure(
            QCoreApplication::translate("ApplicationStore", "there is no application %1").arg(applicationId));
    ApplicationRecord record;
    auto dossier = DossierReader::parse(query->value(0).toByteArray(), QStringLiteral("application.json"));
    if (!dossier)
        return R::failure(dossier.error());
    record.dossier = *dossier;
    record.sourcePath = query->value(1).toString();
    record.importedAt = QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs);
    auto summary = summaries("a.id = ?", applicationId);
    if (!summary)
        return R::failure(summary.error());
    record.summary = summary->value(0); // the row exists: it was read above
    auto b = budget(applicationId);
    auto docs = documents(applicationId);
    if (!b || !docs)
        return R::failure(b ? docs.error() : b.error());
    record.budget = *b;
    record.documents = *docs;
    auto f = sql::exec(m_db,
                       QStringLiteral("SELECT application_id, rule, severity, location, figures, source FROM findings"
                                      " WHERE application_id = ? ORDER BY severity, rule, id"),
                       {applicationId});
    if (!f)
        return R::failure(f.error());
    while (f->next())
        record.findings.append(findingFromRow(*f, 0));
    return record;
}

Result<QList<RoundFinding>> ApplicationStore::findings(qint64 roundId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT a.ubn, a.applicant_name, f.application_id, f.rule, f.severity,"
                                          " f.location, f.figures, f.source FROM findings f"
                                          " JOIN applications a ON a.id = f.application_id"
                                          " WHERE f.round_id = ? ORDER BY a.ubn, a.title, f.severity, f.rule, f.id"),
                           {roundId});
    if (!query)
        return Result<QList<RoundFinding>>::failure(query.error());
    QList<RoundFinding> list;
    while (query->next())
        list.append({findingFromRow(*query, 2), query->value(0).toString(), query->value(1).toString()});
    return list;
}

Result<QStringList> ApplicationStore::pageTexts(qint64 documentId) const
{
    auto query =
        sql::exec(m_db, QStringLiteral("SELECT text FROM pages WHERE document_id = ? ORDER BY page_no"), {documentId});
    if (!query)
        return Result<QStringList>::failure(query.error());
    QStringList pages;
    while (query->next())
        pages << query->value(0).toString();
    return pages;
}

Result<QList<RecognisedPage>> ApplicationStore::recognisedPages(qint64 documentId) const
{
    using R = Result<QList<RecognisedPage>>;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT page_no, ocr_confidence, ocr_words FROM pages"
                                          " WHERE document_id = ? AND kind = 'ocr' ORDER BY page_no"),
                           {documentId});
    if (!query)
        return R::failure(query.error());
    QList<RecognisedPage> pages;
    while (query->next()) {
        RecognisedPage page;
        page.page = query->value(0).toInt();
        page.confidence = query->value(1).isNull() ? -1 : query->value(1).toDouble();
        if (!query->value(2).toString().isEmpty()) {
            const auto words = ocr::wordsFromJson(query->value(2).toByteArray());
            if (!words)
                return R::failure(QCoreApplication::translate("ApplicationStore",
                                                              "the recognised words of page %1 of document %2 are "
                                                              "damaged")
                                      .arg(page.page)
                                      .arg(documentId));
            page.words = *words;
        }
        pages.append(page);
    }
    return pages;
}

Result<QList<ApplicationFacts>> ApplicationStore::facts(qint64 roundId) const
{
    using R = Result<QList<ApplicationFacts>>;
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT id, dossier_json FROM applications WHERE round_id = ? ORDER BY id"), {roundId});
    if (!query)
        return R::failure(query.error());
    QList<ApplicationFacts> list;
    while (query->next()) {
        ApplicationFacts facts;
        facts.id = query->value(0).toLongLong();
        auto dossier = DossierReader::parse(query->value(1).toByteArray(), QStringLiteral("application.json"));
        if (!dossier)
            return R::failure(dossier.error());
        facts.dossier = *dossier;
        auto b = budget(facts.id);
        auto docs = documents(facts.id);
        if (!b || !docs)
            return R::failure(b ? docs.error() : b.error());
        facts.budget = *b;
        for (const DocumentRecord& d : *docs)
            facts.documents.append({d.fileName, d.type, d.size, d.pageCount, d.readable, d.problem});
        list.append(facts);
    }
    auto matches = textmatches::ofRound(m_db, roundId);
    if (!matches)
        return R::failure(matches.error());
    for (ApplicationFacts& facts : list) {
        for (const TextMatch& m : *matches) {
            if (m.a.applicationId != facts.id && m.b.applicationId != facts.id)
                continue;
            const TextMatch::Side& own = m.own(facts.id);
            const TextMatch::Side& other = m.other(facts.id);
            facts.sharedText.append({m.id, own.fileName, other.ubn, other.applicantName, other.roundName,
                                     other.roundId == roundId, other.fileName, own.share, other.share});
        }
    }
    return list;
}

Status ApplicationStore::replaceFindings(qint64 roundId, const QList<Finding>& findings)
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto cleared = sql::exec(m_db, QStringLiteral("DELETE FROM findings WHERE round_id = ?"), {roundId}); !cleared)
        return Status::from(cleared);
    for (const Finding& f : findings) {
        auto inserted =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO findings(round_id, application_id, rule, severity, location,"
                                     " figures, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {roundId, f.applicationId, f.rule, severityKey(f.severity), f.location,
                       QString::fromUtf8(QJsonDocument(f.figures).toJson(QJsonDocument::Compact)), f.source});
        if (!inserted)
            return Status::from(inserted);
    }
    if (auto fresh = sql::exec(m_db, QStringLiteral("UPDATE rounds SET findings_stale = 0 WHERE id = ?"), {roundId});
        !fresh)
        return Status::from(fresh);
    return transaction.commit();
}

Result<bool> ApplicationStore::findingsStale(qint64 roundId) const
{
    auto stale = sql::scalar(m_db, QStringLiteral("SELECT findings_stale FROM rounds WHERE id = ?"), {roundId});
    if (!stale)
        return Result<bool>::failure(stale.error());
    return stale->toInt() != 0;
}

} // namespace rd
