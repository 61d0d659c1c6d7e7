#include "models/demo/DemoScreening.h"

#include "models/importer/ImportJob.h"
#include "models/print/SupplementNotice.h"
#include "models/rules/FindingText.h"
#include "models/screening/Screening.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QDir>

namespace rd::demo {

namespace {

// Two weeks, as a 補正 notice commonly allows.
constexpr int supplementDays = 14;

} // namespace

Result<ScreeningReport> screenDemoRound(const Workspace& workspace, qint64 roundId, const DemoOptions& options,
                                        const QString& noticeFolder)
{
    using R = Result<ScreeningReport>;
    const QSqlDatabase db = workspace.db();
    ApplicationStore store(db);
    screening::ScreeningStore screening(db);
    ScreeningReport report;
    auto clean = screening.declareCleanEligible(roundId);
    if (!clean)
        return R::failure(clean.error());
    report.eligible = *clean;

    auto findings = store.findings(roundId);
    auto apps = store.applications(roundId);
    if (!findings || !apps)
        return R::failure(!findings ? findings.error() : apps.error());
    QHash<qint64, QStringList> ineligible; // 申請資格 (004 貳): what no document can cure
    QSet<qint64> withErrors;
    for (const RoundFinding& rf : *findings) {
        if (rf.finding.severity != Severity::Error)
            continue;
        withErrors.insert(rf.finding.applicationId);
        if (rf.finding.rule.startsWith(QLatin1String("eligibility.")))
            ineligible[rf.finding.applicationId] << FindingText::message(rf.finding);
    }
    const QDate deadline = QDate::currentDate().addDays(supplementDays);
    for (const ApplicationSummary& app : *apps) {
        if (!withErrors.contains(app.id))
            continue;
        if (ineligible.contains(app.id)) {
            const QString reason = QCoreApplication::translate("DemoScreening", "申請資格不符 (004 貳): %1")
                                       .arg(ineligible.value(app.id).join(QStringLiteral("; ")));
            if (auto rejected = screening.reject(app.id, reason); !rejected)
                return R::failure(rejected.error());
            ++report.rejected;
            continue;
        }
        auto items = screening.defaultItems(app.id);
        if (!items)
            return R::failure(items.error());
        if (auto asked = screening.requestSupplement(app.id, *items, deadline); !asked)
            return R::failure(asked.error());
        ++report.supplement;
    }
    if (report.supplement == 0)
        return report;
    auto notices = screening::writeSupplementNotices(db, roundId, noticeFolder);
    if (!notices)
        return R::failure(notices.error());
    report.notices = notices->files;

    // The first applicant whose breach a 補正 cures answers the notice.
    const DemoGenerator generator(options);
    for (int i = 0; i < options.applications; ++i) {
        auto folder =
            generator.writeSupplemented(QDir(workspace.path()).filePath(QStringLiteral("demo-supplemented")), i);
        if (!folder)
            continue;
        ImportJob job(workspace.location(), roundId, {*folder});
        job.setOnDuplicate(ImportJob::OnDuplicate::Replace);
        const ImportReport imported = job.run();
        if (imported.imported.size() != 1)
            return R::failure(imported.rejected.isEmpty()
                                  ? QCoreApplication::translate("DemoScreening", "the "
                                                                                 "supplemented dossier was "
                                                                                 "not imported")
                                  : imported.rejected.first().error);
        if (auto found = screening.declareEligible(imported.imported.first().applicationId); !found)
            return R::failure(found.error());
        --report.supplement;
        ++report.supplemented;
        ++report.eligible;
        break;
    }
    return report;
}

} // namespace rd::demo
