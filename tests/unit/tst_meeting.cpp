// The 共識會議: attendance and quorum, score revisions kept with their reasons, marked differences
// handled by 議決 or 複評, decisions checked against the vote and the 初審意見, finalising and reopening,
// and the published documents read back: the XLSX cell by cell, the CSV, the PDFs through Poppler.

#include "TestSupport.h"

#include "models/consensus/Approval.h"
#include "models/consensus/ConsensusExport.h"
#include "models/consensus/ConsensusPrint.h"
#include "models/consensus/ConsensusSession.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/core/Text.h"
#include "models/itemmodels/ConsensusBoardModel.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/screening/Screening.h"
#include "models/sql/Sql.h"
#include "models/xlsx/XlsxReader.h"
#include "models/xlsx/XlsxWorkbook.h"
#include "models/zip/SafeZip.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace rd;
using namespace rd::consensus;
using namespace rd::test;

namespace {

// Scores per criterion in the rubric's order: innovation 15, cooperation 10, cloud 30, feasibility 30, benefits 15.
ScoreSheet sheetOf(const QList<double>& scores, const QString& comment = QStringLiteral("意見"))
{
    static const QStringList ids{QStringLiteral("innovation"), QStringLiteral("cooperation"),
                                 QStringLiteral("cloud_service"), QStringLiteral("feasibility"),
                                 QStringLiteral("benefits")};
    ScoreSheet sheet;
    for (int i = 0; i < ids.size(); ++i)
        sheet.entries.insert(ids.at(i), {scores.at(i), {}, comment + QString::number(i)});
    // Every 004 柒、二(二) item confirmed.
    const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
    for (const ChecklistItem& item : expert.checklist())
        sheet.entries.insert(item.id, {std::nullopt, QStringLiteral("pass"), {}});
    sheet.overallComment = QStringLiteral("整體意見");
    sheet.recommendation = QStringLiteral("approve");
    sheet.state = ScoreSheet::State::Complete;
    return sheet;
}

} // namespace

// A decision as the meeting records it; a pass approves the test applications' whole request (100 of a total
// budget of 200: within the cap and half of the total).
DecisionRecord decision(qint64 application, Decision kind, int votesFor, int votesAgainst = 0,
                        const QString& conditions = {})
{
    DecisionRecord d;
    d.applicationId = application;
    d.decision = kind;
    d.votesFor = votesFor;
    d.votesAgainst = votesAgainst;
    d.conditions = conditions;
    if (kind != Decision::Fail)
        d.approvedSubsidy = 100;
    return d;
}

