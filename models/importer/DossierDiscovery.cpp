#include "importer/DossierDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <mutex>
#include <unistd.h>

namespace rd {

namespace {

const QString manifestName = QStringLiteral("application.json");
constexpr int maxDepth = 3; // a round ZIP of dossier ZIPs, and no deeper

bool isDossierFolder(const QString& folder)
{
    return QFileInfo(QDir(folder).filePath(manifestName)).isFile();
}

// Unpacked archives live in folders named after the process (reviewdesk-import-<pid>-XXXXXX), so that the
// folders of a run that was killed can be told from those of a run still going.
const QString unpackPrefix = QStringLiteral("reviewdesk-import-");

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
    if (isDossierFolder(folder)) {
        m_sources.push_back({folder, displayPath});
        return;
    }
    if (depth >= maxDepth) {
        m_problems.push_back({displayPath, QCoreApplication::translate(
                                               "DossierDiscovery", "is not a dossier: it has no application.json")});
        return;
    }
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    bool foundAny = false;
    for (const QFileInfo& entry : entries) {
        if (cancelled && cancelled->load())
            return;
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
    auto unpacked = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + unpackPrefix + QString::number(getpid()) +
                                                    QStringLiteral("-XXXXXX"));
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
