#include "models/signing/SignatureCheck.h"

#include "models/signing/Certificates.h"
#include "models/signing/CmsVerify.h"
#include "models/signing/Nss.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace rd::signing {

namespace {

using Info = Poppler::SignatureValidationInfo;

SignatureState stateOf(const CmsVerdict& verdict, bool wholeDocument)
{
    switch (verdict.signature) {
    case CmsVerdict::Signature::Valid:
        break;
    case CmsVerdict::Signature::DigestMismatch:
    case CmsVerdict::Signature::Invalid:
    case CmsVerdict::Signature::Malformed:
        return SignatureState::Broken;
    }
    if (!wholeDocument)
        return SignatureState::Incomplete;
    switch (verdict.certificate) {
    case CmsVerdict::Certificate::Trusted:
        return SignatureState::Valid;
    case CmsVerdict::Certificate::UnknownIssuer:
        return SignatureState::UnknownIssuer;
    case CmsVerdict::Certificate::UntrustedIssuer:
        return SignatureState::UntrustedIssuer;
    case CmsVerdict::Certificate::Expired:
        return SignatureState::Expired;
    case CmsVerdict::Certificate::Revoked:
        return SignatureState::Revoked;
    case CmsVerdict::Certificate::Error:
        break;
    }
    return SignatureState::Unverifiable;
}

// The floor for a signature a committee relies on for years: RSA 2048 bits or an EC key of 256 bits, and a
// SHA-2 digest of at least 256 bits. Older keys and SHA-1 no longer resist a determined forger.
QString weakness(const QString& keyType, int bits, const QString& digest)
{
    if (digest != QLatin1String("SHA-256") && digest != QLatin1String("SHA-384") && digest != QLatin1String("SHA-512"))
        return QCoreApplication::translate("Signing", "its digest is %1; SHA-256 or stronger is required").arg(digest);
    if (keyType == QLatin1String("RSA") && bits < 2048)
        return QCoreApplication::translate("Signing", "its key is RSA %1 bits; at least 2048 bits are required")
            .arg(bits);
    if (keyType == QLatin1String("EC") && bits < 256)
        return QCoreApplication::translate("Signing", "its key is EC %1 bits; at least P-256 is required").arg(bits);
    if (keyType != QLatin1String("RSA") && keyType != QLatin1String("EC"))
        return QCoreApplication::translate("Signing", "its key type is %1; RSA or EC is required").arg(keyType);
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
    // Poppler reads the signature's bytes, ranges and certificate; the verdict is NSS's own, reached in
    // signing/CmsVerify.cpp: Poppler-Qt6 22.12's validation fails every signature after the first by a
    // certificate the store does not hold, which is every member's certificate on an auditor's machine.
    const Info info = field.validate(Poppler::FormFieldSignature::ValidateOptions(0));
    report.signedAt = QDateTime::fromSecsSinceEpoch(info.signingTime());
    const QList<qint64> ranges = info.signedRangeBounds();
    QByteArray content;
    for (int i = 0; i + 1 < ranges.size(); i += 2) {
        const qint64 from = ranges.at(i), to = ranges.at(i + 1);
        if (from < 0 || to < from || to > pdf.size())
            return report.state = SignatureState::Broken, report;
        content += pdf.mid(from, to - from);
    }
    const CmsVerdict verdict = verifyDetachedCms(info.signature(), content);
    if (verdict.signingTime.isValid())
        report.signedAt = verdict.signingTime;
    report.state = stateOf(verdict, info.signsTotalDocument());
    report.signer = decodedName(info.signerName());
    report.subject = decodedName(info.signerSubjectDN());
    report.reason = info.reason();
    const QByteArray der =
        verdict.certificateDer.isEmpty() ? info.certificateInfo().certificateData() : verdict.certificateDer;
    if (!der.isEmpty())
        report.fingerprint = fingerprintOf(der);
    report.certificateValidFrom = verdict.validFrom;
    report.certificateValidTo = verdict.validTo;
    report.keyBits = verdict.keyBits;
    report.keyType = verdict.keyType;
    report.digest = verdict.digest;
    if (report.state == SignatureState::Valid) {
        report.weakness = weakness(report.keyType, report.keyBits, report.digest);
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
