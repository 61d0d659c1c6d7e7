#include "widgets/MainWindow.h"

#include "models/audit/AuditTrail.h"
#include "models/settings/Settings.h"
#include "models/store/ApplicationStore.h"
#include "widgets/MessageBar.h"
#include "widgets/SettingsDialog.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/audit/AuditorWindow.h"
#include "widgets/desk/MemberDesk.h"
#include "widgets/desk/SecretariatDesk.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/review/PackageDialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rd {

MainWindow::MainWindow(Settings& settings, QWidget* parent) : QMainWindow(parent), m_settings(settings)
{
    setWindowTitle(tr("ReviewDesk 審查工作站"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reviewdesk.svg")));
    resize(1400, 900);

    createActions();
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_messages = new MessageBar(central);
    centralLayout->addWidget(m_messages);
    m_welcome = createWelcome();
    centralLayout->addWidget(m_welcome, 1);
    setCentralWidget(central);

    m_deskStatus = new QLabel(this);
    m_deskStatus->setAccessibleName(tr("Round status"));
    statusBar()->addPermanentWidget(m_deskStatus);

    // The round being worked on, and the desk's most used actions; shown once a workspace is open.
    m_toolbar = addToolBar(tr("Round"));
    m_toolbar->setObjectName(QStringLiteral("roundToolbar"));
    m_toolbar->addWidget(new QLabel(tr("Round: "), m_toolbar));
    m_rounds = new QComboBox(m_toolbar);
    m_rounds->setAccessibleName(tr("Review round"));
    m_rounds->setMinimumContentsLength(24);
    m_toolbar->addWidget(m_rounds);
    m_toolbar->addSeparator();
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] {
        if (m_desk)
            m_desk->showRound(currentRound());
    });

    setAcceptDrops(true);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_toolbar->hide();
}

MainWindow::~MainWindow()
{
    delete m_desk; // it uses the services and the workspace, which go after it
}

SecretariatDesk* MainWindow::secretariatDesk() const
{
    return qobject_cast<SecretariatDesk*>(m_desk);
}

MemberDesk* MainWindow::memberDesk() const
{
    return qobject_cast<MemberDesk*>(m_desk);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_newWorkspace = m_fileMenu->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    m_newWorkspace->setShortcuts(QKeySequence::New);
    m_openWorkspace = m_fileMenu->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    m_openWorkspace->setShortcuts(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Recent workspaces"));
    updateRecentMenu();
    m_deskFileActions = m_fileMenu->addSeparator();
    m_openPackage = m_fileMenu->addAction(tr("Open a &reviewer package…"), this, [this] { openPackage({}); });
    m_fileMenu->addSeparator();
    m_openArchive = m_fileMenu->addAction(tr("Open a round &archive for audit…"), this, &MainWindow::chooseArchive);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu = settings->menuAction();
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
    preferences->setShortcuts(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setShortcuts(QKeySequence::HelpContents);
    help->addAction(tr("&About ReviewDesk"), this, &MainWindow::showAbout);
}

// Before a workspace is open: the ways to begin, one per kind of user.
QWidget* MainWindow::createWelcome()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("welcome"));
    auto* layout = new QGridLayout(page);
    auto* title = new QLabel(tr("<h2>ReviewDesk 審查工作站</h2>"), page);
    layout->addWidget(title, 0, 0, 1, 2, Qt::AlignHCenter | Qt::AlignBottom);
    const QList<std::pair<QAction*, QString>> ways{
        {m_openWorkspace, tr("The secretariat's workspace of a round, or a member's review workspace.")},
        {m_newWorkspace, tr("For the secretariat: an empty workspace for a new round.")},
        {m_openPackage, tr("For a committee member: the reviewer package (.rdpkg) the secretariat sent.")},
        {m_openArchive, tr("For an auditor: a sealed round archive (.rdarc), opened read-only.")},
    };
    int row = 1;
    for (const auto& [action, text] : ways) {
        auto* button = new QToolButton(page);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(260);
        layout->addWidget(button, row, 0, Qt::AlignRight);
        layout->addWidget(new QLabel(text, page), row, 1, Qt::AlignLeft);
        ++row;
    }
    layout->setRowStretch(0, 1);
    layout->setRowStretch(row, 2);
    return page;
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
    auto services = std::make_unique<WorkspaceServices>(**opened);
    auto context = services->reviewerContext();
    if (!context) {
        showError(context.error());
        return false;
    }
    m_messages->hide(); // what it said was about the workspace before
    setDesk(nullptr);   // before the services and the workspace it uses
    m_services = std::move(services);
    m_workspace = std::move(opened).value();
    m_settings.addRecentWorkspace(m_workspace->path());
    updateRecentMenu();

    const bool member = context->has_value();
    if (member) {
        const QJsonObject reviewer = (*context)->manifest.value(QStringLiteral("reviewer")).toObject();
        setWindowTitle(
            tr("%1's review — %2 — ReviewDesk 審查工作站")
                .arg(reviewer.value(QStringLiteral("name")).toString(), QDir::toNativeSeparators(m_workspace->path())));
        setDesk(new MemberDesk(*m_services, m_settings, (*context)->reviewerId));
    } else {
        setWindowTitle(tr("%1 — ReviewDesk 審查工作站").arg(QDir::toNativeSeparators(m_workspace->path())));
        setDesk(new SecretariatDesk(*m_services, m_settings));
    }
    // Every change from here on is on the audit trail under the operator's account and role.
    audit::setOperator(audit::accountName(), member ? QStringLiteral("reviewer") : QStringLiteral("secretariat"));
    statusBar()->clearMessage();
    reloadRounds();
    return true;
}

