#pragma once

#include "models/store/Workspace.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QToolBar;

namespace rd {

class Desk;
class MemberDesk;
class MessageBar;
class SecretariatDesk;
class Settings;
class WorkspaceServices;

// The workstation's window: opening workspaces, packages, returns and archives, the round being worked
// on, settings and help. An open workspace is worked on at a desk: the secretariat's for a workspace of
// its own, a member's for a review workspace made from a package. Each workspace opened gets a new desk.
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

    // The desk of the open workspace; null before one is open.
    Desk* desk() const { return m_desk; }
    SecretariatDesk* secretariatDesk() const;
    MemberDesk* memberDesk() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    // Dossier folders and ZIPs dropped on the secretariat's window open the import dialog with them.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    QWidget* createWelcome();
    void setDesk(Desk* desk);
    void openArchive(const QString& path); // auditor mode, in a window of its own
    void openPackage(const QString& path);
    void showAbout();
    void showGuide();
    void newWorkspace();
    void chooseWorkspace();
    void chooseArchive();
    void reloadRounds(qint64 select = 0);
    void setLanguage(const QString& language);
    void updateRecentMenu();
    void showError(const QString& message);

    Settings& m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceServices> m_services;
    Desk* m_desk = nullptr; // owned by the window; goes before the services it uses
    QWidget* m_welcome = nullptr;
    MessageBar* m_messages = nullptr;
    QToolBar* m_toolbar = nullptr;
    QComboBox* m_rounds = nullptr;
    QLabel* m_deskStatus = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_deskFileActions = nullptr; // where the desk's File actions go
    QAction* m_settingsMenu = nullptr;    // the desk's menus go before it
    QMenu* m_recentMenu = nullptr;
    QAction* m_newWorkspace = nullptr;
    QAction* m_openWorkspace = nullptr;
    QAction* m_openPackage = nullptr;
    QAction* m_openArchive = nullptr;
};

} // namespace rd
