// Scanned attachments: pages without a text layer are found at import, read by Tesseract in the PDF worker,
// and their text is searchable, with the words' boxes for highlighting.
#include "HostileInputs.h"
#include "TestSupport.h"

#include "models/core/OcrText.h"
#include "models/importer/ImportJob.h"
#include "models/importer/OcrJob.h"
#include "models/pdf/PdfComposer.h"
#include "models/pdf/PdfOcr.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/pdf/ScannedCopy.h"
#include "models/search/SearchIndex.h"
#include "models/sql/Sql.h"

#include <QDir>
#include <QTest>

using namespace rd;

namespace {

// A page of a financial statement as 004 肆 asks for one (財務報表), in Traditional Chinese, with a table of
// figures, then written as the PDF a scanner would return.
void writeStatement(const QString& path)
{
    PdfComposer pdf(path, QStringLiteral("財務報表"));
    pdf.title(QStringLiteral("雲端數位股份有限公司\n一一三年度財務報表暨會計師查核報告"));
    pdf.paragraph(QStringLiteral("雲端數位股份有限公司公鑒：上開財務報表業經本會計師依照會計師查核簽證財務報表規則"
                                 "及審計準則查核竣事，足以允當表達該公司民國一一三年十二月三十一日之財務狀況，"
                                 "以及該年度之經營成果與現金流量。"));
    pdf.heading(QStringLiteral("綜合損益表（單位：新臺幣千元）"));
    pdf.table({QStringLiteral("會計項目"), QStringLiteral("金額")},
              {{QStringLiteral("營業收入"), QStringLiteral("12,345")},
               {QStringLiteral("營業成本"), QStringLiteral("8,210")},
               {QStringLiteral("營業毛利"), QStringLiteral("4,135")},
               {QStringLiteral("營業費用"), QStringLiteral("2,987")},
               {QStringLiteral("本期淨利"), QStringLiteral("1,024")}},
              {0.6, 0.4});
    pdf.finish();
}

QString textLayer(const QString& path)
{
    const QList<ExtractedPdf> extracted = PdfTextExtractor().extract({path});
    return extracted.value(0).pages.join(QLatin1Char('\n'));
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::usePdfWorkerOfThisBuild(); }

    void imageOnlyPagesAreTakenForScans()
    {
        QTemporaryDir dir;
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        writeStatement(printed);
        QVERIFY(requireOk(pdf::writeScannedCopy(printed, dir.filePath(QStringLiteral("scan.pdf")))));
        test::writePdf(dir.filePath(QStringLiteral("short.pdf")), QStringLiteral("附件"));
        const QList<ExtractedPdf> read = PdfTextExtractor().extract(
            {printed, dir.filePath(QStringLiteral("scan.pdf")), dir.filePath(QStringLiteral("short.pdf"))});
        QCOMPARE(read.at(0).scanned, QList<bool>{false});
        QCOMPARE(read.at(1).scanned, QList<bool>{true});
        QVERIFY(read.at(1).pages.first().trimmed().isEmpty());
        // A page with a word or two and nothing else is short, not scanned.
        QCOMPARE(read.at(2).scanned, QList<bool>{false});
    }

