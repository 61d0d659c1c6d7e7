#include "models/pdf/PdfWorker.h"

#include "models/pdf/OcrEngine.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>

#include <cstdlib>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace rd::pdfworker {

namespace {

void writeRecord(std::FILE* out, const QByteArray& header, const QByteArray& payload = {})
{
    std::fwrite(header.constData(), 1, static_cast<size_t>(header.size()), out);
    std::fwrite(payload.constData(), 1, static_cast<size_t>(payload.size()), out);
}

void fail(std::FILE* out, int index, const QString& reason)
{
    const QByteArray bytes = reason.toUtf8();
    writeRecord(out, "FAIL " + QByteArray::number(index) + ' ' + QByteArray::number(bytes.size()) + '\n', bytes);
}

// Whether a page is an image without a text layer: a scan. A page with fewer characters than about one per
// three square inches (29 on A4) whose low-resolution rendering is not blank: a page number or a stamp on a
// scan does not make it text, and an empty separator page is not a scan.
bool looksScanned(Poppler::Page& page, const QString& text)
{
    const QSizeF size = page.pageSizeF(); // points
    const double squareInches = size.width() * size.height() / (72.0 * 72.0);
    const auto characters = std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
    if (characters >= squareInches / 3)
        return false;
    const QImage thumbnail = page.renderToImage(18, 18).convertToFormat(QImage::Format_Grayscale8);
    if (thumbnail.isNull())
        return false;
    qint64 dark = 0;
    for (int y = 0; y < thumbnail.height(); ++y) {
        const uchar* line = thumbnail.constScanLine(y);
        dark += std::count_if(line, line + thumbnail.width(), [](uchar v) { return v < 224; });
    }
    return dark * 100 > qint64(thumbnail.width()) * thumbnail.height(); // more than 1 % of the page inked
}

} // namespace

qint64 memoryShare(int workers)
{
    // Half the machine's memory, shared by the workers that may run at once, and never more than 3 GiB each:
    // a PDF that takes more is "too large to read", a finding like any other.
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    const qint64 physical = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : qint64(4) << 30;
    return std::clamp<qint64>(physical / 2 / std::max(workers, 1), qint64(512) << 20, qint64(3) << 30);
}

void applyResourceLimits()
{
#if defined(Q_OS_LINUX)
    // The worker dies with the process that started it, whatever ended that one (SIGINT, SIGTERM, SIGKILL):
    // it never goes on reading a hostile PDF for nobody. If the parent is already gone, so is the worker.
    const pid_t parent = getppid();
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
#endif
#if !defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of address space for its shadow memory; a sanitizer build
    // goes without this limit.
    bool given = false;
    const qint64 share = qEnvironmentVariableIntValue("REVIEWDESK_PDF_MEMORY_MB", &given);
    const rlim_t bytes = given && share >= 256 ? rlim_t(share) << 20 : rlim_t(3) << 30;
    rlimit memory{bytes, bytes};
    setrlimit(RLIMIT_AS, &memory);
#endif
    rlimit core{0, 0};
    setrlimit(RLIMIT_CORE, &core);
}

int run(std::FILE* in, std::FILE* out)
{
    // Poppler reports every recoverable syntax error on stderr; the parent does not read it.
    Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    int index = 0;
    char* line = nullptr;
    size_t capacity = 0;
    while (getline(&line, &capacity, in) > 0) {
        const QString path = QString::fromUtf8(QByteArray(line).trimmed());
        if (path.isEmpty())
            continue;
        writeRecord(out, "FILE " + QByteArray::number(index) + '\n');
        std::fflush(out);
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        if (!document) {
            fail(out, index, QStringLiteral("damaged"));
        } else if (document->isLocked()) {
            fail(out, index, QStringLiteral("encrypted"));
        } else {
            const int count = document->numPages();
            writeRecord(out, "PAGES " + QByteArray::number(index) + ' ' + QByteArray::number(count) + '\n');
            for (int n = 0; n < count; ++n) {
                std::unique_ptr<Poppler::Page> page(document->page(n));
                const QString pageText = page ? page->text(QRectF()) : QString();
                const QByteArray text = pageText.toUtf8();
                const char kind = page && looksScanned(*page, pageText) ? 'S' : 'T';
                writeRecord(out,
                            "PAGE " + QByteArray::number(index) + ' ' + QByteArray::number(n + 1) + ' ' +
                                QByteArray::number(text.size()) + ' ' + kind + '\n',
                            text);
            }
            writeRecord(out, "DONE " + QByteArray::number(index) + '\n');
        }
        std::fflush(out);
        ++index;
    }
    std::free(line);
    return 0;
}

int runOcr(std::FILE* in, std::FILE* out)
{
    Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
    OcrEngine engine;
    QString openPath;
    std::unique_ptr<Poppler::Document> document;
    int index = 0;
    char* line = nullptr;
    size_t capacity = 0;
    while (getline(&line, &capacity, in) > 0) {
        // "<page> <dpi> <path>": the page 1-based.
        const QByteArray request = QByteArray(line).trimmed();
        const qsizetype first = request.indexOf(' '), second = request.indexOf(' ', first + 1);
        if (request.isEmpty() || first < 0 || second < 0)
            continue;
        const int pageNo = request.left(first).toInt();
        const int dpi = std::clamp(request.mid(first + 1, second - first - 1).toInt(), 72, 600);
        const QString path = QString::fromUtf8(request.mid(second + 1));
        writeRecord(out, "FILE " + QByteArray::number(index) + '\n');
        std::fflush(out);
        if (path != openPath) {
            document = Poppler::Document::load(path);
            openPath = path;
            if (document) {
                document->setRenderHint(Poppler::Document::Antialiasing);
                document->setRenderHint(Poppler::Document::TextAntialiasing);
            }
        }
        std::unique_ptr<Poppler::Page> page(document && !document->isLocked() && pageNo >= 1 &&
                                                    pageNo <= document->numPages()
                                                ? document->page(pageNo - 1)
                                                : nullptr);
        if (!engine.problem().isEmpty()) {
            fail(out, index, engine.problem());
        } else if (!page) {
            fail(out, index, QStringLiteral("damaged"));
        } else {
            const ocr::Page recognised = engine.recognise(page->renderToImage(dpi, dpi), dpi);
            const QByteArray json =
                QJsonDocument(QJsonObject{{QStringLiteral("text"), recognised.text},
                                          {QStringLiteral("confidence"), recognised.confidence},
                                          {QStringLiteral("words"),
                                           QJsonDocument::fromJson(ocr::wordsToJson(recognised.words)).array()}})
                    .toJson(QJsonDocument::Compact);
            writeRecord(out, "OCR " + QByteArray::number(index) + ' ' + QByteArray::number(json.size()) + '\n', json);
        }
        std::fflush(out);
        ++index;
    }
    std::free(line);
    return 0;
}

} // namespace rd::pdfworker
