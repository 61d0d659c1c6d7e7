#include "models/signing/CertificateStore.h"

#include "models/signing/SecretPipes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace rd::signing {

namespace {

QString cannotPassPassword()
{
    return QCoreApplication::translate("CertificateStore",
                                       "Cannot hand the password to NSS's tools: no pipe could be made for it.");
}

QByteArray noise()
{
    QByteArray bytes(2048, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return bytes;
}

// certutil's -s takes an RFC 4514 name; escape what would split it.
QString dnValue(const QString& value)
{
    QString escaped = value;
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char(','), QLatin1Char('+'), QLatin1Char('"'), QLatin1Char('<'),
                          QLatin1Char('>'), QLatin1Char(';'), QLatin1Char('=')})
        escaped.replace(c, QStringLiteral("\\") + c);
    return escaped;
}

} // namespace

CertificateStore::CertificateStore(QString directory) : m_directory(std::move(directory)) {}

QString CertificateStore::database() const
{
    return QStringLiteral("sql:") + m_directory;
}

bool CertificateStore::exists() const
{
    return QFile::exists(QDir(m_directory).filePath(QStringLiteral("cert9.db")));
}

Result<CertificateStore::Run> CertificateStore::run(const QString& program, const QStringList& arguments,
                                                    const QByteArray& input, const SecretPipes* secrets) const
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty())
        return Result<Run>::failure(
            QCoreApplication::translate(
                "CertificateStore",
                "%1 is not installed; the certificate store needs NSS's tools (Debian: libnss3-tools).")
                .arg(program));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (secrets)
        secrets->passTo(process);
    process.start(executable, arguments);
    if (!process.waitForStarted(10000))
        return Result<Run>::failure(
            QCoreApplication::translate("CertificateStore", "%1 cannot start: %2").arg(program, process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return Result<Run>::failure(QCoreApplication::translate("CertificateStore", "%1 did not finish").arg(program));
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromLocal8Bit(process.readAll()).trimmed()};
}

Status CertificateStore::runChecked(const QString& what, const QString& program, const QStringList& arguments,
                                    const QByteArray& input, const SecretPipes* secrets) const
{
    auto done = run(program, arguments, input, secrets);
    if (!done)
        return Status::failure(done.error());
    if (done->exitCode != 0)
        return Status::failure(QCoreApplication::translate("CertificateStore", "%1 failed: %2")
                                   .arg(what, done->output.isEmpty() ? program : done->output));
    return {};
}

Status CertificateStore::create(const QString& password) const
{
    if (exists())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "There is already a certificate store in %1.")
                .arg(m_directory));
    if (!QDir().mkpath(m_directory))
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "Cannot create the folder %1.").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (password.isEmpty())
        return runChecked(QCoreApplication::translate("CertificateStore", "Creating the certificate store"),
                          QStringLiteral("certutil"),
                          {QStringLiteral("-N"), QStringLiteral("-d"), database(), QStringLiteral("--empty-password")});
    SecretPipes secrets;
    const QString file = secrets.add(password.toUtf8());
    if (file.isEmpty())
        return Status::failure(cannotPassPassword());
    return runChecked(
        QCoreApplication::translate("CertificateStore", "Creating the certificate store"), QStringLiteral("certutil"),
        {QStringLiteral("-N"), QStringLiteral("-d"), database(), QStringLiteral("-f"), file}, {}, &secrets);
}

Status CertificateStore::importPkcs12(const QString& file, const QString& filePassword,
                                      const QString& storePassword) const
{
    if (!exists())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "There is no certificate store in %1 yet.")
                .arg(m_directory));
    if (!QFileInfo(file).isFile())
        return Status::failure(QCoreApplication::translate("CertificateStore", "%1 does not exist.").arg(file));
    SecretPipes secrets;
    const QString filePasswordFile = secrets.add(filePassword.toUtf8());
    const QString storePasswordFile = secrets.add(storePassword.toUtf8());
    if (filePasswordFile.isEmpty() || storePasswordFile.isEmpty())
        return Status::failure(cannotPassPassword());
    return runChecked(QCoreApplication::translate("CertificateStore", "Importing %1").arg(QFileInfo(file).fileName()),
                      QStringLiteral("pk12util"),
                      {QStringLiteral("-i"), file, QStringLiteral("-d"), database(), QStringLiteral("-w"),
                       filePasswordFile, QStringLiteral("-k"), storePasswordFile},
                      {}, &secrets);
}

