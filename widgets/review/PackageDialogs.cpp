#include "widgets/review/PackageDialogs.h"
#include "widgets/Prompts.h"

#include "models/core/Text.h"

#include "models/package/ReviewPackage.h"
#include "models/package/ScoreReturn.h"
#include "models/review/SigningRoles.h"
#include "widgets/BackgroundTask.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/signing/SignatureDialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QRegularExpression>

#include <atomic>

namespace rd::packagedialogs {

void exportPackages(QWidget* parent, const WorkspaceServices& workspace, qint64 roundId)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("PackageDialogs", "Folder for the reviewer packages"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const CancelFlag cancelled = makeCancelFlag();
    const Workspace::Location location = workspace.location();
    runInBackground(
        parent, QCoreApplication::translate("PackageDialogs", "Writing reviewer packages…"), cancelled,
        [location, roundId, folder, cancelled] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return connection.error();
            auto exports = package::exportAll(connection.db(), location.blobs, roundId, folder, cancelled.get());
            if (!exports)
                return exports.error();
            QStringList lines;
            for (const package::MemberExport& e : *exports) {
                if (!e.report) {
                    lines << QStringLiteral("%1: %2").arg(e.name, e.report.error());
                    continue;
                }
                lines << QCoreApplication::translate("PackageDialogs", "%1: %2 applications → %3")
                             .arg(e.name)
                             .arg(e.report->applications.size())
                             .arg(QFileInfo(e.path).fileName());
                for (const auto& [application, why] : e.report->leftOut)
                    lines << QCoreApplication::translate("PackageDialogs", "    left out (conflict): %1").arg(why);
            }
            if (*cancelled)
                lines << QCoreApplication::translate("PackageDialogs", "Cancelled; the packages above were written.");
            return lines.join(QLatin1Char('\n'));
        },
        [parent](const QString& report) {
            prompts::information(parent, QCoreApplication::translate("PackageDialogs", "Reviewer packages"), report);
        });
}

namespace {

// A folder for the package's workspace: `chosen` itself when it is empty or missing, else (when the member
// agrees) a new folder inside it named after the package; empty when the member declines.
QString workspaceFolderFor(QWidget* parent, const QString& chosen, const QString& packageFile)
{
    const QDir dir(chosen);
    if (!dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return chosen;
    const QString base = QFileInfo(packageFile).completeBaseName();
    QString inside = dir.filePath(base);
    for (int n = 2; QFileInfo::exists(inside); ++n)
        inside = dir.filePath(QStringLiteral("%1-%2").arg(base).arg(n));
    const bool agreed = prompts::confirm(
        parent, QCoreApplication::translate("PackageDialogs", "Reviewer package"),
        QCoreApplication::translate(
            "PackageDialogs", "%1 already holds other files, and a review workspace needs a folder of its own.\n\n"
                              "Create the folder %2 in it for this package?")
            .arg(QDir::toNativeSeparators(chosen), QFileInfo(inside).fileName()));
    return agreed ? inside : QString();
}

} // namespace

void importPackage(QWidget* parent, const QString& given, const QString& workspacesFolder,
                   std::function<void(const QString& folder)> opened)
{
    const QString file =
        !given.isEmpty()
            ? given
            : QFileDialog::getOpenFileName(
                  parent, QCoreApplication::translate("PackageDialogs", "Open a reviewer package"), QDir::homePath(),
                  QCoreApplication::translate("PackageDialogs", "Reviewer packages (*.rdpkg *.zip)"));
    if (file.isEmpty())
        return;
    QDir().mkpath(workspacesFolder); // where review workspaces go, unless the member chooses otherwise
    const QString chosen = QFileDialog::getExistingDirectory(
        parent, QCoreApplication::translate("PackageDialogs", "Choose a folder for your review workspace"),
        workspacesFolder);
    if (chosen.isEmpty())
        return;
    const QString folder = workspaceFolderFor(parent, chosen, file);
    if (folder.isEmpty())
        return;
    runInBackground(
        parent, QCoreApplication::translate("PackageDialogs", "Checking and opening the package…"), nullptr,
        [file, folder] {
            auto workspace = package::importPackage(file, folder);
            return workspace ? QString() : workspace.error();
        },
        [parent, folder, opened = std::move(opened)](const QString& error) {
            if (!error.isEmpty()) {
                prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Reviewer package"), error);
                return;
            }
            opened(folder);
        });
}

namespace {

// The package names the certificate the secretariat registered for this member.
signaturedialog::Expected expectedSigner(const WorkspaceServices& workspace)
{
    signaturedialog::Expected expected;
    auto context = workspace.reviewerContext();
    if (!context || !*context)
        return expected;
    const QJsonObject& manifest = (*context)->manifest;
    const QString registered =
        manifest.value(QStringLiteral("signing")).toObject().value(QStringLiteral("certificate_sha256")).toString();
    if (!registered.isEmpty())
        expected.fingerprints << registered;
    expected.who = roles::roleText(roles::Role::Member) +
                   QStringLiteral(" (%1)").arg(
                       manifest.value(QStringLiteral("reviewer")).toObject().value(QStringLiteral("name")).toString());
    expected.unregistered = QCoreApplication::translate(
        "PackageDialogs", "No certificate was registered for you when this package was made. The secretariat "
                          "accepts signed sheets only with the certificate it has registered for you: tell it which "
                          "one you sign with.");
    return expected;
}

} // namespace

// The return's file name says whose it is, for which round and when: 評分回傳_林孟儒_第1梯次_20261203.rdret.
QString suggestedReturnName(const package::ReviewerContext& context)
{
    const QJsonObject& manifest = context.manifest;
    QString name =
        QCoreApplication::translate("PackageDialogs", "score-return_%1_%2_%3.rdret")
            .arg(manifest.value(QStringLiteral("reviewer")).toObject().value(QStringLiteral("name")).toString(),
                 manifest.value(QStringLiteral("round")).toObject().value(QStringLiteral("name")).toString(),
                 QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    return name.replace(unsafe, QStringLiteral("-"));
}

void exportReturn(QWidget* parent, WorkspaceServices& workspace)
{
    // Nothing to send is said first, before any file, question or signature is asked for.
    auto context = workspace.reviewerContext();
    if (!context || !*context) {
        prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Score return"),
                         context ? QCoreApplication::translate("PackageDialogs",
                                                               "Only a member's review workspace sends a score return.")
                                 : context.error());
        return;
    }
    auto progress = workspace.sheets.progress((*context)->roundId, (*context)->reviewerId);
    if (!progress) {
        prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Score return"), progress.error());
        return;
    }
    if (progress->done() == 0) {
        prompts::information(parent, QCoreApplication::translate("PackageDialogs", "Score return"),
                             QCoreApplication::translate("PackageDialogs",
                                                         "There is nothing to send yet: none of your %n sheet(s) is "
                                                         "marked complete or declared a conflict.",
                                                         nullptr, progress->assigned));
        return;
    }
    const QString file =
        QFileDialog::getSaveFileName(parent, QCoreApplication::translate("PackageDialogs", "Save the score return"),
                                     QDir::home().filePath(suggestedReturnName(**context)),
                                     QCoreApplication::translate("PackageDialogs", "Score returns (*.rdret)"));
    if (file.isEmpty())
        return;
    const bool notes = prompts::confirm(
        parent, QCoreApplication::translate("PackageDialogs", "Score return"),
        QCoreApplication::translate("PackageDialogs", "Send your private page notes with the return as well?"));
    const auto signer = signaturedialog::choose(
        parent, QCoreApplication::translate("PackageDialogs", "each printed score sheet (評分表)"), true,
        expectedSigner(workspace));
    if (!signer)
        return;
    const scorereturn::ExportOptions options{notes, signer->nickname, signer->password};
    const Workspace::Location location = workspace.location();
    runInBackground(
        parent, QCoreApplication::translate("PackageDialogs", "Writing the score return…"), nullptr,
        [location, file, options] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<scorereturn::ExportReport>::failure(connection.error());
            return scorereturn::exportReturn(connection.db(), file, options);
        },
        [parent, file](const Result<scorereturn::ExportReport>& result) {
            if (!result) {
                prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Score return"), result.error());
                return;
            }
            QString text =
                QCoreApplication::translate("PackageDialogs", "%1 sheets written to %2.").arg(result->sheets).arg(file);
            if (!result->notReturned.isEmpty())
                text +=
                    QLatin1String("\n\n") + QCoreApplication::translate("PackageDialogs", "Not complete, not sent:\n%1")
                                                .arg(result->notReturned.join(QLatin1Char('\n')));
            prompts::information(parent, QCoreApplication::translate("PackageDialogs", "Score return"), text);
        });
}

