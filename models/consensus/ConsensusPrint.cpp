#include "models/consensus/ConsensusPrint.h"

#include "models/core/Text.h"

#include "models/consensus/ConsensusExport.h"
#include "models/pdf/PdfComposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rd {

using namespace consensus;

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : decimals);
}

// A figure of a column of figures: always with `decimals`, so that 74 and 74.5 read 74.00 and 74.50.
QString fixed(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// One clause of a sentence the notes join with "；": without its own full stop.
QString clause(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QStringLiteral("。")) || text.endsWith(QLatin1Char('.')) ||
           text.endsWith(QStringLiteral("；")))
        text.chop(1);
    return text;
}

QString cellText(const QVariant& cell)
{
    return cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int ? number(cell.toDouble(), 2)
                                                                                 : cell.toString();
}

QString applicant(const MeetingState& state, qint64 id)
{
    return applicantLabel(state, id);
}

QString decisionText(const MeetingState& state, qint64 id)
{
    if (!state.decisions.contains(id))
        return QCoreApplication::translate("ConsensusPrint", "Not decided");
    const DecisionRecord& d = state.decisions[id];
    QString text = decisionName(d.decision);
    if (!d.conditions.isEmpty())
        text += QCoreApplication::translate("ConsensusPrint", " — conditions: %1").arg(d.conditions);
    if (d.approvedSubsidy > 0)
        text += QCoreApplication::translate("ConsensusPrint",
                                            " — approved subsidy (核定補助款) %1 of an approved total budget of %2 "
                                            "(NT$ thousand)")
                    .arg(number(d.approvedSubsidy, 0), number(d.approvedTotal, 0));
    if (!d.passMarkReason.isEmpty())
        text += QCoreApplication::translate("ConsensusPrint", " — against the pass mark: %1").arg(d.passMarkReason);
    return text;
}

QString votesText(const DecisionRecord& d)
{
    return QCoreApplication::translate("ConsensusPrint", "%1 for, %2 against, %3 abstaining")
        .arg(d.votesFor)
        .arg(d.votesAgainst)
        .arg(d.abstentions);
}

QList<Reviewer> attendees(const MeetingState& state)
{
    QList<Reviewer> list;
    for (const Reviewer& r : state.data.committee)
        if (state.attendance.value(r.id, false))
            list.append(r);
    return list;
}

QString finalState(const MeetingState& state)
{
    if (state.isFinal())
        return QCoreApplication::translate("ConsensusPrint", "Final since %1; results SHA-256 %2")
            .arg(text::localDateTime(state.events.constLast().at), state.events.constLast().resultsSha256);
    return QCoreApplication::translate("ConsensusPrint", "Not final: a draft for the meeting");
}

// How each marked difference was handled: by the committee's resolution or by the members' re-scoring.
QStringList differenceNotes(const MeetingState& state)
{
    QStringList notes;
    for (const ApplicationResult& r : state.results) {
        QStringList handled;
        for (const Flag& flag : state.rescored(r.applicationId))
            handled << QCoreApplication::translate("ConsensusPrint", "%1: re-scored (複評)").arg(state.describe(flag));
        for (const ApplicationResult& before : state.returned)
            if (before.applicationId == r.applicationId)
                for (const Flag& flag : before.flags)
                    if (const FlagResolution* res = state.resolution(r.applicationId, flagId(flag)))
                        handled << QCoreApplication::translate("ConsensusPrint",
                                                               "%1: resolved by the committee (議決): %2")
                                       .arg(state.describe(flag), clause(res->note));
        for (const Flag& flag : r.flags)
            if (isMarkedDifference(flag.kind) && !state.resolution(r.applicationId, flagId(flag)))
                handled
                    << QCoreApplication::translate("ConsensusPrint", "%1: not yet handled").arg(state.describe(flag));
        for (const ScoreRevision& rev : state.revisionsOf(r.applicationId))
            handled << QCoreApplication::translate("ConsensusPrint", "%1 revised %2 from %3 to %4: %5")
                           .arg(state.memberLabel(rev.reviewerId), state.criterionName(rev.criterion),
                                number(rev.original), number(rev.revised), clause(rev.reason));
        if (!handled.isEmpty())
            notes << applicant(state, r.applicationId) + QStringLiteral("：") + handled.join(QStringLiteral("；")) +
                         QStringLiteral("。");
    }
    return notes;
}

