#pragma once

#include "models/core/OcrText.h"

#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace rd {

// Tesseract with Traditional Chinese and English, set up once and used for page after page. Only the PDF
// worker holds one: recognition runs on images Poppler rendered from untrusted PDFs, in the process whose
// crash or memory bomb costs nothing but the page.
class OcrEngine final
{
public:
    // "chi_tra+eng" from Tesseract's installed tessdata (Debian: tesseract-ocr-chi-tra, tesseract-ocr-eng).
    explicit OcrEngine(const QString& languages = QStringLiteral("chi_tra+eng"));
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Empty when the engine is ready; otherwise why not (a language's data missing).
    QString problem() const { return m_problem; }

    // Recognises a page rendered at `dpi`. Boxes come back as fractions of the image.
    ocr::Page recognise(const QImage& image, int dpi);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_problem;
};

} // namespace rd
