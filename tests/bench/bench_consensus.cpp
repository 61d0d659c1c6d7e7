// Compiling a large round: 500 applications, each scored by 15 of a 60-member pool on 5 criteria; then the
// same round stored in a workspace, and the consensus board refreshed after one score revision (複評):
// the revision written, the round read back and compiled, the board model reset.
//   bench_consensus [--applications N] [--reviewers M] [--runs R]
#include "TestSupport.h"
#include "models/consensus/Compilation.h"
#include "models/consensus/ConsensusSession.h"
#include "models/core/Ubn.h"
#include "models/itemmodels/ConsensusBoardModel.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace rd::consensus;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("applications"), QStringLiteral("Applications."), QStringLiteral("N"), QStringLiteral("500")},
         {QStringLiteral("reviewers"), QStringLiteral("Members per application."), QStringLiteral("M"),
          QStringLiteral("15")},
         {QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("R"), QStringLiteral("20")}});
    parser.process(app);
    const int applications = parser.value(QStringLiteral("applications")).toInt();
    const int perApplication = parser.value(QStringLiteral("reviewers")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int pool = perApplication * 4;

    // The DIGITAL+ weights; each member has a leniency of their own, each application a quality.
    const QList<CriterionInput> criteria = {{QStringLiteral("innovation"), 15, 15},
                                            {QStringLiteral("cooperation"), 10, 10},
                                            {QStringLiteral("cloud_service"), 30, 30},
                                            {QStringLiteral("feasibility"), 30, 30},
                                            {QStringLiteral("benefits"), 15, 15}};
    QRandomGenerator random(20261122);
    QList<double> leniency;
    for (int r = 0; r < pool; ++r)
        leniency.append(random.bounded(0.2) - 0.1);
    QList<ApplicationInput> round;
    for (int a = 0; a < applications; ++a) {
        ApplicationInput input{a + 1, 500.0 + random.bounded(7500), {}, {}};
        const double quality = 0.5 + random.bounded(0.45);
        const int first = int(random.bounded(pool));
        for (int k = 0; k < perApplication; ++k) {
            const qint64 member = (first + k) % pool + 1;
            input.assigned.append(member);
            SheetInput sheet{member, SheetInput::State::Complete, 0, {}, false, {}};
            for (const CriterionInput& c : criteria) {
                const double share =
                    std::clamp(quality + leniency.at(member - 1) + random.bounded(0.2) - 0.1, 0.0, 1.0);
                const double score = std::round(share * c.maximum * 2) / 2;
                sheet.criteria.insert(c.id, score);
                sheet.total += score;
            }
            input.sheets.append(sheet);
        }
        round.append(input);
    }

    Settings settings;
    settings.budget = applications * 2000.0;
    QList<double> times;
    int flags = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<ApplicationResult> results = compile(round, criteria, settings);
        times.append(timer.nsecsElapsed() / 1e6);
        flags = 0;
        for (const ApplicationResult& r : results)
            flags += int(r.flags.size());
    }
    std::sort(times.begin(), times.end());
    std::printf("Consensus compilation (%d applications × %d members × %zu criteria, %d runs)\n", applications,
                perApplication, size_t(criteria.size()), runs);
    std::printf("  %-28s %8.2f ms   min %.2f ms, max %.2f ms   (target < 50 ms); %d flags raised\n", "compile, median",
                times.at(times.size() / 2), times.first(), times.last(), flags);

    // The same round in a workspace: applications, the pool, assignments and every sheet as returned.
    rd::test::TempWorkspace ws;
    rd::test::freezeRubric(ws);
    QHash<qint64, qint64> applicationIds;
    {
        // Valid 統一編號 in turn (each insert is its own transaction).
        int candidate = 10000000;
        for (const ApplicationInput& input : std::as_const(round)) {
            while (!rd::isValidUbn(QString::number(candidate)))
                ++candidate;
            applicationIds.insert(input.applicationId,
                                  rd::test::addApplication(ws, QString::number(candidate++),
                                                           QStringLiteral("計畫 %1").arg(input.applicationId)));
        }
        rd::sql::Transaction transaction(ws.workspace->db());
        rd::ReviewerStore reviewers(ws.workspace->db());
        QHash<qint64, qint64> memberIds;
        for (int r = 1; r <= pool; ++r) {
            rd::Reviewer member;
            member.name = QStringLiteral("委員%1").arg(r);
            memberIds.insert(r, reviewers.add(member).value());
        }
        rd::ScoreSheetStore sheets(ws.workspace->db());
        for (const ApplicationInput& input : std::as_const(round)) {
            for (const SheetInput& s : input.sheets) {
                const qint64 stored = applicationIds.value(input.applicationId);
                if (auto assigned = reviewers.assign(stored, memberIds.value(s.reviewerId)); !assigned) {
                    std::fprintf(stderr, "%s\n", qPrintable(assigned.error()));
                    return 1;
                }
                rd::ScoreSheet sheet;
                for (auto it = s.criteria.cbegin(); it != s.criteria.cend(); ++it)
                    sheet.entries.insert(it.key(), {it.value(), {}, QStringLiteral("意見")});
                sheet.state = rd::ScoreSheet::State::Complete;
                if (!sheets.storeReturned(stored, memberIds.value(s.reviewerId), sheet, {}).ok())
                    return 1;
            }
        }
        for (qint64 id : std::as_const(memberIds))
            (void)rd::consensus::MeetingStore(ws.workspace->db(), ws.roundId).setPresent(id, true);
        if (!transaction.commit())
            return 1;
    }
    rd::consensus::ConsensusSession session(ws.workspace->db(), ws.roundId);
    rd::ConsensusBoardModel board;
    QObject::connect(&session, &rd::consensus::ConsensusSession::changed, &board,
                     [&] { board.setState(&session.state()); });
    (void)session.reload();
    const ApplicationResult first = session.state().results.first();
    const qint64 member = first.counted.first();
    QList<double> blocked; // the UI thread, from the action to its return
    QList<double> refresh; // from the action to a board drawn from the new state
    for (int run = 0; run < std::max(3, runs / 4); ++run) {
        QElapsedTimer timer;
        timer.start();
        const double score = 5 + run % 10;
        if (!session.revise(first.applicationId, member, QStringLiteral("innovation"), score, QStringLiteral("複評"))
                 .ok())
            return 1;
        blocked.append(timer.nsecsElapsed() / 1e6);
        QEventLoop loop; // the reload runs off this thread; changed() brings the new state
        QObject::connect(&session, &rd::consensus::ConsensusSession::changed, &loop, &QEventLoop::quit);
        if (session.reloading())
            loop.exec();
        // The board is current once its first row can be drawn from the new state.
        (void)board.index(0, rd::ConsensusBoardModel::MembersStart).data();
        refresh.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(blocked.begin(), blocked.end());
    std::sort(refresh.begin(), refresh.end());
    std::printf("  %-28s %8.2f ms   min %.2f ms, max %.2f ms   (target < 16 ms, one frame)\n", "UI thread per revision",
                blocked.at(blocked.size() / 2), blocked.first(), blocked.last());
    std::printf("  %-28s %8.2f ms   min %.2f ms, max %.2f ms   (target < 100 ms); %zu sheets stored\n",
                "board after one revision", refresh.at(refresh.size() / 2), refresh.first(), refresh.last(),
                size_t(applications) * size_t(perApplication));
    return 0;
}
