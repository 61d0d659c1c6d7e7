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

// The document's own XMP packet, read from its bytes: Poppler 22.12 decodes the metadata stream as
// PDFDocEncoding, which garbles the UTF-8 of a Chinese signer's name. QPdfWriter stores it uncompressed.
QString xmpOf(const QByteArray& pdf)
{
    const qsizetype end = pdf.lastIndexOf("</x:xmpmeta>");
    const qsizetype begin = end < 0 ? -1 : pdf.lastIndexOf("<x:xmpmeta", end);
    return begin < 0 ? QString() : QString::fromUtf8(pdf.mid(begin, end - begin));
}

SignatureReport check(std::unique_ptr<Poppler::Document> document, const QByteArray& pdf)
{
    SignatureReport report;
    if (!document || document->isLocked())
        return report;
    report.readable = true;
    report.binding = pdfbinding::fromXmp(xmpOf(pdf));
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
    const QByteArray der = info.certificateInfo().certificateData();
    if (!der.isEmpty())
        report.fingerprint = fingerprintOf(der);
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
    }
    return {};
}

} // namespace rd::signing