namespace {

// After the return was checked: confirms a replacement, then imports it in the background.
void confirmAndImport(QWidget* parent, const Workspace::Location& location, const scorereturn::Preview& preview,
                      std::function<void()> imported)
{
    bool replace = false;
    if (preview.previousReturnId != 0) {
        if (!prompts::confirm(
                parent, QCoreApplication::translate("PackageDialogs", "Replace the earlier return?"),
                QCoreApplication::translate("PackageDialogs",
                                            "%1 already sent a return for this round (imported %2). Replace it with "
                                            "this one? The earlier return is kept as history.")
                    .arg(preview.reviewerName, text::localDateTime(preview.previousImportedAt))))
            return;
        replace = true;
    }
    runInBackground(
        parent, QCoreApplication::translate("PackageDialogs", "Importing the score return…"), nullptr,
        [location, preview, replace] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<scorereturn::ImportReport>::failure(connection.error());
            return scorereturn::import(connection.db(), location.blobs, preview, replace);
        },
        [parent, preview, imported = std::move(imported)](const Result<scorereturn::ImportReport>& result) {
            if (!result) {
                prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Score return"), result.error());
                return;
            }
            prompts::information(
                parent, QCoreApplication::translate("PackageDialogs", "Score return"),
                QCoreApplication::translate("PackageDialogs", "%1: %2 sheets imported (%3 declared conflicts).")
                    .arg(preview.reviewerName)
                    .arg(result->sheets)
                    .arg(preview.conflicts));
            imported();
        });
}

} // namespace

void importReturn(QWidget* parent, const WorkspaceServices& workspace, const QString& given,
                  std::function<void()> imported)
{
    const QString file =
        !given.isEmpty()
            ? given
            : QFileDialog::getOpenFileName(
                  parent, QCoreApplication::translate("PackageDialogs", "Import a score return"), QDir::homePath(),
                  QCoreApplication::translate("PackageDialogs", "Score returns (*.rdret *.zip)"));
    if (file.isEmpty())
        return;
    const Workspace::Location location = workspace.location();
    runInBackground(
        parent, QCoreApplication::translate("PackageDialogs", "Checking the score return…"), nullptr,
        [location, file] {
            Workspace::ThreadConnection connection(location);
            if (!connection.isOpen())
                return Result<scorereturn::Preview>::failure(connection.error());
            return scorereturn::inspect(connection.db(), file);
        },
        [parent, location, imported = std::move(imported)](const Result<scorereturn::Preview>& preview) mutable {
            if (!preview) {
                prompts::warning(parent, QCoreApplication::translate("PackageDialogs", "Score return"),
                                 preview.error());
                return;
            }
            confirmAndImport(parent, location, *preview, std::move(imported));
        });
}

} // namespace rd::packagedialogs
