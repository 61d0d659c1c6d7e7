// Compiling a large round: 500 applications, each scored by 15 of a 60-member pool on 5 criteria.
//   bench_consensus [--applications N] [--reviewers M] [--runs R]
#include "consensus/Compilation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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
    const QList<CriterionInput> criteria = {{QStringLiteral("innovation"), 15},
                                            {QStringLiteral("cooperation"), 10},
                                            {QStringLiteral("cloud_service"), 30},
                                            {QStringLiteral("feasibility"), 30},
                                            {QStringLiteral("benefits"), 15}};
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
            SheetInput sheet{member, SheetInput::State::Complete, 0, {}, false};
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
    return 0;
}
