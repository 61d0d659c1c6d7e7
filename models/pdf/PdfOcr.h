#pragma once

#include "models/core/OcrText.h"

#include <QList>
#include <QString>

#include <atomic>

namespace rd {

struct OcrRequest
{
    QString path; // a PDF
    int page = 1; // 1-based
};

struct OcrResult
{
    bool recognised = false;
    QString problem; // a PdfProblem code, or "no-ocr-languages"
    ocr::Page page;
};

// Recognises the text of scanned pages with Tesseract in reviewdesk-pdfworker (--ocr), the same isolated
// process and limits as text extraction (pdf/PdfTextExtractor.h): Poppler renders the untrusted page there and
// Tesseract reads the image there, so a crash, a hang or a memory bomb costs the page, never this process.
class PdfOcr final
{
public:
    explicit PdfOcr(QString workerPath = {});

    // Pages are rendered at this resolution for recognition (300 by default, Tesseract's best).
    void setDpi(int dpi) { m_dpi = dpi; }
    // A worker that writes nothing for this long is considered hung on its page.
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }

    // One result per request, in order. Returns early (the rest "cancelled") on cancel.
    QList<OcrResult> recognise(const QList<OcrRequest>& requests, const std::atomic_bool* cancelled = nullptr) const;

    // Why OCR cannot run, in the user's language; the PdfProblem codes and "no-ocr-languages".
    static QString describe(const QString& problem);

private:
    QString m_workerPath;
    int m_dpi = 300;
    int m_stallTimeoutMs = 120000;
    qint64 m_memoryLimit = 0;
};

} // namespace rd
