#pragma once

#include "models/core/OcrText.h"
#include "models/core/Result.h"
#include "models/dossier/Dossier.h"
#include "models/rubric/Rubric.h"
#include "models/rules/ApplicationFacts.h"
#include "models/rules/Finding.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace rd {

struct Round
{
    qint64 id = 0;
    QString name;
    QString program;
    QString ruleset;
    QDateTime createdAt;
};

// One attachment as the importer hands it over: classified, stored as a blob, its text extracted.
struct RecognisedPage
{
    int page = 0;           // 1-based
    double confidence = -1; // Tesseract's mean, 0..100; -1 when OCR could not read the page
    QList<ocr::Word> words;
};

struct ParsedDocument
{
    QString fileName;
    QString type;
    QString sha256;
    qint64 size = 0;
    bool readable = true;
    QString problem;
    QStringList pages;
    QList<bool> scanned;              // per page: image only, to be recognised (OCR)
    QList<RecognisedPage> recognised; // pages already read by OCR (a package's copy of a scanned document)
};

struct ParsedDossier
{
    QString sourcePath;
    Dossier dossier;
    Budget budget;
    QList<ParsedDocument> documents;
};

struct DocumentRecord
{
    qint64 id = 0;
    QString fileName;
    QString type;
    QString sha256;
    qint64 size = 0;
    int pageCount = 0;
    bool readable = true;
    QString problem;
    int scannedPages = 0;    // pages that are images only (recognised or waiting for OCR)
    int recognisedPages = 0; // of those, the pages OCR has read
};

struct ApplicationSummary
{
    qint64 id = 0;
    qint64 roundId = 0;
    QString ubn;
    QString applicantName;
    QString title;
    Category category = Category::Industry;
    double requestedSubsidy = 0;
    int documents = 0;
    int pages = 0;
    int errors = 0;
    int warnings = 0;
    int version = 1; // 1, then one more for each supplemented (補正) dossier
};

struct ApplicationRecord
{
    ApplicationSummary summary;
    Dossier dossier;
    Budget budget;
    QList<DocumentRecord> documents;
    QList<Finding> findings;
    QString sourcePath;
    QDateTime importedAt;
};

struct RoundFinding
{
    Finding finding;
    QString ubn;
    QString applicantName;
};

// Reads and writes the domain tables of a workspace. Every multi-row change runs in one transaction.
class ApplicationStore final
{
public:
    explicit ApplicationStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // With a rubric id, the round freezes that rubric in the same transaction.
    Result<qint64> createRound(const QString& name, const QString& program, const QString& ruleset,
                               const QString& rubricId = {});
    // Freezes the rubric a round is scored with. A round keeps the rubric it has: freezing another one
    // (another id, version or byte) is refused.
    Status freezeRubric(qint64 roundId, const Rubric& rubric);
    // The rubric frozen for the round, read from the workspace, not from the installed files.
    Result<Rubric> roundRubric(qint64 roundId) const;
    Result<QList<Round>> rounds() const;
    Result<Round> round(qint64 id) const;

    // The application of the round with the same 統一編號 and proposal title, or 0.
    Result<qint64> findExisting(qint64 roundId, const QString& ubn, const QString& title) const;

    // Inserts a dossier in one transaction and marks the round's findings stale. With `replaceId` the dossier
    // becomes the next version of that application (a 補正): it keeps its id, assignments and history, and the
    // current version — dossier, budget, documents, findings and 資格文件審查 outcome — is kept in
    // application_versions. `beforeCommit` is asked last and may veto (cancel) without leaving a trace.
    Result<qint64> insert(qint64 roundId, const ParsedDossier& parsed, qint64 replaceId,
                          const std::function<bool()>& beforeCommit = {});

    // Removes an application with its documents, pages and index entries.
    Status remove(qint64 applicationId);

    Result<QList<ApplicationSummary>> applications(qint64 roundId) const;
    Result<DocumentRecord> document(qint64 documentId) const;
    Result<ApplicationRecord> application(qint64 applicationId) const;
    Result<QList<RoundFinding>> findings(qint64 roundId) const;
    Result<QStringList> pageTexts(qint64 documentId) const;
    // The pages of a scanned document OCR has read: 1-based page number → confidence and words.
    Result<QList<RecognisedPage>> recognisedPages(qint64 documentId) const;

    // What the rules look at for each application of the round.
    Result<QList<ApplicationFacts>> facts(qint64 roundId) const;
    // Replaces the round's stored findings in one transaction and marks them fresh. The store keeps
    // findings; evaluating rules is the caller's (screening/RoundFindings).
    Status replaceFindings(qint64 roundId, const QList<Finding>& findings);
    // True while an import or a change of dossier has left the round's findings to be recomputed.
    Result<bool> findingsStale(qint64 roundId) const;

private:
    Status removeWithin(qint64 applicationId);
    Status unindexPagesOf(qint64 applicationId);
    // Moves the current version of an application into the history tables; returns its version number.
    Result<int> supersedeWithin(qint64 applicationId);
    Status freezeRubricWithin(qint64 roundId, const Rubric& rubric);
    // Summaries of the applications matching `condition` (an SQL condition on `a` with one parameter).
    Result<QList<ApplicationSummary>> summaries(const char* condition, qint64 value) const;
    Result<Budget> budget(qint64 applicationId) const;
    Result<QList<DocumentRecord>> documents(qint64 applicationId) const;

    QSqlDatabase m_db;
};

} // namespace rd
