#pragma once

#include <QStringList>

// reviewdesk-cli package …, return … and sheet …: reviewer packages out, score sheets written in a
// reviewer's workspace, score returns back.
namespace rd::cli {

int packageCommand(const QStringList& arguments);
int returnCommand(const QStringList& arguments);
int sheetCommand(const QStringList& arguments);

} // namespace rd::cli
