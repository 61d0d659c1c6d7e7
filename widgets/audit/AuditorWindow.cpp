#include "widgets/audit/AuditorWindow.h"
#include "widgets/Prompts.h"

#include "models/core/StatusColours.h"

#include "widgets/BackgroundTask.h"
#include "widgets/audit/AuditTrailView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

AuditorWindow::AuditorWindow(QString archivePath, QWidget* parent)
    : QMainWindow(parent), m_archive(std::move(archivePath)), m_summary(new QLabel), m_checks(new QTreeWidget),
      m_trail(new AuditTrailView)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("auditorWindow"));
    setWindowTitle(tr("%1 — Audit (read-only) — ReviewDesk").arg(QFileInfo(m_archive).fileName()));
    auto* tools = addToolBar(tr("Audit"));
    tools->setObjectName(QStringLiteral("auditTools"));
    tools->addAction(tr("&Verify again"), this, &AuditorWindow::verify);
    tools->addAction(tr("&Save report as PDF…"), this, &AuditorWindow::exportReport);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Check"), tr("Where"), tr("Finding")});
    m_checks->setAccessibleName(tr("Verification report"));
    m_checks->header()->setStretchLastSection(true);
    m_checks->setRootIsDecorated(true);
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* reportPage = new QWidget;
    auto* layout = new QVBoxLayout(reportPage);
    layout->addWidget(m_summary);
    layout->addWidget(m_checks, 1);
    auto* tabs = new QTabWidget;
    tabs->addTab(reportPage, tr("Verification report"));
    tabs->addTab(m_trail, tr("Audit trail"));
    setCentralWidget(tabs);
    statusBar()->showMessage(tr("Read-only: nothing in an archive can be changed here."));
    resize(1100, 720);
}

void AuditorWindow::verify()
{
    const CancelFlag cancelled = makeCancelFlag();
    const QString path = m_archive;
    runInBackground(
        this, tr("Verifying %1…").arg(QFileInfo(path).fileName()), cancelled,
        [path, cancelled] { return archive::verifyArchive(path, {}, cancelled.get()); },
        [this](const Result<archive::VerificationReport>& result) {
            if (!result) {
                prompts::warning(this, tr("Audit"), result.error());
                Q_EMIT failed(result.error());
                return;
            }
            present(*result);
            Q_EMIT verified();
        });
}

void AuditorWindow::present(const archive::VerificationReport& report)
{
    m_report = report;
    m_summary->setText(report.ok() ? tr("<b>Everything verifies.</b> %1 — %2: %3 checks passed.")
                                         .arg(report.archive.toHtmlEscaped(), report.round.toHtmlEscaped())
                                         .arg(report.checks.size())
                                   : tr("<b style='color:%5'>%1 of %2 checks failed.</b> %3 — %4")
                                         .arg(report.failures())
                                         .arg(report.checks.size())
                                         .arg(report.archive.toHtmlEscaped(), report.round.toHtmlEscaped(),
                                              colours::text(colours::Tone::Error).name()));
    m_checks->clear();
    // One group per kind of check; a group with a failure opens and shows it first.
    QHash<archive::Check::Kind, QTreeWidgetItem*> groups;
    const QList<archive::Check::Kind> order{archive::Check::Kind::Certificate, archive::Check::Kind::Signature,
                                            archive::Check::Kind::Consensus, archive::Check::Kind::Audit,
                                            archive::Check::Kind::File};
    for (archive::Check::Kind kind : order) {
        auto* group = new QTreeWidgetItem(m_checks, {archive::kindText(kind)});
        groups.insert(kind, group);
    }
    for (const archive::Check& c : report.checks) {
        QTreeWidgetItem* group = groups.value(c.kind);
        if (!group)
            group = groups[c.kind] = new QTreeWidgetItem(m_checks, {archive::kindText(c.kind)});
        auto* item = new QTreeWidgetItem({c.passed ? tr("passed") : tr("FAILED"), c.subject, c.detail});
        item->setForeground(0, c.passed ? colours::text(colours::Tone::Good) : colours::text(colours::Tone::Error));
        item->setToolTip(2, c.detail);
        if (c.passed)
            group->addChild(item);
        else
            group->insertChild(0, item);
    }
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        int failed = 0;
        for (int i = 0; i < group->childCount(); ++i)
            failed += group->child(i)->text(0) != tr("passed");
        group->setText(1, failed ? tr("%1 of %2 failed").arg(failed).arg(group->childCount())
                                 : tr("%n passed", nullptr, group->childCount()));
        group->setExpanded(failed > 0 || group->childCount() <= 12);
        if (group->childCount() == 0)
            delete group;
    }
    m_checks->resizeColumnToContents(0);
    m_checks->resizeColumnToContents(1);
    m_trail->setEvents(report.auditEvents, report.auditChain, report.auditNames);
}

void AuditorWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the verification report"),
        QDir::home().filePath(QFileInfo(m_archive).completeBaseName() + tr("-verification.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const archive::VerificationReport report = m_report;
    runInBackground(
        this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)), nullptr,
        [report, path] { return archive::printReport(report, path); },
        [this, path](const Status& written) {
            if (!written)
                prompts::warning(this, tr("Audit"), written.error());
            else
                statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
        });
}

} // namespace rd
