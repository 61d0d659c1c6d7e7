#include "models/print/SupplementNotice.h"

#include "models/audit/AuditTrail.h"
#include "models/core/Csv.h"
#include "models/core/Text.h"
#include "models/pdf/PdfComposer.h"
#include "models/screening/Screening.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace rd::screening {

namespace {

QString legalBasis()
{
    // 004 陸 註1, quoting 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條.
    return QCoreApplication::translate(
        "SupplementNotice",
        "Under Article 7 of the Ministry of Digital Affairs' regulations on subsidies for industrial innovation "
        "(數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條), an application whose documents are incomplete or "
        "whose content is not complete is notified to supplement or correct it (限期補正) within a set time; if it "
        "is not supplemented by then, or is still incomplete afterwards, it is not accepted (不予受理).");
}

Status writeNotice(const QString& path, const QString& roundName, const ApplicationSummary& app,
                   const Decision& decision, const QDate& today)
{
    PdfComposer pdf(path, QCoreApplication::translate("SupplementNotice", "Notice to supplement (補正通知)"));
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("SupplementNotice", "Cannot write %1").arg(path));
    pdf.setFooter(roundName);
    pdf.title(QCoreApplication::translate("SupplementNotice", "Notice to supplement (補正通知)"));
    pdf.table({QCoreApplication::translate("SupplementNotice", "Item"),
               QCoreApplication::translate("SupplementNotice", "Content")},
              {{QCoreApplication::translate("SupplementNotice", "Round"), roundName},
               {QCoreApplication::translate("SupplementNotice", "Applicant"), app.applicantName},
               {QCoreApplication::translate("SupplementNotice", "Business ID (統一編號)"), app.ubn},
               {QCoreApplication::translate("SupplementNotice", "Proposal"), app.title},
               {QCoreApplication::translate("SupplementNotice", "Dossier version"), QString::number(app.version)},
               {QCoreApplication::translate("SupplementNotice", "Issued on"), today.toString(Qt::ISODate)},
               {QCoreApplication::translate("SupplementNotice", "Deadline"), decision.deadline.toString(Qt::ISODate)}},
              {0.3, 0.7});
    pdf.paragraph(legalBasis());
    pdf.heading(QCoreApplication::translate("SupplementNotice", "What to supplement or correct"));
    QList<QStringList> rows;
    for (int i = 0; i < decision.items.size(); ++i)
        rows.append({QString::number(i + 1), decision.items.at(i)});
    pdf.table({QCoreApplication::translate("SupplementNotice", "No."),
               QCoreApplication::translate("SupplementNotice", "Item")},
              rows, {0.08, 0.92});
    pdf.paragraph(QCoreApplication::translate("SupplementNotice",
                                              "Please upload the supplemented dossier, with the same business ID "
                                              "(統一編號) and proposal title, by %1. It is reviewed again in full.")
                      .arg(decision.deadline.toString(Qt::ISODate)));
    pdf.finish();
    return {};
}

} // namespace

Result<NoticeReport> writeSupplementNotices(const QSqlDatabase& db, qint64 roundId, const QString& folder,
                                            const QDate& today)
{
    using R = Result<NoticeReport>;
    ApplicationStore store(db);
    auto round = store.round(roundId);
    auto apps = store.applications(roundId);
    auto decisions = ScreeningStore(db).decisions(roundId, today);
    if (!round || !apps || !decisions)
        return R::failure(!round ? round.error() : !apps ? apps.error() : decisions.error());
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("SupplementNotice", "Cannot create the folder %1").arg(folder));

    NoticeReport report;
    QList<QVariantList> list{{QCoreApplication::translate("SupplementNotice", "Business ID (統一編號)"),
                              QCoreApplication::translate("SupplementNotice", "Applicant"),
                              QCoreApplication::translate("SupplementNotice", "Proposal"),
                              QCoreApplication::translate("SupplementNotice", "Version"),
                              QCoreApplication::translate("SupplementNotice", "Deadline"),
                              QCoreApplication::translate("SupplementNotice", "No."),
                              QCoreApplication::translate("SupplementNotice", "Item")}};
    for (const ApplicationSummary& app : *apps) {
        const Decision d = decisions->value(app.id);
        if (d.outcome != Outcome::Supplement)
            continue;
        // The 統一編號 names the file; two proposals of one company are told apart by their id.
        auto inFolder = text::pathInFolder(
            dir.path(), QStringLiteral("supplement-notice-%1.pdf").arg(text::fileStem(app.ubn, app.id)));
        if (!inFolder)
            return R::failure(inFolder.error());
        const QString path = *inFolder;
        if (auto written = writeNotice(path, round->name, app, d, today); !written)
            return R::failure(written.error());
        if (auto logged = audit::recordExport(db, roundId, QStringLiteral("supplement-notice"), path); !logged)
            return R::failure(logged.error());
        report.files << path;
        ++report.applications;
        for (int i = 0; i < d.items.size(); ++i)
            list.append({app.ubn, app.applicantName, app.title, app.version, d.deadline.toString(Qt::ISODate), i + 1,
                         d.items.at(i)});
    }
    if (report.applications == 0)
        return R::failure(QCoreApplication::translate("SupplementNotice",
                                                      "No application of round \"%1\" is to supplement (限期補正) now.")
                              .arg(round->name));
    const QString csvPath = dir.filePath(QStringLiteral("supplement-notices.csv"));
    if (auto written = csv::write(csvPath, list); !written)
        return R::failure(written.error());
    if (auto logged = audit::recordExport(db, roundId, QStringLiteral("supplement-notices"), csvPath); !logged)
        return R::failure(logged.error());
    report.files << csvPath;
    return report;
}

} // namespace rd::screening
