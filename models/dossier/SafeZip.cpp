#include "dossier/SafeZip.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <functional>
#include <sys/stat.h>

namespace rd {

namespace {

constexpr unsigned long utf8NameFlag = 1u << 11;
constexpr unsigned long encryptedFlag = 1u << 0;
constexpr unsigned long madeByUnix = 3;

struct Entry
{
    QString name; // decoded, '/'-separated, validated
    bool isDirectory = false;
    qint64 size = 0;
};

Result<QString> decodeName(const QByteArray& raw, unsigned long flags, const QString& zipName)
{
    if ((flags & utf8NameFlag) || text::isValidUtf8(raw))
        return QString::fromUtf8(raw);
    auto decoded = text::decodeLocalText(raw);
    if (!decoded)
        return Result<QString>::failure(
            QCoreApplication::translate("SafeZip", "%1: an entry name is neither UTF-8 nor Big5 (%2)")
                .arg(zipName, QString::fromLatin1(raw.toHex())));
    return decoded;
}

Status checkName(const QString& name, const QString& zipName)
{
    static const QRegularExpression driveLetter(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return Status::failure(QCoreApplication::translate("SafeZip", "%1: an entry has an empty name").arg(zipName));
    if (name.startsWith(QLatin1Char('/')) || driveLetter.match(name).hasMatch())
        return Status::failure(
            QCoreApplication::translate("SafeZip", "%1: the entry “%2” has an absolute path").arg(zipName, name));
    // Control characters have no place in a file name; a newline would also split the name in two wherever
    // names travel one per line (the PDF worker's input).
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; }))
        return Status::failure(
            QCoreApplication::translate("SafeZip", "%1: the entry “%2” has a control character in its name")
                .arg(zipName, QString(name).replace(QLatin1Char('\n'), QStringLiteral("\\n"))));
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return Status::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” points outside the archive (“..”)")
                    .arg(zipName, name));
    }
    return {};
}

// Walks the central directory and validates every entry before a single byte is inflated.
Result<QList<Entry>> inspect(QuaZip& zip, const ZipLimits& limits, const QString& zipName)
{
    using R = Result<QList<Entry>>;
    unzFile handle = zip.getUnzFile();
    QList<Entry> entries;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (entries.size() >= limits.maxEntries)
            return R::failure(
                QCoreApplication::translate("SafeZip", "%1 has more than %2 entries; refused as a possible ZIP bomb")
                    .arg(zipName)
                    .arg(limits.maxEntries));
        unz_file_info64 info{};
        QByteArray rawName(4096, '\0');
        if (unzGetCurrentFileInfo64(handle, &info, rawName.data(), rawName.size(), nullptr, 0, nullptr, 0) != UNZ_OK)
            return R::failure(QCoreApplication::translate("SafeZip", "%1: the ZIP directory is damaged").arg(zipName));
        rawName.truncate(static_cast<int>(qMin<unsigned long>(info.size_filename, rawName.size())));
        auto decoded = decodeName(rawName, info.flag, zipName);
        if (!decoded)
            return R::failure(decoded.error());
        QString name = decoded->replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (auto ok = checkName(name, zipName); !ok)
            return R::failure(ok.error());
        const unsigned long unixMode = info.external_fa >> 16;
        if ((info.version >> 8) == madeByUnix && S_ISLNK(unixMode))
            return R::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” is a symbolic link").arg(zipName, name));
        if (info.flag & encryptedFlag)
            return R::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” is password-protected").arg(zipName, name));
        const auto size = static_cast<qint64>(info.uncompressed_size);
        const auto packed = static_cast<qint64>(info.compressed_size);
        if (size > limits.maxEntryBytes)
            return R::failure(QCoreApplication::translate(
                                  "SafeZip", "%1: the entry “%2” would unpack to %3 MB, over the limit of %4 MB")
                                  .arg(zipName, name)
                                  .arg(size >> 20)
                                  .arg(limits.maxEntryBytes >> 20));
        if (size > (qint64(1) << 20) && (packed == 0 || double(size) / double(packed) > limits.maxRatio))
            return R::failure(
                QCoreApplication::translate(
                    "SafeZip", "%1: the entry “%2” is compressed more than %3:1; refused as a possible ZIP bomb")
                    .arg(zipName, name)
                    .arg(limits.maxRatio));
        total += size;
        if (total > limits.maxTotalBytes)
            return R::failure(QCoreApplication::translate(
                                  "SafeZip", "%1 would unpack to more than %2 MB; refused as a possible ZIP bomb")
                                  .arg(zipName)
                                  .arg(limits.maxTotalBytes >> 20));
        const bool isDirectory = name.endsWith(QLatin1Char('/'));
        entries.append({name, isDirectory, size});
    }
    return entries;
}

