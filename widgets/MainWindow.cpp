#include "widgets/MainWindow.h"
#include "widgets/MessageBar.h"
#include "widgets/Prompts.h"

#include "models/archive/RoundArchive.h"
#include "models/audit/AuditTrail.h"
#include "models/consensus/RoundSettings.h"
#include "widgets/BackgroundTask.h"
#include "widgets/SettingsDialog.h"
#include "widgets/audit/AuditTrailView.h"
#include "widgets/audit/AuditorWindow.h"
#include "widgets/signing/SignatureDialog.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "models/package/ReviewPackage.h"
#include "models/print/SupplementNotice.h"
#include "models/review/ScoreSheetStore.h"
#include "models/review/SigningRoles.h"
#include "models/screening/RoundFindings.h"
#include "models/settings/Settings.h"
#include "models/store/ApplicationStore.h"
#include "widgets/ApplicationPage.h"
#include "widgets/FindingsPanel.h"
#include "widgets/ImportDialog.h"
#include "widgets/SearchPanel.h"
#include "widgets/consensus/ConsensusWindow.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/review/CommitteeDialog.h"
#include "widgets/review/PackageDialogs.h"
#include "widgets/review/PreliminaryPanel.h"
#include "widgets/review/ReviewPage.h"
#include "widgets/review/ScoreSheetWidget.h"
#include "widgets/screening/ScreeningPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace rd {

MainWindow::MainWindow(Settings& settings, QWidget* parent) : QMainWindow(parent), m_settings(settings)
{
    setWindowTitle(tr("ReviewDesk 審查工作站"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reviewdesk.svg")));
    resize(1400, 900);

    // Left: the round's applications with their filters. Right: the chosen application.
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setAccessibleName(tr("Intake status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (IntakeStatus s : {IntakeStatus::Ineligible, IntakeStatus::NeedsDocuments, IntakeStatus::MustFix,
                           IntakeStatus::Check, IntakeStatus::Clear})
        m_statusFilter->addItem(intakeStatusName(s), int(s));
    m_categoryFilter = new QComboBox(left);
    m_categoryFilter->setAccessibleName(tr("Category filter"));
    m_categoryFilter->addItem(tr("All categories"), -1);
    for (Category c : {Category::Industry, Category::Ai, Category::Theme})
        m_categoryFilter->addItem(ApplicationListModel::categoryName(c), int(c));
    m_severityFilter = new QComboBox(left);
    m_severityFilter->setAccessibleName(tr("Severity filter"));
    m_severityFilter->addItem(tr("All severities"), -1);
    m_severityFilter->addItem(tr("With errors"), int(SeverityFilter::WithErrors));
    m_severityFilter->addItem(tr("Warnings only"), int(SeverityFilter::WarningsOnly));
    m_severityFilter->addItem(tr("No findings"), int(SeverityFilter::NoFindings));
    m_textFilter = new QLineEdit(left);
    m_textFilter->setAccessibleName(tr("Filter applications"));
    m_textFilter->setPlaceholderText(tr("Filter by 統一編號, applicant or title"));
    m_textFilter->setClearButtonEnabled(true);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_categoryFilter);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_textFilter);

    m_applications = new ApplicationListModel(this);
    m_filter = new ApplicationFilterModel(this);
    m_filter->setSourceModel(m_applications);
    m_applicationView = new QTableView(left);
    m_applicationView->setAccessibleName(tr("Applications"));
    m_applicationView->setModel(m_filter);
    m_applicationView->setSortingEnabled(true);
    m_applicationView->sortByColumn(ApplicationListModel::UbnColumn, Qt::AscendingOrder);
    m_applicationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_applicationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_applicationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_applicationView->setAlternatingRowColors(true);
    m_applicationView->verticalHeader()->hide();
    m_applicationView->verticalHeader()->setDefaultSectionSize(m_applicationView->fontMetrics().height() + 8);
    m_applicationView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {ApplicationListModel::CategoryColumn, ApplicationListModel::DocumentsColumn,
                       ApplicationListModel::PagesColumn})
        m_applicationView->setColumnHidden(column, true);
    leftLayout->addWidget(m_applicationView, 1);
    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setDocumentMode(true);
    m_page = new ApplicationPage(m_detailTabs);
    m_page->clear();
    m_detailTabs->addTab(m_page, tr("Application"));
    m_detailTabs->tabBar()->hide(); // one tab until a workspace is open
    splitter->addWidget(left);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_messages = new MessageBar(central);
    centralLayout->addWidget(m_messages);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_findings = new FindingsPanel(this);
    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    m_search = new SearchPanel(this);
    auto* searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock);
    tabifyDockWidget(findingsDock, searchDock);
    findingsDock->raise();
    resizeDocks({findingsDock}, {220}, Qt::Vertical);

    m_documentView = new PdfReader(m_settings.pageCacheMegabytes(), nullptr);
    m_documentView->setWindowFlag(Qt::Window);
    m_documentView->setWindowTitle(tr("Document"));
    m_documentView->resize(900, 1000);

    m_progress = new QLabel(this);
    m_progress->setAccessibleName(tr("Scoring progress"));
    statusBar()->addPermanentWidget(m_progress);
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    createActions();

    auto* toolbar = addToolBar(tr("Round"));
    toolbar->setObjectName(QStringLiteral("roundToolbar"));
    toolbar->addWidget(new QLabel(tr("Round: "), toolbar));
    m_rounds = new QComboBox(toolbar);
    m_rounds->setAccessibleName(tr("Review round"));
    m_rounds->setMinimumContentsLength(24);
    toolbar->addWidget(m_rounds);
    for (QAction* action : std::as_const(m_workspaceActions))
        toolbar->addAction(action);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, &MainWindow::reloadRound);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusFilter->currentData().toInt();
        m_filter->setStatusFilter(value < 0 ? std::nullopt : std::optional(IntakeStatus(value)));
    });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_categoryFilter->currentData().toInt();
        m_filter->setCategoryFilter(value < 0 ? std::nullopt : std::optional(Category(value)));
    });
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severityFilter->currentData().toInt();
        m_filter->setSeverityFilter(value < 0 ? std::nullopt : std::optional(SeverityFilter(value)));
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ApplicationFilterModel::setTextFilter);
    connect(m_applicationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showApplication(current.data(ApplicationListModel::ApplicationIdRole).toLongLong());
            });
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](qint64 applicationId, const QString& location) {
        selectApplication(applicationId);
        m_page->focusLocation(location);
    });
    connect(m_search, &SearchPanel::hitActivated, this, [this](qint64 applicationId, qint64 documentId, int page) {
        selectApplication(applicationId);
        openDocument(documentId, page);
    });
    connect(m_page, &ApplicationPage::documentActivated, this,
            [this](const DocumentRecord& document, int page) { openDocument(document.id, page); });

    setAcceptDrops(true);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(false);
    statusBar()->showMessage(tr("Open or create a workspace to begin (File menu)."));
}