QStringList departureNotes(const MeetingState& state)
{
    QStringList notes;
    for (const ApplicationResult& r : state.results) {
        if (!state.decisions.contains(r.applicationId))
            continue;
        const DecisionRecord& d = state.decisions[r.applicationId];
        if (!state.departsFromPreliminary(r.applicationId, d.decision))
            continue;
        notes << QCoreApplication::translate(
                     "ConsensusPrint", "%1: the preliminary opinion found it %2; the committee decided %3, because %4")
                     .arg(applicant(state, r.applicationId),
                          state.preliminaryMeets.value(r.applicationId) == QLatin1String("yes")
                              ? QCoreApplication::translate("ConsensusPrint", "meeting the requirements")
                              : QCoreApplication::translate("ConsensusPrint", "not meeting the requirements"),
                          decisionName(d.decision), d.departure);
    }
    return notes;
}

// The chair's digital signature, bound to the results' SHA-256 (MeetingState::resultsSha256) so that a
// verifier recomputing the consensus from the sheets can compare it with what the chair signed.
// The committee and the attendance in figures, against the rules they must meet (組織準則 第4條, 審議規則 第9條).
void compositionParagraph(PdfComposer& pdf, const MeetingState& state)
{
    pdf.paragraph(QCoreApplication::translate("ConsensusPrint",
                                              "Committee: %1 members, %2 of them external experts (外聘) — the rules "
                                              "ask for %3 to %4 members, at least %5 % external. Present: %6 members, "
                                              "%7 of them external — the rules ask for at least %8 present, and at "
                                              "least %9 external members making up %5 % of those present.")
                      .arg(state.data.committee.size())
                      .arg(state.externalMembers())
                      .arg(state.settings.committeeMinimum)
                      .arg(state.settings.committeeMaximum)
                      .arg(std::round(state.settings.externalShare * 1000) / 10)
                      .arg(state.present())
                      .arg(state.externalPresent())
                      .arg(state.quorumNeeded())
                      .arg(state.settings.externalPresentMinimum));
    const QStringList problems = state.compositionProblems() + state.attendanceProblems();
    if (!problems.isEmpty())
        pdf.bullets(problems);
}

// The applications 資格文件審查 did not find 符合: not scored, ranked or funded, listed with their outcome.
void screeningSection(PdfComposer& pdf, const MeetingState& state)
{
    if (state.data.screenedOut.isEmpty())
        return;
    pdf.heading(
        QCoreApplication::translate("ConsensusPrint", "Not found eligible in screening (資格文件審查): not reviewed"));
    QList<QStringList> rows;
    for (const ScreenedOut& out : state.data.screenedOut)
        rows.append({applicant(state, out.applicationId), out.outcome, out.reason});
    pdf.table({QCoreApplication::translate("ConsensusPrint", "Applicant"),
               QCoreApplication::translate("ConsensusPrint", "Outcome"),
               QCoreApplication::translate("ConsensusPrint", "Reason")},
              rows, {0.35, 0.2, 0.45});
}

// On a coded 總表 (`coded`) the chair appears by code only: the signature's certificate names them to whoever
// checks it, and the member key maps the code.
void chairSignature(PdfComposer& pdf, const MeetingState& state, const QString& signer, bool coded = false)
{
    const QString chair = state.data.reviewerNames.value(state.info.chairId);
    pdf.signatureBlock(
        QCoreApplication::translate("ConsensusPrint", "Chair's digital signature"),
        coded              ? state.memberLabel(state.info.chairId)
        : signer.isEmpty() ? chair
                           : signer,
        signer.isEmpty()
            ? QCoreApplication::translate("ConsensusPrint", "Not digitally signed")
            : QCoreApplication::translate("ConsensusPrint", "Results SHA-256 %1…").arg(state.resultsSha256().left(16)));
}

