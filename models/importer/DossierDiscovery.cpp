#include "models/importer/DossierDiscovery.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace rd {

namespace {

const QString manifestName = QStringLiteral("application.json");
constexpr int maxDepth = 3; // a round ZIP of dossier ZIPs, and no deeper

bool isDossierFolder(const QString& folder)
{
    return QFileInfo(QDir(folder).filePath(manifestName)).isFile();
}

struct RawEntry
{
    QByteArray name;
    bool isDirectory = false;
};

// A folder's entries as the file system holds their names: bytes, which need not be UTF-8 (`unzip` leaves the
// names of a ZIP made by Windows Explorer in Taiwan as raw Big5).
QList<RawEntry> rawEntries(const QByteArray& folder)
{
    QList<RawEntry> entries;
    DIR* dir = opendir(folder.constData());
    if (!dir)
        return entries;
    while (const dirent* entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        struct stat info;
        const QByteArray path = folder + '/' + name;
        if (lstat(path.constData(), &info) == 0 && !S_ISLNK(info.st_mode))
            entries.append({name, S_ISDIR(info.st_mode)});
    }
    closedir(dir);
    return entries;
}

bool hasUndecodedNames(const QByteArray& folder, int depth = 0)
{
    for (const RawEntry& e : rawEntries(folder))
        if (!text::isValidUtf8(e.name) || (e.isDirectory && depth < 1 && hasUndecodedNames(folder + '/' + e.name, 1)))
            return true;
    return false;
}

// Copies a folder whose names are not all UTF-8 into `target`, each name decoded (UTF-8, else Big5/CP950), two
// levels deep and within `budget` bytes, so that the rest of the import reads ordinary paths. Links are not
// copied (the parser refuses them where it meets them).
Result<qint64> copyDecoded(const QByteArray& from, const QString& target, qint64 budget, int depth = 0)
{
    using R = Result<qint64>;
    qint64 copied = 0;
    for (const RawEntry& e : rawEntries(from)) {
        auto name =
            text::isValidUtf8(e.name) ? Result<QString>(QString::fromUtf8(e.name)) : text::decodeLocalText(e.name);
        if (!name || name->contains(u'/'))
            return R::failure(QCoreApplication::translate("DossierDiscovery", "a name is neither UTF-8 nor Big5 (%1)")
                                  .arg(QString::fromLatin1(e.name.toHex())));
        const QByteArray source = from + '/' + e.name;
        const QString destination = target + u'/' + *name;
        if (e.isDirectory) {
            if (depth >= 1 || !QDir().mkpath(destination))
                continue;
            auto inner = copyDecoded(source, destination, budget - copied, depth + 1);
            if (!inner)
                return inner;
            copied += *inner;
            continue;
        }
        const int in = open(source.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        QFile out(destination);
        if (in < 0 || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (in >= 0)
                close(in);
            return R::failure(QCoreApplication::translate("DossierDiscovery", "cannot copy %1").arg(*name));
        }
        char buffer[1 << 16];
        ssize_t n;
        while ((n = read(in, buffer, sizeof buffer)) > 0) {
            copied += n;
            if (copied > budget || out.write(buffer, n) != n) {
                close(in);
                return R::failure(QCoreApplication::translate("DossierDiscovery", "%1 is more than the import may "
                                                                                  "unpack; refused")
                                      .arg(*name));
            }
        }
        close(in);
    }
    return copied;
}

// Unpacked archives live in folders named after the process (reviewdesk-import-<pid>-XXXXXX), so that the
// folders of a run that was killed can be told from those of a run still going.
const QString unpackPrefix = QStringLiteral("reviewdesk-import-");

// A folder for what an import unpacks or copies, named after this process (see sweepLeftovers).
std::unique_ptr<QTemporaryDir> newUnpackFolder()
{
    return std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + unpackPrefix + QString::number(getpid()) +
                                           QStringLiteral("-XXXXXX"));
}

} // namespace

int DossierDiscovery::sweepLeftovers()
{
    static const QRegularExpression ours(QStringLiteral("^reviewdesk-import-([0-9]+)-"));
    int removed = 0;
    const QDir temp(QDir::tempPath());
    for (const QString& name : temp.entryList({unpackPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch match = ours.match(name);
        if (!match.hasMatch())
            continue;
        const auto pid = pid_t(match.captured(1).toLongLong());
        if (pid == getpid() || pid <= 0 || kill(pid, 0) == 0 || errno != ESRCH)
            continue; // ours, or a run still going (or one we may not signal)
        removed += QDir(temp.filePath(name)).removeRecursively() ? 1 : 0;
    }
    return removed;
}

DossierDiscovery::DossierDiscovery()
{
    static std::once_flag swept;
    std::call_once(swept, [] { sweepLeftovers(); });
}

void DossierDiscovery::add(const QString& path, const std::atomic_bool* cancelled)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        m_problems.push_back({path, QCoreApplication::translate("DossierDiscovery", "does not exist")});
    } else if (info.isDir()) {
        addFolder(info.absoluteFilePath(), path, 0, cancelled);
    } else if (SafeZip::looksLikeZip(path)) {
        addZip(info.absoluteFilePath(), path, 0, cancelled);
    } else {
        m_problems.push_back(
            {path, QCoreApplication::translate("DossierDiscovery", "is neither a dossier folder nor a ZIP archive")});
    }
}

