#include "models/consensus/ConsensusExport.h"

#include "models/core/Csv.h"
#include "models/core/Text.h"
#include "models/xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rd::consensus {

namespace {

QVariant optionalNumber(bool present, double value)
{
    return present ? QVariant(value) : QVariant(QString());
}

void writeCell(XlsxWorkbook& book, int row, int column, const QVariant& cell, bool bold = false)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int)
        book.writeNumber(row, column, cell.toDouble(), bold);
    else if (!cell.toString().isEmpty())
        // A string cell of XLSX is never run as a formula, whatever it begins with: written as the member wrote it
        // (CSV, where a spreadsheet would run it, neutralises in core/Csv).
        book.writeString(row, column, cell.toString(), bold);
}

} // namespace

QString applicantLabel(const MeetingState& state, qint64 id)
{
    const QString ubn = state.data.ubns.value(id);
    const QString name = QStringLiteral("%1（%2）").arg(state.data.applicants.value(id), ubn);
    // Two proposals of one company are told apart by their titles.
    for (auto it = state.data.ubns.cbegin(); it != state.data.ubns.cend(); ++it)
        if (it.key() != id && it.value() == ubn)
            return QStringLiteral("%1「%2」").arg(name, state.data.titles.value(id));
    return name;
}

QVariant memberCell(const MeetingState& state, const ApplicationResult& result, qint64 reviewerId)
{
    if (result.totals.contains(reviewerId))
        return state.method() == Settings::Method::RankSum ? result.ranks.value(reviewerId)
                                                           : result.totals.value(reviewerId);
    if (const ScoreSheet* sheet = state.data.sheet(result.applicationId, reviewerId)) {
        if (sheet->state == ScoreSheet::State::Conflict)
            return QCoreApplication::translate("ConsensusExport", "Recused");
        if (sheet->state == ScoreSheet::State::Draft)
            return QCoreApplication::translate("ConsensusExport", "Incomplete");
    }
    for (const ApplicationInput& app : state.data.applications)
        if (app.applicationId == result.applicationId && app.assigned.contains(reviewerId))
            return QCoreApplication::translate("ConsensusExport", "Missing");
    return {};
}

QString standingText(const ApplicationResult& result)
{
    if (result.reviewers == 0)
        return QString();
    return result.tied ? QCoreApplication::translate("ConsensusExport", "%1 (tied, 並列)").arg(result.standing)
                       : QString::number(result.standing);
}

SummaryTable printedScoreTable(const MeetingState& state)
{
    const bool byMean = state.method() == Settings::Method::Mean;
    SummaryTable table;
    table.header << QCoreApplication::translate("ConsensusExport", "Rank")
                 << QCoreApplication::translate("ConsensusExport", "Applicant")
                 << QCoreApplication::translate("ConsensusExport", "Requested (NT$ k)");
    for (const Reviewer& member : state.data.committee)
        table.header << (state.attendance.value(member.id, false)
                             ? state.memberLabel(member.id)
                             : QCoreApplication::translate("ConsensusExport", "%1 (absent, 缺席)")
                                   .arg(state.memberLabel(member.id)));
    table.header << (byMean ? QCoreApplication::translate("ConsensusExport", "Mean")
                            : QCoreApplication::translate("ConsensusExport", "Rank sum"))
                 << QCoreApplication::translate("ConsensusExport", "Decision")
                 << QCoreApplication::translate("ConsensusExport", "Approved (NT$ k)");
    for (const ApplicationResult& r : state.results) {
        const qint64 id = r.applicationId;
        QVariantList row{standingText(r), applicantLabel(state, id), state.data.requestedSubsidy(id)};
        for (const Reviewer& member : state.data.committee)
            row << memberCell(state, r, member.id);
        row << (r.reviewers == 0 ? QVariant(QString()) : QVariant(byMean ? r.mean : r.rankSum))
            << (state.decisions.contains(id) ? decisionName(state.decisions[id].decision)
                                             : QCoreApplication::translate("ConsensusExport", "Not decided"))
            << optionalNumber(state.decisions.value(id).approvedSubsidy > 0, state.decisions.value(id).approvedSubsidy);
        table.rows.append(row);
    }
    return table;
}