// The counted members' comments on one application, per criterion and overall, the members shown as 委員 A,
// B, C in an order of the application's own, and the conditions of the decision.
void commentSections(PdfComposer& pdf, const MeetingState& state, const ApplicationResult& r)
{
    const qint64 applicationId = r.applicationId;
    const ApplicationResult* result = &r;
    // Letters of this application's own, in an order that does not follow the committee's list.
    QList<const ScoreSheet*> counted;
    for (const ScoreSheet& sheet : state.data.sheetsOf(applicationId))
        if (result->counted.contains(sheet.reviewerId))
            counted.append(&sheet);
    // So that 委員 A is not the same member on every applicant's sheet: an order drawn from both ids.
    std::sort(counted.begin(), counted.end(), [applicationId](const ScoreSheet* a, const ScoreSheet* b) {
        return qHash(qMakePair(applicationId, a->reviewerId)) < qHash(qMakePair(applicationId, b->reviewerId));
    });
    auto letter = [](int i) { return QCoreApplication::translate("ConsensusPrint", "Member %1").arg(QChar(u'A' + i)); };
    for (const RubricCriterion& c : state.data.rubric.criteria()) {
        QList<QStringList> rows;
        for (int i = 0; i < counted.size(); ++i)
            if (const QString comment = counted.at(i)->entry(c.id).comment; !comment.isEmpty())
                rows.append({letter(i), comment});
        if (rows.isEmpty())
            continue;
        pdf.heading(c.name.text());
        pdf.table({QCoreApplication::translate("ConsensusPrint", "Member"),
                   QCoreApplication::translate("ConsensusPrint", "Comment")},
                  rows, {0.15, 0.85});
    }
    QList<QStringList> overall;
    for (int i = 0; i < counted.size(); ++i)
        if (!counted.at(i)->overallComment.isEmpty())
            overall.append({letter(i), counted.at(i)->overallComment});
    if (!overall.isEmpty()) {
        pdf.heading(QCoreApplication::translate("ConsensusPrint", "Overall comments"));
        pdf.table({QCoreApplication::translate("ConsensusPrint", "Member"),
                   QCoreApplication::translate("ConsensusPrint", "Comment")},
                  overall, {0.15, 0.85});
    }
    if (state.decisions.contains(applicationId) && !state.decisions[applicationId].conditions.isEmpty()) {
        pdf.heading(QCoreApplication::translate("ConsensusPrint", "Conditions of the decision"));
        pdf.paragraph(state.decisions[applicationId].conditions);
    }
}

// How the ranking was drawn: 序位法 under uneven assignment, and how ties are ordered (docs/consensus.md).
void rankingParagraph(PdfComposer& pdf, const MeetingState& state)
{
    if (state.settings.method == Settings::Method::RankSum && state.method() == Settings::Method::Mean)
        pdf.paragraph(QCoreApplication::translate(
            "ConsensusPrint", "The round chose rank sums (序位法), which compare fairly only when every counted member "
                              "scored every application; here the members scored different applications, so the "
                              "ranking is by the mean total."));
    if (state.settings.tieBreak == Settings::TieBreak::MedianThenRankSum) {
        pdf.paragraph(QCoreApplication::translate(
            "ConsensusPrint", "Equal figures are ordered by the median, then the rank sum, then the order of intake: "
                              "the rule in force when these results were first made final."));
        return;
    }
    QList<const RubricCriterion*> heaviest;
    for (const RubricCriterion& c : state.data.rubric.criteria())
        heaviest.append(&c);
    std::stable_sort(heaviest.begin(), heaviest.end(),
                     [](const RubricCriterion* a, const RubricCriterion* b) { return a->weight > b->weight; });
    QStringList names;
    for (const RubricCriterion* c : std::as_const(heaviest))
        names << QStringLiteral("%1 (%2)").arg(c->name.text(), number(c->weight));
    const QString shared =
        state.method() == Settings::Method::Mean
            ? QCoreApplication::translate("ConsensusPrint", "Applications with equal means share a rank (並列).")
            : QCoreApplication::translate("ConsensusPrint",
                                          "Applications with equal rank sums share a rank (並列) and are ordered "
                                          "by the higher mean first.");
    const QString order =
        QCoreApplication::translate("ConsensusPrint",
                                    "They are ordered by the higher mean score on the heaviest criterion, then the "
                                    "next: %1. Where every criterion is equal too, the committee orders them by "
                                    "resolution (議決) or by lot (抽籤), and a funding line falling among them funds "
                                    "none of them until it does.")
            .arg(names.join(QStringLiteral(", ")));
    // Sentences in Chinese follow each other without a space.
    pdf.paragraph(shared + (shared.endsWith(u'。') ? QString() : QStringLiteral(" ")) + order);
}

} // namespace

