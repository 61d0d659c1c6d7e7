#pragma once

#include "models/store/ApplicationStore.h"
#include "models/store/Workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace rd::test {

// Ends the test run with the failure's message when a fixture cannot be set up, in every build.
void requireOk(const Status& status, const char* where);

// A plain SQLite connection to a database file (not a workspace), closed when the object goes.
class ScratchDatabase final
{
public:
    explicit ScratchDatabase(const QString& file);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    QSqlDatabase db() const;

private:
    QString m_name;
};

// Points the importer at the PDF worker of this build.
void usePdfWorkerOfThisBuild();

// A new workspace with one DIGITAL+ 2025 round, in a temporary folder that lives as long as the object.
struct TempWorkspace
{
    TempWorkspace();
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 roundId = 0;
    ApplicationStore store() const { return ApplicationStore(workspace->db()); }
    QString path() const { return dir.path() + QStringLiteral("/ws"); }
};

// A valid application.json (every rule passes) that tests then bend.
QJsonObject validApplication(const QString& ubn = QStringLiteral("04595257"),
                             const QString& title = QStringLiteral("中小零售業雲端進銷存導入計畫"));

// A budget CSV that passes every budget rule: total 5,000, subsidy 2,000, security 500 (10 %).
QByteArray validBudgetCsv();

// Writes a complete dossier folder (application.json, budget.csv, one small PDF of every required type).
QString writeDossier(const QString& parent, const QJsonObject& application,
                     const QByteArray& budgetCsv = validBudgetCsv());

// Rewrites the application.json of a dossier folder written by writeDossier.
void editManifest(const QString& folder, const std::function<void(QJsonObject&)>& edit);

// A one-page PDF with the given text, made with the project's own PDF writer.
void writePdf(const QString& path, const QString& text);

} // namespace rd::test

namespace rd::test {

// Records 資格文件審查 as 符合 for the application's current version directly, as a fixture for what follows
// screening (assignment, packages, consensus); tst_screening tests the screening itself.
void markEligible(const TempWorkspace& ws, qint64 applicationId);

// Stores an application (built from validApplication) in the workspace's round without PDFs, found 符合.
qint64 addApplication(const TempWorkspace& ws, const QString& ubn, const QString& title);

// Stores an application with one readable PDF whose single page says `text`, found 符合.
qint64 addApplicationWithDocument(const TempWorkspace& ws, const QJsonObject& application, const QString& text);
// The same with one readable one-page PDF per (type, text): its file name is `type`.pdf.
qint64 addApplicationWithDocuments(const TempWorkspace& ws, const QJsonObject& application,
                                   const QList<std::pair<QString, QString>>& documents);

// Writes a ZIP with exactly these entries (for tampering with packages, returns and archives).
void writeZip(const QString& path, const QMap<QString, QByteArray>& entries);

// Writes every file under `folder` into a ZIP, named relative to the folder.
void zipFolder(const QString& zipPath, const QString& folder);

// Freezes an installed rubric for the workspace's round.
void freezeRubric(const TempWorkspace& ws, const QString& rubricId = QStringLiteral("digitalplus-2025-expert"));

// Lets the round take unsigned sheets from members without a registered certificate, as a round that does not
// sign says in its settings; tests of packages and the meeting that are not about signatures use it.
void acceptUnsignedReturns(const TempWorkspace& ws);

// Lets the round's committee be as small as the fixtures' two to four members (組織準則 第4條 asks for five to
// seventeen; tst_meeting tests that rule itself).
void allowSmallCommittee(const TempWorkspace& ws);

// Throwaway keys made fresh in `folder` by tests/data/make-test-keys.sh (what it makes is listed there);
// empty when it worked, else the script's output.
QString makeTestKeys(const QString& folder);

} // namespace rd::test
