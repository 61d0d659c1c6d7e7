#pragma once

#include "models/core/Result.h"

#include <QByteArray>

namespace rd::signing {

// Poppler 22.12 draws a signature's appearance with a font from the document's form resources and, when
// it finds none of its own there, embeds a whole system font (1.1 MB for Latin text, 21 MB for Chinese).
// This appends an incremental update that gives the document an AcroForm whose resources hold the standard
// Helvetica under the names Poppler looks for (popplerfont…, BaseFont "Helvetica" and 22.12's "Helvetica "),
// so the signature costs a few kilobytes. The original bytes stay as they are; the update only adds objects.
// Refused for documents that already have a form (ours never do) or that are not classic-xref PDFs.
Result<QByteArray> withSigningFonts(const QByteArray& pdf);

} // namespace rd::signing
