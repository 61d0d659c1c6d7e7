// The 共識會議 in the GUI: the consensus board sorts by rank and marks the member far from the others;
// meeting mode, driven by its own controls, decides two applications — one after a member's re-scoring
// (複評) — keeps the discussion note, shows the pass list, and the board follows.

#include "TestSupport.h"
#include "gui/Accessibility.h"

#include "models/itemmodels/ConsensusBoardModel.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/screening/Screening.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/consensus/ConsensusWindow.h"
#include "widgets/consensus/MeetingWindow.h"
#include "widgets/consensus/PresentationTimer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rd;
using namespace rd::consensus;
using namespace rd::test;

namespace {

ScoreSheet sheetOf(const QList<double>& scores)
{
    static const QStringList ids{QStringLiteral("innovation"), QStringLiteral("cooperation"),
                                 QStringLiteral("cloud_service"), QStringLiteral("feasibility"),
                                 QStringLiteral("benefits")};
    ScoreSheet sheet;
    for (int i = 0; i < ids.size(); ++i)
        sheet.entries.insert(ids.at(i), {scores.at(i), {}, QStringLiteral("評語%1").arg(i)});
    sheet.overallComment = QStringLiteral("整體意見");
    sheet.recommendation = QStringLiteral("approve");
    sheet.state = ScoreSheet::State::Complete;
    return sheet;
}

// Answers the next modal dialog: runs `fill` on it, then accepts it.
void onNextDialog(const std::function<void(QDialog*)>& fill)
{
    QTimer::singleShot(200, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

} // namespace

class TestMeetingMode : public QObject
{
    Q_OBJECT

private slots:
    void meetingModeDecidesTwoApplications()
    {
        TempWorkspace ws;
        freezeRubric(ws);
        acceptUnsignedReturns(ws);
        allowSmallCommittee(ws);
        const qint64 a = addApplication(ws, QStringLiteral("04595257"), QStringLiteral("雲端進銷存導入計畫"));
        const qint64 b = addApplication(ws, QStringLiteral("22099131"), QStringLiteral("雲端排班導入計畫"));
        ReviewerStore reviewers(ws.workspace->db());
        QList<qint64> members;
        for (const char* name : {"林委員", "陳委員", "黃委員"}) {
            Reviewer r;
            r.name = QString::fromUtf8(name);
            members << reviewers.add(r).value();
            QVERIFY(reviewers.assign(a, members.last()).ok());
            QVERIFY(reviewers.assign(b, members.last()).ok());
        }
        ScoreSheetStore sheets(ws.workspace->db());
        QVERIFY(sheets.storeReturned(a, members[0], sheetOf({13, 9, 26, 26, 13}), {}).ok()); // 87
        QVERIFY(sheets.storeReturned(a, members[1], sheetOf({13, 9, 25, 26, 13}), {}).ok()); // 86
        QVERIFY(sheets.storeReturned(a, members[2], sheetOf({9, 6, 18, 18, 9}), {}).ok());   // 60: far below
        QVERIFY(sheets.storeReturned(b, members[0], sheetOf({10, 7, 21, 21, 10}), {}).ok());
        QVERIFY(sheets.storeReturned(b, members[1], sheetOf({10, 7, 20, 21, 10}), {}).ok());
        QVERIFY(sheets.storeReturned(b, members[2], sheetOf({10, 6, 21, 20, 10}), {}).ok());

        // A third application was not accepted in 資格文件審查: not on the board, listed with its reason.
        const qint64 c = addApplication(ws, QStringLiteral("10000073"), QStringLiteral("雲端會計導入計畫"));
        QVERIFY(screening::ScreeningStore(ws.workspace->db()).reject(c, QStringLiteral("行業代碼不符")).ok());

        WorkspaceServices services(*ws.workspace);
        ConsensusWindow board(services, ws.roundId);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        // Ranked: A first; its third member's cell is marked.
        QAbstractItemModel* model = board.board()->model();
        QCOMPARE(model->rowCount(), 2);
        auto* screenedOut = board.findChild<QTableWidget*>(QStringLiteral("screenedOut"));
        QVERIFY(screenedOut);
        QCOMPARE(screenedOut->rowCount(), 1);
        QVERIFY(screenedOut->item(0, 0)->text().contains(QStringLiteral("10000073")));
        QCOMPARE(screenedOut->item(0, 2)->text(), QStringLiteral("行業代碼不符"));
        QCOMPARE(model->index(0, ConsensusBoardModel::UbnColumn).data().toString(), QStringLiteral("04595257"));
        QVERIFY(model->index(0, ConsensusBoardModel::MembersStart + 2).data(Qt::BackgroundRole).isValid());

        // Everyone attends.
        for (qint64 m : members)
            QVERIFY(board.session().setPresent(m, true).ok());

        QVERIFY2(test::unnamedControls(&board).isEmpty(),
                 qPrintable(test::unnamedControls(&board).join(QLatin1Char('\n'))));
        MeetingWindow* meeting = board.openMeeting(true);
        QVERIFY2(test::unnamedControls(meeting).isEmpty(),
                 qPrintable(test::unnamedControls(meeting).join(QLatin1Char('\n'))));
        QVERIFY(QTest::qWaitForWindowExposed(meeting));
        QCOMPARE(meeting->currentIndex(), 0);
        auto* flags = meeting->findChild<QListWidget*>(QStringLiteral("meetingFlags"));
        QVERIFY(flags->item(0)->text().contains(QStringLiteral("黃委員")));

        // The chart marks the flagged member's dot apart from the others'.
        int flaggedDots = 0, otherDots = 0;
        for (QAbstractSeries* series : meeting->findChild<QChartView*>()->chart()->series())
            if (auto* dots = qobject_cast<QScatterSeries*>(series))
                (dots->name().contains(QStringLiteral("Flagged")) ? flaggedDots : otherDots) += int(dots->count());
        QCOMPARE(flaggedDots, 1);
        QCOMPARE(otherDots, 2);

        // While the applicant presents, the projector shows no member's name or score: nothing visible says them.
        meeting->findChild<QPushButton*>(QStringLiteral("presentationView"))->click();
        QVERIFY(meeting->presenting());
        const auto visibleText = [meeting] {
            QStringList texts;
            for (QLabel* label : meeting->findChildren<QLabel*>())
                if (label->isVisible())
                    texts << label->text();
            for (QAbstractItemView* view : meeting->findChildren<QAbstractItemView*>())
                if (view->isVisible() && view->model())
                    for (int row = 0; row < view->model()->rowCount(); ++row)
                        for (int column = 0; column < view->model()->columnCount(); ++column)
                            texts << view->model()->index(row, column).data().toString();
            return texts.join(QLatin1Char('\n'));
        };
        QVERIFY(meeting->findChild<PresentationTimer*>()->isVisible());
        for (const QString& name : {QStringLiteral("林委員"), QStringLiteral("陳委員"), QStringLiteral("黃委員")})
            QVERIFY2(!visibleText().contains(name), qPrintable(visibleText()));
        QTest::keyClick(meeting, Qt::Key_F7);
        QVERIFY(!meeting->presenting());
        QVERIFY(visibleText().contains(QStringLiteral("黃委員")));

        // 複評: the third member revises two scores, with the reason, through the dialog.
        // The dialogs' controls are checked for names as they come, and the findings asserted once they closed.
        QStringList unnamedInDialogs;
        onNextDialog([&unnamedInDialogs](QDialog* dialog) {
            unnamedInDialogs += test::unnamedControls(dialog);
            auto* member = dialog->findChild<QComboBox*>(QStringLiteral("reviseMember"));
            member->setCurrentIndex(member->findText(QStringLiteral("黃委員")));
            auto* criterion = dialog->findChild<QComboBox*>(QStringLiteral("reviseCriterion"));
            criterion->setCurrentIndex(criterion->findData(QStringLiteral("cloud_service")));
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("reviseScore"))->setValue(26);
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("reviseReason"))
                ->setPlainText(QStringLiteral("簡報已說明資安認證"));
            // OK, as the user presses it: through the dialog's button box, which applies the revision.
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        // After a change the session reads the round again off the UI thread; the views follow when it is in.
        const auto waitForState = [&board] { QTRY_VERIFY_WITH_TIMEOUT(!board.session().reloading(), 30000); };
        meeting->findChild<QPushButton*>(QStringLiteral("reviseButton"))->click();
        waitForState();
        const MeetingState& afterRevision = board.session().state();
        QCOMPARE(afterRevision.data.revisions.size(), 1);
        QCOMPARE(afterRevision.data.revisions.first().original, 18.0);
        QCOMPARE(afterRevision.data.revisions.first().reason, QStringLiteral("簡報已說明資安認證"));
        QCOMPARE(afterRevision.result(a)->totals.value(members[2]), 68.0);

        // The rest of the difference is resolved by the committee: answer the 議決 prompt.
        QPushButton* resolve = nullptr;
        for (QPushButton* button : meeting->findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("議決")))
                resolve = button;
        QVERIFY(resolve);
        for (int guard = 0; guard < 6 && !board.session().state().openDifferences(a).isEmpty(); ++guard) {
            onNextDialog([&unnamedInDialogs](QDialog* dialog) {
                unnamedInDialogs += test::unnamedControls(dialog);
                auto* edit = dialog->findChild<QPlainTextEdit*>();
                QVERIFY(edit);
                edit->setPlainText(QStringLiteral("議決：差異源於對雲端方案之認定，維持評分"));
                QMetaObject::invokeMethod(dialog, "accept");
            });
            flags->setCurrentRow(-1); // the first open difference
            resolve->click();
            waitForState();
        }
        QVERIFY(board.session().state().openDifferences(a).isEmpty());
        QVERIFY2(unnamedInDialogs.isEmpty(), qPrintable(unnamedInDialogs.join(QLatin1Char('\n'))));

        // The discussion note is kept as it is typed.
        auto* notes = meeting->findChild<QPlainTextEdit*>(QStringLiteral("meetingNotes"));
        notes->setPlainText(QStringLiteral("委員肯定導入成效"));
        QTRY_COMPARE(board.session().state().notes.value(a), QStringLiteral("委員肯定導入成效"));

        // Decide A: 通過, three for, at the 核定補助款 proposed: the whole request of 100 (half of the total of
        // 200, within the cap).
        meeting->findChild<QRadioButton*>(QStringLiteral("decisionPass"))->click();
        QCOMPARE(meeting->findChild<QSpinBox*>(QStringLiteral("votesFor"))->value(), 3);
        QCOMPARE(meeting->findChild<QDoubleSpinBox*>(QStringLiteral("approvedSubsidy"))->value(), 100.0);
        meeting->findChild<QPushButton*>(QStringLiteral("decide"))->click();
        waitForState();
        QCOMPARE(board.session().state().decisions.value(a).decision, Decision::Pass);
        QCOMPARE(board.session().state().decisions.value(a).approvedSubsidy, 100.0);

        // PgDn to B, from the members' table, which would otherwise scroll: 修正後通過 needs conditions; with
        // them, two for and one abstaining.
        auto* comments = meeting->findChild<QTableWidget*>(QStringLiteral("meetingComments"));
        comments->setFocus();
        QTest::keyClick(comments, Qt::Key_PageDown);
        QCOMPARE(meeting->currentIndex(), 1);
        meeting->findChild<QRadioButton*>(QStringLiteral("decisionConditional"))->click();
        meeting->findChild<QSpinBox*>(QStringLiteral("votesFor"))->setValue(2);
        meeting->findChild<QSpinBox*>(QStringLiteral("abstentions"))->setValue(1);
        onNextDialog([](QDialog* dialog) { QMetaObject::invokeMethod(dialog, "accept"); }); // the refusal
        meeting->findChild<QPushButton*>(QStringLiteral("decide"))->click();
        QVERIFY(!board.session().state().decisions.contains(b));
        meeting->findChild<QLineEdit*>(QStringLiteral("conditions"))->setText(QStringLiteral("調降效益指標"));
        // B's mean of 68 is below the pass mark of 70: passing it needs the reason, and the subsidy is cut.
        onNextDialog([](QDialog* dialog) { QMetaObject::invokeMethod(dialog, "accept"); });
        meeting->findChild<QPushButton*>(QStringLiteral("decide"))->click();
        QVERIFY(!board.session().state().decisions.contains(b));
        meeting->findChild<QLineEdit*>(QStringLiteral("passMarkReason"))
            ->setText(QStringLiteral("簡報補充後委員一致同意"));
        meeting->findChild<QDoubleSpinBox*>(QStringLiteral("approvedSubsidy"))->setValue(80);
        meeting->findChild<QPushButton*>(QStringLiteral("decide"))->click();
        waitForState();
        const DecisionRecord decided = board.session().state().decisions.value(b);
        QCOMPARE(decided.approvedSubsidy, 80.0);
        QCOMPARE(decided.passMarkReason, QStringLiteral("簡報補充後委員一致同意"));
        QCOMPARE(decided.decision, Decision::Conditional);
        QCOMPARE(decided.conditions, QStringLiteral("調降效益指標"));
        QCOMPARE(decided.abstentions, 1);

        // The pass list holds both, in rank order; the board shows the decisions; the round can be final.
        auto* passList = meeting->findChild<QListWidget*>(QStringLiteral("passList"));
        QCOMPARE(passList->count(), 2);
        QVERIFY(passList->item(0)->text().contains(decisionName(Decision::Pass)));
        QVERIFY(passList->item(1)->text().contains(decisionName(Decision::Conditional)));
        QCOMPARE(model->index(0, model->columnCount() - 1).data().toString(), decisionName(Decision::Pass));
        QVERIFY(board.session().state().problemsBeforeFinal().isEmpty());
        QVERIFY(board.session().finalise().ok());
        QTRY_VERIFY(!meeting->findChild<QPushButton*>(QStringLiteral("decide"))->isEnabled());
    }
};

QTEST_MAIN(TestMeetingMode)
#include "tst_meetingmode.moc"
