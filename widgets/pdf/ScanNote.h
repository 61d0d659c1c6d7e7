#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {

class ApplicationStore;
class PdfReader;
struct DocumentRecord;

// What a reader shows of a scanned document before it opens it: a note on how many pages are images, how many
// OCR read and how sure it was, and the words it read, for the reader's search to find and mark.
class ScanNote final
{
    Q_DECLARE_TR_FUNCTIONS(ScanNote)
public:
    // Empty when all went well; otherwise why the recognised words could not be read (the note is cleared).
    static QString prepare(PdfReader& reader, const ApplicationStore& applications, const DocumentRecord& document);
};

} // namespace rd