Status printConsensusSheet(const MeetingState& state, const QString& pdfPath, const QString& signer,
                           const pdfbinding::AuditAnchor& anchor)
{
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ConsensusPrint", "Consensus sheet"),
                    PdfComposer::Orientation::Landscape,
                    {QStringLiteral("consensus-sheet"), state.resultsSha256(), signer, anchor});
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(finalState(state));
    pdf.title(
        state.isFinal()
            ? QCoreApplication::translate("ConsensusPrint", "Consensus sheet (評選總表): %1").arg(state.data.roundName)
            : QCoreApplication::translate("ConsensusPrint", "Consensus sheet (評選總表): %1 — DRAFT (草稿)")
                  .arg(state.data.roundName));
    if (!state.info.heldAt.isEmpty() || !state.info.place.isEmpty())
        pdf.paragraph(QCoreApplication::translate("ConsensusPrint", "Meeting: %1, %2.")
                          .arg(state.info.heldAt.isEmpty() ? QStringLiteral("—") : state.info.heldAt,
                               state.info.place.isEmpty() ? QStringLiteral("—") : state.info.place));
    pdf.paragraph(
        QCoreApplication::translate("ConsensusPrint", "Program: %1. Rubric: %2 %3. Ranked by %4; pass mark %5.")
            .arg(state.data.program, state.data.rubric.id(), state.data.rubric.version(),
                 state.method() == Settings::Method::Mean
                     ? QCoreApplication::translate("ConsensusPrint", "the mean total")
                     : QCoreApplication::translate("ConsensusPrint", "rank sum (序位法)"),
                 number(state.settings.passMark)));
    rankingParagraph(pdf, state);
    pdf.paragraph(state.data.unsignedReturns
                      ? QCoreApplication::translate("ConsensusPrint",
                                                    "This round accepts unsigned score sheets from members without a "
                                                    "registered certificate: those sheets are not digitally signed.")
                      : QCoreApplication::translate("ConsensusPrint",
                                                    "Every counted score sheet is digitally signed by its member with "
                                                    "the certificate registered for them."));

    // With member codes (審議規則 第6條之1第4項) no name appears on the sheet: the member key maps the codes.
    const bool coded = state.settings.memberCodes;
    pdf.heading(QCoreApplication::translate("ConsensusPrint", "Committee"));
    QList<QStringList> members;
    for (const Reviewer& r : state.data.committee) {
        const QString attendance = state.attendance.value(r.id, false)
                                       ? QCoreApplication::translate("ConsensusPrint", "Present")
                                       : QCoreApplication::translate("ConsensusPrint", "Absent");
        const QString kind = r.external ? QCoreApplication::translate("ConsensusPrint", "External (外聘)")
                                        : QCoreApplication::translate("ConsensusPrint", "Internal (內聘)");
        QStringList row = coded ? QStringList{state.memberLabel(r.id), kind, attendance}
                                : QStringList{r.name, QStringLiteral("%1 %2").arg(r.organization, r.title).trimmed(),
                                              kind, attendance};
        if (r.id == state.info.chairId)
            row[0] += QCoreApplication::translate("ConsensusPrint", " (chair)");
        members.append(row);
    }
    if (coded)
        pdf.table({QCoreApplication::translate("ConsensusPrint", "Member"),
                   QCoreApplication::translate("ConsensusPrint", "External or internal"),
                   QCoreApplication::translate("ConsensusPrint", "Attendance")},
                  members, {0.4, 0.35, 0.25});
    else
        pdf.table({QCoreApplication::translate("ConsensusPrint", "Member"),
                   QCoreApplication::translate("ConsensusPrint", "Organisation and title"),
                   QCoreApplication::translate("ConsensusPrint", "External or internal"),
                   QCoreApplication::translate("ConsensusPrint", "Attendance")},
                  members, {0.22, 0.46, 0.17, 0.15});
    compositionParagraph(pdf, state);

    // Every member's result per applicant, the absent marked: the figures printed are the figures counted.
    pdf.heading(state.method() == Settings::Method::Mean
                    ? QCoreApplication::translate("ConsensusPrint", "Scores of the members")
                    : QCoreApplication::translate("ConsensusPrint", "Ranks of the members"));
    pdf.paragraph(QCoreApplication::translate(
        "ConsensusPrint",
        "A member's score sheet is their written expert review (專業審查), signed and returned before the meeting: it "
        "counts whether "
        "or not the member attends, and an absent member is marked so (缺席). Each mean is the mean of the figures in "
        "its row; a cell with a word instead of a figure is not counted (Recused 迴避, Missing 未交, Incomplete "
        "未完成)."));
    const SummaryTable scores = printedScoreTable(state);
    const int memberCount = int(state.data.committee.size());
    const int meanColumn = 3 + memberCount; // after rank, applicant, requested subsidy and the members
    QList<QStringList> rows;
    for (const QVariantList& row : scores.rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c == 2                                                       ? number(row.at(c).toDouble(), 0)
                      : c == meanColumn && row.at(c).typeId() == QMetaType::Double ? fixed(row.at(c).toDouble(), 2)
                                                                                   : cellText(row.at(c)));
        rows.append(cells);
    }
    QList<double> widths{0.06, 0.22, 0.07};
    for (int i = 0; i < memberCount; ++i)
        widths << (memberCount ? 0.35 / memberCount : 0);
    widths << 0.07 << (memberCount ? 0.15 : 0.5) << 0.08;
    pdf.table(scores.header, rows, widths);
    screeningSection(pdf, state);

    pdf.heading(QCoreApplication::translate("ConsensusPrint", "Notes (附記)"));
    const QStringList differences = differenceNotes(state);
    const QStringList departures = departureNotes(state);
    pdf.paragraph(QCoreApplication::translate(
        "ConsensusPrint", "1. Marked differences between the members' results and how they were handled:"));
    pdf.bullets(differences.isEmpty() ? QStringList{QCoreApplication::translate("ConsensusPrint", "None.")}
                                      : differences);
    pdf.paragraph(QCoreApplication::translate(
        "ConsensusPrint", "2. Where the committee's result differs from the preliminary opinion (初審意見), and why:"));
    pdf.bullets(departures.isEmpty() ? QStringList{QCoreApplication::translate("ConsensusPrint", "None.")}
                                     : departures);
    QStringList conditions;
    for (const ApplicationResult& r : state.results)
        if (state.decisions.contains(r.applicationId) && !state.decisions[r.applicationId].conditions.isEmpty())
            conditions << applicant(state, r.applicationId) + QStringLiteral("：") +
                              state.decisions[r.applicationId].conditions;
    if (!conditions.isEmpty()) {
        pdf.paragraph(QCoreApplication::translate(
            "ConsensusPrint", "3. Conditions of the applications passed after revision (修正後通過):"));
        pdf.bullets(conditions);
    }

    QList<QStringList> signatures;
    for (const Reviewer& r : attendees(state))
        signatures.append({coded ? state.memberLabel(r.id) : r.name, QStringLiteral("\n\n")}); // room to sign
    pdf.tableBeforeSignatureBlock(QCoreApplication::translate("ConsensusPrint", "Signatures of the attending members"),
                                  {QCoreApplication::translate("ConsensusPrint", "Member"),
                                   QCoreApplication::translate("ConsensusPrint", "Signature")},
                                  signatures, {0.3, 0.7});
    chairSignature(pdf, state, signer, coded);
    pdf.finish();
    return {};
}

