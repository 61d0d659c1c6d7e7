// reviewdesk: the desktop workstation.
#include "models/settings/Settings.h"
#include "models/signing/Nss.h"
#include "widgets/MainWindow.h"
#include "widgets/audit/AuditorWindow.h"
#include "widgets/signing/SignatureDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("reviewdesk"));

    // The language is needed before the options are described, so --lang is looked at first.
    QString requested;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            requested = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            requested = arguments.at(i).mid(7);
    }
    rd::Settings settings;
    rd::nss::setConfiguredStoreDirectory(settings.certificateStore());
    const QString language = rd::effectiveLanguage(requested, settings.language());
    QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/reviewdesk_") + language))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "ReviewDesk 審查工作站"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "User-interface language: zh_TW or en."),
        QStringLiteral("LANG"));
    parser.addOption(languageOption);
    const QCommandLineOption auditOption(
        QStringLiteral("audit"),
        QCoreApplication::translate("main", "Open a round archive read-only and verify it (auditor mode)."),
        QStringLiteral("ARCHIVE"));
    parser.addOption(auditOption);
    parser.addPositionalArgument(
        QStringLiteral("WORKSPACE|FILE"),
        QCoreApplication::translate("main", "Workspace folder, reviewer package (.rdpkg), score return (.rdret) or "
                                            "round archive (.rdarc) to open."));
    parser.process(app);

    // Auditor mode (--audit, or a double-clicked round archive): the archive's window alone, nothing that edits.
    const QStringList positional = parser.positionalArguments();
    QString archive = parser.value(auditOption);
    if (archive.isEmpty() && !positional.isEmpty() &&
        QFileInfo(positional.first()).suffix().toLower() == QLatin1String("rdarc"))
        archive = positional.first();
    if (!archive.isEmpty()) {
        auto* auditor = new rd::AuditorWindow(archive);
        rd::signaturedialog::installPasswordPrompt(auditor);
        auditor->show();
        // A file that is no archive ends the program, with the error it was shown.
        QObject::connect(auditor, &rd::AuditorWindow::failed, &app, [] { QCoreApplication::exit(1); });
        auditor->verify();
        return app.exec();
    }

    rd::MainWindow window(settings);
    rd::signaturedialog::installPasswordPrompt(&window);
    window.show();
    if (!positional.isEmpty() && QFileInfo(positional.first()).isFile())
        QTimer::singleShot(0, &window, [&window, file = positional.first()] { window.openFile(file); });
    else if (!positional.isEmpty())
        window.openWorkspace(positional.first());
    else if (!settings.recentWorkspaces().isEmpty())
        window.openWorkspace(settings.recentWorkspaces().first());
    return app.exec();
}
