#include "models/zip/ZipWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <minizip/zip.h>

namespace rd {

namespace {

constexpr uLong utf8NameFlag = 1u << 11;
constexpr uLong unixHost = 3;
constexpr uLong specVersion = 20; // 2.0: deflate, folders

zip_fileinfo fileInfoNow(quint32 unixMode)
{
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    info.external_fa = uLong(unixMode) << 16;
    return info;
}

} // namespace

ZipWriter::ZipWriter(QString path) : m_path(std::move(path)) {}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

Status ZipWriter::fail(const QString& what)
{
    if (m_status.ok())
        m_status = Status::failure(
            QCoreApplication::translate("ZipWriter", "cannot write %1: %2").arg(QFileInfo(m_path).fileName(), what));
    return m_status;
}

Status ZipWriter::open()
{
    m_zip = zipOpen64(QFile::encodeName(m_path).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        return fail(QCoreApplication::translate("ZipWriter", "the file cannot be created"));
    return {};
}

Status ZipWriter::begin(const QString& name, const EntryOptions& options, qint64 size)
{
    if (!m_status.ok())
        return m_status;
    if (!m_zip)
        return fail(QCoreApplication::translate("ZipWriter", "the archive is not open"));
    const QByteArray utf8 = name.toUtf8();
    const zip_fileinfo info = fileInfoNow(options.unixMode);
    const int zip64 = size >= qint64(0xFFFFFFFF) ? 1 : 0;
    const int opened = zipOpenNewFileInZip4_64(
        m_zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr, options.compress ? Z_DEFLATED : 0,
        options.compress ? Z_DEFAULT_COMPRESSION : 0, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
        (unixHost << 8) | specVersion, utf8NameFlag, zip64);
    if (opened != ZIP_OK)
        return fail(QCoreApplication::translate("ZipWriter", "the entry “%1” cannot be added (minizip error %2)")
                        .arg(name)
                        .arg(opened));
    return {};
}

Status ZipWriter::finishEntry()
{
    if (const int closed = zipCloseFileInZip(m_zip); closed != ZIP_OK)
        return fail(QCoreApplication::translate("ZipWriter", "minizip error %1 (is the disk full?)").arg(closed));
    return {};
}

Status ZipWriter::add(const QString& name, const QByteArray& data, const EntryOptions& options)
{
    if (auto ok = begin(name, options, data.size()); !ok)
        return ok;
    // minizip takes at most 4 GiB per call; write in slices well below that.
    constexpr qsizetype slice = qsizetype(1) << 30;
    for (qsizetype at = 0; at < data.size(); at += slice) {
        const unsigned length = unsigned(qMin(slice, data.size() - at));
        if (const int written = zipWriteInFileInZip(m_zip, data.constData() + at, length); written != ZIP_OK) {
            zipCloseFileInZip(m_zip);
            return fail(QCoreApplication::translate("ZipWriter", "minizip error %1 (is the disk full?)").arg(written));
        }
    }
    return finishEntry();
}

Status ZipWriter::add(const QString& name, QIODevice& source, const EntryOptions& options)
{
    if (auto ok = begin(name, options, source.isSequential() ? 0 : source.size()); !ok)
        return ok;
    char buffer[1 << 16];
    qint64 n = 0;
    while ((n = source.read(buffer, sizeof buffer)) > 0) {
        if (const int written = zipWriteInFileInZip(m_zip, buffer, unsigned(n)); written != ZIP_OK) {
            zipCloseFileInZip(m_zip);
            return fail(QCoreApplication::translate("ZipWriter", "minizip error %1 (is the disk full?)").arg(written));
        }
    }
    if (n < 0) {
        zipCloseFileInZip(m_zip);
        return fail(
            QCoreApplication::translate("ZipWriter", "“%1” cannot be read: %2").arg(name, source.errorString()));
    }
    return finishEntry();
}

Status ZipWriter::close()
{
    if (!m_zip)
        return m_status.ok() ? fail(QCoreApplication::translate("ZipWriter", "the archive is not open")) : m_status;
    const int closed = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return fail(QCoreApplication::translate("ZipWriter", "minizip error %1 (is the disk full?)").arg(closed));
    return m_status;
}

} // namespace rd
