#include "widgets/consensus/ConsensusWindow.h"
#include "widgets/Prompts.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/SignedResults.h"
#include "models/review/SigningRoles.h"
#include "widgets/signing/SignatureDialog.h"

#include "models/consensus/ConsensusExport.h"
#include "models/consensus/ConsensusPrint.h"
#include "models/itemmodels/ConsensusBoardModel.h"
#include "widgets/BackgroundTask.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/consensus/ConsensusCharts.h"
#include "widgets/consensus/MeetingDialogs.h"
#include "widgets/consensus/MeetingWindow.h"

#include <QChartView>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <algorithm>

namespace rd {

using namespace consensus;

namespace {

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace

ConsensusWindow::ConsensusWindow(const WorkspaceServices& services, qint64 roundId, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_session(services.consensusSession(roundId, this)),
      m_model(new ConsensusBoardModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_board(new QTableView(this))
{
    setWindowTitle(tr("Consensus board (共識會議)"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConsensusBoardModel::SortRole);
    m_board->setObjectName(QStringLiteral("consensusBoard"));
    m_board->setAccessibleName(tr("Consensus board"));
    m_board->setModel(m_proxy);
    m_board->setSortingEnabled(true);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->sortByColumn(ConsensusBoardModel::RankColumn, Qt::AscendingOrder);

    auto* charts = new QTabWidget(this);
    m_applicationChart = chartView(charts);
    m_spreadChart = chartView(charts);
    m_leniencyChart = chartView(charts);
    m_roundChart = chartView(charts);
    charts->addTab(m_applicationChart, tr("Totals"));
    charts->addTab(m_spreadChart, tr("Criteria"));
    charts->addTab(m_leniencyChart, tr("Leniency"));
    charts->addTab(m_roundChart, tr("Round"));
    m_lower = charts;
    m_screenedOut = new QTableWidget(0, 3, charts);
    m_screenedOut->setObjectName(QStringLiteral("screenedOut"));
    m_screenedOut->setAccessibleName(tr("Applications not found eligible in screening (資格文件審查)"));
    m_screenedOut->setHorizontalHeaderLabels({tr("Applicant"), tr("Outcome"), tr("Reason")});
    m_screenedOut->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_screenedOut->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_screenedOut->setWordWrap(false);
    m_screenedOut->verticalHeader()->hide();
    m_screenedOut->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_screenedOut->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_screenedOut->horizontalHeader()->setStretchLastSection(true);
    charts->addTab(m_screenedOut, QString());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_board);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    QToolBar* tools = addToolBar(tr("Meeting"));
    tools->setObjectName(QStringLiteral("meetingToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("&Attendance…"), this, [this] { meetingdialogs::editAttendance(this, *m_session); });
    QAction* meeting = tools->addAction(tr("&Meeting mode"), this, [this] { openMeeting(); });
    meeting->setShortcut(Qt::Key_F5);
    meeting->setToolTip(tr("Full screen for the projector, from the selected application (F5)"));
    tools->addSeparator();
    m_finalise = tools->addAction(tr("&Finalise results"), this, &ConsensusWindow::finalise);
    m_reopen = tools->addAction(tr("&Reopen…"), this, [this] { meetingdialogs::reopen(this, *m_session); });
    tools->addSeparator();
    auto* exportMenu = new QMenu(tr("&Publish"), this);
    exportMenu->addAction(tr("Consensus sheet (總表) as PDF…"), this, [this] {
        exportDocument(tr("Consensus sheet"), tr("PDF (*.pdf)"), tr("consensus-sheet.pdf"),
                       [](const MeetingState& s, const QString& f) { return printConsensusSheet(s, f); });
    });
    exportMenu->addAction(tr("Member key (代號對照表) of a coded consensus sheet as PDF…"), this, [this] {
        exportDocument(tr("Member key"), tr("PDF (*.pdf)"), tr("member-key.pdf"), printMemberKey);
    });
    exportMenu->addAction(tr("&Sign the final 總表 and minutes (chair)…"), this, &ConsensusWindow::signResults);
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Consensus sheet as XLSX…"), this, [this] {
        exportDocument(tr("Consensus sheet"), tr("Excel workbook (*.xlsx)"), tr("consensus-sheet.xlsx"), writeXlsx);
    });
    exportMenu->addAction(tr("Consensus sheet as CSV…"), this, [this] {
        exportDocument(tr("Consensus sheet"), tr("CSV (*.csv)"), tr("consensus-sheet.csv"), writeCsv);
    });
    exportMenu->addAction(tr("Minutes (會議紀錄) as PDF…"), this, [this] {
        exportDocument(tr("Minutes"), tr("PDF (*.pdf)"), tr("minutes.pdf"),
                       [](const MeetingState& s, const QString& f) { return printMinutes(s, f); });
    });
    exportMenu->addAction(tr("Compiled comments (審查意見彙整) of the selected applicant…"), this, [this] {
        const qint64 id = selectedApplication();
        if (!id)
            return;
        exportDocument(
            tr("Compiled comments"), tr("PDF (*.pdf)"),
            tr("comments-%1.pdf").arg(m_session->state().data.ubns.value(id)),
            [id](const MeetingState& state, const QString& path) { return printCompiledComments(state, id, path); });
    });
    exportMenu->addAction(tr("Result letters (函復結果) of every applicant…"), this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose the folder for the result letters"), m_services.path());
        if (folder.isEmpty())
            return;
        const qint64 round = m_session->roundId();
        const Workspace::Location location = m_services.location();
        runInBackground(
            this, tr("Writing the result letters…"), nullptr,
            [location, round, folder]() -> Result<QStringList> {
                Workspace::ThreadConnection connection(location);
                if (!connection.isOpen())
                    return Result<QStringList>::failure(connection.error());
                auto state = loadMeeting(connection.db(), round);
                if (!state)
                    return Result<QStringList>::failure(state.error());
                auto files = writeResultLetters(*state, folder);
                if (!files)
                    return files;
                if (auto logged = audit::recordExport(connection.db(), round, QStringLiteral("letters"), folder);
                    !logged)
                    return Result<QStringList>::failure(logged.error());
                return files;
            },
            [this, folder](const Result<QStringList>& written) {
                if (!written) {
                    prompts::warning(this, tr("Result letters"), written.error());
                    return;
                }
                statusBar()->showMessage(tr("%n result letter(s) written to %1.", nullptr, int(written->size()))
                                             .arg(QDir::toNativeSeparators(folder)),
                                         8000);
            });
    });
    auto* publish = new QToolButton(tools);
    publish->setText(exportMenu->title());
    publish->setMenu(exportMenu);
    publish->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(publish);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    statusBar()->addWidget(m_status, 1);

    connect(m_session, &ConsensusSession::changed, this, &ConsensusWindow::refresh);
    connect(m_session, &ConsensusSession::reloadFailed, this, [this](const QString& error) {
        prompts::warning(this, tr("Consensus meeting"),
                         tr("The change is stored, but the round could not be read again; the board shows it as "
                            "before the change.\n\n%1")
                             .arg(error));
    });
    connect(m_board->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsensusWindow::showCharts);
    if (auto loaded = m_session->reload(); !loaded)
        m_status->setText(loaded.error());
    if (m_proxy->rowCount() > 0)
        m_board->selectRow(0);
    // Within the screen it opens on, with room to spare, centred on its parent.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(QSize(1280, 800).boundedTo(available.size() * 0.92));
    const QPoint centre = parent ? parent->geometry().center() : available.center();
    QRect frame(QPoint(), size());
    frame.moveCenter(centre);
    move(std::clamp(frame.left(), available.left(), available.right() + 1 - frame.width()),
         std::clamp(frame.top(), available.top(), available.bottom() + 1 - frame.height()));
}

ConsensusWindow::~ConsensusWindow()
{
    delete m_meeting; // it shows the session this window owns
}

void ConsensusWindow::refresh()
{
    const qint64 selected = selectedApplication();
    m_model->setState(&m_session->state());
    if (selected) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_board->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    const MeetingState& state = m_session->state();
    m_screenedOut->setRowCount(int(state.data.screenedOut.size()));
    for (int row = 0; row < state.data.screenedOut.size(); ++row) {
        const ScreenedOut& out = state.data.screenedOut.at(row);
        const QStringList cells{
            tr("%1 (%2)").arg(state.data.applicants.value(out.applicationId), state.data.ubns.value(out.applicationId)),
            out.outcome, out.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_screenedOut->setItem(row, column, item);
        }
    }
    m_lower->setTabText(m_lower->indexOf(m_screenedOut),
                        tr("Not eligible (資格文件審查): %1").arg(state.data.screenedOut.size()));
    charts::show(m_leniencyChart, charts::memberLeniency(state));
    charts::show(m_roundChart, charts::roundDistribution(state));
    showCharts();
    const bool final = state.isFinal();
    m_finalise->setEnabled(!final);
    m_reopen->setEnabled(final);
    const QStringList problems = state.problemsBeforeFinal();
    QString text = final
                       ? tr("The results are final (SHA-256 %1).").arg(state.events.constLast().resultsSha256.left(16))
                   : problems.isEmpty() ? tr("Ready to finalise.")
                                        : tr("Before the results can be final: %1").arg(problems.first());
    if (!final && problems.size() > 1)
        text += tr(" (and %1 more)").arg(problems.size() - 1);
    if (!state.events.isEmpty() && state.events.constLast().kind == MeetingEvent::Kind::Reopened)
        text = tr("Reopened: %1. ").arg(state.events.constLast().reason) + text;
    m_status->setText(tr("%1 of %2 members present. ").arg(state.present()).arg(state.data.committee.size()) + text);
}

qint64 ConsensusWindow::selectedApplication() const
{
    const QModelIndex current = m_board->currentIndex();
    return current.isValid() ? current.data(ConsensusBoardModel::ApplicationIdRole).toLongLong() : 0;
}

void ConsensusWindow::showCharts()
{
    const qint64 id = selectedApplication();
    if (!id)
        return;
    charts::show(m_applicationChart, charts::applicationTotals(m_session->state(), id));
    charts::show(m_spreadChart, charts::criterionSpread(m_session->state(), id));
}

MeetingWindow* ConsensusWindow::openMeeting(bool windowed)
{
    if (!m_meeting)
        m_meeting = new MeetingWindow(*m_session);
    const int row = m_model->rowOf(selectedApplication());
    m_meeting->showApplication(std::max(0, row));
    if (windowed) {
        m_meeting->show();
    } else {
        // The screen this window is on: the projector, when the secretariat has moved it there.
        m_meeting->setGeometry(screen()->geometry());
        m_meeting->showFullScreen();
    }
    m_meeting->raise();
    m_meeting->activateWindow();
    return m_meeting;
}

void ConsensusWindow::finalise()
{
    const QStringList problems = m_session->state().problemsBeforeFinal();
    if (!problems.isEmpty()) {
        // Every reason in view at once: the secretariat works through them before the meeting ends.
        prompts::information(this, tr("Finalise results"),
                             tr("The results cannot be final yet:") + QStringLiteral("\n\n• ") +
                                 problems.join(QStringLiteral("\n• ")));
        return;
    }
    if (!prompts::confirm(this, tr("Finalise results"),
                          tr("Make the round's results final? Changing them afterwards needs reopening, with a "
                             "reason that stays on the record.")))
        return;
    if (auto done = m_session->finalise(); !done)
        prompts::warning(this, tr("Finalise results"), done.error());
}

void ConsensusWindow::exportDocument(const QString& title, const QString& filter, const QString& suggested,
                                     const std::function<Status(const MeetingState&, const QString&)>& write)
{
    const QString path = QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggested), filter);
    if (path.isEmpty())
        return;
    const qint64 round = m_session->roundId();
    const Workspace::Location location = m_services.location();
    // Read and written on a pool thread with its own connection: PDFs of a large round take a while.
    runInBackground(
        this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)), nullptr,
        [location, round, path, write]() -> Status {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Status::failure(connection.error());
            auto state = loadMeeting(connection.db(), round);
            if (!state)
                return Status::from(state);
            if (auto done = write(*state, path); !done)
                return done;
            return audit::recordExport(connection.db(), round, QFileInfo(path).suffix(), path);
        },
        [this, title, path](const Status& written) {
            if (!written)
                prompts::warning(this, title, written.error());
            else
                statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
        });
}

