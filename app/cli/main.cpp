// reviewdesk-cli: the workstation's operations for scripts, automation and auditors.
#include "app/cli/CliCommands.h"
#include "models/settings/Settings.h"
#include "models/signing/Nss.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // The demo writes PDFs with Qt's font engine, which needs a GUI application but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reviewdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));

    // --lang LANG may appear anywhere; it is taken out before the command sees its arguments.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
            break;
        }
    }
    const rd::Settings settings;
    rd::nss::setConfiguredStoreDirectory(settings.certificateStore());
    QTranslator translator;
    const QString chosen = rd::effectiveLanguage(language, settings.language());
    if (translator.load(QStringLiteral(":/i18n/reviewdesk_") + chosen))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(chosen));
    return rd::cli::run(arguments);
}
