#include "models/pdf/PdfOcr.h"

#include "models/pdf/PdfTextExtractor.h"
#include "models/pdf/WorkerProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

const QString noLanguages = QStringLiteral("no-ocr-languages");

ocr::Page pageFromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ocr::Page page;
    page.text = object.value(QStringLiteral("text")).toString();
    page.confidence = object.value(QStringLiteral("confidence")).toDouble();
    page.words = ocr::wordsFromJson(QJsonDocument(object.value(QStringLiteral("words")).toArray()).toJson())
                     .value_or(QList<ocr::Word>());
    return page;
}

} // namespace

PdfOcr::PdfOcr(QString workerPath)
    : m_workerPath(workerPath.isEmpty() ? PdfTextExtractor::defaultWorkerPath() : std::move(workerPath)),
      m_memoryLimit(pdfworker::memoryLimit())
{}

QString PdfOcr::describe(const QString& problem)
{
    if (problem == noLanguages)
        return QCoreApplication::translate("PdfOcr",
                                           "Tesseract's Traditional Chinese and English data are not installed "
                                           "(tesseract-ocr-chi-tra, tesseract-ocr-eng)");
    return PdfProblem::describe(problem);
}

QList<OcrResult> PdfOcr::recognise(const QList<OcrRequest>& requests, const std::atomic_bool* cancelled) const
{
    QList<OcrResult> results(requests.size());
    qsizetype next = 0; // the first request no worker has answered
    while (next < requests.size()) {
        if (cancelled && cancelled->load())
            break;
        const qsizetype first = next;
        QByteArray request;
        for (qsizetype i = first; i < requests.size(); ++i)
            request += QByteArray::number(requests.at(i).page) + ' ' + QByteArray::number(m_dpi) + ' ' +
                       QFile::encodeName(requests.at(i).path) + '\n';
        // Consumes complete records; `next` moves past each answered request.
        const auto feed = [&](QByteArray& buffer) {
            for (;;) {
                const int newline = buffer.indexOf('\n');
                if (newline < 0)
                    return;
                const QList<QByteArray> fields = buffer.left(newline).split(' ');
                const QByteArray& kind = fields.value(0);
                const qsizetype payload = kind == "FILE" ? 0 : fields.value(2).toLongLong();
                if (buffer.size() < newline + 1 + payload)
                    return;
                const QByteArray body = buffer.mid(newline + 1, payload);
                buffer.remove(0, newline + 1 + payload);
                const qsizetype at = first + fields.value(1).toLongLong();
                if (at < first || at >= requests.size())
                    continue;
                if (kind == "OCR") {
                    results[at].recognised = true;
                    results[at].page = pageFromJson(body);
                    next = at + 1;
                } else if (kind == "FAIL") {
                    results[at].problem = QString::fromUtf8(body);
                    next = at + 1;
                }
            }
        };
        const pdfworker::RunEnd end = pdfworker::run(m_workerPath, {QStringLiteral("--ocr")}, m_memoryLimit, request,
                                                     feed, cancelled, m_stallTimeoutMs);
        if (end == pdfworker::RunEnd::NotStarted) {
            for (qsizetype i = next; i < requests.size(); ++i)
                results[i].problem = PdfProblem::noReader;
            return results;
        }
        const bool stalled = end == pdfworker::RunEnd::Stalled;
        if (cancelled && cancelled->load())
            break;
        if (next < requests.size()) {
            // The worker ended on this page without answering: it costs the page, a new worker goes on.
            results[next].problem = stalled ? PdfProblem::hung : PdfProblem::crashed;
            ++next;
        }
    }
    for (qsizetype i = next; i < requests.size(); ++i) {
        if (!results.at(i).recognised && results.at(i).problem.isEmpty())
            results[i].problem = PdfProblem::cancelled;
    }
    return results;
}

} // namespace rd
