#pragma once

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace rd {

// A flag a background task checks to stop early; shared, because the task may outlive the code that set it.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

inline CancelFlag makeCancelFlag()
{
    return std::make_shared<std::atomic_bool>(false);
}

// Runs `work` on a pool thread and hands its result to `done` on the UI thread, unless `context` is gone by
// then (the pattern of KeePassXC's runThenCallback). Meanwhile a window-modal progress dialog on `context`
// shows (after 300 ms) with `label`, and, given a cancel flag, offers Cancel, which sets it.
//
// The caller returns at once: no nested event loop runs inside its stack, so nothing the caller holds can be
// replaced under it. In return `work` must own everything it uses — capture values (Workspace::Location, not
// the Workspace) — because it may run on after the window that started it has closed.
template <typename Work, typename Done>
void runInBackground(QWidget* context, const QString& label, CancelFlag cancelled, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto* progress = new QProgressDialog(
        label, cancelled ? QCoreApplication::translate("BackgroundTask", "Cancel") : QString(), 0, 0, context);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    if (cancelled)
        QObject::connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });
    auto* watcher = new QFutureWatcher<T>(progress);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, progress = QPointer<QProgressDialog>(progress), done = std::move(done)]() mutable {
                         T result = watcher->result();
                         if (progress) {
                             progress->hide();
                             progress->deleteLater(); // and the watcher with it, once its signal has returned
                         }
                         done(std::move(result));
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace rd