MainWindow::~MainWindow()
{
    m_search->setScope(nullptr, 0); // before m_workspace is destroyed
    delete m_review;
    delete m_preliminary;
    delete m_screening;
    delete m_documentView;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newWs = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newWs->setShortcut(QKeySequence::New);
    QAction* openWs = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    openWs->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Recent workspaces"));
    updateRecentMenu();
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import dossiers…"), this, [this] { showImportDialog(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_workspaceActions << import;
    m_secretariatActions << import;
    file->addSeparator();
    file->addAction(tr("Open a &reviewer package…"), this, [this] {
        packagedialogs::importPackage(this, {}, [this](const QString& folder) { openWorkspace(folder); });
    });
    QAction* sendReturn = file->addAction(tr("&Export score return…"), this, [this] {
        if (m_review)
            m_review->sheetWidget()->commitPending();
        packagedialogs::exportReturn(this, *m_workspace);
    });
    m_workspaceActions << sendReturn;
    m_reviewerActions << sendReturn;
    file->addSeparator();
    file->addAction(tr("Open a round &archive for audit…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a round archive"), m_settings.defaultWorkspaceFolder(),
                                         tr("Round archives (*.rdarc *.zip)"));
        if (!path.isEmpty())
            openArchive(path);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* round = menuBar()->addMenu(tr("&Round"));
    QAction* newRoundAction = round->addAction(tr("&New round…"), this, &MainWindow::newRound);
    m_workspaceActions << newRoundAction;
    m_secretariatActions << newRoundAction;
    round->addSeparator();
    QAction* committee = round->addAction(tr("&Committee and assignment…"), this, [this] {
        CommitteeDialog dialog(*m_workspace, currentRound(), this);
        dialog.exec();
    });
    QAction* notices =
        round->addAction(tr("Write notices to &supplement (補正通知)…"), this, &MainWindow::writeSupplementNotices);
    notices->setObjectName(QStringLiteral("writeSupplementNotices"));
    m_workspaceActions << notices << committee;
    m_secretariatActions << notices << committee;
    QAction* packages = round->addAction(tr("Export reviewer &packages…"), this, [this] {
        packagedialogs::exportPackages(this, *m_workspace, currentRound());
    });
    QAction* returns = round->addAction(tr("Import score &return…"), this, [this] {
        packagedialogs::importReturn(this, *m_workspace, {}, [this] { reloadRound(); });
    });
    QAction* consensus = round->addAction(tr("C&onsensus meeting (共識會議)…"), this, [this] {
        auto* board = new ConsensusWindow(*m_workspace, currentRound(), this);
        board->setWindowFlag(Qt::Window);
        board->show();
    });
    consensus->setObjectName(QStringLiteral("openConsensus"));
    QAction* trail = round->addAction(tr("Audit &trail…"), this, &MainWindow::showAuditTrail);
    QAction* archiveRound = round->addAction(tr("&Archive the round…"), this, &MainWindow::archiveRound);
    m_workspaceActions << packages << returns << consensus << trail << archiveRound;
    m_secretariatActions << packages << returns << consensus << archiveRound;
    round->addSeparator();
    QAction* find = round->addAction(tr("&Search all pages"), this, [this] {
        m_search->parentWidget()->show();
        m_search->parentWidget()->raise();
        m_search->queryEdit()->setFocus();
        m_search->queryEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = m_settings.language();
    for (const auto& [code, name] :
         {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
    settings->addSeparator();
    QAction* preferences = settings->addAction(tr("&Preferences…"), this, [this] {
        SettingsDialog dialog(m_settings, this);
        dialog.exec();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ReviewDesk"), this, &MainWindow::showAbout);
}

void MainWindow::showGuide()
{
    // The guide in the interface's language, with its screenshots, from the program's own resources.
    auto* window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("ReviewDesk user guide"));
    auto* browser = new QTextBrowser(window);
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    const QString language =
        QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_TW") : QStringLiteral("en");
    browser->setSource(QUrl(QStringLiteral("qrc:/guide/%1.md").arg(language)), QTextDocument::MarkdownResource);
    // Screenshots are taken at full screen size; show them at the guide's reading width.
    QTextCursor cursor(browser->document());
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(820);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(browser);
    window->resize(900, 760);
    window->show();
}

void MainWindow::showAbout()
{
    // Every library the program links or loads, and the font its PDFs embed, with its licence.
    const QList<std::pair<QString, QString>> parts{
        {QStringLiteral("Qt %1").arg(QLatin1String(qVersion())), QStringLiteral("LGPL-3.0 / GPL-2.0 / GPL-3.0")},
        {QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0")},
        {QStringLiteral("Poppler 22.12 (Poppler-Qt6)"), QStringLiteral("GPL-2.0-or-later")},
        {QStringLiteral("NSS 3 (Network Security Services) %1").arg(tr("and its tools")), QStringLiteral("MPL-2.0")},
        {QStringLiteral("minizip 1.1 (zlib contrib)"), QStringLiteral("Zlib")},
        {QStringLiteral("zlib"), QStringLiteral("Zlib")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("SQLite"), tr("public domain")},
        {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("OFL-1.1")},
    };
    QString rows;
    for (const auto& [name, licence] : parts)
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), licence);
    QMessageBox::about(
        this, tr("About ReviewDesk"),
        tr("<b>ReviewDesk 審查工作站</b> %1<p>Review workstation for Taiwanese digital-industry subsidy "
           "programs: intake checks, committee scoring, consensus and signed results.</p>"
           "<p>ReviewDesk is free software under the GNU General Public License, version 3 or later.</p>"
           "<p>It is built with:</p><table>%2</table>"
           "<p>The full licence texts are in /usr/share/doc/reviewdesk/copyright and /usr/share/common-licenses.</p>")
            .arg(QCoreApplication::applicationVersion(), rows));
}

void MainWindow::setLanguage(const QString& language)
{
    m_settings.setLanguage(language);
    statusBar()->showMessage(tr("The language changes the next time ReviewDesk starts."), 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : m_settings.recentWorkspaces())
        m_recentMenu->addAction(path, this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

// A problem the user reads but need not answer: in the window's message bar, which blocks nothing.
void MainWindow::showError(const QString& message)
{
    m_messages->showMessage(colours::Tone::Error, message);
}

bool MainWindow::openWorkspace(const QString& path)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    m_messages->hide(); // what it said was about the workspace before
    m_search->setScope(nullptr, 0);
    // The member's desk and the opinions tab hold the old workspace's connection; they go first.
    for (QWidget* tab :
         {static_cast<QWidget*>(m_review), static_cast<QWidget*>(m_preliminary), static_cast<QWidget*>(m_screening)}) {
        if (tab) {
            m_detailTabs->removeTab(m_detailTabs->indexOf(tab));
            delete tab;
        }
    }
    m_review = nullptr;
    m_preliminary = nullptr;
    m_screening = nullptr;
    m_workspace = std::move(opened).value();
    m_settings.addRecentWorkspace(m_workspace->path());
    updateRecentMenu();
    setWindowTitle(tr("%1 — ReviewDesk 審查工作站").arg(QDir::toNativeSeparators(m_workspace->path())));
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(true);
    statusBar()->clearMessage();
    setUpReviewerMode();
    // Every change from here on is on the audit trail under the operator's account and role.
    audit::setOperator(audit::accountName(),
                       m_reviewerId != 0 ? QStringLiteral("reviewer") : QStringLiteral("secretariat"));
    reloadRounds();
    return true;
}

void MainWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isDir()) {
        openWorkspace(path);
    } else if (suffix == QLatin1String("rdpkg")) {
        packagedialogs::importPackage(this, path, [this](const QString& folder) { openWorkspace(folder); });
    } else if (suffix == QLatin1String("rdret")) {
        if (!m_workspace && !m_settings.recentWorkspaces().isEmpty())
            openWorkspace(m_settings.recentWorkspaces().first());
        if (!m_workspace || m_reviewerId != 0) {
            showError(tr("%1 is a score return: open the secretariat's workspace first, then import it with "
                         "Round → Import score return.")
                          .arg(info.fileName()));
            return;
        }
        packagedialogs::importReturn(this, *m_workspace, path, [this] { reloadRound(); });
    } else if (suffix == QLatin1String("rdarc")) {
        openArchive(path);
    } else {
        showError(tr("ReviewDesk does not open %1: it opens workspaces, reviewer packages (.rdpkg), score returns "
                     "(.rdret) and round archives (.rdarc).")
                      .arg(info.fileName()));
    }
}

void MainWindow::openArchive(const QString& path)
{
    auto* auditor = new AuditorWindow(path, this);
    auditor->setWindowFlag(Qt::Window);
    connect(auditor, &AuditorWindow::failed, auditor, &QWidget::close);
    auditor->show();
    auditor->verify();
}

void MainWindow::showAuditTrail()
{
    const Workspace::Location location = m_workspace->location();
    const QString path = m_workspace->path();
    runInBackground(
        this, tr("Reading the audit trail…"), nullptr,
        [location]() -> Result<QPair<QList<audit::Event>, audit::ChainCheck>> {
            using R = Result<QPair<QList<audit::Event>, audit::ChainCheck>>;
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return R::failure(connection.error());
            auto events = audit::events(connection.db());
            if (!events)
                return R::failure(events.error());
            auto chain = audit::verifyChain(connection.db()); // with the heads recorded at each return import
            if (!chain)
                return R::failure(chain.error());
            return qMakePair(*events, *chain);
        },
        [this, path](const Result<QPair<QList<audit::Event>, audit::ChainCheck>>& trail) {
            if (!trail) {
                showError(trail.error());
                return;
            }
            auto* dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Audit trail — %1").arg(QDir::toNativeSeparators(path)));
            auto* view = new AuditTrailView;
            view->setEvents(trail->first, trail->second);
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            auto* layout = new QVBoxLayout(dialog);
            layout->addWidget(view);
            layout->addWidget(buttons);
            dialog->resize(1100, 640);
            dialog->open();
        });
}

void MainWindow::archiveRound()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Archive the round"), QDir::home().filePath(tr("round-archive.rdarc")),
                                     tr("Round archives (*.rdarc *.zip)"));
    if (path.isEmpty())
        return;
    signaturedialog::Expected expected;
    if (auto holders = roles::holders(m_workspace->db(), currentRound())) {
        expected.fingerprints = roles::registeredFor(*holders, roles::Role::Secretariat);
        expected.who = roles::describeRole(*holders, roles::Role::Secretariat);
    }
    expected.unregistered = tr("No secretariat certificate is registered for this round: register it in Committee "
                               "and assignment before archiving, or the signature is refused.");
    const auto signer =
        signaturedialog::choose(this, tr("the archive certificate (封存證明) as the secretariat"), false, expected);
    if (!signer || signer->nickname.isEmpty())
        return;
    const Workspace::Location location = m_workspace->location();
    const qint64 round = currentRound();
    const signing::SignRequest request{signer->nickname, signer->password, QStringLiteral("封存"), {}};
    const CancelFlag cancelled = makeCancelFlag();
    runInBackground(
        this, tr("Archiving the round…"), cancelled,
        [location, round, path, request, cancelled] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<archive::ExportReport>::failure(connection.error());
            return archive::exportRound(connection.db(), location.blobs, round, path, request, {}, cancelled.get());
        },
        [this, path](const Result<archive::ExportReport>& report) {
            if (!report) {
                showError(report.error());
                return;
            }
            prompts::information(this, tr("Archive the round"),
                                 tr("%1 files archived in %2.\nSHA-256 of its manifest: %3\n\nAn auditor opens "
                                    "it with File → Open a round archive for audit.")
                                     .arg(report->files)
                                     .arg(QDir::toNativeSeparators(path), report->manifestSha256));
        });
}

