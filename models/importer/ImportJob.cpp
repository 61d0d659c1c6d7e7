#include "models/importer/ImportJob.h"

#include "models/importer/DossierDiscovery.h"
#include "models/importer/DossierParser.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/screening/ProposalComparison.h"
#include "models/screening/RoundFindings.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

ImportJob::ImportJob(Workspace::Location workspace, qint64 roundId, QStringList paths, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_roundId(roundId), m_paths(std::move(paths)),
      m_pdfWorker(PdfTextExtractor::defaultWorkerPath())
{}

void ImportJob::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_answerMutex);
    m_answered.wakeAll();
}

void ImportJob::answerReplace(bool replace, bool forAll)
{
    QMutexLocker lock(&m_answerMutex);
    m_answer = replace;
    if (forAll)
        m_answerForAll = replace;
    m_answered.wakeAll();
}

bool ImportJob::askReplace(const QString& ubn, const QString& title, const QString& source)
{
    switch (m_onDuplicate) {
    case OnDuplicate::Replace:
        return true;
    case OnDuplicate::Refuse:
        return false;
    case OnDuplicate::Ask:
        break;
    }
    QMutexLocker lock(&m_answerMutex);
    if (m_answerForAll)
        return *m_answerForAll;
    m_answer.reset();
    lock.unlock();
    Q_EMIT replaceRequested(ubn, title, source);
    lock.relock();
    while (!m_answer && !m_cancelled)
        m_answered.wait(&m_answerMutex);
    return m_answer.value_or(false) && !m_cancelled;
}

ImportReport ImportJob::run()
{
    ImportReport report;
    Workspace::ThreadConnection connection(m_workspace);
    if (!connection.isOpen()) {
        report.rejected.append({m_workspace.databasePath, connection.error()});
        return report;
    }
    ApplicationStore store(connection.db());

    DossierDiscovery discovery;
    for (const QString& path : std::as_const(m_paths))
        discovery.add(path, &m_cancelled);
    for (const auto& problem : discovery.problems())
        report.rejected.append({problem.path, problem.error});
    const auto& sources = discovery.sources();
    const int total = int(sources.size());
    Q_EMIT progress(0, total, QString());

    // Parsing runs ahead on the pool while this thread writes finished dossiers in order.
    QThreadPool pool;
    pool.setMaxThreadCount(m_threads > 0 ? m_threads : qMax(1, QThread::idealThreadCount()));
    const PdfTextExtractor extractor(m_pdfWorker);
    const DossierParser parser(m_workspace.blobs, extractor);
    QList<QFuture<DossierParser::Outcome>> futures;
    for (const auto& source : sources)
        futures.append(QtConcurrent::run(
            &pool, [&parser, source, this] { return parser.parse(source.folder, source.displayPath, &m_cancelled); }));

    QStringList orphanCandidates;
    for (int i = 0; i < total; ++i) {
        const auto& source = sources.at(i);
        DossierParser::Outcome outcome = futures[i].result();
        orphanCandidates << outcome.createdBlobs;
        if (m_cancelled) {
            report.cancelled = true;
            continue; // drain the remaining futures so their blobs are cleaned up too
        }
        QString error;
        bool keptExisting = false;
        if (!outcome.dossier) {
            error = outcome.dossier.error();
        } else {
            const ParsedDossier& parsed = *outcome.dossier;
            const Dossier& d = parsed.dossier;
            auto existing = store.findExisting(m_roundId, d.applicant.ubn, d.proposal.title);
            if (!existing) {
                error = existing.error();
            } else if (*existing != 0 && !askReplace(d.applicant.ubn, d.proposal.title, source.displayPath)) {
                keptExisting = !m_cancelled;
                error = m_cancelled
                            ? tr("cancelled")
                            : tr("統一編號 %1 with the proposal “%2” is already in this round; kept the existing "
                                 "application (import it as a new version to supplement it)")
                                  .arg(d.applicant.ubn, d.proposal.title);
            } else {
                auto id = store.insert(m_roundId, parsed, *existing, [this] { return !m_cancelled.load(); });
                if (!id) {
                    error = id.error();
                } else {
                    int pages = 0;
                    for (const ParsedDocument& doc : parsed.documents)
                        pages += int(doc.pages.size());
                    report.imported.append({*id, d.applicant.ubn, d.applicant.name, d.proposal.title,
                                            int(parsed.documents.size()), pages, *existing != 0, outcome.leftOut});
                }
            }
        }
        if (m_cancelled && !error.isEmpty())
            report.cancelled = true;
        else if (!error.isEmpty())
            report.rejected.append({source.displayPath, error, keptExisting});
        Q_EMIT dossierFinished(source.displayPath, error.isEmpty(), error, keptExisting);
        Q_EMIT progress(i + 1, total, source.displayPath);
    }
    pool.waitForDone();

    if (!report.imported.isEmpty() || report.cancelled) {
        // New proposals are compared with the round's and the earlier rounds' before the findings are made.
        if (auto compared = proposals::compare(connection.db(), m_roundId); !compared)
            report.findingsError = compared.error();
        if (auto recomputed = roundfindings::recompute(connection.db(), m_roundId); !recomputed)
            report.findingsError = recomputed.error();
    }
    // Blobs added by dossiers that were not stored go again, unless another stored document shares them.
    for (const QString& sha : std::as_const(orphanCandidates)) {
        auto used =
            sql::scalar(connection.db(), QStringLiteral("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1"), {sha});
        if (used && !used->isValid())
            m_workspace.blobs.remove(sha);
    }
    return report;
}

} // namespace rd
