#include "models/store/BlobStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

namespace rd {

namespace {

// rename() is only durable once the directory entry itself reaches the disk.
void syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool isDigest(const QString& name)
{
    if (name.size() != 64)
        return false;
    for (QChar c : name) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

BlobStore::BlobStore(QString root) : m_root(std::move(root)) {}

QString BlobStore::stagingDir() const
{
    return m_root + QStringLiteral("/.staging");
}

QString BlobStore::pathFor(const QString& sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString& sha256) const
{
    return isDigest(sha256) && QFileInfo::exists(pathFor(sha256));
}

bool BlobStore::remove(const QString& sha256) const
{
    return isDigest(sha256) && QFile::remove(pathFor(sha256));
}

Result<BlobStore::Stored> BlobStore::putFile(const QString& sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Result<Stored>::failure(
            QCoreApplication::translate("BlobStore", "cannot read %1: %2").arg(sourcePath, source.errorString()));
    QDir().mkpath(stagingDir());
    QTemporaryFile staging(stagingDir() + QStringLiteral("/blob-XXXXXX"));
    staging.setAutoRemove(true);
    if (!staging.open())
        return Result<Stored>::failure(
            QCoreApplication::translate("BlobStore", "cannot write to the blob store: %1").arg(staging.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return Result<Stored>::failure(
                QCoreApplication::translate("BlobStore", "cannot read %1: %2").arg(sourcePath, source.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (staging.write(buffer.constData(), n) != n)
            return Result<Stored>::failure(
                QCoreApplication::translate("BlobStore", "cannot write to the blob store: %1")
                    .arg(staging.errorString()));
        size += n;
    }
    if (!staging.flush() || ::fsync(staging.handle()) != 0)
        return Result<Stored>::failure(
            QCoreApplication::translate("BlobStore", "cannot write to the blob store: %1").arg(staging.errorString()));
    auto stored = commitStaged(staging.fileName(), QString::fromLatin1(hash.result().toHex()), size);
    if (stored)
        staging.setAutoRemove(!stored->created); // renamed away when created; otherwise discard the copy
    return stored;
}

Result<BlobStore::Stored> BlobStore::putData(const QByteArray& data) const
{
    QDir().mkpath(stagingDir());
    QTemporaryFile staging(stagingDir() + QStringLiteral("/blob-XXXXXX"));
    if (!staging.open() || staging.write(data) != data.size() || !staging.flush() || ::fsync(staging.handle()) != 0)
        return Result<Stored>::failure(
            QCoreApplication::translate("BlobStore", "cannot write to the blob store: %1").arg(staging.errorString()));
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    auto stored = commitStaged(staging.fileName(), digest, data.size());
    if (stored)
        staging.setAutoRemove(!stored->created);
    return stored;
}

Result<BlobStore::Stored> BlobStore::commitStaged(const QString& stagingPath, const QString& sha256, qint64 size) const
{
    Stored stored{sha256, size, false};
    const QString target = pathFor(sha256);
    if (QFileInfo::exists(target))
        return stored;
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return Result<Stored>::failure(QCoreApplication::translate("BlobStore", "cannot create %1").arg(dir));
    if (::rename(QFile::encodeName(stagingPath).constData(), QFile::encodeName(target).constData()) != 0)
        return Result<Stored>::failure(
            QCoreApplication::translate("BlobStore", "cannot move a blob into place at %1").arg(target));
    syncDirectory(dir);
    stored.created = true;
    return stored;
}

bool BlobStore::verify(const QString& sha256) const
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

int BlobStore::collectGarbage(const QSet<QString>& referenced) const
{
    int removed = 0;
    QDirIterator staging(stagingDir(), QDir::Files | QDir::Hidden);
    while (staging.hasNext()) {
        if (QFile::remove(staging.next()))
            ++removed;
    }
    QDirIterator blobs(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (blobs.hasNext()) {
        const QString path = blobs.next();
        const QString name = blobs.fileName();
        if (path.startsWith(stagingDir()) || !isDigest(name) || referenced.contains(name))
            continue;
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace rd
