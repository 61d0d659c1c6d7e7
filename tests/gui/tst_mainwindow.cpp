// The secretariat's main window, driven as a clerk would: open a workspace, import the demo round through
// the import dialog, open an application and see the finding on its budget cell, search every page.
#include "PromptRecorder.h"
#include "TestSupport.h"
#include "gui/Accessibility.h"

#include "models/core/StatusColours.h"
#include "models/demo/DemoGenerator.h"
#include "models/importer/ImportJob.h"
#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/BudgetTableModel.h"
#include "models/itemmodels/SearchResultModel.h"
#include "models/screening/Screening.h"
#include "models/settings/Settings.h"
#include "widgets/ApplicationPage.h"
#include "widgets/FindingsPanel.h"
#include "widgets/ImportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/MessageBar.h"
#include "widgets/SearchPanel.h"
#include "widgets/SettingsDialog.h"
#include "widgets/desk/OcrProgress.h"
#include "widgets/desk/SecretariatDesk.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/screening/ScreeningPanel.h"
#include "widgets/screening/TextMatchDialog.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>

using namespace rd;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theAccessibilityCheckFindsAnUnnamedControl()
    {
        QWidget form;
        auto* unnamed = new QLineEdit(&form);
        auto* labelled = new QLineEdit(&form);
        auto* label = new QLabel(QStringLiteral("&Name:"), &form);
        label->setBuddy(labelled);
        new QPushButton(QStringLiteral("OK"), &form);
        QCOMPARE(test::unnamedControls(&form).size(), 1);
        unnamed->setAccessibleName(QStringLiteral("Search"));
        QVERIFY(test::unnamedControls(&form).isEmpty());
    }

    void statusColoursAreReadableInLightAndDarkThemes()
    {
        QPalette light = QApplication::style()->standardPalette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Base, QColor(0x2A, 0x2A, 0x2A));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        for (const QPalette& palette : {light, dark})
            for (colours::Tone tone : {colours::Tone::Error, colours::Tone::Caution, colours::Tone::Warning,
                                       colours::Tone::Good, colours::Tone::Info, colours::Tone::Neutral}) {
                // WCAG AA for normal text: 4.5:1, status text on the base and the text on a status fill.
                QVERIFY(colours::contrastRatio(colours::text(tone, palette), palette.color(QPalette::Base)) >= 4.5);
                QVERIFY(colours::contrastRatio(palette.color(QPalette::Text), colours::fill(tone, palette)) >= 4.5);
            }
        // The models take their colours from the application's palette as it is now.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        QVERIFY(colours::isDark());
        QCOMPARE(colours::text(colours::Tone::Error), colours::text(colours::Tone::Error, dark));
        QApplication::setPalette(before);
    }

    void textScalesWithTheSystemFont()
    {
        Settings settings(m_dir.filePath(QStringLiteral("fonts.ini")));
        const QFont original = QApplication::font();
        QFont small = original;
        small.setPointSizeF(9);
        QApplication::setFont(small);
        const QSize smallHint = SettingsDialog(settings).sizeHint();
        QFont large = original;
        large.setPointSizeF(18);
        QApplication::setFont(large);
        SettingsDialog scaled(settings);
        const QSize largeHint = scaled.sizeHint();
        QApplication::setFont(original);
        QVERIFY2(largeHint.height() > smallHint.height() * 1.3, // margins and spacing do not scale
                 qPrintable(QStringLiteral("%1 → %2").arg(smallHint.height()).arg(largeHint.height())));
        for (QLabel* label : scaled.findChildren<QLabel*>())
            QCOMPARE(label->font().pointSizeF(), 18.0);
    }

    void preferencesAreTypedSettingsAndEveryFieldIsNamed()
    {
        Settings settings(m_dir.filePath(QStringLiteral("preferences.ini")));
        QCOMPARE(settings.pageCacheMegabytes(), 96);
        QCOMPARE(settings.outlierPoints(), 15.0);
        SettingsDialog dialog(settings);
        // Every control a keyboard or screen-reader user reaches says what it is.
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()))
                continue; // the editor inside a spin or combo box is named by its box
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), "an unnamed button");
            else if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        dialog.findChild<QSpinBox*>()->setValue(256);
        const QList<QDoubleSpinBox*> doubles = dialog.findChildren<QDoubleSpinBox*>();
        doubles.at(0)->setValue(12);
        doubles.at(1)->setValue(4);
        dialog.findChildren<QSpinBox*>().at(1)->setValue(35);
        dialog.save();
        Settings reread(m_dir.filePath(QStringLiteral("preferences.ini")));
        QCOMPARE(reread.pageCacheMegabytes(), 256);
        QCOMPARE(reread.outlierPoints(), 12.0);
        QCOMPARE(reread.outlierRanks(), 4.0);
        QCOMPARE(reread.criterionSpread(), 0.35);
        // A hand-edited file cannot push the cache out of bounds.
        reread.setPageCacheMegabytes(1 << 20);
        QCOMPARE(reread.pageCacheMegabytes(), 2048);
    }

    void importsDemoRoundAndShowsFindingOnBudgetCell()
    {
        test::usePdfWorkerOfThisBuild();
        DemoOptions options;
        options.applications = 3; // the first breaks budget.security_share (docs/demo.md)
        auto dossiers = DemoGenerator(options).write(m_dir.filePath(QStringLiteral("dossiers")));
        QVERIFY2(dossiers.ok(), qPrintable(dossiers.error()));
        // Explorer left its thumbnail cache in one dossier: not an upload, and the dialog says it was left out.
        QFile thumbs(QDir(dossiers->first()).filePath(QStringLiteral("Thumbs.db")));
        QVERIFY(thumbs.open(QIODevice::WriteOnly));
        thumbs.write("cache");
        thumbs.close();
        const QString wsPath = m_dir.filePath(QStringLiteral("ws"));
        {
            auto created = Workspace::create(wsPath);
            QVERIFY(created.ok());
            QVERIFY(ApplicationStore((*created)->db())
                        .createRound(QStringLiteral("第1梯次"), QStringLiteral("DIGITAL+"),
                                     QStringLiteral("digitalplus-2025"))
                        .ok());
        }

        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openWorkspace(wsPath));
        SecretariatDesk* desk = window.secretariatDesk();
        QVERIFY(desk);
        QVERIFY(!window.memberDesk());

        // Dropping the folder of dossiers on the window opens the import dialog with it.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("dossiers")))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        ImportDialog* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        dialog->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QCOMPARE(dialog->report().imported.size(), 3);
        QVERIFY(dialog->report().rejected.isEmpty());
        const QList<QTableWidgetItem*> leftOut =
            dialog->findChild<QTableWidget*>()->findItems(QStringLiteral("Thumbs.db"), Qt::MatchContains);
        QCOMPARE(leftOut.size(), 1);
        QVERIFY2(leftOut.first()->text().contains(QStringLiteral("hidden or system file")),
                 qPrintable(leftOut.first()->text()));
        QVERIFY2(test::unnamedControls(dialog).isEmpty(),
                 qPrintable(test::unnamedControls(dialog).join(QLatin1Char('\n'))));
        dialog->close();

        QTableView* list = desk->applicationView();
        QTRY_COMPARE(list->model()->rowCount(), 3);
        // Open the application that breaks the security share (demo application 0, docs/demo.md).
        qint64 target = 0;
        const auto findings = ApplicationStore(window.workspace()->db()).findings(window.currentRound());
        for (const RoundFinding& f : *findings) {
            if (f.finding.rule == QLatin1String("budget.security_share"))
                target = f.finding.applicationId;
        }
        QVERIFY(target != 0);
        desk->selectApplication(target);
        QCOMPARE(list->currentIndex().data(ApplicationListModel::ApplicationIdRole).toLongLong(), target);

        BudgetTableModel* budget = desk->applicationPage()->budgetModel();
        const QModelIndex cell = budget->indexForLocation(QStringLiteral("budget:total:security"));
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(BudgetTableModel::SeverityRole).toString(), QStringLiteral("error"));
        QVERIFY(cell.data(BudgetTableModel::FindingRulesRole)
                    .toStringList()
                    .contains(QStringLiteral("budget.security_share")));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("004 捌、一(四)3")));
        // The view shows that model, and the cell is on screen once the finding is focused.
        QCOMPARE(desk->applicationPage()->budgetView()->model(), budget);
        desk->applicationPage()->focusLocation(QStringLiteral("budget:total:security"));
        QCOMPARE(desk->applicationPage()->budgetView()->currentIndex(), cell);
        QVERIFY(desk->applicationPage()->budgetView()->isVisible());
        QVERIFY(desk->applicationPage()->budgetView()->visualRect(cell).isValid());

        // 資格文件審查 of that application: its error finding proposes 限期補正 with the finding as the item; 符合
        // needs the reason the finding is overridden, and the refusal is said in the panel, nothing recorded.
        ScreeningPanel* screeningPanel = desk->screeningPanel();
        QVERIFY(screeningPanel);
        screening::ScreeningStore screeningStore(window.workspace()->db());
        QCOMPARE(screeningPanel->outcomeBox()->currentData().toInt(), int(screening::Outcome::Supplement));
        QVERIFY(screeningPanel->itemsEdit()->toPlainText().contains(QStringLiteral("004 捌、一(四)3")));
        screeningPanel->outcomeBox()->setCurrentIndex(
            screeningPanel->outcomeBox()->findData(int(screening::Outcome::Eligible)));
        screeningPanel->recordButton()->click();
        QVERIFY(!screeningPanel->problemLabel()->isHidden());
        QVERIFY(!screeningPanel->problemLabel()->text().isEmpty());
        QCOMPARE(screeningStore.decision(target)->outcome, screening::Outcome::Pending);
        screeningPanel->outcomeBox()->setCurrentIndex(
            screeningPanel->outcomeBox()->findData(int(screening::Outcome::Supplement)));
        screeningPanel->recordButton()->click();
        QCOMPARE(screeningStore.decision(target)->outcome, screening::Outcome::Supplement);
        QVERIFY(screeningPanel->problemLabel()->isHidden());
        QVERIFY(!screeningPanel->extendButton()->isHidden()); // a 限期補正 can now be extended
        // The list says it, with the deadline.
        QTRY_COMPARE(list->currentIndex().data(ApplicationListModel::ApplicationIdRole).toLongLong(), target);
        const QModelIndex outcomeCell =
            list->model()->index(list->currentIndex().row(), ApplicationListModel::ScreeningColumn);
        QVERIFY2(outcomeCell.data().toString().startsWith(screening::outcomeName(screening::Outcome::Supplement)),
                 qPrintable(outcomeCell.data().toString()));

        // Search every page: a two-character query finds pages of the imported proposals.
        desk->searchPanel()->setQuery(QStringLiteral("資安"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->searchPanel()->resultCount() > 0, 10000);

        // Activating a hit opens its document at that page, loaded and rendered off the UI thread, with the
        // query found and highlighted there, whatever the reader searched before.
        desk->documentView()->setSearchText(QStringLiteral("早先的查詢"));
        auto* results = desk->searchPanel()->findChild<QTableView*>();
        QVERIFY(results);
        const QModelIndex hit = results->model()->index(1, SearchResultModel::SnippetColumn);
        const int page = hit.data(SearchResultModel::PageRole).toInt();
        Q_EMIT results->activated(hit);
        QTRY_VERIFY_WITH_TIMEOUT(desk->documentView()->pageCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk->documentView()->hitCount() > 0, 10000);
        QCOMPARE(desk->documentView()->currentPage(), page);
        QVERIFY(desk->documentView()->isVisible());

        // Every control of the secretariat's window, with an application and a document open, has a name a
        // screen reader can say.
        const QStringList unnamed = test::unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void scannedPagesAndSharedPlansAsTheSecretariatMeetsThem()
    {
        // The demo round: application 1's latest financial statement is a scan, and two applications share a
        // rewritten plan (docs/demo.md).
        test::usePdfWorkerOfThisBuild();
        DemoOptions options;
        options.applications = 8;
        auto dossiers = DemoGenerator(options).write(m_dir.filePath(QStringLiteral("scan-dossiers")));
        QVERIFY2(dossiers.ok(), qPrintable(dossiers.error()));
        const QString wsPath = m_dir.filePath(QStringLiteral("scan-ws"));
        qint64 round = 0;
        {
            auto created = Workspace::create(wsPath);
            QVERIFY(created.ok());
            round = ApplicationStore((*created)->db())
                        .createRound(QStringLiteral("第1梯次"), QStringLiteral("DIGITAL+"),
                                     QStringLiteral("digitalplus-2025"))
                        .value();
            ImportJob job((*created)->location(), round, *dossiers);
            QCOMPARE(job.run().imported.size(), 8);
        }

        Settings settings(m_dir.filePath(QStringLiteral("scan-settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openWorkspace(wsPath));
        SecretariatDesk* desk = window.secretariatDesk();
        QVERIFY(desk);

        // Opening the workspace starts reading its scanned pages, shown in the status bar until done.
        OcrProgress* ocr = desk->ocrProgress();
        QVERIFY(ocr->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!ocr->isRunning(), 180000);
        QVERIFY(ocr->isHidden());

        // A figure of the scanned statement is found; the hit says it is OCR text and opens the page with the
        // word marked where it was read, under a note saying the document is a scan.
        desk->searchPanel()->setQuery(QStringLiteral("資產總計"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->searchPanel()->resultCount() > 0, 10000);
        auto* results = desk->searchPanel()->findChild<QTableView*>();
        QModelIndex scanned;
        for (int row = 0; row < results->model()->rowCount() && !scanned.isValid(); ++row) {
            const QModelIndex page = results->model()->index(row, SearchResultModel::PageColumn);
            if (page.data().toString().contains(QStringLiteral("OCR")))
                scanned = page;
        }
        QVERIFY(scanned.isValid());
        Q_EMIT results->activated(scanned);
        QTRY_VERIFY_WITH_TIMEOUT(desk->documentView()->pageCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk->documentView()->hitCount() > 0, 10000);
        QCOMPARE(desk->documentView()->currentPage(), scanned.data(SearchResultModel::PageRole).toInt());
        auto* note = desk->documentView()->findChild<QLabel*>(QStringLiteral("scanNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("OCR")), qPrintable(note->text()));

        // The shared plan is a finding on both applications; activating one shows the passages side by side,
        // marked on both pages, and a page opens in the document window.
        QList<RoundFinding> similar;
        for (const RoundFinding& f : ApplicationStore(window.workspace()->db()).findings(round).value())
            if (f.finding.rule == QLatin1String("round.similar_proposal"))
                similar << f;
        QCOMPARE(similar.size(), 2);
        Q_EMIT desk->findingsPanel()->findingActivated(similar.first().finding.applicationId,
                                                       similar.first().finding.location);
        auto* sideBySide = desk->findChild<TextMatchDialog*>();
        QVERIFY(sideBySide);
        QVERIFY(sideBySide->passageList()->count() > 0);
        for (int side : {0, 1}) {
            const QTextDocument* page = sideBySide->pageView(side)->document();
            bool marked = false;
            for (QTextBlock block = page->begin(); block.isValid() && !marked; block = block.next())
                for (const QTextLayout::FormatRange& range : block.textFormats())
                    marked = marked || range.format.hasProperty(QTextFormat::BackgroundBrush);
            QVERIFY2(marked, qPrintable(QString::number(side)));
        }
        auto* open = sideBySide->findChild<QPushButton*>();
        QVERIFY(open);
        open->click();
        QTRY_VERIFY_WITH_TIMEOUT(desk->documentView()->windowTitle().startsWith(QStringLiteral("計畫書")), 10000);
        QVERIFY2(test::unnamedControls(sideBySide).isEmpty(),
                 qPrintable(test::unnamedControls(sideBySide).join(QLatin1Char('\n'))));
        sideBySide->close();
    }

    // Opening another workspace replaces the whole desk: nothing of the previous one stays on screen, and the
    // window's menus and toolbar hold the new desk's actions once.
    void eachWorkspaceGetsADeskOfItsOwn()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings3.ini")));
        MainWindow window(settings);
        window.show();
        // Before any workspace: the ways to begin, no round toolbar, no desk.
        QVERIFY(!window.desk());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());
        QVERIFY(!window.findChild<QToolBar*>(QStringLiteral("roundToolbar"))->isVisible());

        test::TempWorkspace first;
        const qint64 application = test::addApplication(first, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        test::TempWorkspace second;
        const QString firstPath = first.workspace->path();
        const QString secondPath = second.workspace->path();
        first.workspace.reset();
        second.workspace.reset();

        QVERIFY(window.openWorkspace(firstPath));
        SecretariatDesk* desk = window.secretariatDesk();
        QVERIFY(desk);
        desk->selectApplication(application);
        QVERIFY(desk->applicationPage()->heading().contains(QStringLiteral("甲計畫")));
        desk->searchPanel()->setQuery(QStringLiteral("計畫"));
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());

        QVERIFY(window.openWorkspace(secondPath));
        SecretariatDesk* next = window.secretariatDesk();
        QVERIFY(next);
        QCOMPARE(window.findChildren<Desk*>().size(), 1);
        QCOMPARE(next->applicationView()->model()->rowCount(), 0);
        QVERIFY(!next->applicationPage()->heading().contains(QStringLiteral("甲計畫")));
        QCOMPARE(next->searchPanel()->resultCount(), 0);
        QCOMPARE(next->screeningPanel()->outcomeBox()->isEnabled(), false);
        int roundMenus = 0;
        for (QAction* action : window.menuBar()->actions())
            roundMenus += action->menu() && action->menu() == next->menus().constFirst();
        QCOMPARE(roundMenus, 1);
        QCOMPARE(window.menuBar()->actions().size(), 4); // File, Round, Settings, Help
    }

    void refusesAFolderThatIsNotAWorkspace()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        MainWindow window(settings);
        window.show();
        test::PromptRecorder prompts; // nothing here may ask: the refusal is shown in the window
        // A folder of its own, with something in it that is not a workspace, whatever ran before.
        QTemporaryDir folder;
        QFile stray(folder.filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("not a workspace");
        stray.close();
        QVERIFY(!window.openWorkspace(folder.path()));
        QVERIFY(window.workspace() == nullptr);
        // Said in the message bar, naming the folder, without a box to dismiss; closed with its button.
        auto* bar = window.findChild<MessageBar*>();
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->text().contains(QDir::toNativeSeparators(folder.path())) || bar->text().contains(folder.path()),
                 qPrintable(bar->text()));
        QCOMPARE(bar->tone(), colours::Tone::Error);
        QVERIFY(prompts.notices.isEmpty());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        bar->findChild<QToolButton*>()->click();
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
