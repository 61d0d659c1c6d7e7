#include "models/print/ScoreSheetPrint.h"

#include "models/core/Text.h"

#include "models/pdf/PdfComposer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace rd {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

Status printScoreSheet(const QString& pdfPath, const Rubric& rubric, const ScoreSheet& sheet,
                       const SheetPrintContext& context)
{
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ScoreSheetPrint", "Score sheet"),
                    PdfComposer::Orientation::Portrait,
                    {QStringLiteral("score-sheet"), context.dataSha256, context.signerName, {}});
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ScoreSheetPrint", "cannot write %1").arg(pdfPath));
    pdf.setFooter(
        QCoreApplication::translate("ScoreSheetPrint", "SHA-256 of the sheet data: %1").arg(context.dataSha256));

    pdf.title(rubric.name().text());
    pdf.table({QCoreApplication::translate("ScoreSheetPrint", "Item"),
               QCoreApplication::translate("ScoreSheetPrint", "Details")},
              {{QCoreApplication::translate("ScoreSheetPrint", "Review round"),
                QStringLiteral("%1（%2）").arg(context.roundName, context.program)},
               {QCoreApplication::translate("ScoreSheetPrint", "Applicant"),
                QStringLiteral("%1（%2）").arg(context.applicantName, context.ubn)},
               {QCoreApplication::translate("ScoreSheetPrint", "Proposal"), context.title},
               {QCoreApplication::translate("ScoreSheetPrint", "Rubric"),
                QStringLiteral("%1 %2").arg(rubric.id(), rubric.version())},
               {QCoreApplication::translate("ScoreSheetPrint", "Reviewer"),
                QStringLiteral("%1（%2）").arg(context.reviewerName, context.reviewerOrganization)}},
              {0.25, 0.75});

    if (sheet.state == ScoreSheet::State::Conflict) {
        pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Conflict of interest declared"));
        pdf.paragraph(sheet.conflictReason);
    } else {
        if (!rubric.criteria().isEmpty()) {
            QList<QStringList> rows;
            for (const RubricCriterion& c : rubric.criteria()) {
                const SheetEntry entry = sheet.entry(c.id);
                rows.append({c.name.text(), number(rubric.maximum(c)), entry.score ? number(*entry.score) : QString(),
                             entry.comment});
            }
            rows.append({QCoreApplication::translate("ScoreSheetPrint", "Total"), QStringLiteral("100"),
                         number(sheetTotal(rubric, sheet)), QString()});
            pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Scores"));
            pdf.table({QCoreApplication::translate("ScoreSheetPrint", "Criterion"),
                       QCoreApplication::translate("ScoreSheetPrint", "Maximum"),
                       QCoreApplication::translate("ScoreSheetPrint", "Score"),
                       QCoreApplication::translate("ScoreSheetPrint", "Comment")},
                      rows, {0.28, 0.12, 0.1, 0.5});
        }
        if (!rubric.checklist().isEmpty()) {
            QList<QStringList> rows;
            for (const ChecklistItem& item : rubric.checklist()) {
                const SheetEntry entry = sheet.entry(item.id);
                const QString mark =
                    entry.mark == QLatin1String("pass")   ? QCoreApplication::translate("ScoreSheetPrint", "Pass")
                    : entry.mark == QLatin1String("fail") ? QCoreApplication::translate("ScoreSheetPrint", "Fail")
                                                          : QString();
                rows.append({item.group.text(), item.name.text(), mark, entry.comment});
            }
            pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Checklist"));
            pdf.table({QCoreApplication::translate("ScoreSheetPrint", "Group"),
                       QCoreApplication::translate("ScoreSheetPrint", "Item"),
                       QCoreApplication::translate("ScoreSheetPrint", "Result"),
                       QCoreApplication::translate("ScoreSheetPrint", "Comment")},
                      rows, {0.2, 0.3, 0.1, 0.4});
        }
        QStringList flags;
        for (const RubricFlag& flag : rubric.flags())
            if (sheet.entry(flag.id).mark == QLatin1String("yes"))
                flags << flag.name.text();
        if (!flags.isEmpty()) {
            pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Noted"));
            pdf.bullets(flags);
        }
        pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Overall comment"));
        pdf.paragraph(sheet.overallComment);
        QString recommendation;
        for (const Recommendation& r : rubric.recommendations())
            if (r.id == sheet.recommendation)
                recommendation = r.name.text();
        pdf.heading(QCoreApplication::translate("ScoreSheetPrint", "Recommendation"));
        pdf.paragraph(recommendation);
    }

    pdf.paragraph(QCoreApplication::translate("ScoreSheetPrint", "Sheet revision %1 · SHA-256 of the sheet data: %2")
                      .arg(sheet.revision)
                      .arg(context.dataSha256));
    const QString date = text::localDateTime(context.printedAt);
    pdf.signatureBlock(QCoreApplication::translate("ScoreSheetPrint", "Reviewer's signature"),
                       context.signerName.isEmpty() ? context.reviewerName : context.signerName,
                       context.signerName.isEmpty()
                           ? QCoreApplication::translate("ScoreSheetPrint", "%1 · not digitally signed").arg(date)
                           : QCoreApplication::translate("ScoreSheetPrint", "%1 · digitally signed").arg(date));
    pdf.finish();
    if (!QFileInfo(pdfPath).isFile() || QFileInfo(pdfPath).size() == 0)
        return Status::failure(QCoreApplication::translate("ScoreSheetPrint", "cannot write %1").arg(pdfPath));
    return {};
}

} // namespace rd
