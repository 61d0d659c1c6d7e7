#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace rd {

// The container of every file that leaves a workstation for another one (reviewer packages, score
// returns): a ZIP with `manifest.json` at its root naming the format, its version and the SHA-256 of every
// other entry. Reading checks all of that before anything is used, so a tampered, truncated, foreign or
// newer file is refused with a message that names it.
class BundleWriter final
{
public:
    // Entries are collected in memory or by path and written by finish(), first to a side file that is
    // synced and then renamed over `zipPath`, so an interrupted export never leaves a half file behind.
    BundleWriter(QString format, int version);

    void add(const QString& name, const QByteArray& data);
    Status addFile(const QString& name, const QString& path);
    // The manifest's own fields; `format`, `version` and `files` are filled in by finish().
    void setManifest(const QJsonObject& manifest) { m_manifest = manifest; }
    // A file made from the finished manifest's bytes and written beside it, unlisted (it cannot list
    // itself): the round archive's signed certificate of the manifest's digest.
    using Certifier = std::function<Result<QByteArray>(const QByteArray& manifest)>;
    void setCertifier(const QString& entry, Certifier certifier)
    {
        m_certificateEntry = entry;
        m_certifier = std::move(certifier);
    }
    // Returns the SHA-256 of the written ZIP.
    Result<QString> finish(const QString& zipPath) const;

private:
    QString m_format;
    int m_version;
    QJsonObject m_manifest;
    QMap<QString, QByteArray> m_data;
    QMap<QString, QString> m_files; // entry name → source path
    QMap<QString, QString> m_digests;
    QString m_certificateEntry;
    Certifier m_certifier;
};

class Bundle final
{
public:
    // Extracts (with SafeZip's limits) into a private temporary folder and verifies the manifest: the
    // format must be `format`, the version at most `maxVersion`, every listed file present with its
    // SHA-256 and nothing unlisted. `what` names the kind of file in messages ("reviewer package").
    static Result<std::unique_ptr<Bundle>> open(const QString& zipPath, const QString& format, int maxVersion,
                                                const QString& what);

    const QJsonObject& manifest() const { return m_manifest; }
    // A verified entry: only names the manifest lists (and so were checked) are given out.
    Result<QString> filePath(const QString& entry) const;
    Result<QByteArray> read(const QString& entry) const;
    QString fileSha256() const { return m_fileSha256; } // of the ZIP as a whole
    const QString& zipPath() const { return m_zipPath; }

private:
    Bundle() = default;
    QString pathOf(const QString& entry) const;
    QTemporaryDir m_dir;
    QJsonObject m_manifest;
    QString m_zipPath;
    QString m_fileSha256;
};

QString sha256Hex(const QByteArray& data);
Result<QString> fileSha256Hex(const QString& path);

} // namespace rd
