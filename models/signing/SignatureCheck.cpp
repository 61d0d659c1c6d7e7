#include "signing/SignatureCheck.h"

#include "signing/Certificates.h"
#include "signing/Nss.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace rd::signing {

namespace {

using Info = Poppler::SignatureValidationInfo;

SignatureState fromPoppler(const Info& info)
{
    switch (info.signatureStatus()) {
    case Info::SignatureValid:
        break;
    case Info::SignatureInvalid:
    case Info::SignatureDigestMismatch:
    case Info::SignatureDecodingError:
        return SignatureState::Broken;
    case Info::SignatureNotFound:
        return SignatureState::Unsigned;
    case Info::SignatureGenericError:
    case Info::SignatureNotVerified:
        return SignatureState::Unverifiable;
    }
    if (!info.signsTotalDocument())
        return SignatureState::Incomplete;
    switch (info.certificateStatus()) {
    case Info::CertificateTrusted:
        return SignatureState::Valid;
    case Info::CertificateUntrustedIssuer:
        return SignatureState::UntrustedIssuer;
    case Info::CertificateUnknownIssuer:
        return SignatureState::UnknownIssuer;
    case Info::CertificateRevoked:
        return SignatureState::Revoked;
    case Info::CertificateExpired:
        return SignatureState::Expired;
    case Info::CertificateGenericError:
    case Info::CertificateNotVerified:
        break;
    }
    return SignatureState::Unverifiable;
}

QString keyTypeName(Poppler::CertificateInfo::PublicKeyType type)
{
    switch (type) {
    case Poppler::CertificateInfo::RsaKey:
        return QStringLiteral("RSA");
    case Poppler::CertificateInfo::DsaKey:
        return QStringLiteral("DSA");
    case Poppler::CertificateInfo::EcKey:
        return QStringLiteral("EC");
    case Poppler::CertificateInfo::OtherKey:
        break;
    }
    return QStringLiteral("other");
}

QString digestName(Info::HashAlgorithm algorithm)
{
    switch (algorithm) {
    case Info::HashAlgorithmMd2:
        return QStringLiteral("MD2");
    case Info::HashAlgorithmMd5:
        return QStringLiteral("MD5");
    case Info::HashAlgorithmSha1:
        return QStringLiteral("SHA-1");
    case Info::HashAlgorithmSha224:
        return QStringLiteral("SHA-224");
    case Info::HashAlgorithmSha256:
        return QStringLiteral("SHA-256");
    case Info::HashAlgorithmSha384:
        return QStringLiteral("SHA-384");
    case Info::HashAlgorithmSha512:
        return QStringLiteral("SHA-512");
    case Info::HashAlgorithmUnknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The floor for a signature a committee relies on for years: RSA 2048 bits or an EC key of 256 bits, and a
// SHA-2 digest of at least 256 bits. Older keys and SHA-1 no longer resist a determined forger.
QString weakness(Poppler::CertificateInfo::PublicKeyType type, int bits, Info::HashAlgorithm algorithm)
{
    switch (algorithm) {
    case Info::HashAlgorithmSha256:
    case Info::HashAlgorithmSha384:
    case Info::HashAlgorithmSha512:
        break;
    default:
        return QCoreApplication::translate("Signing", "its digest is %1; SHA-256 or stronger is required")
            .arg(digestName(algorithm));
    }
    if (type == Poppler::CertificateInfo::RsaKey && bits < 2048)
        return QCoreApplication::translate("Signing", "its key is RSA %1 bits; at least 2048 bits are required")
            .arg(bits);
    if (type == Poppler::CertificateInfo::EcKey && bits < 256)
        return QCoreApplication::translate("Signing", "its key is EC %1 bits; at least P-256 is required").arg(bits);
    if (type != Poppler::CertificateInfo::RsaKey && type != Poppler::CertificateInfo::EcKey)
        return QCoreApplication::translate("Signing", "its key type is %1; RSA or EC is required")
            .arg(keyTypeName(type));
    return {};
}

SignatureReport check(std::unique_ptr<Poppler::Document> document, const QByteArray& pdf)
{
    SignatureReport report;
    if (!document || document->isLocked())
        return report;
    report.readable = true;
    report.binding = pdfbinding::fromPdf(pdf);
    const auto signatures = document->signatures();
    report.signatures = int(signatures.size());
    if (signatures.empty())
        return report;
    // Our documents carry one signature; with more, the last one (covering the most) decides.
    const Poppler::FormFieldSignature& field = *signatures.back();
    if (field.signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
        return report;
    // First the signature alone, to learn when it was made; then the certificate at that time, so that a
    // certificate expiring after the meeting does not fail an archive opened years later.
    const Info first = field.validate(Poppler::FormFieldSignature::ValidateOptions(0));
    report.signedAt = QDateTime::fromSecsSinceEpoch(first.signingTime());
    // No revocation check over the network: committees verify offline. Poppler-Qt6 22.12 reads its
    // ValidateWithoutOCSPRevocationCheck flag the wrong way round (setting it turns OCSP on, which fails
    // offline as a generic certificate error), so leaving the flag out is what keeps OCSP off here.
    const Info info = field.validate(Poppler::FormFieldSignature::ValidateVerifyCertificate |
                                         Poppler::FormFieldSignature::ValidateForceRevalidation,
                                     report.signedAt);
    report.state = fromPoppler(info);
    report.signer = decodedName(info.signerName());
    report.subject = decodedName(info.signerSubjectDN());
    report.reason = info.reason();
    const Poppler::CertificateInfo certificate = info.certificateInfo();
    const QByteArray der = certificate.certificateData();
    if (!der.isEmpty())
        report.fingerprint = fingerprintOf(der);
    report.certificateValidFrom = certificate.validityStart();
    report.certificateValidTo = certificate.validityEnd();
    report.keyBits = certificate.publicKeyStrength();
    report.keyType = keyTypeName(certificate.publicKeyType());
    report.digest = digestName(info.hashAlgorithm());
    if (report.state == SignatureState::Valid) {
        report.weakness = weakness(certificate.publicKeyType(), report.keyBits, info.hashAlgorithm());
        if (!report.weakness.isEmpty())
            report.state = SignatureState::Weak;
    }
    return report;
}

} // namespace

SignatureReport checkSignature(const QByteArray& pdf)
{
    nss::initialise();
    return check(Poppler::Document::loadFromData(pdf), pdf);
}

SignatureReport checkSignatureFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return checkSignature(file.readAll());
}

QString stateKey(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
        return QStringLiteral("valid");
    case SignatureState::Unsigned:
        return QStringLiteral("unsigned");
    case SignatureState::Broken:
        return QStringLiteral("broken");
    case SignatureState::Incomplete:
        return QStringLiteral("incomplete");
    case SignatureState::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case SignatureState::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case SignatureState::Expired:
        return QStringLiteral("expired");
    case SignatureState::Revoked:
        return QStringLiteral("revoked");
    case SignatureState::Unverifiable:
        return QStringLiteral("unverifiable");
    case SignatureState::Weak:
        return QStringLiteral("weak");
    }
    return {};
}

QString stateText(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
        return QCoreApplication::translate("Signing", "valid");
    case SignatureState::Unsigned:
        return QCoreApplication::translate("Signing", "not signed");
    case SignatureState::Broken:
        return QCoreApplication::translate("Signing", "broken: the signed content was changed");
    case SignatureState::Incomplete:
        return QCoreApplication::translate("Signing", "content was added after the signature");
    case SignatureState::UnknownIssuer:
        return QCoreApplication::translate("Signing", "issuer not trusted: unknown certificate authority");
    case SignatureState::UntrustedIssuer:
        return QCoreApplication::translate("Signing", "issuer marked untrusted");
    case SignatureState::Expired:
        return QCoreApplication::translate("Signing", "certificate expired or not yet valid when it signed");
    case SignatureState::Revoked:
        return QCoreApplication::translate("Signing", "certificate revoked");
    case SignatureState::Unverifiable:
        return QCoreApplication::translate("Signing", "cannot be verified");
    case SignatureState::Weak:
        return QCoreApplication::translate("Signing",
                                           "too weak: key below RSA 2048 / EC P-256 or digest below SHA-256");
    }
    return {};
}

} // namespace rd::signing