void MainWindow::writeSupplementNotices()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder for the notices to supplement"), m_workspace->path());
    if (folder.isEmpty())
        return;
    const Workspace::Location location = m_workspace->location();
    const qint64 round = currentRound();
    runInBackground(
        this, tr("Writing the notices to supplement…"), nullptr,
        [location, round, folder] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<screening::NoticeReport>::failure(connection.error());
            return screening::writeSupplementNotices(connection.db(), round, folder);
        },
        [this, folder](const Result<screening::NoticeReport>& report) {
            if (!report) {
                showError(report.error());
                return;
            }
            prompts::information(this, tr("Notices to supplement (補正通知)"),
                                 tr("%n notice(s) and their CSV list written to %1.", nullptr, report->applications)
                                     .arg(QDir::toNativeSeparators(folder)));
        });
}

void MainWindow::newWorkspace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the new workspace"),
                                                             m_settings.defaultWorkspaceFolder());
    if (folder.isEmpty())
        return;
    auto created = Workspace::create(folder);
    if (!created) {
        showError(created.error());
        return;
    }
    ApplicationStore store((*created)->db());
    if (auto round =
            store.createRound(tr("DIGITAL+ 114年度 第1梯次"), QStringLiteral("DIGITAL+ 導入雲端方案數位轉型計畫"),
                              QStringLiteral("digitalplus-2025"), QStringLiteral("digitalplus-2025-expert"));
        !round) {
        showError(round.error());
        return;
    }
    created->reset(); // release the lock; openWorkspace takes it again
    openWorkspace(folder);
}

