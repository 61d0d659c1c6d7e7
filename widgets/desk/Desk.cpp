#include "widgets/desk/Desk.h"

#include "models/audit/AuditTrail.h"
#include "models/itemmodels/ApplicationListModel.h"
#include "models/search/SearchIndex.h"
#include "models/settings/Settings.h"
#include "widgets/ApplicationPage.h"
#include "widgets/BackgroundTask.h"
#include "widgets/SearchPanel.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/audit/AuditTrailView.h"
#include "widgets/desk/ApplicationList.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/pdf/ScanNote.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

Desk::Desk(WorkspaceServices& services, Settings& settings, const QString& role, QWidget* parent)
    : QWidget(parent), m_services(services), m_settings(settings), m_role(role)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    m_verticalSplitter->setObjectName(QStringLiteral("deskVerticalSplitter"));
    m_verticalSplitter->setChildrenCollapsible(true);
    m_mainSplitter = new QSplitter(Qt::Horizontal, m_verticalSplitter);
    m_mainSplitter->setObjectName(QStringLiteral("deskMainSplitter"));
    m_list = new ApplicationList(m_mainSplitter);
    m_detailTabs = new QTabWidget(m_mainSplitter);
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->setUsesScrollButtons(true);
    m_page = new ApplicationPage(m_detailTabs);
    m_page->clear();
    m_detailTabs->addTab(m_page, tr("Application"));
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(m_detailTabs);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setCollapsible(1, false); // the list may fold away, the application not
    m_lowerTabs = new QTabWidget(m_verticalSplitter);
    m_lowerTabs->setDocumentMode(true);
    m_search = new SearchPanel(m_lowerTabs);
    m_lowerTabs->addTab(m_search, tr("Search"));
    m_verticalSplitter->addWidget(m_mainSplitter);
    m_verticalSplitter->addWidget(m_lowerTabs);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_verticalSplitter);

    // Documents open in a window of their own, which the desk closes when it goes.
    m_documentView = new PdfReader(m_settings.pageCacheMegabytes(), nullptr);
    m_documentView->setWindowFlag(Qt::Window);
    m_documentView->setWindowTitle(tr("Document"));
    m_documentView->resize(900, 1000);

    m_roundMenu = new QMenu(tr("&Round"), this);
    m_menus << m_roundMenu;
    m_commonRoundActions = m_roundMenu->addSeparator();
    m_roundMenu->addAction(tr("Audit &trail…"), this, &Desk::showAuditTrail);
    QAction* find = m_roundMenu->addAction(tr("&Search all pages"), this, &Desk::focusSearch);
    find->setShortcuts(QKeySequence::Find);

    connect(m_list, &ApplicationList::applicationChosen, this, &Desk::showApplication);
    connect(m_search, &SearchPanel::hitActivated, this, [this](qint64 applicationId, qint64 documentId, int page) {
        selectApplication(applicationId);
        // The reader finds one phrase: the longest of the query's terms marks the hit best.
        QString longest;
        for (const QString& term : search::highlightTerms(m_search->queryEdit()->text()))
            if (term.size() > longest.size())
                longest = term;
        openDocument(documentId, page, longest);
    });
    connect(m_page, &ApplicationPage::documentActivated, this,
            [this](const DocumentRecord& document, int page) { openDocument(document.id, page); });
}

Desk::~Desk()
{
    m_settings.setPaneState(m_role + QStringLiteral("/main"), m_mainSplitter->saveState());
    m_settings.setPaneState(m_role + QStringLiteral("/vertical"), m_verticalSplitter->saveState());
    delete m_documentView;
}

void Desk::restoreLayout(const QList<int>& mainSizes, const QList<int>& verticalSizes)
{
    // Sizes in proportion: the splitters share out the room they get in these ratios until the user moves them.
    if (!m_mainSplitter->restoreState(m_settings.paneState(m_role + QStringLiteral("/main"))))
        m_mainSplitter->setSizes(mainSizes);
    if (!m_verticalSplitter->restoreState(m_settings.paneState(m_role + QStringLiteral("/vertical"))))
        m_verticalSplitter->setSizes(verticalSizes);
}

void Desk::addRoundAction(QAction* action)
{
    m_roundMenu->insertAction(m_commonRoundActions, action);
}

QTableView* Desk::applicationView() const
{
    return m_list->view();
}

void Desk::showRound(qint64 roundId)
{
    m_round = roundId;
    reloadRound();
}