Status printMemberKey(const MeetingState& state, const QString& pdfPath)
{
    if (!state.settings.memberCodes)
        return Status::failure(QCoreApplication::translate(
            "ConsensusPrint", "This round prints its members by name: there are no codes for a member key to map."));
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ConsensusPrint", "Member key"));
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(finalState(state));
    pdf.title(
        QCoreApplication::translate("ConsensusPrint", "Member key (委員代號對照表): %1").arg(state.data.roundName));
    pdf.paragraph(QCoreApplication::translate(
                      "ConsensusPrint",
                      "For the secretariat's file, kept apart from the coded consensus sheet (評選總表), which "
                      "names its members only by these codes. Results SHA-256 %1.")
                      .arg(state.resultsSha256()));
    QList<QStringList> rows;
    for (const Reviewer& r : state.data.committee)
        rows.append({state.memberLabel(r.id), r.name, QStringLiteral("%1 %2").arg(r.organization, r.title).trimmed(),
                     r.external ? QCoreApplication::translate("ConsensusPrint", "External (外聘)")
                                : QCoreApplication::translate("ConsensusPrint", "Internal (內聘)"),
                     state.attendance.value(r.id, false) ? QCoreApplication::translate("ConsensusPrint", "Present")
                                                         : QCoreApplication::translate("ConsensusPrint", "Absent")});
    pdf.table({QCoreApplication::translate("ConsensusPrint", "Code"),
               QCoreApplication::translate("ConsensusPrint", "Name"),
               QCoreApplication::translate("ConsensusPrint", "Organisation and title"),
               QCoreApplication::translate("ConsensusPrint", "External or internal"),
               QCoreApplication::translate("ConsensusPrint", "Attendance")},
              rows, {0.13, 0.17, 0.4, 0.16, 0.14});
    pdf.finish();
    return {};
}

