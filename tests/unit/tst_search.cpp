// Full-text search over every page: Chinese of 1, 2 and more characters, English, and NFKC cases.
#include "TestSupport.h"

#include "models/dossier/DossierReader.h"
#include "models/search/SearchIndex.h"

#include <QJsonDocument>
#include <QTest>

using namespace rd;

class TestSearch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    qint64 m_applicationId = 0;

    ParsedDossier dossierWithPages(const QStringList& pages, const QString& title = QStringLiteral("雲端導入計畫"))
    {
        ParsedDossier parsed;
        parsed.sourcePath = QStringLiteral("test");
        parsed.dossier =
            DossierReader::parse(QJsonDocument(test::validApplication(QStringLiteral("04595257"), title)).toJson(),
                                 QStringLiteral("t"))
                .value();
        parsed.budget.lines = {{QStringLiteral("personnel.staff"), 100, 100, 20}};
        ParsedDocument doc;
        doc.fileName = QStringLiteral("計畫書_範例.pdf");
        doc.type = QStringLiteral("proposal");
        doc.sha256 = QString(64, u'a');
        doc.pages = pages;
        parsed.documents = {doc};
        return parsed;
    }

    QList<search::Hit> find(const QString& query)
    {
        auto hits = search::find(m_ws->workspace->db(), m_ws->roundId, query);
        if (!hits.ok())
            qWarning() << hits.error();
        return hits.ok() ? *hits : QList<search::Hit>();
    }

    QList<int> pagesFor(const QString& query)
    {
        QList<int> pages;
        for (const search::Hit& hit : find(query))
            pages << hit.page;
        return pages;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        // Page 2 is as Poppler extracts CJK fonts: Kangxi radicals for 人 and 力 (U+2F08, U+2F12).
        auto id = m_ws->store().insert(m_ws->roundId,
                                       dossierWithPages({QStringLiteral("本計畫資安部署包含弱點掃描，經費編列合理。"),
                                                         QStringLiteral("計畫⼈⼒配置：專案經理一名。Cloud SLA 99.5%"),
                                                         QStringLiteral("資\n安 與 經費 分開寫在不同行也要找得到"),
                                                         QStringLiteral("ＡＩ 需求預測服務")}),
                                       0);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_applicationId = *id;
    }

    void oneCharacter() { QCOMPARE(pagesFor(QStringLiteral("資")), (QList<int>{1, 3})); }
    void twoCharacters()
    {
        QCOMPARE(pagesFor(QStringLiteral("資安")), (QList<int>{1, 3}));
        QCOMPARE(pagesFor(QStringLiteral("經費")), (QList<int>{1, 3}));
    }
    void threeOrMoreCharacters()
    {
        QCOMPARE(pagesFor(QStringLiteral("弱點掃描")), (QList<int>{1}));
        QCOMPARE(pagesFor(QStringLiteral("資安部署")), (QList<int>{1}));
    }
    void substringMustBeContiguous() { QCOMPARE(pagesFor(QStringLiteral("資經")), QList<int>()); }
    void termsAreAnded() { QCOMPARE(pagesFor(QStringLiteral("資安 弱點")), (QList<int>{1})); }
    void englishWordsAndPrefixes()
    {
        QCOMPARE(pagesFor(QStringLiteral("SLA")), (QList<int>{2}));
        QCOMPARE(pagesFor(QStringLiteral("cloud")), (QList<int>{2}));
        QCOMPARE(pagesFor(QStringLiteral("clo")), (QList<int>{2}));
    }
    void kangxiRadicalsInTheText() { QCOMPARE(pagesFor(QStringLiteral("人力")), (QList<int>{2})); }
    void kangxiRadicalsInTheQuery() { QCOMPARE(pagesFor(QStringLiteral("⼈⼒")), (QList<int>{2})); }
    void fullWidthLatin()
    {
        QCOMPARE(pagesFor(QStringLiteral("ＳＬＡ")), (QList<int>{2}));
        QCOMPARE(pagesFor(QStringLiteral("ai")), (QList<int>{4}));
    }
    void punctuationOnlyFindsNothing() { QCOMPARE(pagesFor(QStringLiteral("「」，")), QList<int>()); }
    void queryOperatorsAreTakenAsText()
    {
        QCOMPARE(pagesFor(QStringLiteral("\"資安\" * NEAR(")), QList<int>());
        QCOMPARE(pagesFor(QStringLiteral("\"資安\" *")), (QList<int>{1, 3}));
    }

    void hitCarriesApplicationDocumentAndSnippet()
    {
        const auto hits = find(QStringLiteral("弱點掃描"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().ubn, QStringLiteral("04595257"));
        QCOMPARE(hits.first().fileName, QStringLiteral("計畫書_範例.pdf"));
        QCOMPARE(hits.first().applicationId, m_applicationId);
        QVERIFY(hits.first().snippet.contains(QStringLiteral("弱點掃描")));
    }

    void replacingAnApplicationRemovesItsPagesFromTheIndex()
    {
        auto replaced =
            m_ws->store().insert(m_ws->roundId, dossierWithPages({QStringLiteral("全新內容")}), m_applicationId);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(pagesFor(QStringLiteral("資安")), QList<int>());
        QCOMPARE(pagesFor(QStringLiteral("全新")), (QList<int>{1}));
    }

    void searchIsScopedToTheRound()
    {
        auto other = m_ws->store().createRound(QStringLiteral("第2梯次"), QStringLiteral("DIGITAL+"),
                                               QStringLiteral("digitalplus-2025"));
        auto hits = search::find(m_ws->workspace->db(), *other, QStringLiteral("資安"));
        QVERIFY(hits.ok());
        QVERIFY(hits->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
