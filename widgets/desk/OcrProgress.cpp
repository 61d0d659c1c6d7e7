#include "widgets/desk/OcrProgress.h"

#include "models/importer/OcrJob.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

OcrProgress::OcrProgress(Workspace::Location workspace, QWidget* parent)
    : QWidget(parent), m_workspace(std::move(workspace))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("OCR of scanned pages"));
    m_action = new QToolButton(this);
    m_action->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_action);
    connect(m_action, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        else
            start();
    });
    hide();
}

OcrProgress::~OcrProgress()
{
    // The run ends with its current batch; what it stored stays, the rest waits for the next start.
    if (m_job)
        m_job->cancel();
}

void OcrProgress::start()
{
    if (m_job) {
        m_startAgain = true; // pages imported meanwhile are not on the running job's list
        return;
    }
    m_startAgain = false;
    m_job = std::make_shared<OcrJob>(m_workspace);
    // Half the cores: the committee's desk stays responsive while OCR reads.
    m_job->setThreads(std::max(1, QThread::idealThreadCount() / 2));
    connect(m_job.get(), &OcrJob::progress, this, [this](int done, int total) {
        setVisible(total > 0);
        m_bar->setRange(0, std::max(total, 1));
        m_bar->setValue(done);
        m_label->setText(tr("OCR of scanned pages: %1 of %2").arg(done).arg(total));
    });
    m_action->setText(tr("Cancel"));
    m_action->setToolTip(tr("Stop reading scanned pages; what was read is kept, the rest waits"));
    auto* watcher = new QFutureWatcher<OcrReport>(this);
    connect(watcher, &QFutureWatcher<OcrReport>::finished, this, [this, watcher] {
        const OcrReport report = watcher->result();
        watcher->deleteLater();
        m_job.reset();
        if (!report.error.isEmpty())
            Q_EMIT problem(tr("OCR of scanned pages stopped: %1").arg(report.error));
        if (report.remaining > 0) {
            m_label->setText(tr("OCR paused: %n page(s) wait", "", report.remaining));
            m_action->setText(tr("Resume"));
            m_action->setToolTip(tr("Go on reading the scanned pages that wait"));
            show();
        } else {
            hide();
        }
        Q_EMIT finished();
        if (m_startAgain && !report.cancelled && report.error.isEmpty())
            start();
    });
    watcher->setFuture(QtConcurrent::run([job = m_job] { return job->run(); }));
}

} // namespace rd
