// Conflict-of-interest matching: names and organisations as people write them, recusal requests and
// declared ties.
#include "models/review/Conflicts.h"

#include <QTest>

using namespace rd;
using namespace rd::conflicts;

namespace {

Dossier applicationWithRecusals(const QList<RecusalRequest>& requests)
{
    Dossier d;
    d.applicant.name = QStringLiteral("範例雲端股份有限公司");
    d.applicant.ubn = QStringLiteral("04595257");
    d.recusalRequests = requests;
    return d;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << QStringLiteral("林孟儒") << QStringLiteral("林孟儒") << true;
        QTest::newRow("spaces, full-width space") << QStringLiteral("林 孟儒") << QStringLiteral("林　孟儒") << true;
        QTest::newRow("indigenous name dots") << QStringLiteral("瓦歷斯‧諾幹") << QStringLiteral("瓦歷斯·諾幹") << true;
        QTest::newRow("variant 峯/峰") << QStringLiteral("陳建峯") << QStringLiteral("陳建峰") << true;
        QTest::newRow("English, case and punctuation")
            << QStringLiteral("Chen, Yi-An") << QStringLiteral("chen yi an") << true;
        QTest::newRow("full-width Latin") << QStringLiteral("ＣＨＥＮ ＹＩＡＮ") << QStringLiteral("Chen Yian") << true;
        QTest::newRow("different people") << QStringLiteral("林孟儒") << QStringLiteral("林孟如") << false;
        QTest::newRow("empty never matches") << QString() << QString() << false;
    }
    void names()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameName(a, b), same);
        QCOMPARE(sameName(b, a), same);
    }

    void organizations_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("臺/台") << QStringLiteral("國立臺灣大學") << QStringLiteral("國立台灣大學") << true;
        QTest::newRow("simplified") << QStringLiteral("台湾大学") << QStringLiteral("國立臺灣大學") << true;
        QTest::newRow("國立 dropped") << QStringLiteral("成功大學") << QStringLiteral("國立成功大學") << true;
        QTest::newRow("department within the university")
            << QStringLiteral("臺灣大學") << QStringLiteral("國立臺灣大學資訊工程學系") << true;
        QTest::newRow("財團法人 and spacing")
            << QStringLiteral("財團法人 資訊工業策進會") << QStringLiteral("資訊工業策進會") << true;
        QTest::newRow("company suffix") << QStringLiteral("範例雲端") << QStringLiteral("範例雲端股份有限公司") << true;
        QTest::newRow("full-width Latin") << QStringLiteral("ＩＢＭ台灣") << QStringLiteral("IBM臺灣") << true;
        QTest::newRow("too short to contain") << QStringLiteral("大學") << QStringLiteral("國立清華大學") << false;
        QTest::newRow("different universities")
            << QStringLiteral("國立清華大學") << QStringLiteral("國立臺灣大學") << false;
        QTest::newRow("only an affix") << QStringLiteral("股份有限公司") << QStringLiteral("範例雲端股份有限公司")
                                       << false;
    }
    void organizations()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameOrganization(a, b), same);
        QCOMPARE(sameOrganization(b, a), same);
    }

    void recusalRequestNamesTheReviewer()
    {
        const Dossier d =
            applicationWithRecusals({{QStringLiteral("林孟儒"), QStringLiteral("國立台灣大學資訊工程學系"),
                                      QStringLiteral("教授"), QStringLiteral("曾任本公司顧問")}});
        const QList<Conflict> found = find({QStringLiteral("林 孟儒"), QStringLiteral("國立臺灣大學"), {}, {}}, d);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().basis, Basis::RecusalNameAndOrganization);
        QVERIFY(describe(found.first()).contains(QStringLiteral("林孟儒")));
    }

    void namesakeAtAnotherOrganizationIsStillFlagged()
    {
        const Dossier d = applicationWithRecusals({{QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}}});
        const QList<Conflict> found = find({QStringLiteral("林孟儒"), QStringLiteral("工業技術研究院"), {}, {}}, d);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().basis, Basis::RecusalNameOnly);
    }

    void declaredOrganizationCountsForTheRecusal()
    {
        const Dossier d =
            applicationWithRecusals({{QStringLiteral("吳承翰"), QStringLiteral("資訊工業策進會"), {}, {}}});
        const ReviewerIdentity reviewer{
            QStringLiteral("吳承翰"), QStringLiteral("國立政治大學"), {QStringLiteral("財團法人資訊工業策進會")}, {}};
        QCOMPARE(find(reviewer, d).first().basis, Basis::RecusalNameAndOrganization);
    }

    void declaredTiesWithTheApplicant()
    {
        const Dossier d = applicationWithRecusals({});
        QCOMPARE(find({QStringLiteral("張淑惠"), QStringLiteral("國立政治大學"), {}, {QStringLiteral("04595257")}}, d)
                     .first()
                     .basis,
                 Basis::DeclaredUbn);
        QCOMPARE(find({QStringLiteral("張淑惠"), QStringLiteral("國立政治大學"), {QStringLiteral("範例雲端")}, {}}, d)
                     .first()
                     .basis,
                 Basis::DeclaredOrganization);
        QVERIFY(find({QStringLiteral("張淑惠"),
                      QStringLiteral("國立政治大學"),
                      {QStringLiteral("另一家公司")},
                      {QStringLiteral("22099131")}},
                     d)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
