#include "settings/Settings.h"

#include <QDir>
#include <QLocale>

namespace rd {

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString recentWorkspaces = QStringLiteral("workspaces/recent");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString certificateStore = QStringLiteral("signing/certificate_store");
} // namespace Key

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ReviewDesk"), QStringLiteral("ReviewDesk"))
{}

Settings::Settings(const QString& iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

QString Settings::language() const
{
    return m_settings.value(Key::language).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(Key::language, language);
}

QString Settings::certificateStore() const
{
    return m_settings.value(Key::certificateStore).toString();
}

void Settings::setCertificateStore(const QString& folder)
{
    m_settings.setValue(Key::certificateStore, folder);
}

QStringList Settings::recentWorkspaces() const
{
    return m_settings.value(Key::recentWorkspaces).toStringList();
}

void Settings::addRecentWorkspace(const QString& path)
{
    QStringList list = recentWorkspaces();
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maxRecentWorkspaces)
        list.removeLast();
    m_settings.setValue(Key::recentWorkspaces, list);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(Key::windowState, state);
}

QString effectiveLanguage(const QString& commandLine, const QString& setting)
{
    for (const QString& choice : {commandLine, setting}) {
        if (choice.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
        if (choice.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_TW");
    }
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_TW");
}

} // namespace rd