Status printMinutes(const MeetingState& state, const QString& pdfPath, const QString& signer,
                    const pdfbinding::AuditAnchor& anchor)
{
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ConsensusPrint", "Minutes"),
                    PdfComposer::Orientation::Portrait,
                    {QStringLiteral("minutes"), state.resultsSha256(), signer, anchor});
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(finalState(state));
    pdf.title(QCoreApplication::translate("ConsensusPrint", "Minutes of the consensus meeting (共識會議紀錄)"));
    QStringList present, absent;
    for (const Reviewer& r : state.data.committee)
        (state.attendance.value(r.id, false) ? present : absent) << r.name;
    const QString chair = state.data.reviewerNames.value(state.info.chairId);
    pdf.table({QCoreApplication::translate("ConsensusPrint", "Item"),
               QCoreApplication::translate("ConsensusPrint", "Details")},
              {{QCoreApplication::translate("ConsensusPrint", "Round"),
                QStringLiteral("%1（%2）").arg(state.data.roundName, state.data.program)},
               {QCoreApplication::translate("ConsensusPrint", "Time"), state.info.heldAt},
               {QCoreApplication::translate("ConsensusPrint", "Place"), state.info.place},
               {QCoreApplication::translate("ConsensusPrint", "Chair"), chair},
               {QCoreApplication::translate("ConsensusPrint", "Members present"), present.join(QStringLiteral("、"))},
               {QCoreApplication::translate("ConsensusPrint", "Members absent"), absent.join(QStringLiteral("、"))},
               {QCoreApplication::translate("ConsensusPrint", "Quorum"),
                QCoreApplication::translate("ConsensusPrint", "%1 of %2 present; %3 needed")
                    .arg(present.size())
                    .arg(state.data.committee.size())
                    .arg(state.quorumNeeded())},
               {QCoreApplication::translate("ConsensusPrint", "Recorder"), state.info.recorder}},
              {0.25, 0.75});

    pdf.heading(QCoreApplication::translate("ConsensusPrint", "Discussion and decisions"));
    for (const ApplicationResult& r : state.results) {
        if (r.reviewers == 0)
            continue;
        pdf.paragraph(QCoreApplication::translate("ConsensusPrint", "%1. %2 — %3")
                          .arg(r.rank)
                          .arg(applicant(state, r.applicationId), state.data.titles.value(r.applicationId)));
        QStringList lines;
        lines << QCoreApplication::translate("ConsensusPrint", "%1 sheets; mean %2, median %3, standard deviation %4")
                     .arg(r.reviewers)
                     .arg(fixed(r.mean, 2), number(r.median), fixed(r.stdev, 2));
        for (const Flag& f : r.flags)
            lines << QCoreApplication::translate("ConsensusPrint", "Flag: %1").arg(state.describe(f));
        for (const ScoreRevision& rev : state.revisionsOf(r.applicationId))
            lines << QCoreApplication::translate("ConsensusPrint", "%1 revised %2 from %3 to %4: %5")
                         .arg(state.memberLabel(rev.reviewerId), state.criterionName(rev.criterion),
                              number(rev.original), number(rev.revised), rev.reason);
        for (const FlagResolution& res : state.resolutions)
            if (res.applicationId == r.applicationId)
                lines << QCoreApplication::translate("ConsensusPrint", "Resolution (議決): %1").arg(res.note);
        if (!state.notes.value(r.applicationId).isEmpty())
            lines << QCoreApplication::translate("ConsensusPrint", "Discussion: %1")
                         .arg(state.notes.value(r.applicationId));
        if (state.decisions.contains(r.applicationId)) {
            const DecisionRecord& d = state.decisions[r.applicationId];
            lines << QCoreApplication::translate("ConsensusPrint", "Decision: %1 (%2)")
                         .arg(decisionText(state, r.applicationId), votesText(d));
            if (state.departsFromPreliminary(r.applicationId, d.decision))
                lines << QCoreApplication::translate("ConsensusPrint", "Departure from the preliminary opinion: %1")
                             .arg(d.departure);
        } else {
            lines << QCoreApplication::translate("ConsensusPrint", "Decision: not decided");
        }
        pdf.bullets(lines);
    }

    screeningSection(pdf, state);
    pdf.heading(QCoreApplication::translate("ConsensusPrint", "Pass list"));
    QStringList passed;
    for (qint64 id : state.passList())
        passed << applicant(state, id) + QStringLiteral(" ") + decisionText(state, id);
    pdf.bullets(passed.isEmpty() ? QStringList{QCoreApplication::translate("ConsensusPrint", "None.")} : passed);

    if (!state.events.isEmpty()) {
        pdf.heading(QCoreApplication::translate("ConsensusPrint", "Finalisation"));
        QStringList events;
        for (const MeetingEvent& e : state.events)
            events << (e.kind == MeetingEvent::Kind::Finalised
                           ? QCoreApplication::translate("ConsensusPrint", "%1: results made final (SHA-256 %2)")
                                 .arg(text::localDateTime(e.at), e.resultsSha256)
                           : QCoreApplication::translate("ConsensusPrint", "%1: reopened: %2")
                                 .arg(text::localDateTime(e.at), e.reason));
        pdf.bullets(events);
    }
    pdf.tableBeforeSignatureBlock(
        QCoreApplication::translate("ConsensusPrint", "Signatures"),
        {QCoreApplication::translate("ConsensusPrint", "Role"), QCoreApplication::translate("ConsensusPrint", "Name"),
         QCoreApplication::translate("ConsensusPrint", "Signature")},
        {{QCoreApplication::translate("ConsensusPrint", "Chair"), chair, QStringLiteral("\n\n")},
         {QCoreApplication::translate("ConsensusPrint", "Recorder"), state.info.recorder, QStringLiteral("\n\n")}},
        {0.2, 0.3, 0.5});
    chairSignature(pdf, state, signer);
    pdf.finish();
    return {};
}

