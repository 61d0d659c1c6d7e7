#include "widgets/desk/SecretariatDesk.h"

#include "models/archive/RoundArchive.h"
#include "models/print/SupplementNotice.h"
#include "models/settings/Settings.h"
#include "widgets/ApplicationPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/FindingsPanel.h"
#include "widgets/ImportDialog.h"
#include "widgets/Prompts.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/consensus/ConsensusWindow.h"
#include "widgets/desk/OcrProgress.h"
#include "widgets/review/CommitteeDialog.h"
#include "widgets/review/PackageDialogs.h"
#include "widgets/review/PreliminaryPanel.h"
#include "widgets/screening/ScreeningPanel.h"
#include "widgets/screening/TextMatchDialog.h"
#include "widgets/signing/SignatureDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>

namespace rd {

SecretariatDesk::SecretariatDesk(WorkspaceServices& services, Settings& settings, QWidget* parent)
    : Desk(services, settings, QStringLiteral("secretariat"), parent)
{
    m_screening = new ScreeningPanel(services.screening, detailTabs());
    detailTabs()->addTab(m_screening, tr("Screening (資格文件審查)"));
    connect(m_screening, &ScreeningPanel::changed, this, [this] { reloadRound(); });
    m_preliminary = new PreliminaryPanel(services.applications, services.opinions, detailTabs());
    detailTabs()->addTab(m_preliminary, tr("Preliminary opinions"));

    m_findings = new FindingsPanel(lowerTabs());
    lowerTabs()->insertTab(0, m_findings, tr("Findings"));
    lowerTabs()->setCurrentIndex(0);
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](qint64 applicationId, const QString& location) {
        selectApplication(applicationId);
        // Shared proposal text is shown side by side; every other finding points into the application.
        if (location.startsWith(QLatin1String("text_match:")))
            showTextMatch(location.mid(int(qstrlen("text_match:"))).toLongLong());
        else
            applicationPage()->focusLocation(location);
    });
    m_ocr = new OcrProgress(services.location(), this);
    addStatusWidget(m_ocr);
    connect(m_ocr, &OcrProgress::finished, this, [this] { reloadRound(); });
    connect(m_ocr, &OcrProgress::problem, this, &Desk::problem);
    m_ocr->start(); // what an earlier session left to read
    createActions();
    // The list and the findings get room: they are where the secretariat works through a round.
    restoreLayout({2000, 3000}, {3000, 2000});
}

void SecretariatDesk::showTextMatch(qint64 matchId)
{
    auto match = services().textMatch(matchId);
    if (!match) {
        Q_EMIT problem(match.error());
        return;
    }
    auto* dialog = new TextMatchDialog(*match, services().applications, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TextMatchDialog::openPage, this,
            [this](qint64 documentId, int page) { openDocument(documentId, page); });
    dialog->show();
}

void SecretariatDesk::createActions()
{
    QAction* import = new QAction(tr("&Import dossiers…"), this);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, [this] { showImportDialog(); });
    addFileAction(import);

    const auto add = [this](const QString& text, auto slot) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        addRoundAction(action);
        return action;
    };
    add(tr("&New round…"), [this] { newRound(); });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    addRoundAction(separator);
    add(tr("&Committee and assignment…"), [this] {
        CommitteeDialog dialog(services(), round(), this);
        dialog.exec();
    });
    add(tr("Write notices to &supplement (補正通知)…"), [this] {
        writeSupplementNotices();
    })->setObjectName(QStringLiteral("writeSupplementNotices"));
    QAction* packages =
        add(tr("Export reviewer &packages…"), [this] { packagedialogs::exportPackages(this, services(), round()); });
    QAction* returns = add(tr("Import score &return…"), [this] { importReturn(); });
    QAction* consensus = add(tr("C&onsensus meeting (共識會議)…"), [this] {
        auto* board = new ConsensusWindow(services(), round(), this);
        board->setWindowFlag(Qt::Window);
        board->show();
    });
    consensus->setObjectName(QStringLiteral("openConsensus"));
    add(tr("&Archive the round…"), [this] { archiveRound(); });
    addToolbarAction(import);
    addToolbarAction(packages);
    addToolbarAction(returns);
    addToolbarAction(consensus);
}

void SecretariatDesk::roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings)
{
    Desk::roundRead(applications, findings);
    m_findings->setFindings(findings);
}

