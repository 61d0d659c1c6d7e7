#include "models/signing/SecretPipes.h"

#include <QProcess>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace rd::signing {

namespace {

// Linux's smallest pipe buffer is one page; a secret that fits is written before the tool starts, so
// nothing has to feed the pipe while the tool runs.
constexpr qsizetype largestSecret = 4096;

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

} // namespace

SecretPipes::~SecretPipes()
{
    for (const int fd : m_readEnds)
        ::close(fd);
}

QString SecretPipes::add(const QByteArray& secret)
{
    if (secret.size() > largestSecret)
        return {};
    int ends[2];
    // Close-on-exec: no other process started meanwhile, by any thread, inherits the secret.
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return {};
    const bool written = writeAll(ends[1], secret);
    ::close(ends[1]);
    if (!written) {
        ::close(ends[0]);
        return {};
    }
    m_readEnds.push_back(ends[0]);
    return QStringLiteral("/dev/fd/%1").arg(ends[0]);
}

void SecretPipes::passTo(QProcess& process) const
{
    // Runs in the child between fork and exec, where only async-signal-safe calls are allowed: fcntl is.
    process.setChildProcessModifier([readEnds = m_readEnds] {
        for (const int fd : readEnds)
            ::fcntl(fd, F_SETFD, 0);
    });
}

} // namespace rd::signing
