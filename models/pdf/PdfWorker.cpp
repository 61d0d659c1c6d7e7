#include "models/pdf/PdfWorker.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
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
                const QByteArray text = page ? page->text(QRectF()).toUtf8() : QByteArray();
                writeRecord(out,
                            "PAGE " + QByteArray::number(index) + ' ' + QByteArray::number(n + 1) + ' ' +
                                QByteArray::number(text.size()) + '\n',
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

} // namespace rd::pdfworker
