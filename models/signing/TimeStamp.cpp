// NSS names a struct member `slots`, which Qt defines as a keyword: NSS's headers come before any of Qt's.
#include <cert.h>
#include <cms.h>
#include <cmst.h>
#include <nss.h>
#include <secerr.h>
#include <secoid.h>

#include "models/signing/TimeStamp.h"

#include "models/signing/Certificates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace rd::signing {

namespace {

// ---- DER, as much as RFC 3161 needs: definite lengths, low tag numbers.

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray octets;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        octets.prepend(char(rest & 0xff));
    return QByteArray(1, char(0x80 | octets.size())) + octets;
}

QByteArray tlv(quint8 tag, const QByteArray& content)
{
    return QByteArray(1, char(tag)) + derLength(content.size()) + content;
}

// id-sha256, 2.16.840.1.101.3.4.2.1
const QByteArray sha256Oid = QByteArray::fromHex("608648016503040201");
// id-ct-TSTInfo, 1.2.840.113549.1.9.16.1.4
const QByteArray tstInfoOid = QByteArray::fromHex("2a864886f70d0109100104");
// id-signedData, 1.2.840.113549.1.7.2
const QByteArray signedDataOid = QByteArray::fromHex("2a864886f70d010702");

struct Element
{
    quint8 tag = 0;
    qsizetype start = 0;   // of the tag
    qsizetype content = 0; // of the content
    qsizetype end = 0;     // one past the content
};

std::optional<Element> element(const QByteArray& der, qsizetype at, qsizetype limit)
{
    const auto byte = [&](qsizetype i) { return quint8(der.at(i)); };
    if (at + 2 > limit || (byte(at) & 0x1f) == 0x1f)
        return std::nullopt;
    Element e;
    e.tag = byte(at);
    e.start = at;
    qsizetype p = at + 1;
    const quint8 first = byte(p++);
    qsizetype length = first;
    if (first & 0x80) {
        const int octets = first & 0x7f;
        if (octets == 0 || octets > 4 || p + octets > limit)
            return std::nullopt; // indefinite or absurd: not DER
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | byte(p + i);
        p += octets;
    }
    if (length > limit - p)
        return std::nullopt;
    e.content = p;
    e.end = p + length;
    return e;
}

QList<Element> children(const QByteArray& der, const Element& parent)
{
    QList<Element> list;
    for (qsizetype at = parent.content; at < parent.end;) {
        const auto child = element(der, at, parent.end);
        if (!child)
            return {};
        list << *child;
        at = child->end;
    }
    return list;
}

QByteArray contentOf(const QByteArray& der, const Element& e)
{
    return der.mid(e.content, e.end - e.content);
}

