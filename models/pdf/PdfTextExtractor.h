#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

namespace rd {

// Why a PDF could not be read. Stored as these codes, so the reason reads right in either language.
namespace PdfProblem {
inline const QString damaged = QStringLiteral("damaged");
inline const QString encrypted = QStringLiteral("encrypted");
inline const QString crashed = QStringLiteral("crashed");
inline const QString hung = QStringLiteral("hung");
inline const QString tooLarge = QStringLiteral("too-large"); // the reader ran out of its share of memory
inline const QString noReader = QStringLiteral("no-reader");
inline const QString cancelled = QStringLiteral("cancelled");
// The reason in the user's language; an unknown code is shown as it is.
QString describe(const QString& code);
} // namespace PdfProblem

struct ExtractedPdf
{
    QString path;
    bool readable = false;
    QString problem; // a PdfProblem code
    int pageCount = 0;
    QStringList pages;   // text per page, as Poppler extracts it
    QList<bool> scanned; // per page: an image with no text layer to speak of (pdf/PdfWorker.h)
};

// Extracts the text of PDFs in a child process (reviewdesk-pdfworker). Poppler parses hostile input;
// a crash, an endless loop or a memory bomb in it ends the child, never this process. The file being read
// at that moment is reported unreadable and a fresh child continues with the rest.
class PdfTextExtractor final
{
public:
    explicit PdfTextExtractor(QString workerPath = defaultWorkerPath());

    // $REVIEWDESK_PDFWORKER, else reviewdesk-pdfworker beside the running executable, else in libexec.
    static QString defaultWorkerPath();

    // A child that writes nothing for this long is considered hung on its current file.
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }

    // The address space each child may take. By default the machine's share (pdfworker::memoryShare), or
    // $REVIEWDESK_PDF_MEMORY_MB when that is set lower, for a machine that must keep memory for other work.
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }

    // One result per path, in order. Returns early (remaining files unreadable, "cancelled") on cancel.
    QList<ExtractedPdf> extract(const QStringList& paths, const std::atomic_bool* cancelled = nullptr) const;

private:
    QString m_workerPath;
    int m_stallTimeoutMs = 60000;
    qint64 m_memoryLimit = 0;
};

} // namespace rd