void SecretariatDesk::applicationShown(const ApplicationRecord& record)
{
    m_preliminary->showApplication(record.summary.id, round());
    m_screening->showApplication(record.summary.id);
}

void SecretariatDesk::applicationCleared()
{
    m_preliminary->clear();
    m_screening->clear();
}

ImportDialog* SecretariatDesk::showImportDialog(const QStringList& paths)
{
    auto* dialog = new ImportDialog(services().location(), round(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        reloadRound();
        m_ocr->start(); // the scanned pages the import found
    });
    dialog->show();
    return dialog;
}

void SecretariatDesk::importReturn(const QString& file)
{
    packagedialogs::importReturn(this, services(), file, [this] { reloadRound(); });
}

void SecretariatDesk::newRound()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New round"), tr("Name of the review round (審查梯次):"),
                                               QLineEdit::Normal, tr("DIGITAL+ 114年度 第2梯次"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto id = services().applications.createRound(name.trimmed(), QStringLiteral("DIGITAL+ 導入雲端方案數位轉型計畫"),
                                                  QStringLiteral("digitalplus-2025"),
                                                  QStringLiteral("digitalplus-2025-expert"));
    if (!id) {
        Q_EMIT problem(id.error());
        return;
    }
    // The round starts with the deviation thresholds of Settings; from then on they are the round's own.
    consensus::Settings thresholds;
    thresholds.outlierPoints = settings().outlierPoints();
    thresholds.outlierRanks = settings().outlierRanks();
    thresholds.criterionSpread = settings().criterionSpread();
    if (auto saved = services().saveRoundSettings(*id, thresholds); !saved)
        Q_EMIT problem(saved.error());
    Q_EMIT roundAdded(*id);
}

void SecretariatDesk::archiveRound()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Archive the round"), QDir::home().filePath(tr("round-archive.rdarc")),
                                     tr("Round archives (*.rdarc *.zip)"));
    if (path.isEmpty())
        return;
    signaturedialog::Expected expected;
    if (auto holders = services().roleHolders(round())) {
        expected.fingerprints = roles::registeredFor(*holders, roles::Role::Secretariat);
        expected.who = roles::describeRole(*holders, roles::Role::Secretariat);
    }
    expected.unregistered = tr("No secretariat certificate is registered for this round: register it in Committee "
                               "and assignment before archiving, or the signature is refused.");
    const auto signer =
        signaturedialog::choose(this, tr("the archive certificate (封存證明) as the secretariat"), false, expected);
    if (!signer || signer->nickname.isEmpty())
        return;
    const Workspace::Location location = services().location();
    const qint64 roundId = round();
    const signing::SignRequest request{signer->nickname, signer->password, QStringLiteral("封存"), {}};
    const CancelFlag cancelled = makeCancelFlag();
    runInBackground(
        this, tr("Archiving the round…"), cancelled,
        [location, roundId, path, request, cancelled] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<archive::ExportReport>::failure(connection.error());
            return archive::exportRound(connection.db(), location.blobs, roundId, path, request, {}, cancelled.get());
        },
        [this, path](const Result<archive::ExportReport>& report) {
            if (!report) {
                Q_EMIT problem(report.error());
                return;
            }
            prompts::information(this, tr("Archive the round"),
                                 tr("%1 files archived in %2.\nSHA-256 of its manifest: %3\n\nAn auditor opens "
                                    "it with File → Open a round archive for audit.")
                                     .arg(report->files)
                                     .arg(QDir::toNativeSeparators(path), report->manifestSha256));
        });
}

void SecretariatDesk::writeSupplementNotices()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder for the notices to supplement"), services().path());
    if (folder.isEmpty())
        return;
    const Workspace::Location location = services().location();
    const qint64 roundId = round();
    runInBackground(
        this, tr("Writing the notices to supplement…"), nullptr,
        [location, roundId, folder] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<screening::NoticeReport>::failure(connection.error());
            return screening::writeSupplementNotices(connection.db(), roundId, folder);
        },
        [this, folder](const Result<screening::NoticeReport>& report) {
            if (!report) {
                Q_EMIT problem(report.error());
                return;
            }
            prompts::information(this, tr("Notices to supplement (補正通知)"),
                                 tr("%n notice(s) and their CSV list written to %1.", nullptr, report->applications)
                                     .arg(QDir::toNativeSeparators(folder)));
        });
}

} // namespace rd
