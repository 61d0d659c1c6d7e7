// Auditor mode in the GUI: a round archive opens read-only, verifies in full and shows where it fails;
// nothing in the window edits; the audit trail filters; the report saves as PDF.
#include "TestSupport.h"
#include "gui/Accessibility.h"

#include "models/archive/RoundArchive.h"
#include "models/demo/DemoScoring.h"
#include "models/demo/DemoSigning.h"
#include "models/review/ReviewerStore.h"
#include "models/settings/Settings.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/zip/SafeZip.h"
#include "widgets/MainWindow.h"
#include "widgets/audit/AuditTrailView.h"
#include "widgets/audit/AuditorWindow.h"
#include "widgets/signing/SignatureDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <cstdlib>

using namespace rd;

class TestAuditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;

    QStringList failedSubjects(AuditorWindow& window)
    {
        QStringList failed;
        auto* tree = window.findChild<QTreeWidget*>();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
                if (item->text(0) != AuditorWindow::tr("passed"))
                    failed << item->text(1);
            }
        return failed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        const QString failed = test::makeTestKeys(keys);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        qputenv("REVIEWDESK_NSS_DIR", (keys + QStringLiteral("/nssdb")).toUtf8());
        nss::setPasswordPrompt([](const QString&) { return QStringLiteral("storepass"); });

        test::TempWorkspace ws;
        test::freezeRubric(ws);
        test::allowSmallCommittee(ws);
        QList<qint64> apps;
        for (const auto& [ubn, title] : {std::pair{QStringLiteral("04595257"), QStringLiteral("甲計畫")},
                                         std::pair{QStringLiteral("22099131"), QStringLiteral("乙計畫")}})
            apps << test::addApplicationWithDocument(ws, test::validApplication(ubn, title), title);
        ReviewerStore reviewers(ws.workspace->db());
        for (const QString& name : {QStringLiteral("林孟儒"), QStringLiteral("吳承翰")}) {
            const qint64 id = reviewers.add({0, name, QStringLiteral("測試大學"), {}, {}, true, {}, {}}).value();
            for (qint64 app : apps)
                QVERIFY(reviewers.assign(app, id).ok());
        }
        QVERIFY(demo::scoreDemoRound(ws.workspace->db(), ws.roundId, 3).ok());
        auto signers = demo::signDemoRound(*ws.workspace, ws.roundId, QStringLiteral("storepass"));
        QVERIFY2(signers.ok(), qPrintable(signers.error()));
        QVERIFY(demo::holdDemoMeeting(*ws.workspace, ws.roundId, *signers).ok());
        m_archive = m_dir.filePath(QStringLiteral("round.rdarc"));
        auto exported = archive::exportRound(ws.workspace->db(), ws.workspace->blobs(), ws.roundId, m_archive,
                                             {signers->secretariat, QStringLiteral("storepass"), {}, {}});
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
    }

    void anIntactArchiveVerifiesAndNothingInTheWindowEdits()
    {
        AuditorWindow window(m_archive);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QSignalSpy verified(&window, &AuditorWindow::verified);
        window.verify();
        QVERIFY(verified.wait(120000));
        QVERIFY(window.report().ok());
        QVERIFY(failedSubjects(window).isEmpty());
        // Read-only: no editor anywhere; the only text field filters the trail's view.
        for (QLineEdit* line : window.findChildren<QLineEdit*>())
            QCOMPARE(line->accessibleName(), AuditTrailView::tr("Find in the audit trail"));
        QVERIFY(window.findChildren<QTextEdit*>().isEmpty());
        QVERIFY(window.findChildren<QPlainTextEdit*>().isEmpty());
        QVERIFY(window.findChildren<QAbstractSpinBox*>().isEmpty());
        for (QTableView* table : window.findChildren<QTableView*>())
            QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        auto* tree = window.findChild<QTreeWidget*>();
        QCOMPARE(tree->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY2(test::unnamedControls(&window).isEmpty(),
                 qPrintable(test::unnamedControls(&window).join(QLatin1Char('\n'))));

        // The archive's trail, filtered by kind.
        auto* trail = window.findChild<QTableView*>();
        const int all = trail->model()->rowCount();
        QVERIFY(all > 10);
        auto* kind = window.findChild<QComboBox*>();
        kind->setCurrentIndex(kind->findData(QStringLiteral("decision")));
        QCOMPARE(trail->model()->rowCount(), 2); // one decision per application
    }

    void anAlteredSheetIsShownWhereItFails()
    {
        QMap<QString, QByteArray> entries = SafeZip::readAll(m_archive, ZipLimits()).value();
        QString sheet;
        for (const QString& name : entries.keys())
            if (name.startsWith(QLatin1String("data/sheets/")))
                sheet = name;
        entries[sheet].replace("\"revision\"", "\"revisioN\"");
        const QString altered = m_dir.filePath(QStringLiteral("altered.rdarc"));
        test::writeZip(altered, entries);
        AuditorWindow window(altered);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QSignalSpy verified(&window, &AuditorWindow::verified);
        window.verify();
        QVERIFY(verified.wait(120000));
        QVERIFY(!window.report().ok());
        const QStringList failed = failedSubjects(window);
        QVERIFY2(failed.contains(sheet), qPrintable(failed.join(QLatin1Char(' '))));
        QString pdf = sheet;
        pdf.replace(QLatin1String("data/"), QLatin1String("signed/"))
            .replace(QLatin1String(".json"), QLatin1String(".pdf"));
        QVERIFY2(failed.contains(pdf), qPrintable(failed.join(QLatin1Char(' '))));
        QVERIFY(archive::printReport(window.report(), m_dir.filePath(QStringLiteral("report.pdf"))).ok());
    }

    // The verification runs on after its window closes, and reports to nobody: no use of the closed window.
    void closingTheWindowWhileItVerifiesIsSafe()
    {
        auto* window = new AuditorWindow(m_archive);
        window->show();
        window->verify();
        delete window; // the auditor closes it at once
        QVERIFY(QThreadPool::globalInstance()->waitForDone(120000));
        QCoreApplication::processEvents();
    }

    void aDoubleClickedArchiveOpensInAuditorMode()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        window.openFile(m_archive); // what `reviewdesk FILE.rdarc` does from a double-click
        AuditorWindow* auditor = window.findChild<AuditorWindow*>();
        QVERIFY(auditor);
        QVERIFY(auditor->isVisible());
        QSignalSpy verified(auditor, &AuditorWindow::verified);
        QVERIFY(verified.wait(120000));
        QVERIFY(auditor->report().ok());
        QVERIFY(!window.workspace()); // nothing was opened for writing
    }

    void theSignatureDialogNamesItsControls()
    {
        // The dialog lists the store's certificates (read off the UI thread), then waits for the user.
        QStringList unnamed;
        int certificates = -1;
        QTimer poll;
        connect(&poll, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            auto* list = modal ? modal->findChild<QComboBox*>() : nullptr;
            if (!list || list->accessibleName().isEmpty())
                return;
            unnamed = test::unnamedControls(modal);
            certificates = list->count();
            QMetaObject::invokeMethod(modal, "reject");
        });
        poll.start(50);
        QWidget parent;
        const auto choice = signaturedialog::choose(&parent, QStringLiteral("評分表"), true);
        poll.stop();
        QVERIFY(!choice);                                                       // rejected
        QVERIFY2(certificates >= 5, qPrintable(QString::number(certificates))); // four members' keys and "do not sign"
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void theSignatureDialogPreselectsTheRegisteredCertificateAndRefusesAnother()
    {
        const QString registered =
            signing::fingerprintOfCertificateFile(m_dir.filePath(QStringLiteral("keys/member-b.crt"))).value();
        signaturedialog::Expected expected{{registered}, QStringLiteral("委員 (吳承翰)"), {}};
        QString preselected;
        QString refusal;
        int stage = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, [&] {
            QWidget* modal = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (!w->isVisible())
                    continue;
                if (auto* box = qobject_cast<QMessageBox*>(w)) {
                    if (stage == 1) {
                        refusal = box->text();
                        stage = 2;
                        box->accept();
                    }
                    return;
                }
                if (qobject_cast<QDialog*>(w) && w->findChild<QComboBox*>())
                    modal = w;
            }
            if (!modal)
                return;
            auto* list = modal->findChild<QComboBox*>();
            auto* buttons = modal->findChild<QDialogButtonBox*>();
            if (!list || !buttons || list->count() == 0)
                return;
            if (stage == 0) {
                preselected = list->currentData(Qt::ToolTipRole).toString();
                const int registeredIndex = list->currentIndex();
                for (int i = 0; i < list->count(); ++i)
                    if (i != registeredIndex && !list->itemData(i).toString().isEmpty()) {
                        list->setCurrentIndex(i);
                        break;
                    }
                stage = 1;
                // Queued: the refusal's message box runs its own loop, in which this timer must fire again.
                QMetaObject::invokeMethod(buttons->button(QDialogButtonBox::Ok), "click", Qt::QueuedConnection);
            } else if (stage == 2) {
                for (int i = 0; i < list->count(); ++i)
                    if (list->itemData(i, Qt::ToolTipRole).toString() == preselected)
                        list->setCurrentIndex(i);
                modal->findChild<QLineEdit*>()->setText(QStringLiteral("storepass"));
                stage = 3;
                QMetaObject::invokeMethod(buttons->button(QDialogButtonBox::Ok), "click", Qt::QueuedConnection);
            }
        });
        poll.start(50);
        QWidget parent;
        const auto choice = signaturedialog::choose(&parent, QStringLiteral("評分表"), true, expected);
        poll.stop();
        QCOMPARE(signing::normalizedFingerprint(preselected), signing::normalizedFingerprint(registered));
        QVERIFY2(refusal.contains(QStringLiteral("吳承翰")) && refusal.contains(registered.left(23)),
                 qPrintable(refusal));
        QCOMPARE(stage, 3);
        QVERIFY(choice);
        QCOMPARE(choice->nickname, QStringLiteral("member-b"));
    }

    void aFileThatIsNoArchiveIsRefusedWithItsName()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("notes.rdarc"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip");
        file.close();
        auto report = archive::verifyArchive(bogus);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QLatin1String("notes.rdarc")), qPrintable(report.error()));
    }
};

// As in tst_signing: NSS's shutdown at exit is not part of what is tested.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TestAuditor test;
    const int failed = QTest::qExec(&test, argc, argv);
    std::fflush(nullptr);
    std::_Exit(failed == 0 ? 0 : 1);
}

#include "tst_auditor.moc"