    void recognisesTraditionalChineseAndTheTable_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<double>("noise");
        QTest::newRow("300 dpi, turned 0.7°, 5 % grain") << 300 << 0.7 << 0.05;
        QTest::newRow("200 dpi, turned −0.5°, 8 % grain") << 200 << -0.5 << 0.08;
    }

    void recognisesTraditionalChineseAndTheTable()
    {
        QFETCH(int, dpi);
        QFETCH(double, rotation);
        QFETCH(double, noise);
        QTemporaryDir dir;
        const QString printed = dir.filePath(QStringLiteral("printed.pdf")),
                      scan = dir.filePath(QStringLiteral("scan.pdf"));
        writeStatement(printed);
        QVERIFY(requireOk(pdf::writeScannedCopy(printed, scan, {dpi, rotation, noise, 7, {}})));
        PdfOcr ocr;
        const QList<OcrResult> results = ocr.recognise({{scan, 1}});
        QVERIFY2(results.at(0).recognised, qPrintable(results.at(0).problem));
        const QString expected = textLayer(printed);
        const double cer = ocr::characterErrorRate(expected, results.at(0).page.text);
        qInfo("CER %.2f %% over %d characters, mean confidence %.0f", cer * 100, int(expected.size()),
              results.at(0).page.confidence);
        QVERIFY2(cer < 0.05, qPrintable(results.at(0).page.text));
        for (const QString& figure : {QStringLiteral("12,345"), QStringLiteral("8,210"), QStringLiteral("1,024")})
            QVERIFY2(results.at(0).page.text.contains(figure), qPrintable(figure));
        // The words come with boxes on the page.
        const QList<QRectF> boxes = ocr::boxesFor(results.at(0).page.words, {QStringLiteral("營業收入")});
        QVERIFY(!boxes.isEmpty());
        for (const QRectF& box : boxes)
            QVERIFY(QRectF(0, 0, 1, 1).contains(box));
    }

    void searchFindsTheFiguresOfAScannedStatement()
    {
        test::TempWorkspace ws;
        QTemporaryDir dir;
        const QString folder = test::writeDossier(dir.path(), test::validApplication());
        const QString statement = folder + QStringLiteral("/財務查核報告書113_雲端數位股份有限公司.pdf");
        QDir(folder).remove(QDir(folder).entryList({QStringLiteral("財務查核報告書113*")}).value(0));
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        writeStatement(printed);
        QVERIFY(requireOk(pdf::writeScannedCopy(printed, statement)));

        ImportJob job(ws.workspace->location(), ws.roundId, {folder});
        const ImportReport imported = job.run();
        QCOMPARE(imported.imported.size(), 1);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 1);
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("12,345")).value(), 0);

        OcrJob ocr(ws.workspace->location());
        const OcrReport report = ocr.run();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recognised, 1);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 0);

        auto hits = search::find(ws.workspace->db(), ws.roundId, QStringLiteral("12,345"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QVERIFY(hits->first().fileName.startsWith(QStringLiteral("財務查核報告書113")));
        QVERIFY(hits->first().ocr);
        QVERIFY2(hits->first().ocrConfidence > 60, qPrintable(QString::number(hits->first().ocrConfidence)));
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("營業毛利")).value(), 1);
        auto boxes = search::ocrBoxes(ws.workspace->db(), hits->first().documentId, hits->first().page,
                                      QStringLiteral("12,345"));
        QVERIFY(boxes.ok());
        QCOMPARE(boxes->size(), 1);

        // The document says it is scanned, and how much of it OCR has read.
        auto record = ws.store().application(imported.imported.first().applicationId);
        QVERIFY(record.ok());
        const auto scanned = std::find_if(record->documents.cbegin(), record->documents.cend(),
                                          [](const DocumentRecord& d) { return d.scannedPages > 0; });
        QVERIFY(scanned != record->documents.cend());
        QCOMPARE(scanned->recognisedPages, 1);
    }

    void aCancelledRunLeavesTheRestForTheNext()
    {
        test::TempWorkspace ws;
        QTemporaryDir dir;
        QStringList folders;
        for (int i = 0; i < 3; ++i) {
            QJsonObject application =
                test::validApplication(QStringLiteral("0459525%1").arg(7 - i * 2), QStringLiteral("計畫%1").arg(i));
            const QString folder = test::writeDossier(dir.filePath(QString::number(i)), application);
            const QString name = QDir(folder).entryList({QStringLiteral("財務查核報告書113*")}).value(0);
            const QString printed = dir.filePath(QStringLiteral("printed%1.pdf").arg(i));
            writeStatement(printed);
            QVERIFY(requireOk(pdf::writeScannedCopy(printed, folder + u'/' + name)));
            folders << folder;
        }
        ImportJob job(ws.workspace->location(), ws.roundId, folders);
        QCOMPARE(job.run().imported.size(), 3);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 3);

        // One thread, cancelled as soon as the first page is stored: what was stored stays.
        OcrJob first(ws.workspace->location());
        first.setThreads(1);
        first.setPagesPerBatch(1);
        connect(
            &first, &OcrJob::progress, &first,
            [&first](int done, int) {
                if (done > 0)
                    first.cancel();
            },
            Qt::DirectConnection);
        const OcrReport stopped = first.run();
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.recognised >= 1);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 3 - stopped.recognised);
        QVERIFY(OcrJob::pendingPages(ws.workspace->db()).value() > 0);

        // A new job, as after a restart, reads only what is left.
        OcrJob next(ws.workspace->location());
        const OcrReport rest = next.run();
        QCOMPARE(rest.recognised, 3 - stopped.recognised);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 0);
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("12,345")).value(), 3);
    }

    void anApplicationRemovedWhileOcrRunsLeavesTheIndexWhole()
    {
        // OCR lists the pages to read, then reads them for minutes; meanwhile the secretariat removes an
        // application (or a 補正 replaces its documents). Its pages left the search index with it: what OCR read
        // of them is not stored, not counted as read, and not taken out of the index a second time (a contentless
        // index takes a removal on trust), so the pages that come next are found whole.
        test::TempWorkspace ws;
        QTemporaryDir dir;
        const auto dossier = [&](int i) {
            const QString folder = test::writeDossier(
                dir.filePath(QString::number(i)),
                test::validApplication(QStringLiteral("0459525%1").arg(7 - i * 2), QStringLiteral("計畫%1").arg(i)));
            const QString name = QDir(folder).entryList({QStringLiteral("財務查核報告書113*")}).value(0);
            const QString printed = dir.filePath(QStringLiteral("printed%1.pdf").arg(i));
            writeStatement(printed);
            pdf::ScanOptions scan;
            scan.stamp = QStringLiteral("SCANBATCH");
            if (!requireOk(pdf::writeScannedCopy(printed, folder + u'/' + name, scan)))
                qFatal("scan");
            return folder;
        };
        ImportJob import(ws.workspace->location(), ws.roundId, {dossier(0), dossier(1)});
        const ImportReport imported = import.run();
        QCOMPARE(imported.imported.size(), 2);
        QCOMPARE(OcrJob::pendingPages(ws.workspace->db()).value(), 2); // the stamp alone does not make text
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("SCANBATCH")).value(), 2);
        const qint64 second = imported.imported.at(1).applicationId;

        OcrJob ocr(ws.workspace->location());
        ocr.setThreads(1);
        ocr.setPagesPerBatch(1);
        bool removed = false;
        connect(
            &ocr, &OcrJob::progress, &ocr,
            [&](int done, int) {
                if (done == 1 && !removed)
                    removed = ws.store().remove(second).ok();
            },
            Qt::DirectConnection);
        const OcrReport report = ocr.run();
        QVERIFY(removed);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recognised, 1); // the removed application's page is not stored
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("12,345")).value(), 1);

        // The next dossier's pages take the removed ones' numbers; all of their words are found.
        ImportJob next(ws.workspace->location(), ws.roundId, {dossier(2)});
        QCOMPARE(next.run().imported.size(), 1);
        QCOMPARE(search::count(ws.workspace->db(), ws.roundId, QStringLiteral("SCANBATCH")).value(), 2);
    }

    void aHostilePageCostsOnlyThatPage()
    {
        // A request for a page the file does not have, and a file that is not a PDF: each fails alone.
        QTemporaryDir dir;
        const QString printed = dir.filePath(QStringLiteral("printed.pdf")),
                      scan = dir.filePath(QStringLiteral("scan.pdf")), junk = dir.filePath(QStringLiteral("junk.pdf"));
        writeStatement(printed);
        QVERIFY(requireOk(pdf::writeScannedCopy(printed, scan)));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\n garbage");
        file.close();
        const QList<OcrResult> results = PdfOcr().recognise({{junk, 1}, {scan, 9}, {scan, 1}});
        QCOMPARE(results.at(0).problem, PdfProblem::damaged);
        QCOMPARE(results.at(1).problem, PdfProblem::damaged);
        QVERIFY(results.at(2).recognised);
    }

    void aPageThatNeverFinishesDrawingCostsOnlyThatPage()
    {
        // A page Poppler would draw for minutes: the worker rendering it for OCR is killed at the stall limit,
        // the page is "hung", and a fresh worker reads the next one.
        QTemporaryDir dir;
        const QString bomb = dir.filePath(QStringLiteral("form-bomb.pdf"));
        test::writeFormBombPdf(bomb, 26);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf")),
                      scan = dir.filePath(QStringLiteral("scan.pdf"));
        writeStatement(printed);
        QVERIFY(requireOk(pdf::writeScannedCopy(printed, scan)));
        PdfOcr ocr;
        ocr.setStallTimeout(8000); // well above the time a real page takes
        const QList<OcrResult> results = ocr.recognise({{bomb, 1}, {scan, 1}});
        QCOMPARE(results.at(0).problem, PdfProblem::hung);
        QVERIFY2(results.at(1).recognised, qPrintable(results.at(1).problem));
        QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    }

private:
    static bool requireOk(const Status& status)
    {
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return status.ok();
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