Status printCompiledComments(const MeetingState& state, qint64 applicationId, const QString& pdfPath)
{
    const ApplicationResult* result = state.result(applicationId);
    if (!result)
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "The application is not in this round."));
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ConsensusPrint", "Compiled review comments"));
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(state.data.roundName);
    pdf.title(QCoreApplication::translate("ConsensusPrint", "Compiled review comments (審查意見彙整)"));
    pdf.table({QCoreApplication::translate("ConsensusPrint", "Item"),
               QCoreApplication::translate("ConsensusPrint", "Details")},
              {{QCoreApplication::translate("ConsensusPrint", "Round"),
                QStringLiteral("%1（%2）").arg(state.data.roundName, state.data.program)},
               {QCoreApplication::translate("ConsensusPrint", "Applicant"), applicant(state, applicationId)},
               {QCoreApplication::translate("ConsensusPrint", "Proposal"), state.data.titles.value(applicationId)},
               {QCoreApplication::translate("ConsensusPrint", "Decision"), decisionText(state, applicationId)}},
              {0.25, 0.75});

    commentSections(pdf, state, *result);
    pdf.finish();
    return {};
}

Status printResultLetter(const MeetingState& state, qint64 applicationId, const QString& pdfPath)
{
    const ApplicationResult* result = state.result(applicationId);
    const auto out = std::find_if(state.data.screenedOut.cbegin(), state.data.screenedOut.cend(),
                                  [applicationId](const ScreenedOut& o) { return o.applicationId == applicationId; });
    const bool notAccepted = out != state.data.screenedOut.cend() && out->notAccepted;
    if (!notAccepted && (!result || !state.decisions.contains(applicationId)))
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "%1 has no result to send yet.")
                                   .arg(applicant(state, applicationId)));
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ConsensusPrint", "Review result"));
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ConsensusPrint", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(state.data.roundName);
    pdf.title(QCoreApplication::translate("ConsensusPrint", "Notice of the review result (審查結果通知)"));
    QList<QStringList> facts{
        {QCoreApplication::translate("ConsensusPrint", "Round"),
         QStringLiteral("%1（%2）").arg(state.data.roundName, state.data.program)},
        {QCoreApplication::translate("ConsensusPrint", "Applicant"), applicant(state, applicationId)},
        {QCoreApplication::translate("ConsensusPrint", "Proposal"), state.data.titles.value(applicationId)}};
    if (notAccepted) {
        facts.append({QCoreApplication::translate("ConsensusPrint", "Result"), out->outcome});
        facts.append({QCoreApplication::translate("ConsensusPrint", "Reason"), out->reason});
        pdf.table({QCoreApplication::translate("ConsensusPrint", "Item"),
                   QCoreApplication::translate("ConsensusPrint", "Details")},
                  facts, {0.25, 0.75});
        pdf.paragraph(QCoreApplication::translate(
            "ConsensusPrint", "The application was not accepted in screening (資格文件審查) and was not reviewed "
                              "(004 陸 註1; 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條)."));
        pdf.finish();
        return {};
    }
    const DecisionRecord& d = state.decisions[applicationId];
    facts.append({QCoreApplication::translate("ConsensusPrint", "Result"), decisionName(d.decision)});
    if (d.decision != Decision::Fail) {
        // A decision recorded before 核定 amounts were kept has none to state.
        const auto amount = [](double value) {
            return value > 0 ? QCoreApplication::translate("ConsensusPrint", "NT$ %1 thousand").arg(number(value, 0))
                             : QCoreApplication::translate("ConsensusPrint", "not recorded");
        };
        facts.append({QCoreApplication::translate("ConsensusPrint", "Approved subsidy (核定補助款)"),
                      amount(d.approvedSubsidy)});
        facts.append({QCoreApplication::translate("ConsensusPrint", "Approved total budget (核定總經費)"),
                      amount(d.approvedTotal)});
        if (!d.conditions.isEmpty())
            facts.append({QCoreApplication::translate("ConsensusPrint", "Conditions"), d.conditions});
    } else {
        facts.append({QCoreApplication::translate("ConsensusPrint", "Mean score"),
                      QCoreApplication::translate("ConsensusPrint", "%1 (pass mark %2)")
                          .arg(fixed(result->mean, 2), number(state.settings.passMark))});
        if (!d.passMarkReason.isEmpty())
            facts.append({QCoreApplication::translate("ConsensusPrint", "Reason"), d.passMarkReason});
    }
    if (!state.info.heldAt.isEmpty())
        facts.append({QCoreApplication::translate("ConsensusPrint", "Decided at"),
                      QStringLiteral("%1 %2").arg(state.info.heldAt, state.info.place).trimmed()});
    pdf.table({QCoreApplication::translate("ConsensusPrint", "Item"),
               QCoreApplication::translate("ConsensusPrint", "Details")},
              facts, {0.25, 0.75});
    pdf.paragraph(d.decision == Decision::Fail
                      ? QCoreApplication::translate("ConsensusPrint",
                                                    "The committee did not approve the proposal. Its comments follow.")
                      : QCoreApplication::translate("ConsensusPrint",
                                                    "The committee approved the proposal; the program office will "
                                                    "contact you about the contract (簽約執行). The committee's "
                                                    "comments follow."));
    commentSections(pdf, state, *result);
    pdf.finish();
    return {};
}

