// reviewdesk: the desktop workstation.
#include "MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("reviewdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReviewDesk 審查工作站"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("User-interface language: zh_TW or en."),
                                            QStringLiteral("LANG"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("Workspace folder to open."));
    parser.process(app);

    rd::Settings settings;
    const QString language = rd::effectiveLanguage(parser.value(languageOption), settings.language());
    QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/reviewdesk_") + language))
        QCoreApplication::installTranslator(&translator);

    rd::MainWindow window(settings);
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openWorkspace(positional.first());
    else if (!settings.recentWorkspaces().isEmpty())
        window.openWorkspace(settings.recentWorkspaces().first());
    return app.exec();
}