Status CertificateStore::trustAuthority(const QString& certificateFile, const QString& nickname,
                                        const QString& storePassword) const
{
    if (!exists())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "There is no certificate store in %1 yet.")
                .arg(m_directory));
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("CertificateStore", "Cannot read %1: %2")
                                   .arg(certificateFile, file.errorString()));
    return trustAuthorityCertificate(file.readAll(), nickname, storePassword);
}

// The certificate goes to certutil on its standard input, PEM or DER.
Status CertificateStore::trustAuthorityCertificate(const QByteArray& certificate, const QString& nickname,
                                                   const QString& storePassword) const
{
    SecretPipes secrets;
    const QString passwordFile = secrets.add(storePassword.toUtf8());
    if (passwordFile.isEmpty())
        return Status::failure(cannotPassPassword());
    QStringList arguments{QStringLiteral("-A"), QStringLiteral("-d"), database(), QStringLiteral("-f"),
                          passwordFile,         QStringLiteral("-n"), nickname,   QStringLiteral("-t"),
                          QStringLiteral(",C,")};
    if (certificate.left(64).contains("-----BEGIN"))
        arguments << QStringLiteral("-a");
    return runChecked(QCoreApplication::translate("CertificateStore", "Trusting %1").arg(nickname),
                      QStringLiteral("certutil"), arguments, certificate, &secrets);
}

Status CertificateStore::registerModule(const QString& name, const QString& libraryPath) const
{
    if (!exists())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "There is no certificate store in %1 yet.")
                .arg(m_directory));
    if (!QFileInfo(libraryPath).isFile())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "The PKCS#11 module %1 does not exist.").arg(libraryPath));
    // -force skips modutil's "close all browsers" question; the answer on stdin covers older versions.
    return runChecked(QCoreApplication::translate("CertificateStore", "Registering the PKCS#11 module %1").arg(name),
                      QStringLiteral("modutil"),
                      {QStringLiteral("-dbdir"), database(), QStringLiteral("-add"), name, QStringLiteral("-libfile"),
                       libraryPath, QStringLiteral("-force")},
                      "\n");
}

bool CertificateStore::hasCertificate(const QString& nickname) const
{
    auto done = run(QStringLiteral("certutil"),
                    {QStringLiteral("-L"), QStringLiteral("-d"), database(), QStringLiteral("-n"), nickname});
    return done && done->exitCode == 0;
}

