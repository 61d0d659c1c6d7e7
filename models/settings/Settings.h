#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace rd {

// Every persistent preference, typed, with its key in one place.
class Settings final
{
public:
    Settings();
    explicit Settings(const QString& iniFile); // for tests

    // "zh_TW", "en", or empty for the system language.
    QString language() const;
    void setLanguage(const QString& language);

    // The folder of the NSS certificate store; empty for the default in the user's data folder.
    QString certificateStore() const;
    void setCertificateStore(const QString& folder);

    // Where new workspaces are suggested and file dialogs start; the home folder when unset.
    QString defaultWorkspaceFolder() const;
    void setDefaultWorkspaceFolder(const QString& folder);

    // The PDF reader's rendered-page cache, in MB (32–2048; 96 by default).
    int pageCacheMegabytes() const;
    void setPageCacheMegabytes(int megabytes);

    // The deviation thresholds a new round starts with (docs/consensus.md); each round keeps its own.
    double outlierPoints() const;
    void setOutlierPoints(double points);
    double outlierRanks() const;
    void setOutlierRanks(double ranks);
    double criterionSpread() const; // share of a criterion's maximum, 0–1
    void setCriterionSpread(double share);

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // The sizes a pane of the windows was left at, by name (e.g. "member/main").
    QByteArray paneState(const QString& name) const;
    void setPaneState(const QString& name, const QByteArray& state);

    static constexpr int maxRecentWorkspaces = 8;

private:
    QSettings m_settings;
};

// The UI language to load: an explicit choice (--lang, then the setting), else the system's when it is
// Chinese or English, else Traditional Chinese, the programs' own language.
QString effectiveLanguage(const QString& commandLine, const QString& setting);

} // namespace rd
