// reviewdesk-cli as scripts use it: exit codes, JSON shapes, refusing duplicates without --replace.
#include "HostileInputs.h"
#include "TestSupport.h"

#include "models/review/ReviewerStore.h"
#include "models/rubric/Rubric.h"
#include "models/signing/Certificates.h"
#include "models/sql/Sql.h"
#include "models/store/Workspace.h"
#include "models/zip/SafeZip.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace rd;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& arguments, const QString& certificateStore = {})
{
    QProcess process;
    if (!certificateStore.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REVIEWDESK_NSS_DIR"), certificateStore);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(REVIEWDESK_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    // Long enough for `demo --final` in a sanitizer build on a busy two-core machine; ctest's own limit
    // (900 s) still ends a command that hangs.
    process.waitForFinished(600000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Every file under `folder` with its size, as a listing to compare before and after.
QStringList listing(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files << it.filePath() + u' ' + QString::number(it.fileInfo().size());
    }
    files.sort();
    return files;
}

qint64 bytesUnder(const QString& folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;
    QString m_dossier;

private Q_SLOTS:
    void initTestCase()
    {
        test::usePdfWorkerOfThisBuild();
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        m_dossier = test::writeDossier(m_dir.filePath(QStringLiteral("in")), test::validApplication());
    }

    void anInterruptedImportLeavesNoWorkerBehind()
    {
        // SIGINT, SIGTERM or SIGKILL while a worker reads a PDF Poppler would be busy with for minutes: the
        // worker dies with the command, and the workspace still opens whole.
        const QString dossier = test::writeDossier(m_dir.filePath(QStringLiteral("bomb-in")),
                                                   test::validApplication(QStringLiteral("22099131")));
        test::writeFormBombPdf(dossier + QStringLiteral("/附件_表單.pdf"), 26);
        for (const int signal : {SIGINT, SIGTERM, SIGKILL}) {
            const QString ws = m_dir.filePath(QStringLiteral("bomb-ws-%1").arg(signal));
            QCOMPARE(cli({QStringLiteral("init"), ws}).exitCode, 0);
            QProcess import;
            import.start(QStringLiteral(REVIEWDESK_CLI_PATH), {QStringLiteral("import"), ws, dossier});
            QVERIFY(import.waitForStarted());
            QList<qint64> workers;
            QElapsedTimer waited;
            waited.start();
            while (workers.isEmpty() && waited.elapsed() < 30000) {
                QTest::qWait(50);
                workers = test::liveWorkersOf(import.processId());
            }
            QVERIFY2(!workers.isEmpty(), "no PDF worker was seen");
            QTest::qWait(500); // into the hostile PDF
            ::kill(pid_t(import.processId()), signal);
            QVERIFY(import.waitForFinished(10000));
            waited.restart();
            while (!std::all_of(workers.cbegin(), workers.cend(), test::isGone) && waited.elapsed() < 5000)
                QTest::qWait(50);
            for (qint64 worker : std::as_const(workers))
                QVERIFY2(test::isGone(worker), qPrintable(QStringLiteral("worker %1 outlived the import").arg(worker)));
            auto opened = Workspace::open(ws, Workspace::Access::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QCOMPARE(sql::scalar((*opened)->db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                     QStringLiteral("ok"));
        }
    }

    void aHostileRoundIsTakenApartCaseByCase()
    {
        // One import of a folder holding every hostile case at once, as the command runs it: each is refused
        // or taken as docs/cli.md says, naming its file; the temporary folder never holds more than a few MB
        // though the bombs would unpack to GBs; nothing is written outside the workspace; no worker outlives the
        // command; and the workspace opens and passes SQLite's integrity check.
        const QString root = m_dir.filePath(QStringLiteral("hostile-round"));
        const QString input = root + QStringLiteral("/input");
        const QString tmp = root + QStringLiteral("/tmp");
        const QString ws = root + QStringLiteral("/ws");
        QVERIFY(QDir().mkpath(input) && QDir().mkpath(tmp));
        QFile secret(root + QStringLiteral("/secret.pdf"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("%PDF-1.4 TOP-SECRET-CONTENT");
        secret.close();

        // ZIPs whose directory lies or whose sizes explode.
        const QByteArray mebibyte(1 << 20, 'x'); // shared by every entry, as the entries share their bytes
        QList<test::RawEntry> overlap = {{"overlap/0.pdf", mebibyte}};
        for (int i = 1; i < 2000; ++i) // 2 GiB unpacked from 1 MiB
            overlap.append(test::RawEntry("overlap/" + QByteArray::number(i) + ".pdf", mebibyte, 3, 0100644, 0));
        test::makeRawZip(input + QStringLiteral("/overlap.zip"), overlap);
        const QByteArray zeros(1 << 20, '\0'); // shared by every entry: 1.2 GiB unpacked from about 1.3 MB
        QMap<QString, QByteArray> small;
        for (int i = 0; i < 1200; ++i)
            small.insert(QStringLiteral("small/%1.pdf").arg(i), zeros);
        test::writeZip(input + QStringLiteral("/small-entries.zip"), small);
        test::makeRawZip(input + QStringLiteral("/claims.zip"), {{"c/a.txt", "a"}, {"c/b.txt", "b"}}, 65534);
        test::makeRawZip(input + QStringLiteral("/case.zip"), {{"d/budget.csv", "a"}, {"d/Budget.CSV", "b"}});
        test::makeRawZip(input + QStringLiteral("/maclink.zip"), {{"m/budget.csv", "/etc/passwd", 19, 0120755}});

        // What Finder writes for a good dossier: taken, its AppleDouble files left out.
        const QString staging = root + QStringLiteral("/staging");
        const QString finder = test::writeDossier(
            staging, test::validApplication(QStringLiteral("22099131"), QStringLiteral("Finder 壓縮的計畫")));
        QList<test::RawEntry> finderEntries;
        for (const QFileInfo& file : QDir(finder).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            finderEntries.append(test::RawEntry("finder/" + file.fileName().toUtf8(), f.readAll()));
            finderEntries.append(
                test::RawEntry("__MACOSX/finder/._" + file.fileName().toUtf8(), QByteArray("\0\5\26\7", 4)));
        }
        finderEntries.append(test::RawEntry("finder/.DS_Store", "Bud1"));
        test::makeRawZip(input + QStringLiteral("/finder.zip"), finderEntries);
        QVERIFY(QDir(staging).removeRecursively());

        // Folder dossiers that reach outside, or carry values that would become paths or poison sums.
        const auto dossier = [&](const QString& title) {
            return test::writeDossier(input, test::validApplication(QStringLiteral("04595257"), title));
        };
        const auto attach = [](const QString& file) {
            return [file](QJsonObject& json) {
                json.insert(QStringLiteral("attachments"),
                            QJsonArray{QJsonObject{{QStringLiteral("file"), file},
                                                   {QStringLiteral("type"), QStringLiteral("proposal")}}});
            };
        };
        test::editManifest(dossier(QStringLiteral("穿越附件")), attach(QStringLiteral("../../secret.pdf")));
        test::editManifest(dossier(QStringLiteral("絕對路徑附件")), attach(QStringLiteral("/etc/hostname")));
        test::editManifest(dossier(QStringLiteral("路徑統編")), [](QJsonObject& json) {
            QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
            applicant.insert(QStringLiteral("ubn"), QStringLiteral("../../../tmp/x/pwned"));
            json.insert(QStringLiteral("applicant"), applicant);
        });
        QByteArray infinite = test::validBudgetCsv();
        infinite.replace("personnel.staff,1500", "personnel.staff,inf");
        test::writeDossier(input, test::validApplication(QStringLiteral("04595257"), QStringLiteral("無限經費")),
                           infinite);
        // A good dossier with a PDF that needs more memory than the worker's share: taken, with a finding.
        const QString heavy = dossier(QStringLiteral("大檔案"));
        test::writeMemoryBombPdf(heavy + QStringLiteral("/附件_大檔.pdf"), 300);

        const QByteArray tmpVariable = "TMPDIR=" + QFile::encodeName(tmp);
        QProcess import;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), tmp);
        environment.insert(QStringLiteral("REVIEWDESK_PDF_MEMORY_MB"), QStringLiteral("256"));
        import.setProcessEnvironment(environment);
        QCOMPARE(cli({QStringLiteral("init"), ws}).exitCode, 0);
        // Everything but the workspace and Qt's runtime folder, which it makes under TMPDIR when
        // XDG_RUNTIME_DIR is not set.
        const QRegularExpression notInWorkspace(
            QStringLiteral("^(?!%1/|%2/runtime-)")
                .arg(QRegularExpression::escape(ws), QRegularExpression::escape(tmp)));
        const QStringList before = listing(root);
        import.start(QStringLiteral(REVIEWDESK_CLI_PATH),
                     {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), ws, input,
                      QStringLiteral("--json")});
        QVERIFY(import.waitForStarted());
        qint64 peak = 0;
        while (!import.waitForFinished(5))
            peak = qMax(peak, bytesUnder(tmp));
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        const QByteArray out = import.readAllStandardOutput();
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(!report.isEmpty(), out.constData());

        QMap<QString, QString> rejected; // file name → error
        for (const QJsonValue& r : report.value(QStringLiteral("rejected")).toArray()) {
            const QString path = r.toObject().value(QStringLiteral("path")).toString();
            rejected.insert(path.section(u'/', -1), r.toObject().value(QStringLiteral("error")).toString());
        }
        const QMap<QString, QString> expected = {
            {QStringLiteral("overlap.zip"), QStringLiteral("overlap")},
            {QStringLiteral("small-entries.zip"), QStringLiteral("bomb")},
            {QStringLiteral("claims.zip"), QStringLiteral("65534")},
            {QStringLiteral("case.zip"), QStringLiteral("Budget.CSV")},
            {QStringLiteral("maclink.zip"), QStringLiteral("symbolic link")},
            {QStringLiteral("04595257_穿越附件"), QStringLiteral("../../secret.pdf")},
            {QStringLiteral("04595257_絕對路徑附件"), QStringLiteral("/etc/hostname")},
            {QStringLiteral("04595257_路徑統編"), QStringLiteral("8 digits")},
            {QStringLiteral("04595257_無限經費"), QStringLiteral("inf")},
        };
        QCOMPARE(QStringList(rejected.keys()), QStringList(expected.keys()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString error = rejected.value(it.key());
            QVERIFY2(error.contains(it.value()), qPrintable(it.key() + QStringLiteral(": ") + error));
            QVERIFY2(!error.contains(QStringLiteral("TOP-SECRET")), qPrintable(error));
        }
        const QJsonArray imported = report.value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 2);

        // The temporary folder: a few MB at most while the bombs were refused, empty afterwards.
        QVERIFY2(peak < qint64(64) << 20, qPrintable(QStringLiteral("%1 bytes").arg(peak)));
        QCOMPARE(QDir(tmp).entryList({QStringLiteral("reviewdesk-*")}, QDir::AllEntries | QDir::Hidden), QStringList());
        // Nothing outside the workspace changed.
        QCOMPARE(listing(root).filter(notInWorkspace), before.filter(notInWorkspace));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/x/pwned-1.pdf")));
        // No worker of this run is left.
        QVERIFY2(test::liveWorkersWithEnvironment(tmpVariable).isEmpty(), "a PDF worker outlived the import");

        auto opened = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(sql::scalar((*opened)->db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
#if !defined(__SANITIZE_ADDRESS__) // a sanitizer build runs its workers without a memory limit
        const Run findings = cli({QStringLiteral("findings"), ws});
        QVERIFY2(findings.out.contains("too large to read"), findings.out.constData());
        QVERIFY2(findings.out.contains("附件_大檔.pdf"), findings.out.constData());
#endif
    }

    void aFinishedRoundThroughTheCommands()
    {
        // The commands of the 共識會議, signatures, the audit trail and archives as a script drives them, on the
        // demo's finished round, with the demo's throwaway certificates in a store of the test's own.
        const QString store = m_dir.filePath(QStringLiteral("finished-nss"));
        const QString ws = m_dir.filePath(QStringLiteral("finished-ws"));
        const Run demo = cli({QStringLiteral("demo"), ws, QStringLiteral("--final")}, store);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        const Run consensus = cli({QStringLiteral("consensus"), ws, QStringLiteral("--json")}, store);
        QCOMPARE(consensus.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(consensus.out).array();
        QVERIFY2(!results.isEmpty(), consensus.out.constData());
        for (const QJsonValue& r : results) // final: every application has its decision
            QVERIFY2(r.toObject().value(QStringLiteral("decision")).isObject(), consensus.out.constData());

        const Run status =
            cli({QStringLiteral("meeting"), QStringLiteral("status"), ws, QStringLiteral("--json")}, store);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("final")).toBool(),
                 status.out.constData());
        // A finalised meeting takes no more decisions.
        const QString ubn = results.first().toObject().value(QStringLiteral("application")).toString();
        QCOMPARE(cli({QStringLiteral("meeting"), QStringLiteral("decide"), ws, ubn, QStringLiteral("--decision"),
                      QStringLiteral("fail"), QStringLiteral("--for"), QStringLiteral("5")},
                     store)
                     .exitCode,
                 1);

        const Run certs = cli({QStringLiteral("certs"), QStringLiteral("list")}, store);
        QCOMPARE(certs.exitCode, 0);
        QVERIFY2(certs.out.contains("ReviewDesk Demo"), certs.out.constData());

        QCOMPARE(cli({QStringLiteral("audit"), ws, QStringLiteral("--verify")}, store).exitCode, 0);
        const Run audit = cli({QStringLiteral("audit"), ws, QStringLiteral("--json")}, store);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(audit.out).array().isEmpty());

        // One PDF signed on its own, then verified.
        const QString summary = m_dir.filePath(QStringLiteral("finished-summary.pdf"));
        QCOMPARE(cli({QStringLiteral("consensus"), ws, QStringLiteral("--pdf"), summary}, store).exitCode, 0);
        const QString signedSummary = m_dir.filePath(QStringLiteral("finished-summary-signed.pdf"));
        const Run sign = cli({QStringLiteral("sign"), summary, QStringLiteral("--sign"),
                              QStringLiteral("ReviewDesk Demo 秘書處"), QStringLiteral("--output"), signedSummary},
                             store);
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        QCOMPARE(cli({QStringLiteral("verify"), signedSummary}, store).exitCode, 0);

        // The archive verifies whole; with one file changed inside it, it does not, and says which.
        const QString archive = m_dir.filePath(QStringLiteral("finished-round.zip"));
        const Run exported = cli({QStringLiteral("archive"), QStringLiteral("export"), ws, archive,
                                  QStringLiteral("--sign"), QStringLiteral("ReviewDesk Demo 秘書處")},
                                 store);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Run verified = cli({QStringLiteral("verify"), archive, QStringLiteral("--json")}, store);
        QVERIFY2(verified.exitCode == 0, verified.out.constData());

        const auto files = SafeZip::readAll(archive, ZipLimits());
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QMap<QString, QByteArray> altered = *files;
        QString changed;
        for (auto it = altered.begin(); it != altered.end(); ++it) {
            if (it.key().endsWith(QStringLiteral(".csv")) || it.key().endsWith(QStringLiteral(".json"))) {
                if (it.key().contains(QStringLiteral("manifest")))
                    continue;
                it.value().append(' ');
                changed = it.key();
                break;
            }
        }
        QVERIFY2(!changed.isEmpty(), qPrintable(QStringList(altered.keys()).join(u' ')));
        const QString tampered = m_dir.filePath(QStringLiteral("finished-tampered.zip"));
        test::writeZip(tampered, altered);
        const Run refused = cli({QStringLiteral("verify"), tampered}, store);
        QCOMPARE(refused.exitCode, 1);
        const QByteArray said = refused.out + refused.err;
        QVERIFY2(said.contains(QFileInfo(changed).fileName().toUtf8()), said.constData());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x")), QStringLiteral("--applications"),
                      QStringLiteral("9999")})
                     .exitCode,
                 2);
    }

    void helpEverywhere()
    {
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        // Every command is in the overview and answers --help with its own usage.
        for (const char* command :
             {"init", "import", "demo", "findings", "search", "screening", "reviewers", "assign", "preliminary",
              "package", "return", "sheet", "consensus", "meeting", "certs", "sign", "archive", "verify", "audit"}) {
            const QByteArray listed = QByteArray("  ") + command + ' ';
            QVERIFY2(top.out.contains(listed), command);
            const Run help = cli({QLatin1String(command), QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, command);
            const QByteArray usage = QByteArray("reviewdesk-cli ") + command;
            QVERIFY2(help.out.contains(usage), command);
        }
        QCOMPARE(cli({QStringLiteral("--version")}).exitCode, 0);
    }

    void initImportFindingsSearch()
    {
        QCOMPARE(cli({QStringLiteral("init"), m_ws}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("init"), m_ws}).exitCode, 1); // already a workspace

        const Run imported = cli({QStringLiteral("import"), m_ws, m_dossier, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
        const QJsonObject first = report.value(QStringLiteral("imported")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("ubn")).toString(), QStringLiteral("04595257"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("範例雲端股份有限公司"));
        QCOMPARE(first.value(QStringLiteral("documents")).toInt(), 9);
        QCOMPARE(first.value(QStringLiteral("pages")).toInt(), 9);
        QVERIFY(report.value(QStringLiteral("rejected")).toArray().isEmpty());

        // The same 統一編號 and title again: refused without --replace, replaced with it.
        const Run again = cli({QStringLiteral("import"), m_ws, m_dossier, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 1);
        const QJsonObject rejected =
            QJsonDocument::fromJson(again.out).object().value(QStringLiteral("rejected")).toArray().first().toObject();
        QCOMPARE(rejected.value(QStringLiteral("path")).toString(), m_dossier);
        QVERIFY(!rejected.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(cli({QStringLiteral("import"), m_ws, m_dossier, QStringLiteral("--replace")}).exitCode, 0);

        const Run findings = cli({QStringLiteral("findings"), m_ws, QStringLiteral("--json")});
        QCOMPARE(findings.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(findings.out).isArray());

        const Run search = cli({QStringLiteral("search"), m_ws, QStringLiteral("資安"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(hits.size(), 9); // one page per document, each naming 資安
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("application")).toString(), QStringLiteral("04595257"));
        QVERIFY(hit.value(QStringLiteral("document")).toString().endsWith(QStringLiteral(".pdf")));
        QCOMPARE(hit.value(QStringLiteral("page")).toInt(), 1);
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("資安")));
    }

    void findingsJsonShape()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws2"));
        QCOMPARE(cli({QStringLiteral("init"), ws}).exitCode, 0);
        QJsonObject app = test::validApplication(QStringLiteral("22099131"), QStringLiteral("分公司申請"));
        QJsonObject applicant = app.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("branch_office"), true);
        app.insert(QStringLiteral("applicant"), applicant);
        const QString dossier = test::writeDossier(m_dir.filePath(QStringLiteral("branch")), app);
        QCOMPARE(cli({QStringLiteral("import"), ws, dossier}).exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(cli({QStringLiteral("findings"), ws, QStringLiteral("--json")}).out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list.first().toObject();
        QCOMPARE(f.value(QStringLiteral("application")).toString(), QStringLiteral("22099131"));
        QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("eligibility.branch_office"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("branch office")));
        QVERIFY(f.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("004 貳、四")));
    }

    void committeeAndAssignment()
    {
        // The application recuses 林孟儒 (written with a space and 台): auto-assignment never picks him.
        const QString ws = m_dir.filePath(QStringLiteral("ws3"));
        QCOMPARE(cli({QStringLiteral("init"), ws}).exitCode, 0);
        QJsonObject app = test::validApplication();
        app.insert(QStringLiteral("recusal_requests"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("林 孟儒")},
                                          {QStringLiteral("organization"), QStringLiteral("國立台灣大學")}}});
        QCOMPARE(cli({QStringLiteral("import"), ws, test::writeDossier(m_dir.filePath(QStringLiteral("coi")), app)})
                     .exitCode,
                 0);
        for (const auto& [name, org] : {std::pair{"林孟儒", "國立臺灣大學資訊工程學系"},
                                        std::pair{"陳怡安", "國立清華大學"}, std::pair{"黃冠霖", "國立成功大學"}})
            QCOMPARE(cli({QStringLiteral("reviewers"), QStringLiteral("add"), ws, QString::fromUtf8(name),
                          QStringLiteral("--organization"), QString::fromUtf8(org)})
                         .exitCode,
                     0);
        const QJsonArray members =
            QJsonDocument::fromJson(
                cli({QStringLiteral("reviewers"), QStringLiteral("list"), ws, QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("林孟儒"));

        // Only an application found 符合 in 資格文件審查 is assigned: first by hand, then automatically.
        const Run early =
            cli({QStringLiteral("assign"), QStringLiteral("add"), ws, QStringLiteral("04595257"), QStringLiteral("2")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("資格文件審查"), early.err.constData());
        const Run none = cli({QStringLiteral("assign"), QStringLiteral("auto"), ws, QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("not_eligible")).toInt(), 1);
        const Run screened = cli({QStringLiteral("screening"), QStringLiteral("clean"), ws});
        QCOMPARE(screened.exitCode, 0);
        QVERIFY2(screened.out.startsWith("1 "), screened.out.constData());

        QCOMPARE(cli({QStringLiteral("assign"), QStringLiteral("auto"), ws, QStringLiteral("--per-application"),
                      QStringLiteral("2")})
                     .exitCode,
                 0);
        const QJsonArray assigned =
            QJsonDocument::fromJson(
                cli({QStringLiteral("assign"), QStringLiteral("list"), ws, QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(assigned.size(), 2);
        for (const QJsonValue& a : assigned)
            QVERIFY(a.toObject().value(QStringLiteral("reviewer")).toInt() != 1);

        // By hand: refused without a reason (exit 1), recorded with one.
        QCOMPARE(
            cli({QStringLiteral("assign"), QStringLiteral("add"), ws, QStringLiteral("04595257"), QStringLiteral("1")})
                .exitCode,
            1);
        QCOMPARE(cli({QStringLiteral("assign"), QStringLiteral("add"), ws, QStringLiteral("04595257"),
                      QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("撤回迴避請求")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("assign"), QStringLiteral("frobnicate"), ws}).exitCode, 2);

        // The secretariat's preliminary opinion, against the rubric frozen for the round.
        QCOMPARE(cli({QStringLiteral("preliminary"), QStringLiteral("set"), ws, QStringLiteral("04595257"),
                      QStringLiteral("SLA 未載明 RPO。"), QStringLiteral("--criterion"),
                      QStringLiteral("cloud_service"), QStringLiteral("--meets"), QStringLiteral("partly")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("preliminary"), QStringLiteral("set"), ws, QStringLiteral("04595257"),
                      QStringLiteral("x"), QStringLiteral("--criterion"), QStringLiteral("price")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("preliminary"), QStringLiteral("set"), ws, QStringLiteral("04595257"),
                      QStringLiteral("x"), QStringLiteral("--meets"), QStringLiteral("maybe")})
                     .exitCode,
                 2);
        const QJsonArray opinions =
            QJsonDocument::fromJson(cli({QStringLiteral("preliminary"), QStringLiteral("list"), ws,
                                         QStringLiteral("04595257"), QStringLiteral("--json")})
                                        .out)
                .array();
        QCOMPARE(opinions.size(), 1);
        QCOMPARE(opinions.first().toObject().value(QStringLiteral("meets")).toString(), QStringLiteral("partly"));
        // More members than there are without a conflict: reported, exit 1.
        QCOMPARE(cli({QStringLiteral("assign"), QStringLiteral("auto"), ws, QStringLiteral("--per-application"),
                      QStringLiteral("5")})
                     .exitCode,
                 1);
    }

    void demoRoundComesWithACommitteeAssignedWithoutConflicts()
    {
        const QString ws = m_dir.filePath(QStringLiteral("demo"));
        const Run demo = cli({QStringLiteral("demo"), ws, QStringLiteral("--applications"), QStringLiteral("6"),
                              QStringLiteral("--reviewers"), QStringLiteral("7"), QStringLiteral("--unscored")});
        QCOMPARE(demo.exitCode, 0);
        auto workspace = Workspace::open(ws, Workspace::Access::ReadOnly);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
        ReviewerStore store((*workspace)->db());
        QCOMPARE(store.reviewers()->size(), 7);
        const qint64 round = ApplicationStore((*workspace)->db()).rounds()->last().id;
        const auto assignments = store.assignments(round);
        // 資格文件審查 of the six: two clean, one supplemented after its 補正 notice (a second version), one not
        // accepted (industry code), two to supplement; the three eligible get 3 members each.
        QCOMPARE(assignments->size(), 9);
        const QJsonArray screened =
            QJsonDocument::fromJson(
                cli({QStringLiteral("screening"), QStringLiteral("list"), ws, QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(screened.size(), 6);
        QMap<QString, int> outcomes;
        int supplemented = 0;
        for (const QJsonValue& v : screened) {
            ++outcomes[v[QStringLiteral("outcome")].toString()];
            supplemented += v[QStringLiteral("version")].toInt() == 2;
        }
        QCOMPARE(outcomes.value(QStringLiteral("eligible")), 3);
        QCOMPARE(outcomes.value(QStringLiteral("supplement")), 2);
        QCOMPARE(outcomes.value(QStringLiteral("rejected")), 1);
        QCOMPARE(supplemented, 1);
        QVERIFY(QFile::exists(ws + QStringLiteral("/supplement-notices/supplement-notices.csv")));
        QSet<qint64> eligible;
        for (const Assignment& a : *assignments)
            eligible.insert(a.applicationId);
        QCOMPARE(eligible.size(), 3);
        for (const Assignment& a : *assignments)
            QVERIFY(store.conflictsOf(a.reviewerId, a.applicationId)->isEmpty());
        // …and that is not for lack of conflicts: some members are named in the applicants' recusal lists.
        int conflicted = 0;
        const auto applications = ApplicationStore((*workspace)->db()).applications(round);
        for (const Reviewer& r : *store.reviewers()) {
            for (const ApplicationSummary& s : *applications)
                conflicted += !store.conflictsOf(r.id, s.id)->isEmpty();
        }
        QVERIFY(conflicted > 0);

        // The demo's scanned statements are read with OCR from the command line, and search finds their text.
        const Run ocr = cli({QStringLiteral("ocr"), ws, QStringLiteral("--json")});
        QCOMPARE(ocr.exitCode, 0);
        const QJsonObject read = QJsonDocument::fromJson(ocr.out).object();
        QVERIFY2(read.value(QStringLiteral("recognised")).toInt() >= 3, ocr.out.constData());
        QCOMPARE(read.value(QStringLiteral("remaining")).toInt(), 0);
        const QJsonArray hits =
            QJsonDocument::fromJson(
                cli({QStringLiteral("search"), ws, QStringLiteral("資產總計"), QStringLiteral("--json")}).out)
                .array();
        QVERIFY(std::any_of(hits.begin(), hits.end(),
                            [](const QJsonValue& hit) { return hit[QStringLiteral("ocr")].toBool(); }));
        // A second run has nothing left to read.
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("ocr"), ws, QStringLiteral("--json")}).out)
                     .object()
                     .value(QStringLiteral("recognised"))
                     .toInt(),
                 0);
    }

    // The whole exchange from the command line: packages out, a member scores, the return comes back.
    void packagesSheetsAndReturns()
    {
        const QString office = m_dir.filePath(QStringLiteral("demo"));
        const QString packages = m_dir.filePath(QStringLiteral("packages"));
        // This round takes unsigned sheets: no member has a registered certificate (signing: tst_signing).
        QCOMPARE(cli({QStringLiteral("consensus"), office, QStringLiteral("--unsigned-returns"), QStringLiteral("yes"),
                      QStringLiteral("--save")})
                     .exitCode,
                 0);
        const Run exported = cli({QStringLiteral("package"), QStringLiteral("export"), office, QStringLiteral("--all"),
                                  QStringLiteral("--output"), packages, QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray written = QJsonDocument::fromJson(exported.out).array();
        QCOMPARE(written.size(), 7);
        const QJsonObject first = written.first().toObject();

        const QString member = m_dir.filePath(QStringLiteral("member"));
        QCOMPARE(cli({QStringLiteral("package"), QStringLiteral("import"),
                      first.value(QStringLiteral("file")).toString(), member})
                     .exitCode,
                 0);
        auto workspace = Workspace::open(member, Workspace::Access::ReadOnly);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
        const QString ubn = ApplicationStore((*workspace)->db()).applications(1)->first().ubn;
        workspace->reset();

        // Out of range: refused with the range, exit 1.
        const Run tooHigh =
            cli({QStringLiteral("sheet"), QStringLiteral("set"), member, ubn, QStringLiteral("--criterion"),
                 QStringLiteral("innovation"), QStringLiteral("--score"), QStringLiteral("16")});
        QCOMPARE(tooHigh.exitCode, 1);
        QVERIFY2(tooHigh.err.contains("between 0 and 15"), tooHigh.err.constData());
        for (const auto& [criterion, score] :
             {std::pair{"innovation", "12"}, std::pair{"cooperation", "8"}, std::pair{"cloud_service", "25"},
              std::pair{"feasibility", "24"}, std::pair{"benefits", "12"}})
            QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("set"), member, ubn, QStringLiteral("--criterion"),
                          QLatin1String(criterion), QStringLiteral("--score"), QLatin1String(score),
                          QStringLiteral("--comment"), QStringLiteral("具體可行")})
                         .exitCode,
                     0);
        // 004 柒、二(二): the member confirms every checklist item.
        const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
        for (const ChecklistItem& check : expert.checklist())
            QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("set"), member, ubn, QStringLiteral("--criterion"),
                          check.id, QStringLiteral("--mark"), QStringLiteral("pass")})
                         .exitCode,
                     0);
        // Not complete yet: the overall comment and recommendation are missing, and the command says so.
        const Run early = cli({QStringLiteral("sheet"), QStringLiteral("complete"), member, ubn});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("overall comment"), early.err.constData());
        const Run last = cli({QStringLiteral("sheet"), QStringLiteral("set"), member, ubn, QStringLiteral("--overall"),
                              QStringLiteral("規劃完整"), QStringLiteral("--recommendation"), QStringLiteral("approve"),
                              QStringLiteral("--json")});
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(last.out).object().value(QStringLiteral("total")).toDouble(), 81.0);
        QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("complete"), member, ubn}).exitCode, 0);

        const QString returned = m_dir.filePath(QStringLiteral("member.rdret"));
        const Run ret = cli({QStringLiteral("return"), QStringLiteral("export"), member, QStringLiteral("--output"),
                             returned, QStringLiteral("--json")});
        QCOMPARE(ret.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ret.out).object().value(QStringLiteral("sheets")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("return"), QStringLiteral("import"), office, returned}).exitCode, 0);
        // The same return again is a replay, refused even with --replace.
        const Run again =
            cli({QStringLiteral("return"), QStringLiteral("import"), office, returned, QStringLiteral("--replace")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("older return"), again.err.constData());
        // The member's next return replaces it, once confirmed.
        const QString second = m_dir.filePath(QStringLiteral("member-2.rdret"));
        QCOMPARE(cli({QStringLiteral("return"), QStringLiteral("export"), member, QStringLiteral("--output"), second})
                     .exitCode,
                 0);
        const Run unconfirmed = cli({QStringLiteral("return"), QStringLiteral("import"), office, second});
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY(unconfirmed.err.contains("--replace"));
        QCOMPARE(cli({QStringLiteral("return"), QStringLiteral("import"), office, second, QStringLiteral("--replace")})
                     .exitCode,
                 0);
        const QJsonArray history =
            QJsonDocument::fromJson(
                cli({QStringLiteral("return"), QStringLiteral("list"), office, QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).toObject().value(QStringLiteral("replaced_at")).isNull());
        QVERIFY(!history.at(1).toObject().value(QStringLiteral("replaced_at")).isNull());
        const QJsonArray sheets =
            QJsonDocument::fromJson(
                cli({QStringLiteral("sheet"), QStringLiteral("list"), office, QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    }

    void eachPartySignsOnItsOwnStoreAndAnAuditorTrustsOnlyTheAuthority()
    {
        // Two members (林孟儒 chairs), the secretariat and an auditor, each with a store of their own that
        // holds their own key and trusts the authority: no store holds another party's certificate.
        const QString keys = m_dir.filePath(QStringLiteral("party-keys"));
        const QString keysFailed = test::makeTestKeys(keys);
        QVERIFY2(keysFailed.isEmpty(), qPrintable(keysFailed));
        const QString password = m_dir.filePath(QStringLiteral("store.pw"));
        const QString p12password = m_dir.filePath(QStringLiteral("p12.pw"));
        for (const auto& [path, secret] : {std::pair{password, "storepass\n"}, std::pair{p12password, "p12pass\n"}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(secret);
        }
        const QString ca = keys + QStringLiteral("/ca.crt");
        const auto storeOf = [&](const QString& party, const QString& p12) {
            const QString store = m_dir.filePath(QStringLiteral("store-") + party);
            if (cli({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--password-file"), password},
                    store)
                    .exitCode != 0)
                return QString();
            if (!p12.isEmpty() &&
                cli({QStringLiteral("certs"), QStringLiteral("import"), keys + QLatin1Char('/') + p12,
                     QStringLiteral("--file-password-file"), p12password, QStringLiteral("--password-file"), password},
                    store)
                        .exitCode != 0)
                return QString();
            if (cli({QStringLiteral("certs"), QStringLiteral("trust"), ca, QStringLiteral("ReviewDesk Test CA"),
                     QStringLiteral("--password-file"), password},
                    store)
                    .exitCode != 0)
                return QString();
            return store;
        };
        const QString lin = storeOf(QStringLiteral("lin"), QStringLiteral("member-a.p12"));
        const QString wu = storeOf(QStringLiteral("wu"), QStringLiteral("member-b.p12"));
        const QString secretariat = storeOf(QStringLiteral("secretariat"), QStringLiteral("secretariat.p12"));
        const QString auditor = storeOf(QStringLiteral("auditor"), {});
        QVERIFY(!lin.isEmpty() && !wu.isEmpty() && !secretariat.isEmpty() && !auditor.isEmpty());
        const auto fingerprint = [&](const QString& name) {
            return signing::fingerprintOfCertificateFile(keys + QLatin1Char('/') + name + QStringLiteral(".crt"))
                .value();
        };

        // The secretariat: the round, its committee and their certificates, the packages.
        const QString office = m_dir.filePath(QStringLiteral("parties-office"));
        QCOMPARE(cli({QStringLiteral("init"), office}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), office, m_dossier}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("screening"), QStringLiteral("clean"), office}).exitCode, 0);
        for (const auto& [name, org] : {std::pair{"林孟儒", "國立清華大學"}, std::pair{"吳承翰", "資訊工業策進會"}})
            QCOMPARE(cli({QStringLiteral("reviewers"), QStringLiteral("add"), office, QString::fromUtf8(name),
                          QStringLiteral("--organization"), QString::fromUtf8(org)})
                         .exitCode,
                     0);
        QCOMPARE(cli({QStringLiteral("assign"), QStringLiteral("auto"), office, QStringLiteral("--per-application"),
                      QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("register"), office, QStringLiteral("1"),
                      fingerprint(QStringLiteral("member-a"))})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("register"), office, QStringLiteral("2"),
                      fingerprint(QStringLiteral("member-b"))})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("certs"), QStringLiteral("secretariat"), office,
                 fingerprint(QStringLiteral("secretariat")), QStringLiteral("--name"), QStringLiteral("審查秘書處")})
                .exitCode,
            0);
        // A committee of two: the round says so (組織準則 第4條 asks for five by default).
        QCOMPARE(cli({QStringLiteral("consensus"), office, QStringLiteral("--committee-minimum"), QStringLiteral("2"),
                      QStringLiteral("--save")})
                     .exitCode,
                 0);
        const QString packages = m_dir.filePath(QStringLiteral("parties-packages"));
        const Run exported = cli({QStringLiteral("package"), QStringLiteral("export"), office, QStringLiteral("--all"),
                                  QStringLiteral("--output"), packages, QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray written = QJsonDocument::fromJson(exported.out).array();
        QCOMPARE(written.size(), 2);

        // Each member scores on their own laptop and signs with their own store.
        const QList<std::pair<QString, QString>> members = {{lin, QStringLiteral("member-a")},
                                                            {wu, QStringLiteral("member-b")}};
        for (int m = 0; m < members.size(); ++m) {
            const auto& [store, nickname] = members.at(m);
            const QString member = m_dir.filePath(QStringLiteral("parties-member-%1").arg(m));
            QCOMPARE(cli({QStringLiteral("package"), QStringLiteral("import"),
                          written.at(m).toObject().value(QStringLiteral("file")).toString(), member})
                         .exitCode,
                     0);
            for (const auto& [criterion, score] :
                 {std::pair{"innovation", "12"}, std::pair{"cooperation", "8"}, std::pair{"cloud_service", "25"},
                  std::pair{"feasibility", "24"}, std::pair{"benefits", "12"}})
                QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("set"), member, QStringLiteral("04595257"),
                              QStringLiteral("--criterion"), QLatin1String(criterion), QStringLiteral("--score"),
                              QLatin1String(score), QStringLiteral("--comment"), QStringLiteral("具體可行")})
                             .exitCode,
                         0);
            const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
            for (const ChecklistItem& check : expert.checklist())
                QCOMPARE(
                    cli({QStringLiteral("sheet"), QStringLiteral("set"), member, QStringLiteral("04595257"),
                         QStringLiteral("--criterion"), check.id, QStringLiteral("--mark"), QStringLiteral("pass")})
                        .exitCode,
                    0);
            QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("set"), member, QStringLiteral("04595257"),
                          QStringLiteral("--overall"), QStringLiteral("規劃完整"), QStringLiteral("--recommendation"),
                          QStringLiteral("approve")})
                         .exitCode,
                     0);
            QCOMPARE(
                cli({QStringLiteral("sheet"), QStringLiteral("complete"), member, QStringLiteral("04595257")}).exitCode,
                0);
            const QString returned = member + QStringLiteral(".rdret");
            const Run ret =
                cli({QStringLiteral("return"), QStringLiteral("export"), member, QStringLiteral("--output"), returned,
                     QStringLiteral("--sign"), nickname, QStringLiteral("--password-file"), password},
                    store);
            QVERIFY2(ret.exitCode == 0, ret.err.constData());
            // The secretariat's store knows neither member's certificate, only the authority.
            const Run imported =
                cli({QStringLiteral("return"), QStringLiteral("import"), office, returned}, secretariat);
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }

        // The meeting, chaired by 林孟儒, who signs the results on his own store.
        QCOMPARE(cli({QStringLiteral("meeting"), QStringLiteral("info"), office, QStringLiteral("--chair"),
                      QStringLiteral("1"), QStringLiteral("--time"), QStringLiteral("2025-03-12 14:00"),
                      QStringLiteral("--place"), QStringLiteral("第一會議室"), QStringLiteral("--recorder"),
                      QStringLiteral("王書記")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("meeting"), QStringLiteral("attend"), office, QStringLiteral("1"), QStringLiteral("2")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("meeting"), QStringLiteral("decide"), office, QStringLiteral("04595257"),
                 QStringLiteral("--decision"), QStringLiteral("pass"), QStringLiteral("--for"), QStringLiteral("2")})
                .exitCode,
            1); // 通過 records its 核定補助款
        QCOMPARE(cli({QStringLiteral("meeting"), QStringLiteral("decide"), office, QStringLiteral("04595257"),
                      QStringLiteral("--decision"), QStringLiteral("pass"), QStringLiteral("--for"),
                      QStringLiteral("2"), QStringLiteral("--approved"), QStringLiteral("2100")})
                     .exitCode,
                 1); // more than the 2,000 requested
        QCOMPARE(cli({QStringLiteral("meeting"), QStringLiteral("decide"), office, QStringLiteral("04595257"),
                      QStringLiteral("--decision"), QStringLiteral("pass"), QStringLiteral("--for"),
                      QStringLiteral("2"), QStringLiteral("--approved"), QStringLiteral("1800")})
                     .exitCode,
                 0);
        const Run final = cli({QStringLiteral("meeting"), QStringLiteral("finalise"), office});
        QVERIFY2(final.exitCode == 0, final.err.constData());
        const Run chairSigned = cli({QStringLiteral("sign"), office, QStringLiteral("--sign"),
                                     QStringLiteral("member-a"), QStringLiteral("--password-file"), password},
                                    lin);
        QVERIFY2(chairSigned.exitCode == 0, chairSigned.err.constData());

        // The secretariat archives and signs on its store; the auditor verifies with the authority alone.
        const QString archive = m_dir.filePath(QStringLiteral("parties.rdarc"));
        const Run archived =
            cli({QStringLiteral("archive"), QStringLiteral("export"), office, archive, QStringLiteral("--sign"),
                 QStringLiteral("secretariat"), QStringLiteral("--password-file"), password},
                secretariat);
        QVERIFY2(archived.exitCode == 0, archived.err.constData());
        // The auditor knows the secretariat's certificate from outside the archive.
        const Run verified = cli({QStringLiteral("verify"), archive, QStringLiteral("--json"),
                                  QStringLiteral("--secretariat"), fingerprint(QStringLiteral("secretariat"))},
                                 auditor);
        const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
        QStringList failed;
        QStringList roles;
        for (const QJsonValue& v : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("state")) != QLatin1String("passed"))
                failed << c.value(QStringLiteral("subject")).toString() + QStringLiteral(": ") +
                              c.value(QStringLiteral("detail")).toString();
            if (c.contains(QStringLiteral("signature_state")))
                roles << c.value(QStringLiteral("role")).toString();
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        roles.sort();
        // Two 評分表 by members, the 總表 and the minutes by the chair, the certificate by the secretariat.
        QCOMPARE(roles, (QStringList{QStringLiteral("chair"), QStringLiteral("chair"), QStringLiteral("member"),
                                     QStringLiteral("member"), QStringLiteral("secretariat")}));
        QCOMPARE(verified.exitCode, 0);
    }

    void theDemosFinalRoundIsArchivedOnTheSecretariatsStoreAndVerifiedOnTheAuditors()
    {
        // The demo signs its members' sheets and the chair's documents in the store it makes; the secretariat
        // then archives with a store holding its own key alone, and the auditor verifies with the authority alone.
        const QString demoStore = m_dir.filePath(QStringLiteral("demo-store"));
        const QString office = m_dir.filePath(QStringLiteral("demo-final"));
        const Run demo = cli({QStringLiteral("demo"), office, QStringLiteral("--applications"), QStringLiteral("6"),
                              QStringLiteral("--reviewers"), QStringLiteral("5"), QStringLiteral("--final")},
                             demoStore);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const auto tool = [](const QString& program, const QStringList& arguments) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(program, arguments);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), process.readAll()};
        };
        QString authority;
        for (const QByteArray& line : tool(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"),
                                                                        QStringLiteral("sql:") + demoStore})
                                          .second.split('\n'))
            if (line.startsWith("ReviewDesk Demo CA"))
                authority = QString::fromUtf8(line).section(QStringLiteral("  "), 0, 0).trimmed();
        QVERIFY(!authority.isEmpty());
        const auto [pemExit, pem] = tool(
            QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + demoStore,
                                         QStringLiteral("-n"), authority, QStringLiteral("-a")});
        QCOMPARE(pemExit, 0);
        const QString ca = m_dir.filePath(QStringLiteral("demo-ca.pem"));
        const QString p12 = m_dir.filePath(QStringLiteral("demo-secretariat.p12"));
        const QString p12password = m_dir.filePath(QStringLiteral("demo-p12.pw"));
        for (const auto& [path, content] : {std::pair{ca, pem}, std::pair{p12password, QByteArray("p12pass\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QCOMPARE(tool(QStringLiteral("pk12util"),
                      {QStringLiteral("-o"), p12, QStringLiteral("-n"), QStringLiteral("ReviewDesk Demo 秘書處"),
                       QStringLiteral("-d"), QStringLiteral("sql:") + demoStore, QStringLiteral("-w"), p12password})
                     .first,
                 0);
        const QString secretariat = m_dir.filePath(QStringLiteral("demo-secretariat-store"));
        const QString auditor = m_dir.filePath(QStringLiteral("demo-auditor-store"));
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("create")}, secretariat).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("import"), p12, QStringLiteral("--file-password-file"),
                      p12password},
                     secretariat)
                     .exitCode,
                 0);
        for (const QString& store : {secretariat, auditor}) {
            if (store == auditor)
                QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("create")}, store).exitCode, 0);
            QCOMPARE(
                cli({QStringLiteral("certs"), QStringLiteral("trust"), ca, QStringLiteral("Demo CA")}, store).exitCode,
                0);
        }
        // The secretariat's store holds one key, its own, and no member's certificate.
        const QByteArray held = tool(QStringLiteral("certutil"),
                                     {QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + secretariat})
                                    .second;
        QVERIFY2(held.contains("秘書處") && !held.contains("委員"), held.constData());

        const QString archive = m_dir.filePath(QStringLiteral("demo-final.rdarc"));
        const Run archived = cli({QStringLiteral("archive"), QStringLiteral("export"), office, archive,
                                  QStringLiteral("--sign"), QStringLiteral("ReviewDesk Demo 秘書處")},
                                 secretariat);
        QVERIFY2(archived.exitCode == 0, archived.err.constData());
        const Run verified = cli({QStringLiteral("verify"), archive, QStringLiteral("--json")}, auditor);
        QStringList failed;
        int signatures = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            signatures += c.contains(QStringLiteral("signature_state"));
            if (c.value(QStringLiteral("state")) != QLatin1String("passed"))
                failed << c.value(QStringLiteral("subject")).toString() + QStringLiteral(": ") +
                              c.value(QStringLiteral("detail")).toString();
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QVERIFY(signatures > 10);
        QCOMPARE(verified.exitCode, 0);
    }

    void consensusExportsWithoutSaveAreWrittenAndOnTheTrail()
    {
        const QString ws = m_dir.filePath(QStringLiteral("exports"));
        QCOMPARE(cli({QStringLiteral("demo"), ws, QStringLiteral("--applications"), QStringLiteral("4"),
                      QStringLiteral("--reviewers"), QStringLiteral("5"), QStringLiteral("--unsigned")})
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("總表.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("總表.pdf"));
        const Run exported =
            cli({QStringLiteral("consensus"), ws, QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(QFileInfo(csv).size() > 0 && QFileInfo(pdf).size() > 0);
        const QJsonArray trail = QJsonDocument::fromJson(cli({QStringLiteral("audit"), ws, QStringLiteral("--action"),
                                                              QStringLiteral("export"), QStringLiteral("--json")})
                                                             .out)
                                     .array();
        QStringList files;
        for (const QJsonValue& v : trail)
            files << v.toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("file")).toString();
        QVERIFY2(files.contains(QStringLiteral("總表.csv")) && files.contains(QStringLiteral("總表.pdf")),
                 qPrintable(files.join(QLatin1Char(','))));
    }

    void missingWorkspaceExitsOne()
    {
        const Run run = cli({QStringLiteral("findings"), m_dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nowhere"));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