Status CertificateStore::createThrowawayCertificates(const QString& authorityName, const QList<Holder>& holders,
                                                     const QString& storePassword) const
{
    if (!exists())
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "There is no certificate store in %1 yet.")
                .arg(m_directory));
    QList<Holder> missing;
    for (const Holder& holder : holders)
        if (!hasCertificate(holder.nickname))
            missing << holder;
    if (missing.isEmpty())
        return {};
    const QByteArray password = storePassword.toUtf8();
    const QString authorityNick =
        authorityName + QStringLiteral(" ") + QString::number(QRandomGenerator::system()->generate() % 100000);
    // Each run reads the password and the key's noise from pipes of its own, as a pipe is read once.
    SecretPipes authoritySecrets;
    QString passwordFile = authoritySecrets.add(password);
    QString noiseFile = authoritySecrets.add(noise());
    if (passwordFile.isEmpty() || noiseFile.isEmpty())
        return Status::failure(cannotPassPassword());
    // The authority: self-signed, a CA (basic constraints answered on stdin: is a CA, no path limit, critical).
    if (auto made =
            runChecked(QCoreApplication::translate("CertificateStore", "Creating the authority %1").arg(authorityName),
                       QStringLiteral("certutil"),
                       {QStringLiteral("-S"),
                        QStringLiteral("-x"),
                        QStringLiteral("-d"),
                        database(),
                        QStringLiteral("-f"),
                        passwordFile,
                        QStringLiteral("-z"),
                        noiseFile,
                        QStringLiteral("-n"),
                        authorityNick,
                        QStringLiteral("-s"),
                        QStringLiteral("CN=%1,O=ReviewDesk").arg(dnValue(authorityNick)),
                        QStringLiteral("-t"),
                        QStringLiteral("C,C,C"),
                        QStringLiteral("-k"),
                        QStringLiteral("rsa"),
                        QStringLiteral("-g"),
                        QStringLiteral("2048"),
                        QStringLiteral("-v"),
                        QStringLiteral("240"),
                        QStringLiteral("-w"),
                        QStringLiteral("-1"),
                        QStringLiteral("-m"),
                        QString::number(QRandomGenerator::system()->bounded(1, 1 << 30)),
                        QStringLiteral("-2"),
                        QStringLiteral("--keyUsage"),
                        QStringLiteral("certSigning,crlSigning")},
                       "y\n\ny\n", &authoritySecrets);
        !made)
        return made;
    for (const Holder& holder : missing) {
        QString subject = QStringLiteral("CN=%1").arg(dnValue(holder.commonName));
        if (!holder.organization.isEmpty())
            subject += QStringLiteral(",O=%1").arg(dnValue(holder.organization));
        SecretPipes secrets;
        passwordFile = secrets.add(password);
        noiseFile = secrets.add(noise());
        if (passwordFile.isEmpty() || noiseFile.isEmpty())
            return Status::failure(cannotPassPassword());
        if (auto issued = runChecked(
                QCoreApplication::translate("CertificateStore", "Issuing a certificate for %1").arg(holder.commonName),
                QStringLiteral("certutil"),
                {QStringLiteral("-S"),
                 QStringLiteral("-c"),
                 authorityNick,
                 QStringLiteral("-d"),
                 database(),
                 QStringLiteral("-f"),
                 passwordFile,
                 QStringLiteral("-z"),
                 noiseFile,
                 QStringLiteral("-n"),
                 holder.nickname,
                 QStringLiteral("-s"),
                 subject,
                 QStringLiteral("-t"),
                 QStringLiteral("u,u,u"),
                 QStringLiteral("-k"),
                 QStringLiteral("rsa"),
                 QStringLiteral("-g"),
                 QStringLiteral("2048"),
                 QStringLiteral("-v"),
                 QString::number(holder.validForMonths),
                 QStringLiteral("-w"),
                 QString::number(-holder.startsMonthsAgo),
                 QStringLiteral("-m"),
                 QString::number(QRandomGenerator::system()->bounded(1, 1 << 30)),
                 QStringLiteral("--keyUsage"),
                 QStringLiteral("digitalSignature,nonRepudiation"),
                 QStringLiteral("--extKeyUsage"),
                 QStringLiteral("emailProtection")},
                {}, &secrets);
            !issued)
            return issued;
    }
    // Keep the authority's certificate and trust, drop its private key: it can vouch, never issue again.
    auto pem = run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database(),
                                                QStringLiteral("-n"), authorityNick, QStringLiteral("-a")});
    if (!pem || pem->exitCode != 0)
        return Status::failure(
            QCoreApplication::translate("CertificateStore", "Cannot read back the authority %1.").arg(authorityNick));
    SecretPipes dropSecrets;
    passwordFile = dropSecrets.add(password);
    if (passwordFile.isEmpty())
        return Status::failure(cannotPassPassword());
    if (auto dropped = runChecked(QCoreApplication::translate("CertificateStore", "Removing the authority's key"),
                                  QStringLiteral("certutil"),
                                  {QStringLiteral("-F"), QStringLiteral("-d"), database(), QStringLiteral("-f"),
                                   passwordFile, QStringLiteral("-n"), authorityNick},
                                  {}, &dropSecrets);
        !dropped)
        return dropped;
    if (!hasCertificate(authorityNick))
        return trustAuthorityCertificate(pem->output.toLatin1(), authorityNick, storePassword);
    return {};
}

} // namespace rd::signing
