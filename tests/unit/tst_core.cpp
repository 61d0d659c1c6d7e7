// 統一編號 check digits, amounts as forms write them, text decoding and normalisation, and what reading the
// value of a failed Result does.
#include "models/core/Result.h"
#include "models/core/Text.h"
#include "models/core/Ubn.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

using namespace rd;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testsNeverTouchTheUsersOwnSettings()
    {
        // Settings() as the program makes it: in a test it lives under QStandardPaths' test locations.
        QVERIFY(QStandardPaths::isTestModeEnabled());
        const QString home = QDir::homePath();
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY2(config.contains(QStringLiteral(".qttest")), qPrintable(config));
        QVERIFY2(config != home + QStringLiteral("/.config"), qPrintable(config));
        const QSettings asTheProgramOpensThem(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ReviewDesk"),
                                              QStringLiteral("ReviewDesk"));
        QVERIFY2(asTheProgramOpensThem.fileName().contains(QStringLiteral(".qttest")),
                 qPrintable(asTheProgramOpensThem.fileName()));
    }

    void readingTheValueOfAFailureEndsTheProgramWithItsMessage()
    {
        // In a release build too (CI's): the child reads the value of a failure and must die saying why.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REVIEWDESK_TEST_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childReadsTheValueOfAFailure")});
        QVERIFY(child.waitForFinished(30000));
        const QByteArray said = child.readAllStandardError() + child.readAllStandardOutput();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, said.constData());
        QVERIFY2(said.contains("the value of a failed result was read: budget.csv: no total row"), said.constData());
        QVERIFY2(!said.contains("a value came back"), said.constData());
    }

    void childReadsTheValueOfAFailure()
    {
        if (!qEnvironmentVariableIsSet("REVIEWDESK_TEST_CHILD"))
            QSKIP("run as a child by readingTheValueOfAFailureEndsTheProgramWithItsMessage");
        const Result<int> failed = Result<int>::failure(QStringLiteral("budget.csv: no total row"));
        qInfo("a value came back: %d", *failed);
    }

    void ubn_data()
    {
        QTest::addColumn<QString>("ubn");
        QTest::addColumn<bool>("validBefore2023");
        QTest::addColumn<bool>("validNow");
        // 0·1 + 4·2=8 + 5·1 + 9·2=18→9 + 5·1 + 2·2 + 5·4=20→2 + 7·1 → 40: divisible by 10 and 5.
        QTest::newRow("example of dossier-format.md") << QStringLiteral("04595257") << true << true;
        // 2 + 2·2 + 0 + 9·2=18→9 + 9 + 1·2 + 3·4=12→3 + 1 = 30.
        QTest::newRow("valid under both") << QStringLiteral("22099131") << true << true;
        // 5·4=20→2 + 5 = 7.
        QTest::newRow("invalid under both") << QStringLiteral("00000055") << false << false;
        // 1·4 + 1 = 5: divisible by 5, not by 10.
        QTest::newRow("valid only since the 2023 change") << QStringLiteral("00000011") << false << true;
        // 7th digit 7: 7·4 = 28 → 2+8 = 10, which may count as 1 or 0, so the total or the total + 1 qualifies.
        // 1 + 10 + 0 = 11; 12: neither.
        QTest::newRow("7th digit 7, neither") << QStringLiteral("10000070") << false << false;
        // 1 + 10 + 9 = 20.
        QTest::newRow("7th digit 7, total itself") << QStringLiteral("10000079") << true << true;
        // 1 + 10 + 8 = 19; 19 + 1 = 20: valid only through the 7th-digit rule.
        QTest::newRow("7th digit 7, total + 1") << QStringLiteral("10000078") << true << true;
        // 1 + 10 + 3 = 14; 14 + 1 = 15: divisible by 5, not by 10.
        QTest::newRow("7th digit 7, total + 1 under 5 only") << QStringLiteral("10000073") << false << true;
        QTest::newRow("seven digits") << QStringLiteral("0459525") << false << false;
        QTest::newRow("letters") << QStringLiteral("0459525A") << false << false;
        QTest::newRow("full-width digits") << QStringLiteral("０４５９５２５７") << false << false;
    }
    void ubn()
    {
        QFETCH(QString, ubn);
        QFETCH(bool, validBefore2023);
        QFETCH(bool, validNow);
        QCOMPARE(isValidUbn(ubn, UbnDivisor::Before2023), validBefore2023);
        QCOMPARE(isValidUbn(ubn, UbnDivisor::Current), validNow);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QStringLiteral("1200") << 1200.0;
        QTest::newRow("thousands separators") << QStringLiteral("1,234,567") << 1234567.0;
        QTest::newRow("full-width digits and comma") << QStringLiteral("１，２００") << 1200.0;
        QTest::newRow("parentheses are negative") << QStringLiteral("(300)") << -300.0;
        QTest::newRow("full-width parentheses") << QStringLiteral("（３００）") << -300.0;
        QTest::newRow("currency prefix and spaces") << QStringLiteral(" NT$ 50 ") << 50.0;
        QTest::newRow("decimal") << QStringLiteral("12.5") << 12.5;
        QTest::newRow("empty is zero") << QString() << 0.0;
        QTest::newRow("dash is zero") << QStringLiteral("-") << 0.0;
    }
    void amounts()
    {
        QFETCH(QString, cell);
        QFETCH(double, value);
        auto parsed = text::parseAmount(cell);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(*parsed, value);
    }

    void writersStayInTheirFolder()
    {
        QCOMPARE(*text::pathInFolder(QStringLiteral("/out"), QStringLiteral("result-04595257-3.pdf")),
                 QStringLiteral("/out/result-04595257-3.pdf"));
        for (const char* leaving : {"../x.pdf", "/etc/x", "..", ".", "", "a\\b.pdf", "a\nb.pdf"})
            QVERIFY2(!text::pathInFolder(QStringLiteral("/out"), QString::fromLatin1(leaving)), leaving);
    }

    void amountRejectsText()
    {
        auto parsed = text::parseAmount(QStringLiteral("一千二"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().contains(QStringLiteral("一千二")));
        QVERIFY(!text::parseAmount(QStringLiteral("12a")).ok());
        // Amounts are finite and within a sane bound for NT$ thousand; anything else names the cell.
        for (const char* bad : {"inf", "-inf", "nan", "NaN", "1e308", "1000000001"}) {
            auto refused = text::parseAmount(QString::fromLatin1(bad));
            QVERIFY2(!refused.ok(), bad);
            QVERIFY2(refused.error().contains(QString::fromLatin1(bad)), qPrintable(refused.error()));
        }
        QCOMPARE(*text::parseAmount(QStringLiteral("1000000000")), 1e9);
    }

    void decodesUtf8Bom()
    {
        auto decoded = text::decodeLocalText(QByteArray("\xEF\xBB\xBF") + QStringLiteral("計畫人員").toUtf8());
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, QStringLiteral("計畫人員"));
    }

    void decodesBig5()
    {
        QStringEncoder big5("windows-950");
        const QByteArray bytes = big5(QStringLiteral("顧問、專家費,資安經費"));
        QVERIFY(!text::isValidUtf8(bytes));
        auto decoded = text::decodeLocalText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, QStringLiteral("顧問、專家費,資安經費"));
    }

    void rejectsUndecodableBytes() { QVERIFY(!text::decodeLocalText(QByteArray("\xFF\xFF\xFF\x80", 4)).ok()); }

    void normalisesKangxiRadicalsAndWidth()
    {
        // As Poppler extracts CJK fonts: ⼈⼒ (Kangxi radicals U+2F08, U+2F12) for 人力.
        QCOMPARE(text::normalized(QStringLiteral("計畫⼈⼒")), QStringLiteral("計畫人力"));
        QCOMPARE(text::normalized(QStringLiteral("ＳＬＡ　９９％")), QStringLiteral("sla 99%"));
        // For display only the radicals are folded; full-width punctuation stays as the applicant wrote it.
        QCOMPARE(text::forDisplay(QStringLiteral("計畫⼈⼒，ＳＬＡ")), QStringLiteral("計畫人力，ＳＬＡ"));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