namespace {

Result<QStringList> writeEach(const QString& folder, const QString& prefix, const QList<qint64>& applications,
                              const MeetingState& state, const std::function<Status(qint64, const QString&)>& write)
{
    if (!QDir().mkpath(folder))
        return Result<QStringList>::failure(
            QCoreApplication::translate("ConsensusPrint", "Cannot create the folder %1").arg(folder));
    QStringList files;
    for (qint64 id : applications) {
        auto inFolder = text::pathInFolder(
            folder, QStringLiteral("%1%2.pdf").arg(prefix, text::fileStem(state.data.ubns.value(id), id)));
        if (!inFolder)
            return Result<QStringList>::failure(inFolder.error());
        const QString file = *inFolder;
        if (auto written = write(id, file); !written)
            return Result<QStringList>::failure(written.error());
        files << file;
    }
    return files;
}

} // namespace

Result<QStringList> writeCompiledComments(const MeetingState& state, const QString& folder)
{
    QList<qint64> scored;
    for (const ApplicationResult& r : state.results)
        if (r.reviewers > 0)
            scored << r.applicationId;
    return writeEach(folder, QString(), scored, state,
                     [&state](qint64 id, const QString& file) { return printCompiledComments(state, id, file); });
}

Result<QStringList> writeResultLetters(const MeetingState& state, const QString& folder)
{
    if (!state.isFinal())
        return Result<QStringList>::failure(QCoreApplication::translate(
            "ConsensusPrint", "Result letters (函復結果) are written once the results are final."));
    QList<qint64> concluded;
    for (const ApplicationResult& r : state.results)
        if (state.decisions.contains(r.applicationId))
            concluded << r.applicationId;
    for (const ScreenedOut& out : state.data.screenedOut)
        if (out.notAccepted)
            concluded << out.applicationId;
    return writeEach(folder, QStringLiteral("result-"), concluded, state,
                     [&state](qint64 id, const QString& file) { return printResultLetter(state, id, file); });
}

} // namespace rd
