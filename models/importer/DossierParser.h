#pragma once

#include "models/core/Result.h"
#include "models/store/ApplicationStore.h"
#include "models/store/BlobStore.h"

#include <QStringList>

#include <atomic>

namespace rd {

class PdfTextExtractor;

// Reads one dossier folder completely: application.json, the budget, every PDF (classified, copied into
// the blob store, its text extracted in the PDF worker). Runs on a pool thread; touches no database.
class DossierParser final
{
public:
    DossierParser(const BlobStore& blobs, const PdfTextExtractor& extractor) : m_blobs(blobs), m_extractor(extractor) {}

    struct Outcome
    {
        Result<ParsedDossier> dossier = Result<ParsedDossier>::failure(QString());
        QStringList createdBlobs; // blobs this parse added; removed again if the dossier is not stored
        QStringList leftOut;      // files of the dossier not taken, each with the reason
    };

    Outcome parse(const QString& folder, const QString& displayPath, const std::atomic_bool* cancelled) const;

private:
    const BlobStore& m_blobs;
    const PdfTextExtractor& m_extractor;
};

} // namespace rd
