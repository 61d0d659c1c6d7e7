#pragma once

#include <QtGlobal>

#include <cstdio>

namespace rd::pdfworker {

// The body of reviewdesk-pdfworker. Reads one PDF path per line from `in` and writes, per file:
//   FILE <i>\n  then  PAGES <i> <count>\n  then per page  PAGE <i> <n> <bytes> <T|S>\n<UTF-8 text>
//   then  DONE <i>\n   — or  FAIL <i> <bytes>\n<code>  (damaged, encrypted) when Poppler cannot read the file.
// Output is flushed per file, so the parent knows which file a crash happened on.
// S marks a page that looks scanned: an image with no text layer to speak of.
int run(std::FILE* in, std::FILE* out);

// reviewdesk-pdfworker --ocr: reads "<page> <dpi> <path>" per line (the page 1-based), renders that page and
// recognises it with Tesseract; writes  FILE <i>\n  then  OCR <i> <bytes>\n<JSON {text, confidence, words}>  or
// FAIL <i> <bytes>\n<code>. Flushed per request, so the parent knows which page a crash happened on.
int runOcr(std::FILE* in, std::FILE* out);

// Caps the worker's address space and disables core dumps: a memory bomb kills the worker, not the machine.
void applyResourceLimits();

// The address space one worker may take when `workers` run at once: half the machine's memory shared among
// them, from 512 MiB to 3 GiB. The parent passes it in REVIEWDESK_PDF_MEMORY_MB.
qint64 memoryShare(int workers);

} // namespace rd::pdfworker
