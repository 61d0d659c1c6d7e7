#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

namespace rd::signing {

class SecretPipes;

// Administration of a certificate store (an NSS database, SQL format) through NSS's own tools: certutil,
// pk12util and modutil (Debian: libnss3-tools). They run as separate processes because NSS can be set up
// only once per process, and inside ReviewDesk Poppler owns that set-up; the tools and Poppler share the
// database safely, as NSS's SQL format is made for several processes. Passwords reach the tools through
// pipes they read as /dev/fd/N (SecretPipes): never a file on disk, never the command line.
class CertificateStore final
{
public:
    explicit CertificateStore(QString directory);

    const QString& directory() const { return m_directory; }
    bool exists() const;

    // A new, empty store protected by `password` (empty: no password, as the demo's throwaway store).
    Status create(const QString& password) const;
    // Imports a PKCS#12 file (.p12/.pfx): the key and its certificate chain.
    Status importPkcs12(const QString& file, const QString& filePassword, const QString& storePassword) const;
    // Trusts a certificate authority for signatures (S/MIME trust only: it vouches for signers, no more).
    Status trustAuthority(const QString& certificateFile, const QString& nickname,
                          const QString& storePassword = {}) const;
    // Registers a PKCS#11 module: how Taiwan's 自然人憑證 and 工商憑證 cards (or SoftHSM2) are reached.
    Status registerModule(const QString& name, const QString& libraryPath) const;

    struct Holder
    {
        QString nickname;
        QString commonName;
        QString organization;
        int validForMonths = 24;
        int startsMonthsAgo = 0; // > validForMonths makes an expired certificate, for tests
    };
    // Throwaway certificates for a demo or a test: a self-made authority, trusted for signatures, issues one
    // certificate per holder; the authority's private key is deleted afterwards so it can issue no more.
    // Holders whose nickname is already in the store are kept.
    Status createThrowawayCertificates(const QString& authorityName, const QList<Holder>& holders,
                                       const QString& storePassword) const;
    bool hasCertificate(const QString& nickname) const;

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Result<Run> run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                    const SecretPipes* secrets = nullptr) const;
    Status runChecked(const QString& what, const QString& program, const QStringList& arguments,
                      const QByteArray& input = {}, const SecretPipes* secrets = nullptr) const;
    Status trustAuthorityCertificate(const QByteArray& certificate, const QString& nickname,
                                     const QString& storePassword) const;
    QString database() const;

    QString m_directory;
};

} // namespace rd::signing
