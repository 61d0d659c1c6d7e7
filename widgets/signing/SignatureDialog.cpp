#include "signing/SignatureDialog.h"

#include "Busy.h"
#include "signing/Certificates.h"
#include "signing/Nss.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>

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

std::optional<Choice> choose(QWidget* parent, const QString& what, bool allowUnsigned)
{
    const QList<signing::SigningCertificate> certificates =
        runBusy(parent, QCoreApplication::translate("SignatureDialog", "Reading the certificate store…"), nullptr,
                [] { return signing::availableCertificates(); });

    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SignatureDialog", "Digital signature"));
    auto* layout = new QFormLayout(&dialog);
    auto* intro = new QLabel(
        QCoreApplication::translate("SignatureDialog",
                                    "Sign %1 with your certificate. The password or PIN is used for this signature "
                                    "only and is not kept.")
            .arg(what));
    intro->setWordWrap(true);
    layout->addRow(intro);
    auto* list = new QComboBox;
    list->setAccessibleName(QCoreApplication::translate("SignatureDialog", "Certificate"));
    const QDateTime now = QDateTime::currentDateTime();
    for (const signing::SigningCertificate& c : certificates) {
        QString label =
            QCoreApplication::translate("SignatureDialog", "%1 — issued by %2, valid until %3")
                .arg(c.commonName, c.issuerCommonName, QLocale().toString(c.validTo.date(), QLocale::ShortFormat));
        if (!c.token().isEmpty())
            label += QCoreApplication::translate("SignatureDialog", " (on %1)").arg(c.token());
        if (!c.isValidAt(now))
            label += QCoreApplication::translate("SignatureDialog", " — not valid now");
        list->addItem(label, c.nickname);
        list->setItemData(list->count() - 1, c.fingerprint, Qt::ToolTipRole);
    }
    if (allowUnsigned)
        list->addItem(QCoreApplication::translate("SignatureDialog", "Do not sign"));
    layout->addRow(QCoreApplication::translate("SignatureDialog", "&Certificate:"), list);
    auto* password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(QCoreApplication::translate("SignatureDialog", "Password or PIN"));
    layout->addRow(QCoreApplication::translate("SignatureDialog", "&Password or PIN:"), password);
    if (certificates.isEmpty()) {
        auto* none = new QLabel(
            QCoreApplication::translate("SignatureDialog",
                                        "The certificate store (%1) holds no certificate with a private key. Import a "
                                        "PKCS#12 file or register your card reader's PKCS#11 module with "
                                        "reviewdesk-cli certs.")
                .arg(nss::initialisedDirectory()));
        none->setWordWrap(true);
        layout->addRow(none);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto update = [&] {
        const bool signing = !list->currentData().toString().isEmpty();
        password->setEnabled(signing);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(list->count() > 0);
    };
    QObject::connect(list, &QComboBox::currentIndexChanged, &dialog, update);
    update();
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
