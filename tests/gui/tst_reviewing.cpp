// A committee member's desk, driven from the keyboard: open the review workspace made from a package,
// read the proposal in the reader (search finds and highlights), score every criterion, write the
// comments, choose the recommendation and mark the sheet complete without touching the mouse; every
// change is in the workspace as soon as the sheet says it is saved.
#include "PromptRecorder.h"
#include "TestSupport.h"
#include "gui/Accessibility.h"

#include "models/consensus/RoundSettings.h"
#include "models/package/ReviewPackage.h"
#include "models/review/Conflicts.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/settings/Settings.h"
#include "widgets/MainWindow.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/desk/MemberDesk.h"
#include "widgets/desk/SecretariatDesk.h"
#include "widgets/pdf/PdfCanvas.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/review/CommitteeDialog.h"
#include "widgets/review/PreliminaryPanel.h"
#include "widgets/review/ReviewPage.h"
#include "widgets/review/ScoreSheetWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace rd;

class TestReviewing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_reviewerWs;

    // Digits are typed; Chinese arrives as an input method commits it (注音, 倉頡…).
    static void type(const QString& text)
    {
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(QApplication::focusWidget(), &commit);
    }
    static void tab() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); }

private Q_SLOTS:
    void initTestCase()
    {
        test::TempWorkspace office;
        test::freezeRubric(office);
        test::addApplicationWithDocument(office, test::validApplication(),
                                         QStringLiteral("本計畫導入雲端進銷存系統，雲端服務涵蓋門市與倉儲。"));
        ReviewerStore reviewers(office.workspace->db());
        const qint64 member =
            reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}, true, {}, {}}).value();
        QVERIFY(reviewers.assign(office.store().applications(office.roundId)->first().id, member).ok());
        const QString packagePath = m_dir.filePath(QStringLiteral("lin.rdpkg"));
        QVERIFY(package::exportPackage(office.workspace->db(), office.workspace->blobs(), office.roundId, member,
                                       packagePath)
                    .ok());
        m_reviewerWs = m_dir.filePath(QStringLiteral("lin"));
        QVERIFY(package::importPackage(packagePath, m_reviewerWs).ok());
    }

    // The member's desk at the screens members have: once an application is opened to read, the list folds
    // away and the reader and the sheet share the width; typing into the sheet moves no pane.
    void theReaderGetsTheRoom_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366 x 768") << QSize(1366, 768);
        QTest::newRow("1920 x 1080") << QSize(1920, 1080);
    }

    void theReaderGetsTheRoom()
    {
        QFETCH(QSize, screen);
        Settings settings(m_dir.filePath(QStringLiteral("layout-%1.ini").arg(screen.width())));
        MainWindow window(settings);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_reviewerWs));
        MemberDesk* member = window.memberDesk();
        QVERIFY(member && member->listShown());
        member->applicationView()->setFocus();
        QTest::keyClick(member->applicationView(), Qt::Key_Down);
        QTest::keyClick(member->applicationView(), Qt::Key_Return); // opened to read
        ReviewPage* desk = member->reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(desk->editor()->isLoaded(), 5000);
        PdfReader* reader = desk->reader();
        QTRY_VERIFY_WITH_TIMEOUT(reader->pageCount() == 1, 10000);
        QVERIFY(!member->listShown());
        QCOMPARE(member->applicationSelector()->currentData().toLongLong(), desk->editor()->sheet().applicationId);

        // The page is read at a useful width beside a sheet that is not squeezed.
        const int pageWidth = reader->canvas()->viewport()->width();
        const int sheetWidth = desk->sheetWidget()->width();
        qInfo("%d x %d: page %d px, sheet %d px", screen.width(), screen.height(), pageWidth, sheetWidth);
        QVERIFY2(pageWidth >= screen.width() * 2 / 5, qPrintable(QStringLiteral("page %1 px").arg(pageWidth)));
        QVERIFY2(sheetWidth >= 380 && sheetWidth >= desk->sheetWidget()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("sheet %1 px").arg(sheetWidth)));

        // F9 brings the list back and folds it away again.
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(member->listShown());
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(!member->listShown());

        // Zooming in from "fit width" zooms in, from the zoom the page is shown at.
        const double fitted = reader->zoomPercent();
        reader->canvas()->setFocus();
        QTest::keyClick(reader->canvas(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(reader->zoomPercent() > fitted,
                 qPrintable(QStringLiteral("%1 %% after %2 %%").arg(reader->zoomPercent()).arg(fitted)));
        QTest::keyClick(reader->canvas(), Qt::Key_0, Qt::ControlModifier); // back to fit width
        QTRY_COMPARE(reader->canvas()->viewport()->width(), pageWidth);

        // Edits change the sheet and nothing around it.
        const QList<int> panes = desk->splitter()->sizes();
        const QList<int> outer = member->mainSplitter()->sizes();
        ScoreSheetWidget* sheet = desk->sheetWidget();
        const auto buttonTexts = [sheet] {
            QStringList texts;
            for (QToolButton* button : sheet->findChildren<QToolButton*>())
                texts << button->text();
            return texts;
        };
        const QStringList buttons = buttonTexts();
        sheet->scoreField(QStringLiteral("innovation"))->setFocus();
        type(QStringLiteral("12"));
        tab();
        type(QStringLiteral("市場分析完整，目標客群具體。"));
        tab();
        type(QStringLiteral("8"));
        QTRY_VERIFY(desk->editor()->sheet().revision > 0);
        QCoreApplication::processEvents();
        QCOMPARE(desk->splitter()->sizes(), panes);
        QCOMPARE(member->mainSplitter()->sizes(), outer);
        QCOMPARE(reader->canvas()->viewport()->width(), pageWidth);
        QCOMPARE(sheet->width(), sheetWidth);
        QCOMPARE(buttonTexts(), buttons); // undo and redo keep their labels; what they undo is in the tooltip

        // Undo and redo answer every key the platform binds to them (Ctrl+Shift+Z here, Ctrl+Y on Windows).
        for (const auto& [text, key] : {std::pair{QStringLiteral("Undo"), QKeySequence::Undo},
                                        std::pair{QStringLiteral("Redo"), QKeySequence::Redo}}) {
            QAction* action = nullptr;
            for (QAction* a : sheet->actions())
                if (a->text() == text)
                    action = a;
            QVERIFY2(action, qPrintable(text));
            QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(key));
        }
        const int revision = desk->editor()->sheet().revision;
        // From a button of the sheet: a text field would take the keys for its own undo.
        QPushButton* button = nullptr;
        for (QPushButton* b : sheet->findChildren<QPushButton*>())
            if (b->isEnabled() && b->isVisible() && !button)
                button = b;
        QVERIFY(button);
        button->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::keyBindings(QKeySequence::Undo).constFirst());
        QTRY_VERIFY(desk->editor()->sheet().revision > revision); // undone, as a new revision
        const QKeySequence redo = QKeySequence::keyBindings(QKeySequence::Redo).constFirst();
        QTest::keySequence(QApplication::focusWidget(), redo);
        QTRY_VERIFY(desk->editor()->sheet().revision > revision + 1);
    }

    void scoresAnApplicationWithTheKeyboard()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_reviewerWs));
        QVERIFY(!window.secretariatDesk());
        QVERIFY(window.memberDesk());
        ReviewPage* desk = window.memberDesk()->reviewPage();
        QVERIFY(desk);
        window.memberDesk()->applicationView()->setFocus();
        QTest::keyClick(window.memberDesk()->applicationView(), Qt::Key_Down); // the first (only) application
        QTRY_VERIFY_WITH_TIMEOUT(desk->editor()->isLoaded(), 5000);

        // The proposal opens in the reader beside the sheet; Ctrl+F finds and highlights every hit.
        PdfReader* reader = desk->reader();
        QTRY_VERIFY_WITH_TIMEOUT(reader->pageCount() == 1, 10000);
        reader->canvas()->setFocus();
        QTest::keyClick(reader->canvas(), Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("雲端"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(reader->hitCount(), 2, 10000);

        // A rectangle dragged over the page selects the words in it; Ctrl+C copies them.
        PdfCanvas* canvas = reader->canvas();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->cachedPage(0).isNull(), 10000);
        const QPoint topLeft(14, 14); // just inside the page, which starts 12 pixels in
        const QPoint bottomRight(canvas->viewport()->width() - 2, canvas->viewport()->height() / 2);
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, topLeft);
        QTest::qWait(200); // the page's words arrive from the renderer's thread
        QTest::mouseMove(canvas->viewport(), bottomRight);
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, bottomRight);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->hasSelection(), 5000);
        QVERIFY2(canvas->selectedText().contains(QStringLiteral("雲端進銷存")), qPrintable(canvas->selectedText()));
        QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), canvas->selectedText());

        // Scores and comments, criterion after criterion, with Tab between the fields.
        ScoreSheetWidget* sheet = desk->sheetWidget();
        sheet->scoreField(QStringLiteral("innovation"))->setFocus();
        const QList<QPair<QString, QString>> scores = {{QStringLiteral("innovation"), QStringLiteral("12")},
                                                       {QStringLiteral("cooperation"), QStringLiteral("8")},
                                                       {QStringLiteral("cloud_service"), QStringLiteral("25.5")},
                                                       {QStringLiteral("feasibility"), QStringLiteral("24")},
                                                       {QStringLiteral("benefits"), QStringLiteral("99")}};
        ScoreSheetStore store(window.workspace()->db());
        const qint64 sheetId = desk->editor()->sheet().id;
        for (const auto& [criterion, score] : scores) {
            QCOMPARE(QApplication::focusWidget(), sheet->scoreField(criterion));
            type(score);
            tab();
            if (score == QLatin1String("99")) {
                // Over the maximum of 15: refused, said so in the sheet, nothing stored. Back to fix it.
                QVERIFY(sheet->errorLabel()->isVisibleTo(sheet));
                QVERIFY2(sheet->errorLabel()->text().contains(QStringLiteral("15")),
                         qPrintable(sheet->errorLabel()->text()));
                QVERIFY(!store.sheet(sheetId)->entry(criterion).score);
                // What was typed stays in the field, marked, so the member sees what to correct.
                QCOMPARE(sheet->scoreField(criterion)->text(), QStringLiteral("99"));
                QVERIFY(sheet->scoreField(criterion)->toolTip().contains(QStringLiteral("15")));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
                QCOMPARE(QApplication::focusWidget(), sheet->scoreField(criterion));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("9"));
                tab();
                QVERIFY(!sheet->errorLabel()->isVisibleTo(sheet));
                QVERIFY(sheet->scoreField(criterion)->toolTip().isEmpty());
            }
            QCOMPARE(QApplication::focusWidget(), sheet->commentField(criterion));
            type(QStringLiteral("說明具體"));
            tab();
        }
        QCOMPARE(*store.sheet(sheetId)->entry(QStringLiteral("innovation")).score, 12.0);
        QCOMPARE(*store.sheet(sheetId)->entry(QStringLiteral("cloud_service")).score, 25.5);
        QCOMPARE(store.sheet(sheetId)->entry(QStringLiteral("feasibility")).comment, QStringLiteral("說明具體"));
        QCOMPARE(sheet->scoreField(QStringLiteral("benefits"))->text(), QStringLiteral("9"));
        QCOMPARE(*store.sheet(sheetId)->entry(QStringLiteral("benefits")).score, 9.0);
        QVERIFY(!sheet->completeButton()->isEnabled());

        // 004 柒、二(二): each checklist item confirmed from the keyboard (↓ chooses 符合), its comment left empty.
        const Rubric rubric = store.rubricOf(desk->editor()->sheet().applicationId).value();
        for (const ChecklistItem& item : rubric.checklist()) {
            auto* mark = qobject_cast<QComboBox*>(QApplication::focusWidget());
            QVERIFY2(mark, qPrintable(item.id));
            QTest::keyClick(mark, Qt::Key_Down);
            QCOMPARE(mark->currentData().toString(), QStringLiteral("pass"));
            QCOMPARE(store.sheet(sheetId)->entry(item.id).mark, QStringLiteral("pass"));
            tab();
            tab(); // past its comment
        }

        tab(); // past the priority-support flag
        QCOMPARE(QApplication::focusWidget(), sheet->overallField());
        type(QStringLiteral("整體規劃完整，建議補充資安檢測時程。"));
        tab();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // 建議通過
        QCOMPARE(store.sheet(sheetId)->recommendation, QStringLiteral("approve"));
        QCOMPARE(store.sheet(sheetId)->overallComment, QStringLiteral("整體規劃完整，建議補充資安檢測時程。"));
        QCOMPARE(sheet->totalLabel()->text().contains(QStringLiteral("78.5")), true);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(store.sheet(sheetId)->state, ScoreSheet::State::Complete);
        QVERIFY(sheet->savedLabel()->text().contains(QString::number(store.sheet(sheetId)->revision)));

        // Undo takes the recommendation back, in the workspace too; the sheet is no longer complete.
        desk->editor()->undoStack()->undo();
        QCOMPARE(store.sheet(sheetId)->recommendation, QString());
        QCOMPARE(store.sheet(sheetId)->state, ScoreSheet::State::Draft);
        desk->editor()->undoStack()->redo();
        QCOMPARE(store.sheet(sheetId)->recommendation, QStringLiteral("approve"));

        // Every control of the member's desk, sheet and reader included, has a name a screen reader says.
        const QStringList unnamed = test::unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void theOutlineLeadsToItsPages()
    {
        PdfReader reader(96); // the default page cache, in MB
        reader.resize(1000, 800);
        reader.show();
        QSignalSpy opened(&reader, &PdfReader::documentOpened);
        reader.openDocument(QStringLiteral(REVIEWDESK_TEST_DATA "/outline.pdf"), QStringLiteral("outline.pdf"), 1);
        QVERIFY(opened.wait(10000));
        QCOMPARE(reader.pageCount(), 3);
        QTreeWidget* outline = reader.outlineView();
        QCOMPARE(outline->topLevelItemCount(), 2);
        QCOMPARE(outline->topLevelItem(0)->text(0), QStringLiteral("Chapter 1"));
        QTreeWidgetItem* section = outline->topLevelItem(1)->child(0);
        QVERIFY(section);
        QCOMPARE(section->text(0), QStringLiteral("Section 2.1"));
        // Choosing an entry with the keyboard goes to its page.
        outline->setFocus();
        outline->setCurrentItem(section);
        QTest::keyClick(outline, Qt::Key_Return);
        QCOMPARE(reader.currentPage(), 3);
        // In single-page layout, the arrow keys turn pages.
        reader.canvas()->setLayoutMode(PdfCanvas::Layout::SinglePage);
        reader.canvas()->setFocus();
        QTest::keyClick(reader.canvas(), Qt::Key_Home);
        QCOMPARE(reader.currentPage(), 1);
        QTest::keyClick(reader.canvas(), Qt::Key_Right);
        QCOMPARE(reader.currentPage(), 2);
    }

    void theSecretariatWritesPreliminaryOpinions()
    {
        test::TempWorkspace office;
        test::freezeRubric(office);
        const qint64 app = test::addApplication(office, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        const QString path = office.workspace->path();
        office.workspace.reset();
        Settings settings(m_dir.filePath(QStringLiteral("office.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openWorkspace(path));
        QVERIFY(!window.memberDesk());
        QVERIFY(window.secretariatDesk());
        PreliminaryPanel* panel = window.secretariatDesk()->preliminaryPanel();
        QVERIFY(panel);
        window.secretariatDesk()->selectApplication(app);
        auto* overall = panel->findChild<QPlainTextEdit*>(); // the first: the application as a whole
        QVERIFY(overall);
        overall->setPlainText(QStringLiteral("資格文件齊備，預算編列合理。"));
        panel->saveButton()->click();
        const auto opinions = PreliminaryOpinions(window.workspace()->db()).of(app).value();
        QCOMPARE(opinions.size(), 1);
        QCOMPARE(opinions.first().criterion, QString());
        QCOMPARE(opinions.first().opinion, QStringLiteral("資格文件齊備，預算編列合理。"));
    }

    void theSecretariatAssignsWithoutConflicts()
    {
        test::TempWorkspace office;
        test::freezeRubric(office);
        QJsonObject withRecusal = test::validApplication(QStringLiteral("22099131"), QStringLiteral("乙計畫"));
        withRecusal.insert(QStringLiteral("recusal_requests"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("吳承翰")},
                                                  {QStringLiteral("organization"), QStringLiteral("資策會")}}});
        test::addApplicationWithDocument(office, withRecusal, QStringLiteral("乙"));
        test::addApplication(office, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        ReviewerStore reviewers(office.workspace->db());
        for (const auto& [name, organization] : {std::pair{QStringLiteral("吳承翰"), QStringLiteral("資策會")},
                                                 std::pair{QStringLiteral("林孟儒"), QStringLiteral("清華大學")}})
            QVERIFY(reviewers.add({0, name, organization, {}, {}, true, {}, {}}).ok());

        WorkspaceServices services(*office.workspace);
        CommitteeDialog dialog(services, office.roundId);
        dialog.show();
        QCOMPARE(dialog.memberTable()->rowCount(), 2);
        QVERIFY2(test::unnamedControls(&dialog).isEmpty(),
                 qPrintable(test::unnamedControls(&dialog).join(QLatin1Char('\n'))));
        test::PromptRecorder prompts;
        // The dialog proposes what the command line does: three per application.
        auto* perApplication = dialog.findChild<QSpinBox*>(QStringLiteral("perApplication"));
        QVERIFY(perApplication);
        QCOMPARE(perApplication->value(), ReviewerStore::defaultPerApplication);
        QCOMPARE(ReviewerStore::defaultPerApplication, 3);
        perApplication->setValue(2);
        dialog.findChild<QPushButton*>(QStringLiteral("autoAssign"))->click();
        // Two per application asked: 乙計畫 gets only 林孟儒, 甲計畫 both.
        QTableWidget* table = dialog.assignmentTable();
        QCOMPARE(table->rowCount(), 2); // an empty table would pass every check below
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString reviewersCell = table->item(row, 3)->text();
            if (table->item(row, 0)->text() == QLatin1String("22099131")) {
                QCOMPARE(reviewersCell, QStringLiteral("林孟儒"));
                // Why 吳承翰 is not on it is said beside it: the recusal request that names him.
                const QString conflictCell = table->item(row, 4)->text();
                QVERIFY2(
                    conflictCell.contains(QStringLiteral("吳承翰")) &&
                        conflictCell.contains(conflicts::describe({conflicts::Basis::RecusalNameAndOrganization, {}})),
                    qPrintable(conflictCell));
            } else
                QCOMPARE(reviewersCell.split(QStringLiteral("、")).size(), 2);
        }

        // The round's time-stamping service: an address that is not http(s) is refused and nothing is kept.
        auto* service = dialog.findChild<QLineEdit*>(QStringLiteral("timeStamping"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveTimeStamping"));
        QVERIFY(service && save);
        service->setText(QStringLiteral("ftp://tsa.example/"));
        save->click();
        QString said = prompts.lastText();
        QVERIFY2(said.contains(QLatin1String("time_stamping")), qPrintable(said));
        QVERIFY(consensus::roundSettings(office.workspace->db(), office.roundId)->timeStampUrl.isEmpty());
        service->setText(QStringLiteral("http://tsa.example/tsr"));
        save->click();
        said = prompts.lastText();
        QCOMPARE(consensus::roundSettings(office.workspace->db(), office.roundId)->timeStampUrl,
                 QStringLiteral("http://tsa.example/tsr"));
        QVERIFY2(said.contains(QLatin1String("http://tsa.example/tsr")), qPrintable(said));
    }
};

QTEST_MAIN(TestReviewing)
#include "tst_reviewing.moc"
