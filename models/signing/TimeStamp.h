#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <atomic>

namespace rd::signing {

// RFC 3161 time stamps: a time-stamping authority (TSA) signs "these bytes existed at this time". A round
// that names a TSA has each signed 評分表 and the chair's documents time-stamped; the token's time, not the
// signer's clock, then says when a document was signed (docs/signatures.md, "Time").
//
// Poppler-Qt6 22.12 sizes a signature's /Contents to the signature itself, so a token cannot be embedded in
// the CMS as an unsigned attribute without rewriting the signature; it travels beside the signed PDF instead,
// stamping the SHA-256 of the whole signed file. `openssl ts -verify -digest … -in X.tst -CAfile CA.pem`
// checks one by hand.

// The DER TimeStampReq for a SHA-256 digest, asking for the TSA's certificate in the token.
QByteArray timeStampRequest(const QByteArray& sha256, quint64 nonce);

struct TimeStamp
{
    QByteArray token;  // the TSA's CMS ContentInfo
    QDateTime time;    // the time it stamps, UTC
    QByteArray sha256; // what it stamps
};

// Asks the TSA at `url` (HTTP POST, application/timestamp-query) to stamp `sha256`; the token once the TSA
// granted it and it stamps exactly that digest with the nonce asked. Blocks its thread up to `timeoutMs`;
// `cancelled` stops the wait. Whether the TSA is trusted is verifyTimeStamp's to say.
Result<TimeStamp> requestTimeStamp(const QUrl& url, const QByteArray& sha256, int timeoutMs = 30000,
                                   const std::atomic_bool* cancelled = nullptr);
// The same for the SHA-256 of the file at `path` (a signed PDF, as it will be kept).
Result<TimeStamp> timeStampFile(const QUrl& url, const QString& path);

struct TimeStampVerdict
{
    bool valid = false;
    QString problem;   // why not, for people
    QDateTime time;    // genTime, UTC
    QString authority; // the TSA certificate's common name
    QString authoritySha256;
};

// Checks a token against the digest it must stamp: the TSA's signature over its TSTInfo, a certificate made
// for time-stamping (extended key usage timeStamping) valid at the stamped time and issued by an authority
// the store trusts for signatures, and the stamped digest itself. NSS must be initialised.
TimeStampVerdict verifyTimeStamp(const QByteArray& token, const QByteArray& sha256);

} // namespace rd::signing
