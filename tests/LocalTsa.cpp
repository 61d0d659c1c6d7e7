#include "LocalTsa.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace rd::test {

LocalTsa::LocalTsa(QString config) : m_config(std::move(config))
{
    start();
    m_listening.acquire();
}

LocalTsa::~LocalTsa()
{
    quit();
    wait();
}

QUrl LocalTsa::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_port));
}

void LocalTsa::run()
{
    QTcpServer server;
    QTemporaryDir work;
    QHash<QTcpSocket*, QByteArray> received;
    server.listen(QHostAddress::LocalHost);
    m_port = server.serverPort();
    m_listening.release();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, socket] {
            received.remove(socket);
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            QByteArray& buffer = received[socket];
            buffer += socket->readAll();
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray& line : buffer.left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QString query = work.filePath(QStringLiteral("query.tsq"));
            const QString reply = work.filePath(QStringLiteral("reply.tsr"));
            QFile file(query);
            file.open(QIODevice::WriteOnly);
            file.write(buffer.mid(headerEnd + 4, length));
            file.close();
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), m_config,
                           QStringLiteral("-queryfile"), query, QStringLiteral("-out"), reply});
            openssl.waitForFinished(30000);
            QFile answer(reply);
            const QByteArray body = answer.open(QIODevice::ReadOnly) ? answer.readAll() : QByteArray();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            buffer.clear();
            m_answered.fetchAndAddRelaxed(1);
        });
    });
    exec();
}

} // namespace rd::test