SummaryTable summaryTable(const MeetingState& state)
{
    SummaryTable table;
    table.header << QCoreApplication::translate("ConsensusExport", "Rank")
                 << QCoreApplication::translate("ConsensusExport", "Tied (並列)")
                 << QCoreApplication::translate("ConsensusExport", "統一編號")
                 << QCoreApplication::translate("ConsensusExport", "Applicant")
                 << QCoreApplication::translate("ConsensusExport", "Proposal")
                 << QCoreApplication::translate("ConsensusExport", "Requested subsidy (NT$ thousand)")
                 << QCoreApplication::translate("ConsensusExport", "Sheets");
    for (const Reviewer& member : state.data.committee)
        table.header << state.memberLabel(member.id);
    table.header << QCoreApplication::translate("ConsensusExport", "Mean")
                 << QCoreApplication::translate("ConsensusExport", "Median")
                 << QCoreApplication::translate("ConsensusExport", "Std. dev.")
                 << QCoreApplication::translate("ConsensusExport", "Lowest")
                 << QCoreApplication::translate("ConsensusExport", "Highest")
                 << QCoreApplication::translate("ConsensusExport", "Trimmed mean")
                 << QCoreApplication::translate("ConsensusExport", "Mean z-score")
                 << QCoreApplication::translate("ConsensusExport", "Rank sum")
                 << QCoreApplication::translate("ConsensusExport", "Reaches pass mark")
                 << QCoreApplication::translate("ConsensusExport", "Cumulative subsidy")
                 << QCoreApplication::translate("ConsensusExport", "Within budget")
                 << QCoreApplication::translate("ConsensusExport", "Flags")
                 << QCoreApplication::translate("ConsensusExport", "Decision")
                 << QCoreApplication::translate("ConsensusExport", "Conditions")
                 << QCoreApplication::translate("ConsensusExport", "Votes (for/against/abstaining)")
                 << QCoreApplication::translate("ConsensusExport", "Approved subsidy (核定補助款, NT$ thousand)")
                 << QCoreApplication::translate("ConsensusExport", "Approved total budget (核定總經費, NT$ thousand)")
                 << QCoreApplication::translate("ConsensusExport", "Why against the pass mark");
    for (const ApplicationResult& r : state.results) {
        const qint64 id = r.applicationId;
        QVariantList row{optionalNumber(r.reviewers > 0, r.standing),
                         r.tied ? QCoreApplication::translate("ConsensusExport", "Yes") : QString(),
                         state.data.ubns.value(id), state.data.applicants.value(id), state.data.titles.value(id)};
        row << state.data.requestedSubsidy(id) << double(r.reviewers);
        for (const Reviewer& member : state.data.committee) {
            const QVariant cell = memberCell(state, r, member.id);
            row << (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int ? QVariant(cell.toDouble())
                                                                                          : cell);
        }
        const bool scored = r.reviewers > 0;
        row << optionalNumber(scored, r.mean) << optionalNumber(scored, r.median) << optionalNumber(scored, r.stdev)
            << optionalNumber(scored, r.min) << optionalNumber(scored, r.max)
            << optionalNumber(r.trimmedMean.has_value(), r.trimmedMean.value_or(0)) << optionalNumber(scored, r.meanZ)
            << optionalNumber(scored, r.rankSum)
            << (r.passes ? QCoreApplication::translate("ConsensusExport", "Yes")
                         : QCoreApplication::translate("ConsensusExport", "No"))
            << optionalNumber(r.cumulativeSubsidy > 0, r.cumulativeSubsidy)
            << (r.funded ? QCoreApplication::translate("ConsensusExport", "Yes")
                         : QCoreApplication::translate("ConsensusExport", "No"));
        QStringList flags;
        for (const Flag& f : r.flags)
            flags << state.describe(f);
        row << flags.join(QStringLiteral("; "));
        if (state.decisions.contains(id)) {
            const DecisionRecord& d = state.decisions[id];
            row << decisionName(d.decision) << d.conditions
                << QStringLiteral("%1/%2/%3").arg(d.votesFor).arg(d.votesAgainst).arg(d.abstentions)
                << optionalNumber(d.approvedSubsidy > 0, d.approvedSubsidy)
                << optionalNumber(d.approvedTotal > 0, d.approvedTotal) << d.passMarkReason;
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString();
        }
        table.rows.append(row);
    }
    return table;
}

Status writeCsv(const MeetingState& state, const QString& path)
{
    const SummaryTable table = summaryTable(state);
    QList<QVariantList> rows;
    QVariantList header;
    for (const QString& h : table.header)
        header << h;
    rows << header << table.rows;
    return csv::write(path, rows);
}

