#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>

namespace rd {

// Reads ZIPs that come from outside (dossiers, spreadsheets) without trusting them. The directory is read
// from the archive's bytes before anything is written: an end record whose entry count differs from what
// the directory holds, local headers that name another file, and entries that share bytes (the overlap
// bomb) are refused. Entry names are checked: "..", absolute paths, drive letters, links (by their mode
// bits, whatever system made the archive) and names that would be one file on Windows and macOS are
// refused. Entry count, total uncompressed size and compression ratio (per entry and in all) are bounded,
// declared sizes first, then the bytes actually inflated, since headers lie. What macOS and Windows add of
// their own accord (__MACOSX, ._*, .DS_Store, Thumbs.db, desktop.ini) is left out. Names without the UTF-8
// flag are decoded as UTF-8 when valid and as Big5/CP950 otherwise, as Windows Explorer in Taiwan writes them.
struct ZipLimits
{
    int maxEntries = 5000;
    qint64 maxTotalBytes = qint64(4) << 30;   // 4 GiB uncompressed in all
    qint64 maxEntryBytes = qint64(512) << 20; // 512 MiB per entry
    double maxRatio = 200.0;                  // uncompressed ÷ compressed, for entries over 1 MiB
};

namespace SafeZip {

// Extracts every entry under `targetDir` (which must exist) and returns the bytes written. On failure nothing
// is guaranteed about targetDir's contents: callers extract into a temporary folder they remove.
Result<qint64> extract(const QString& zipPath, const QString& targetDir, const ZipLimits& limits = {},
                       const std::atomic_bool* cancelled = nullptr);

// Reads every file entry into memory, for small containers such as XLSX.
Result<QMap<QString, QByteArray>> readAll(const QString& zipPath, const ZipLimits& limits);

// True when the first bytes are a ZIP local-file header.
bool looksLikeZip(const QString& path);

} // namespace SafeZip
} // namespace rd
