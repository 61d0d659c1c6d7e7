#include "widgets/ImportDialog.h"

#include "models/core/StatusColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace rd {

namespace {
// The dossier's own folder or file name, with the full path on hover.
QTableWidgetItem* pathItem(const QString& path)
{
    auto* item = new QTableWidgetItem(QFileInfo(path).fileName());
    item->setToolTip(path);
    return item;
}
} // namespace

ImportDialog::ImportDialog(Workspace::Location workspace, qint64 roundId, QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_roundId(roundId)
{
    setWindowTitle(tr("Import dossiers"));
    setAcceptDrops(true);
    resize(820, 620);
    auto* layout = new QVBoxLayout(this);

    auto* intro =
        new QLabel(tr("Choose or drop here dossier folders or ZIP files, or folders and ZIPs holding many "
                      "dossiers. Each dossier is imported whole or not at all; the rest of the batch goes on."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_paths = new QListWidget(this);
    m_paths->setAccessibleName(tr("Chosen folders and ZIP files"));
    layout->addWidget(m_paths, 1);
    auto* pick = new QHBoxLayout;
    m_addFolders = new QPushButton(tr("Add &folders…"), this);
    m_addZips = new QPushButton(tr("Add &ZIP files…"), this);
    m_start = new QPushButton(tr("&Import"), this);
    m_start->setDefault(true);
    m_start->setEnabled(false);
    pick->addWidget(m_addFolders);
    pick->addWidget(m_addZips);
    pick->addStretch();
    pick->addWidget(m_start);
    layout->addLayout(pick);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setValue(0);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);

    // Asked inline, without a nested modal loop, while the import waits for the answer.
    m_question = new QFrame(this);
    m_question->setFrameShape(QFrame::StyledPanel);
    auto* questionLayout = new QHBoxLayout(m_question);
    m_questionText = new QLabel(m_question);
    m_questionText->setWordWrap(true);
    m_forAll = new QCheckBox(tr("Same answer for the rest"), m_question);
    auto* replace = new QPushButton(tr("&New version"), m_question);
    auto* keep = new QPushButton(tr("&Keep existing"), m_question);
    questionLayout->addWidget(m_questionText, 1);
    questionLayout->addWidget(m_forAll);
    questionLayout->addWidget(replace);
    questionLayout->addWidget(keep);
    m_question->hide();
    layout->addWidget(m_question);

    m_results = new QTableWidget(0, 2, this);
    m_results->setAccessibleName(tr("Import results"));
    m_results->setHorizontalHeaderLabels({tr("Dossier"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 320);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 2);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = m_buttons->addButton(tr("&Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(m_addFolders, &QPushButton::clicked, this, &ImportDialog::addFolders);
    connect(m_addZips, &QPushButton::clicked, this, &ImportDialog::addZips);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_current->setText(tr("Cancelling… the dossier being written is rolled back."));
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(replace, &QPushButton::clicked, this, [this] { answerReplace(true); });
    connect(keep, &QPushButton::clicked, this, [this] { answerReplace(false); });
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
    }
}

void ImportDialog::addPaths(const QStringList& paths)
{
    for (const QString& path : paths)
        m_paths->addItem(path);
    m_start->setEnabled(m_paths->count() > 0 && !m_thread);
}

void ImportDialog::addFolders()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a dossier folder or a folder of dossiers"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::addZips()
{
    addPaths(
        QFileDialog::getOpenFileNames(this, tr("Choose dossier ZIP files"), QString(), tr("ZIP archives (*.zip)")));
}

void ImportDialog::startImport()
{
    if (m_thread || m_paths->count() == 0)
        return;
    QStringList paths;
    for (int i = 0; i < m_paths->count(); ++i)
        paths << m_paths->item(i)->text();
    m_results->setRowCount(0);
    m_summary->clear();
    m_job = new ImportJob(m_workspace, m_roundId, paths);
    m_job->setOnDuplicate(ImportJob::OnDuplicate::Ask);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString& current) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_current->setText(current.isEmpty() ? tr("Reading dossiers…")
                                             : tr("%1 of %2: %3").arg(done).arg(total).arg(current));
    });
    connect(m_job, &ImportJob::dossierFinished, this,
            [this](const QString& source, bool imported, const QString& error, bool keptExisting) {
                const int row = m_results->rowCount();
                m_results->insertRow(row);
                m_results->setItem(row, 0, new QTableWidgetItem(source));
                auto* result = new QTableWidgetItem(imported ? tr("Imported") : error);
                // Keeping the round's version was the user's answer, not a failure.
                if (!imported)
                    result->setForeground(colours::text(keptExisting ? colours::Tone::Neutral : colours::Tone::Error));
                m_results->setItem(row, 1, result);
                m_results->scrollToBottom();
            });
    connect(m_job, &ImportJob::replaceRequested, this, &ImportDialog::showReplaceQuestion);

    m_thread = QThread::create([this] { m_report = m_job->run(); });
    connect(m_thread, &QThread::finished, this, &ImportDialog::finish);
    m_start->setEnabled(false);
    m_addFolders->setEnabled(false);
    m_addZips->setEnabled(false);
    m_cancel->setEnabled(true);
    m_current->setText(tr("Reading dossiers…"));
    m_thread->start();
}

void ImportDialog::showReplaceQuestion(const QString& ubn, const QString& title, const QString& source)
{
    m_questionText->setText(
        tr("%1 already holds 統一編號 %2 with the proposal “%3”. Import the dossier from %4 as its new version "
           "(補正)? The current version is kept as history, and screening (資格文件審查) decides again.")
            .arg(tr("This round"), ubn, title, source));
    m_question->show();
}

void ImportDialog::answerReplace(bool replace)
{
    m_question->hide();
    if (m_job)
        m_job->answerReplace(replace, m_forAll->isChecked());
}

void ImportDialog::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job->deleteLater();
    m_job = nullptr;
    m_question->hide();
    m_cancel->setEnabled(false);
    m_addFolders->setEnabled(true);
    m_addZips->setEnabled(true);
    m_start->setEnabled(m_paths->count() > 0);
    // Problems found before parsing (not a dossier, hostile ZIP) never reached dossierFinished.
    for (const auto& rejected : std::as_const(m_report.rejected)) {
        bool listed = rejected.keptExisting; // answered by the user, listed as it happened
        for (int row = 0; row < m_results->rowCount() && !listed; ++row)
            listed =
                m_results->item(row, 0)->toolTip() == rejected.path || m_results->item(row, 0)->text() == rejected.path;
        if (listed)
            continue;
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, pathItem(rejected.path));
        auto* result = new QTableWidgetItem(rejected.error);
        result->setForeground(colours::text(colours::Tone::Error));
        m_results->setItem(row, 1, result);
    }
    // Files an imported dossier did not take, with the reason: said, not passed over.
    for (const auto& imported : std::as_const(m_report.imported)) {
        if (imported.leftOut.isEmpty())
            continue;
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1 %2").arg(imported.ubn, imported.name)));
        auto* result = new QTableWidgetItem(tr("Left out: %1").arg(imported.leftOut.join(QStringLiteral("; "))));
        result->setForeground(colours::text(colours::Tone::Warning));
        result->setToolTip(imported.leftOut.join(QLatin1Char('\n')));
        m_results->setItem(row, 1, result);
    }
    m_results->resizeRowsToContents();
    const int kept = m_report.keptExisting();
    QString summary = tr("%1 imported, %2 kept as they were, %3 rejected.")
                          .arg(m_report.imported.size())
                          .arg(kept)
                          .arg(m_report.rejected.size() - kept);
    if (m_report.cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled: dossiers not yet written left no trace.");
    if (!m_report.findingsError.isEmpty())
        summary += QLatin1Char(' ') + tr("The checks could not be run: %1").arg(m_report.findingsError);
    m_summary->setText(summary);
    m_current->clear();
    Q_EMIT importFinished(m_report);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_thread && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addPaths(paths);
    event->acceptProposedAction();
}

void ImportDialog::reject()
{
    if (m_thread) {
        m_job->cancel();
        return; // closes after the job has rolled back; finish() re-enables Close
    }
    QDialog::reject();
}

} // namespace rd
