#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace rd {

// Runs `work` on a pool thread while a progress dialog keeps the window alive; returns its result. With
// `cancelled`, the dialog offers Cancel, which sets it for the work to notice.
template <typename Work>
auto runBusy(QWidget* parent, const QString& label, std::atomic_bool* cancelled, Work work)
{
    using T = decltype(work());
    QProgressDialog progress(label, cancelled ? QCoreApplication::translate("PackageDialogs", "Cancel") : QString(), 0,
                             0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    if (cancelled)
        QObject::connect(&progress, &QProgressDialog::canceled, &loop, [cancelled] { *cancelled = true; });
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    loop.exec();
    return watcher.result();
}

} // namespace rd