void ConsensusWindow::signResults()
{
    if (!m_session->state().isFinal()) {
        prompts::information(this, tr("Sign the results"),
                             tr("The chair signs final results: finalise them first (確定結果)."));
        return;
    }
    signaturedialog::Expected expected;
    if (auto holders = m_services.roleHolders(m_session->roundId())) {
        expected.fingerprints = roles::registeredFor(*holders, roles::Role::Chair);
        expected.who = roles::describeRole(*holders, roles::Role::Chair);
    }
    expected.unregistered = tr("No certificate is registered for the chair (召集人): register the chair's certificate "
                               "in Committee and assignment before signing, or the signature is refused.");
    const auto signer = signaturedialog::choose(this, tr("the 評選總表 and the minutes as the chair"), false, expected);
    if (!signer || signer->nickname.isEmpty())
        return;
    const Workspace::Location location = m_services.location();
    const qint64 round = m_session->roundId();
    const signing::SignRequest request{signer->nickname, signer->password, {}, {}};
    runInBackground(
        this, tr("Signing the 總表 and the minutes…"), nullptr,
        [location, round, request] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<QList<SignedDocument>>::failure(connection.error());
            return consensus::signResults(connection.db(), location.blobs, round, request);
        },
        [this, location](const Result<QList<SignedDocument>>& signedDocuments) {
            if (!signedDocuments) {
                prompts::warning(this, tr("Sign the results"), signedDocuments.error());
                return;
            }
            saveSignedCopies(location.blobs, *signedDocuments);
        });
}

void ConsensusWindow::saveSignedCopies(const BlobStore& blobs, const QList<SignedDocument>& documents)
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("The signed documents are kept in the workspace. Save copies to a folder as well?"), QDir::homePath());
    if (folder.isEmpty())
        return;
    for (const SignedDocument& d : documents) {
        const QString target = QDir(folder).filePath(
            d.kind == QLatin1String("minutes") ? tr("minutes-signed.pdf") : tr("consensus-sheet-signed.pdf"));
        QFile::remove(target);
        if (!QFile::copy(blobs.pathFor(d.pdfSha256), target)) {
            prompts::warning(this, tr("Sign the results"), tr("Cannot write %1").arg(QDir::toNativeSeparators(target)));
            return;
        }
    }
    statusBar()->showMessage(tr("Signed by %1; copies in %2").arg(documents.first().signer, folder), 10000);
}

} // namespace rd
