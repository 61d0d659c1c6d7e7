#pragma once

#include "models/consensus/Meeting.h"
#include "models/core/Result.h"

#include <QStringList>
#include <QVariant>

namespace rd::consensus {

// The 總表 as rows of cells (text or numbers) in the round's ranking: what the XLSX and the CSV hold.
// Each member's column shows their total (or, when the round ranks by rank sum, their rank), or why
// there is none: 迴避 for a declared conflict, 未交 for a missing sheet, 未完成 for a draft.
struct SummaryTable
{
    QStringList header;
    QList<QVariantList> rows;
};
SummaryTable summaryTable(const MeetingState& state);

// The 總表's table of scores as the PDF prints it: rank (並列 when shared), applicant, request, one column per
// member of the committee (absent members marked 缺席: their returned sheets count, docs/consensus.md), the
// mean or rank sum, the decision and the approved subsidy. Every mean is the mean of the figures in its row.
SummaryTable printedScoreTable(const MeetingState& state);

// An applicant as the 總表 names them: name（統一編號）, and the title when the company has two proposals.
QString applicantLabel(const MeetingState& state, qint64 applicationId);

// A rank as printed: its standing, with 並列 when other applications share it.
QString standingText(const ApplicationResult& result);

// One member's cell of the 總表 for an application (see SummaryTable); an empty QVariant when not assigned.
QVariant memberCell(const MeetingState& state, const ApplicationResult& result, qint64 reviewerId);

// CSV for Excel: UTF-8 with a BOM, CRLF, every text cell neutralised against formula injection. Written
// to a temporary file and renamed, so an existing file is replaced whole or not at all.
Status writeCsv(const MeetingState& state, const QString& path);

// XLSX through libxlsxwriter: the 總表, one sheet per criterion (each member's score, revised scores with
// the score as returned beside them) and the revisions with their reasons. Text cells are neutralised.
Status writeXlsx(const MeetingState& state, const QString& path);

} // namespace rd::consensus
