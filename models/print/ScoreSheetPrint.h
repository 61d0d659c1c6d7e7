#pragma once

#include "models/core/Result.h"
#include "models/review/ScoreSheet.h"
#include "models/rubric/Rubric.h"

#include <QDateTime>
#include <QString>

namespace rd {

// What a printed 評分表 shows besides the sheet itself.
struct SheetPrintContext
{
    QString roundName;
    QString program;
    QString applicantName;
    QString ubn;
    QString title;
    QString reviewerName;
    QString reviewerOrganization;
    QDateTime printedAt;
    QString dataSha256; // the SHA-256 of the sheet's data in the return, which binds paper to data
    QString signerName; // the holder of the certificate that will sign the sheet; empty when it is not signed
};

// Writes the printable 評分表 of one sheet: round, applicant, rubric, each criterion with its maximum,
// score and comment, the total, flags, overall comment, recommendation, reviewer, date and the data's
// SHA-256, with the place where the reviewer's signature goes.
Status printScoreSheet(const QString& pdfPath, const Rubric& rubric, const ScoreSheet& sheet,
                       const SheetPrintContext& context);

} // namespace rd
