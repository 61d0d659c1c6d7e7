#include "models/signing/Certificates.h"

#include "models/signing/Nss.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <poppler-form.h>

namespace rd::signing {

QString tokenOfNickname(const QString& nickname)
{
    const qsizetype colon = nickname.indexOf(QLatin1Char(':'));
    return colon > 0 ? nickname.left(colon) : QString();
}

QString SigningCertificate::token() const
{
    return tokenOfNickname(nickname);
}

QString decodedName(const QString& popplerText)
{
    for (const QChar c : popplerText)
        if (c.unicode() > 0xff)
            return popplerText; // already Unicode beyond Latin-1
    const QByteArray bytes = popplerText.toLatin1();
    const QString utf8 = QString::fromUtf8(bytes);
    // Text that was really Latin-1 does not survive the round trip as valid UTF-8.
    return utf8.contains(QChar::ReplacementCharacter) ? popplerText : utf8;
}

QString fingerprintOf(const QByteArray& der)
{
    const QByteArray hex = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

Result<QString> fingerprintOfCertificateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QCoreApplication::translate("Signing", "Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(1 << 20);
    const qsizetype begin = bytes.indexOf("-----BEGIN CERTIFICATE-----");
    if (begin >= 0) {
        const qsizetype start = bytes.indexOf('\n', begin) + 1;
        const qsizetype end = bytes.indexOf("-----END CERTIFICATE-----", start);
        if (start <= 0 || end < 0)
            return Result<QString>::failure(QCoreApplication::translate("Signing", "%1 is not a readable certificate.")
                                                .arg(QFileInfo(path).fileName()));
        bytes = QByteArray::fromBase64(bytes.mid(start, end - start));
    }
    // A DER certificate is an ASN.1 SEQUENCE with a long-form length.
    if (bytes.size() < 100 || quint8(bytes.at(0)) != 0x30 || quint8(bytes.at(1)) < 0x81)
        return Result<QString>::failure(QCoreApplication::translate("Signing", "%1 is not a readable certificate.")
                                            .arg(QFileInfo(path).fileName()));
    return fingerprintOf(bytes);
}

QString normalizedFingerprint(const QString& text)
{
    QString hex = text.toUpper();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (hex.size() != 64 || !QRegularExpression(QStringLiteral("^[0-9A-F]+$")).match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QList<SigningCertificate> availableCertificates()
{
    nss::initialise();
    QList<SigningCertificate> list;
    for (const Poppler::CertificateInfo& info : Poppler::getAvailableSigningCertificates()) {
        SigningCertificate c;
        c.nickname = info.nickName();
        c.commonName = decodedName(info.subjectInfo(Poppler::CertificateInfo::CommonName));
        c.organization = decodedName(info.subjectInfo(Poppler::CertificateInfo::Organization));
        c.issuerCommonName = decodedName(info.issuerInfo(Poppler::CertificateInfo::CommonName));
        c.validFrom = info.validityStart();
        c.validTo = info.validityEnd();
        c.fingerprint = fingerprintOf(info.certificateData());
        list << c;
    }
    return list;
}

Result<SigningCertificate> findCertificate(const QString& nickname, const QString& password)
{
    nss::PasswordScope scope(password, tokenOfNickname(nickname));
    for (const SigningCertificate& c : availableCertificates())
        if (c.nickname == nickname)
            return c;
    return Result<SigningCertificate>::failure(
        QCoreApplication::translate("Signing", "The certificate %1 is not in the certificate store, or its token is "
                                               "not present or the PIN is wrong.")
            .arg(nickname));
}

} // namespace rd::signing
