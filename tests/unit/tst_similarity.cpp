// Proposals that copy each other, found across a round and against earlier rounds, while the template every
// proposal is written from is not a match.
#include "ProposalText.h"
#include "TestSupport.h"

#include "models/screening/ProposalComparison.h"
#include "models/screening/RoundFindings.h"
#include "models/similarity/TextReuse.h"
#include "models/store/TextMatches.h"

#include <QTest>

using namespace rd::similarity;
using rd::test::proposal;
using rd::test::rewritten;

const auto sentences = rd::test::proposalSentences;

namespace {

QString joined(const Document& d)
{
    return d.pages.join(QString());
}

bool matched(const QList<Match>& matches, qint64 a, qint64 b)
{
    return std::any_of(matches.cbegin(), matches.cend(),
                       [&](const Match& m) { return (m.a == a && m.b == b) || (m.a == b && m.b == a); });
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisingKeepsLettersAndDigitsOnly()
    {
        QCOMPARE(normalized(QStringLiteral("資安經費　１，２５０千元（Ｓｅｃｕｒｉｔｙ）。")),
                 QStringLiteral("資安經費1250千元security"));
    }

    void aPassageIsMarkedInThePageAsWritten()
    {
        // The side-by-side view marks the passage in the page's own text: full-width digits, punctuation and
        // Latin case as the applicant wrote them, and in the other document however its sentences were reordered.
        const QString page =
            QStringLiteral("前言不同。本方案以冷鏈溫控雲端平台為核心，每３０秒回傳一次ＳＬＡ量測值；其後另述。");
        const QString passage =
            normalized(QStringLiteral("每30秒回傳一次sla量測值另有一句在此頁之外本方案以冷鏈溫控雲端平台為核心"));
        const QList<TextSpan> spans = spansOf(page, passage);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(page.mid(spans.first().start, spans.first().length),
                 QStringLiteral("本方案以冷鏈溫控雲端平台為核心，每３０秒回傳一次ＳＬＡ量測值"));
        QVERIFY(spansOf(page, normalized(QStringLiteral("這一頁沒有的一段文字而且夠長"))).isEmpty());
    }

    void aRewrittenFifthIsFoundAndTheTemplateIsNot()
    {
        // Eight proposals of a round from one template; proposal 7 takes a fifth of proposal 2's own text,
        // reordered and repunctuated.
        QList<Document> round;
        for (int i = 1; i <= 8; ++i)
            round << proposal(i, 1, quint32(100 + i), 6);
        const QStringList copied = sentences(102, 6 * 30).mid(30, 36); // 20 % of proposal 2's sentences
        round[6] = proposal(7, 1, 107, 5, rewritten(copied));
        const QList<Match> matches = findMatches(round, 1);
        QVERIFY2(matched(matches, 2, 7), qPrintable(QString::number(matches.size())));
        QCOMPARE(matches.size(), 1); // the template alone matches nothing
        Options noTemplate;          // ... though it would, were it not discounted
        noTemplate.templateMinimum = noTemplate.templateMaximum = 1000;
        QCOMPARE(findMatches(round, 1, noTemplate).size(), 8 * 7 / 2);
        const Match& m = matches.first();
        QVERIFY2(m.shareA > 0.12 && m.shareA < 0.3, qPrintable(QString::number(m.shareA)));
        QVERIFY2(m.shareB > 0.12 && m.shareB < 0.3, qPrintable(QString::number(m.shareB)));
        // Passages point at the pages they are on: proposal 2's second and third pages (after the template's).
        QVERIFY(!m.passages.isEmpty());
        for (const Passage& p : m.passages) {
            QVERIFY2(p.pageA == 2 || p.pageA == 3, qPrintable(QString::number(p.pageA)));
            QCOMPARE(p.pageB, 6); // proposal 7's last page holds the copy
            QVERIFY(!p.text.contains(QStringLiteral("公司概況")));
        }
    }

    void aProposalCopiedFromAnEarlierRoundIsFoundAgainstIt()
    {
        QList<Document> documents;
        for (int i = 1; i <= 4; ++i)
            documents << proposal(i, 1, quint32(200 + i), 4); // last year's round
        for (int i = 5; i <= 8; ++i)
            documents << proposal(i, 2, quint32(200 + i), 4);
        // This year's proposal 8 is last year's proposal 3 with its second half rewritten.
        Document copy = proposal(8, 2, 203, 4);
        const QStringList fresh = sentences(999, 60);
        copy.pages[3] = fresh.mid(0, 30).join(QString());
        copy.pages[4] = fresh.mid(30, 30).join(QString());
        documents[7] = copy;
        // Last year's proposals 1 and 2 share text too, but are not this round's business.
        documents[1].pages << sentences(201, 30).join(QString());

        const QList<Match> matches = findMatches(documents, 2);
        QCOMPARE(matches.size(), 1);
        QVERIFY(matched(matches, 3, 8));
        QVERIFY2(matches.first().shareA > 0.4, qPrintable(QString::number(matches.first().shareA)));
        QVERIFY(matched(findMatches(documents, 1), 1, 2));
    }

    void unrelatedProposalsMatchNothing()
    {
        QList<Document> documents;
        for (int i = 1; i <= 30; ++i)
            documents << proposal(i, 1, quint32(300 + i), 3);
        QVERIFY(findMatches(documents, 1).isEmpty());
    }

    void aConsultantsBoilerplateIsNotACopyButTwoProposalsSharingAPlanAre()
    {
        // 200 proposals; a consultant wrote the same two pages of boilerplate into eight of them (4 %, far below a
        // quarter), and two others share a plan. The boilerplate is common wording; the plan is a copy.
        QList<Document> documents;
        const QStringList boilerplate = sentences(9999, 60);
        const QStringList plan = sentences(8888, 40);
        for (int i = 1; i <= 200; ++i) {
            const QStringList extra = i <= 8 ? boilerplate : i == 100 || i == 150 ? plan : QStringList();
            documents << proposal(i, 1, quint32(500 + i), 3, extra);
        }
        const QList<Match> matches = findMatches(documents, 1);
        QCOMPARE(matches.size(), 1);
        QVERIFY(matched(matches, 100, 150));
    }

    void aProposalCopiedFromLastYearsRoundIsAFindingThatNamesThatRound()
    {
        // Last year's round holds the original; this year's a proposal that rewrote a fifth of it. The finding is
        // on this year's application only, and names the round the other proposal is in.
        rd::test::TempWorkspace ws;
        const qint64 lastYear = ws.roundId;
        const Document original = proposal(1, 1, 401, 6);
        rd::test::addApplicationWithDocuments(
            ws, rd::test::validApplication(QStringLiteral("04595257"), QStringLiteral("去年計畫")),
            {{QStringLiteral("proposal"), joined(original)}});
        ws.roundId = ws.store()
                         .createRound(QStringLiteral("115年度第1梯次"), QStringLiteral("DIGITAL+"),
                                      QStringLiteral("digitalplus-2025"))
                         .value();
        const Document copy = proposal(2, 2, 402, 5, rewritten(sentences(401, 6 * 30).mid(60, 36)));
        const qint64 thisYear = rd::test::addApplicationWithDocuments(
            ws, rd::test::validApplication(QStringLiteral("10000073"), QStringLiteral("今年計畫")),
            {{QStringLiteral("proposal"), joined(copy)}});
        rd::test::requireOk(rd::proposals::compare(ws.workspace->db(), ws.roundId), "compare");
        rd::test::requireOk(rd::roundfindings::recompute(ws.workspace->db(), ws.roundId), "recompute");
        QList<rd::Finding> similar;
        for (const rd::RoundFinding& f : ws.store().findings(ws.roundId).value())
            if (f.finding.rule == QLatin1String("round.similar_proposal"))
                similar << f.finding;
        QCOMPARE(similar.size(), 1);
        QCOMPARE(similar.first().applicationId, thisYear);
        QCOMPARE(similar.first().figures.value(QStringLiteral("other_in_round")).toBool(), false);
        QCOMPARE(similar.first().figures.value(QStringLiteral("other_round")).toString(), QStringLiteral("測試梯次"));
        QCOMPARE(similar.first().figures.value(QStringLiteral("other_ubn")).toString(), QStringLiteral("04595257"));
        // Last year's findings are last year's: comparing this year's round changes nothing there.
        QVERIFY(ws.store().findings(lastYear).value().isEmpty() ||
                std::none_of(ws.store().findings(lastYear)->cbegin(), ws.store().findings(lastYear)->cend(),
                             [](const rd::RoundFinding& f) {
                                 return f.finding.rule == QLatin1String("round.similar_proposal");
                             }));
    }

    void aRoundsSharedProposalTextIsAFindingOnBothApplications()
    {
        // Three proposals of one template stored in a round: the third takes a fifth of the first's own text,
        // rewritten. Each also has its presentation, which repeats its own proposal.
        rd::test::TempWorkspace ws;
        const Document first = proposal(1, 1, 301, 6), second = proposal(2, 1, 302, 6);
        const Document third = proposal(3, 1, 303, 5, rewritten(sentences(301, 6 * 30).mid(40, 36)));
        QList<qint64> ids;
        int n = 0;
        for (const Document* d : {&first, &second, &third}) {
            ++n;
            ids << rd::test::addApplicationWithDocuments(
                ws, rd::test::validApplication(QStringLiteral("0459525%1").arg(n), QStringLiteral("計畫%1").arg(n)),
                {{QStringLiteral("proposal"), joined(*d)}, {QStringLiteral("slides"), joined(*d).left(3000)}});
        }
        rd::test::requireOk(rd::proposals::compare(ws.workspace->db(), ws.roundId), "compare");
        rd::test::requireOk(rd::roundfindings::recompute(ws.workspace->db(), ws.roundId), "recompute");

        auto findings = ws.store().findings(ws.roundId);
        QVERIFY(findings.ok());
        QList<qint64> flagged;
        qint64 matchId = 0;
        for (const rd::RoundFinding& f : *findings) {
            if (f.finding.rule != QLatin1String("round.similar_proposal"))
                continue;
            flagged << f.finding.applicationId;
            QCOMPARE(f.finding.severity, rd::Severity::Warning);
            QVERIFY(f.finding.location.startsWith(QLatin1String("text_match:")));
            matchId = f.finding.figures.value(QStringLiteral("match")).toInteger();
            const double percent = f.finding.figures.value(QStringLiteral("percent")).toDouble();
            QVERIFY2(percent > 10 && percent < 35, qPrintable(QString::number(percent)));
        }
        std::sort(flagged.begin(), flagged.end());
        QCOMPARE(flagged, (QList<qint64>{ids.at(0), ids.at(2)})); // not the second, not a proposal vs its slides

        auto match = rd::textmatches::byId(ws.workspace->db(), matchId);
        QVERIFY(match.ok());
        QCOMPARE(match->own(ids.at(0)).fileName, QStringLiteral("proposal.pdf"));
        QCOMPARE(match->other(ids.at(0)).applicationId, ids.at(2));
        QVERIFY(!match->passages.isEmpty());
        QVERIFY(match->passages.first().pageA >= 1 && match->passages.first().pageB >= 1);

        // Withdrawing the copy removes the match with its document.
        rd::test::requireOk(ws.store().remove(ids.at(2)), "remove");
        QVERIFY(!rd::textmatches::byId(ws.workspace->db(), matchId).ok());
    }
};

QTEST_MAIN(TestSimilarity)
#include "tst_similarity.moc"
