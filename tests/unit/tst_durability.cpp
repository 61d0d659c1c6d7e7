// Nothing acknowledged is lost: a writer process applying a stream of score edits is killed with SIGKILL
// at random moments, many times; after each kill every edit it acknowledged is in the workspace, in
// order, with what it wrote, and SQLite's integrity check passes.
#include "TestSupport.h"

#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace rd;

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEditsSurviveSigkill()
    {
        test::TempWorkspace ws;
        test::freezeRubric(ws);
        const qint64 app = test::addApplication(ws, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        qint64 sheetId = 0;
        {
            ReviewerStore reviewers(ws.workspace->db());
            const qint64 reviewer =
                reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}, true, {}, {}})
                    .value();
            QVERIFY(reviewers.assign(app, reviewer).ok());
            sheetId = ScoreSheetStore(ws.workspace->db()).open(app, reviewer).value().id;
        }
        const QString path = ws.workspace->path();
        ws.workspace.reset(); // the writer takes the workspace lock

        QRandomGenerator random(20261122);
        int acknowledged = 0;
        const int kills = 25;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(REVIEWDESK_SHEET_WRITER_PATH), {path, QString::number(sheetId)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Let it acknowledge a random number of edits, then kill it while it is writing the next ones.
            const int target = acknowledged + 1 + int(random.bounded(40));
            QByteArray pending;
            while (acknowledged < target) {
                QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
                pending += writer.readAllStandardOutput();
                for (int nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
                    const int revision = pending.left(nl).toInt();
                    QCOMPARE(revision, acknowledged + 1); // revisions come in order, one per edit
                    acknowledged = revision;
                }
            }
            QTest::qSleep(int(random.bounded(3)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            // What it printed before dying was acknowledged too.
            pending += writer.readAllStandardOutput();
            for (const QByteArray& line : pending.split('\n'))
                if (!line.isEmpty())
                    acknowledged = line.toInt();

            auto reopened = Workspace::open(path);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            const QSqlDatabase db = (*reopened)->db();
            QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
            const ScoreSheet sheet = ScoreSheetStore(db).sheet(sheetId).value();
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
            // And each field holds what the last revision that wrote it wrote (sheet_edit_writer: revision r
            // writes criterion r mod 5, a score of r mod 10 when r is odd, the comment "edit r" when even).
            const QStringList criteria = {QStringLiteral("innovation"), QStringLiteral("cooperation"),
                                          QStringLiteral("cloud_service"), QStringLiteral("feasibility"),
                                          QStringLiteral("benefits")};
            for (int c = 0; c < criteria.size(); ++c) {
                int lastScore = 0, lastComment = 0;
                for (int r = 1; r <= sheet.revision; ++r) {
                    if (r % criteria.size() != c)
                        continue;
                    (r % 2 == 0 ? lastComment : lastScore) = r;
                }
                const SheetEntry entry = sheet.entry(criteria.at(c));
                if (lastScore > 0) {
                    QVERIFY(entry.score.has_value());
                    QCOMPARE(*entry.score, double(lastScore % 10));
                }
                if (lastComment > 0)
                    QCOMPARE(entry.comment, QStringLiteral("edit %1").arg(lastComment));
            }
            acknowledged = sheet.revision; // an edit committed just before the kill counts from here on
        }
        QVERIFY(acknowledged > kills);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