// Inflates the entries in directory order, never more bytes than each entry declared.
Status inflate(const QString& zipPath, const ZipLimits& limits, const std::atomic_bool* cancelled,
               const std::function<Status(const Entry&)>& onDirectory,
               const std::function<Status(const Entry&, const QByteArray& chunk, bool last)>& onData)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Status::failure(QCoreApplication::translate("SafeZip", "%1 is not a readable ZIP archive").arg(zipName));
    auto entries = inspect(zip, limits, zipName);
    if (!entries)
        return Status::from(entries);

    int index = 0;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        if (cancelled && cancelled->load())
            return Status::failure(QCoreApplication::translate("SafeZip", "cancelled"));
        const Entry& entry = entries->at(index);
        if (entry.isDirectory) {
            if (auto ok = onDirectory(entry); !ok)
                return ok;
            continue;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” cannot be read").arg(zipName, entry.name));
        qint64 written = 0;
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return Status::failure(
                    QCoreApplication::translate("SafeZip", "%1: the entry “%2” is damaged").arg(zipName, entry.name));
            written += n;
            if (written > entry.size)
                return Status::failure(QCoreApplication::translate(
                                           "SafeZip", "%1: the entry “%2” unpacks to more than it declares; refused")
                                           .arg(zipName, entry.name));
            if (auto ok = onData(entry, QByteArray(buffer.constData(), static_cast<int>(n)), n == 0); !ok)
                return ok;
            if (n == 0)
                break;
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return Status::failure(QCoreApplication::translate("SafeZip", "%1: the entry “%2” fails its checksum")
                                       .arg(zipName, entry.name));
    }
    return {};
}

} // namespace

bool SafeZip::looksLikeZip(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

Status SafeZip::extract(const QString& zipPath, const QString& targetDir, const ZipLimits& limits,
                        const std::atomic_bool* cancelled)
{
    const QDir target(targetDir);
    QFile out;
    auto onDirectory = [&](const Entry& entry) -> Status {
        if (!target.mkpath(entry.name))
            return Status::failure(
                QCoreApplication::translate("SafeZip", "cannot create the folder %1").arg(target.filePath(entry.name)));
        return {};
    };
    auto onData = [&](const Entry& entry, const QByteArray& chunk, bool last) -> Status {
        if (!out.isOpen()) {
            const QString path = target.filePath(entry.name);
            target.mkpath(QFileInfo(path).path());
            out.setFileName(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Status::failure(
                    QCoreApplication::translate("SafeZip", "cannot write %1: %2").arg(path, out.errorString()));
        }
        if (out.write(chunk) != chunk.size())
            return Status::failure(
                QCoreApplication::translate("SafeZip", "cannot write %1: %2").arg(out.fileName(), out.errorString()));
        if (last)
            out.close();
        return {};
    };
    return inflate(zipPath, limits, cancelled, onDirectory, onData);
}

Result<QMap<QString, QByteArray>> SafeZip::readAll(const QString& zipPath, const ZipLimits& limits)
{
    QMap<QString, QByteArray> files;
    auto onDirectory = [](const Entry&) { return Status(); };
    auto onData = [&](const Entry& entry, const QByteArray& chunk, bool) {
        files[entry.name].append(chunk);
        return Status();
    };
    if (auto ok = inflate(zipPath, limits, nullptr, onDirectory, onData); !ok)
        return Result<QMap<QString, QByteArray>>::failure(ok.error());
    return files;
}

} // namespace rd
