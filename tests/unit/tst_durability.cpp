// Nothing acknowledged is lost. A writer process applying a stream of score edits is killed at random
// moments, many times: with SIGKILL (the page cache survives), and as by a power cut (only what SQLite
// synced survives: PowerCutVfs keeps that image of the files). After each kill every edit it acknowledged
// is in the workspace, in order, with what it wrote, and SQLite's integrity check passes. A writer with
// SQLite's syncs turned off does lose acknowledged edits to a power cut, which shows the images hold only
// what was synced.
#include "TestSupport.h"

#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rd;

namespace {

struct Fixture
{
    test::TempWorkspace ws;
    qint64 sheetId = 0;
    QString path;
};

// A workspace with one sheet to edit, closed so that the writer can take its lock.
void prepare(Fixture& f)
{
    test::freezeRubric(f.ws);
    const qint64 app = test::addApplication(f.ws, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
    {
        ReviewerStore reviewers(f.ws.workspace->db());
        const qint64 reviewer =
            reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}, true, {}, {}}).value();
        test::requireOk(reviewers.assign(app, reviewer), "assign");
        f.sheetId = ScoreSheetStore(f.ws.workspace->db()).open(app, reviewer).value().id;
    } // every handle on the connection is gone before the workspace closes
    f.path = f.ws.workspace->path();
    f.ws.workspace.reset();
}

// Runs the writer on a sheet at revision `from` until it has acknowledged at least `target` edits, then kills
// it with SIGKILL while it writes the next ones. Returns the last edit it acknowledged, or -1 when it failed
// or acknowledged revisions out of order.
int runAndKill(const Fixture& f, const QStringList& options, int from, int target, QRandomGenerator& random)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(REVIEWDESK_SHEET_WRITER_PATH),
                 options + QStringList{f.path, QString::number(f.sheetId)});
    if (!writer.waitForStarted())
        return -1;
    int acknowledged = from;
    QByteArray pending;
    while (acknowledged < target) {
        if (!writer.waitForReadyRead(10000)) {
            qWarning("the writer stopped: %s", writer.readAllStandardError().constData());
            return -1;
        }
        pending += writer.readAllStandardOutput();
        for (int nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
            const int revision = pending.left(nl).toInt();
            if (revision != acknowledged + 1) { // revisions come in order, one per edit
                qWarning("revision %d acknowledged after %d", revision, acknowledged);
                return -1;
            }
            acknowledged = revision;
        }
    }
    QTest::qSleep(int(random.bounded(3)));
    ::kill(pid_t(writer.processId()), SIGKILL);
    if (!writer.waitForFinished(10000))
        return -1;
    // What it printed before dying was acknowledged too.
    pending += writer.readAllStandardOutput();
    for (const QByteArray& line : pending.split('\n'))
        if (!line.isEmpty())
            acknowledged = line.toInt();
    return acknowledged;
}