void Desk::reloadRound()
{
    if (auto refreshed = m_services.refreshFindings(m_round); !refreshed)
        Q_EMIT problem(refreshed.error());
    auto applications = m_services.applications.applications(m_round);
    auto findings = m_services.applications.findings(m_round);
    if (!applications || !findings) {
        Q_EMIT problem(applications ? findings.error() : applications.error());
        return;
    }
    auto screened = m_services.screening.decisions(m_round);
    if (!screened)
        Q_EMIT problem(screened.error());
    const qint64 shown = m_list->currentApplication();
    m_list->setApplications(*applications, *findings, screened ? *screened : QHash<qint64, screening::Decision>{});
    m_search->setScope(m_services.location(), m_round);
    roundRead(*applications, *findings);
    if (shown != 0 && m_list->model()->rowForApplication(shown) >= 0) {
        selectApplication(shown);
    } else {
        m_page->clear();
        applicationCleared();
    }
}

void Desk::roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>&)
{
    int errors = 0, warnings = 0;
    for (const ApplicationSummary& s : applications) {
        errors += s.errors;
        warnings += s.warnings;
    }
    Q_EMIT statusChanged(tr("Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4")
                             .arg(applications.size())
                             .arg(m_list->ineligibleCount())
                             .arg(errors)
                             .arg(warnings));
}

void Desk::selectApplication(qint64 applicationId)
{
    m_list->select(applicationId); // shown even when the filters hide it from the list
    showApplication(applicationId);
}

void Desk::showApplication(qint64 applicationId)
{
    auto record = m_services.applications.application(applicationId);
    if (!record) {
        Q_EMIT problem(record.error());
        return;
    }
    m_page->showApplication(*record);
    applicationShown(*record);
}

void Desk::openDocument(qint64 documentId, int page, const QString& find)
{
    auto document = m_services.applications.document(documentId);
    if (!document) {
        Q_EMIT problem(document.error());
        return;
    }
    if (!document->readable) {
        Q_EMIT problem(tr("%1 cannot be shown: %2").arg(document->fileName, document->problem));
        return;
    }
    m_documentView->setWindowTitle(document->fileName);
    m_documentView->show(); // laid out first, so "fit width" knows the width
    m_documentView->raise();
    m_documentView->setSearchText(find);
    if (const QString unread = ScanNote::prepare(*m_documentView, m_services.applications, *document);
        !unread.isEmpty())
        Q_EMIT problem(unread);
    m_documentView->openDocument(m_services.blobs().pathFor(document->sha256), document->fileName, page);
}

void Desk::focusSearch()
{
    QList<int> sizes = m_verticalSplitter->sizes();
    if (sizes.value(1) < m_search->sizeHint().height()) { // collapsed: give it a third of the height
        const int total = sizes.value(0) + sizes.value(1);
        m_verticalSplitter->setSizes({total * 2 / 3, total / 3});
    }
    m_lowerTabs->setCurrentWidget(m_search);
    m_search->queryEdit()->setFocus();
    m_search->queryEdit()->selectAll();
}

namespace {
struct AuditTrail
{
    QList<audit::Event> events;
    audit::ChainCheck chain;
    QHash<QString, QString> names;
};
} // namespace

void Desk::showAuditTrail()
{
    const Workspace::Location location = m_services.location();
    const QString path = m_services.path();
    runInBackground(
        this, tr("Reading the audit trail…"), nullptr,
        [location]() -> Result<AuditTrail> {
            using R = Result<AuditTrail>;
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return R::failure(connection.error());
            auto events = audit::events(connection.db());
            if (!events)
                return R::failure(events.error());
            auto chain = audit::verifyChain(connection.db()); // with the heads recorded at each return import
            if (!chain)
                return R::failure(chain.error());
            auto names = audit::entityNames(connection.db());
            if (!names)
                return R::failure(names.error());
            return AuditTrail{*events, *chain, *names};
        },
        [this, path](const Result<AuditTrail>& trail) {
            if (!trail) {
                Q_EMIT problem(trail.error());
                return;
            }
            auto* dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Audit trail — %1").arg(QDir::toNativeSeparators(path)));
            auto* view = new AuditTrailView;
            view->setEvents(trail->events, trail->chain, trail->names);
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            auto* layout = new QVBoxLayout(dialog);
            layout->addWidget(view);
            layout->addWidget(buttons);
            dialog->resize(1100, 640);
            dialog->open();
        });
}

} // namespace rd