void DossierDiscovery::addFolder(const QString& folder, const QString& displayPath, int depth,
                                 const std::atomic_bool* cancelled)
{
    addFolderBytes(QFile::encodeName(folder), folder, displayPath, depth, cancelled);
}

void DossierDiscovery::addFolderBytes(const QByteArray& raw, const QString& folder, const QString& displayPath,
                                      int depth, const std::atomic_bool* cancelled)
{
    // Names that are not UTF-8 (a Big5 folder or file as `unzip` leaves it) cannot be opened by the paths the
    // rest of the import uses: such a folder is copied with its names decoded, and read from the copy.
    if (hasUndecodedNames(raw) || !text::isValidUtf8(raw)) {
        auto copy = newUnpackFolder();
        auto copied = copy->isValid() ? copyDecoded(raw, copy->path(), m_limits.maxTotalBytes - m_unpackedBytes)
                                      : Result<qint64>::failure(copy->errorString());
        if (!copied) {
            m_problems.push_back({displayPath, copied.error()});
            return;
        }
        m_unpackedBytes += *copied;
        const QString decoded = copy->path();
        m_unpacked.push_back(std::move(copy));
        if (isDossierFolder(decoded)) {
            m_sources.push_back({decoded, displayPath});
            return;
        }
        addFolderBytes(QFile::encodeName(decoded), decoded, displayPath, depth, cancelled);
        return;
    }
    if (isDossierFolder(folder)) {
        m_sources.push_back({folder, displayPath});
        return;
    }
    if (depth >= maxDepth) {
        m_problems.push_back({displayPath, QCoreApplication::translate(
                                               "DossierDiscovery", "is not a dossier: it has no application.json")});
        return;
    }
    // Children whose names are not UTF-8 are read through their bytes, shown decoded.
    bool foundAny = false;
    for (const RawEntry& e : rawEntries(raw)) {
        if (text::isValidUtf8(e.name))
            continue;
        if (!e.isDirectory) {
            auto name = text::decodeLocalText(e.name);
            m_problems.push_back(
                {displayPath + u'/' + (name ? *name : QString::fromLatin1(e.name.toHex())),
                 QCoreApplication::translate("DossierDiscovery", "its name is not UTF-8; rename it, or put it in a "
                                                                 "dossier folder")});
            foundAny = true;
            continue;
        }
        auto name = text::decodeLocalText(e.name);
        const QString shown = displayPath + u'/' + (name ? *name : QString::fromLatin1(e.name.toHex()));
        addFolderBytes(QByteArray(raw + '/' + e.name), QString(), shown, depth + 1, cancelled);
        foundAny = true;
    }
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (cancelled && cancelled->load())
            return;
        if (entry.fileName().contains(QChar::ReplacementCharacter))
            continue; // read through its bytes above
        const QString childDisplay = displayPath + u'/' + entry.fileName();
        if (entry.isDir()) {
            if (isDossierFolder(entry.absoluteFilePath())) {
                m_sources.push_back({entry.absoluteFilePath(), childDisplay});
            } else {
                m_problems.push_back(
                    {childDisplay,
                     QCoreApplication::translate("DossierDiscovery", "is not a dossier: it has no application.json")});
            }
            foundAny = true;
        } else if (SafeZip::looksLikeZip(entry.absoluteFilePath())) {
            addZip(entry.absoluteFilePath(), childDisplay, depth + 1, cancelled);
            foundAny = true;
        }
    }
    if (!foundAny)
        m_problems.push_back(
            {displayPath,
             QCoreApplication::translate("DossierDiscovery", "contains no dossier (no application.json, no ZIP)")});
}

void DossierDiscovery::addZip(const QString& zipPath, const QString& displayPath, int depth,
                              const std::atomic_bool* cancelled)
{
    auto unpacked = newUnpackFolder();
    if (!unpacked->isValid()) {
        m_problems.push_back(
            {displayPath, QCoreApplication::translate("DossierDiscovery", "cannot create a temporary folder: %1")
                              .arg(unpacked->errorString())});
        return;
    }
    // One bound for the whole import: what nested archives unpack counts against what is left of it.
    ZipLimits remaining = m_limits;
    remaining.maxTotalBytes = m_limits.maxTotalBytes - m_unpackedBytes;
    auto extracted = SafeZip::extract(zipPath, unpacked->path(), remaining, cancelled);
    if (!extracted) {
        m_problems.push_back({displayPath, extracted.error()});
        return;
    }
    m_unpackedBytes += *extracted;
    const QString root = unpacked->path();
    m_unpacked.push_back(std::move(unpacked));

    // A dossier ZIP holds application.json at its root or inside one top folder (the zipped folder).
    if (isDossierFolder(root)) {
        m_sources.push_back({root, displayPath});
        return;
    }
    const QFileInfoList top = QDir(root).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    if (top.size() == 1 && top.first().isDir()) {
        const QString inner = top.first().absoluteFilePath();
        addFolder(inner, displayPath + u'/' + top.first().fileName(), depth + 1, cancelled);
        return;
    }
    addFolder(root, displayPath, depth + 1, cancelled);
}

} // namespace rd
