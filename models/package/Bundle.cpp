#include "models/package/Bundle.h"

#include "models/zip/SafeZip.h"
#include "models/zip/ZipWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace rd {

namespace {

const QString manifestName = QStringLiteral("manifest.json");

bool syncFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
}

} // namespace

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<QString> fileSha256Hex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QCoreApplication::translate("Bundle", "cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(QCoreApplication::translate("Bundle", "cannot read %1").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

BundleWriter::BundleWriter(QString format, int version) : m_format(std::move(format)), m_version(version) {}

void BundleWriter::add(const QString& name, const QByteArray& data)
{
    m_data.insert(name, data);
    m_digests.insert(name, sha256Hex(data));
}

Status BundleWriter::addFile(const QString& name, const QString& path)
{
    auto digest = fileSha256Hex(path);
    if (!digest)
        return Status::from(digest);
    m_files.insert(name, path);
    m_digests.insert(name, *digest);
    return {};
}

Result<QString> BundleWriter::finish(const QString& zipPath) const
{
    using R = Result<QString>;
    QJsonObject manifest = m_manifest;
    manifest.insert(QStringLiteral("format"), m_format);
    manifest.insert(QStringLiteral("version"), m_version);
    QJsonObject files;
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it)
        files.insert(it.key(), it.value());
    manifest.insert(QStringLiteral("files"), files);

    const QString partPath = zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    {
        ZipWriter zip(partPath);
        const auto failed = [&](const QString& error) {
            static_cast<void>(zip.close()); // the archive is abandoned: the first error is the one to report
            QFile::remove(partPath);
            return R::failure(error);
        };
        if (auto ok = zip.open(); !ok)
            return failed(ok.error());
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        if (auto ok = zip.add(manifestName, manifestBytes); !ok)
            return failed(ok.error());
        if (m_certifier) {
            auto certificate = m_certifier(manifestBytes);
            if (!certificate)
                return failed(certificate.error());
            if (auto ok = zip.add(m_certificateEntry, *certificate); !ok)
                return failed(ok.error());
        }
        for (auto it = m_data.cbegin(); it != m_data.cend(); ++it) {
            if (auto ok = zip.add(it.key(), it.value()); !ok)
                return failed(ok.error());
        }
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            QFile file(it.value());
            if (!file.open(QIODevice::ReadOnly))
                return failed(QCoreApplication::translate("Bundle", "cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(it.value()), file.errorString()));
            if (auto ok = zip.add(it.key(), file); !ok)
                return failed(ok.error());
        }
        if (auto ok = zip.close(); !ok) {
            QFile::remove(partPath);
            return R::failure(ok.error());
        }
    }
    if (!syncFile(partPath) ||
        std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(zipPath).constData()) != 0) {
        QFile::remove(partPath);
        return R::failure(QCoreApplication::translate("Bundle", "cannot write %1").arg(zipPath));
    }
    return fileSha256Hex(zipPath);
}

Result<std::unique_ptr<Bundle>> Bundle::open(const QString& zipPath, const QString& format, int maxVersion,
                                             const QString& what)
{
    using R = Result<std::unique_ptr<Bundle>>;
    std::unique_ptr<Bundle> bundle(new Bundle);
    bundle->m_zipPath = zipPath;
    if (!bundle->m_dir.isValid())
        return R::failure(QCoreApplication::translate("Bundle", "cannot create a temporary folder"));
    if (!QFileInfo(zipPath).isFile() || !SafeZip::looksLikeZip(zipPath))
        return R::failure(
            QCoreApplication::translate("Bundle", "%1 is not a %2: it is not a ZIP file").arg(zipPath, what));
    if (auto extracted = SafeZip::extract(zipPath, bundle->m_dir.path()); !extracted)
        return R::failure(QCoreApplication::translate("Bundle", "%1: %2").arg(zipPath, extracted.error()));
    auto digest = fileSha256Hex(zipPath);
    if (!digest)
        return R::failure(digest.error());
    bundle->m_fileSha256 = *digest;

    QFile manifestFile(bundle->pathOf(manifestName));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return R::failure(
            QCoreApplication::translate("Bundle", "%1 is not a %2: it has no manifest.json").arg(zipPath, what));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(manifestFile.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(QCoreApplication::translate("Bundle", "%1: manifest.json is not valid JSON (%2)")
                              .arg(zipPath, error.errorString()));
    bundle->m_manifest = document.object();
    const QJsonObject& manifest = bundle->m_manifest;
    if (manifest.value(QStringLiteral("format")).toString() != format)
        return R::failure(QCoreApplication::translate("Bundle", "%1 is not a %2 (its format is \"%3\")")
                              .arg(zipPath, what, manifest.value(QStringLiteral("format")).toString()));
    const int version = manifest.value(QStringLiteral("version")).toInt();
    if (version < 1)
        return R::failure(QCoreApplication::translate("Bundle", "%1: the manifest has no valid version").arg(zipPath));
    if (version > maxVersion)
        return R::failure(QCoreApplication::translate(
                              "Bundle",
                              "%1 was made by a newer ReviewDesk (format version %2; this one reads up to %3). "
                              "Update ReviewDesk to open it.")
                              .arg(zipPath)
                              .arg(version)
                              .arg(maxVersion));

    const QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        // Names the manifest lists are looked up inside the extraction folder only.
        const QString cleaned = QDir::cleanPath(it.key());
        if (cleaned != it.key() || cleaned.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(cleaned) ||
            cleaned.contains(QLatin1Char('\\')))
            return R::failure(QCoreApplication::translate("Bundle", "%1: the manifest lists an unsafe name \"%2\"")
                                  .arg(zipPath, it.key()));
        const QString path = bundle->pathOf(it.key());
        if (!QFileInfo(path).isFile())
            return R::failure(QCoreApplication::translate("Bundle", "%1: %2 is listed in the manifest but missing")
                                  .arg(zipPath, it.key()));
        auto actual = fileSha256Hex(path);
        if (!actual)
            return R::failure(actual.error());
        if (*actual != it.value().toString())
            return R::failure(QCoreApplication::translate(
                                  "Bundle", "%1 has been altered: the SHA-256 of %2 does not match its manifest")
                                  .arg(zipPath, it.key()));
    }
    QDirIterator walk(bundle->m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(bundle->m_dir.path());
    while (walk.hasNext()) {
        const QString entry = root.relativeFilePath(walk.next());
        if (entry != manifestName && !files.contains(entry))
            return R::failure(
                QCoreApplication::translate("Bundle", "%1 has been altered: %2 is not listed in its manifest")
                    .arg(zipPath, entry));
    }
    return R(std::move(bundle));
}

QString Bundle::pathOf(const QString& entry) const
{
    return m_dir.path() + QLatin1Char('/') + entry;
}

Result<QString> Bundle::filePath(const QString& entry) const
{
    // Only listed entries have been checked against their SHA-256.
    if (!m_manifest.value(QStringLiteral("files")).toObject().contains(entry))
        return Result<QString>::failure(
            QCoreApplication::translate("Bundle", "%1: %2 is not listed in its manifest").arg(m_zipPath, entry));
    return pathOf(entry);
}

Result<QByteArray> Bundle::read(const QString& entry) const
{
    auto path = filePath(entry);
    if (!path)
        return Result<QByteArray>::failure(path.error());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Bundle", "%1: %2 is missing").arg(m_zipPath, entry));
    return file.readAll();
}

} // namespace rd
