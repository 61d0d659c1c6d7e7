#pragma once

#include "models/pdf/PdfBinding.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rd::signing {

// What a verifier concludes about a PDF's signature. Untrusted issuer, expired certificate and a broken
// signature are distinct states, as a secretariat and an auditor must tell them apart.
enum class SignatureState
{
    Valid,           // intact, covers the whole file, certificate trusted and valid when it signed
    Unsigned,        // no signature at all
    Broken,          // the signed bytes changed, or the signature itself is malformed
    Incomplete,      // intact, but bytes were added after it that it does not cover
    UnknownIssuer,   // the certificate does not chain to an authority this store trusts
    UntrustedIssuer, // the chain ends in an authority marked untrusted
    Expired,         // the certificate was not valid at the signing time
    Revoked,
    Unverifiable, // NSS could not check it
    Weak,         // intact and trusted, but with a key below RSA 2048 / EC P-256 or a digest below SHA-256
};

struct SignatureReport
{
    SignatureState state = SignatureState::Unsigned;
    QString signer;      // the certificate's common name
    QString subject;     // its distinguished name
    QString fingerprint; // SHA-256 of the signer's certificate
    QDateTime signedAt;  // as the signer's clock said: bound it by what the verifier knows (docs/signatures.md)
    QDateTime certificateValidFrom;
    QDateTime certificateValidTo;
    QString keyType; // "RSA", "EC", "DSA"
    int keyBits = 0;
    QString digest;   // "SHA-256", …
    QString weakness; // why the state is Weak
    QString reason;
    int signatures = 0;
    pdfbinding::Binding binding; // the document's own data digest and kind
    bool readable = false;       // Poppler could open the file at all

    bool isValid() const { return state == SignatureState::Valid; }
    bool certificateValidAt(const QDateTime& when) const
    {
        return when >= certificateValidFrom && when <= certificateValidTo;
    }
};

// Checks the signature of a PDF in memory (or on disk): its integrity, that it covers the whole file, and the
// certificate at the signing time against the trust of the certificate store. Initialises NSS if needed.
SignatureReport checkSignature(const QByteArray& pdf);
SignatureReport checkSignatureFile(const QString& path);

QString stateKey(SignatureState state);  // stable, for JSON: "valid", "unsigned", "broken", …
QString stateText(SignatureState state); // for people, translated

} // namespace rd::signing
