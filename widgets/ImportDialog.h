#pragma once

#include "models/importer/ImportJob.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QCheckBox;
class QFrame;

namespace rd {

// Choose dossier folders and ZIPs, watch the import, cancel it, and read what was imported and what was
// rejected with the reason. A dossier already in the round is replaced only when the user says so.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace::Location workspace, qint64 roundId, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void addPaths(const QStringList& paths);
    // Starts the import of the chosen paths (also the test seam: no file dialog involved).
    void startImport();
    bool isRunning() const { return m_thread != nullptr; }
    const ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void importFinished(const rd::ImportReport& report);

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addFolders();
    void addZips();
    void showReplaceQuestion(const QString& ubn, const QString& title, const QString& source);
    void answerReplace(bool replace);
    void finish();

    const Workspace::Location m_workspace;
    qint64 m_roundId;
    QListWidget* m_paths = nullptr;
    QPushButton* m_addFolders = nullptr;
    QPushButton* m_addZips = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_current = nullptr;
    QFrame* m_question = nullptr;
    QLabel* m_questionText = nullptr;
    QCheckBox* m_forAll = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    ImportJob* m_job = nullptr;
    QThread* m_thread = nullptr;
    ImportReport m_report;
};

} // namespace rd
