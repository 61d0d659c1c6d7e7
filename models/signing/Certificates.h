#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rd::signing {

// The token a nickname names ("Token:label"); empty for the store's own keys.
QString tokenOfNickname(const QString& nickname);

// A certificate that can sign: its key is in the store or on a token (smart card) the store reaches.
struct SigningCertificate
{
    QString nickname;   // NSS's name for it; "Token:label" when it lives on a token
    QString commonName; // the holder
    QString organization;
    QString issuerCommonName;
    QDateTime validFrom;
    QDateTime validTo;
    QString fingerprint; // SHA-256 of the DER certificate, upper-case hex pairs joined by ':'

    QString token() const; // the token's name, empty for the store's own keys
    bool isValidAt(const QDateTime& when) const { return when >= validFrom && when <= validTo; }
};

// The certificates with a private key the store can reach; tokens that need a PIN ask for it through
// nss::setPasswordPrompt, or are answered by an nss::PasswordScope. Initialises NSS when it was not yet.
QList<SigningCertificate> availableCertificates();

// The certificate `nickname` names, reached with `password` (the store's, or the token's PIN); refused
// with a message that names it when the store does not hold it or its token is absent or locked.
Result<SigningCertificate> findCertificate(const QString& nickname, const QString& password);

// How the secretariat registers a member's certificate: SHA-256 over the DER bytes.
QString fingerprintOf(const QByteArray& der);
// The fingerprint of a certificate file, PEM or DER.
Result<QString> fingerprintOfCertificateFile(const QString& path);
// A fingerprint as typed or pasted: any case, with or without ':' or spaces; empty when it is not 32 bytes.
QString normalizedFingerprint(const QString& text);

// Poppler 22.12 hands the UTF-8 of a certificate's names over as Latin-1
// (王大明 arrives as "çå¤§æ"); this restores the text and leaves correctly decoded text as it is.
QString decodedName(const QString& popplerText);

} // namespace rd::signing
