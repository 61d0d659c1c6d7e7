#include "widgets/pdf/ScanNote.h"

#include "models/store/ApplicationStore.h"
#include "widgets/pdf/PdfReader.h"

namespace rd {

QString ScanNote::prepare(PdfReader& reader, const ApplicationStore& applications, const DocumentRecord& document)
{
    reader.setRecognisedText({}, {});
    if (document.scannedPages == 0)
        return {};
    auto pages = applications.recognisedPages(document.id);
    if (!pages)
        return pages.error();
    QHash<int, QList<ocr::Word>> words;
    double confidence = 0;
    int read = 0, unreadable = 0;
    for (const RecognisedPage& page : *pages) {
        if (page.confidence < 0) {
            ++unreadable;
            continue;
        }
        words.insert(page.page, page.words);
        confidence += page.confidence;
        ++read;
    }
    QStringList note{tr("Scanned: %n page(s) of this document are images without text.", "", document.scannedPages)};
    if (read > 0)
        note << tr("OCR read %1 of them (mean confidence %2 %); search finds that text and marks the words where "
                   "they were read. Check figures against the image.")
                    .arg(read)
                    .arg(qRound(confidence / read));
    if (unreadable > 0)
        note << tr("OCR could not read %n page(s).", "", unreadable);
    if (read + unreadable < document.scannedPages)
        note << tr("%n page(s) wait for OCR.", "", document.scannedPages - read - unreadable);
    reader.setRecognisedText(
        note.join(tr(" ", "between the sentences of a note; Chinese needs none (a zero-width space)")), words);
    return {};
}

} // namespace rd
