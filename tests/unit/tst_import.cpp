// Importing batches: whole dossiers or nothing, the rest of the batch goes on, duplicates, ZIPs, hostile
// input, cancellation, and the demo round with its documented breaches.
#include "TestSupport.h"

#include "models/demo/DemoGenerator.h"
#include "models/demo/DemoRound.h"
#include "models/importer/DossierDiscovery.h"
#include "models/importer/ImportJob.h"
#include "models/importer/OcrJob.h"
#include "models/sql/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <functional>
#include <unistd.h>

using namespace rd;

namespace {

int blobCount(const Workspace& ws)
{
    int n = 0;
    QDirIterator it(ws.blobs().root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

int count(const Workspace& ws, const char* table)
{
    return sql::scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))->toInt();
}

ImportReport runImport(const test::TempWorkspace& ws, const QStringList& paths,
                       ImportJob::OnDuplicate onDuplicate = ImportJob::OnDuplicate::Refuse)
{
    ImportJob job(ws.workspace->location(), ws.roundId, paths);
    job.setOnDuplicate(onDuplicate);
    return job.run();
}

QStringList rules(const test::TempWorkspace& ws)
{
    QStringList ids;
    const auto findings = ws.store().findings(ws.roundId);
    for (const RoundFinding& f : *findings)
        ids << f.finding.rule;
    return ids;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_input;

private Q_SLOTS:
    void initTestCase() { test::usePdfWorkerOfThisBuild(); }

    // The demo's addresses name a district of their own city (中壢區 is in 桃園市, never in 嘉義市): checked
    // against the districts as the 內政部 lists them, not against the generator's own table.
    void demoAddressesPairDistrictsWithTheirCities()
    {
        const QHash<QString, QStringList> districts = {
            {QStringLiteral("臺北市"), {QStringLiteral("中正區"), QStringLiteral("大安區"), QStringLiteral("信義區")}},
            {QStringLiteral("新北市"), {QStringLiteral("板橋區"), QStringLiteral("新莊區"), QStringLiteral("三重區")}},
            {QStringLiteral("桃園市"), {QStringLiteral("中壢區"), QStringLiteral("桃園區"), QStringLiteral("平鎮區")}},
            {QStringLiteral("臺中市"), {QStringLiteral("西屯區"), QStringLiteral("北屯區"), QStringLiteral("南屯區")}},
            {QStringLiteral("臺南市"), {QStringLiteral("東區"), QStringLiteral("永康區"), QStringLiteral("安平區")}},
            {QStringLiteral("高雄市"), {QStringLiteral("苓雅區"), QStringLiteral("前鎮區"), QStringLiteral("左營區")}},
            {QStringLiteral("新竹縣"), {QStringLiteral("竹北市"), QStringLiteral("竹東鎮"), QStringLiteral("湖口鄉")}},
            {QStringLiteral("彰化縣"), {QStringLiteral("員林市"), QStringLiteral("彰化市"), QStringLiteral("鹿港鎮")}},
            {QStringLiteral("嘉義市"), {QStringLiteral("東區"), QStringLiteral("西區")}},
            {QStringLiteral("宜蘭縣"), {QStringLiteral("宜蘭市"), QStringLiteral("羅東鎮"), QStringLiteral("礁溪鄉")}},
            {QStringLiteral("花蓮縣"), {QStringLiteral("花蓮市"), QStringLiteral("吉安鄉"), QStringLiteral("壽豐鄉")}},
            {QStringLiteral("屏東縣"), {QStringLiteral("屏東市"), QStringLiteral("潮州鎮"), QStringLiteral("東港鎮")}},
        };
        QSet<QString> citiesSeen;
        for (const demo::DemoApplication& a : demo::buildRound(20261203, 300)) {
            QVERIFY2(districts.contains(a.city), qPrintable(a.city));
            QVERIFY2(a.address.startsWith(a.city), qPrintable(a.address));
            const QString rest = a.address.mid(a.city.size());
            const QStringList& own = districts.value(a.city);
            QVERIFY2(std::any_of(own.cbegin(), own.cend(), [&](const QString& d) { return rest.startsWith(d); }),
                     qPrintable(a.address));
            citiesSeen.insert(a.city);
        }
        QCOMPARE(citiesSeen.size(), districts.size()); // every city was drawn, so every pairing was checked
    }

    void importsADossierFolder()
    {
        test::TempWorkspace ws;
        const QString folder = test::writeDossier(m_input.filePath(QStringLiteral("one")), test::validApplication());
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.rejected.size(), 0);
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.imported.first().ubn, QStringLiteral("04595257"));
        QCOMPARE(report.imported.first().documents, 9);
        QCOMPARE(report.imported.first().pages, 9);
        QCOMPARE(rules(ws), QStringList()); // the valid dossier breaks no rule
        auto record = ws.store().application(report.imported.first().applicationId);
        QVERIFY(record.ok());
        QCOMPARE(record->documents.size(), 9);
        for (const DocumentRecord& d : record->documents)
            QVERIFY(ws.workspace->blobs().verify(d.sha256));
    }

    void eachDossierIsAllOrNothingAndTheBatchGoesOn()
    {
        test::TempWorkspace ws;
        const QString batch = m_input.filePath(QStringLiteral("batch"));
        test::writeDossier(batch, test::validApplication());
        QJsonObject noTitle = test::validApplication(QStringLiteral("22099131"));
        QJsonObject proposal = noTitle.value(QStringLiteral("proposal")).toObject();
        proposal.insert(QStringLiteral("title"), QStringLiteral("缺少期間的計畫"));
        proposal.remove(QStringLiteral("period"));
        noTitle.insert(QStringLiteral("proposal"), proposal);
        test::writeDossier(batch, noTitle);
        test::writeDossier(batch, test::validApplication(QStringLiteral("10000073"), QStringLiteral("沒有預算表")),
                           QByteArray());
        QDir().mkpath(batch + QStringLiteral("/not-a-dossier"));

        const ImportReport report = runImport(ws, {batch});
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.rejected.size(), 3);
        QStringList errors;
        for (const auto& r : report.rejected)
            errors << r.path + QStringLiteral(": ") + r.error;
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("proposal.period")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("budget.csv or budget.xlsx is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("not-a-dossier")), qPrintable(all));
        QCOMPARE(count(*ws.workspace, "applications"), 1);
        QCOMPARE(count(*ws.workspace, "documents"), 9);
        // The rejected dossiers left no blob behind (the good one's nine PDFs share no content).
        QCOMPARE(blobCount(*ws.workspace), 9);
    }

    void everyUploadIsKeptAndOnlyPdfsAreRead()
    {
        // 004 肆: uploads are PDF files. A Word file is kept as a document and named by documents.format; the
        // folder's hidden files are no uploads.
        test::TempWorkspace ws;
        const QString folder =
            test::writeDossier(m_input.filePath(QStringLiteral("uploads")), test::validApplication());
        for (const char* name : {"計畫書補充說明.docx", ".DS_Store"}) {
            QFile extra(folder + u'/' + QString::fromUtf8(name));
            QVERIFY(extra.open(QIODevice::WriteOnly));
            extra.write("PK\x03\x04 a word processor's file");
        }
        // A PDF in a sub-folder and a hidden one are not taken, and the report says so with the reason.
        QVERIFY(QDir(folder).mkpath(QStringLiteral("附件")));
        test::writePdf(folder + QStringLiteral("/附件/補充資料_範例.pdf"), QStringLiteral("補充"));
        test::writePdf(folder + QStringLiteral("/.暫存.pdf"), QStringLiteral("暫存"));
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.imported.first().documents, 10);
        const QString leftOut = report.imported.first().leftOut.join(u'\n');
        QVERIFY2(leftOut.contains(QStringLiteral("附件/: a folder")), qPrintable(leftOut));
        QVERIFY2(leftOut.contains(QStringLiteral(".暫存.pdf: a hidden or system file")), qPrintable(leftOut));
        QVERIFY2(leftOut.contains(QStringLiteral(".DS_Store")), qPrintable(leftOut));
        auto record = ws.store().application(report.imported.first().applicationId);
        QVERIFY(record.ok());
        const auto docx =
            std::find_if(record->documents.cbegin(), record->documents.cend(),
                         [](const DocumentRecord& d) { return d.fileName.endsWith(QLatin1String(".docx")); });
        QVERIFY(docx != record->documents.cend());
        QVERIFY(ws.workspace->blobs().verify(docx->sha256));
        QCOMPARE(rules(ws), QStringList{QStringLiteral("documents.format")});
    }

    void attachmentsListRules_data()
    {
        QTest::addColumn<QJsonArray>("attachments");
        QTest::addColumn<bool>("withXlsxToo");
        QTest::addColumn<QString>("error");
        QTest::newRow("listed file missing")
            << QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("不存在.pdf")},
                                      {QStringLiteral("type"), QStringLiteral("proposal")}}}
            << false << QStringLiteral("不存在.pdf");
        QTest::newRow("unknown type") << QJsonArray{QJsonObject{
                                             {QStringLiteral("file"), QStringLiteral("簡報_範例雲端股份有限公司.pdf")},
                                             {QStringLiteral("type"), QStringLiteral("brochure")}}}
                                      << false << QStringLiteral("brochure");
        QTest::newRow("both budget files") << QJsonArray() << true << QStringLiteral("budget.xlsx");
    }
    void attachmentsListRules()
    {
        QFETCH(QJsonArray, attachments);
        QFETCH(bool, withXlsxToo);
        QFETCH(QString, error);
        test::TempWorkspace ws;
        QJsonObject app = test::validApplication();
        if (!attachments.isEmpty())
            app.insert(QStringLiteral("attachments"), attachments);
        const QString folder = test::writeDossier(m_input.filePath(QString::fromLatin1(QTest::currentDataTag())), app);
        if (withXlsxToo)
            QFile::copy(folder + QStringLiteral("/budget.csv"), folder + QStringLiteral("/budget.xlsx"));
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.imported.size(), 0);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(report.rejected.first().error.contains(error), qPrintable(report.rejected.first().error));
        QCOMPARE(count(*ws.workspace, "applications"), 0);
    }

    void listedTypeOverridesTheFileName()
    {
        // 簡報 in the name says slides; the dossier says it is the proposal, and the dossier wins.
        test::TempWorkspace ws;
        QJsonObject app = test::validApplication();
        app.insert(QStringLiteral("attachments"),
                   QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("簡報_範例雲端股份有限公司.pdf")},
                                          {QStringLiteral("type"), QStringLiteral("proposal")}}});
        const QString folder = test::writeDossier(m_input.filePath(QStringLiteral("override")), app);
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.imported.size(), 1);
        auto record = ws.store().application(report.imported.first().applicationId);
        for (const DocumentRecord& d : record->documents) {
            if (d.fileName.startsWith(QStringLiteral("簡報")))
                QCOMPARE(d.type, QStringLiteral("proposal"));
        }
        // With the slides now counted as a second proposal, 簡報 is missing: 補件.
        QVERIFY(rules(ws).contains(QStringLiteral("documents.required")));
    }

    void duplicateIsRefusedUnlessReplaced()
    {
        test::TempWorkspace ws;
        const QString folder = test::writeDossier(m_input.filePath(QStringLiteral("dup")), test::validApplication());
        QCOMPARE(runImport(ws, {folder}).imported.size(), 1);
        const ImportReport refused = runImport(ws, {folder});
        QCOMPARE(refused.imported.size(), 0);
        QCOMPARE(refused.rejected.size(), 1);
        QVERIFY(refused.rejected.first().error.contains(QStringLiteral("04595257")));
        QVERIFY(refused.rejected.first().keptExisting);
        QCOMPARE(refused.keptExisting(), 1);
        const ImportReport replaced = runImport(ws, {folder}, ImportJob::OnDuplicate::Replace);
        QCOMPARE(replaced.imported.size(), 1);
        QVERIFY(replaced.imported.first().replaced);
        QCOMPARE(count(*ws.workspace, "applications"), 1);
        QCOMPARE(count(*ws.workspace, "documents"), 9);
        QCOMPARE(count(*ws.workspace, "pages"), 9);
    }

    void askingWaitsForTheAnswer()
    {
        test::TempWorkspace ws;
        const QString folder = test::writeDossier(m_input.filePath(QStringLiteral("ask")), test::validApplication());
        QCOMPARE(runImport(ws, {folder}).imported.size(), 1);
        ImportJob job(ws.workspace->location(), ws.roundId, {folder});
        job.setOnDuplicate(ImportJob::OnDuplicate::Ask);
        int asked = 0;
        connect(
            &job, &ImportJob::replaceRequested, this,
            [&](const QString& ubn) {
                ++asked;
                QCOMPARE(ubn, QStringLiteral("04595257"));
                job.answerReplace(true);
            },
            Qt::DirectConnection);
        const ImportReport report = job.run();
        QCOMPARE(asked, 1);
        QCOMPARE(report.imported.size(), 1);
        QVERIFY(report.imported.first().replaced);
    }

    void sameCompanyWithAnotherProposalIsKeptAndFlagged()
    {
        test::TempWorkspace ws;
        const QString batch = m_input.filePath(QStringLiteral("twice"));
        test::writeDossier(batch, test::validApplication());
        QJsonObject second = test::validApplication(QStringLiteral("04595257"), QStringLiteral("第二個提案"));
        test::writeDossier(batch, second);
        const ImportReport report = runImport(ws, {batch});
        QCOMPARE(report.imported.size(), 2);
        QCOMPARE(rules(ws).count(QStringLiteral("round.duplicate_applicant")), 2);
    }

    // --- what leaves the dossier ---------------------------------------------------------------------------

    // Rewrites a written dossier's application.json through `edit`.
    void anAttachmentOutsideTheDossierIsRefusedBeforeAnyRead()
    {
        // An existing file outside and a missing one are refused alike: the answer tells nothing about either.
        for (const char* outside : {"../../../../etc/passwd", "/etc/hostname", "../../../../no/such/file"}) {
            test::TempWorkspace ws;
            const QString folder = test::writeDossier(
                m_input.filePath(QStringLiteral("outside-%1").arg(qHash(outside))), test::validApplication());
            test::editManifest(folder, [outside](QJsonObject& json) {
                json.insert(QStringLiteral("attachments"),
                            QJsonArray{QJsonObject{{QStringLiteral("file"), QString::fromUtf8(outside)},
                                                   {QStringLiteral("type"), QStringLiteral("proposal")}}});
            });
            const ImportReport report = runImport(ws, {folder});
            QCOMPARE(report.imported.size(), 0);
            QCOMPARE(report.rejected.size(), 1);
            QVERIFY2(report.rejected.first().error.contains(QStringLiteral("which is not in the dossier")),
                     qPrintable(report.rejected.first().error));
            QCOMPARE(count(*ws.workspace, "documents"), 0);
        }
    }

    void linksInADossierFolderAreRefusedNeverFollowed()
    {
        QFile secret(m_input.filePath(QStringLiteral("secret.csv")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("item,subsidy,self_funded,security\nTOP-SECRET-CONTENT,1,1,0\n");
        secret.close();
        for (const char* linked : {"budget.csv", "application.json"}) {
            test::TempWorkspace ws;
            const QString folder = test::writeDossier(
                m_input.filePath(QStringLiteral("link-%1").arg(QString::fromUtf8(linked))), test::validApplication());
            const QString target = folder + u'/' + QString::fromUtf8(linked);
            if (QString::fromUtf8(linked) == QLatin1String("application.json"))
                QVERIFY(QFile::rename(target, m_input.filePath(QStringLiteral("elsewhere.json"))));
            else
                QVERIFY(QFile::remove(target));
            QVERIFY(QFile::link(QString::fromUtf8(linked) == QLatin1String("application.json")
                                    ? m_input.filePath(QStringLiteral("elsewhere.json"))
                                    : secret.fileName(),
                                target));
            const ImportReport report = runImport(ws, {folder});
            QCOMPARE(report.imported.size(), 0);
            QCOMPARE(report.rejected.size(), 1);
            const QString error = report.rejected.first().error;
            QVERIFY2(error.contains(QStringLiteral("symbolic link")) && error.contains(QString::fromUtf8(linked)),
                     qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("TOP-SECRET")), qPrintable(error));
        }
    }

    void aUbnIsEightDigitsOrTheDossierIsRefused()
    {
        test::TempWorkspace ws;
        const QString hostile =
            test::writeDossier(m_input.filePath(QStringLiteral("ubn-path")), test::validApplication());
        test::editManifest(hostile, [](QJsonObject& json) {
            QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
            applicant.insert(QStringLiteral("ubn"), QStringLiteral("../../../tmp/x/pwned"));
            json.insert(QStringLiteral("applicant"), applicant);
        });
        const ImportReport refused = runImport(ws, {hostile});
        QCOMPARE(refused.imported.size(), 0);
        QVERIFY2(refused.rejected.first().error.contains(QStringLiteral("8 digits")),
                 qPrintable(refused.rejected.first().error));
        // Full-width digits, as a form may hold them, are the same 統一編號.
        const QString wide = test::writeDossier(m_input.filePath(QStringLiteral("ubn-wide")), test::validApplication());
        test::editManifest(wide, [](QJsonObject& json) {
            QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
            applicant.insert(QStringLiteral("ubn"), QStringLiteral("０４５９５２５７"));
            json.insert(QStringLiteral("applicant"), applicant);
        });
        const ImportReport imported = runImport(ws, {wide});
        QCOMPARE(imported.imported.size(), 1);
        QCOMPARE(imported.imported.first().ubn, QStringLiteral("04595257"));
    }

    void big5NamesOnDiskAreRead()
    {
        // As `unzip` leaves a ZIP made by Windows Explorer in Taiwan: the folder and a PDF named in raw Big5 bytes.
        test::TempWorkspace ws;
        const QString parent = m_input.filePath(QStringLiteral("big5"));
        const QString written = test::writeDossier(parent, test::validApplication());
        QStringEncoder big5("Big5");
        QVERIFY(big5.isValid());
        const QByteArray rawFolder =
            QFile::encodeName(parent) + '/' + QByteArray(big5(QStringLiteral("04595257_範例雲端")));
        QCOMPARE(::rename(QFile::encodeName(written).constData(), rawFolder.constData()), 0);
        const QByteArray rawPdf = rawFolder + '/' + QByteArray(big5(QStringLiteral("公司簡介_範例雲端.pdf")));
        const QByteArray slides = rawFolder + QByteArrayLiteral("/簡報_範例雲端股份有限公司.pdf");
        QCOMPARE(::rename(slides.constData(), rawPdf.constData()), 0);
        const ImportReport report = runImport(ws, {parent});
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.rejected.value(0).error));
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.imported.first().documents, 9);
        auto record = ws.store().application(report.imported.first().applicationId);
        QVERIFY(std::any_of(record->documents.cbegin(), record->documents.cend(), [](const DocumentRecord& d) {
            return d.fileName == QStringLiteral("公司簡介_範例雲端.pdf");
        }));
        // Names back to UTF-8, so that the test's temporary folder can be removed.
        QCOMPARE(::rename(rawPdf.constData(), slides.constData()), 0);
        QCOMPARE(::rename(rawFolder.constData(), QFile::encodeName(written).constData()), 0);
    }

    void whatAKilledRunUnpackedIsSweptAway()
    {
        // A process id nobody has (the highest ones are rarely given out), and this process's own.
        pid_t dead = 4194000;
        while (::kill(dead, 0) == 0 || errno != ESRCH)
            --dead;
        const QDir temp(QDir::tempPath());
        const QString killed = QStringLiteral("reviewdesk-import-%1-abcdef").arg(dead);
        const QString running = QStringLiteral("reviewdesk-import-%1-ghijkl").arg(getpid());
        for (const QString& name : {killed, running}) {
            QVERIFY(temp.mkpath(name + QStringLiteral("/dossier")));
            QFile left(temp.filePath(name + QStringLiteral("/dossier/application.json")));
            QVERIFY(left.open(QIODevice::WriteOnly));
        }
        QVERIFY(DossierDiscovery::sweepLeftovers() >= 1);
        QVERIFY(!temp.exists(killed));
        QVERIFY(temp.exists(running)); // a run still going keeps its folder
        QVERIFY(QDir(temp.filePath(running)).removeRecursively());
    }

    void oneBoundHoldsAcrossNestedArchives()
    {
        // A round ZIP of three dossier ZIPs, each 1 MiB that does not compress: the bound is for all of it, so
        // the outer archive and the first two inner ones fit in 5.5 MiB and the third does not.
        QByteArray noise(1 << 20, Qt::Uninitialized);
        quint32 state = 20261202;
        for (char& c : noise) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        const QString inner = m_input.filePath(QStringLiteral("nested-inner"));
        QDir().mkpath(inner);
        QMap<QString, QByteArray> outer;
        for (int i = 0; i < 3; ++i) {
            const QString zip = inner + QStringLiteral("/d%1.zip").arg(i);
            test::writeZip(zip, {{QStringLiteral("d%1/application.json").arg(i), "{}"},
                                 {QStringLiteral("d%1/noise.pdf").arg(i), noise}});
            QFile f(zip);
            QVERIFY(f.open(QIODevice::ReadOnly));
            outer.insert(QStringLiteral("d%1.zip").arg(i), f.readAll());
        }
        const QString round = m_input.filePath(QStringLiteral("nested-round.zip"));
        test::writeZip(round, outer);
        DossierDiscovery discovery;
        ZipLimits limits;
        limits.maxTotalBytes = (qint64(11) << 20) / 2;
        discovery.setZipLimits(limits);
        discovery.add(round);
        QCOMPARE(discovery.sources().size(), size_t(2));
        QCOMPARE(discovery.problems().size(), size_t(1));
        QVERIFY2(discovery.problems().front().path.endsWith(QStringLiteral("d2.zip")),
                 qPrintable(discovery.problems().front().path));
        QVERIFY2(discovery.problems().front().error.contains(QStringLiteral("MB")),
                 qPrintable(discovery.problems().front().error));
    }

    void importsAZipOfManyDossiers()
    {
        test::TempWorkspace ws;
        const QString batch = m_input.filePath(QStringLiteral("zipped"));
        test::writeDossier(batch, test::validApplication());
        test::writeDossier(batch,
                           test::validApplication(QStringLiteral("22099131"), QStringLiteral("另一家公司的計畫")));
        const QString zip = m_input.filePath(QStringLiteral("round.zip"));
        test::zipFolder(zip, batch);
        const ImportReport report = runImport(ws, {zip});
        QCOMPARE(report.rejected.size(), 0);
        QCOMPARE(report.imported.size(), 2);
    }

    void hostileZipIsRejectedAndTheRestImports()
    {
        test::TempWorkspace ws;
        // An entry named to climb out of the target folder.
        const QString zip = m_input.filePath(QStringLiteral("hostile.zip"));
        test::writeZip(zip, {{QStringLiteral("evil.txt"), "x"}, {QStringLiteral("../../evil.txt"), "owned"}});
        const QString good = test::writeDossier(m_input.filePath(QStringLiteral("good")), test::validApplication());
        const ImportReport report = runImport(ws, {zip, good});
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY(report.rejected.first().path.endsWith(QStringLiteral("hostile.zip")));
        QVERIFY2(report.rejected.first().error.contains(QStringLiteral("..")),
                 qPrintable(report.rejected.first().error));
    }

    void brokenAndEncryptedPdfsBecomeFindings()
    {
        test::TempWorkspace ws;
        const QString folder = test::writeDossier(m_input.filePath(QStringLiteral("pdfs")), test::validApplication());
        QFile broken(folder + QStringLiteral("/銷售實績掃描檔_範例.pdf"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> junk");
        broken.close();
        QVERIFY(QFile::copy(QStringLiteral(REVIEWDESK_TEST_DATA "/password-protected.pdf"),
                            folder + QStringLiteral("/獲獎證明_範例.pdf")));
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(rules(ws).count(QStringLiteral("documents.unreadable")), 2);
    }

    void fileNameWithNewlineIsRefused()
    {
        // The PDF worker takes one path per line; such a name must never reach it.
        test::TempWorkspace ws;
        const QString folder =
            test::writeDossier(m_input.filePath(QStringLiteral("newline")), test::validApplication());
        test::writePdf(folder + QStringLiteral("/簡報\n補充.pdf"), QStringLiteral("x"));
        const ImportReport report = runImport(ws, {folder});
        QCOMPARE(report.imported.size(), 0);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(report.rejected.first().error.contains(QStringLiteral("control character")),
                 qPrintable(report.rejected.first().error));
    }

    void cancellingLeavesNoTraceOfUnfinishedDossiers()
    {
        test::TempWorkspace ws;
        const QString batch = m_input.filePath(QStringLiteral("cancel"));
        const QStringList ubns = {QStringLiteral("04595257"), QStringLiteral("22099131"), QStringLiteral("10000073"),
                                  QStringLiteral("10000078")};
        for (const QString& ubn : ubns)
            test::writeDossier(batch, test::validApplication(ubn, QStringLiteral("計畫 ") + ubn));
        ImportJob job(ws.workspace->location(), ws.roundId, {batch});
        job.setThreads(1);
        connect(
            &job, &ImportJob::dossierFinished, this,
            [&job](const QString&, bool imported) {
                if (imported)
                    job.cancel();
            },
            Qt::DirectConnection);
        const ImportReport report = job.run();
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported.size(), 1);
        QCOMPARE(count(*ws.workspace, "applications"), 1);
        QCOMPARE(count(*ws.workspace, "documents"), 9);
        // Only the imported dossier's blobs remain; the parsed-but-cancelled ones were removed again.
        QCOMPARE(blobCount(*ws.workspace), 9);
    }

    void demoRoundIsReproducibleAndBreaksItsScheduledRules()
    {
        DemoOptions options;
        options.applications = 12;
        options.seed = 7;
        const QString first = m_input.filePath(QStringLiteral("demo1"));
        const QString second = m_input.filePath(QStringLiteral("demo2"));
        auto a = DemoGenerator(options).write(first);
        auto b = DemoGenerator(options).write(second);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->size(), 12);
        QStringList namesA, namesB;
        for (const QString& f : *a)
            namesA << QFileInfo(f).fileName();
        for (const QString& f : *b)
            namesB << QFileInfo(f).fileName();
        QCOMPARE(namesA, namesB);
        QFile jsonA(a->at(5) + QStringLiteral("/application.json")),
            jsonB(b->at(5) + QStringLiteral("/application.json"));
        QVERIFY(jsonA.open(QIODevice::ReadOnly) && jsonB.open(QIODevice::ReadOnly));
        QCOMPARE(jsonA.readAll(), jsonB.readAll());

        test::TempWorkspace ws;
        const ImportReport report = runImport(ws, {first});
        QVERIFY2(report.rejected.isEmpty(), qPrintable(report.rejected.value(0).error));
        QCOMPARE(report.imported.size(), 12);
        const QStringList fired = rules(ws);
        for (int i = 0; i < 12; ++i) {
            const QString breach = DemoGenerator::breachFor(i);
            if (!breach.isEmpty())
                QVERIFY2(fired.contains(breach), qPrintable(breach));
        }
        // Two applications share a rewritten plan, and only they are found to: the proposals' common wording
        // (the template the demo writes them all from) is no match.
        QSet<qint64> similar;
        for (const RoundFinding& f : *ws.store().findings(ws.roundId))
            if (f.finding.rule == QLatin1String("round.similar_proposal"))
                similar.insert(f.finding.applicationId);
        QCOMPARE(similar.size(), 2);
        // Proposals are 20–60 pages; the two that share a plan are short, so the plan is a good part of each.
        auto apps = ws.store().applications(ws.roundId);
        for (const ApplicationSummary& s : *apps)
            QVERIFY2(s.pages >= (similar.contains(s.id) ? 20 : 35), qPrintable(QString::number(s.pages)));
        // Every fourth application sent its latest financial statement as a scan.
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 3 * 3);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
