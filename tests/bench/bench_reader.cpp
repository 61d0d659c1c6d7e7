// The PDF reader on a laptop: time to the first rendered page of a 60-page proposal against
// `pdftoppm -r 96 -f 1 -l 1` on the same file, next-page latency with prefetch while reading, and the peak
// memory of paging through a 300-page PDF.
//   bench_reader [--pages N] [--long-pages M] [--runs R]
#include "models/pdf/PageRenderer.h"
#include "models/pdf/PdfComposer.h"
#include "widgets/pdf/PdfCanvas.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace rd;

namespace {

// The page cache a reader has by default (Settings::pageCacheMegabytes).
constexpr qint64 defaultPageCache = qint64(96) << 20;

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const int index = qBound(0, int(std::ceil(p * samples.size())) - 1, int(samples.size()) - 1);
    return samples.at(index);
}

// Peak resident memory of this process so far, from the kernel (VmHWM).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// A proposal-like PDF: headings, paragraphs and a table on every page, with embedded CJK fonts.
void writeProposal(const QString& path, int pages)
{
    PdfComposer pdf(path, QStringLiteral("計畫書"));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        pdf.heading(QStringLiteral("第%1章 雲端方案導入規劃").arg(page + 1));
        for (int p = 0; p < 3; ++p)
            pdf.paragraph(QStringLiteral("本計畫導入雲端進銷存與顧客關係管理服務，協助意向產業或組織完成數位轉型。"
                                         "導入期間由雲端服務業者提供教育訓練、資料移轉與維運支援，並依服務水準協議"
                                         "（SLA）確保系統可用性達 99.5%%以上，資安檢測涵蓋弱點掃描與滲透測試。")
                              .repeated(2));
        QList<QStringList> rows;
        for (int r = 0; r < 8; ++r)
            rows.append({QStringLiteral("查核點 %1").arg(r + 1), QStringLiteral("2025/%1/15").arg(r % 12 + 1),
                         QStringLiteral("完成 %1 家導入").arg((r + 1) * 5)});
        pdf.table({QStringLiteral("項目"), QStringLiteral("日期"), QStringLiteral("產出")}, rows, {0.3, 0.3, 0.4});
    }
    pdf.finish();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("pages"), QStringLiteral("Pages of the proposal."), QStringLiteral("N"), QStringLiteral("60")},
         {QStringLiteral("long-pages"), QStringLiteral("Pages of the long PDF."), QStringLiteral("M"),
          QStringLiteral("300")},
         {QStringLiteral("runs"), QStringLiteral("Repetitions of the first-page timing."), QStringLiteral("R"),
          QStringLiteral("10")},
         {QStringLiteral("write-pdf"), QStringLiteral("Internal: write a PDF of --pages pages."),
          QStringLiteral("PATH")}});
    parser.process(app);
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    const int longPages = parser.value(QStringLiteral("long-pages")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (parser.isSet(QStringLiteral("write-pdf"))) {
        writeProposal(parser.value(QStringLiteral("write-pdf")), pages);
        return 0;
    }

    // The PDFs are written by a child process, so that writing them does not count in this one's memory.
    QTemporaryDir dir;
    const QString proposal = dir.filePath(QStringLiteral("proposal.pdf"));
    const QString longPdf = dir.filePath(QStringLiteral("long.pdf"));
    for (const auto& [path, count] : {std::pair{proposal, pages}, std::pair{longPdf, longPages}}) {
        if (QProcess::execute(
                QCoreApplication::applicationFilePath(),
                {QStringLiteral("--write-pdf"), path, QStringLiteral("--pages"), QString::number(count)}) != 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const double startRss = peakRssMb();

    // 1. First page: open + render page 1 at 96 dpi, a new renderer each time, against pdftoppm.
    QList<double> ours, theirs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        PageRenderer renderer;
        QSignalSpy rendered(&renderer, &PageRenderer::pageRendered);
        QObject::connect(&renderer, &PageRenderer::opened, &renderer, [&renderer] { renderer.requestPage(0, 96); });
        renderer.open(proposal);
        if (!rendered.wait(30000)) {
            std::fprintf(stderr, "no page rendered\n");
            return 1;
        }
        ours.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-f"), QStringLiteral("1"),
                           QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), proposal,
                           dir.filePath(QStringLiteral("ppm"))});
        theirs.append(timer.nsecsElapsed() / 1e6);
    }

    // 2. Next page while reading: the view shows a page, the reader spends a moment on it, then turns.
    QList<double> nextPage;
    int fromCache = 0;
    {
        PageRenderer renderer;
        PdfCanvas canvas(&renderer, defaultPageCache);
        canvas.resize(900, 1150);
        canvas.setLayoutMode(PdfCanvas::Layout::SinglePage);
        canvas.show();
        QSignalSpy opened(&renderer, &PageRenderer::opened);
        renderer.open(proposal);
        opened.wait(30000);
        canvas.documentOpened(0);
        QSignalSpy ready(&canvas, &PdfCanvas::visiblePagesReady);
        ready.wait(10000);
        for (int page = 1; page < renderer.pageCount(); ++page) {
            QTest::qWait(120); // reading
            ready.clear();
            QElapsedTimer timer;
            timer.start();
            canvas.goToPage(page);
            canvas.viewport()->repaint();
            // Shown from the cache at once when prefetch got there first; otherwise wait for the render.
            const QImage shown = canvas.cachedPage(page);
            if (shown.isNull())
                ready.wait(10000);
            else
                ++fromCache;
            nextPage.append(timer.nsecsElapsed() / 1e6);
        }
    }

    // 3. Paging through a 300-page PDF in continuous layout at fit width. The peak is measured from here:
    // the kernel's high-water mark is reset (clear_refs 5), so the figure is this reader's alone.
    const double beforeLong = peakRssMb();
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    PageRenderer longRenderer;
    PdfCanvas longCanvas(&longRenderer, defaultPageCache);
    longCanvas.resize(900, 1150);
    longCanvas.show();
    QSignalSpy longOpened(&longRenderer, &PageRenderer::opened);
    longRenderer.open(longPdf);
    longOpened.wait(60000);
    longCanvas.documentOpened(0);
    QElapsedTimer paging;
    paging.start();
    for (int page = 1; page < longRenderer.pageCount(); ++page) {
        longCanvas.goToPage(page);
        QTest::qWait(15);
    }
    QSignalSpy longReady(&longCanvas, &PdfCanvas::visiblePagesReady);
    longReady.wait(10000);
    const double pagingSeconds = paging.nsecsElapsed() / 1e9;
    const double peak = peakRssMb();

    std::printf("PDF reader (%d-page proposal, %d-page long PDF, %d runs)\n", pages, longPages, runs);
    std::printf("  %-40s %8.1f ms   pdftoppm -r 96 -f 1 -l 1: %8.1f ms   ratio %.2f× (target < 1)\n",
                "first page, median", percentile(ours, 0.5), percentile(theirs, 0.5),
                percentile(ours, 0.5) / percentile(theirs, 0.5));
    std::printf("  %-40s %8.2f ms   p95 %.2f ms   %d of %d turns from the prefetch cache (target p50 < 16 ms)\n",
                "next page while reading, p50", percentile(nextPage, 0.5), percentile(nextPage, 0.95), fromCache,
                int(nextPage.size()));
    std::printf("  %-40s %8.1f MB   before the long PDF: %.1f MB, at start %.1f MB; cache %.1f of %.1f MB "
                "(target < 300 MB)\n",
                "peak RSS paging the long PDF", peak, beforeLong, startRss, longCanvas.cache().bytes() / 1048576.0,
                longCanvas.cache().budget() / 1048576.0);
    std::printf("  %-40s %8.1f s    (%d pages, %.1f ms each incl. 15 ms pause)\n", "paging through the long PDF",
                pagingSeconds, longRenderer.pageCount(), pagingSeconds * 1000 / longRenderer.pageCount());
    return 0;
}
