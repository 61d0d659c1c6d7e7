#include "models/store/Workspace.h"

#include "models/sql/Sql.h"
#include "models/store/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace rd {

namespace {

QString uniqueConnectionName(const char* kind)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("reviewdesk-%1-%2").arg(QLatin1String(kind)).arg(counter.fetchAndAddRelaxed(1));
}

// Reads the header facts without writing anything: a read-only handle cannot change a file we refuse.
Status inspect(const QString& databasePath)
{
    const QString name = uniqueConnectionName("inspect");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Status::failure(QCoreApplication::translate("Workspace", "%1 cannot be opened: %2")
                                         .arg(databasePath, db.lastError().text()));
        } else {
            auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
            if (!appId || !version) {
                status =
                    Status::failure(QCoreApplication::translate("Workspace", "%1 is damaged or is not a database (%2)")
                                        .arg(databasePath, appId ? version.error() : appId.error()));
            } else if (appId->toInt() != schema::applicationId) {
                status = Status::failure(
                    QCoreApplication::translate("Workspace", "%1 is not a ReviewDesk workspace database")
                        .arg(databasePath));
            } else if (version->toInt() > schema::currentVersion()) {
                status = Status::failure(
                    QCoreApplication::translate("Workspace",
                                                "%1 was written by a newer ReviewDesk (schema version %2; this version "
                                                "reads up to %3). Update ReviewDesk to open it.")
                        .arg(databasePath)
                        .arg(version->toInt())
                        .arg(schema::currentVersion()));
            } else {
                auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
                if (!check || check->toString() != QLatin1String("ok"))
                    status = Status::failure(QCoreApplication::translate("Workspace", "%1 is damaged: %2")
                                                 .arg(databasePath, check ? check->toString() : check.error()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Workspace::Workspace(QString path, Access access)
    : m_path(std::move(path)), m_access(access), m_blobs(m_path + QStringLiteral("/blobs")),
      m_connectionName(uniqueConnectionName("main"))
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::databasePath() const
{
    return m_path + QLatin1Char('/') + databaseFileName();
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Workspace::openConnection(QSqlDatabase& db, const QString& path, Access access)
{
    db.setDatabaseName(path);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Status::failure(
            QCoreApplication::translate("Workspace", "%1 cannot be opened: %2").arg(path, db.lastError().text()));
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (access == Access::ReadWrite) {
        // WAL: readers never block the writer. synchronous=FULL: a committed change survives a power cut.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& pragma : pragmas) {
        if (auto done = sql::exec(db, pragma); !done)
            return Status::from(done);
    }
    return {};
}

Status Workspace::openMainConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    return openConnection(db, databasePath(), m_access);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& folder)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return R::failure(QCoreApplication::translate("Workspace", "%1 exists and is not a folder").arg(folder));
    QDir dir(folder);
    if (info.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (QFileInfo::exists(dir.filePath(databaseFileName())))
            return R::failure(
                QCoreApplication::translate("Workspace", "%1 is already a ReviewDesk workspace").arg(folder));
        return R::failure(
            QCoreApplication::translate("Workspace", "%1 is not empty; a new workspace needs an empty folder")
                .arg(folder));
    }
    if (!QDir().mkpath(folder) || !QDir().mkpath(folder + QStringLiteral("/blobs")))
        return R::failure(QCoreApplication::translate("Workspace", "cannot create the folder %1").arg(folder));

    std::unique_ptr<Workspace> workspace(new Workspace(QFileInfo(folder).absoluteFilePath(), Access::ReadWrite));
    workspace->m_lock = std::make_unique<QLockFile>(workspace->m_path + QStringLiteral("/reviewdesk.lock"));
    workspace->m_lock->setStaleLockTime(0);
    if (!workspace->m_lock->tryLock(0))
        return R::failure(QCoreApplication::translate("Workspace", "%1 is in use by another ReviewDesk").arg(folder));
    if (auto opened = workspace->openMainConnection(); !opened)
        return R::failure(opened.error());
    QSqlDatabase db = workspace->db();
    if (auto migrated = schema::migrate(db); !migrated)
        return R::failure(migrated.error());
    return R(std::move(workspace));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder, Access access)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QFileInfo info(folder);
    if (!info.exists())
        return R::failure(QCoreApplication::translate("Workspace", "%1 does not exist").arg(folder));
    if (!info.isDir())
        return R::failure(QCoreApplication::translate("Workspace", "%1 is not a folder").arg(folder));
    const QString databasePath = QDir(folder).filePath(databaseFileName());
    if (!QFileInfo::exists(databasePath))
        return R::failure(QCoreApplication::translate("Workspace", "%1 is not a ReviewDesk workspace: it has no %2")
                              .arg(folder, databaseFileName()));

    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), access));
    if (access == Access::ReadWrite) {
        workspace->m_lock = std::make_unique<QLockFile>(workspace->m_path + QStringLiteral("/reviewdesk.lock"));
        workspace->m_lock->setStaleLockTime(0);
        if (!workspace->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            workspace->m_lock->getLockInfo(&pid, &host, &application);
            return R::failure(
                QCoreApplication::translate("Workspace",
                                            "%1 is open in another ReviewDesk (process %2 on %3); close it there first")
                    .arg(folder)
                    .arg(pid)
                    .arg(host));
        }
    }
    if (auto inspected = inspect(databasePath); !inspected)
        return R::failure(inspected.error());
    if (auto opened = workspace->openMainConnection(); !opened)
        return R::failure(opened.error());
    if (access == Access::ReadWrite) {
        QSqlDatabase db = workspace->db();
        if (auto migrated = schema::migrate(db); !migrated)
            return R::failure(migrated.error());
        if (auto swept = workspace->collectGarbage(); !swept)
            return R::failure(swept.error());
    }
    return R(std::move(workspace));
}

Result<int> Workspace::collectGarbage() const
{
    auto query = sql::exec(
        db(), QStringLiteral("SELECT sha256 FROM documents UNION SELECT sha256 FROM version_documents"
                             " UNION SELECT pdf_sha256 FROM returned_sheets"
                             " UNION SELECT timestamp_sha256 FROM returned_sheets WHERE timestamp_sha256 != ''"
                             " UNION SELECT pdf_sha256 FROM signed_documents"
                             " UNION SELECT timestamp_sha256 FROM signed_documents WHERE timestamp_sha256 != ''"));
    if (!query)
        return Result<int>::failure(query.error());
    QSet<QString> referenced;
    while (query->next())
        referenced.insert(query->value(0).toString());
    return m_blobs.collectGarbage(referenced);
}

Workspace::ThreadConnection::ThreadConnection(const Workspace& workspace) : ThreadConnection(workspace.location()) {}

Workspace::ThreadConnection::ThreadConnection(const Location& location) : m_name(uniqueConnectionName("thread"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (auto opened = openConnection(db, location.databasePath, location.access); !opened)
        m_error = opened.error();
}

Workspace::ThreadConnection::~ThreadConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Workspace::ThreadConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Workspace::ThreadConnection::isOpen() const
{
    return m_error.isEmpty() && db().isOpen();
}

} // namespace rd
