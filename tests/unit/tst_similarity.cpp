// Proposals that copy each other, found across a round and against earlier rounds, while the template every
// proposal is written from is not a match.
#include "ProposalText.h"

#include "models/similarity/TextReuse.h"

#include <QTest>

using namespace rd::similarity;
using rd::test::proposal;
using rd::test::rewritten;

const auto sentences = rd::test::proposalSentences;

namespace {

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
        noTemplate.templateMinimum = 1000;
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
};

QTEST_MAIN(TestSimilarity)
#include "tst_similarity.moc"
