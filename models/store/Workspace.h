#pragma once

#include "models/core/Result.h"
#include "models/store/BlobStore.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rd {

// A workspace is a folder: reviewdesk.sqlite plus a content-addressed blob store. One process writes to
// it at a time (a lock file says which); auditors open it read-only.
class Workspace final
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static QString databaseFileName() { return QStringLiteral("reviewdesk.sqlite"); }

    // Creates a new workspace in an empty or missing folder.
    static Result<std::unique_ptr<Workspace>> create(const QString& folder);
    // Opens an existing workspace; a newer schema, a corrupt database or a folder that is not a
    // workspace is refused before anything is written.
    static Result<std::unique_ptr<Workspace>> open(const QString& folder, Access access = Access::ReadWrite);

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    const QString& path() const { return m_path; }
    QString databasePath() const;
    bool readOnly() const { return m_access == Access::ReadOnly; }
    const BlobStore& blobs() const { return m_blobs; }

    // The connection of the thread that opened the workspace.
    QSqlDatabase db() const;

    // What work on another thread needs to reach this workspace, held by value: it stays valid when the
    // window closes or replaces the Workspace object while the work runs.
    struct Location
    {
        QString databasePath;
        Access access;
        BlobStore blobs;
    };
    Location location() const { return {databasePath(), m_access, m_blobs}; }

    // A connection for a worker thread, closed when it goes out of scope. SQLite handles are not shared
    // across threads; WAL lets these readers and the one writer proceed together.
    class ThreadConnection final
    {
    public:
        explicit ThreadConnection(const Workspace& workspace);
        explicit ThreadConnection(const Location& location);
        ~ThreadConnection();
        Q_DISABLE_COPY_MOVE(ThreadConnection)
        QSqlDatabase db() const;
        bool isOpen() const;
        QString error() const { return m_error; }

    private:
        QString m_name;
        QString m_error;
    };

    // Removes blobs no document references and staging leftovers of an interrupted import.
    Result<int> collectGarbage() const;

private:
    Workspace(QString path, Access access);
    Status openMainConnection();
    static Status openConnection(QSqlDatabase& db, const QString& path, Access access);

    QString m_path;
    Access m_access;
    BlobStore m_blobs;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rd
