#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rd::signing {

// The verdict on a detached CMS (PKCS#7) signature over some bytes, reached with NSS directly: the digest and
// signature of the signer info, then the signer's certificate at the signing time against the store's trust.
// Poppler-Qt6 22.12's own validation fails every signature after the first by a certificate that is not in
// the store (an auditor's store that trusts only the issuing authority); this one decodes each signature's
// certificates afresh, so any number of them verify in one process.
struct CmsVerdict
{
    enum class Signature
    {
        Valid,
        DigestMismatch, // the signed bytes changed
        Invalid,        // the signature does not verify with the certificate's key
        Malformed,      // not a CMS signed-data we can read, or no certificate for the signer
    };
    enum class Certificate
    {
        Trusted,
        UnknownIssuer,
        UntrustedIssuer,
        Expired,
        Revoked,
        Error,
    };
    Signature signature = Signature::Malformed;
    Certificate certificate = Certificate::Error;
    QDateTime signingTime; // the signed attribute, as the signer's clock said
    QByteArray certificateDer;
    QDateTime validFrom; // the signer's certificate
    QDateTime validTo;
    QString keyType; // "RSA", "EC", "DSA", "other"
    int keyBits = 0;
    QString digest; // "SHA-256", … ("unknown" for anything else)
};

// `cms` is the signature's DER; `content` the bytes it covers. NSS must be initialised (nss::initialise).
CmsVerdict verifyDetachedCms(const QByteArray& cms, const QByteArray& content);

} // namespace rd::signing
