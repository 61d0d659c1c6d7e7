#include "models/store/Schema.h"

#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace rd::schema {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Append-only: a released migration is never edited, a change is a new step.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE rounds ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " program TEXT NOT NULL,"
                            " ruleset TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " findings_stale INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE applications ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " ubn TEXT NOT NULL,"
                            " applicant_name TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " category TEXT NOT NULL,"
                            " requested_subsidy REAL NOT NULL,"
                            " dossier_json TEXT NOT NULL,"
                            " source_path TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " UNIQUE (round_id, ubn, title))"),
             QStringLiteral("CREATE TABLE budget_lines ("
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " item TEXT NOT NULL,"
                            " subsidy REAL NOT NULL,"
                            " self_funded REAL NOT NULL,"
                            " security REAL NOT NULL,"
                            " PRIMARY KEY (application_id, position))"),
             QStringLiteral("CREATE TABLE documents ("
                            " id INTEGER PRIMARY KEY,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " file_name TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " page_count INTEGER NOT NULL,"
                            " readable INTEGER NOT NULL,"
                            " problem TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX documents_by_application ON documents(application_id)"),
             QStringLiteral("CREATE INDEX documents_by_blob ON documents(sha256)"),
             QStringLiteral("CREATE TABLE pages ("
                            " id INTEGER PRIMARY KEY,"
                            " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                            " page_no INTEGER NOT NULL,"
                            " text TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX pages_by_document ON pages(document_id)"),
             // Contentless: the text lives in pages.text; the index holds tokens only (see SearchIndex).
             QStringLiteral("CREATE VIRTUAL TABLE page_index USING fts5("
                            " body, content='', tokenize='unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TABLE findings ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " rule TEXT NOT NULL,"
                            " severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),"
                            " location TEXT NOT NULL,"
                            " figures TEXT NOT NULL,"
                            " source TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX findings_by_application ON findings(application_id)"),
         }},
        // A round freezes the exact rubric it is scored with: the file's bytes, kept by their SHA-256.
        {2,
         {
             QStringLiteral("CREATE TABLE rubrics ("
                            " sha256 TEXT PRIMARY KEY,"
                            " rubric_id TEXT NOT NULL,"
                            " version TEXT NOT NULL,"
                            " json TEXT NOT NULL)"),
             QStringLiteral("ALTER TABLE rounds ADD COLUMN rubric_sha256 TEXT REFERENCES rubrics(sha256)"),
         }},
        // The committee pool of the workspace and who reviews which application.
        {3,
         {
             QStringLiteral("CREATE TABLE reviewers ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " organization TEXT NOT NULL,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " external INTEGER NOT NULL DEFAULT 1,"
                            " declared_organizations TEXT NOT NULL DEFAULT '[]',"
                            " declared_ubns TEXT NOT NULL DEFAULT '[]',"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE assignments ("
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " conflicts TEXT NOT NULL DEFAULT '',"
                            " override_reason TEXT NOT NULL DEFAULT '',"
                            " assigned_at TEXT NOT NULL,"
                            " PRIMARY KEY (application_id, reviewer_id))"),
             QStringLiteral("CREATE INDEX assignments_by_reviewer ON assignments(reviewer_id)"),
         }},
        // 初審意見: the secretariat's preliminary opinion per application and rubric criterion ('' = overall).
        {4,
         {
             QStringLiteral("CREATE TABLE preliminary_opinions ("
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " criterion TEXT NOT NULL,"
                            " meets TEXT NOT NULL CHECK (meets IN ('', 'yes', 'partly', 'no')),"
                            " opinion TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (application_id, criterion))"),
         }},
        // Review packages and score sheets. `workspace_meta` names the workspace (a random id the packages
        // and returns it issues carry) and, in a reviewer's workspace, the package it was made from;
        // `origin_id` is the secretariat's id of an application or reviewer copied in by a package.
        {5,
         {
             QStringLiteral("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES ('id', lower(hex(randomblob(16))))"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN origin_id INTEGER"),
             QStringLiteral("ALTER TABLE reviewers ADD COLUMN origin_id INTEGER"),
             // A conflict the member declared on their sheet, as they wrote it; shown in the reader's language.
             QStringLiteral("ALTER TABLE assignments ADD COLUMN declared_conflict TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE score_sheets ("
                            " id INTEGER PRIMARY KEY,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " state TEXT NOT NULL CHECK (state IN ('draft', 'complete', 'conflict')),"
                            " overall_comment TEXT NOT NULL DEFAULT '',"
                            " recommendation TEXT NOT NULL DEFAULT '',"
                            " conflict_reason TEXT NOT NULL DEFAULT '',"
                            " revision INTEGER NOT NULL DEFAULT 0,"
                            " updated_at TEXT NOT NULL,"
                            " UNIQUE (application_id, reviewer_id))"),
             QStringLiteral("CREATE TABLE sheet_entries ("
                            " sheet_id INTEGER NOT NULL REFERENCES score_sheets(id) ON DELETE CASCADE,"
                            " item TEXT NOT NULL,"
                            " score REAL,"
                            " mark TEXT NOT NULL DEFAULT '' CHECK (mark IN ('', 'pass', 'fail', 'yes')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (sheet_id, item))"),
             // Every change of a sheet, kept: what changed, from what to what, when and why.
             QStringLiteral("CREATE TABLE sheet_revisions ("
                            " sheet_id INTEGER NOT NULL REFERENCES score_sheets(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL,"
                            " at TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " item TEXT NOT NULL,"
                            " before TEXT NOT NULL,"
                            " after TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (sheet_id, revision))"),
             QStringLiteral("CREATE TABLE page_notes ("
                            " id INTEGER PRIMARY KEY,"
                            " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                            " page_no INTEGER NOT NULL,"
                            " text TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX page_notes_by_document ON page_notes(document_id, page_no)"),
             // The secretariat's record of the packages it issued, which returns must answer.
             QStringLiteral("CREATE TABLE packages ("
                            " id TEXT PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " applications TEXT NOT NULL,"
                            " file_sha256 TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE score_returns ("
                            " id INTEGER PRIMARY KEY,"
                            " package_id TEXT NOT NULL REFERENCES packages(id),"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " file_name TEXT NOT NULL,"
                            " file_sha256 TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " replaced_at TEXT)"),
             // Each returned sheet exactly as received (its data and the SHA-256 of that data) and its
             // printed 評分表 in the blob store; a replaced return keeps its rows as history.
             QStringLiteral("CREATE TABLE returned_sheets ("
                            " return_id INTEGER NOT NULL REFERENCES score_returns(id) ON DELETE CASCADE,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " sheet_json TEXT NOT NULL,"
                            " data_sha256 TEXT NOT NULL,"
                            " pdf_sha256 TEXT NOT NULL,"
                            " PRIMARY KEY (return_id, application_id))"),
         }},
        // How a round compiles its consensus figures (docs/consensus.md): pass mark, budget, thresholds.
        {6,
         {
             QStringLiteral("CREATE TABLE round_settings ("
                            " round_id INTEGER PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE,"
                            " consensus TEXT NOT NULL)"),
         }},
        // The 共識會議 of a round (docs/consensus.md): who attended, the members' score revisions with their
        // reasons (the returned sheets stay as received), how each marked difference was handled, each
        // decision with its vote, and when the results were finalised or reopened.
        {7,
         {
             QStringLiteral("CREATE TABLE meetings ("
                            " round_id INTEGER PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE,"
                            " chair_id INTEGER REFERENCES reviewers(id),"
                            " held_at TEXT NOT NULL DEFAULT '',"
                            " place TEXT NOT NULL DEFAULT '',"
                            " recorder TEXT NOT NULL DEFAULT '',"
                            " finalised_at TEXT,"
                            " finalised_sha256 TEXT)"),
             QStringLiteral("CREATE TABLE attendance ("
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " present INTEGER NOT NULL CHECK (present IN (0, 1)),"
                            " PRIMARY KEY (round_id, reviewer_id))"),
             QStringLiteral("CREATE TABLE score_revisions ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,"
                            " criterion TEXT NOT NULL,"
                            " original REAL NOT NULL,"
                            " revised REAL NOT NULL,"
                            " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                            " revised_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE flag_resolutions ("
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " flag TEXT NOT NULL,"
                            " note TEXT NOT NULL CHECK (length(trim(note)) > 0),"
                            " resolved_at TEXT NOT NULL,"
                            " PRIMARY KEY (application_id, flag))"),
             QStringLiteral("CREATE TABLE decisions ("
                            " application_id INTEGER PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " decision TEXT NOT NULL CHECK (decision IN ('pass', 'conditional', 'fail')),"
                            " conditions TEXT NOT NULL DEFAULT '',"
                            " votes_for INTEGER NOT NULL,"
                            " votes_against INTEGER NOT NULL,"
                            " abstentions INTEGER NOT NULL,"
                            " departure TEXT NOT NULL DEFAULT '',"
                            " decided_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE meeting_notes ("
                            " application_id INTEGER PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,"
                            " note TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE meeting_events ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('finalised', 'reopened')),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " results_sha256 TEXT NOT NULL DEFAULT '',"
                            " at TEXT NOT NULL)"),
         }},
        // Signatures and the audit trail (docs/signatures.md). A member's registered certificate; what the
        // signature of each returned sheet said when it was checked; the chair's signed documents; and the
        // append-only, hash-chained record of every change, which the triggers keep append-only.
        {8,
         {
             QStringLiteral("ALTER TABLE reviewers ADD COLUMN certificate_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN signature_state TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN signer TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN signer_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN signed_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE signed_documents ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('consensus-sheet', 'minutes')),"
                            " pdf_sha256 TEXT NOT NULL,"
                            " data_sha256 TEXT NOT NULL,"
                            " signer TEXT NOT NULL,"
                            " signer_sha256 TEXT NOT NULL,"
                            " signed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_events ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " round_id INTEGER,"
                            " detail TEXT NOT NULL,"
                            " previous_sha256 TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_events_by_round ON audit_events(round_id, id)"),
             QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                            " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                            " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         }},
        // Roles and replay (docs/signatures.md): the secretariat's certificates of a round (the chair's and the
        // members' are the reviewers' own); each return's number in its member's sequence and the audit chain's
        // head when it was imported; sheets a member withdrew from a replacement, with the reason.
        {9,
         {
             QStringLiteral("CREATE TABLE round_secretariat ("
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " certificate_sha256 TEXT NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " registered_at TEXT NOT NULL,"
                            " PRIMARY KEY (round_id, certificate_sha256))"),
             QStringLiteral("ALTER TABLE score_returns ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE score_returns ADD COLUMN audit_head_id INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE score_returns ADD COLUMN audit_head_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE withdrawn_sheets ("
                            " id INTEGER PRIMARY KEY,"
                            " return_id INTEGER NOT NULL REFERENCES score_returns(id) ON DELETE CASCADE,"
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                            " withdrawn_at TEXT NOT NULL)"),
         }},
        // RFC 3161 time stamps of returned sheets and of the chair's documents: the token (a blob) and the time
        // it stamps.
        {10,
         {
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN timestamp_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE returned_sheets ADD COLUMN timestamped_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE signed_documents ADD COLUMN timestamp_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE signed_documents ADD COLUMN timestamped_at TEXT NOT NULL DEFAULT ''"),
         }},
        // 資格文件審查 (004 陸 註1, 辦法第7條): the secretariat's outcome per application — 符合, 限期補正 with its
        // deadline and items, or 不予受理 with the reason — with the error findings it overrode. An application
        // keeps its id across a 補正: `version` counts its dossiers, and each superseded one is kept with its
        // documents (their blobs stay referenced) and the findings it had.
        {11,
         {
             QStringLiteral("ALTER TABLE applications ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("CREATE TABLE screenings ("
                            " application_id INTEGER PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " outcome TEXT NOT NULL CHECK (outcome IN ('eligible', 'supplement', 'rejected')),"
                            " deadline TEXT NOT NULL DEFAULT '',"
                            " items TEXT NOT NULL DEFAULT '[]',"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " overridden TEXT NOT NULL DEFAULT '[]',"
                            " decided_at TEXT NOT NULL,"
                            " CHECK (outcome != 'supplement' OR deadline != ''),"
                            " CHECK (outcome != 'rejected' OR length(trim(reason)) > 0))"),
             QStringLiteral("CREATE TABLE application_versions ("
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " dossier_json TEXT NOT NULL,"
                            " budget_json TEXT NOT NULL,"
                            " findings_json TEXT NOT NULL,"
                            " screening_json TEXT NOT NULL,"
                            " source_path TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " superseded_at TEXT NOT NULL,"
                            " PRIMARY KEY (application_id, version))"),
             QStringLiteral("CREATE TABLE version_documents ("
                            " application_id INTEGER NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " file_name TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " page_count INTEGER NOT NULL,"
                            " FOREIGN KEY (application_id, version)"
                            "  REFERENCES application_versions(application_id, version) ON DELETE CASCADE)"),
         }},
        // 計畫核定 (004 參、一(二); 捌、一(四)1): a decision to pass records the 核定補助款 and the approved total
        // budget (核定總經費); a decision against the pass mark records why.
        {12,
         {
             QStringLiteral("ALTER TABLE decisions ADD COLUMN approved_subsidy REAL"),
             QStringLiteral("ALTER TABLE decisions ADD COLUMN approved_total REAL"),
             QStringLiteral("ALTER TABLE decisions ADD COLUMN pass_mark_reason TEXT NOT NULL DEFAULT ''"),
         }},
        // 審查時程 (004 捌、二(一)): the one extension by a month of an application's review period, with its
        // reason, for the version of the dossier whose completeness started the clock.
        {13,
         {
             QStringLiteral("CREATE TABLE schedule_extensions ("
                            " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                            " extended_at TEXT NOT NULL,"
                            " PRIMARY KEY (application_id, version))"),
         }},
        // Ties are ordered by the heaviest criterion from now on (docs/consensus.md, "Ties"); a round already
        // finalised keeps the rule its results' digest was computed with (median, then rank sum).
        {14,
         {
             QStringLiteral("INSERT OR IGNORE INTO round_settings(round_id, consensus)"
                            " SELECT DISTINCT round_id, '{}' FROM meeting_events"),
             QStringLiteral(
                 "UPDATE round_settings SET consensus = json_set(consensus, '$.tie_break', 'median_rank_sum')"
                 " WHERE round_id IN (SELECT round_id FROM meeting_events)"),
         }},
        // Scanned attachments and proposals that copy each other (docs/scans-and-similar-proposals.md). A page is
        // `text` (Poppler extracted it), `scan` (image only: no text for its area, waiting for OCR) or `ocr` (its
        // text was recognised, with Tesseract's mean confidence and each word's box as fractions of the page).
        // text_matches holds a round's proposals that share text beyond the template (similarity/TextReuse),
        // replaced whole each time the round is compared.
        {15,
         {
             QStringLiteral("ALTER TABLE pages ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'"
                            " CHECK (kind IN ('text', 'scan', 'ocr'))"),
             QStringLiteral("ALTER TABLE pages ADD COLUMN ocr_confidence REAL"),
             QStringLiteral("ALTER TABLE pages ADD COLUMN ocr_words TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX pages_to_recognise ON pages(kind) WHERE kind = 'scan'"),
             QStringLiteral("CREATE TABLE text_matches ("
                            " id INTEGER PRIMARY KEY,"
                            " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                            " document_a INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                            " document_b INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                            " share_a REAL NOT NULL,"
                            " share_b REAL NOT NULL,"
                            " passages TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX text_matches_by_round ON text_matches(round_id)"),
         }},
    };
    return steps;
}

} // namespace

int currentVersion()
{
    return migrations().back().version;
}

Status migrate(QSqlDatabase& db)
{
    return migrate(db, currentVersion());
}

Status migrate(QSqlDatabase& db, int targetVersion)
{
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Status::from(version);
    const int from = version->toInt();
    for (const Migration& step : migrations()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        sql::Transaction transaction(db);
        if (!transaction.active())
            return Status::failure(transaction.error());
        for (const QString& statement : step.statements) {
            if (auto done = sql::exec(db, statement); !done)
                return Status::failure(QCoreApplication::translate("Store", "schema migration to version %1 failed: %2")
                                           .arg(step.version)
                                           .arg(done.error()));
        }
        // PRAGMAs cannot take bound parameters; both values are our own integers.
        for (const QString& pragma : {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(step.version)}) {
            if (auto done = sql::exec(db, pragma); !done)
                return Status::from(done);
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace rd::schema