Status writeXlsx(const MeetingState& state, const QString& path)
{
    // libxlsxwriter writes the file as it goes: write beside it and rename only a finished workbook.
    const QString partial = path + QStringLiteral(".part");
    auto created = XlsxWorkbook::create(partial);
    if (!created)
        return Status::failure(created.error());
    XlsxWorkbook& book = **created;

    const SummaryTable table = summaryTable(state);
    if (auto added = book.addWorksheet(QCoreApplication::translate("ConsensusExport", "Consensus sheet")); !added)
        return added;
    for (int c = 0; c < table.header.size(); ++c)
        writeCell(book, 0, c, table.header.at(c), true);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows.at(r).size(); ++c)
            writeCell(book, r + 1, c, table.rows.at(r).at(c));
    book.setColumnWidth(2, 28);
    book.setColumnWidth(3, 36);

    // One sheet per criterion: each member's score as it stands, and as returned when the meeting revised it.
    for (const RubricCriterion& criterion : state.data.rubric.criteria()) {
        if (auto added = book.addWorksheet(criterion.name.text()); !added)
            return added;
        writeCell(book, 0, 0, QCoreApplication::translate("ConsensusExport", "統一編號"), true);
        writeCell(book, 0, 1, QCoreApplication::translate("ConsensusExport", "Applicant"), true);
        writeCell(book, 0, 2, QCoreApplication::translate("ConsensusExport", "Maximum"), true);
        int column = 3;
        for (const Reviewer& member : state.data.committee) {
            writeCell(book, 0, column++, state.memberLabel(member.id), true);
            writeCell(
                book, 0, column++,
                QCoreApplication::translate("ConsensusExport", "%1 as returned").arg(state.memberLabel(member.id)),
                true);
        }
        int row = 1;
        for (const ApplicationResult& r : state.results) {
            writeCell(book, row, 0, state.data.ubns.value(r.applicationId));
            writeCell(book, row, 1, state.data.applicants.value(r.applicationId));
            writeCell(book, row, 2, state.data.rubric.maximum(criterion));
            column = 3;
            for (const Reviewer& member : state.data.committee) {
                QVariant now, returned;
                if (r.counted.contains(member.id)) {
                    now = state.data.sheetInput(r.applicationId, member.id)->criteria.value(criterion.id);
                    returned = state.data.sheetInput(r.applicationId, member.id, true)->criteria.value(criterion.id);
                }
                writeCell(book, row, column++, now);
                if (returned.isValid() && returned != now)
                    writeCell(book, row, column, returned);
                ++column;
            }
            ++row;
        }
    }

    if (auto added = book.addWorksheet(QCoreApplication::translate("ConsensusExport", "Revisions")); !added)
        return added;
    const QStringList header{QCoreApplication::translate("ConsensusExport", "統一編號"),
                             QCoreApplication::translate("ConsensusExport", "Applicant"),
                             QCoreApplication::translate("ConsensusExport", "Member"),
                             QCoreApplication::translate("ConsensusExport", "Criterion"),
                             QCoreApplication::translate("ConsensusExport", "Returned"),
                             QCoreApplication::translate("ConsensusExport", "Revised"),
                             QCoreApplication::translate("ConsensusExport", "Reason"),
                             QCoreApplication::translate("ConsensusExport", "Time (UTC)")};
    for (int c = 0; c < header.size(); ++c)
        writeCell(book, 0, c, header.at(c), true);
    int row = 1;
    for (const ScoreRevision& r : state.data.revisions) {
        const QVariantList cells{state.data.ubns.value(r.applicationId),
                                 state.data.applicants.value(r.applicationId),
                                 state.memberLabel(r.reviewerId),
                                 state.criterionName(r.criterion),
                                 r.original,
                                 r.revised,
                                 r.reason,
                                 r.at.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c)
            writeCell(book, row, c, cells.at(c));
        ++row;
    }

    // The applications 資格文件審查 did not find 符合: not ranked, with their outcome and reason.
    if (auto added = book.addWorksheet(QCoreApplication::translate("ConsensusExport", "Screening (資格文件審查)"));
        !added)
        return added;
    const QStringList screeningHeader{QCoreApplication::translate("ConsensusExport", "統一編號"),
                                      QCoreApplication::translate("ConsensusExport", "Applicant"),
                                      QCoreApplication::translate("ConsensusExport", "Proposal"),
                                      QCoreApplication::translate("ConsensusExport", "Outcome"),
                                      QCoreApplication::translate("ConsensusExport", "Reason")};
    for (int c = 0; c < screeningHeader.size(); ++c)
        writeCell(book, 0, c, screeningHeader.at(c), true);
    row = 1;
    for (const ScreenedOut& out : state.data.screenedOut) {
        const QVariantList cells{state.data.ubns.value(out.applicationId),
                                 state.data.applicants.value(out.applicationId),
                                 state.data.titles.value(out.applicationId), out.outcome, out.reason};
        for (int c = 0; c < cells.size(); ++c)
            writeCell(book, row, c, cells.at(c));
        ++row;
    }
    if (auto closed = book.close(); !closed) {
        QFile::remove(partial);
        return closed;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::failure(QCoreApplication::translate("ConsensusExport", "Cannot write %1").arg(path));
    }
    return {};
}

} // namespace rd::consensus