QDateTime generalizedTime(const QByteArray& text)
{
    // YYYYMMDDHHMMSS[.fraction]Z, always UTC in RFC 3161.
    if (text.size() < 15 || !text.endsWith('Z'))
        return {};
    QDateTime time = QDateTime::fromString(QString::fromLatin1(text.left(14)), QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    if (text.at(14) == '.') {
        const QByteArray fraction = text.mid(15, text.size() - 16).leftJustified(3, '0').left(3);
        time = time.addMSecs(fraction.toInt());
    }
    return time;
}

struct TstInfo
{
    QByteArray digestOid;
    QByteArray digest;
    QDateTime time;
    QByteArray nonce; // the INTEGER's content octets
    QByteArray der;   // the TSTInfo itself, what the TSA signed
};

// The TSTInfo inside a token: ContentInfo → SignedData → encapContentInfo (id-ct-TSTInfo) → eContent.
std::optional<TstInfo> tstInfoOf(const QByteArray& token)
{
    const auto info = element(token, 0, token.size());
    if (!info || info->tag != 0x30 || info->end != token.size())
        return std::nullopt;
    const QList<Element> top = children(token, *info);
    if (top.size() != 2 || contentOf(token, top.at(0)) != signedDataOid || top.at(1).tag != 0xa0)
        return std::nullopt;
    const QList<Element> wrapped = children(token, top.at(1));
    if (wrapped.size() != 1 || wrapped.at(0).tag != 0x30)
        return std::nullopt;
    const QList<Element> signedData = children(token, wrapped.at(0));
    if (signedData.size() < 4 || signedData.at(2).tag != 0x30)
        return std::nullopt;
    const QList<Element> encapsulated = children(token, signedData.at(2));
    if (encapsulated.size() != 2 || contentOf(token, encapsulated.at(0)) != tstInfoOid ||
        encapsulated.at(1).tag != 0xa0)
        return std::nullopt;
    const QList<Element> octets = children(token, encapsulated.at(1));
    if (octets.size() != 1 || octets.at(0).tag != 0x04)
        return std::nullopt;

    TstInfo tst;
    tst.der = contentOf(token, octets.at(0));
    const auto root = element(tst.der, 0, tst.der.size());
    if (!root || root->tag != 0x30)
        return std::nullopt;
    const QList<Element> fields = children(tst.der, *root);
    // version, policy, messageImprint, serialNumber, genTime, then optional accuracy, ordering, nonce, …
    if (fields.size() < 5 || fields.at(2).tag != 0x30 || fields.at(4).tag != 0x18)
        return std::nullopt;
    const QList<Element> imprint = children(tst.der, fields.at(2));
    if (imprint.size() != 2 || imprint.at(0).tag != 0x30 || imprint.at(1).tag != 0x04)
        return std::nullopt;
    const QList<Element> algorithm = children(tst.der, imprint.at(0));
    if (algorithm.isEmpty() || algorithm.at(0).tag != 0x06)
        return std::nullopt;
    tst.digestOid = contentOf(tst.der, algorithm.at(0));
    tst.digest = contentOf(tst.der, imprint.at(1));
    tst.time = generalizedTime(contentOf(tst.der, fields.at(4)));
    for (qsizetype i = 5; i < fields.size(); ++i)
        if (fields.at(i).tag == 0x02)
            tst.nonce = contentOf(tst.der, fields.at(i));
    if (!tst.time.isValid())
        return std::nullopt;
    return tst;
}

QByteArray integerContent(quint64 value)
{
    QByteArray octets;
    do {
        octets.prepend(char(value & 0xff));
        value >>= 8;
    } while (value);
    if (quint8(octets.at(0)) & 0x80)
        octets.prepend('\0'); // stays positive
    return octets;
}

struct MessageDeleter
{
    void operator()(NSSCMSMessage* message) const { NSS_CMSMessage_Destroy(message); }
};

bool madeForTimeStamping(CERTCertificate* certificate)
{
    SECItem extension{siBuffer, nullptr, 0};
    if (CERT_FindCertExtension(certificate, SEC_OID_X509_EXT_KEY_USAGE, &extension) != SECSuccess)
        return false;
    bool found = false;
    if (CERTOidSequence* usages = CERT_DecodeOidSequence(&extension)) {
        for (SECItem** oid = usages->oids; oid && *oid; ++oid)
            found = found || SECOID_FindOIDTag(*oid) == SEC_OID_EXT_KEY_USAGE_TIME_STAMP;
        CERT_DestroyOidSequence(usages);
    }
    SECITEM_FreeItem(&extension, PR_FALSE);
    return found;
}

} // namespace

QByteArray timeStampRequest(const QByteArray& sha256, quint64 nonce)
{
    const QByteArray algorithm = tlv(0x30, tlv(0x06, sha256Oid) + tlv(0x05, {}));
    const QByteArray imprint = tlv(0x30, algorithm + tlv(0x04, sha256));
    return tlv(0x30, tlv(0x02, QByteArray(1, '\1')) + imprint + tlv(0x02, integerContent(nonce)) +
                         tlv(0x01, QByteArray(1, char(0xff))));
}

