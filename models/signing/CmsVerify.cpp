// NSS names a struct member `slots`, which Qt defines as a keyword: NSS's headers come before any of Qt's.
#include <cert.h>
#include <cms.h>
#include <cmst.h>
#include <keyhi.h>
#include <secerr.h>
#include <secoid.h>

#include "models/signing/CmsVerify.h"

#include <QCryptographicHash>

#include <memory>
#include <optional>

namespace rd::signing {

namespace {

struct MessageDeleter
{
    void operator()(NSSCMSMessage* message) const { NSS_CMSMessage_Destroy(message); }
};
using Message = std::unique_ptr<NSSCMSMessage, MessageDeleter>;

std::optional<QCryptographicHash::Algorithm> algorithmOf(SECOidTag tag)
{
    switch (tag) {
    case SEC_OID_SHA1:
        return QCryptographicHash::Sha1;
    case SEC_OID_SHA224:
        return QCryptographicHash::Sha224;
    case SEC_OID_SHA256:
        return QCryptographicHash::Sha256;
    case SEC_OID_SHA384:
        return QCryptographicHash::Sha384;
    case SEC_OID_SHA512:
        return QCryptographicHash::Sha512;
    default:
        return std::nullopt;
    }
}

QString digestName(SECOidTag tag)
{
    switch (tag) {
    case SEC_OID_MD5:
        return QStringLiteral("MD5");
    case SEC_OID_SHA1:
        return QStringLiteral("SHA-1");
    case SEC_OID_SHA224:
        return QStringLiteral("SHA-224");
    case SEC_OID_SHA256:
        return QStringLiteral("SHA-256");
    case SEC_OID_SHA384:
        return QStringLiteral("SHA-384");
    case SEC_OID_SHA512:
        return QStringLiteral("SHA-512");
    default:
        return QStringLiteral("unknown");
    }
}

// Where the BER element at `at` ends, or -1 when it does not parse within `bytes`. Signatures are often
// written with indefinite lengths (ended by two zero bytes), so the walk follows nested elements to find the
// end; `depth` bounds it against a hostile signature.
qsizetype berEnd(const QByteArray& bytes, qsizetype at, int depth = 0)
{
    const auto byte = [&](qsizetype i) { return quint8(bytes.at(i)); };
    if (depth > 64 || at + 2 > bytes.size())
        return -1;
    qsizetype p = at + 1;
    if ((byte(at) & 0x1f) == 0x1f) { // a tag number in further bytes
        while (p < bytes.size() && (byte(p) & 0x80))
            ++p;
        ++p;
    }
    if (p >= bytes.size())
        return -1;
    const quint8 first = byte(p++);
    if (first < 0x80)
        return p + first <= bytes.size() ? p + first : -1;
    if (first == 0x80) { // indefinite: elements until the end-of-contents marker
        while (p + 2 <= bytes.size()) {
            if (byte(p) == 0 && byte(p + 1) == 0)
                return p + 2;
            p = berEnd(bytes, p, depth + 1);
            if (p < 0)
                return -1;
        }
        return -1;
    }
    const int octets = first & 0x7f;
    if (octets > 4 || p + octets > bytes.size())
        return -1;
    qsizetype length = 0;
    for (int i = 0; i < octets; ++i)
        length = (length << 8) | byte(p + i);
    p += octets;
    return p + length <= bytes.size() ? p + length : -1;
}

CmsVerdict::Certificate certificateState(int error)
{
    switch (error) {
    case SEC_ERROR_UNKNOWN_ISSUER:
    case SEC_ERROR_CA_CERT_INVALID:
    case SEC_ERROR_UNTRUSTED_ISSUER:
        return error == SEC_ERROR_UNTRUSTED_ISSUER ? CmsVerdict::Certificate::UntrustedIssuer
                                                   : CmsVerdict::Certificate::UnknownIssuer;
    case SEC_ERROR_UNTRUSTED_CERT:
        return CmsVerdict::Certificate::UntrustedIssuer;
    case SEC_ERROR_EXPIRED_CERTIFICATE:
    case SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE:
        return CmsVerdict::Certificate::Expired;
    case SEC_ERROR_REVOKED_CERTIFICATE:
        return CmsVerdict::Certificate::Revoked;
    default:
        return CmsVerdict::Certificate::Error;
    }
}

} // namespace

CmsVerdict verifyDetachedCms(const QByteArray& cms, const QByteArray& content)
{
    CmsVerdict verdict;
    // Poppler hands the signature over with the field's zero padding stripped, and with it the zero bytes
    // that end its indefinite lengths (and any a last value ended with). Zeros are put back, then the
    // encoding is cut at its own end: NSS's decoder refuses both the truncated and the padded form.
    const QByteArray padded = cms + QByteArray(256, '\0');
    const qsizetype length = berEnd(padded, 0);
    if (cms.isEmpty() || quint8(cms.at(0)) != 0x30 || length <= 0)
        return verdict;
    SECItem der{siBuffer, reinterpret_cast<unsigned char*>(const_cast<char*>(padded.constData())),
                static_cast<unsigned int>(length)};
    Message message(NSS_CMSMessage_CreateFromDER(&der, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    if (!message)
        return verdict;
    NSSCMSContentInfo* info = NSS_CMSMessage_ContentLevel(message.get(), 0);
    if (!info || NSS_CMSContentInfo_GetContentTypeTag(info) != SEC_OID_PKCS7_SIGNED_DATA)
        return verdict;
    auto* signedData = static_cast<NSSCMSSignedData*>(NSS_CMSContentInfo_GetContent(info));
    if (!signedData || NSS_CMSSignedData_SignerInfoCount(signedData) < 1)
        return verdict;
    NSSCMSSignerInfo* signer = NSS_CMSSignedData_GetSignerInfo(signedData, 0);
    if (!signer)
        return verdict;
    CERTCertDBHandle* store = CERT_GetDefaultCertDB();
    // The certificates the signature carries become temporary certificates for this message only, so that
    // the signer's chain can be built from them and the store's trust.
    if (NSS_CMSSignedData_ImportCerts(signedData, store, certUsageEmailSigner, PR_FALSE) != SECSuccess)
        return verdict;
    CERTCertificate* certificate = NSS_CMSSignerInfo_GetSigningCertificate(signer, store);
    if (!certificate)
        return verdict;
    verdict.certificateDer =
        QByteArray(reinterpret_cast<const char*>(certificate->derCert.data), qsizetype(certificate->derCert.len));
    PRTime notBefore = 0, notAfter = 0;
    if (CERT_GetCertTimes(certificate, &notBefore, &notAfter) == SECSuccess) {
        verdict.validFrom = QDateTime::fromMSecsSinceEpoch(notBefore / PR_USEC_PER_MSEC, Qt::UTC);
        verdict.validTo = QDateTime::fromMSecsSinceEpoch(notAfter / PR_USEC_PER_MSEC, Qt::UTC);
    }
    if (SECKEYPublicKey* key = CERT_ExtractPublicKey(certificate)) {
        verdict.keyBits = int(SECKEY_PublicKeyStrengthInBits(key));
        verdict.keyType = key->keyType == rsaKey   ? QStringLiteral("RSA")
                          : key->keyType == ecKey  ? QStringLiteral("EC")
                          : key->keyType == dsaKey ? QStringLiteral("DSA")
                                                   : QStringLiteral("other");
        SECKEY_DestroyPublicKey(key);
    }
    PRTime signedAt = 0;
    if (NSS_CMSSignerInfo_GetSigningTime(signer, &signedAt) == SECSuccess)
        verdict.signingTime = QDateTime::fromMSecsSinceEpoch(signedAt / PR_USEC_PER_MSEC, Qt::UTC);

    const SECOidTag digestTag = SECOID_GetAlgorithmTag(&signer->digestAlg); // NSS exports no getter for it
    verdict.digest = digestName(digestTag);
    const std::optional<QCryptographicHash::Algorithm> algorithm = algorithmOf(digestTag);
    if (!algorithm)
        return verdict;
    QByteArray digest = QCryptographicHash::hash(content, *algorithm);
    SECItem digestItem{siBuffer, reinterpret_cast<unsigned char*>(digest.data()),
                       static_cast<unsigned int>(digest.size())};
    if (NSS_CMSSignerInfo_Verify(signer, &digestItem, nullptr) != SECSuccess) {
        verdict.signature = NSS_CMSSignerInfo_GetVerificationStatus(signer) == NSSCMSVS_DigestMismatch
                                ? CmsVerdict::Signature::DigestMismatch
                                : CmsVerdict::Signature::Invalid;
        return verdict;
    }
    verdict.signature = CmsVerdict::Signature::Valid;

    // The certificate at the time it signed, offline: no OCSP, as committees verify without a network.
    const PRTime when =
        verdict.signingTime.isValid() ? PRTime(verdict.signingTime.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC : PR_Now();
    SECCertificateUsage usages = 0;
    if (CERT_VerifyCertificate(store, certificate, PR_TRUE, certificateUsageEmailSigner, when, nullptr, nullptr,
                               &usages) == SECSuccess)
        verdict.certificate = CmsVerdict::Certificate::Trusted;
    else
        verdict.certificate = certificateState(PORT_GetError());
    return verdict;
}

} // namespace rd::signing
