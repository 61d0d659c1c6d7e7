#include "consensus/ConsensusExport.h"

#include "core/Text.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rd::consensus {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsensusExport", text);
}

QVariant optionalNumber(bool present, double value)
{
    return present ? QVariant(value) : QVariant(QString());
}

QString csvField(const QVariant& cell)
{
    QString text = cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'g', 12)
                                                      : text::neutralizeFormula(cell.toString());
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void writeCell(XlsxWorkbook& book, int row, int column, const QVariant& cell, bool bold = false)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int)
        book.writeNumber(row, column, cell.toDouble(), bold);
    else if (!cell.toString().isEmpty())
        book.writeString(row, column, text::neutralizeFormula(cell.toString()), bold);
}

} // namespace

QVariant memberCell(const MeetingState& state, const ApplicationResult& result, qint64 reviewerId)
{
    if (result.totals.contains(reviewerId))
        return state.settings.method == Settings::Method::RankSum ? result.ranks.value(reviewerId)
                                                                  : result.totals.value(reviewerId);
    for (const ScoreSheet& sheet : state.data.sheets.value(result.applicationId)) {
        if (sheet.reviewerId != reviewerId)
            continue;
        if (sheet.state == ScoreSheet::State::Conflict)
            return tr("Recused");
        if (sheet.state == ScoreSheet::State::Draft)
            return tr("Incomplete");
    }
    for (const ApplicationInput& app : state.data.applications)
        if (app.applicationId == result.applicationId && app.assigned.contains(reviewerId))
            return tr("Missing");
    return {};
}

SummaryTable summaryTable(const MeetingState& state)
{
    SummaryTable table;
    table.header << tr("Rank") << tr("統一編號") << tr("Applicant") << tr("Proposal")
                 << tr("Requested subsidy (NT$ thousand)") << tr("Sheets");
    for (const Reviewer& member : state.data.committee)
        table.header << state.memberLabel(member.id);
    table.header << tr("Mean") << tr("Median") << tr("Std. dev.") << tr("Lowest") << tr("Highest") << tr("Trimmed mean")
                 << tr("Mean z-score") << tr("Rank sum") << tr("Reaches pass mark") << tr("Cumulative subsidy")
                 << tr("Within budget") << tr("Flags") << tr("Decision") << tr("Conditions")
                 << tr("Votes (for/against/abstaining)");
    for (const ApplicationResult& r : state.results) {
        const qint64 id = r.applicationId;
        QVariantList row{double(r.rank), state.data.ubns.value(id), state.data.applicants.value(id),
                         state.data.titles.value(id)};
        double requested = 0;
        for (const ApplicationInput& app : state.data.applications)
            if (app.applicationId == id)
                requested = app.requestedSubsidy;
        row << requested << double(r.reviewers);
        for (const Reviewer& member : state.data.committee) {
            const QVariant cell = memberCell(state, r, member.id);
            row << (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int ? QVariant(cell.toDouble())
                                                                                          : cell);
        }
        const bool scored = r.reviewers > 0;
        row << optionalNumber(scored, r.mean) << optionalNumber(scored, r.median) << optionalNumber(scored, r.stdev)
            << optionalNumber(scored, r.min) << optionalNumber(scored, r.max)
            << optionalNumber(r.trimmedMean.has_value(), r.trimmedMean.value_or(0)) << optionalNumber(scored, r.meanZ)
            << optionalNumber(scored, r.rankSum) << (r.passes ? tr("Yes") : tr("No"))
            << optionalNumber(r.passes, r.cumulativeSubsidy) << (r.funded ? tr("Yes") : tr("No"));
        QStringList flags;
        for (const Flag& f : r.flags)
            flags << state.describe(f);
        row << flags.join(QStringLiteral("; "));
        if (state.decisions.contains(id)) {
            const DecisionRecord& d = state.decisions[id];
            row << decisionName(d.decision) << d.conditions
                << QStringLiteral("%1/%2/%3").arg(d.votesFor).arg(d.votesAgainst).arg(d.abstentions);
        } else {
            row << QString() << QString() << QString();
        }
        table.rows.append(row);
    }
    return table;
}

Status writeCsv(const MeetingState& state, const QString& path)
{
    const SummaryTable table = summaryTable(state);
    QString text;
    QStringList header;
    for (const QString& h : table.header)
        header << csvField(h);
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (const QVariant& cell : row)
            fields << csvField(cell);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF"); // the BOM Excel needs to read UTF-8
    file.write(text.toUtf8());
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
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
    if (auto added = book.addWorksheet(tr("Consensus sheet")); !added)
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
        writeCell(book, 0, 0, tr("統一編號"), true);
        writeCell(book, 0, 1, tr("Applicant"), true);
        writeCell(book, 0, 2, tr("Maximum"), true);
        int column = 3;
        for (const Reviewer& member : state.data.committee) {
            writeCell(book, 0, column++, state.memberLabel(member.id), true);
            writeCell(book, 0, column++, tr("%1 as returned").arg(state.memberLabel(member.id)), true);
        }
        int row = 1;
        for (const ApplicationResult& r : state.results) {
            writeCell(book, row, 0, state.data.ubns.value(r.applicationId));
            writeCell(book, row, 1, state.data.applicants.value(r.applicationId));
            writeCell(book, row, 2, state.data.rubric.maximum(criterion));
            column = 3;
            for (const Reviewer& member : state.data.committee) {
                QVariant now, returned;
                for (const ApplicationInput& app : state.data.applications)
                    if (app.applicationId == r.applicationId)
                        for (const SheetInput& s : app.sheets)
                            if (s.reviewerId == member.id && r.counted.contains(member.id))
                                now = s.criteria.value(criterion.id);
                for (const ApplicationInput& app : state.data.asReturned)
                    if (app.applicationId == r.applicationId)
                        for (const SheetInput& s : app.sheets)
                            if (s.reviewerId == member.id && r.counted.contains(member.id))
                                returned = s.criteria.value(criterion.id);
                writeCell(book, row, column++, now);
                if (returned.isValid() && returned != now)
                    writeCell(book, row, column, returned);
                ++column;
            }
            ++row;
        }
    }

    if (auto added = book.addWorksheet(tr("Revisions")); !added)
        return added;
    const QStringList header{tr("統一編號"), tr("Applicant"), tr("Member"), tr("Criterion"),
                             tr("Returned"), tr("Revised"),   tr("Reason"), tr("Time (UTC)")};
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
    if (auto closed = book.close(); !closed) {
        QFile::remove(partial);
        return closed;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::failure(tr("Cannot write %1").arg(path));
    }
    return {};
}

} // namespace rd::consensus
