#include "models/pdf/WorkerProcess.h"

#include "models/pdf/PdfWorker.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QThread>

namespace rd::pdfworker {

qint64 memoryLimit()
{
    // As many workers may run as there are cores: together they stay within half the memory.
    qint64 limit = memoryShare(QThread::idealThreadCount());
    bool given = false;
    const qint64 configured = qEnvironmentVariableIntValue("REVIEWDESK_PDF_MEMORY_MB", &given);
    if (given && configured > 0)
        limit = qMin(limit, configured << 20);
    return limit;
}

RunEnd run(const QString& path, const QStringList& arguments, qint64 memoryLimit, const QByteArray& requests,
           const std::function<void(QByteArray& buffer)>& feed, const std::atomic_bool* cancelled, int stallMs,
           QByteArray* errors)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REVIEWDESK_PDF_MEMORY_MB"), QString::number(memoryLimit >> 20));
    // One thread per worker: parallel work is the caller's, by running several workers, which is faster than
    // Tesseract's OpenMP threads on one page.
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    worker.setProcessEnvironment(environment);
    worker.start(path, arguments, QIODevice::ReadWrite);
    if (!worker.waitForStarted(10000)) {
        qWarning("ReviewDesk: the PDF worker %s could not be started", qPrintable(path));
        return RunEnd::NotStarted;
    }
    worker.write(requests);
    worker.closeWriteChannel();

    const auto keepErrors = [&] {
        const QByteArray said = worker.readAllStandardError();
        if (!errors)
            return;
        *errors += said;
        if (errors->size() > 8192)
            *errors = errors->right(4096);
    };
    QByteArray buffer;
    QElapsedTimer sinceOutput;
    sinceOutput.start();
    RunEnd end = RunEnd::Ended;
    while (worker.state() != QProcess::NotRunning || worker.bytesAvailable() > 0) {
        if (cancelled && cancelled->load()) {
            end = RunEnd::Cancelled;
            break;
        }
        keepErrors();
        if (worker.bytesAvailable() > 0 || worker.waitForReadyRead(200)) {
            buffer += worker.readAll();
            feed(buffer);
            sinceOutput.restart();
        } else if (sinceOutput.elapsed() > stallMs) {
            end = RunEnd::Stalled;
            break;
        }
    }
    if (worker.state() != QProcess::NotRunning) {
        worker.kill();
        worker.waitForFinished(5000);
    }
    buffer += worker.readAll();
    feed(buffer);
    keepErrors();
    return end;
}

} // namespace rd::pdfworker
