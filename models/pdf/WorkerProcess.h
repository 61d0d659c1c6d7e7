#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rd::pdfworker {

// The address space each reviewdesk-pdfworker may take: the machine's share for as many workers as it has
// cores (memoryShare), or $REVIEWDESK_PDF_MEMORY_MB when that is set lower, for a machine that must keep memory
// for other work.
qint64 memoryLimit();

// How a worker's run ended, seen from the parent.
enum class RunEnd
{
    Ended,     // it wrote all it would and exited, or died; what it wrote was fed
    Cancelled, // the caller cancelled; the worker was killed
    Stalled,   // it wrote nothing for the stall timeout; the worker was killed
    NotStarted // it could not be started
};

// One run of reviewdesk-pdfworker, shared by text extraction and OCR: starts it at `path` with `arguments`
// and the memory limit, writes `requests` and closes its input, then hands what it writes to `feed` as it comes,
// until it exits, the caller cancels or it stalls. `errors` receives the end of what it said on stderr (how it
// died, when it did). A worker still running at the end is killed.
RunEnd run(const QString& path, const QStringList& arguments, qint64 memoryLimit, const QByteArray& requests,
           const std::function<void(QByteArray& buffer)>& feed, const std::atomic_bool* cancelled, int stallMs,
           QByteArray* errors = nullptr);

} // namespace rd::pdfworker