// The files as a disk would hold them after a power cut at the moment of the kill, in a folder of their
// own: the durable images of the database and its log. The WAL index (-shm) is rebuilt from the log.
bool copyPowerCutImages(const QString& workspace, const QString& into)
{
    const QString database = workspace + QLatin1Char('/') + Workspace::databaseFileName();
    const QString copy = into + QLatin1Char('/') + Workspace::databaseFileName();
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    if (!QFile::copy(database + QStringLiteral(".durable"), copy))
        return false;
    const QString log = database + QStringLiteral("-wal.durable");
    return !QFile::exists(log) || QFile::copy(log, copy + QStringLiteral("-wal"));
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

    // Checks that the sheet holds every acknowledged edit, each field with what the last revision that
    // wrote it wrote (sheet_edit_writer: revision r writes criterion r mod 5, a score of r mod 10 when r is
    // odd, the comment "edit r" when even). Returns the sheet's revision, or -1 after a failed check.
    int checkAcknowledged(const QSqlDatabase& db, qint64 sheetId, int acknowledged)
    {
        [&] {
            QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        }();
        if (QTest::currentTestFailed())
            return -1;
        const ScoreSheet sheet = ScoreSheetStore(db).sheet(sheetId).value();
        [&] {
            QVERIFY2(sheet.revision >= acknowledged,
                     qPrintable(QStringLiteral("revision %1 < acknowledged %2").arg(sheet.revision).arg(acknowledged)));
            // Every revision up to the last one is recorded, none missing, none twice.
            QCOMPARE(
                sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sheet_revisions WHERE sheet_id = ?"), {sheetId})
                    ->toInt(),
                sheet.revision);
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT MAX(revision) FROM sheet_revisions WHERE sheet_id = ?"),
                                 {sheetId})
                         ->toInt(),
                     sheet.revision);
            const QStringList criteria = {QStringLiteral("innovation"), QStringLiteral("cooperation"),
                                          QStringLiteral("cloud_service"), QStringLiteral("feasibility"),
                                          QStringLiteral("benefits")};
            for (int c = 0; c < criteria.size(); ++c) {
                int lastScore = 0, lastComment = 0;
                for (int r = 1; r <= sheet.revision; ++r)
                    if (r % criteria.size() == c)
                        (r % 2 == 0 ? lastComment : lastScore) = r;
                const SheetEntry entry = sheet.entry(criteria.at(c));
                if (lastScore > 0) {
                    QVERIFY(entry.score.has_value());
                    QCOMPARE(*entry.score, double(lastScore % 10));
                }
                if (lastComment > 0)
                    QCOMPARE(entry.comment, QStringLiteral("edit %1").arg(lastComment));
            }
        }();
        return QTest::currentTestFailed() ? -1 : sheet.revision;
    }

    // Opens the power-cut images as SQLite would after the restart, and returns the sheet's revision there.
    int checkPowerCutImages(const Fixture& f, const QTemporaryDir& cut, int acknowledged)
    {
        if (!copyPowerCutImages(f.path, cut.path()))
            return -1;
        test::ScratchDatabase image(cut.filePath(Workspace::databaseFileName()));
        return checkAcknowledged(image.db(), f.sheetId, acknowledged);
    }

private Q_SLOTS:
    void acknowledgedEditsSurviveSigkill()
    {
        Fixture f;
        prepare(f);
        QRandomGenerator random(20261122);
        int acknowledged = 0;
        const int kills = 25;
        for (int round = 0; round < kills; ++round) {
            // Let it acknowledge a random number of edits, then kill it while it is writing the next ones.
            const int reached = runAndKill(f, {}, acknowledged, acknowledged + 1 + int(random.bounded(40)), random);
            QVERIFY(reached > acknowledged);
            auto reopened = Workspace::open(f.path);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            const int revision = checkAcknowledged((*reopened)->db(), f.sheetId, reached);
            if (revision < 0)
                return;              // checkAcknowledged said why
            acknowledged = revision; // an edit committed just before the kill counts from here on
        }
        QVERIFY(acknowledged > kills);
    }

    void acknowledgedEditsSurviveAPowerCut()
    {
        Fixture f;
        prepare(f);
        QTemporaryDir cut;
        QVERIFY(cut.isValid());
        QRandomGenerator random(20261203);
        int acknowledged = 0;
        const int cuts = 12;
        for (int round = 0; round < cuts; ++round) {
            const int reached = runAndKill(f, {QStringLiteral("--power-cut")}, acknowledged,
                                           acknowledged + 1 + int(random.bounded(40)), random);
            QVERIFY(reached > acknowledged);
            if (checkPowerCutImages(f, cut, reached) < 0)
                return; // an acknowledged edit was not on the disk when the power went: checkAcknowledged said which
            // The next run starts from the files as the killed process left them.
            auto reopened = Workspace::open(f.path);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            acknowledged = ScoreSheetStore((*reopened)->db()).sheet(f.sheetId).value().revision;
        }
        QVERIFY(acknowledged > cuts);
    }

    // Without SQLite's syncs the acknowledged edits are in the page cache only: the power-cut images lack
    // them. Were the images to hold unsynced writes, the test above would prove nothing.
    void unsyncedEditsAreLostToAPowerCut()
    {
        Fixture f;
        prepare(f);
        QTemporaryDir cut;
        QVERIFY(cut.isValid());
        QRandomGenerator random(20261204);
        const int reached =
            runAndKill(f, {QStringLiteral("--power-cut"), QStringLiteral("--synchronous-off")}, 0, 30, random);
        QVERIFY(reached >= 30);
        QVERIFY(copyPowerCutImages(f.path, cut.path()));
        test::ScratchDatabase image(cut.filePath(Workspace::databaseFileName()));
        QCOMPARE(sql::scalar(image.db(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(ScoreSheetStore(image.db()).sheet(f.sheetId).value().revision, 0);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
