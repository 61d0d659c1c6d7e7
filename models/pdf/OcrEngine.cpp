#include "models/pdf/OcrEngine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace rd {

OcrEngine::OcrEngine(const QString& languages) : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    // Tesseract's own messages go nowhere: the parent reads only the worker's records.
    m_api->SetVariable("debug_file", "/dev/null");
    if (m_api->Init(nullptr, languages.toUtf8().constData(), tesseract::OEM_DEFAULT) != 0) {
        m_problem = QStringLiteral("no-ocr-languages");
        return;
    }
    // The library's default is one uniform block of text; a page of a form or a statement has columns, tables
    // and headings, which Tesseract's own page layout analysis finds (its command's default too).
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

ocr::Page OcrEngine::recognise(const QImage& image, int dpi)
{
    ocr::Page page;
    if (!m_problem.isEmpty() || image.isNull())
        return page;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dpi);
    if (m_api->Recognize(nullptr) != 0)
        return page;
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    page.text = text ? QString::fromUtf8(text.get()).trimmed() : QString();
    page.confidence = m_api->MeanTextConf();

    const double width = gray.width(), height = gray.height();
    const std::unique_ptr<tesseract::ResultIterator> words(m_api->GetIterator());
    if (words) {
        do {
            const std::unique_ptr<char[]> word(words->GetUTF8Text(tesseract::RIL_WORD));
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!word || !words->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            const QString wordText = QString::fromUtf8(word.get()).trimmed();
            if (wordText.isEmpty())
                continue;
            page.words.append({QRectF(left / width, top / height, (right - left) / width, (bottom - top) / height),
                               wordText, words->Confidence(tesseract::RIL_WORD)});
        } while (words->Next(tesseract::RIL_WORD));
    }
    m_api->Clear();
    return page;
}

} // namespace rd
