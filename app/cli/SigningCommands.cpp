#include "app/cli/SigningCommands.h"

#include "models/core/Text.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/archive/ArchiveVerifier.h"
#include "models/archive/RoundArchive.h"
#include "models/audit/AuditTrail.h"
#include "models/consensus/SignedResults.h"
#include "models/review/ReviewerStore.h"
#include "models/review/SigningRoles.h"
#include "models/signing/CertificateStore.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/PdfSigner.h"
#include "models/signing/SignatureCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace rd::cli {

namespace {

int certsList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({passwordFileOption(), jsonOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "The certificates in the store that can sign."), 0, 0))
        return *done;
    const std::optional<QString> password = readPassword(parser);
    if (!password)
        return InputFailed;
    nss::PasswordScope scope(*password);
    const QList<signing::SigningCertificate> list = signing::availableCertificates();
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const signing::SigningCertificate& c : list)
            array.append(QJsonObject{{QStringLiteral("nickname"), c.nickname},
                                     {QStringLiteral("name"), c.commonName},
                                     {QStringLiteral("organization"), c.organization},
                                     {QStringLiteral("issuer"), c.issuerCommonName},
                                     {QStringLiteral("valid_from"), c.validFrom.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("valid_to"), c.validTo.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("sha256"), c.fingerprint}});
        printJson(array);
        return Success;
    }
    out() << QCoreApplication::translate("Cli", "Certificate store: %1").arg(nss::initialisedDirectory()) << '\n';
    for (const signing::SigningCertificate& c : list)
        out() << QStringLiteral("%1\n    %2 · %3 · %4 – %5\n    SHA-256 %6\n")
                     .arg(c.nickname, c.commonName, c.issuerCommonName,
                          QLocale().toString(c.validFrom.date(), QLocale::ShortFormat),
                          QLocale().toString(c.validTo.date(), QLocale::ShortFormat), c.fingerprint);
    out() << QCoreApplication::translate("Cli", "%1 certificates.").arg(list.size()) << '\n';
    return Success;
}

int certsCreate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(passwordFileOption());
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Create the certificate store, protected by a password."), 0, 0))
        return *done;
    const std::optional<QString> password = readPassword(parser);
    if (!password)
        return InputFailed;
    const signing::CertificateStore store(nss::storeDirectory());
    if (auto made = store.create(*password); !made) {
        err() << made.error() << '\n';
        return InputFailed;
    }
    out() << QCoreApplication::translate("Cli", "Certificate store created in %1.").arg(store.directory()) << '\n';
    return Success;
}

int certsImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "A PKCS#12 file (.p12, .pfx)."));
    const QCommandLineOption filePassword(
        QStringLiteral("file-password-file"),
        QCoreApplication::translate("Cli", "Read the PKCS#12 file's password from FILE."), QStringLiteral("FILE"));
    parser.addOptions({filePassword, passwordFileOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Import a key and its certificate into the store."), 1, 1))
        return *done;
    const std::optional<QString> storePassword = readPassword(parser);
    if (!storePassword)
        return InputFailed;
    QString p12Password;
    if (parser.isSet(filePassword)) {
        QFile file(parser.value(filePassword));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("Cli", "Cannot read the password file %1: %2")
                         .arg(file.fileName(), file.errorString())
                  << '\n';
            return InputFailed;
        }
        p12Password = QString::fromUtf8(file.readLine()).trimmed();
    }
    const signing::CertificateStore store(nss::storeDirectory());
    if (auto imported = store.importPkcs12(parser.positionalArguments().at(0), p12Password, *storePassword);
        !imported) {
        err() << imported.error() << '\n';
        return InputFailed;
    }
    out() << QCoreApplication::translate("Cli", "Imported into %1.").arg(store.directory()) << '\n';
    return Success;
}

int certsTrust(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "The authority's certificate (PEM or DER)."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QCoreApplication::translate("Cli", "A name for it in the store."));
    parser.addOption(passwordFileOption()); // a store with a password is changed only once unlocked
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Trust a certificate authority for signatures."), 2, 2))
        return *done;
    const std::optional<QString> password = readPassword(parser);
    if (!password)
        return InputFailed;
    const signing::CertificateStore store(nss::storeDirectory());
    if (auto trusted =
            store.trustAuthority(parser.positionalArguments().at(0), parser.positionalArguments().at(1), *password);
        !trusted) {
        err() << trusted.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int certsModule(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "A name for the module."));
    parser.addPositionalArgument(
        QStringLiteral("LIBRARY"),
        QCoreApplication::translate("Cli", "The PKCS#11 library, e.g. a card reader's driver."));
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate(
                              "Cli", "Register a PKCS#11 module (smart cards: 自然人憑證, 工商憑證; or SoftHSM2)."),
                          2, 2))
        return *done;
    const signing::CertificateStore store(nss::storeDirectory());
    if (auto registered = store.registerModule(parser.positionalArguments().at(0), parser.positionalArguments().at(1));
        !registered) {
        err() << registered.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int certsRegister(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    parser.addPositionalArgument(QStringLiteral("REVIEWER"),
                                 QCoreApplication::translate("Cli", "The member's id (reviewers list)."));
    parser.addPositionalArgument(QStringLiteral("SHA256"),
                                 QCoreApplication::translate("Cli", "The fingerprint of the member's certificate."));
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate(
                              "Cli", "Register a member's certificate: their returns must be signed with it."),
                          3, 3))
        return *done;
    const QString fingerprint = signing::normalizedFingerprint(parser.positionalArguments().at(2));
    if (fingerprint.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).")
                     .arg(parser.positionalArguments().at(2))
              << '\n';
        return Usage;
    }
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return InputFailed;
    if (auto registered = ReviewerStore(workspace->db())
                              .registerCertificate(parser.positionalArguments().at(1).toLongLong(), fingerprint);
        !registered) {
        err() << registered.error() << '\n';
        return InputFailed;
    }
    return Success;
}

