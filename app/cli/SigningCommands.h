#pragma once

#include <QStringList>

// reviewdesk-cli certs, sign, archive, verify and audit: signatures, the audit trail and round archives.
namespace rd::cli {

int certsCommand(const QStringList& arguments);
int signCommand(const QStringList& arguments);
int archiveCommand(const QStringList& arguments);
int verifyCommand(const QStringList& arguments);
int auditCommand(const QStringList& arguments);

} // namespace rd::cli
