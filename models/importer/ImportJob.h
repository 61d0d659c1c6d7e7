#pragma once

#include "models/store/Workspace.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <optional>

namespace rd {

struct ImportReport
{
    struct Imported
    {
        qint64 applicationId = 0;
        QString ubn;
        QString name;
        QString title;
        int documents = 0;
        int pages = 0;
        bool replaced = false;
        QStringList leftOut; // files of the dossier not taken, each with the reason
    };
    struct Rejected
    {
        QString path;
        QString error;
        bool keptExisting = false; // the round already had it and the user chose to keep that one
    };
    QList<Imported> imported;
    QList<Rejected> rejected;
    bool cancelled = false;
    int keptExisting() const
    {
        return int(std::count_if(rejected.begin(), rejected.end(), [](const Rejected& r) { return r.keptExisting; }));
    }
    QString findingsError; // set when the round's findings could not be recomputed
};

// Imports a batch of dossiers into one round. Dossiers are parsed on a thread pool (one per core, each
// with its own PDF worker process) and written one by one, each in its own transaction: a dossier is
// stored whole or not at all, and one bad dossier does not stop the rest.
//
// run() blocks; the GUI calls it on a worker thread and listens to the signals, the CLI calls it directly.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    // What to do when the round already has the same 統一編號 with the same proposal title.
    enum class OnDuplicate
    {
        Ask,
        Replace,
        Refuse
    };

    ImportJob(Workspace::Location workspace, qint64 roundId, QStringList paths, QObject* parent = nullptr);

    void setOnDuplicate(OnDuplicate policy) { m_onDuplicate = policy; }
    void setPdfWorker(const QString& path) { m_pdfWorker = path; }
    void setThreads(int threads) { m_threads = threads; }

    ImportReport run();

    // Thread-safe.
    void cancel();
    // Answers replaceRequested(); `forAll` applies the answer to the rest of the batch.
    void answerReplace(bool replace, bool forAll = false);

Q_SIGNALS:
    void progress(int done, int total, const QString& current);
    // Emitted from the job's thread; the job waits until answerReplace() or cancel().
    void replaceRequested(const QString& ubn, const QString& title, const QString& source);
    // `keptExisting`: not imported because the user kept the version the round already had (not an error).
    void dossierFinished(const QString& source, bool imported, const QString& error, bool keptExisting);

private:
    bool askReplace(const QString& ubn, const QString& title, const QString& source);

    const Workspace::Location m_workspace; // by value: the job may outlive the Workspace object that started it
    qint64 m_roundId;
    QStringList m_paths;
    OnDuplicate m_onDuplicate = OnDuplicate::Ask;
    QString m_pdfWorker;
    int m_threads = 0;
    std::atomic_bool m_cancelled{false};

    QMutex m_answerMutex;
    QWaitCondition m_answered;
    std::optional<bool> m_answer;
    std::optional<bool> m_answerForAll;
};

} // namespace rd
