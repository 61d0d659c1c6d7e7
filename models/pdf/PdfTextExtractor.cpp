#include "models/pdf/PdfTextExtractor.h"

#include "models/pdf/WorkerProcess.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <numeric>

namespace rd {

namespace {

// Incremental parser of the worker's output records (see pdf/PdfWorker.h).
class RecordParser
{
public:
    explicit RecordParser(QList<ExtractedPdf>& results, const QList<int>& batch) : m_results(results), m_batch(batch) {}

    // Consumes complete records from the front of `buffer`.
    void feed(QByteArray& buffer)
    {
        for (;;) {
            const int newline = buffer.indexOf('\n');
            if (newline < 0)
                return;
            const QList<QByteArray> fields = buffer.left(newline).split(' ');
            const QByteArray& kind = fields.value(0);
            const int local = fields.value(1).toInt();
            qsizetype payload = 0;
            if (kind == "PAGE")
                payload = fields.value(3).toLongLong();
            else if (kind == "FAIL")
                payload = fields.value(2).toLongLong();
            if (buffer.size() < newline + 1 + payload)
                return; // wait for the rest of the text
            const QByteArray body = buffer.mid(newline + 1, payload);
            buffer.remove(0, newline + 1 + payload);
            if (local < 0 || local >= m_batch.size())
                continue;
            ExtractedPdf& pdf = m_results[m_batch.at(local)];
            if (kind == "FILE") {
                m_current = local;
            } else if (kind == "PAGES") {
                pdf.pageCount = fields.value(2).toInt();
                pdf.pages.reserve(pdf.pageCount);
            } else if (kind == "PAGE") {
                pdf.pages.append(QString::fromUtf8(body));
                pdf.scanned.append(fields.value(4) == "S");
            } else if (kind == "DONE") {
                pdf.readable = true;
                m_finished = local + 1;
                m_current = -1;
            } else if (kind == "FAIL") {
                pdf.readable = false;
                pdf.problem = QString::fromUtf8(body);
                pdf.pages.clear();
                pdf.scanned.clear();
                m_finished = local + 1;
                m_current = -1;
            }
        }
    }

    int current() const { return m_current; }   // file being read, -1 between files
    int finished() const { return m_finished; } // files of the batch fully reported

private:
    QList<ExtractedPdf>& m_results;
    const QList<int>& m_batch;
    int m_current = -1;
    int m_finished = 0;
};

// Whether a worker that died said it was out of memory: Poppler's allocator prints "Out of memory" before it
// aborts, and an allocation that throws ends in the C++ runtime's report of std::bad_alloc.
bool ranOutOfMemory(const QByteArray& errors)
{
    return errors.contains("Out of memory") || errors.contains("std::bad_alloc");
}

} // namespace

QString PdfProblem::describe(const QString& code)
{
    if (code == damaged)
        return QCoreApplication::translate("PdfTextExtractor", "not a readable PDF (damaged or not a PDF at all)");
    if (code == encrypted)
        return QCoreApplication::translate("PdfTextExtractor", "the PDF is password-protected");
    if (code == crashed)
        return QCoreApplication::translate("PdfTextExtractor", "the PDF reader crashed on this file");
    if (code == tooLarge)
        return QCoreApplication::translate("PdfTextExtractor",
                                           "the PDF is too large to read: the reader needed more than its share of "
                                           "this computer's memory");
    if (code == hung)
        return QCoreApplication::translate("PdfTextExtractor", "the PDF reader stopped responding on this file");
    if (code == noReader)
        return QCoreApplication::translate(
            "PdfTextExtractor", "the PDF reader (reviewdesk-pdfworker) could not be started; reinstall ReviewDesk");
    if (code == cancelled)
        return QCoreApplication::translate("PdfTextExtractor", "cancelled");
    return code;
}

PdfTextExtractor::PdfTextExtractor(QString workerPath)
    : m_workerPath(std::move(workerPath)), m_memoryLimit(pdfworker::memoryLimit())
{}

QString PdfTextExtractor::defaultWorkerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("REVIEWDESK_PDFWORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = QStringLiteral("reviewdesk-pdfworker");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {appDir + u'/' + name,
                                    QDir(appDir).absoluteFilePath(QStringLiteral("../libexec/reviewdesk/")) + name};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return appDir + u'/' + name;
}

QList<ExtractedPdf> PdfTextExtractor::extract(const QStringList& paths, const std::atomic_bool* cancelled) const
{
    QList<ExtractedPdf> results(paths.size());
    for (int i = 0; i < paths.size(); ++i)
        results[i].path = paths.at(i);

    QList<int> pending(paths.size());
    std::iota(pending.begin(), pending.end(), 0);
    while (!pending.isEmpty()) {
        if (cancelled && cancelled->load()) {
            for (int i : pending)
                results[i].problem = PdfProblem::cancelled;
            break;
        }
        const QList<int> batch = pending;
        QByteArray request;
        for (int i : batch)
            request += QFile::encodeName(paths.at(i)) + '\n';
        RecordParser parser(results, batch);
        QByteArray errors;
        const pdfworker::RunEnd end = pdfworker::run(
            m_workerPath, {}, m_memoryLimit, request, [&parser](QByteArray& buffer) { parser.feed(buffer); }, cancelled,
            m_stallTimeoutMs, &errors);
        if (end == pdfworker::RunEnd::NotStarted) {
            for (int i : batch)
                results[i].problem = PdfProblem::noReader;
            break;
        }
        const bool stalled = end == pdfworker::RunEnd::Stalled;
        const bool wasCancelled = end == pdfworker::RunEnd::Cancelled;
        const int done = parser.finished();
        pending = batch.mid(done);
        if (wasCancelled)
            continue; // the loop head reports the rest as cancelled
        if (pending.isEmpty())
            break;
        // The worker ended without reporting every file: the one it was reading is the culprit (or,
        // when it ended between files, the next one). Mark it and go on with the rest in a new worker.
        const int culprit = parser.current() >= 0 ? parser.current() : done;
        ExtractedPdf& bad = results[batch.at(culprit)];
        bad.readable = false;
        bad.pages.clear();
        bad.scanned.clear();
        bad.problem = stalled ? PdfProblem::hung : ranOutOfMemory(errors) ? PdfProblem::tooLarge : PdfProblem::crashed;
        pending = batch.mid(culprit + 1);
    }
    return results;
}

} // namespace rd
