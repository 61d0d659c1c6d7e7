#pragma once

#include <QAtomicInt>
#include <QSemaphore>
#include <QString>
#include <QThread>
#include <QUrl>

namespace rd::test {

// An RFC 3161 time-stamping authority on 127.0.0.1 for tests: the body of each HTTP POST goes to
// `openssl ts -reply -config CONFIG`, its reply back as application/timestamp-reply. It serves from its own
// thread, so a client that blocks the test's thread, or another process, still gets its answer.
class LocalTsa final : public QThread
{
public:
    explicit LocalTsa(QString config);
    ~LocalTsa() override;

    QUrl url() const;
    int answered() const { return m_answered.loadRelaxed(); }

protected:
    void run() override;

private:
    QString m_config;
    QSemaphore m_listening;
    quint16 m_port = 0;
    QAtomicInt m_answered;
};

} // namespace rd::test