Result<TimeStamp> requestTimeStamp(const QUrl& url, const QByteArray& sha256, int timeoutMs,
                                   const std::atomic_bool* cancelled)
{
    using R = Result<TimeStamp>;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return R::failure(QCoreApplication::translate(
                              "TimeStamp", "%1 is not the address of a time-stamping service (http or https).")
                              .arg(url.toString()));
    quint64 nonce = 0;
    for (const char c : QCryptographicHash::hash(QUuid::createUuid().toByteArray(), QCryptographicHash::Sha256).left(8))
        nonce = (nonce << 8) | quint8(c);
    nonce >>= 1; // a positive 63-bit number

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/timestamp-query"));
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.post(request, timeStampRequest(sha256, nonce)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled && cancelled->load())
            reply->abort();
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (cancelled && cancelled->load())
        return R::failure(QCoreApplication::translate("TimeStamp", "Cancelled."));
    if (reply->error() != QNetworkReply::NoError)
        return R::failure(QCoreApplication::translate("TimeStamp", "The time-stamping service %1 did not answer: %2")
                              .arg(url.toString(), reply->errorString()));
    const QByteArray response = reply->readAll();

    // TimeStampResp: status (granted 0, grantedWithMods 1), then the token.
    const auto root = element(response, 0, response.size());
    const QList<Element> parts = root && root->tag == 0x30 ? children(response, *root) : QList<Element>();
    const QList<Element> status = parts.isEmpty() ? QList<Element>() : children(response, parts.at(0));
    if (status.isEmpty() || status.at(0).tag != 0x02)
        return R::failure(
            QCoreApplication::translate(
                "TimeStamp", "The time-stamping service %1 answered with something that is not a time stamp.")
                .arg(url.toString()));
    const QByteArray granted = contentOf(response, status.at(0));
    if (granted.size() != 1 || quint8(granted.at(0)) > 1 || parts.size() < 2)
        return R::failure(
            QCoreApplication::translate("TimeStamp", "The time-stamping service %1 refused to stamp (status %2).")
                .arg(url.toString())
                .arg(granted.isEmpty() ? -1 : int(quint8(granted.back()))));
    const QByteArray token = response.mid(parts.at(1).start, parts.at(1).end - parts.at(1).start);
    const auto tst = tstInfoOf(token);
    if (!tst || tst->digestOid != sha256Oid || tst->digest != sha256 || tst->nonce != integerContent(nonce))
        return R::failure(QCoreApplication::translate(
                              "TimeStamp", "The time-stamping service %1 stamped something other than what was asked.")
                              .arg(url.toString()));
    return TimeStamp{token, tst->time, sha256};
}

Result<TimeStamp> timeStampFile(const QUrl& url, const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Result<TimeStamp>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return requestTimeStamp(url, hash.result());
}

