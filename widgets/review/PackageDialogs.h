#pragma once

#include <QString>

#include <functional>

class QWidget;

// The file exchanges between secretariat and committee, as the GUI runs them: each asks for its files,
// does its work off the UI thread behind a progress dialog that can be cancelled, and reports what it did
// or why it could not. Each returns once the work has started; what follows it runs when the work is done,
// if `parent` still exists.
namespace rd {
class WorkspaceServices;
}

namespace rd::packagedialogs {

// The secretariat writes one reviewer package per member with assignments in the round, into a folder.
void exportPackages(QWidget* parent, const WorkspaceServices& workspace, qint64 roundId);

// A member opens a package (`file`, else one they choose) as their own review workspace, in a folder they
// choose under `workspacesFolder`; a folder that is not empty gets a new sub-folder named after the package
// (its round and member). `opened` gets the workspace's folder once it is ready.
void importPackage(QWidget* parent, const QString& file, const QString& workspacesFolder,
                   std::function<void(const QString& folder)> opened);

// A member writes the score return of their complete sheets.
void exportReturn(QWidget* parent, WorkspaceServices& workspace);

// The secretariat imports a return (`file`, else one they choose), confirming before it replaces an
// earlier one; `imported` runs once it is imported.
void importReturn(QWidget* parent, const WorkspaceServices& workspace, const QString& file,
                  std::function<void()> imported);

} // namespace rd::packagedialogs
