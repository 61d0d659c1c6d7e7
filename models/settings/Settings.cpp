#include "models/settings/Settings.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace rd {

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString recentWorkspaces = QStringLiteral("workspaces/recent");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString certificateStore = QStringLiteral("signing/certificate_store");
const QString defaultWorkspaceFolder = QStringLiteral("workspaces/default_folder");
const QString pageCache = QStringLiteral("reader/page_cache_mb");
const QString outlierPoints = QStringLiteral("consensus/outlier_points");
const QString outlierRanks = QStringLiteral("consensus/outlier_ranks");
const QString criterionSpread = QStringLiteral("consensus/criterion_spread");
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

QString Settings::defaultWorkspaceFolder() const
{
    const QString folder = m_settings.value(Key::defaultWorkspaceFolder).toString();
    return folder.isEmpty() ? QDir::home().filePath(QStringLiteral("ReviewDesk")) : folder;
}

void Settings::setDefaultWorkspaceFolder(const QString& folder)
{
    m_settings.setValue(Key::defaultWorkspaceFolder, folder);
}

int Settings::pageCacheMegabytes() const
{
    return std::clamp(m_settings.value(Key::pageCache, 96).toInt(), 32, 2048);
}

void Settings::setPageCacheMegabytes(int megabytes)
{
    m_settings.setValue(Key::pageCache, std::clamp(megabytes, 32, 2048));
}

// Out-of-range values (a hand-edited file) fall back to the defaults of consensus::Settings.
double Settings::outlierPoints() const
{
    const double v = m_settings.value(Key::outlierPoints, 15.0).toDouble();
    return v > 0 && v <= 100 ? v : 15.0;
}

void Settings::setOutlierPoints(double points)
{
    m_settings.setValue(Key::outlierPoints, points);
}

double Settings::outlierRanks() const
{
    const double v = m_settings.value(Key::outlierRanks, 3.0).toDouble();
    return v > 0 && v <= 1e6 ? v : 3.0;
}

void Settings::setOutlierRanks(double ranks)
{
    m_settings.setValue(Key::outlierRanks, ranks);
}

double Settings::criterionSpread() const
{
    const double v = m_settings.value(Key::criterionSpread, 0.4).toDouble();
    return v > 0 && v <= 1 ? v : 0.4;
}

void Settings::setCriterionSpread(double share)
{
    m_settings.setValue(Key::criterionSpread, share);
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

QByteArray Settings::paneState(const QString& name) const
{
    return m_settings.value(QStringLiteral("panes/") + name).toByteArray();
}

void Settings::setPaneState(const QString& name, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("panes/") + name, state);
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
