#pragma once

#include "models/consensus/RoundSettings.h"
#include "models/package/ReviewPackage.h"
#include "models/review/PageNotes.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/review/SigningRoles.h"
#include "models/screening/Screening.h"
#include "models/store/ApplicationStore.h"
#include "models/store/TextMatches.h"
#include "models/store/Workspace.h"

namespace rd {

namespace consensus {
class ConsensusSession;
}

// What the windows of one open workspace read and change it with: its stores, each over the workspace's
// connection, and what work on another thread needs to reach it. The main window builds it when a
// workspace opens and hands each widget the part it uses; this is the one place in widgets/ where the
// database connection is known.
class WorkspaceServices final
{
public:
    explicit WorkspaceServices(const Workspace& workspace);
    ~WorkspaceServices();
    Q_DISABLE_COPY_MOVE(WorkspaceServices)

    const QString& path() const { return m_workspace.path(); }
    const BlobStore& blobs() const { return m_workspace.blobs(); }
    // For work on a pool thread: it opens a connection of its own there.
    Workspace::Location location() const { return m_workspace.location(); }

    // The member whose review workspace this is (made from a package); empty for the secretariat's.
    Result<std::optional<package::ReviewerContext>> reviewerContext() const;

    // Who may sign what in a round, and registering the secretariat's certificate.
    Result<QList<roles::Holder>> roleHolders(qint64 roundId) const;
    Status registerSecretariat(qint64 roundId, const QString& fingerprint, const QString& name) const;

    // A round's consensus settings (thresholds, member codes, time-stamping service).
    Result<consensus::Settings> roundSettings(qint64 roundId) const;
    Status saveRoundSettings(qint64 roundId, const consensus::Settings& settings) const;

    // Findings are evaluated again when the rules or the facts behind them changed since.
    Status refreshFindings(qint64 roundId) const;

    // Two proposals that share text (a round.similar_proposal finding's match).
    Result<TextMatch> textMatch(qint64 matchId) const;

    // The round's meeting, for the consensus board and the meeting window; owned by `parent`.
    consensus::ConsensusSession* consensusSession(qint64 roundId, QObject* parent) const;

private:
    const Workspace& m_workspace;

public:
    ApplicationStore applications;
    ScoreSheetStore sheets;
    ReviewerStore reviewers;
    PreliminaryOpinions opinions;
    PageNotes notes;
    screening::ScreeningStore screening;
};

} // namespace rd
