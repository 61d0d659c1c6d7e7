#include "models/importer/OcrJob.h"

#include "models/core/Text.h"
#include "models/pdf/PdfOcr.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/search/SearchIndex.h"
#include "models/sql/Sql.h"

#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace rd {

namespace {

struct PendingPage
{
    qint64 id = 0;
    int pageNo = 0;
    QString blobPath;
    QString text; // as extracted: it leaves the index when the OCR text comes in
};

// Stores what OCR read of a page, unless the page is gone or was read meanwhile (its application removed or
// replaced by a 補正, another run): then nothing changes and it returns false.
Result<bool> store(const QSqlDatabase& db, const PendingPage& page, const OcrResult& result)
{
    // A page OCR could not read keeps its extracted text, marked read with no confidence: it is not retried
    // forever, and the reader says why there is no text.
    // Tesseract lays a table out with runs of spaces; one is enough for reading, search and snippets.
    static const QRegularExpression layoutSpaces(QStringLiteral("[ \\t]{2,}"));
    const QString text =
        result.recognised ? text::forDisplay(result.page.text).replace(layoutSpaces, QStringLiteral(" ")) : page.text;
    const QVariant confidence = result.recognised ? QVariant(result.page.confidence) : QVariant();
    const QString words = result.recognised ? QString::fromUtf8(ocr::wordsToJson(result.page.words)) : QString();
    auto updated = sql::exec(db,
                             QStringLiteral("UPDATE pages SET text = ?, kind = 'ocr', ocr_confidence = ?,"
                                            " ocr_words = ? WHERE id = ? AND kind = 'scan'"),
                             {text, confidence, words, page.id});
    if (!updated)
        return Result<bool>::failure(updated.error());
    if (updated->numRowsAffected() != 1)
        return false; // its words already left the index with it; a second removal would strike others'
    if (auto unindexed = search::unindexPage(db, page.id, page.text); !unindexed)
        return Result<bool>::failure(unindexed.error());
    if (auto indexed = search::indexPage(db, page.id, text); !indexed)
        return Result<bool>::failure(indexed.error());
    return true;
}

} // namespace

OcrJob::OcrJob(Workspace::Location workspace, QObject* parent) : QObject(parent), m_workspace(std::move(workspace)) {}

Result<int> OcrJob::pendingPages(const QSqlDatabase& db)
{
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pages WHERE kind = 'scan'"));
    if (!count)
        return Result<int>::failure(count.error());
    return count->toInt();
}

OcrReport OcrJob::run()
{
    OcrReport report;
    Workspace::ThreadConnection connection(m_workspace);
    if (!connection.isOpen()) {
        report.error = connection.error();
        return report;
    }
    auto query = sql::exec(connection.db(), QStringLiteral("SELECT p.id, p.page_no, d.sha256, p.text FROM pages p"
                                                           " JOIN documents d ON d.id = p.document_id"
                                                           " WHERE p.kind = 'scan' ORDER BY p.id"));
    if (!query) {
        report.error = query.error();
        return report;
    }
    QList<PendingPage> pending;
    while (query->next())
        pending.append({query->value(0).toLongLong(), query->value(1).toInt(),
                        m_workspace.blobs.pathFor(query->value(2).toString()), query->value(3).toString()});
    query->finish();

    const int threads = m_threads > 0 ? m_threads : qMax(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    PdfOcr ocr(m_pdfWorker);
    ocr.setDpi(m_dpi);
    const int total = int(pending.size());
    Q_EMIT progress(0, total);
    qsizetype done = 0;
    int vanished = 0; // pages removed with their application while being read
    while (done < pending.size() && report.error.isEmpty()) {
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        // One batch per thread, read at once; then stored together.
        QList<QList<qsizetype>> batches;
        for (int t = 0; t < threads && done < pending.size(); ++t) {
            QList<qsizetype> batch;
            for (int k = 0; k < m_pagesPerBatch && done < pending.size(); ++k)
                batch << done++;
            batches << batch;
        }
        const auto read = [&](const QList<qsizetype>& batch) {
            QList<OcrRequest> requests;
            for (qsizetype i : batch)
                requests.append({pending.at(i).blobPath, pending.at(i).pageNo});
            return ocr.recognise(requests, &m_cancelled);
        };
        const QList<QList<OcrResult>> results = QtConcurrent::blockingMapped(&pool, batches, read);

        sql::Transaction transaction(connection.db());
        if (!transaction.active()) {
            report.error = transaction.error();
            break;
        }
        int recognised = 0, failed = 0, gone = 0;
        for (qsizetype b = 0; b < batches.size() && report.error.isEmpty(); ++b) {
            for (qsizetype k = 0; k < batches.at(b).size(); ++k) {
                const OcrResult& result = results.at(b).at(k);
                if (result.problem == PdfProblem::cancelled)
                    continue; // stays 'scan', for the next job
                if (result.problem == QLatin1String("no-ocr-languages")) {
                    report.error = PdfOcr::describe(result.problem);
                    break;
                }
                auto stored = store(connection.db(), pending.at(batches.at(b).at(k)), result);
                if (!stored) {
                    report.error = stored.error();
                    break;
                }
                if (*stored)
                    ++(result.recognised ? recognised : failed);
                else
                    ++gone;
            }
        }
        if (!report.error.isEmpty())
            break; // the transaction rolls back: the batch stays to be read
        if (auto committed = transaction.commit(); !committed) {
            report.error = committed.error();
            break;
        }
        report.recognised += recognised;
        report.failed += failed;
        vanished += gone;
        Q_EMIT progress(report.recognised + report.failed + vanished, total);
    }
    if (m_cancelled)
        report.cancelled = true;
    report.remaining = total - report.recognised - report.failed - vanished;
    return report;
}

} // namespace rd
