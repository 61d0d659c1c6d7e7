#pragma once

#include "models/zip/SafeZip.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <vector>

namespace rd {

// Turns what the user picked (dossier folders, dossier ZIPs, folders or ZIPs of many) into dossier
// folders on disk. ZIPs are unpacked through SafeZip into temporary folders that live as long as this
// object. Anything that is not a dossier is reported with its path and the reason.
class DossierDiscovery final
{
public:
    struct Source
    {
        QString folder;      // where application.json is
        QString displayPath; // what the user recognises: "round.zip/04595257_範例/"
    };
    struct Problem
    {
        QString path;
        QString error;
    };

    // The first discovery of a process sweeps away what runs that were killed left unpacked.
    DossierDiscovery();
    Q_DISABLE_COPY_MOVE(DossierDiscovery)

    void add(const QString& path, const std::atomic_bool* cancelled = nullptr);

    const std::vector<Source>& sources() const { return m_sources; }
    const std::vector<Problem>& problems() const { return m_problems; }

    void setZipLimits(const ZipLimits& limits) { m_limits = limits; }

    // Removes the unpack folders of import runs whose process is gone; returns how many.
    static int sweepLeftovers();

private:
    void addFolder(const QString& folder, const QString& displayPath, int depth, const std::atomic_bool* cancelled);
    // `raw` is the folder's path as the file system holds it; `folder` the same as text, empty when it is not UTF-8.
    void addFolderBytes(const QByteArray& raw, const QString& folder, const QString& displayPath, int depth,
                        const std::atomic_bool* cancelled);
    void addZip(const QString& zipPath, const QString& displayPath, int depth, const std::atomic_bool* cancelled);

    std::vector<Source> m_sources;
    std::vector<Problem> m_problems;
    std::vector<std::unique_ptr<QTemporaryDir>> m_unpacked;
    ZipLimits m_limits; // maxTotalBytes bounds everything this discovery unpacks, nested archives included
    qint64 m_unpackedBytes = 0;
};

} // namespace rd