void MainWindow::chooseWorkspace()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a ReviewDesk workspace"), m_settings.defaultWorkspaceFolder());
    if (!folder.isEmpty())
        openWorkspace(folder);
}

void MainWindow::newRound()
{
    if (!m_workspace)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New round"), tr("Name of the review round (審查梯次):"),
                                               QLineEdit::Normal, tr("DIGITAL+ 114年度 第2梯次"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ApplicationStore store(m_workspace->db());
    auto id = store.createRound(name.trimmed(), QStringLiteral("DIGITAL+ 導入雲端方案數位轉型計畫"),
                                QStringLiteral("digitalplus-2025"), QStringLiteral("digitalplus-2025-expert"));
    if (!id) {
        showError(id.error());
        return;
    }
    // The round starts with the deviation thresholds of Settings; from then on they are the round's own.
    consensus::Settings thresholds;
    thresholds.outlierPoints = m_settings.outlierPoints();
    thresholds.outlierRanks = m_settings.outlierRanks();
    thresholds.criterionSpread = m_settings.criterionSpread();
    if (auto saved = consensus::saveRoundSettings(m_workspace->db(), *id, thresholds); !saved)
        showError(saved.error());
    reloadRounds();
    m_rounds->setCurrentIndex(m_rounds->findData(*id));
}

qint64 MainWindow::currentRound() const
{
    return m_rounds->currentData().toLongLong();
}

void MainWindow::reloadRounds()
{
    const QSignalBlocker blocker(m_rounds);
    m_rounds->clear();
    ApplicationStore store(m_workspace->db());
    auto rounds = store.rounds();
    if (!rounds) {
        showError(rounds.error());
        return;
    }
    for (const Round& r : *rounds)
        m_rounds->addItem(r.name, r.id);
    m_rounds->setCurrentIndex(m_rounds->count() - 1);
    reloadRound();
}

void MainWindow::reloadRound()
{
    if (!m_workspace)
        return;
    const qint64 roundId = currentRound();
    ApplicationStore store(m_workspace->db());
    if (auto refreshed = roundfindings::refreshIfStale(m_workspace->db(), roundId); !refreshed)
        showError(refreshed.error());
    auto applications = store.applications(roundId);
    auto findings = store.findings(roundId);
    if (!applications || !findings) {
        showError(applications ? findings.error() : applications.error());
        return;
    }
    const qint64 selected =
        m_applicationView->currentIndex().data(ApplicationListModel::ApplicationIdRole).toLongLong();
    m_applications->setApplications(*applications, *findings);
    if (auto screened = screening::ScreeningStore(m_workspace->db()).decisions(roundId); screened)
        m_applications->setScreening(*screened);
    else
        showError(screened.error());
    m_findings->setFindings(*findings);
    m_search->setScope(m_workspace.get(), roundId);
    m_applicationView->resizeColumnsToContents();
    int errors = 0, warnings = 0, ineligible = 0;
    for (const ApplicationSummary& s : *applications) {
        errors += s.errors;
        warnings += s.warnings;
    }
    for (int row = 0; row < m_applications->rowCount(); ++row)
        ineligible += m_applications->index(row, 0).data(ApplicationListModel::StatusRole).toInt() ==
                      int(IntakeStatus::Ineligible);
    m_counts->setText(tr("Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4")
                          .arg(applications->size())
                          .arg(ineligible)
                          .arg(errors)
                          .arg(warnings));
    updateProgress();
    if (selected != 0) {
        selectApplication(selected);
    } else {
        m_page->clear();
        if (m_review)
            m_review->clear();
        if (m_preliminary)
            m_preliminary->clear();
        if (m_screening)
            m_screening->clear();
    }
}

void MainWindow::selectApplication(qint64 applicationId)
{
    const int sourceRow = m_applications->rowForApplication(applicationId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_applications->index(sourceRow, 0));
    if (!index.isValid()) {
        showApplication(applicationId); // filtered out of the list, still shown
        return;
    }
    m_applicationView->setCurrentIndex(index);
    m_applicationView->scrollTo(index);
    showApplication(applicationId);
}

void MainWindow::showApplication(qint64 applicationId)
{
    ApplicationStore store(m_workspace->db());
    auto record = store.application(applicationId);
    if (!record) {
        showError(record.error());
        return;
    }
    m_page->showApplication(*record);
    if (m_review)
        m_review->showApplication(*record);
    if (m_preliminary)
        m_preliminary->showApplication(applicationId, currentRound());
    if (m_screening)
        m_screening->showApplication(applicationId);
}

void MainWindow::setUpReviewerMode()
{
    m_reviewerId = 0;
    auto context = package::reviewerContext(m_workspace->db());
    if (!context)
        showError(context.error());
    const bool reviewer = context && *context;
    for (QAction* action : std::as_const(m_secretariatActions))
        action->setVisible(!reviewer);
    for (QAction* action : std::as_const(m_reviewerActions))
        action->setVisible(reviewer);
    m_detailTabs->tabBar()->show();
    // A member reads and scores: the reader gets the height. Findings stay on the application tab, and
    // Round → Search all pages (Ctrl+F) brings the search back.
    for (const char* dock : {"findingsDock", "searchDock"})
        if (auto* widget = findChild<QDockWidget*>(QLatin1String(dock)))
            widget->setVisible(!reviewer);
    m_progress->setVisible(reviewer);
    if (!reviewer) {
        m_screening = new ScreeningPanel(*m_workspace, m_detailTabs);
        m_detailTabs->addTab(m_screening, tr("Screening (資格文件審查)"));
        connect(m_screening, &ScreeningPanel::changed, this, [this] { reloadRound(); });
        m_preliminary = new PreliminaryPanel(*m_workspace, m_detailTabs);
        m_detailTabs->addTab(m_preliminary, tr("Preliminary opinions"));
        return;
    }
    m_reviewerId = (*context)->reviewerId;
    // The member's own progress next to the applicant, where the eye starts.
    QHeaderView* header = m_applicationView->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicationListModel::SheetColumn), ApplicationListModel::StatusColumn);
    m_review = new ReviewPage(*m_workspace, m_reviewerId, m_settings.pageCacheMegabytes(), m_detailTabs);
    m_detailTabs->insertTab(0, m_review, tr("Review and score"));
    m_detailTabs->setCurrentIndex(0);
    connect(m_review, &ReviewPage::progressChanged, this, &MainWindow::updateProgress);
    const QJsonObject member = (*context)->manifest.value(QStringLiteral("reviewer")).toObject();
    setWindowTitle(
        tr("%1's review — %2 — ReviewDesk 審查工作站")
            .arg(member.value(QStringLiteral("name")).toString(), QDir::toNativeSeparators(m_workspace->path())));
}

