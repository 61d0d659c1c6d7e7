// Import throughput against pdftotext on the same PDFs, pages per second, peak memory, search latency.
//   bench_import [--applications N] [--seed S]
#include "models/demo/DemoGenerator.h"
#include "models/importer/ImportJob.h"
#include "models/search/SearchIndex.h"
#include "models/store/ApplicationStore.h"
#include "models/store/Workspace.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace rd;

namespace {

long maxRssKb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const int index = qBound(0, int(std::ceil(p * samples.size())) - 1, int(samples.size()) - 1);
    return samples.at(index);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the demo writes PDFs with Qt's font engine, no display needed
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("applications"), QStringLiteral("Applications in the round."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Demo seed."), QStringLiteral("S"), QStringLiteral("2025")});
    parser.process(app);
    qputenv("REVIEWDESK_PDFWORKER", REVIEWDESK_PDFWORKER_PATH);

    QTemporaryDir dir;
    DemoOptions options;
    options.applications = parser.value(QStringLiteral("applications")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    QElapsedTimer timer;
    timer.start();
    auto written = DemoGenerator(options).write(dir.filePath(QStringLiteral("dossiers")));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    const double generateSeconds = timer.elapsed() / 1000.0;

    QStringList pdfs;
    qint64 pdfBytes = 0;
    QDirIterator it(dir.filePath(QStringLiteral("dossiers")), {QStringLiteral("*.pdf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        pdfs << it.next();
        pdfBytes += it.fileInfo().size();
    }

    // Import: parse on every core, PDF text in worker processes, one transaction per dossier.
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("ws"))).value();
    const qint64 round =
        ApplicationStore(workspace->db())
            .createRound(QStringLiteral("bench"), QStringLiteral("DIGITAL+"), QStringLiteral("digitalplus-2025"))
            .value();
    timer.restart();
    ImportJob job(workspace->location(), round, {dir.filePath(QStringLiteral("dossiers"))});
    job.setOnDuplicate(ImportJob::OnDuplicate::Refuse);
    const ImportReport report = job.run();
    const double importSeconds = timer.elapsed() / 1000.0;
    int pages = 0;
    for (const auto& imported : report.imported)
        pages += imported.pages;
    const long importRss = maxRssKb(RUSAGE_SELF);
    const long workerRss = maxRssKb(RUSAGE_CHILDREN);

    // Baselines: Poppler's own pdftotext over the same files, one at a time and then with as many at once as
    // the import runs workers, so that the ratio compares like with like.
    const auto runPdftotext = [](const QString& pdf) {
        QProcess pdftotext;
        pdftotext.setStandardOutputFile(QProcess::nullDevice());
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-q"), pdf, QStringLiteral("-")});
        return pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0;
    };
    timer.restart();
    int baselineFailures = 0;
    for (const QString& pdf : std::as_const(pdfs))
        baselineFailures += runPdftotext(pdf) ? 0 : 1;
    const double baselineSeconds = timer.elapsed() / 1000.0;
    const int parallelism = QThread::idealThreadCount();
    QThreadPool pool;
    pool.setMaxThreadCount(parallelism);
    timer.restart();
    const QList<bool> parallelRuns = QtConcurrent::blockingMapped<QList<bool>>(&pool, pdfs, runPdftotext);
    const double parallelSeconds = timer.elapsed() / 1000.0;
    const auto parallelFailures = std::count(parallelRuns.cbegin(), parallelRuns.cend(), false);

    // Search latency over the imported round, 1-, 2-, 3+-character Chinese and English.
    const QStringList queries = {QStringLiteral("資"),         QStringLiteral("安"),
                                 QStringLiteral("資安"),       QStringLiteral("經費"),
                                 QStringLiteral("人力"),       QStringLiteral("雲端方案"),
                                 QStringLiteral("弱點掃描"),   QStringLiteral("長照"),
                                 QStringLiteral("推動家數"),   QStringLiteral("客服支援時段"),
                                 QStringLiteral("SLA"),        QStringLiteral("ISO 27001"),
                                 QStringLiteral("復原點目標"), QStringLiteral("臺中市"),
                                 QStringLiteral("預測"),       QStringLiteral("不存在的詞彙組合"),
                                 QStringLiteral("資安 經費"),  QStringLiteral("api"),
                                 QStringLiteral("診所"),       QStringLiteral("陪跑")};
    QList<double> latencies;
    int totalHits = 0;
    QStringList failedSearches; // a failure is reported, never counted as a search that found nothing
    for (int repeat = 0; repeat < 10; ++repeat) {
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            auto hits = search::find(workspace->db(), round, q);
            latencies << t.nsecsElapsed() / 1e6;
            if (hits)
                totalHits += int(hits->size());
            else
                failedSearches << q + QStringLiteral(": ") + hits.error();
        }
    }

    std::printf("ReviewDesk import benchmark — %d applications, seed %u, %d cores\n", options.applications,
                options.seed, QThread::idealThreadCount());
    std::printf("  demo round written in            %8.2f s (%lld PDFs, %.1f MB)\n", generateSeconds,
                static_cast<long long>(pdfs.size()), pdfBytes / 1048576.0);
    std::printf("  imported %d, rejected %d\n", int(report.imported.size()), int(report.rejected.size()));
    std::printf("  %-34s %8.2f s\n", "import (ReviewDesk, all stages)", importSeconds);
    std::printf("  %-34s %8.2f s  (%d failures)\n", "baseline: pdftotext, sequential", baselineSeconds,
                baselineFailures);
    std::printf("  %-34s %8.2f s  (%lld failures)\n",
                qPrintable(QStringLiteral("baseline: pdftotext, %1 at once").arg(parallelism)), parallelSeconds,
                static_cast<long long>(parallelFailures));
    std::printf("  %-34s %8.2f ×  (target ≤ 1.0, aim 0.6)\n", "ratio import / pdftotext sequential",
                importSeconds / baselineSeconds);
    std::printf("  %-34s %8.2f ×  (same parallelism)\n", "ratio import / pdftotext parallel",
                importSeconds / parallelSeconds);
    std::printf("  %-34s %8.0f pages/s (%d pages)\n", "import throughput", pages / importSeconds, pages);
    std::printf("  %-34s %8.0f pages/s sequential, %.0f pages/s %d at once\n", "pdftotext throughput",
                pages / baselineSeconds, pages / parallelSeconds, parallelism);
    std::printf("  %-34s %8.1f MB  (target < 400 MB)\n", "peak RSS, importing process", importRss / 1024.0);
    std::printf("  %-34s %8.1f MB\n", "peak RSS, largest PDF worker", workerRss / 1024.0);
    std::printf("  %-34s %8.2f ms p50, %.2f ms p99 over %d queries (target p99 < 50 ms; %d hits)\n", "search latency",
                percentile(latencies, 0.5), percentile(latencies, 0.99), int(latencies.size()), totalHits);
    for (const QString& failure : std::as_const(failedSearches))
        std::fprintf(stderr, "search failed: %s\n", qPrintable(failure));
    return report.rejected.isEmpty() && failedSearches.isEmpty() ? 0 : 1;
}
