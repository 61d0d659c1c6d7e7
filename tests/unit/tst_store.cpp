// The workspace store: creation, refusal of what it must not open, migrations, transactions, blobs.
#include "TestSupport.h"

#include "models/consensus/RoundSettings.h"
#include "models/sql/Sql.h"
#include "models/store/BlobStore.h"
#include "models/store/Schema.h"
#include "models/store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Edits a closed workspace database with a plain connection, as another program would.
void withRawDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& edit)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        edit(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws"));
        {
            auto ws = Workspace::create(path);
            QVERIFY2(ws.ok(), qPrintable(ws.error()));
            ApplicationStore store((*ws)->db());
            QVERIFY(store
                        .createRound(QStringLiteral("第1梯次"), QStringLiteral("DIGITAL+"),
                                     QStringLiteral("digitalplus-2025"))
                        .ok());
            QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                     QStringLiteral("wal"));
            QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        }
        auto reopened = Workspace::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE(ApplicationStore((*reopened)->db()).rounds()->size(), 1);
        QCOMPARE(sql::scalar((*reopened)->db(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 schema::currentVersion());
    }

    void migratesAnOlderSchemaOnOpen()
    {
        // A workspace database of schema version 0 (ours, before any table): opening brings it up to date.
        QTemporaryDir dir;
        withRawDatabase(dir.filePath(QStringLiteral("reviewdesk.sqlite")), [](QSqlDatabase& db) {
            QVERIFY(sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)).ok());
        });
        auto ws = Workspace::open(dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA user_version"))->toInt(), schema::currentVersion());
        QVERIFY(ApplicationStore((*ws)->db())
                    .createRound(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"))
                    .ok());
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT COUNT(*) FROM page_index"))->toInt(), 0);
    }

    void aRoundFinalisedBeforeSchema14KeepsItsTieRule()
    {
        // Schema 13: one round finalised, one not. Migrating keeps the finalised round's signed tie rule.
        QTemporaryDir dir;
        withRawDatabase(dir.filePath(QStringLiteral("reviewdesk.sqlite")), [](QSqlDatabase& db) {
            QVERIFY(schema::migrate(db, 13).ok());
            for (const char* round : {"INSERT INTO rounds(id, name, program, ruleset, created_at)"
                                      " VALUES (1, 'a', 'p', 'digitalplus-2025', '2025-01-01T00:00:00Z')",
                                      "INSERT INTO rounds(id, name, program, ruleset, created_at)"
                                      " VALUES (2, 'b', 'p', 'digitalplus-2025', '2025-01-01T00:00:00Z')",
                                      "INSERT INTO meeting_events(round_id, kind, results_sha256, at)"
                                      " VALUES (1, 'finalised', 'x', '2025-03-12T06:00:00Z')"})
                QVERIFY2(sql::exec(db, QLatin1String(round)).ok(), round);
        });
        auto ws = Workspace::open(dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QCOMPARE(consensus::roundSettings((*ws)->db(), 1)->tieBreak, consensus::Settings::TieBreak::MedianThenRankSum);
        QCOMPARE(consensus::roundSettings((*ws)->db(), 2)->tieBreak, consensus::Settings::TieBreak::HeaviestCriterion);
    }

    void refusesNonEmptyFolderForNewWorkspace()
    {
        QTemporaryDir dir;
        QFile stray(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        auto ws = Workspace::create(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().contains(QStringLiteral("not empty")));
    }

    void refusesFolderThatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().contains(QStringLiteral("reviewdesk.sqlite")));
        QVERIFY(QDir(dir.path()).isEmpty()); // nothing written
    }

    void refusesNewerSchemaWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws"));
        QVERIFY(Workspace::create(path).ok());
        const QString dbPath = path + QStringLiteral("/reviewdesk.sqlite");
        withRawDatabase(
            dbPath, [](QSqlDatabase& db) { QVERIFY(sql::exec(db, QStringLiteral("PRAGMA user_version = 99")).ok()); });
        const QByteArray before = fileBytes(dbPath);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("newer")), qPrintable(ws.error()));
        QCOMPARE(fileBytes(dbPath), before);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        withRawDatabase(dir.filePath(QStringLiteral("reviewdesk.sqlite")),
                        [](QSqlDatabase& db) { QVERIFY(sql::exec(db, QStringLiteral("CREATE TABLE t(x)")).ok()); });
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("not a ReviewDesk workspace database")), qPrintable(ws.error()));
    }

    void refusesCorruptDatabaseWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("reviewdesk.sqlite"));
        QFile file(dbPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\xA5'));
        file.close();
        const QByteArray before = fileBytes(dbPath);
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(dbPath), qPrintable(ws.error()));
        QCOMPARE(fileBytes(dbPath), before);
    }

    void secondWriterIsRefused()
    {
        test::TempWorkspace ws;
        auto second = Workspace::open(ws.path());
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QStringLiteral("another ReviewDesk")), qPrintable(second.error()));
        auto reader = Workspace::open(ws.path(), Workspace::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempWorkspace ws;
        {
            sql::Transaction transaction(ws.workspace->db());
            QVERIFY(transaction.active());
            QVERIFY(
                sql::exec(ws.workspace->db(),
                          QStringLiteral(
                              "INSERT INTO rounds(name, program, ruleset, created_at) VALUES ('x', 'y', 'z', 'now')"))
                    .ok());
        }
        QCOMPARE(ws.store().rounds()->size(), 1);
    }

    void blobsAreContentAddressed()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        const QByteArray data("計畫書內容");
        auto first = blobs.putData(data);
        QVERIFY(first.ok());
        QVERIFY(first->created);
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QVERIFY(blobs.pathFor(first->sha256).endsWith(first->sha256.left(2) + u'/' + first->sha256));
        auto second = blobs.putData(data);
        QVERIFY(second.ok());
        QVERIFY(!second->created);
        QVERIFY(blobs.verify(first->sha256));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("blobs/.staging"))).entryList(QDir::Files).size(), 0);

        QFile tamper(blobs.pathFor(first->sha256));
        QVERIFY(tamper.open(QIODevice::Append));
        tamper.write("x");
        tamper.close();
        QVERIFY(!blobs.verify(first->sha256));
    }

    void garbageCollectionKeepsReferencedBlobsOnly()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        auto kept = blobs.putData("kept");
        auto orphan = blobs.putData("orphan");
        QDir().mkpath(dir.filePath(QStringLiteral("blobs/.staging")));
        QFile leftover(dir.filePath(QStringLiteral("blobs/.staging/blob-interrupted")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QCOMPARE(blobs.collectGarbage({kept->sha256}), 2);
        QVERIFY(blobs.contains(kept->sha256));
        QVERIFY(!blobs.contains(orphan->sha256));
        QVERIFY(!leftover.exists());
    }

    void openingSweepsOrphanedBlobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws"));
        QString orphan;
        {
            auto ws = Workspace::create(path);
            orphan = (*ws)->blobs().putData("left by an import that lost power")->sha256;
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QVERIFY(!(*ws)->blobs().contains(orphan));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