int certsSecretariat(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    parser.addPositionalArgument(
        QStringLiteral("SHA256"),
        QCoreApplication::translate("Cli", "The fingerprint of the secretariat's certificate."));
    const QCommandLineOption name(
        QStringLiteral("name"), QCoreApplication::translate("Cli", "Whose certificate it is."), QStringLiteral("NAME"));
    parser.addOptions({roundOption(), name});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate(
                              "Cli", "Register a secretariat certificate for a round: only such a certificate "
                                     "certifies the round's archive."),
                          2, 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    if (auto registered = roles::registerSecretariat(opened->workspace->db(), opened->round,
                                                     parser.positionalArguments().at(1), parser.value(name));
        !registered) {
        err() << registered.error() << '\n';
        return InputFailed;
    }
    return Success;
}

} // namespace

int certsCommand(const QStringList& arguments)
{
    return dispatch(arguments, "certs",
                    {{"list", certsList},
                     {"create", certsCreate},
                     {"import", certsImport},
                     {"trust", certsTrust},
                     {"module", certsModule},
                     {"register", certsRegister},
                     {"secretariat", certsSecretariat}});
}

int signCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("WS|PDF"),
        QCoreApplication::translate("Cli", "A workspace whose final results the chair signs, or a ReviewDesk PDF."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("Cli", "Where the signed PDF goes (for a PDF)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({signOption(), passwordFileOption(), output, roundOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Sign: the chair's 評選總表 and 會議紀錄 of a round, or one PDF."),
                  1, 1))
        return *done;
    if (!parser.isSet(signOption())) {
        err() << QCoreApplication::translate("Cli", "Give --sign NICKNAME (see certs list).") << '\n';
        return Usage;
    }
    const std::optional<QString> password = readPassword(parser);
    if (!password)
        return InputFailed;
    const QString target = parser.positionalArguments().at(0);
    signing::SignRequest request{parser.value(signOption()), *password, {}, {}};
    if (target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        const QString to = parser.isSet(output) ? parser.value(output) : target;
        if (auto signedPdf = signing::signPdf(target, to, request); !signedPdf) {
            err() << signedPdf.error() << '\n';
            return InputFailed;
        }
        out() << QCoreApplication::translate("Cli", "Signed → %1").arg(to) << '\n';
        return Success;
    }
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    auto made = consensus::signResults(opened->workspace->db(), opened->workspace->blobs(), opened->round, request);
    if (!made) {
        err() << made.error() << '\n';
        return InputFailed;
    }
    for (const consensus::SignedDocument& d : *made)
        out()
            << QCoreApplication::translate("Cli", "%1 signed by %2 (PDF SHA-256 %3)").arg(d.kind, d.signer, d.pdfSha256)
            << '\n';
    return Success;
}

int archiveCommand(const QStringList& arguments)
{
    return dispatch(
        arguments, "archive",
        {{"export", [](const QStringList& args) {
              QCommandLineParser parser;
              parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
              parser.addPositionalArgument(QStringLiteral("OUT.zip"),
                                           QCoreApplication::translate("Cli", "The archive to write."));
              parser.addOptions({roundOption(), signOption(), passwordFileOption()});
              if (auto done = parse(parser, args,
                                    QCoreApplication::translate("Cli", "Archive a round, certified by the "
                                                                       "secretariat's signature."),
                                    2, 2))
                  return *done;
              if (!parser.isSet(signOption())) {
                  err() << QCoreApplication::translate("Cli", "Give --sign NICKNAME: the secretariat certifies "
                                                              "the archive.")
                        << '\n';
                  return int(Usage);
              }
              const std::optional<QString> password = readPassword(parser);
              if (!password)
                  return int(InputFailed);
              auto opened = openRound(parser, Workspace::Access::ReadWrite);
              if (!opened)
                  return int(InputFailed);
              auto report = archive::exportRound(opened->workspace->db(), opened->workspace->blobs(), opened->round,
                                                 parser.positionalArguments().at(1),
                                                 {parser.value(signOption()), *password, QStringLiteral("封存"), {}});
              if (!report) {
                  err() << report.error() << '\n';
                  return int(InputFailed);
              }
              out() << QCoreApplication::translate("Cli", "%1 files, %2 bytes → %3\nmanifest SHA-256 %4")
                           .arg(report->files)
                           .arg(report->bytes)
                           .arg(parser.positionalArguments().at(1), report->manifestSha256)
                    << '\n';
              return int(Success);
          }}});
}

int verifyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"),
                                 QCoreApplication::translate("Cli", "A round archive (or one signed PDF)."));
    const QCommandLineOption secretariatOption(
        QStringLiteral("secretariat"),
        QCoreApplication::translate("Cli", "A fingerprint you know, from outside the archive, to be the secretariat's "
                                           "certificate (repeatable): the archive certificate must be one of them."),
        QStringLiteral("SHA256"));
    parser.addOptions({jsonOption(), secretariatOption});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate(
                      "Cli", "Verify every file, signature, the audit chain and the consensus; exit 0 only when "
                             "everything verifies."),
                  1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        const signing::SignatureReport s = signing::checkSignatureFile(path);
        if (parser.isSet(jsonOption()))
            printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("state"), signing::stateKey(s.state)},
                                  {QStringLiteral("signer"), s.signer},
                                  {QStringLiteral("certificate_sha256"), s.fingerprint},
                                  {QStringLiteral("signed_at"), s.signedAt.toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("bound_sha256"), s.binding.dataSha256}});
        else
            out() << path << ": " << signing::stateText(s.state)
                  << (s.signer.isEmpty() ? QString() : QStringLiteral(" · ") + s.signer) << '\n';
        return s.isValid() ? Success : InputFailed;
    }
    auto report = archive::verifyArchive(path, {}, nullptr, parser.values(secretariatOption));
    if (!report) {
        err() << report.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        printJson(report->toJson());
    } else {
        for (const archive::Check& c : report->checks)
            if (!c.passed || c.kind != archive::Check::Kind::File)
                out() << (c.passed ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) << archive::kindText(c.kind)
                      << "  " << c.subject << "\n      " << c.detail << '\n';
        out() << (report->ok()
                      ? QCoreApplication::translate("Cli", "Everything verifies: %1 checks.").arg(report->checks.size())
                      : QCoreApplication::translate("Cli", "%1 of %2 checks failed.")
                            .arg(report->failures())
                            .arg(report->checks.size()))
              << '\n';
    }
    return report->ok() ? Success : InputFailed;
}

int auditCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QCoreApplication::translate("Cli", "Only events of this kind."),
                                    QStringLiteral("KIND"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QCoreApplication::translate("Cli", "Recompute the hash chain."));
    parser.addOptions({action, verify, roundOption(), jsonOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "The audit trail: every change, hash-chained."), 1, 1))
        return *done;
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadOnly);
    if (!workspace)
        return InputFailed;
    if (parser.isSet(verify)) {
        // Against the heads the chair's signed documents carry, besides those recorded at each return import.
        auto anchors = consensus::documentAnchors(workspace->db(), workspace->blobs());
        if (!anchors) {
            err() << anchors.error() << '\n';
            return InputFailed;
        }
        auto chain = audit::verifyChain(workspace->db(), *anchors);
        if (!chain) {
            err() << chain.error() << '\n';
            return InputFailed;
        }
        if (parser.isSet(jsonOption()))
            printJson(QJsonObject{{QStringLiteral("events"), chain->events},
                                  {QStringLiteral("intact"), chain->ok()},
                                  {QStringLiteral("anchors"), chain->anchors},
                                  {QStringLiteral("first_broken"), chain->firstBroken},
                                  {QStringLiteral("reason"), chain->reason}});
        else
            out() << (chain->ok() ? QCoreApplication::translate("Cli", "%1 events, chain intact; %2 anchors hold.")
                                        .arg(chain->events)
                                        .arg(chain->anchors)
                                  : chain->reason)
                  << '\n';
        return chain->ok() ? Success : InputFailed;
    }
    audit::Filter filter;
    filter.action = parser.value(action);
    filter.roundId = parser.value(roundOption()).toLongLong();
    auto events = audit::events(workspace->db(), filter);
    if (!events) {
        err() << events.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const audit::Event& e : *events)
            list.append(audit::toJson(e));
        printJson(list);
        return Success;
    }
    for (const audit::Event& e : *events)
        out() << QStringLiteral("%1  %2  %3 (%4)  %5  %6\n")
                     .arg(e.id, 5)
                     .arg(text::localDateTime(e.at), e.actor, e.role, audit::actionText(e.action), e.entity);
    return Success;
}

} // namespace rd::cli
