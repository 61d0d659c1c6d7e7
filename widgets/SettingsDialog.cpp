#include "widgets/SettingsDialog.h"

#include "models/signing/Nss.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox), m_pageCache(new QSpinBox),
      m_outlierPoints(new QDoubleSpinBox), m_outlierRanks(new QDoubleSpinBox), m_criterionSpread(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);

    auto* general = new QGroupBox(tr("General"));
    auto* generalForm = new QFormLayout(general);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    generalForm->addRow(tr("&Language (after a restart):"), m_language);
    QWidget* workspaceRow = nullptr;
    m_workspaceFolder = folderField(settings.defaultWorkspaceFolder(), tr("Default workspace folder"), &workspaceRow);
    generalForm->addRow(tr("&Workspaces folder:"), workspaceRow);
    m_pageCache->setRange(32, 2048);
    m_pageCache->setSingleStep(32);
    m_pageCache->setSuffix(tr(" MB"));
    m_pageCache->setValue(settings.pageCacheMegabytes());
    m_pageCache->setAccessibleName(tr("Page cache of the PDF reader"));
    m_pageCache->setToolTip(tr("Rendered pages kept in memory; more makes paging back faster"));
    generalForm->addRow(tr("PDF reader's &page cache:"), m_pageCache);
    layout->addWidget(general);

    auto* thresholds = new QGroupBox(tr("Deviation thresholds of new rounds (差異警示)"));
    auto* thresholdForm = new QFormLayout(thresholds);
    m_outlierPoints->setRange(1, 100);
    m_outlierPoints->setDecimals(1);
    m_outlierPoints->setSuffix(tr(" points"));
    m_outlierPoints->setValue(settings.outlierPoints());
    m_outlierPoints->setAccessibleName(tr("Total apart from the others"));
    thresholdForm->addRow(tr("A member's &total apart from the others' mean by:"), m_outlierPoints);
    m_outlierRanks->setRange(1, 100);
    m_outlierRanks->setDecimals(0);
    m_outlierRanks->setSuffix(tr(" places"));
    m_outlierRanks->setValue(settings.outlierRanks());
    m_outlierRanks->setAccessibleName(tr("Rank apart from the others"));
    thresholdForm->addRow(tr("A member's &rank apart from the others' median by:"), m_outlierRanks);
    m_criterionSpread->setRange(5, 100);
    m_criterionSpread->setSuffix(QStringLiteral(" %"));
    m_criterionSpread->setValue(int(settings.criterionSpread() * 100 + 0.5));
    m_criterionSpread->setAccessibleName(tr("Spread of a criterion"));
    thresholdForm->addRow(tr("A &criterion's scores spread over (of its maximum):"), m_criterionSpread);
    auto* note = new QLabel(tr("Each round keeps the thresholds it was created with; rounds already created keep "
                               "theirs."));
    note->setWordWrap(true);
    thresholdForm->addRow(note);
    layout->addWidget(thresholds);

    auto* signing = new QGroupBox(tr("Signatures"));
    auto* signingForm = new QFormLayout(signing);
    QWidget* storeRow = nullptr;
    m_certificateStore = folderField(settings.certificateStore(), tr("Certificate store folder"), &storeRow);
    m_certificateStore->setPlaceholderText(tr("default: ReviewDesk/nssdb in your data folder"));
    signingForm->addRow(tr("Certificate &store (after a restart):"), storeRow);
    layout->addWidget(signing);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* SettingsDialog::folderField(const QString& value, const QString& accessibleName, QWidget** row)
{
    auto* field = new QLineEdit(value);
    field->setAccessibleName(accessibleName);
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setAccessibleName(tr("Browse for %1").arg(accessibleName));
    connect(browse, &QPushButton::clicked, this, [this, field, accessibleName] {
        const QString folder = QFileDialog::getExistingDirectory(this, accessibleName, field->text());
        if (!folder.isEmpty())
            field->setText(folder);
    });
    *row = new QWidget;
    auto* box = new QHBoxLayout(*row);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(field, 1);
    box->addWidget(browse);
    return field;
}

void SettingsDialog::save()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDefaultWorkspaceFolder(m_workspaceFolder->text().trimmed());
    m_settings.setPageCacheMegabytes(m_pageCache->value());
    m_settings.setOutlierPoints(m_outlierPoints->value());
    m_settings.setOutlierRanks(m_outlierRanks->value());
    m_settings.setCriterionSpread(m_criterionSpread->value() / 100.0);
    m_settings.setCertificateStore(m_certificateStore->text().trimmed());
    nss::setConfiguredStoreDirectory(m_settings.certificateStore());
}

} // namespace rd
