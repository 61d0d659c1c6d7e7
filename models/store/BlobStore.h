#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace rd {

// Content-addressed files under <workspace>/blobs/ab/abcdef… named by their SHA-256. A blob is written to
// a staging file, synced, and renamed into place, so a reader never sees half a file and a power cut
// leaves at most a staging file that the next open sweeps away.
class BlobStore final
{
public:
    explicit BlobStore(QString root);

    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        bool created = false; // false when the same content was already stored
    };

    Result<Stored> putFile(const QString& sourcePath) const;
    Result<Stored> putData(const QByteArray& data) const;

    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;
    bool remove(const QString& sha256) const;

    // Recomputes the digest of a stored blob; false when it no longer matches its name.
    bool verify(const QString& sha256) const;

    // Deletes every blob not in `referenced` and every staging leftover; returns how many were deleted.
    int collectGarbage(const QSet<QString>& referenced) const;

    const QString& root() const { return m_root; }

private:
    Result<Stored> commitStaged(const QString& stagingPath, const QString& sha256, qint64 size) const;
    QString stagingDir() const;

    QString m_root;
};

} // namespace rd
