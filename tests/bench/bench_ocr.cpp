// OCR of scanned pages: ReviewDesk (Poppler renders each page in reviewdesk-pdfworker, Tesseract reads it there)
// against the `tesseract` command on the same pages, rendered beforehand to greyscale images (PGM) by `pdftoppm` at the
// same resolution, with the same number of pages read at once and one thread each (OMP_THREAD_LIMIT=1 for both). Our
// time includes rendering the pages; the command's does not. Also the character error rate of both against the text the
// pages were printed from.
//   bench_ocr [--pages 24] [--threads N] [--dpi 300]
#include "models/core/OcrText.h"
#include "models/pdf/PdfComposer.h"
#include "models/pdf/PdfOcr.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/pdf/ScannedCopy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

using namespace rd;

namespace {

// Pages of financial statements, each with other figures.
void writeStatements(const QString& path, int pages)
{
    PdfComposer pdf(path, QStringLiteral("財務報表"));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            pdf.newPage();
        const int base = 1000 + p * 137;
        pdf.title(QStringLiteral("第%1頁　綜合損益表").arg(p + 1));
        pdf.paragraph(
            QStringLiteral("上開財務報表業經本會計師依照會計師查核簽證財務報表規則及審計準則查核竣事，足以允當"
                           "表達該公司民國一一三年十二月三十一日之財務狀況，以及該年度之經營成果與現金流量。"));
        pdf.table({QStringLiteral("會計項目"), QStringLiteral("金額（新臺幣千元）")},
                  {{QStringLiteral("營業收入"), QString::number(base * 12)},
                   {QStringLiteral("營業成本"), QString::number(base * 8)},
                   {QStringLiteral("營業毛利"), QString::number(base * 4)},
                   {QStringLiteral("營業費用"), QString::number(base * 3)},
                   {QStringLiteral("本期淨利"), QString::number(base)}},
                  {0.6, 0.4});
    }
    pdf.finish();
}

double mean(const QList<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("pages"), QStringLiteral("Scanned pages."), QStringLiteral("N"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Pages read at once."), QStringLiteral("N"),
                      QString::number(QThread::idealThreadCount())});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("Resolution pages are read at."), QStringLiteral("N"),
                      QStringLiteral("300")});
    parser.process(app);
    const int pages = std::max(1, parser.value(QStringLiteral("pages")).toInt());
    const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());
    const int dpi = parser.value(QStringLiteral("dpi")).toInt();
    qputenv("REVIEWDESK_PDFWORKER", REVIEWDESK_PDFWORKER_PATH);

    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("printed.pdf")),
                  scan = dir.filePath(QStringLiteral("scan.pdf"));
    writeStatements(printed, pages);
    if (const Status written = pdf::writeScannedCopy(printed, scan, {300, 0.5, 0.04, 11, {}}); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    const QStringList expected = PdfTextExtractor().extract({printed}).value(0).pages;

    // The same page images for the command.
    QProcess render;
    // PGM, not PNG: compressing grainy scans would take pdftoppm longer than reading them takes Tesseract.
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), scan,
                                              dir.filePath(QStringLiteral("page"))});
    if (!render.waitForFinished(600000) || render.exitCode() != 0) {
        std::fprintf(stderr, "pdftoppm failed: %s\n", render.readAllStandardError().constData());
        return 1;
    }
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name);

    // ReviewDesk: each thread its own worker, pages dealt out in turn.
    QList<QList<OcrRequest>> shares(threads);
    for (int p = 0; p < pages; ++p)
        shares[p % threads].append({scan, p + 1});
    PdfOcr ocr;
    ocr.setDpi(dpi);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    const QList<QList<OcrResult>> ours = QtConcurrent::blockingMapped(
        &pool, shares, [&ocr](const QList<OcrRequest>& share) { return ocr.recognise(share); });
    const double oursSeconds = timer.elapsed() / 1000.0;
    QList<double> oursErrors;
    for (int t = 0; t < threads; ++t)
        for (int k = 0; k < ours.at(t).size(); ++k)
            oursErrors << ocr::characterErrorRate(expected.value(t + k * threads), ours.at(t).at(k).page.text);

    // The command, `threads` processes at a time.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    timer.restart();
    QList<double> commandErrors(images.size());
    QtConcurrent::blockingMap(&pool, images, [&](const QString& image) {
        QProcess tesseract;
        tesseract.setProcessEnvironment(environment);
        tesseract.start(QStringLiteral("tesseract"),
                        {dir.filePath(image), QStringLiteral("stdout"), QStringLiteral("-l"),
                         QStringLiteral("chi_tra+eng"), QStringLiteral("--dpi"), QString::number(dpi)});
        tesseract.waitForFinished(600000);
        const int index = int(images.indexOf(image));
        commandErrors[index] =
            ocr::characterErrorRate(expected.value(index), QString::fromUtf8(tesseract.readAllStandardOutput()));
    });
    const double commandSeconds = timer.elapsed() / 1000.0;

    std::printf("OCR of %d scanned pages (A4, %d dpi, chi_tra+eng), %d at a time, one thread each\n", pages, dpi,
                threads);
    std::printf("  ReviewDesk (render + recognise in the PDF worker):  %7.2f s  %6.1f pages/min  CER %.2f %%\n",
                oursSeconds, pages * 60.0 / oursSeconds, mean(oursErrors) * 100);
    std::printf("  tesseract CLI on pdftoppm images (recognise only): %7.2f s  %6.1f pages/min  CER %.2f %%\n",
                commandSeconds, pages * 60.0 / commandSeconds, mean(commandErrors) * 100);
    std::printf("  ratio ReviewDesk / CLI time: %.2f\n", oursSeconds / commandSeconds);
    return 0;
}
