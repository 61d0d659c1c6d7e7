// Rubrics as data: the three shipped ones as the seeds define them, validation with clear errors, totals,
// and a round freezing the rubric it uses.
#include "TestSupport.h"

#include "rubric/Rubric.h"
#include "store/Schema.h"
#include "store/Sql.h"

#include <QTest>

using namespace rd;

namespace {

QByteArray minimal(const QByteArray& criteria, const QByteArray& extra = {})
{
    return R"({"format":"reviewdesk.rubric/1","id":"t","version":"1","name":{"zh_TW":"測試"},"criteria":[)" + criteria +
           R"(],"recommendations":[{"id":"approve","name":{"zh_TW":"建議通過"}}])" + extra + "}";
}

} // namespace

class TestRubric : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void digitalPlusExpertReviewIsAsTheSeedDefinesIt()
    {
        // 004 柒、二(一): five criteria weighted 15/10/30/30/15, each scored in points up to its weight.
        auto rubric = Rubric::load(QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QList<double> weights;
        QList<int> bullets;
        for (const RubricCriterion& c : rubric->criteria()) {
            weights << c.weight;
            bullets << int(c.guidance.size());
            QVERIFY(c.commentRequired);
            QCOMPARE(rubric->maximum(c), c.weight);
        }
        QCOMPARE(weights, (QList<double>{15, 10, 30, 30, 15}));
        QCOMPARE(bullets, (QList<int>{3, 2, 2, 5, 3}));
        QCOMPARE(rubric->criteria().at(2).name.zh, QStringLiteral("雲端方案技術服務"));
        QCOMPARE(rubric->recommendations().size(), 3);
        QCOMPARE(rubric->recommendations().at(1).name.zh, QStringLiteral("建議修正後通過"));
        QCOMPARE(rubric->flags().size(), 1); // 優先支持對象: a flag, not a score
        QVERIFY(rubric->overallCommentRequired());
        QCOMPARE(rubric->total({{QStringLiteral("innovation"), 15},
                                {QStringLiteral("cooperation"), 8},
                                {QStringLiteral("cloud_service"), 25},
                                {QStringLiteral("feasibility"), 24},
                                {QStringLiteral("benefits"), 12}}),
                 84.0);
    }

    void checklistRubrics()
    {
        // 002 九、(二): six technical characteristics, five SLA indicators, four plan-review points.
        auto tcloud = Rubric::load(QStringLiteral("tcloud-solution-selection"));
        QVERIFY2(tcloud.ok(), qPrintable(tcloud.error()));
        QCOMPARE(tcloud->criteria().size(), 0);
        int tech = 0, sla = 0, plan = 0;
        for (const ChecklistItem& item : tcloud->checklist()) {
            tech += item.id.startsWith(QLatin1String("tech."));
            sla += item.id.startsWith(QLatin1String("sla."));
            plan += item.id.startsWith(QLatin1String("plan."));
        }
        QCOMPARE(tech, 6);
        QCOMPARE(sla, 5);
        QCOMPARE(plan, 4);
        // 000 附件2: staffing, track record, six management systems, financial health.
        auto registration = Rubric::load(QStringLiteral("capability-registration"));
        QVERIFY2(registration.ok(), qPrintable(registration.error()));
        QCOMPARE(registration->checklist().size(), 10);
        QCOMPARE(Rubric::installed(),
                 (QStringList{QStringLiteral("capability-registration"), QStringLiteral("digitalplus-2025-expert"),
                              QStringLiteral("tcloud-solution-selection")}));
    }

    void percentScaleWeighsEachCriterion()
    {
        auto rubric = Rubric::fromJson(minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":40},
                                                 {"id":"b","name":{"zh_TW":"乙"},"weight":60})",
                                               R"(,"scale":"percent")"),
                                       QStringLiteral("p.json"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QCOMPARE(rubric->maximum(rubric->criteria().first()), 100.0);
        QCOMPARE(rubric->total({{QStringLiteral("a"), 50}, {QStringLiteral("b"), 100}}), 80.0);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("weights not 100") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":15},
                                                     {"id":"b","name":{"zh_TW":"乙"},"weight":84})")
                                         << "99";
        QTest::newRow("duplicate id") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":50},
                                                  {"id":"a","name":{"zh_TW":"乙"},"weight":50})")
                                      << "“a”";
        QTest::newRow("missing weight") << minimal(R"({"id":"a","name":{"zh_TW":"甲"}})") << "weight";
        QTest::newRow("unnamed criterion") << minimal(R"({"id":"a","weight":100})") << "no name";
        QTest::newRow("unknown scale") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":100})",
                                                  R"(,"scale":"stars")")
                                       << "stars";
        QTest::newRow("nothing to score") << minimal("") << "neither";
        QTest::newRow("no recommendations")
            << QByteArray(R"({"format":"reviewdesk.rubric/1","id":"t","version":"1","name":{"zh_TW":"測試"},
                             "criteria":[{"id":"a","name":{"zh_TW":"甲"},"weight":100}]})")
            << "recommendations";
        QTest::newRow("other format") << QByteArray(R"({"format":"reviewdesk.rubric/9"})") << "format";
        QTest::newRow("not JSON") << QByteArray("{") << "not a valid rubric";
    }
    void validationErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto rubric = Rubric::fromJson(json, QStringLiteral("custom-rubric.json"));
        QVERIFY(!rubric.ok());
        QVERIFY2(rubric.error().contains(QStringLiteral("custom-rubric.json")) && rubric.error().contains(error),
                 qPrintable(rubric.error()));
    }

    void roundFreezesItsRubric()
    {
        test::TempWorkspace ws;
        auto round =
            ws.store().createRound(QStringLiteral("第2梯次"), QStringLiteral("DIGITAL+"),
                                   QStringLiteral("digitalplus-2025"), QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(round.ok(), qPrintable(round.error()));
        auto frozen = ws.store().roundRubric(*round);
        QVERIFY2(frozen.ok(), qPrintable(frozen.error()));
        QCOMPARE(frozen->id(), QStringLiteral("digitalplus-2025-expert"));
        QCOMPARE(frozen->sha256(), Rubric::load(QStringLiteral("digitalplus-2025-expert"))->sha256());

        // The same rubric again is fine; another one is refused and the frozen one stays.
        QVERIFY(ws.store().freezeRubric(*round, *frozen).ok());
        const Status other =
            ws.store().freezeRubric(*round, *Rubric::load(QStringLiteral("tcloud-solution-selection")));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(QStringLiteral("digitalplus-2025-expert")), qPrintable(other.error()));
        QCOMPARE(ws.store().roundRubric(*round)->id(), QStringLiteral("digitalplus-2025-expert"));

        // A round without a rubric says so.
        QVERIFY(!ws.store().roundRubric(ws.roundId).ok());
    }

    void frozenRubricOutlivesTheInstalledFile()
    {
        // What a round holds is the frozen bytes, whatever is installed later.
        test::TempWorkspace ws;
        auto edited =
            Rubric::fromJson(minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":100})"), QStringLiteral("v1.json"));
        QVERIFY(ws.store().freezeRubric(ws.roundId, *edited).ok());
        QCOMPARE(ws.store().roundRubric(ws.roundId)->json(), edited->json());
    }

    void migratesAVersionOneWorkspaceKeepingItsRounds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reviewdesk.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(schema::migrate(db, 1).ok()); // as the first release left it
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO rounds(name, program, ruleset, created_at)"
                                                 " VALUES ('第1梯次', 'DIGITAL+', 'digitalplus-2025', '2025-01-22')"))
                        .ok());
            QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto ws = Workspace::open(dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA user_version"))->toInt(), schema::currentVersion());
        ApplicationStore store((*ws)->db());
        QCOMPARE(store.rounds()->first().name, QStringLiteral("第1梯次"));
        const qint64 round = store.rounds()->first().id;
        QVERIFY(!store.roundRubric(round).ok());
        QVERIFY(store.freezeRubric(round, *Rubric::load(QStringLiteral("digitalplus-2025-expert"))).ok());
        QCOMPARE(store.roundRubric(round)->criteria().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
