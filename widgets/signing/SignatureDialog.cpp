#include "widgets/signing/SignatureDialog.h"
#include "widgets/Prompts.h"

#include "models/signing/CertificateStore.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "widgets/BackgroundTask.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>

#include <algorithm>

namespace rd::signaturedialog {

void installPasswordPrompt(QWidget* window)
{
    QPointer<QWidget> parent = window;
    nss::setPasswordPrompt([parent](const QString& token) {
        QString secret;
        const auto ask = [&] {
            bool ok = false;
            secret = QInputDialog::getText(
                parent, QCoreApplication::translate("SignatureDialog", "Certificate password"),
                QCoreApplication::translate("SignatureDialog", "Password or PIN for %1:").arg(token),
                QLineEdit::Password, {}, &ok);
            if (!ok)
                secret.clear();
        };
        if (!parent)
            return secret;
        if (QThread::currentThread() == parent->thread())
            ask();
        else
            QMetaObject::invokeMethod(parent, ask, Qt::BlockingQueuedConnection);
        return secret;
    });
}

namespace {

// Reads the store's certificates off the UI thread (a card reader can take seconds) and hands them to `read`
// while `parent` exists.
void readCertificates(QWidget* parent, std::function<void(const QList<signing::SigningCertificate>&)> read)
{
    runInBackground(
        parent, QCoreApplication::translate("SignatureDialog", "Reading the certificate store…"), nullptr,
        [] { return signing::availableCertificates(); }, std::move(read));
}

// Imports a PKCS#12 file into the user's store, creating the store (with a new password) when there is none;
// `imported` runs once it is in.
void importPkcs12(QWidget* parent, std::function<void()> imported)
{
    const signing::CertificateStore store(nss::initialisedDirectory());
    QString storePassword;
    bool ok = false;
    if (!store.exists()) {
        storePassword = QInputDialog::getText(
            parent, QCoreApplication::translate("SignatureDialog", "New certificate store"),
            QCoreApplication::translate("SignatureDialog",
                                        "Your certificate store is created now. Choose the password that will "
                                        "protect your private keys:"),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (auto created = store.create(storePassword); !created) {
            prompts::warning(parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
                             created.error());
            return;
        }
    }
    const QString file = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("SignatureDialog", "Import a certificate and its key"), QDir::homePath(),
        QCoreApplication::translate("SignatureDialog", "PKCS#12 (*.p12 *.pfx)"));
    if (file.isEmpty())
        return;
    const QString filePassword = QInputDialog::getText(
        parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
        QCoreApplication::translate("SignatureDialog", "Password of %1:").arg(QFileInfo(file).fileName()),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (storePassword.isEmpty()) {
        storePassword =
            QInputDialog::getText(parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
                                  QCoreApplication::translate("SignatureDialog", "Password of your certificate store:"),
                                  QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    runInBackground(
        parent, QCoreApplication::translate("SignatureDialog", "Importing…"), nullptr,
        [store, file, filePassword, storePassword] { return store.importPkcs12(file, filePassword, storePassword); },
        [parent, imported = std::move(imported)](const Status& done) {
            if (!done) {
                prompts::warning(parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
                                 done.error());
                return;
            }
            imported();
        });
}

// Registers a card reader's PKCS#11 module (自然人憑證 and 工商憑證 cards are read through one).
void registerModule(QWidget* parent)
{
    const signing::CertificateStore store(nss::initialisedDirectory());
    if (!store.exists() && !store.create({}).ok())
        return;
    const QString library = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("SignatureDialog", "The card reader's PKCS#11 module"),
        QStringLiteral("/usr/lib"), QCoreApplication::translate("SignatureDialog", "PKCS#11 modules (*.so *.so.*)"));
    if (library.isEmpty())
        return;
    runInBackground(
        parent, QCoreApplication::translate("SignatureDialog", "Registering the module…"), nullptr,
        [store, library] { return store.registerModule(QFileInfo(library).completeBaseName(), library); },
        [parent](const Status& registered) {
            if (!registered)
                prompts::warning(parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
                                 registered.error());
            else
                prompts::information(
                    parent, QCoreApplication::translate("SignatureDialog", "Digital signature"),
                    QCoreApplication::translate("SignatureDialog",
                                                "The module is registered. ReviewDesk reads the cards in that reader "
                                                "from its next start."));
        });
}

} // namespace

std::optional<Choice> choose(QWidget* parent, const QString& what, bool allowUnsigned, const Expected& expected)
{
    const auto isExpected = [&expected](const QString& fingerprint) {
        return std::any_of(expected.fingerprints.cbegin(), expected.fingerprints.cend(), [&](const QString& f) {
            return signing::normalizedFingerprint(f) == signing::normalizedFingerprint(fingerprint);
        });
    };
    QList<signing::SigningCertificate> certificates;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SignatureDialog", "Digital signature"));
    auto* layout = new QFormLayout(&dialog);
    auto* intro = new QLabel(
        QCoreApplication::translate("SignatureDialog", "Sign %1 with your certificate. The password or PIN is used for "
                                                       "this signature only and is not kept.")
            .arg(what));
    intro->setWordWrap(true);
    layout->addRow(intro);
    auto* list = new QComboBox;
    list->setAccessibleName(QCoreApplication::translate("SignatureDialog", "Certificate"));
    auto* none = new QLabel(QCoreApplication::translate(
                                "SignatureDialog",
                                "The certificate store (%1) holds no certificate with a private key. Import a PKCS#12 "
                                "file, or register your card reader's PKCS#11 module with reviewdesk-cli certs module.")
                                .arg(nss::initialisedDirectory()));
    none->setWordWrap(true);
    none->hide(); // until the store has been read
    const auto fill = [&] {
        list->clear();
        const QDateTime now = QDateTime::currentDateTime();
        for (const signing::SigningCertificate& c : std::as_const(certificates)) {
            QString label =
                QCoreApplication::translate("SignatureDialog", "%1 — issued by %2, valid until %3")
                    .arg(c.commonName, c.issuerCommonName, QLocale().toString(c.validTo.date(), QLocale::ShortFormat));
            if (!c.token().isEmpty())
                label += QCoreApplication::translate("SignatureDialog", " (on %1)").arg(c.token());
            if (!c.isValidAt(now))
                label += QCoreApplication::translate("SignatureDialog", " — not valid now");
            if (isExpected(c.fingerprint))
                label += QCoreApplication::translate("SignatureDialog", " — registered for %1").arg(expected.who);
            list->addItem(label, c.nickname);
            list->setItemData(list->count() - 1, c.fingerprint, Qt::ToolTipRole);
        }
        if (allowUnsigned)
            list->addItem(QCoreApplication::translate("SignatureDialog", "Do not sign"));
        for (int i = 0; i < certificates.size(); ++i)
            if (isExpected(certificates.at(i).fingerprint)) {
                list->setCurrentIndex(i);
                break;
            }
        none->setVisible(certificates.isEmpty());
    };
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(list, 1);
    auto* import = new QPushButton(QCoreApplication::translate("SignatureDialog", "&Import PKCS#12…"));
    import->setToolTip(
        QCoreApplication::translate("SignatureDialog", "Add a certificate and its key from a .p12 or .pfx file"));
    certificateRow->addWidget(import);
    auto* card = new QPushButton(QCoreApplication::translate("SignatureDialog", "Card &reader…"));
    card->setToolTip(QCoreApplication::translate(
        "SignatureDialog", "Register your card reader's PKCS#11 module, for 自然人憑證 or 工商憑證 cards"));
    certificateRow->addWidget(card);
    auto* certificateLabel = new QLabel(QCoreApplication::translate("SignatureDialog", "&Certificate:"));
    certificateLabel->setBuddy(list); // the row is a layout, which QFormLayout cannot make the label's buddy
    layout->addRow(certificateLabel, certificateRow);
    auto* password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(QCoreApplication::translate("SignatureDialog", "Password or PIN"));
    layout->addRow(QCoreApplication::translate("SignatureDialog", "&Password or PIN:"), password);
    layout->addRow(none);
    auto* registered = new QLabel(
        expected.fingerprints.isEmpty()
            ? expected.unregistered
            : QCoreApplication::translate("SignatureDialog", "Registered for %1: the certificate with SHA-256 %2.")
                  .arg(expected.who, expected.fingerprints.join(QStringLiteral(", "))));
    registered->setWordWrap(true);
    registered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    registered->setVisible(!registered->text().isEmpty());
    layout->addRow(registered);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const int index = list->currentIndex();
        if (!expected.fingerprints.isEmpty() && index >= 0 && index < certificates.size() &&
            !isExpected(certificates.at(index).fingerprint)) {
            prompts::warning(
                &dialog, dialog.windowTitle(),
                QCoreApplication::translate("SignatureDialog",
                                            "%1 is not the certificate registered for %2 (SHA-256 %3…). A signature "
                                            "with it would be refused where it is checked; choose the registered "
                                            "certificate, or ask the secretariat to register this one.")
                    .arg(certificates.at(index).commonName, expected.who, expected.fingerprints.first().left(23)));
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto update = [&] {
        const bool signing = !list->currentData().toString().isEmpty();
        password->setEnabled(signing);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(list->count() > 0);
    };
    QObject::connect(list, &QComboBox::currentIndexChanged, &dialog, update);
    // The list fills once the store is read; until then it is empty and OK is disabled.
    const auto reread = [&] {
        readCertificates(&dialog, [&](const QList<signing::SigningCertificate>& read) {
            certificates = read;
            fill();
            update();
        });
    };
    QObject::connect(import, &QPushButton::clicked, &dialog, [&] { importPkcs12(&dialog, reread); });
    QObject::connect(card, &QPushButton::clicked, &dialog, [&] { registerModule(&dialog); });
    update();
    reread();
    if (dialog.exec() != QDialog::Accepted || list->count() == 0)
        return std::nullopt;
    Choice choice;
    choice.nickname = list->currentData().toString();
    if (!choice.nickname.isEmpty()) {
        choice.commonName = certificates.value(list->currentIndex()).commonName;
        choice.password = password->text();
    }
    return choice;
}

} // namespace rd::signaturedialog
