// Text extraction in the worker process: real text, broken and encrypted PDFs, and a worker that crashes
// or hangs, which must cost only the file it was reading.
#include "HostileInputs.h"
#include "TestSupport.h"

#include "models/pdf/PdfTextExtractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace rd;

namespace {

// A stand-in worker that speaks the protocol and crashes (or hangs) on files named so.
QString fakeWorker(const QString& dir, const QString& onBadFile)
{
    const QString path = dir + QStringLiteral("/fake-worker.sh");
    QFile script(path);
    script.open(QIODevice::WriteOnly);
    script.write(QStringLiteral("#!/bin/bash\n"
                                "i=0\n"
                                "while IFS= read -r path; do\n"
                                "  echo \"FILE $i\"\n"
                                "  if [[ $path == *bad* ]]; then %1; fi\n"
                                "  echo \"PAGES $i 1\"\n"
                                "  printf 'PAGE %%s 1 5\\nhello' \"$i\"\n"
                                "  echo \"DONE $i\"\n"
                                "  i=$((i+1))\n"
                                "done\n")
                     .arg(onBadFile)
                     .toUtf8());
    script.close();
    script.setPermissions(script.permissions() | QFile::ExeOwner);
    return path;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::usePdfWorkerOfThisBuild(); }

    void extractsChineseText()
    {
        const QString path = m_dir.filePath(QStringLiteral("計畫書.pdf"));
        test::writePdf(path, QStringLiteral("資訊安全經費占計畫總經費百分之七以上。"));
        const auto results = PdfTextExtractor().extract({path});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().readable, qPrintable(results.first().problem));
        QCOMPARE(results.first().pageCount, 1);
        // The text comes back, possibly with Kangxi radicals; normalisation happens at indexing.
        QVERIFY2(results.first().pages.first().contains(QStringLiteral("資訊安全經費")),
                 qPrintable(results.first().pages.first()));
    }

    void brokenAndEncryptedPdfsAreUnreadable()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R garbage without end");
        f.close();
        const QString good = m_dir.filePath(QStringLiteral("good.pdf"));
        test::writePdf(good, QStringLiteral("正常文件"));
        const QString encrypted = QStringLiteral(REVIEWDESK_TEST_DATA "/password-protected.pdf");
        const auto results = PdfTextExtractor().extract({broken, good, encrypted});
        QCOMPARE(results.size(), 3);
        QVERIFY(!results.at(0).readable);
        QCOMPARE(results.at(0).problem, PdfProblem::damaged);
        QVERIFY(results.at(1).readable);
        QVERIFY(!results.at(2).readable);
        QCOMPARE(results.at(2).problem, PdfProblem::encrypted);
        QVERIFY(PdfProblem::describe(results.at(2).problem).contains(QStringLiteral("password")));
    }

    void crashingWorkerCostsOnlyThatFile()
    {
        PdfTextExtractor extractor(fakeWorker(m_dir.path(), QStringLiteral("kill -SEGV $$")));
        const auto results =
            extractor.extract({QStringLiteral("a.pdf"), QStringLiteral("bad.pdf"), QStringLiteral("c.pdf")});
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).readable);
        QVERIFY(!results.at(1).readable);
        QCOMPARE(results.at(1).problem, PdfProblem::crashed);
        QVERIFY(results.at(2).readable); // a fresh worker went on
        QCOMPARE(results.at(2).pages, QStringList{QStringLiteral("hello")});
    }

    void hangingWorkerIsStopped()
    {
        PdfTextExtractor extractor(fakeWorker(m_dir.path(), QStringLiteral("sleep 60")));
        extractor.setStallTimeout(500);
        QElapsedTimer timer;
        timer.start();
        const auto results = extractor.extract({QStringLiteral("bad.pdf"), QStringLiteral("b.pdf")});
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!results.at(0).readable);
        QCOMPARE(results.at(0).problem, PdfProblem::hung);
        QVERIFY(results.at(1).readable);
    }

    void aPdfTooLargeForItsShareOfMemoryIsSaidToBeSo()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("a sanitizer build runs its workers without a memory limit (pdf/PdfWorker.cpp)");
#endif
        // 320 KB on disk, a 300 MiB string in Poppler's memory: past a 256 MiB share the worker dies, and the
        // file is "too large to read", not a crash; the next file is read by a fresh worker.
        const QString bomb = m_dir.filePath(QStringLiteral("memory-bomb.pdf"));
        test::writeMemoryBombPdf(bomb, 300);
        QVERIFY(QFileInfo(bomb).size() < 1 << 20);
        const QString good = m_dir.filePath(QStringLiteral("after-bomb.pdf"));
        test::writePdf(good, QStringLiteral("正常文件"));
        PdfTextExtractor extractor;
        extractor.setMemoryLimit(qint64(256) << 20);
        const auto results = extractor.extract({bomb, good});
        QVERIFY(!results.at(0).readable);
        QCOMPARE(results.at(0).problem, PdfProblem::tooLarge);
        QVERIFY(PdfProblem::describe(results.at(0).problem).contains(QStringLiteral("too large")));
        QVERIFY2(results.at(1).readable, qPrintable(results.at(1).problem));
        QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    }

    void theStallLimitEndsTheWorkerNotOnlyTheWait()
    {
        // The real worker on a PDF Poppler would draw for minutes: at the limit the worker is killed and reaped.
        const QString bomb = m_dir.filePath(QStringLiteral("form-bomb.pdf"));
        test::writeFormBombPdf(bomb, 26);
        PdfTextExtractor extractor;
        extractor.setStallTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        const auto results = extractor.extract({bomb});
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(results.first().problem, PdfProblem::hung);
        QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    }

    void cancellingMidRunEndsTheWorker()
    {
        // Cancelled while the worker is deep in a hostile PDF: the call returns at once, the worker is gone,
        // and what was read before the cancel stays read.
        const QString good = m_dir.filePath(QStringLiteral("before-cancel.pdf"));
        test::writePdf(good, QStringLiteral("正常文件"));
        const QString bomb = m_dir.filePath(QStringLiteral("cancel-bomb.pdf"));
        test::writeFormBombPdf(bomb, 26);
        std::atomic_bool cancelled{false};
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            cancelled = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto results = PdfTextExtractor().extract({good, bomb, good}, &cancelled);
        canceller.join();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(results.at(0).readable);
        QVERIFY(results.at(0).problem.isEmpty());
        QCOMPARE(results.at(1).problem, PdfProblem::cancelled);
        QCOMPARE(results.at(2).problem, PdfProblem::cancelled);
        QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    }

    void missingWorkerIsReported()
    {
        PdfTextExtractor extractor(m_dir.filePath(QStringLiteral("no-such-worker")));
        const auto results = extractor.extract({QStringLiteral("a.pdf")});
        QVERIFY(!results.first().readable);
        QCOMPARE(results.first().problem, PdfProblem::noReader);
    }

    void cancellationStopsEarly()
    {
        std::atomic_bool cancelled{true};
        const auto results = PdfTextExtractor().extract({QStringLiteral("a.pdf")}, &cancelled);
        QVERIFY(!results.first().readable);
        QCOMPARE(results.first().problem, PdfProblem::cancelled);
    }
};

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
