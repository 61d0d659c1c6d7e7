#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>

namespace rd {

// Reads ZIPs that come from outside (dossiers, spreadsheets) without trusting them. Entry names are
// checked before anything is written: "..", absolute paths, drive letters and symlinks are refused;
// entry count, total uncompressed size and compression ratio are bounded (declared sizes first, then
// the bytes actually inflated, since headers lie). Names without the UTF-8 flag are decoded as UTF-8
// when valid and as Big5/CP950 otherwise, as Windows Explorer in Taiwan writes them.
struct ZipLimits
{
    int maxEntries = 5000;
    qint64 maxTotalBytes = qint64(4) << 30;   // 4 GiB uncompressed in all
    qint64 maxEntryBytes = qint64(512) << 20; // 512 MiB per entry
    double maxRatio = 200.0;                  // uncompressed ÷ compressed, for entries over 1 MiB
};

namespace SafeZip {

// Extracts every entry under `targetDir` (which must exist). On failure nothing is guaranteed about
// targetDir's contents: callers extract into a temporary folder they remove.
Status extract(const QString& zipPath, const QString& targetDir, const ZipLimits& limits = {},
               const std::atomic_bool* cancelled = nullptr);

// Reads every file entry into memory, for small containers such as XLSX.
Result<QMap<QString, QByteArray>> readAll(const QString& zipPath, const ZipLimits& limits);

// True when the first bytes are a ZIP local-file header.
bool looksLikeZip(const QString& path);

} // namespace SafeZip
} // namespace rd
