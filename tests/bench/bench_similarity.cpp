// Comparing every proposal of a round with every other and with an earlier round: N proposals of 40 pages (a
// template page, 40 pages of their own), every 50th copying a rewritten fifth of another. Each size runs in a
// process of its own, so that its peak memory is its own; beside it, what comparing all pairs exactly would take
// (the time of one pair's exact comparison, measured, times N(N−1)/2).
//   bench_similarity [--sizes 200,1000,2000] [--pages 40] | bench_similarity --workspace WS
#include "ProposalText.h"

#include "models/screening/ProposalComparison.h"
#include "models/similarity/TextReuse.h"
#include "models/store/ApplicationStore.h"
#include "models/store/TextMatches.h"
#include "models/store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>

using namespace rd;

namespace {

// One size, in this process: prints "seconds peak-MB found expected pair-ms".
int runOne(int n, int pages)
{
    QList<similarity::Document> documents;
    int expected = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 round = i < n / 5 ? 1 : 2; // a fifth from last year's round
        if (i % 50 == 49) {                     // copies a rewritten fifth of the proposal 17 before it
            const QStringList copied = test::proposalSentences(quint32(i - 17), pages * 30).mid(30, pages * 6);
            documents << test::proposal(i + 1, round, quint32(i), pages - pages / 5, test::rewritten(copied));
            expected += round == 2 || documents.at(i - 17).roundId == 2;
        } else {
            documents << test::proposal(i + 1, round, quint32(i), pages);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const QList<similarity::Match> matches = similarity::findMatches(documents, 2);
    const double seconds = timer.elapsed() / 1000.0;

    // One exact comparison, as all-pairs would do it N(N-1)/2 times: two documents through the whole pipeline.
    timer.restart();
    const int pairs = 20;
    for (int p = 0; p < pairs; ++p)
        (void)similarity::findMatches({documents.at(p), documents.at(p + 1)}, 0);
    const double pairMs = double(timer.nsecsElapsed()) / 1e6 / pairs;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.3f %.1f %d %d %.3f\n", seconds, double(usage.ru_maxrss) / 1024.0, int(matches.size()), expected,
                pairMs);
    return 0;
}

// The proposals of a workspace's round as they were imported (the demo's, written from one sentence bank and one
// template): the comparison the import makes, timed, with what it found.
int runWorkspace(const QString& path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadWrite);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error()));
        return 1;
    }
    auto rounds = ApplicationStore((*workspace)->db()).rounds();
    if (!rounds || rounds->isEmpty())
        return 1;
    const qint64 round = rounds->last().id;
    QElapsedTimer timer;
    timer.start();
    if (const Status compared = proposals::compare((*workspace)->db(), round); !compared) {
        std::fprintf(stderr, "%s\n", qPrintable(compared.error()));
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    auto matches = textmatches::ofRound((*workspace)->db(), round);
    std::printf("%s: the round's proposals and presentations compared in %.2f s; %d pairs share text\n",
                qPrintable(path), seconds, matches ? int(matches->size()) : -1);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sizes"), QStringLiteral("Proposals per run, comma-separated."), QStringLiteral("N,…"),
          QStringLiteral("200,1000,2000")},
         {QStringLiteral("pages"), QStringLiteral("Pages of each proposal's own text."), QStringLiteral("P"),
          QStringLiteral("40")},
         {QStringLiteral("one"), QStringLiteral("Run one size in this process."), QStringLiteral("N")},
         {QStringLiteral("workspace"), QStringLiteral("Compare the proposals of this workspace's last round instead."),
          QStringLiteral("WS")}});
    parser.process(app);
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    if (parser.isSet(QStringLiteral("workspace")))
        return runWorkspace(parser.value(QStringLiteral("workspace")));
    if (parser.isSet(QStringLiteral("one")))
        return runOne(parser.value(QStringLiteral("one")).toInt(), pages);

    std::printf("proposals of %d pages; every 50th copies a rewritten fifth of another\n", pages);
    std::printf("%8s %10s %10s %9s %14s %16s\n", "N", "seconds", "peak MB", "found", "growth (N×)", "all pairs est.");
    double previousSeconds = 0;
    int previousN = 0;
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--one"), size, QStringLiteral("--pages"), QString::number(pages)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "the run of %s failed: %s\n", qPrintable(size),
                         child.readAllStandardError().constData());
            return 1;
        }
        const QStringList figures = QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char(' '));
        const int n = size.toInt();
        const double seconds = figures.value(0).toDouble();
        const double allPairs = figures.value(4).toDouble() / 1000.0 * double(n) * double(n - 1) / 2.0;
        const QString growth = previousN ? QStringLiteral("%1× for %2×")
                                               .arg(seconds / previousSeconds, 0, 'f', 1)
                                               .arg(double(n) / previousN, 0, 'f', 1)
                                         : QStringLiteral("—");
        std::printf("%8d %10.2f %10.0f %5s/%-3s %14s %14.0f s\n", n, seconds, figures.value(1).toDouble(),
                    qPrintable(figures.value(2)), qPrintable(figures.value(3)), qPrintable(growth), allPairs);
        previousSeconds = seconds;
        previousN = n;
    }
    return 0;
}