TimeStampVerdict verifyTimeStamp(const QByteArray& token, const QByteArray& sha256)
{
    TimeStampVerdict verdict;
    const auto tst = tstInfoOf(token);
    if (!tst) {
        verdict.problem = QCoreApplication::translate("TimeStamp", "the time stamp is not an RFC 3161 token");
        return verdict;
    }
    verdict.time = tst->time;
    if (tst->digestOid != sha256Oid || tst->digest != sha256) {
        verdict.problem = QCoreApplication::translate("TimeStamp", "the time stamp is for other bytes");
        return verdict;
    }
    if (!NSS_IsInitialized()) { // Poppler sets NSS up with the first signature it reads or makes
        verdict.problem = QCoreApplication::translate("TimeStamp", "the certificate store is not open");
        return verdict;
    }
    SECItem der{siBuffer, reinterpret_cast<unsigned char*>(const_cast<char*>(token.constData())),
                static_cast<unsigned int>(token.size())};
    std::unique_ptr<NSSCMSMessage, MessageDeleter> message(
        NSS_CMSMessage_CreateFromDER(&der, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    NSSCMSContentInfo* info = message ? NSS_CMSMessage_ContentLevel(message.get(), 0) : nullptr;
    auto* signedData = info && NSS_CMSContentInfo_GetContentTypeTag(info) == SEC_OID_PKCS7_SIGNED_DATA
                           ? static_cast<NSSCMSSignedData*>(NSS_CMSContentInfo_GetContent(info))
                           : nullptr;
    NSSCMSSignerInfo* signer = signedData && NSS_CMSSignedData_SignerInfoCount(signedData) == 1
                                   ? NSS_CMSSignedData_GetSignerInfo(signedData, 0)
                                   : nullptr;
    CERTCertDBHandle* store = CERT_GetDefaultCertDB();
    if (!signer || NSS_CMSSignedData_ImportCerts(signedData, store, certUsageAnyCA, PR_FALSE) != SECSuccess) {
        verdict.problem = QCoreApplication::translate("TimeStamp", "the time stamp's signature cannot be read");
        return verdict;
    }
    CERTCertificate* authority = NSS_CMSSignerInfo_GetSigningCertificate(signer, store);
    if (!authority) {
        verdict.problem =
            QCoreApplication::translate("TimeStamp", "the time stamp does not carry the authority's certificate");
        return verdict;
    }
    verdict.authority = decodedName(QString::fromUtf8(CERT_GetCommonName(&authority->subject)));
    verdict.authoritySha256 = fingerprintOf(
        QByteArray(reinterpret_cast<const char*>(authority->derCert.data), qsizetype(authority->derCert.len)));

    const SECOidTag digestTag = SECOID_GetAlgorithmTag(&signer->digestAlg);
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    if (digestTag == SEC_OID_SHA384)
        algorithm = QCryptographicHash::Sha384;
    else if (digestTag == SEC_OID_SHA512)
        algorithm = QCryptographicHash::Sha512;
    else if (digestTag != SEC_OID_SHA256) {
        verdict.problem =
            QCoreApplication::translate("TimeStamp", "the time stamp is signed with a digest below SHA-256");
        return verdict;
    }
    QByteArray digest = QCryptographicHash::hash(tst->der, algorithm);
    SECItem digestItem{siBuffer, reinterpret_cast<unsigned char*>(digest.data()),
                       static_cast<unsigned int>(digest.size())};
    if (NSS_CMSSignerInfo_Verify(signer, &digestItem, nullptr) != SECSuccess) {
        verdict.problem = QCoreApplication::translate("TimeStamp", "the time stamp's signature does not verify");
        return verdict;
    }
    if (!madeForTimeStamping(authority)) {
        verdict.problem = QCoreApplication::translate("TimeStamp", "%1 is not a time-stamping authority's certificate")
                              .arg(verdict.authority);
        return verdict;
    }
    const PRTime when = PRTime(tst->time.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC;
    if (CERT_CheckCertValidTimes(authority, when, PR_FALSE) != secCertTimeValid) {
        verdict.problem =
            QCoreApplication::translate("TimeStamp", "the authority's certificate was not valid at the stamped time");
        return verdict;
    }
    // The issuer must be an authority this store trusts for signatures, the same trust that vouches for the
    // signers; NSS has no certificate usage for time-stamping, so the chain is checked from the issuer up.
    CERTCertificate* issuer = CERT_FindCertIssuer(authority, when, certUsageAnyCA);
    const bool trusted =
        issuer && CERT_VerifySignedData(&authority->signatureWrap, issuer, when, nullptr) == SECSuccess &&
        CERT_VerifyCACertForUsage(store, issuer, PR_TRUE, certUsageEmailSigner, when, nullptr, nullptr) == SECSuccess;
    if (issuer)
        CERT_DestroyCertificate(issuer);
    if (!trusted) {
        verdict.problem =
            QCoreApplication::translate(
                "TimeStamp", "the time-stamping authority %1 is not issued by an authority this store trusts")
                .arg(verdict.authority);
        return verdict;
    }
    verdict.valid = true;
    return verdict;
}

} // namespace rd::signing