// Replaces the desk, its menus, File actions and toolbar actions with another's (or none).
void MainWindow::setDesk(Desk* desk)
{
    if (m_desk)
        qDeleteAll(m_desk->statusWidgets()); // the status bar holds them
    delete m_desk;                           // its menus and actions go with it
    m_desk = desk;
    m_welcome->setVisible(!desk);
    m_toolbar->setVisible(desk);
    m_deskStatus->clear();
    if (!desk)
        return;
    centralWidget()->layout()->addWidget(desk);
    for (QMenu* menu : desk->menus())
        menuBar()->insertMenu(m_settingsMenu, menu);
    m_fileMenu->insertActions(m_deskFileActions, desk->fileActions());
    m_toolbar->addActions(desk->toolbarActions());
    for (QWidget* widget : desk->statusWidgets())
        statusBar()->addPermanentWidget(widget);
    connect(desk, &Desk::problem, this, &MainWindow::showError);
    connect(desk, &Desk::statusChanged, m_deskStatus, &QLabel::setText);
    connect(desk, &Desk::roundAdded, this, [this](qint64 round) { reloadRounds(round); });
}

void MainWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isDir()) {
        openWorkspace(path);
    } else if (suffix == QLatin1String("rdpkg")) {
        openPackage(path);
    } else if (suffix == QLatin1String("rdret")) {
        if (!m_workspace && !m_settings.recentWorkspaces().isEmpty())
            openWorkspace(m_settings.recentWorkspaces().first());
        if (!secretariatDesk()) {
            showError(tr("%1 is a score return: open the secretariat's workspace first, then import it with "
                         "Round → Import score return.")
                          .arg(info.fileName()));
            return;
        }
        secretariatDesk()->importReturn(path);
    } else if (suffix == QLatin1String("rdarc")) {
        openArchive(path);
    } else {
        showError(tr("ReviewDesk does not open %1: it opens workspaces, reviewer packages (.rdpkg), score returns "
                     "(.rdret) and round archives (.rdarc).")
                      .arg(info.fileName()));
    }
}

void MainWindow::openPackage(const QString& path)
{
    packagedialogs::importPackage(this, path, m_settings.defaultWorkspaceFolder(),
                                  [this](const QString& folder) { openWorkspace(folder); });
}

void MainWindow::chooseArchive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a round archive"), m_settings.defaultWorkspaceFolder(), tr("Round archives (*.rdarc *.zip)"));
    if (!path.isEmpty())
        openArchive(path);
}

void MainWindow::openArchive(const QString& path)
{
    auto* auditor = new AuditorWindow(path, this);
    auditor->setWindowFlag(Qt::Window);
    connect(auditor, &AuditorWindow::failed, auditor, &QWidget::close);
    auditor->show();
    auditor->verify();
}

void MainWindow::newWorkspace()
{
    QDir().mkpath(m_settings.defaultWorkspaceFolder());
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

qint64 MainWindow::currentRound() const
{
    return m_rounds->currentData().toLongLong();
}

// Lists the workspace's rounds and shows `select`, else the latest.
void MainWindow::reloadRounds(qint64 select)
{
    auto rounds = m_services->applications.rounds();
    if (!rounds) {
        showError(rounds.error());
        return;
    }
    {
        const QSignalBlocker blocker(m_rounds);
        m_rounds->clear();
        for (const Round& r : *rounds)
            m_rounds->addItem(r.name, r.id);
        const int index = m_rounds->findData(select);
        m_rounds->setCurrentIndex(index >= 0 ? index : m_rounds->count() - 1);
    }
    m_desk->showRound(currentRound());
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
    if (secretariatDesk() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!secretariatDesk() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    secretariatDesk()->showImportDialog(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_desk)
        m_desk->documentView()->close();
    event->accept();
}

} // namespace rd
