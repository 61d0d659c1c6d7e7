#pragma once

#include "models/settings/Settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace rd {

// Settings → Preferences: language, default workspace folder, the reader's page cache, the deviation
// thresholds new rounds start with, and the certificate store's folder; all in the typed Settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // Writes the fields to the settings (also what OK does).
    void save();

private:
    QLineEdit* folderField(const QString& value, const QString& accessibleName, QWidget** row);

    Settings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_workspaceFolder;
    QSpinBox* m_pageCache;
    QDoubleSpinBox* m_outlierPoints;
    QDoubleSpinBox* m_outlierRanks;
    QSpinBox* m_criterionSpread;
    QLineEdit* m_certificateStore;
};

} // namespace rd
