#pragma once

#include "models/store/Workspace.h"

#include <QString>

class QWidget;

// The file exchanges between secretariat and committee, as the GUI runs them: each asks for its files,
// does its work off the UI thread behind a progress dialog that can be cancelled, and reports what it did
// or why it could not.
namespace rd::packagedialogs {

// The secretariat writes one reviewer package per member with assignments in the round, into a folder.
void exportPackages(QWidget* parent, const Workspace& workspace, qint64 roundId);

// A member opens a package (`file`, else one they choose) as their own review workspace; returns its
// folder, or empty.
QString importPackage(QWidget* parent, const QString& file = {});

// A member writes the score return of their complete sheets.
void exportReturn(QWidget* parent, const Workspace& workspace);

// The secretariat imports a return (`file`, else one they choose), confirming before it replaces an
// earlier one; true when imported.
bool importReturn(QWidget* parent, const Workspace& workspace, const QString& file = {});

} // namespace rd::packagedialogs
