#pragma once

#include "models/store/Workspace.h"

#include <QObject>

#include <algorithm>
#include <atomic>

namespace rd {

struct OcrReport
{
    int recognised = 0; // pages whose text OCR read
    int failed = 0;     // pages the worker could not render or read (damaged, crashed, hung)
    int remaining = 0;  // pages still waiting: cancelled, or the job stopped on an error
    bool cancelled = false;
    QString error; // why the job stopped early (the database, Tesseract's languages missing)
};

// Recognises the scanned pages of a workspace (pages.kind = 'scan', marked at import) with Tesseract, in
// reviewdesk-pdfworker processes (pdf/PdfOcr.h), one per thread. Each finished batch is stored in one
// transaction: the page's text is replaced by what OCR read, with its confidence and word boxes, and indexed
// for search. What is stored stays; a job cancelled, or ended by a restart, leaves the rest as 'scan' and the
// next job goes on from there.
//
// run() blocks; the GUI calls it on a worker thread and listens to progress(), the CLI calls it directly.
class OcrJob final : public QObject
{
    Q_OBJECT
public:
    explicit OcrJob(Workspace::Location workspace, QObject* parent = nullptr);

    void setThreads(int threads) { m_threads = threads; }
    void setDpi(int dpi) { m_dpi = dpi; }
    void setPdfWorker(const QString& path) { m_pdfWorker = path; }
    // Pages each worker reads before they are stored (3 by default): a worker and Tesseract's model are set up
    // once per batch, and a cancel or a restart loses at most one batch.
    void setPagesPerBatch(int pages) { m_pagesPerBatch = std::max(1, pages); }

    OcrReport run();
    // Thread-safe; the page being read is abandoned, what was stored stays.
    void cancel() { m_cancelled = true; }

    // How many pages of the workspace wait for OCR.
    static Result<int> pendingPages(const QSqlDatabase& db);

Q_SIGNALS:
    void progress(int done, int total);

private:
    const Workspace::Location m_workspace;
    int m_threads = 0;
    int m_dpi = 300;
    int m_pagesPerBatch = 3;
    QString m_pdfWorker;
    std::atomic_bool m_cancelled{false};
};

} // namespace rd
