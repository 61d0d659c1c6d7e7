#pragma once

#include "models/store/Workspace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rd {

class OcrJob;

// Reads the workspace's scanned pages with OCR in the background and shows how far it is, in the status bar:
// a bar, the count, and Cancel. Started when the workspace opens and after each import; a cancelled or
// interrupted run leaves the rest for the next start (importer/OcrJob.h). Hidden while there is nothing to read.
class OcrProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit OcrProgress(Workspace::Location workspace, QWidget* parent = nullptr);
    ~OcrProgress() override;

    // Reads what waits; asked while a run is going, it runs again after it for what came in meanwhile.
    void start();
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // A run ended (done, cancelled or stopped by an error): pages may have new text.
    void finished();
    // A run stopped on an error: why.
    void problem(const QString& message);

private:
    const Workspace::Location m_workspace;
    std::shared_ptr<OcrJob> m_job;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_action = nullptr; // Cancel while running, Resume when cancelled
    bool m_startAgain = false;
};

} // namespace rd
