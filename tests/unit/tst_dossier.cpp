// Reading dossier-format.md exactly: application.json, budget CSV/XLSX, attachment classification.
#include "TestSupport.h"

#include "models/dossier/Attachments.h"
#include "models/dossier/BudgetReader.h"
#include "models/dossier/DossierReader.h"
#include "models/xlsx/XlsxReader.h"
#include "models/xlsx/XlsxWorkbook.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QJsonObject without(QJsonObject o, const QString& object, const QString& key)
{
    QJsonObject inner = o.value(object).toObject();
    inner.remove(key);
    o.insert(object, inner);
    return o;
}

QJsonObject with(QJsonObject o, const QString& object, const QString& key, const QJsonValue& value)
{
    QJsonObject inner = o.value(object).toObject();
    inner.insert(key, value);
    o.insert(object, inner);
    return o;
}

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsValidApplication()
    {
        auto d = DossierReader::parse(json(test::validApplication()), QStringLiteral("application.json"));
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->applicant.ubn, QStringLiteral("04595257"));
        QCOMPARE(d->proposal.category, Category::Industry);
        QCOMPARE(d->proposal.kpiOrganizations, 100);
        QCOMPARE(d->proposal.periodEnd, QDate(2025, 7, 10));
        QCOMPARE(d->proposal.staff.size(), 10);
        QVERIFY(d->json.contains("future_key")); // unknown keys are kept
    }

    void missingKeyNamesKeyAndFile()
    {
        auto d = DossierReader::parse(
            json(without(test::validApplication(), QStringLiteral("applicant"), QStringLiteral("ubn"))),
            QStringLiteral("application.json"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(QStringLiteral("applicant.ubn")) &&
                     d.error().contains(QStringLiteral("application.json")),
                 qPrintable(d.error()));
    }

    void wrongTypeNamesKey()
    {
        auto d = DossierReader::parse(json(with(test::validApplication(), QStringLiteral("proposal"),
                                                QStringLiteral("kpi_organizations"), QStringLiteral("一百"))),
                                      QStringLiteral("application.json"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(QStringLiteral("proposal.kpi_organizations")), qPrintable(d.error()));
        auto flag = DossierReader::parse(json(with(test::validApplication(), QStringLiteral("applicant"),
                                                   QStringLiteral("branch_office"), QStringLiteral("no"))),
                                         QStringLiteral("application.json"));
        QVERIFY(flag.error().contains(QStringLiteral("applicant.branch_office")));
    }

    void badDateAndCategoryAreErrors()
    {
        QJsonObject app = test::validApplication();
        app = with(app, QStringLiteral("proposal"), QStringLiteral("period"),
                   QJsonObject{{QStringLiteral("start"), QStringLiteral("2025/01/01")},
                               {QStringLiteral("end"), QStringLiteral("2025-07-10")}});
        auto d = DossierReader::parse(json(app), QStringLiteral("application.json"));
        QVERIFY(d.error().contains(QStringLiteral("proposal.period.start")));
        auto c = DossierReader::parse(json(with(test::validApplication(), QStringLiteral("proposal"),
                                                QStringLiteral("category"), QStringLiteral("retail"))),
                                      QStringLiteral("application.json"));
        QVERIFY(c.error().contains(QStringLiteral("retail")));
    }

    void refusesOtherFormatVersions()
    {
        QJsonObject app = test::validApplication();
        app.insert(QStringLiteral("format"), QStringLiteral("reviewdesk.dossier/2"));
        auto d = DossierReader::parse(json(app), QStringLiteral("application.json"));
        QVERIFY(!d.ok());
        QVERIFY(d.error().contains(QStringLiteral("reviewdesk.dossier/2")));
        QVERIFY(!DossierReader::parse("{not json", QStringLiteral("application.json")).ok());
        QVERIFY(!DossierReader::parse("[1,2]", QStringLiteral("application.json")).ok());
    }

    void budgetCsvVariants_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray english = "item,subsidy,self_funded,security\npersonnel.staff,1200,1300,300\n"
                                   "promotion.ads,0,120,0\ntotal,1200,1420,300\n";
        QTest::newRow("UTF-8") << english;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + english;
        QTest::newRow("CRLF") << QByteArray(english).replace("\n", "\r\n");
        const QString chinese =
            QStringLiteral("會計科目,補助款,自籌款,資安經費\r\n(1)計畫人員,\"1,200\",\"1,300\",300\r\n"
                           "（11）廣告宣傳費,0,１２０,0\r\n計畫總經費,\"1,200\",\"1,420\",300\r\n");
        QStringEncoder big5("windows-950");
        QTest::newRow("Big5 with Chinese labels, separators, full-width") << QByteArray(big5(chinese));
        QTest::newRow("UTF-8 Chinese labels") << chinese.toUtf8();
    }
    void budgetCsvVariants()
    {
        QFETCH(QByteArray, bytes);
        auto budget = BudgetReader::readCsv(bytes, QStringLiteral("budget.csv"));
        QVERIFY2(budget.ok(), qPrintable(budget.error()));
        QCOMPARE(budget->lines.size(), 2);
        QCOMPARE(budget->line(QStringLiteral("personnel.staff")).subsidy, 1200.0);
        QCOMPARE(budget->line(QStringLiteral("promotion.ads")).selfFunded, 120.0);
        QVERIFY(budget->stated.has_value());
        QCOMPARE(budget->stated->selfFunded, 1420.0);
        QCOMPARE(budget->sum().security, 300.0);
    }

    void budgetWithoutTotalRowAndNegative()
    {
        auto budget = BudgetReader::readCsv("item,subsidy,self_funded,security\ntravel.domestic,(10),20,0\n",
                                            QStringLiteral("budget.csv"));
        QVERIFY(budget.ok());
        QVERIFY(!budget->stated.has_value());
        QCOMPARE(budget->line(QStringLiteral("travel.domestic")).subsidy, -10.0);
    }

    void nonFiniteAmountsAreRefusedNamingTheCell()
    {
        // "inf" once passed every rule when the budget had no total row; "nan" reached the database.
        for (const char* amount : {"inf", "nan"}) {
            auto budget = BudgetReader::readCsv(QByteArray("item,subsidy,self_funded,security\npersonnel.staff,1000,") +
                                                    amount + ",100\n",
                                                QStringLiteral("budget.csv"));
            QVERIFY(!budget.ok());
            QVERIFY2(budget.error().contains(QStringLiteral("budget.csv, row 2")) &&
                         budget.error().contains(QString::fromLatin1(amount)),
                     qPrintable(budget.error()));
        }
    }

    void budgetHeadersAsTheFormAndItsVariantsWriteThem()
    {
        for (const char* header : {"item,subsidy,self_funded,security", "科目,補助款,自籌款,資安經費",
                                   "會計科目,補助款(千元),自籌款（千元）,資訊安全經費(千元)",
                                   "經費科目,補助經費 千元,自籌經費 千元,其中資安經費",
                                   "預算科目,政府補助款 金額,公司自籌款 金額,資訊安全"}) {
            auto budget =
                BudgetReader::readCsv(QByteArray(header) + "\ncertification,12,34,5\n", QStringLiteral("budget.csv"));
            QVERIFY2(budget.ok(), qPrintable(QString::fromUtf8(header) + QStringLiteral(": ") + budget.error()));
            const BudgetLine line = budget->line(QStringLiteral("certification"));
            QCOMPARE(line.subsidy, 12.0);
            QCOMPARE(line.selfFunded, 34.0);
            QCOMPARE(line.security, 5.0);
        }
    }

    void budgetErrorsNameFileAndRow()
    {
        auto unknown =
            BudgetReader::readCsv("item,subsidy,self_funded,security\n餐費,1,1,0\n", QStringLiteral("budget.csv"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("budget.csv, row 2")) &&
                     unknown.error().contains(QStringLiteral("餐費")),
                 qPrintable(unknown.error()));
        auto text = BudgetReader::readCsv("item,subsidy,self_funded,security\ncertification,abc,1,0\n",
                                          QStringLiteral("budget.csv"));
        QVERIFY(text.error().contains(QStringLiteral("abc")));
        auto header = BudgetReader::readCsv("item,subsidy,security\ncertification,1,0\n", QStringLiteral("budget.csv"));
        QVERIFY(header.error().contains(QStringLiteral("self_funded")));
        // The header cell that was not understood is named.
        auto odd =
            BudgetReader::readCsv("科目,補助款,自費,資安經費\ncertification,1,1,0\n", QStringLiteral("budget.csv"));
        QVERIFY(!odd.ok());
        QVERIFY2(odd.error().contains(QStringLiteral("自籌款")) && odd.error().contains(QStringLiteral("“自費”")),
                 qPrintable(odd.error()));
        auto twice = BudgetReader::readCsv("item,subsidy,self_funded,security\ncertification,1,1,0\n驗證費,1,1,0\n",
                                           QStringLiteral("budget.csv"));
        QVERIFY(twice.error().contains(QStringLiteral("twice")));
        QVERIFY(!BudgetReader::readCsv(QByteArray("\xFF\xFE\x00\x81", 4), QStringLiteral("budget.csv")).ok());
    }

    void quotedFieldsKeepCommasAndQuotes()
    {
        const auto rows =
            BudgetReader::parseCsv(QStringLiteral("a,\"b,c\",\"d\"\"e\"\n1,2,3"), QStringLiteral("budget.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
    }

    void anUnclosedQuoteIsRefusedNamingItsLine()
    {
        // Once accepted: every row after the quote became one field, and the budget lost its lines silently.
        const QByteArray csv = "item,subsidy,self_funded,security\n"
                               "personnel.staff,1500,2000,300\n"
                               "\"equipment.use,100,200,0\n"
                               "total,2000,3000,500\n";
        const auto budget = BudgetReader::readCsv(csv, QStringLiteral("budget.csv"));
        QVERIFY(!budget.ok());
        QVERIFY2(budget.error().contains(QStringLiteral("budget.csv")) &&
                     budget.error().contains(QStringLiteral("line 3")),
                 qPrintable(budget.error()));
    }

    void budgetXlsxRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
        {
            auto book = XlsxWorkbook::create(path);
            QVERIFY2(book.ok(), qPrintable(book.error()));
            QVERIFY((*book)->addWorksheet(QStringLiteral("預算")).ok());
            const QStringList header = {QStringLiteral("item"), QStringLiteral("subsidy"),
                                        QStringLiteral("self_funded"), QStringLiteral("security")};
            for (int c = 0; c < 4; ++c)
                (*book)->writeString(0, c, header.at(c));
            (*book)->writeString(1, 0, QStringLiteral("(1)計畫人員"));
            (*book)->writeNumber(1, 1, 1500);
            (*book)->writeNumber(1, 2, 1600);
            (*book)->writeNumber(1, 3, 250);
            (*book)->writeString(2, 0, QStringLiteral("驗證費"));
            (*book)->writeNumber(2, 1, 50);
            (*book)->writeNumber(2, 2, 50.5);
            QVERIFY((*book)->close().ok());
        }
        auto budget = BudgetReader::readXlsx(path);
        QVERIFY2(budget.ok(), qPrintable(budget.error()));
        QCOMPARE(budget->lines.size(), 2);
        QCOMPARE(budget->line(QStringLiteral("personnel.staff")).security, 250.0);
        QCOMPARE(budget->line(QStringLiteral("certification")).selfFunded, 50.5);
    }

    void aWorkbookThatLostACellIsNotFinished()
    {
        // Excel's sheets end at row 1,048,576: a cell past it is refused by libxlsxwriter, and the workbook
        // says so when it is closed instead of passing for complete.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lost.xlsx"));
        auto book = XlsxWorkbook::create(path);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QVERIFY((*book)->addWorksheet(QStringLiteral("總表")).ok());
        (*book)->writeString(0, 0, QStringLiteral("kept"));
        (*book)->writeNumber(2000000, 0, 74.5);
        const Status closed = (*book)->close();
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().contains(QStringLiteral("row 2000001")), qPrintable(closed.error()));
        QVERIFY(!QFileInfo::exists(path));
    }

    void xlsxThatIsNotAWorkbook()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("budget.xlsx")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a CSV renamed to xlsx");
        f.close();
        auto budget = BudgetReader::readXlsx(f.fileName());
        QVERIFY(!budget.ok());
        QVERIFY(budget.error().contains(QStringLiteral("budget.xlsx")));
    }

    // A one-sheet workbook (預算) whose row 2 holds shared string 0 in A2 and then `row2` as it is.
    static void writeWorkbook(const QString& path, const QByteArray& sharedStrings, const QByteArray& row2)
    {
        test::writeZip(
            path,
            {{QStringLiteral("xl/workbook.xml"),
              R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
              R"(<sheet name="預算" r:id="rId1"/></sheets></workbook>)"},
             {QStringLiteral("xl/_rels/workbook.xml.rels"),
              R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
             {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              QByteArray(R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>item</t></is></c></row>)"
                         R"(<row r="2"><c r="A2" t="s"><v>0</v></c>)") +
                  row2 + "</row></sheetData></worksheet>"}});
    }

    void sharedStringsAreReadAsExcelShowsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
        // Rich text runs join; a phonetic guide (<rPh>, as Japanese Excel keeps readings) is not text.
        writeWorkbook(
            path, R"(<sst><si><r><t>計畫</t></r><r><t>人員</t></r><rPh sb="0" eb="2"><t>けいかく</t></rPh></si></sst>)",
            R"(<c r="B2"><v>1500</v></c>)");
        const auto sheets = xlsx::readWorkbook(path, 8);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
        QCOMPARE(sheets->first().rows.at(1).first(), QStringLiteral("計畫人員"));
        // Shared strings that are not well-formed XML are refused, not read as far as they go.
        writeWorkbook(path, R"(<sst><si><t>personnel.staff</t></si><si><t>equip)", R"(<c r="B2"><v>1500</v></c>)");
        const auto damaged = xlsx::readWorkbook(path, 8);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains(QStringLiteral("budget.xlsx: the shared strings are damaged")),
                 qPrintable(damaged.error()));
    }

    void xlsxCellsThatAreNotWhatTheySeemAreRefused_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula without its value")
            << QByteArray(R"(<c r="B2"><f>SUM(B3:B9)</f></c>)") << QStringLiteral("cell B2: a formula");
        QTest::newRow("shared string out of range")
            << QByteArray(R"(<c r="B2" t="s"><v>99</v></c>)") << QStringLiteral("cell B2: shared string 99");
        QTest::newRow("boolean") << QByteArray(R"(<c r="B2" t="b"><v>1</v></c>)")
                                 << QStringLiteral("cell B2: a true/false value");
    }

    void xlsxCellsThatAreNotWhatTheySeemAreRefused()
    {
        // Each once read as 0: 計畫人員 became 0 and false share warnings followed.
        QFETCH(QByteArray, cell);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
        writeWorkbook(path, R"(<sst><si><t>personnel.staff</t></si></sst>)", cell);
        auto budget = BudgetReader::readXlsx(path);
        QVERIFY(!budget.ok());
        QVERIFY2(budget.error().contains(QStringLiteral("budget.xlsx, sheet “預算”")), qPrintable(budget.error()));
        QVERIFY2(budget.error().contains(expected), qPrintable(budget.error()));
    }

    void aPasswordProtectedWorkbookIsNamedSo()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("budget.xlsx")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        f.close();
        auto budget = BudgetReader::readXlsx(f.fileName());
        QVERIFY(!budget.ok());
        QVERIFY2(budget.error().contains(QStringLiteral("password-protected")), qPrintable(budget.error()));
    }

    void utf16ApplicationJsonIsNamedSo()
    {
        const QByteArray utf16 =
            QByteArray("\xFF\xFE", 2) + QByteArray(reinterpret_cast<const char*>(u"{\"format\": 1}"), 26);
        auto d = DossierReader::parse(utf16, QStringLiteral("application.json"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(QStringLiteral("UTF-16")), qPrintable(d.error()));
    }

    void classifiesByFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("申請表") << QStringLiteral("計畫申請表_範例公司.pdf") << QStringLiteral("application_form");
        QTest::newRow("查核報告") << QStringLiteral("財務查核報告書112_範例公司.pdf")
                                  << QStringLiteral("financial_report");
        QTest::newRow("結算申報") << QStringLiteral("營利事業所得稅結算申報書_範例公司.pdf")
                                  << QStringLiteral("financial_report");
        QTest::newRow("發票") << QStringLiteral("銷售發票影本_範例公司.pdf") << QStringLiteral("sales_proof");
        QTest::newRow("契約") << QStringLiteral("服務契約_範例公司.pdf") << QStringLiteral("sales_proof");
        QTest::newRow("能量登錄") << QStringLiteral("能量登錄證書_範例公司.pdf") << QStringLiteral("quality_proof");
        QTest::newRow("個資") << QStringLiteral("個資同意書_範例公司.pdf") << QStringLiteral("privacy_consent");
        QTest::newRow("揭露表") << QStringLiteral("關係人身分關係揭露表_範例公司.pdf")
                                << QStringLiteral("coi_disclosure");
        QTest::newRow("迴避") << QStringLiteral("建議迴避之人員清單_範例公司.pdf") << QStringLiteral("recusal_list");
        QTest::newRow("計畫書") << QStringLiteral("計畫書_範例公司.pdf") << QStringLiteral("proposal");
        QTest::newRow("簡報") << QStringLiteral("簡報_範例公司.pdf") << QStringLiteral("slides");
        QTest::newRow("意向書") << QStringLiteral("合作意向書_範例公司.pdf") << QStringLiteral("intent_letters");
        QTest::newRow("sales proof, numbered")
            << QStringLiteral("銷售實績2_範例公司.pdf") << QStringLiteral("sales_proof");
        QTest::newRow("year before the name")
            << QStringLiteral("113年度財務報表_範例公司.pdf") << QStringLiteral("financial_report");
        // Whole names, never fragments: an outsourcing contract is no sales proof, a commissioned plan no proposal.
        QTest::newRow("委託勞務契約書") << QStringLiteral("委託勞務契約書_範例公司.pdf") << QStringLiteral("agreement");
        QTest::newRow("執行計畫書") << QStringLiteral("執行計畫書_範例公司.pdf") << QStringLiteral("agreement");
        QTest::newRow("協議書 with a note")
            << QStringLiteral("委託研究協議書（工研院）_範例公司.pdf") << QStringLiteral("agreement");
        QTest::newRow("願任同意書 as 附件二")
            << QStringLiteral("附件二、顧問願任同意書（王大明）影本_範例公司.pdf") << QStringLiteral("advisor_consent");
        QTest::newRow("揭露表 by its law's name")
            << QStringLiteral("公職人員利益衝突迴避法第14條第2項公職人員及關係人身分關係揭露表_範例公司.pdf")
            << QStringLiteral("coi_disclosure");
        QTest::newRow("MOU") << QStringLiteral("MOU_範例公司.pdf") << QStringLiteral("intent_letters");
        QTest::newRow("a name that only contains one")
            << QStringLiteral("計畫書附錄_範例公司.pdf") << QStringLiteral("other");
        QTest::newRow("other") << QStringLiteral("公司簡介_範例公司.pdf") << QStringLiteral("other");
        QTest::newRow("no underscore") << QStringLiteral("簡報.PDF") << QStringLiteral("slides");
    }
    void classifiesByFileName()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QCOMPARE(attachments::classify(file), type);
    }
};

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
