// reviewdesk-pdfworker: extracts and recognises the text of untrusted PDFs in a process of its own (see
// pdf/PdfWorker.h).
#include "models/pdf/PdfWorker.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    rd::pdfworker::applyResourceLimits();
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--ocr")))
        return rd::pdfworker::runOcr(stdin, stdout);
    return rd::pdfworker::run(stdin, stdout);
}