class TestMeeting : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempWorkspace> m_ws;
    QList<qint64> m_members;
    qint64 m_a = 0, m_b = 0;

    MeetingState state() const { return loadMeeting(m_ws->workspace->db(), m_ws->roundId).value(); }
    MeetingStore store() const { return MeetingStore(m_ws->workspace->db(), m_ws->roundId); }

    // The three assigned members present, the first in the chair, in 第一會議室 with 王書記 recording.
    void holdMeeting() const
    {
        for (qint64 m : std::as_const(m_members).mid(0, 3))
            QVERIFY(store().setPresent(m, true).ok());
        QVERIFY(store()
                    .setInfo({m_members[0], QStringLiteral("2025-03-12 14:00"), QStringLiteral("第一會議室"),
                              QStringLiteral("王書記")})
                    .ok());
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TempWorkspace>();
        freezeRubric(*m_ws);
        acceptUnsignedReturns(*m_ws);
        allowSmallCommittee(*m_ws);
        m_a = addApplication(*m_ws, QStringLiteral("04595257"), QStringLiteral("雲端進銷存導入計畫"));
        m_b = addApplication(*m_ws, QStringLiteral("22099131"), QStringLiteral("雲端排班導入計畫"));
        ReviewerStore reviewers(m_ws->workspace->db());
        m_members.clear();
        for (const char* name : {"林委員", "陳委員", "黃委員", "張委員"}) {
            Reviewer r;
            r.name = QString::fromUtf8(name);
            r.organization = QStringLiteral("國立大學");
            m_members << reviewers.add(r).value();
        }
        for (qint64 m : std::as_const(m_members).mid(0, 3)) {
            QVERIFY(reviewers.assign(m_a, m).ok());
            QVERIFY(reviewers.assign(m_b, m).ok());
        }
        ScoreSheetStore sheets(m_ws->workspace->db());
        // Application A: totals 80, 82 and 55 — the third member is 26 points below the others' mean.
        QVERIFY(sheets.storeReturned(m_a, m_members[0], sheetOf({12, 8, 24, 24, 12}), {}).ok());
        QVERIFY(sheets.storeReturned(m_a, m_members[1], sheetOf({12, 8, 25, 25, 12}), {}).ok());
        QVERIFY(sheets.storeReturned(m_a, m_members[2], sheetOf({8, 5, 17, 17, 8}), {}).ok());
        // Application B: 70, 72, 68 — no difference worth a flag.
        QVERIFY(sheets.storeReturned(m_b, m_members[0], sheetOf({10, 7, 21, 21, 11}), {}).ok());
        QVERIFY(sheets.storeReturned(m_b, m_members[1], sheetOf({11, 7, 22, 21, 11}), {}).ok());
        QVERIFY(sheets.storeReturned(m_b, m_members[2], sheetOf({10, 7, 20, 20, 11}), {}).ok());
    }

    void cleanup() { m_ws.reset(); }

    // The session writes a change at once and reads the round again off the caller's thread: the state
    // shows the change once changed() came, and an action taken before that first takes the pending state in,
    // so that a revision is never computed from the state before the last change.
    void theSessionReadsTheRoundAgainInTheBackground()
    {
        holdMeeting();
        consensus::ConsensusSession session(m_ws->workspace->db(), m_ws->roundId);
        QVERIFY(session.reload().ok());
        QVERIFY(!session.reloading());
        QSignalSpy changed(&session, &consensus::ConsensusSession::changed);
        QSignalSpy failed(&session, &consensus::ConsensusSession::reloadFailed);

        QVERIFY(session.decide(decision(m_b, Decision::Pass, 3)).ok());
        QVERIFY(session.reloading());
        QVERIFY(!session.state().decisions.contains(m_b)); // not yet read back
        QVERIFY(changed.wait(30000));
        QVERIFY(!session.reloading());
        QCOMPARE(session.state().decisions.value(m_b).decision, Decision::Pass);

        // The same revision twice in a row: the second is checked against the first, still being read back.
        QVERIFY(session.revise(m_a, m_members[2], QStringLiteral("cloud_service"), 20, QStringLiteral("複評")).ok());
        const Status again =
            session.revise(m_a, m_members[2], QStringLiteral("cloud_service"), 20, QStringLiteral("複評"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("20")), qPrintable(again.error()));
        QVERIFY(session.settle().ok());
        QCOMPARE(session.state().data.revisions.size(), 1);
        QCOMPARE(session.state().data.revisions.first().original, 17.0);
        QCOMPARE(session.state().result(m_a)->totals.value(m_members[2]), 58.0); // 8 + 5 + 20 + 17 + 8
        QCOMPARE(failed.count(), 0);
    }

    void quorumIsHalfTheCommitteeAndDecisionsNeedAMajorityOfThosePresent()
    {
        // The committee is the three members with assignments; the fourth has none.
        QCOMPARE(state().data.committee.size(), 3);
        QCOMPARE(state().quorumNeeded(), 2);
        DecisionRecord d = decision(m_b, Decision::Pass, 1);
        QVERIFY(store().decide(d).error().contains(QStringLiteral("needs 2")));
        QVERIFY(store().setPresent(m_members[0], true).ok());
        QVERIFY(store().setPresent(m_members[1], true).ok());
        QVERIFY(state().hasQuorum());
        // One of two present is not more than half.
        QVERIFY(store().decide(d).error().contains(QStringLiteral("not more than half")));
        d.votesFor = 2;
        QVERIFY(store().decide(d).ok());
        d.votesAgainst = 1; // three votes from two members present
        QVERIFY(!store().decide(d).ok());
        QCOMPARE(state().decisions.value(m_b).votesFor, 2);
        QCOMPARE(state().passList(), QList<qint64>{m_b});
    }

    void revisionsKeepTheOriginalAndNeedAReason()
    {
        QVERIFY(store().setPresent(m_members[2], true).ok());
        const double before = state().result(m_a)->totals.value(m_members[2]);
        QCOMPARE(before, 55.0);
        QVERIFY(store()
                    .revise(m_a, m_members[2], QStringLiteral("feasibility"), 24, QString())
                    .error()
                    .contains(QStringLiteral("reason")));
        QVERIFY(store()
                    .revise(m_a, m_members[2], QStringLiteral("feasibility"), 31, QStringLiteral("x"))
                    .error()
                    .contains(QStringLiteral("between 0 and 30")));
        QVERIFY(!store().revise(m_a, m_members[2], QStringLiteral("nosuch"), 3, QStringLiteral("x")).ok());
        // An absent member does not revise.
        QVERIFY(store()
                    .revise(m_a, m_members[0], QStringLiteral("feasibility"), 20, QStringLiteral("x"))
                    .error()
                    .contains(QStringLiteral("present")));
        auto first =
            store().revise(m_a, m_members[2], QStringLiteral("feasibility"), 24, QStringLiteral("簡報已補充人力"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->original, 17.0);
        auto second =
            store().revise(m_a, m_members[2], QStringLiteral("feasibility"), 22, QStringLiteral("再議後調整"));
        QVERIFY(second.ok());
        QCOMPARE(second->original, 17.0); // the returned score, not the first revision
        const MeetingState now = state();
        QCOMPARE(now.data.revisions.size(), 2);
        QCOMPARE(now.data.revisions.at(0).reason, QStringLiteral("簡報已補充人力"));
        QCOMPARE(now.result(m_a)->totals.value(m_members[2]), 60.0); // the latest revision counts
        // The returned sheet itself is untouched.
        QCOMPARE(now.data.sheets.value(m_a).at(2).entry(QStringLiteral("feasibility")).score.value_or(-1), 17.0);
        QCOMPARE(now.returned.at(0).totals.value(m_members[2]), 55.0);
    }

    void markedDifferencesAreHandledByResolutionOrRescoring()
    {
        MeetingState s = state();
        const QList<Flag> open = s.openDifferences(m_a);
        QVERIFY(!open.isEmpty());
        QVERIFY(s.openDifferences(m_b).isEmpty());
        QVERIFY(std::any_of(open.cbegin(), open.cend(), [&](const Flag& f) {
            return f.kind == Flag::Kind::OutlierPoints && f.reviewerId == m_members[2];
        }));
        // 議決 needs a note and a flag that exists.
        QVERIFY(!store().resolve(m_a, flagId(open.first()), QStringLiteral("  ")).ok());
        QVERIFY(!store().resolve(m_a, QStringLiteral("outlier_points/m999"), QStringLiteral("x")).ok());
        QVERIFY(store().resolve(m_a, flagId(open.first()), QStringLiteral("評分理由充分，維持原評分")).ok());
        QCOMPARE(state().openDifferences(m_a).size(), open.size() - 1);

        // 複評: the member raises the scores and the difference is gone — handled without a resolution.
        QVERIFY(store().setPresent(m_members[2], true).ok());
        QVERIFY(store().revise(m_a, m_members[2], QStringLiteral("cloud_service"), 24, QStringLiteral("複評")).ok());
        QVERIFY(store().revise(m_a, m_members[2], QStringLiteral("feasibility"), 24, QStringLiteral("複評")).ok());
        s = state();
        QVERIFY2(s.openDifferences(m_a).isEmpty(), qPrintable(s.problemsBeforeFinal().join('\n')));
        QVERIFY(!s.rescored(m_a).isEmpty());
    }

    void finalisingNeedsEverythingHandledAndFreezesUntilReopened()
    {
        for (qint64 m : std::as_const(m_members).mid(0, 3))
            QVERIFY(store().setPresent(m, true).ok());
        QStringList problems = state().problemsBeforeFinal();
        QVERIFY(problems.join('\n').contains(QStringLiteral("no decision")));
        QVERIFY(problems.join('\n').contains(QStringLiteral("marked difference")));
        QVERIFY(!store().finalise().ok());

        for (const Flag& f : state().openDifferences(m_a))
            QVERIFY(store().resolve(m_a, flagId(f), QStringLiteral("議決維持")).ok());
        // The 初審意見 found A not meeting the requirements: passing it needs the reason.
        QVERIFY(PreliminaryOpinions(m_ws->workspace->db())
                    .set(m_a, {QString(), PreliminaryOpinion::Meets::No, QStringLiteral("資安不足"), {}})
                    .ok());
        DecisionRecord a = decision(m_a, Decision::Conditional, 3, 0, QStringLiteral("補充資安說明"));
        QVERIFY(store().decide(a).error().contains(QStringLiteral("初審意見")));
        a.departure = QStringLiteral("簡報已補充資安認證");
        a.conditions.clear();
        QVERIFY(store().decide(a).error().contains(QStringLiteral("conditions")));
        a.conditions = QStringLiteral("補充資安說明");
        QVERIFY(store().decide(a).ok());
        // B's mean of 71 reaches the pass mark of 70: failing it needs the reason.
        DecisionRecord failB = decision(m_b, Decision::Fail, 2, 1);
        QVERIFY(store().decide(failB).error().contains(QStringLiteral("pass mark")));
        failB.passMarkReason = QStringLiteral("簡報未能說明資安部署");
        QVERIFY(store().decide(failB).ok());
        QVERIFY(state().problemsBeforeFinal().isEmpty());
        QVERIFY(store().finalise().ok());
        const MeetingState final = state();
        QVERIFY(final.isFinal());
        QCOMPARE(final.events.constLast().resultsSha256, final.resultsSha256());

        // Frozen: every change is refused until reopened, and reopening needs a reason.
        QVERIFY(store().decide(decision(m_b, Decision::Pass, 3)).error().contains(QStringLiteral("final")));
        QVERIFY(!store().setPresent(m_members[0], false).ok());
        QVERIFY(!store().reopen(QString()).ok());
        QVERIFY(store().reopen(QStringLiteral("申請人來函更正預算")).ok());
        const MeetingState reopened = state();
        QVERIFY(!reopened.isFinal());
        QCOMPARE(reopened.events.size(), 2);
        QCOMPARE(reopened.events.constLast().reason, QStringLiteral("申請人來函更正預算"));
        QVERIFY(store().decide(decision(m_b, Decision::Pass, 3)).ok());
    }

    void theCommitteeAndItsAttendanceFollowTheRules()
    {
        // By default (組織準則 第4條) the fixture's committee of three is too small: nothing is decided or final.
        auto settings = roundSettings(m_ws->workspace->db(), m_ws->roundId).value();
        settings.committeeMinimum = 5;
        QVERIFY(saveRoundSettings(m_ws->workspace->db(), m_ws->roundId, settings).ok());
        for (qint64 m : std::as_const(m_members).mid(0, 3))
            QVERIFY(store().setPresent(m, true).ok());
        QCOMPARE(state().compositionProblems().size(), 1);
        QVERIFY(state().compositionProblems().first().contains(QStringLiteral("3")));
        QVERIFY(store().decide(decision(m_a, Decision::Pass, 3)).error().contains(QStringLiteral("組織準則")));
        // Three members is the lower bound: the size holds.
        settings.committeeMinimum = 3;
        QVERIFY(saveRoundSettings(m_ws->workspace->db(), m_ws->roundId, settings).ok());
        QVERIFY(state().compositionProblems().isEmpty());
        QVERIFY(state().attendanceProblems().isEmpty());

        // Two of the three become internal: one external of three is exactly a third — it holds; with all three
        // internal it does not.
        const auto makeInternal = [&](qint64 id, bool internal) {
            QVERIFY(sql::exec(m_ws->workspace->db(), QStringLiteral("UPDATE reviewers SET external = ? WHERE id = ?"),
                              {internal ? 0 : 1, id})
                        .ok());
        };
        makeInternal(m_members[1], true);
        makeInternal(m_members[2], true);
        QVERIFY(state().compositionProblems().isEmpty());
        QCOMPARE(state().externalMembers(), 1);
        // …but at the meeting at least two external members must be present (審議規則 第9條).
        QCOMPARE(state().attendanceProblems().size(), 1);
        QVERIFY(state().attendanceProblems().first().contains(QStringLiteral("審議規則 第9條")));
        makeInternal(m_members[1], false);
        QVERIFY(state().attendanceProblems().isEmpty()); // 2 external of 3 present
        // Two external present of three is enough; if the external member leaves, the rule fails again.
        QVERIFY(store().setPresent(m_members[0], false).ok());
        QCOMPARE(state().present(), 2);
        QCOMPARE(state().externalPresent(), 1);
        QVERIFY(!state().attendanceProblems().isEmpty());
        makeInternal(m_members[0], true);
        makeInternal(m_members[1], true);
        QVERIFY(!state().compositionProblems().isEmpty()); // none external at all
        QVERIFY(state().problemsBeforeFinal().join(QLatin1Char(' ')).contains(QStringLiteral("外聘")));
    }

    void approvalsStayWithinTheRequestTheCapAndHalfTheTotal()
    {
        // 各行各業 with 推動家數 50: a cap of 2,000 (004 參、一(二)); requested 2,100 of a total of 4,200.
        ApprovalLimits limits;
        limits.requested = 2100;
        limits.cap = 2000;
        limits.kpi = 50;
        limits.submittedTotal = 4200;
        QCOMPARE(mostApprovable(limits), 2000.0);
        QVERIFY(approvalProblem(limits, 2000, 4200).isEmpty());
        QVERIFY(approvalProblem(limits, 2001, 4200).contains(QStringLiteral("cap")));
        QVERIFY(!approvalProblem(limits, 0, 4200).isEmpty());
        limits.cap = 8000; // 推動家數 200
        QVERIFY(approvalProblem(limits, 2100, 4200).isEmpty());
        QVERIFY(approvalProblem(limits, 2101, 4202).contains(QStringLiteral("requested")));
        // Half of the approved total budget (捌、一(四)1): cutting the total cuts what can be approved.
        QVERIFY(approvalProblem(limits, 1500, 3000).isEmpty());
        QVERIFY(approvalProblem(limits, 1501, 3000).contains(QStringLiteral("50")));
        QVERIFY(!approvalProblem(limits, 1000, 4201).isEmpty()); // more than submitted
        limits.cap.reset();                                      // 推動家數 below every tier
        QCOMPARE(mostApprovable(limits), 0.0);
        QVERIFY(!approvalProblem(limits, 1, 4200).isEmpty());

        // In the meeting: a pass records its amount, a fail none, and the funding line counts what was approved.
        for (qint64 m : std::as_const(m_members).mid(0, 3))
            QVERIFY(store().setPresent(m, true).ok());
        for (const Flag& f : state().openDifferences(m_a))
            QVERIFY(store().resolve(m_a, flagId(f), QStringLiteral("議決維持")).ok());
        auto settings = roundSettings(m_ws->workspace->db(), m_ws->roundId).value();
        settings.budget = 150;
        QVERIFY(saveRoundSettings(m_ws->workspace->db(), m_ws->roundId, settings).ok());
        DecisionRecord a = decision(m_a, Decision::Pass, 3);
        a.approvedSubsidy = 101; // above the 100 requested
        QVERIFY(store().decide(a).error().contains(QStringLiteral("requested")));
        a.approvedSubsidy = 60;
        QVERIFY(store().decide(a).ok());
        DecisionRecord failed = decision(m_b, Decision::Fail, 3);
        failed.passMarkReason = QStringLiteral("資安規劃不足");
        failed.approvedSubsidy = 10;
        QVERIFY(!store().decide(failed).ok());
        failed.approvedSubsidy = 0;
        QVERIFY(store().decide(failed).ok());
        DecisionRecord b = decision(m_b, Decision::Pass, 3);
        QVERIFY(store().decide(b).ok()); // now passed at its whole request of 100
        const MeetingState s = state();
        QCOMPARE(s.decisions.value(m_a).approvedSubsidy, 60.0);
        QCOMPARE(s.decisions.value(m_a).approvedTotal, 200.0); // as submitted, when not cut
        // A (rank 1) takes 60 of the 150, B 100 more: 160 crosses the budget, so B is below the line.
        QCOMPARE(s.result(m_a)->cumulativeSubsidy, 60.0);
        QVERIFY(s.result(m_a)->funded);
        QCOMPARE(s.result(m_b)->cumulativeSubsidy, 160.0);
        QVERIFY(!s.result(m_b)->funded);
    }

    void csvIsExcelReadyAndNeutralisesFormulas()
    {
        // An applicant named like a formula must reach the sheet as text.
        QVERIFY(store().setPresent(m_members[0], true).ok());
        QVERIFY(store().setPresent(m_members[1], true).ok());
        QVERIFY(store()
                    .decide(decision(m_b, Decision::Conditional, 2, 0, QStringLiteral("=HYPERLINK(\"http://x\")")))
                    .ok());
        const QString path = m_ws->dir.filePath(QStringLiteral("sheet.csv"));
        QVERIFY(writeCsv(state(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
        QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3); // header and two applications
    }

    void xlsxReadsBackCellByCell()
    {
        QVERIFY(store().setPresent(m_members[2], true).ok());
        QVERIFY(store().revise(m_a, m_members[2], QStringLiteral("feasibility"), 24, QStringLiteral("+簡報補充")).ok());
        // An application not accepted in 資格文件審查 is listed on a sheet of its own.
        const qint64 rejected = addApplication(*m_ws, QStringLiteral("10000073"), QStringLiteral("雲端會計導入計畫"));
        QVERIFY(screening::ScreeningStore(m_ws->workspace->db()).reject(rejected, QStringLiteral("行業代碼不符")).ok());
        const MeetingState s = state();
        const QString path = m_ws->dir.filePath(QStringLiteral("sheet.xlsx"));
        QVERIFY(writeXlsx(s, path).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        auto book = xlsx::readWorkbook(path);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->size(), 3 + int(s.data.rubric.criteria().size())); // 總表, criteria, revisions, screening
        const SummaryTable table = summaryTable(s);
        const xlsx::Sheet& summary = book->first();
        for (int c = 0; c < table.header.size(); ++c)
            QCOMPARE(summary.cell(0, c), table.header.at(c));
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < table.rows.at(r).size(); ++c) {
                const QVariant cell = table.rows.at(r).at(c);
                if (cell.typeId() == QMetaType::Double)
                    QCOMPARE(summary.cell(r + 1, c).toDouble(), cell.toDouble());
                else
                    QCOMPARE(summary.cell(r + 1, c), cell.toString());
            }
        // The feasibility sheet: the revised score, and the returned one beside it.
        const xlsx::Sheet* feasibility = nullptr;
        for (const xlsx::Sheet& sheet : *book)
            if (sheet.name == s.criterionName(QStringLiteral("feasibility")))
                feasibility = &sheet;
        QVERIFY(feasibility);
        const int rowA = s.data.applications.size() == 2 && s.results.at(0).applicationId == m_a ? 1 : 2;
        QCOMPARE(feasibility->cell(rowA, 3 + 2 * 2).toDouble(), 24.0);
        QCOMPARE(feasibility->cell(rowA, 3 + 2 * 2 + 1).toDouble(), 17.0);
        // The reason begins with +: an XLSX string cell is never a formula, so it is kept as written, and no
        // part of the workbook holds a formula.
        QCOMPARE(book->at(book->size() - 2).cell(1, 6), QStringLiteral("+簡報補充"));
        ZipLimits limits;
        const auto parts = SafeZip::readAll(path, limits);
        QVERIFY2(parts.ok(), qPrintable(parts.error()));
        for (auto it = parts->cbegin(); it != parts->cend(); ++it)
            QVERIFY2(!it.value().contains("<f>") && !it.value().contains("<f "), qPrintable(it.key()));
        QCOMPARE(book->last().cell(1, 0), QStringLiteral("10000073"));
        QCOMPARE(book->last().cell(1, 4), QStringLiteral("行業代碼不符"));
    }

    void pdfsReadBackThroughPoppler()
    {
        usePdfWorkerOfThisBuild();
        holdMeeting();
        const QList<Flag> open = state().openDifferences(m_a);
        // Written as a sentence, with its full stop: the notes join clauses with "；" and end with one "。".
        QVERIFY(store().resolve(m_a, flagId(open.first()), QStringLiteral("議決維持原評分。")).ok());
        QVERIFY(store().decide(decision(m_a, Decision::Pass, 3)).ok());
        // The same company's second proposal: the two are told apart by their titles.
        addApplication(*m_ws, QStringLiteral("04595257"), QStringLiteral("第二案"));
        const MeetingState s = state();
        const QString sheet = m_ws->dir.filePath(QStringLiteral("sheet.pdf"));
        const QString minutes = m_ws->dir.filePath(QStringLiteral("minutes.pdf"));
        const QString comments = m_ws->dir.filePath(QStringLiteral("comments.pdf"));
        QVERIFY(printConsensusSheet(s, sheet).ok());
        QVERIFY(printMinutes(s, minutes).ok());
        QVERIFY(printCompiledComments(s, m_a, comments).ok());
        const auto read = PdfTextExtractor().extract({sheet, minutes, comments});
        QVERIFY(read.at(0).readable && read.at(1).readable && read.at(2).readable);
        // Poppler gives CJK fonts' Kangxi radicals (⼀ for 一); folded as the reader shows them.
        const QString sheetText = text::forDisplay(read.at(0).pages.join('\n'));
        for (const QString& expected :
             {QStringLiteral("林委員"), QStringLiteral("04595257"), QStringLiteral("議決維持原評分"),
              QStringLiteral("Signatures"), s.data.roundName, QStringLiteral("草稿"), QStringLiteral("第一會議室"),
              QStringLiteral("雲端進銷存導入計畫"), QStringLiteral("第二案")})
            QVERIFY2(sheetText.contains(expected), qPrintable(expected));
        QVERIFY2(!sheetText.contains(QStringLiteral("。；")) && !sheetText.contains(QStringLiteral("。。")),
                 qPrintable(sheetText));
        // Every mean with two decimals, whole or not, so the column reads alike.
        for (const ApplicationResult& r : s.results)
            if (r.reviewers > 0)
                QVERIFY2(sheetText.contains(QLocale().toString(r.mean, 'f', 2)), qPrintable(sheetText));
        // The signature block shares its page with the members' signature table.
        const QString lastPage = text::forDisplay(read.at(0).pages.last());
        QVERIFY2(lastPage.contains(QStringLiteral("Signatures of the attending members")) &&
                     lastPage.contains(QStringLiteral("林委員")),
                 qPrintable(lastPage));
        const QString minutesText = text::forDisplay(read.at(1).pages.join('\n'));
        QVERIFY2(minutesText.contains(QStringLiteral("第一會議室")), qPrintable(minutesText.left(400)));
        QVERIFY(minutesText.contains(QStringLiteral("王書記")));
        // The applicant's compiled comments: the comments, under letters, never the members' names.
        const QString commentsText = text::forDisplay(read.at(2).pages.join('\n'));
        QVERIFY(commentsText.contains(QStringLiteral("整體意見")));
        QVERIFY(commentsText.contains(QStringLiteral("Member A")));
        QVERIFY(commentsText.contains(QStringLiteral("Member C")));
        for (const char* name : {"林委員", "陳委員", "黃委員"})
            QVERIFY2(!commentsText.contains(QString::fromUtf8(name)), name);
    }

    void aChecklistItemNotMetIsForTheCommitteeToResolve()
    {
        ScoreSheet hongKong = sheetOf({10, 7, 21, 21, 11});
        hongKong.entries.insert(QStringLiteral("platform.machine_room"),
                                {std::nullopt, QStringLiteral("fail"), QStringLiteral("異地備援機房位於香港")});
        QVERIFY(ScoreSheetStore(m_ws->workspace->db()).storeReturned(m_b, m_members[0], hongKong, {}).ok());
        MeetingState s = state();
        QList<Flag> notMet;
        for (const Flag& f : s.result(m_b)->flags)
            if (f.kind == Flag::Kind::ChecklistNotMet)
                notMet.append(f);
        QCOMPARE(notMet.size(), 1);
        QCOMPARE(notMet.first().reviewerId, m_members[0]);
        QCOMPARE(notMet.first().criterion, QStringLiteral("platform.machine_room"));
        QVERIFY2(s.describe(notMet.first()).contains(QStringLiteral("機房")), qPrintable(s.describe(notMet.first())));
        QCOMPARE(s.openDifferences(m_b).size(), 1);
        const QString before = s.problemsBeforeFinal().join(u'\n');
        QVERIFY2(before.contains(QStringLiteral("雲端排班導入計畫")) || before.contains(QStringLiteral("22099131")),
                 qPrintable(before));
        // The other sheets confirm every item: only the one member's "not met" is flagged.
        QVERIFY(store().resolve(m_b, flagId(notMet.first()), QStringLiteral("議決：簽約前遷回國內機房")).ok());
        QVERIFY(state().openDifferences(m_b).isEmpty());
    }

    void theSheetsFiguresAreTheFiguresCountedWithAnAbsentMember()
    {
        // The third member scored both applications but is absent: the sheet counts and is printed, marked 缺席.
        QVERIFY(store().setPresent(m_members[0], true).ok());
        QVERIFY(store().setPresent(m_members[1], true).ok());
        const MeetingState s = state();
        const SummaryTable table = printedScoreTable(s);
        const int firstMember = 3, members = int(s.data.committee.size());
        QCOMPARE(members, 3);
        QVERIFY(table.header.at(firstMember + 2).contains(QStringLiteral("缺席")));
        QVERIFY(!table.header.at(firstMember).contains(QStringLiteral("缺席")));
        for (const QVariantList& row : table.rows) {
            QList<double> figures;
            for (int c = firstMember; c < firstMember + members; ++c)
                if (row.at(c).typeId() == QMetaType::Double)
                    figures << row.at(c).toDouble();
            QCOMPARE(figures.size(), 3);
            const double mean = std::accumulate(figures.cbegin(), figures.cend(), 0.0) / figures.size();
            QVERIFY2(std::abs(row.at(firstMember + members).toDouble() - mean) < 1e-9,
                     qPrintable(row.at(1).toString()));
        }
        // A: 80, 82, 55 → 72.33; the absent member's 55 is in the figure and on the sheet.
        QCOMPARE(table.rows.first().at(firstMember + 2).toDouble(), 55.0);
    }

    void aCodedSheetNamesNoMemberAndTheKeyMapsTheCodes()
    {
        usePdfWorkerOfThisBuild();
        const QString key = m_ws->dir.filePath(QStringLiteral("key.pdf"));
        const auto refused = printMemberKey(state(), key);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("by name")), qPrintable(refused.error()));
        Settings coded = roundSettings(m_ws->workspace->db(), m_ws->roundId).value();
        coded.memberCodes = true;
        QVERIFY(saveRoundSettings(m_ws->workspace->db(), m_ws->roundId, coded).ok());
        holdMeeting();
        const MeetingState s = state();
        const QString sheet = m_ws->dir.filePath(QStringLiteral("coded.pdf"));
        QVERIFY(printConsensusSheet(s, sheet).ok());
        QVERIFY(printMemberKey(s, key).ok());
        const auto read = PdfTextExtractor().extract({sheet, key});
        const QString sheetText = text::forDisplay(read.at(0).pages.join('\n'));
        const QString keyText = text::forDisplay(read.at(1).pages.join('\n'));
        QVERIFY2(sheetText.contains(QStringLiteral("Member A")), qPrintable(sheetText.left(300)));
        for (const char* name : {"林委員", "陳委員", "黃委員"}) {
            QVERIFY2(!sheetText.contains(QString::fromUtf8(name)), name);
            QVERIFY2(keyText.contains(QString::fromUtf8(name)), name);
        }
        QVERIFY(!sheetText.contains(QStringLiteral("國立大學"))); // nor their organisations
        QVERIFY(keyText.contains(QStringLiteral("Member B")));
    }

    void resultLettersFollowTheFinalResultsAndTheScreening()
    {
        usePdfWorkerOfThisBuild();
        // A third applicant was not accepted in 資格文件審查; its 統一編號 is hostile and must not steer the file.
        const qint64 c = addApplication(*m_ws, QStringLiteral("10000073"), QStringLiteral("雲端會計導入計畫"));
        QVERIFY(screening::ScreeningStore(m_ws->workspace->db()).reject(c, QStringLiteral("行業代碼不符")).ok());
        QVERIFY(sql::exec(m_ws->workspace->db(), QStringLiteral("UPDATE applications SET ubn = ? WHERE id = ?"),
                          {QStringLiteral("../../x"), c})
                    .ok());
        for (qint64 m : std::as_const(m_members).mid(0, 3))
            QVERIFY(store().setPresent(m, true).ok());
        for (const Flag& f : state().openDifferences(m_a))
            QVERIFY(store().resolve(m_a, flagId(f), QStringLiteral("議決維持")).ok());
        DecisionRecord a = decision(m_a, Decision::Conditional, 3, 0, QStringLiteral("補充資安說明"));
        a.approvedSubsidy = 90;
        QVERIFY(store().decide(a).ok());
        DecisionRecord b = decision(m_b, Decision::Fail, 3);
        b.passMarkReason = QStringLiteral("推廣策略不具體");
        QVERIFY(store().decide(b).ok());
        const QString folder = m_ws->dir.filePath(QStringLiteral("letters"));
        QVERIFY(!writeResultLetters(state(), folder).ok()); // not before the results are final
        QVERIFY(store().finalise().ok());
        auto files = writeResultLetters(state(), folder);
        QVERIFY2(files.ok(), qPrintable(files.error()));
        QCOMPARE(files->size(), 3);
        for (const QString& file : std::as_const(*files))
            QCOMPARE(QFileInfo(file).absolutePath(), QDir(folder).absolutePath());
        const auto read = PdfTextExtractor().extract(*files);
        QHash<qint64, QString> texts;
        for (int i = 0; i < files->size(); ++i) {
            QVERIFY(read.at(i).readable);
            const QString name = QFileInfo(files->at(i)).fileName();
            const qint64 id = name.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toLongLong();
            texts.insert(id, text::forDisplay(read.at(i).pages.join(QLatin1Char('\n'))));
        }
        QVERIFY2(texts.value(m_a).contains(QStringLiteral("Approved subsidy")), qPrintable(texts.value(m_a)));
        QVERIFY(texts.value(m_a).contains(decisionName(Decision::Conditional)));
        QVERIFY(texts.value(m_a).contains(QStringLiteral("補充資安說明")));
        QVERIFY(texts.value(m_a).contains(QStringLiteral("Member A")));
        QVERIFY(texts.value(m_b).contains(QStringLiteral("推廣策略不具體")));
        QVERIFY(texts.value(c).contains(QStringLiteral("行業代碼不符")));
        for (const QString& letter : std::as_const(texts))
            for (const char* name : {"林委員", "陳委員", "黃委員"})
                QVERIFY2(!letter.contains(QString::fromUtf8(name)), name);
    }

    void boardMarksFlaggedMembersAndSortsByRank()
    {
        const MeetingState s = state();
        ConsensusBoardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(&s);
        model.setState(nullptr); // the board empties when the round closes
        QCOMPARE(model.rowCount(), 0);
        model.setState(&s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), ConsensusBoardModel::MembersStart + 3 + ConsensusBoardModel::FigureCount);
        const int rowA = model.rowOf(m_a);
        const QModelIndex outlier = model.index(rowA, ConsensusBoardModel::MembersStart + 2);
        QCOMPARE(outlier.data().toString(), QStringLiteral("55"));
        QVERIFY(outlier.data(Qt::BackgroundRole).isValid());
        QVERIFY(outlier.data(Qt::ToolTipRole).toString().contains(QStringLiteral("points")));
        QCOMPARE(model.index(0, ConsensusBoardModel::RankColumn).data().toInt(), 1);
        QVERIFY(model.index(rowA, model.figureColumn(ConsensusBoardModel::FlagsFigure))
                    .data()
                    .toString()
                    .contains(QStringLiteral("open")));
    }
};

QTEST_MAIN(TestMeeting)
#include "tst_meeting.moc"
