#include "widgets/WorkspaceServices.h"

#include "models/consensus/ConsensusSession.h"
#include "models/screening/RoundFindings.h"

namespace rd {

WorkspaceServices::WorkspaceServices(const Workspace& workspace)
    : m_workspace(workspace), applications(m_workspace.db()), sheets(m_workspace.db()), reviewers(m_workspace.db()),
      opinions(m_workspace.db()), notes(m_workspace.db()), screening(m_workspace.db())
{}

WorkspaceServices::~WorkspaceServices() = default;

Result<std::optional<package::ReviewerContext>> WorkspaceServices::reviewerContext() const
{
    return package::reviewerContext(m_workspace.db());
}

Result<QList<roles::Holder>> WorkspaceServices::roleHolders(qint64 roundId) const
{
    return roles::holders(m_workspace.db(), roundId);
}

Status WorkspaceServices::registerSecretariat(qint64 roundId, const QString& fingerprint, const QString& name) const
{
    return roles::registerSecretariat(m_workspace.db(), roundId, fingerprint, name);
}

Result<TextMatch> WorkspaceServices::textMatch(qint64 matchId) const
{
    return textmatches::byId(m_workspace.db(), matchId);
}

Result<consensus::Settings> WorkspaceServices::roundSettings(qint64 roundId) const
{
    return consensus::roundSettings(m_workspace.db(), roundId);
}

Status WorkspaceServices::saveRoundSettings(qint64 roundId, const consensus::Settings& settings) const
{
    return consensus::saveRoundSettings(m_workspace.db(), roundId, settings);
}

Status WorkspaceServices::refreshFindings(qint64 roundId) const
{
    return roundfindings::refreshIfStale(m_workspace.db(), roundId);
}

consensus::ConsensusSession* WorkspaceServices::consensusSession(qint64 roundId, QObject* parent) const
{
    return new consensus::ConsensusSession(m_workspace.db(), roundId, parent);
}

} // namespace rd
