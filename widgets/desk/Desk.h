#pragma once

#include "models/store/ApplicationStore.h"

#include <QWidget>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace rd {

class ApplicationList;
class ApplicationPage;
class PdfReader;
class SearchPanel;
class Settings;
class WorkspaceServices;

// One open workspace as its user works in it: the round's applications on the left, the chosen one on the
// right, and below them the search over every page. The secretariat's desk and a member's desk build on it.
// The main window holds one desk at a time and makes a new one for each workspace it opens, so nothing of
// the previous workspace stays on screen; a desk's menus, actions and windows go with it.
class Desk : public QWidget
{
    Q_OBJECT
public:
    ~Desk() override;

    // The menus the desk adds to the window's menu bar, the actions it adds to the File menu and to the
    // window's toolbar; all owned by the desk.
    QList<QMenu*> menus() const { return m_menus; }
    QList<QAction*> fileActions() const { return m_fileActions; }
    QList<QAction*> toolbarActions() const { return m_toolbarActions; }
    // Widgets for the window's status bar (background work); the window deletes them with the desk.
    QList<QWidget*> statusWidgets() const { return m_statusWidgets; }

    // Shows a round of the workspace: its applications, and the one shown before if the round has it.
    void showRound(qint64 roundId);
    qint64 round() const { return m_round; }
    // Reads the round again after a change made elsewhere (an import, a screening decision, a return).
    void reloadRound();
    // Makes the application current in the list and shows it (also when filters hide it from the list).
    void selectApplication(qint64 applicationId);
    // Opens a document at a page in the document window, finding and highlighting `find` from there; a
    // document that cannot be shown says why.
    void openDocument(qint64 documentId, int page, const QString& find = {});
    // Brings up the search over every page with the cursor in its box.
    void focusSearch();

    ApplicationList* applicationList() const { return m_list; }
    QTableView* applicationView() const;
    ApplicationPage* applicationPage() const { return m_page; }
    SearchPanel* searchPanel() const { return m_search; }
    PdfReader* documentView() const { return m_documentView; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    QSplitter* mainSplitter() const { return m_mainSplitter; }

Q_SIGNALS:
    // A problem to read but not to answer: the window shows it in its message bar.
    void problem(const QString& message);
    // What the status bar says about the round: counts, or the member's progress.
    void statusChanged(const QString& text);
    // A round was created: the window lists it and shows it.
    void roundAdded(qint64 roundId);

protected:
    // `role` names the desk in Settings, where its pane sizes are kept.
    Desk(WorkspaceServices& services, Settings& settings, const QString& role, QWidget* parent);

    WorkspaceServices& services() const { return m_services; }
    Settings& settings() const { return m_settings; }
    QMenu* roundMenu() const { return m_roundMenu; }
    // Adds an action to the Round menu, above the actions every desk has.
    void addRoundAction(QAction* action);
    void addFileAction(QAction* action) { m_fileActions << action; }
    void addToolbarAction(QAction* action) { m_toolbarActions << action; }
    // The pane below the list and the application, shared by the findings and the search.
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    // Restores the sizes the user left the panes at, else sets these (list and application; upper and lower
    // pane), which the splitters keep in proportion when they are laid out (large numbers, so that no pane's
    // minimum size distorts the ratio); called by a desk once all its panes exist.
    void restoreLayout(const QList<int>& mainSizes, const QList<int>& verticalSizes);

    // What each desk adds when the round was read and when an application is shown or none is.
    virtual void roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings);
    virtual void applicationShown(const ApplicationRecord& record) = 0;
    virtual void applicationCleared() = 0;

private:
    void showApplication(qint64 applicationId);

protected:
    void addStatusWidget(QWidget* widget) { m_statusWidgets << widget; }

private:
    void showAuditTrail();

    QList<QWidget*> m_statusWidgets;
    WorkspaceServices& m_services;
    Settings& m_settings;
    QString m_role;
    qint64 m_round = 0;
    QSplitter* m_verticalSplitter = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    ApplicationList* m_list = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    ApplicationPage* m_page = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    SearchPanel* m_search = nullptr;
    PdfReader* m_documentView = nullptr;
    QMenu* m_roundMenu = nullptr;
    QAction* m_commonRoundActions = nullptr; // the first of the actions every desk has
    QList<QMenu*> m_menus;
    QList<QAction*> m_fileActions;
    QList<QAction*> m_toolbarActions;
};

} // namespace rd
