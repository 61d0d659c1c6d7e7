#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class QProcess;

namespace rd::signing {

// Secrets for one run of a tool, each in a pipe the tool opens as the file /dev/fd/N: a password reaches
// certutil's -f or pk12util's -w and -k without being written to disk or shown in the process list.
// Each secret is written into its pipe at once (it must fit the pipe's buffer) and can be read once.
class SecretPipes final
{
public:
    SecretPipes() = default;
    ~SecretPipes();
    SecretPipes(const SecretPipes&) = delete;
    SecretPipes& operator=(const SecretPipes&) = delete;

    // The path the tool reads `secret` from; empty if no pipe could be made or the secret is too long.
    QString add(const QByteArray& secret);
    // Lets `process` inherit the pipes' read ends; every other descriptor stays closed to it.
    void passTo(QProcess& process) const;

private:
    std::vector<int> m_readEnds;
};

} // namespace rd::signing