void MainWindow::updateSheetSummaries()
{
    if (!m_workspace)
        return;
    m_applicationView->setColumnHidden(ApplicationListModel::SheetColumn, m_reviewerId == 0);
    if (m_reviewerId == 0)
        return;
    ScoreSheetStore sheets(m_workspace->db());
    auto rubric = ApplicationStore(m_workspace->db()).roundRubric(currentRound());
    auto list = sheets.sheets(currentRound(), m_reviewerId);
    if (!rubric || !list)
        return;
    QHash<qint64, ScoreSheet> byApplication;
    for (const ScoreSheet& s : *list)
        byApplication.insert(s.applicationId, s);
    for (int row = 0; row < m_applications->rowCount(); ++row) {
        const qint64 id = m_applications->index(row, 0).data(ApplicationListModel::ApplicationIdRole).toLongLong();
        const auto it = byApplication.constFind(id);
        QString summary = tr("Not started");
        if (it != byApplication.cend() && it->state == ScoreSheet::State::Conflict)
            summary = sheetStateName(it->state);
        else if (it != byApplication.cend() && it->revision > 0)
            summary = tr("%1 · %2").arg(sheetStateName(it->state)).arg(sheetTotal(*rubric, *it));
        m_applications->setSheetSummary(id, summary);
    }
}

