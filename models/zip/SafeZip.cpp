#include "models/zip/SafeZip.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <minizip/unzip.h>

#include <algorithm>
#include <functional>
#include <sys/stat.h>

namespace rd {

namespace {

constexpr unsigned long utf8NameFlag = 1u << 11;
constexpr unsigned long encryptedFlag = 1u << 0;
// Where declared sizes start to count towards the ratio checks: below it, small files compress as they like.
constexpr qint64 ratioFloor = qint64(1) << 20;
constexpr qint64 totalRatioFloor = qint64(16) << 20;
constexpr qint64 maxDirectoryBytes = qint64(64) << 20;

struct Entry
{
    QString name; // decoded, '/'-separated, validated
    bool isDirectory = false;
    qint64 size = 0;
};

constexpr int maxNameBytes = 1024; // far beyond any real path; a 64 KB name would only make long temporary paths

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

// --- the archive's own directory -----------------------------------------------------------------------
// minizip believes the end record's entry count and never asks where an entry's bytes lie, so the structure
// is read here from the bytes first: every entry the directory holds, each local header where it says, and
// no two entries sharing bytes (the overlap bomb).

struct DirectoryEntry
{
    QByteArray name;
    quint32 externalAttributes = 0;
    quint64 localOffset = 0;
    quint64 compressed = 0;
    quint64 end = 0; // one past the entry's data, from its local header
};

quint16 u16(const QByteArray& b, qint64 at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

quint32 u32(const QByteArray& b, qint64 at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

quint64 u64(const QByteArray& b, qint64 at)
{
    return quint64(u32(b, at)) | (quint64(u32(b, at + 4)) << 32);
}

QByteArray readAt(QFile& file, quint64 at, qint64 length)
{
    if (!file.seek(qint64(at)))
        return {};
    return file.read(length);
}

Result<QList<DirectoryEntry>> readDirectory(QFile& file, const ZipLimits& limits, const QString& zipName)
{
    using R = Result<QList<DirectoryEntry>>;
    const auto damaged = [&] {
        return R::failure(QCoreApplication::translate("SafeZip", "%1: the ZIP directory is damaged").arg(zipName));
    };
    const qint64 size = file.size();
    const qint64 tailStart = qMax<qint64>(0, size - (22 + 0xFFFF));
    const QByteArray tail = readAt(file, quint64(tailStart), size - tailStart);
    qint64 end = -1;
    for (qint64 i = tail.size() - 22; i >= 0; --i)
        if (tail.at(i) == 'P' && tail.mid(i, 4) == QByteArrayLiteral("PK\x05\x06")) {
            end = i;
            break;
        }
    if (end < 0)
        return R::failure(QCoreApplication::translate("SafeZip", "%1 is not a readable ZIP archive").arg(zipName));
    quint64 claimed = u16(tail, end + 10);
    quint64 directorySize = u32(tail, end + 12);
    quint64 directoryAt = u32(tail, end + 16);
    const quint64 endAt = quint64(tailStart + end);
    if (end >= 20 && tail.mid(end - 20, 4) == QByteArrayLiteral("PK\x06\x07")) { // Zip64
        const QByteArray record = readAt(file, u64(tail, end - 20 + 8), 56);
        if (record.size() < 56 || !record.startsWith(QByteArrayLiteral("PK\x06\x06")))
            return damaged();
        claimed = u64(record, 32);
        directorySize = u64(record, 40);
        directoryAt = u64(record, 48);
    }
    if (directoryAt > endAt || directorySize > endAt - directoryAt)
        return damaged();
    if (directorySize > quint64(maxDirectoryBytes))
        return R::failure(QCoreApplication::translate("SafeZip", "%1 has a directory of %2 MB; refused")
                              .arg(zipName)
                              .arg(directorySize >> 20));
    const QByteArray directory = readAt(file, directoryAt, qint64(directorySize));
    if (quint64(directory.size()) != directorySize)
        return damaged();

    QList<DirectoryEntry> entries;
    qint64 at = 0;
    while (at < directory.size()) {
        if (entries.size() >= limits.maxEntries)
            return R::failure(
                QCoreApplication::translate("SafeZip", "%1 has more than %2 entries; refused as a possible ZIP bomb")
                    .arg(zipName)
                    .arg(limits.maxEntries));
        if (directory.size() - at < 46 || u32(directory, at) != 0x02014b50u)
            return damaged();
        const qint64 nameLength = u16(directory, at + 28), extraLength = u16(directory, at + 30);
        const qint64 commentLength = u16(directory, at + 32);
        if (directory.size() - at < 46 + nameLength + extraLength + commentLength)
            return damaged();
        DirectoryEntry entry;
        entry.name = directory.mid(at + 46, nameLength);
        entry.externalAttributes = u32(directory, at + 38);
        entry.compressed = u32(directory, at + 20);
        const quint32 uncompressed32 = u32(directory, at + 24);
        entry.localOffset = u32(directory, at + 42);
        // Zip64 extra field: the 64-bit sizes and offset, in this order, for the fields saturated above.
        for (qint64 x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
            const quint16 id = u16(directory, x), length = u16(directory, x + 2);
            if (id == 0x0001) {
                qint64 field = x + 4;
                if (uncompressed32 == 0xFFFFFFFFu && field + 8 <= x + 4 + length)
                    field += 8;
                if (entry.compressed == 0xFFFFFFFFu && field + 8 <= x + 4 + length) {
                    entry.compressed = u64(directory, field);
                    field += 8;
                }
                if (entry.localOffset == 0xFFFFFFFFu && field + 8 <= x + 4 + length)
                    entry.localOffset = u64(directory, field);
            }
            x += 4 + length;
        }
        entries.append(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    if (quint64(entries.size()) != claimed)
        return R::failure(QCoreApplication::translate(
                              "SafeZip", "%1: the end record claims %2 entries but the directory holds %3; refused")
                              .arg(zipName)
                              .arg(claimed)
                              .arg(entries.size()));

    // Each local header where the directory says, naming the same file; no two entries share bytes.
    QList<int> byOffset;
    for (int i = 0; i < entries.size(); ++i) {
        DirectoryEntry& entry = entries[i];
        const QByteArray local = readAt(file, entry.localOffset, 30);
        if (local.size() < 30 || u32(local, 0) != 0x04034b50u || entry.localOffset >= directoryAt)
            return damaged();
        const qint64 nameLength = u16(local, 26), extraLength = u16(local, 28);
        if (readAt(file, entry.localOffset + 30, nameLength) != entry.name)
            return R::failure(QCoreApplication::translate(
                                  "SafeZip", "%1: the entry “%2” has a local header that does not match the directory")
                                  .arg(zipName, QString::fromUtf8(entry.name)));
        entry.end = entry.localOffset + 30 + quint64(nameLength + extraLength) + entry.compressed;
        if (entry.end > directoryAt)
            return damaged();
        byOffset.append(i);
    }
    std::sort(byOffset.begin(), byOffset.end(),
              [&](int a, int b) { return entries.at(a).localOffset < entries.at(b).localOffset; });
    for (int k = 1; k < byOffset.size(); ++k) {
        const DirectoryEntry &before = entries.at(byOffset.at(k - 1)), &after = entries.at(byOffset.at(k));
        if (after.localOffset < before.end)
            return R::failure(QCoreApplication::translate(
                                  "SafeZip", "%1: the entries “%2” and “%3” overlap; refused as a possible ZIP bomb")
                                  .arg(zipName, QString::fromUtf8(before.name), QString::fromUtf8(after.name)));
    }
    return entries;
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
// minizip's reading handle, closed however the reading ends.
class Unzip
{
public:
    explicit Unzip(const QString& path) : m_handle(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Unzip()
    {
        if (m_handle)
            unzClose(m_handle);
    }
    Q_DISABLE_COPY_MOVE(Unzip)
    unzFile handle() const { return m_handle; }

private:
    unzFile m_handle;
};

Result<QList<Entry>> inspect(unzFile handle, const QList<DirectoryEntry>& directory, qint64 archiveSize,
                             const ZipLimits& limits, const QString& zipName)
{
    using R = Result<QList<Entry>>;
    QList<Entry> entries;
    QHash<QString, QString> folded; // a name as Windows and macOS compare it → the name
    qint64 total = 0;
    for (int more = unzGoToFirstFile(handle); more == UNZ_OK; more = unzGoToNextFile(handle)) {
        if (entries.size() >= directory.size())
            return R::failure(QCoreApplication::translate("SafeZip", "%1: the ZIP directory is damaged").arg(zipName));
        unz_file_info64 info{};
        QByteArray rawName(maxNameBytes, '\0');
        if (unzGetCurrentFileInfo64(handle, &info, rawName.data(), rawName.size(), nullptr, 0, nullptr, 0) != UNZ_OK)
            return R::failure(QCoreApplication::translate("SafeZip", "%1: the ZIP directory is damaged").arg(zipName));
        if (info.size_filename > quint64(maxNameBytes))
            return R::failure(QCoreApplication::translate("SafeZip", "%1: an entry name is %2 bytes long; refused")
                                  .arg(zipName)
                                  .arg(info.size_filename));
        rawName.truncate(static_cast<int>(qMin<unsigned long>(info.size_filename, rawName.size())));
        auto decoded = decodeName(rawName, info.flag, zipName);
        if (!decoded)
            return R::failure(decoded.error());
        QString name = decoded->replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (auto ok = checkName(name, zipName); !ok)
            return R::failure(ok.error());
        // A link is a link whatever system the archive says made it (Unix 3, OS X 19, …).
        const unsigned long unixMode = directory.at(entries.size()).externalAttributes >> 16;
        if (S_ISLNK(unixMode))
            return R::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” is a symbolic link").arg(zipName, name));
        // Stored and deflate are what dossier tools write; anything else is named rather than "cannot be read".
        if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
            return R::failure(QCoreApplication::translate("SafeZip", "%1: the entry “%2” uses compression method %3; "
                                                                     "ReviewDesk reads stored and deflated entries")
                                  .arg(zipName, name)
                                  .arg(info.compression_method));
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
        if (size > ratioFloor && (packed == 0 || double(size) / double(packed) > limits.maxRatio))
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
        // One file on Windows and macOS: names that differ only in case or width.
        const QString key = text::normalized(isDirectory ? name.chopped(1) : name);
        if (const auto other = folded.constFind(key); other != folded.constEnd())
            return R::failure(
                *other == name
                    ? QCoreApplication::translate("SafeZip", "%1: the entry “%2” appears twice in the archive; refused")
                          .arg(zipName, name)
                    : QCoreApplication::translate("SafeZip", "%1: the entries “%2” and “%3” "
                                                             "would be one file on Windows "
                                                             "and macOS; refused")
                          .arg(zipName, *other, name));
        folded.insert(key, name);
        entries.append({name, isDirectory, size});
    }
    if (entries.size() != directory.size())
        return R::failure(QCoreApplication::translate("SafeZip", "%1: the ZIP directory is damaged").arg(zipName));
    // Many entries each under the per-entry threshold can still be a bomb together.
    if (total > totalRatioFloor && double(total) / double(qMax<qint64>(archiveSize, 1)) > limits.maxRatio)
        return R::failure(QCoreApplication::translate("SafeZip", "%1 would unpack %2 MB from %3 KB, more than %4:1 in "
                                                                 "all; refused as a possible ZIP bomb")
                              .arg(zipName)
                              .arg(total >> 20)
                              .arg(archiveSize >> 10)
                              .arg(limits.maxRatio));
    return entries;
}

// What macOS and Windows add to an archive of their own accord: AppleDouble files under __MACOSX and ._*,
// Finder's .DS_Store, Explorer's Thumbs.db and desktop.ini. Left out, never written.
bool isSystemClutter(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    if (std::any_of(parts.cbegin(), parts.cend(),
                    [](const QString& p) { return p.compare(QLatin1String("__MACOSX"), Qt::CaseInsensitive) == 0; }))
        return true;
    const QString& file = parts.last();
    return file.startsWith(QLatin1String("._")) || file.compare(QLatin1String(".DS_Store"), Qt::CaseInsensitive) == 0 ||
           file.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           file.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

// Inflates the entries in directory order, never more bytes than each entry declared.
Status inflate(const QString& zipPath, const ZipLimits& limits, const std::atomic_bool* cancelled,
               const std::function<Status(const Entry&)>& onDirectory,
               const std::function<Status(const Entry&, const QByteArray& chunk, bool last)>& onData)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    QFile raw(zipPath);
    if (!raw.open(QIODevice::ReadOnly))
        return Status::failure(
            QCoreApplication::translate("SafeZip", "cannot read %1: %2").arg(zipName, raw.errorString()));
    auto directory = readDirectory(raw, limits, zipName);
    if (!directory)
        return Status::from(directory);
    const qint64 archiveSize = raw.size();
    raw.close();
    const Unzip zip(zipPath);
    if (!zip.handle())
        return Status::failure(QCoreApplication::translate("SafeZip", "%1 is not a readable ZIP archive").arg(zipName));
    auto entries = inspect(zip.handle(), *directory, archiveSize, limits, zipName);
    if (!entries)
        return Status::from(entries);

    int index = 0;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (int more = unzGoToFirstFile(zip.handle()); more == UNZ_OK; more = unzGoToNextFile(zip.handle()), ++index) {
        if (cancelled && cancelled->load())
            return Status::failure(QCoreApplication::translate("SafeZip", "cancelled"));
        const Entry& entry = entries->at(index);
        if (isSystemClutter(entry.name))
            continue;
        if (entry.isDirectory) {
            if (auto ok = onDirectory(entry); !ok)
                return ok;
            continue;
        }
        if (unzOpenCurrentFile(zip.handle()) != UNZ_OK)
            return Status::failure(
                QCoreApplication::translate("SafeZip", "%1: the entry “%2” cannot be read").arg(zipName, entry.name));
        qint64 written = 0;
        for (;;) {
            const int n = unzReadCurrentFile(zip.handle(), buffer.data(), unsigned(buffer.size()));
            if (n < 0) {
                unzCloseCurrentFile(zip.handle());
                return Status::failure(
                    QCoreApplication::translate("SafeZip", "%1: the entry “%2” is damaged").arg(zipName, entry.name));
            }
            written += n;
            if (written > entry.size) {
                unzCloseCurrentFile(zip.handle());
                return Status::failure(QCoreApplication::translate(
                                           "SafeZip", "%1: the entry “%2” unpacks to more than it declares; refused")
                                           .arg(zipName, entry.name));
            }
            if (auto ok = onData(entry, QByteArray(buffer.constData(), n), n == 0); !ok) {
                unzCloseCurrentFile(zip.handle());
                return ok;
            }
            if (n == 0)
                break;
        }
        // minizip compares the checksum when the entry is closed after its last byte.
        if (unzCloseCurrentFile(zip.handle()) != UNZ_OK)
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

Result<qint64> SafeZip::extract(const QString& zipPath, const QString& targetDir, const ZipLimits& limits,
                                const std::atomic_bool* cancelled)
{
    const QDir target(targetDir);
    QFile out;
    qint64 written = 0;
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
        written += chunk.size();
        if (last)
            out.close();
        return {};
    };
    if (auto ok = inflate(zipPath, limits, cancelled, onDirectory, onData); !ok)
        return Result<qint64>::failure(ok.error());
    return written;
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
