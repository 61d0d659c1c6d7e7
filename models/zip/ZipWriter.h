#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace rd {

// Writes a ZIP through the system's minizip, the one libxlsxwriter zips with, so the process holds one
// minizip (docs/dependencies.md). Every minizip call's return code is checked: the first failure is returned
// by the call that met it and again by close(). The file is left as it is on failure: callers write beside
// the final name and rename a finished archive.
struct ZipEntryOptions
{
    quint32 unixMode = 0100644; // rw-r--r--, so the files are readable when other tools unpack them
    bool compress = true;       // deflated, else stored
};

class ZipWriter final
{
public:
    using EntryOptions = ZipEntryOptions;

    explicit ZipWriter(QString path);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    Status open();
    // Names are UTF-8 and flagged so; '/' separates folders.
    Status add(const QString& name, const QByteArray& data, const EntryOptions& options = {});
    Status add(const QString& name, QIODevice& source, const EntryOptions& options = {});
    Status close();

private:
    Status begin(const QString& name, const EntryOptions& options, qint64 size);
    Status finishEntry();
    Status fail(const QString& what);

    QString m_path;
    void* m_zip = nullptr;
    Status m_status;
};

} // namespace rd