void MainWindow::updateProgress()
{
    updateSheetSummaries();
    if (!m_workspace || m_reviewerId == 0)
        return;
    auto progress = ScoreSheetStore(m_workspace->db()).progress(currentRound(), m_reviewerId);
    if (!progress)
        return;
    m_progress->setText(tr("Scored %1 of %2 · conflicts declared: %3")
                            .arg(progress->complete)
                            .arg(progress->assigned)
                            .arg(progress->conflicts));
}

void MainWindow::openDocument(qint64 documentId, int page)
{
    auto document = ApplicationStore(m_workspace->db()).document(documentId);
    if (!document) {
        showError(document.error());
        return;
    }
    m_documentView->setWindowTitle(document->fileName);
    m_documentView->show(); // laid out first, so "fit width" knows the width
    m_documentView->raise();
    m_documentView->openDocument(m_workspace->blobs().pathFor(document->sha256), document->fileName, page);
}

ImportDialog* MainWindow::showImportDialog(const QStringList& paths)
{
    if (!m_workspace)
        return nullptr;
    auto* dialog = new ImportDialog(*m_workspace, currentRound(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    connect(dialog, &ImportDialog::importFinished, this, [this] { reloadRound(); });
    dialog->show();
    return dialog;
}

namespace {
QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_workspace && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!m_workspace || paths.isEmpty())
        return;
    event->acceptProposedAction();
    showImportDialog(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_documentView->close();
    event->accept();
}

} // namespace rd
