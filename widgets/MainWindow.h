#pragma once

#include "models/store/Workspace.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTabWidget;

namespace rd {

class ApplicationFilterModel;
class ApplicationListModel;
class ApplicationPage;
class MessageBar;
class FindingsPanel;
class ImportDialog;
class PdfReader;
class PreliminaryPanel;
class ScreeningPanel;
class ReviewPage;
class SearchPanel;
class Settings;

// The workstation. For the secretariat: rounds, the application list with its intake status, one
// application in detail, the round's findings, full-text search over every page, and the packages and
// returns exchanged with the committee. In a committee member's review workspace (made from a package),
// the application list leads to the reader and the score sheet side by side, with progress over all
// assigned applications.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; on failure the message is shown and the current workspace stays open.
    bool openWorkspace(const QString& path);
    // What a double-click on one of ReviewDesk's files does: a workspace folder opens; a reviewer package
    // (.rdpkg) becomes a member's review workspace; a score return (.rdret) is imported into the open (or
    // most recent) secretariat's workspace; a round archive (.rdarc) opens in auditor mode.
    void openFile(const QString& path);
    const Workspace* workspace() const { return m_workspace.get(); }
    qint64 currentRound() const;

    // Opens the import dialog (with paths already chosen, for tests and drag-and-drop) and returns it.
    ImportDialog* showImportDialog(const QStringList& paths = {});

    // Selects an application in the list and shows it.
    void selectApplication(qint64 applicationId);

    ApplicationPage* applicationPage() const { return m_page; }
    SearchPanel* searchPanel() const { return m_search; }
    QTableView* applicationView() const { return m_applicationView; }
    PdfReader* documentView() const { return m_documentView; }
    // The member's desk, in a review workspace; null in the secretariat's.
    ReviewPage* reviewPage() const { return m_review; }
    // The secretariat's 初審意見 of the shown application; null in a review workspace.
    PreliminaryPanel* preliminaryPanel() const { return m_preliminary; }
    ScreeningPanel* screeningPanel() const { return m_screening; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // Dossier folders and ZIPs dropped on the window open the import dialog with them.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void openArchive(const QString& path); // auditor mode, in a window of its own
    void showAuditTrail();
    void showAbout();
    void showGuide();
    void archiveRound();
    void writeSupplementNotices();
    void newWorkspace();
    void chooseWorkspace();
    void newRound();
    void reloadRounds();
    void reloadRound();
    void showApplication(qint64 applicationId);
    void openDocument(qint64 documentId, int page);
    void setLanguage(const QString& language);
    void updateRecentMenu();
    void showError(const QString& message);
    void setUpReviewerMode();
    void updateProgress();
    void updateSheetSummaries();

    Settings& m_settings;
    std::unique_ptr<Workspace> m_workspace;
    MessageBar* m_messages = nullptr;
    QComboBox* m_rounds = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_severityFilter = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QTableView* m_applicationView = nullptr;
    ApplicationListModel* m_applications = nullptr;
    ApplicationFilterModel* m_filter = nullptr;
    ApplicationPage* m_page = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    ReviewPage* m_review = nullptr;
    PreliminaryPanel* m_preliminary = nullptr; // the secretariat's 初審意見 tab
    ScreeningPanel* m_screening = nullptr;     // the secretariat's 資格文件審查 tab
    qint64 m_reviewerId = 0;                   // the member whose workspace this is; 0 for the secretariat
    QLabel* m_progress = nullptr;
    QList<QAction*> m_secretariatActions;
    QList<QAction*> m_reviewerActions;
    FindingsPanel* m_findings = nullptr;
    SearchPanel* m_search = nullptr;
    PdfReader* m_documentView = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_counts = nullptr;
    QList<QAction*> m_workspaceActions;
};

} // namespace rd
