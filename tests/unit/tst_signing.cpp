// Digital signatures, the audit trail and round archives, with throwaway keys made by
// tests/data/make-test-keys.sh and a SoftHSM2 token set up here: sign → reopen → verify; the wrong
// certificate, an expired one, an untrusted issuer, a wrong password; tampering with every kind of archived
// file, an edited audit row, two swapped sheets; and pdfsig's verdict beside ours.
// NSS names a struct member `slots`, which Qt defines as a keyword: NSS's headers come before any of Qt's.
#include <pk11pub.h>

#include "LocalTsa.h"
#include "TestSupport.h"

#include "models/archive/ArchiveVerifier.h"
#include "models/archive/RoundArchive.h"
#include "models/audit/AuditTrail.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/consensus/SignedResults.h"
#include "models/demo/DemoScoring.h"
#include "models/demo/DemoSigning.h"
#include "models/package/Bundle.h"
#include "models/package/ReviewPackage.h"
#include "models/package/ScoreReturn.h"
#include "models/pdf/PdfComposer.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/signing/CertificateStore.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/PdfSigner.h"
#include "models/signing/SignatureCheck.h"
#include "models/signing/TimeStamp.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"
#include "models/zip/SafeZip.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFuture>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include <cstdio>
#include <cstdlib>
#include <sys/inotify.h>
#include <unistd.h>

using namespace rd;

namespace {

const QString storePassword = QStringLiteral("storepass");
const QString tokenPin = QStringLiteral("1234");
const QString tokenNickname = QStringLiteral("ReviewDesk Test Token:holder");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

// A one-page ReviewDesk document bound to `data`, as the score sheets are.
QString unsignedSheet(const QString& path, const QByteArray& data, const QString& signer)
{
    {
        PdfComposer pdf(path, QStringLiteral("評分表"), PdfComposer::Orientation::Portrait,
                        {QStringLiteral("score-sheet"), sha256Hex(data), signer, {}});
        pdf.title(QStringLiteral("評分表 測試"));
        pdf.paragraph(QStringLiteral("創新性 12／15　合作對象 8／10　雲端服務 25／30"));
        pdf.signatureBlock(QStringLiteral("委員簽章"), signer, QStringLiteral("2025-03-12"));
    }
    return path;
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keys;

    QString key(const QString& name) const { return m_keys + QLatin1Char('/') + name; }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString sign(const QString& nickname, const QString& password, const QString& name)
    {
        const QString in =
            unsignedSheet(file(name + QStringLiteral("-in.pdf")), "{\"sheet\":1}", QStringLiteral("林孟儒"));
        const QString out = file(name + QStringLiteral(".pdf"));
        auto signedPdf = signing::signPdf(in, out, {nickname, password, QStringLiteral("評分表"), {}});
        if (!signedPdf)
            qWarning("%s", qPrintable(signedPdf.error()));
        return signedPdf ? out : QString();
    }

    QString pdfsig(const QString& pdf)
    {
        return run(QStringLiteral("pdfsig"),
                   {QStringLiteral("-nssdir"), QStringLiteral("sql:") + key(QStringLiteral("pdfsig-db")), pdf});
    }

    QString fingerprintOfFile(const QString& pem)
    {
        QByteArray text = readFile(pem);
        text = text.mid(text.indexOf('\n') + 1);
        text = text.left(text.indexOf("-----END"));
        return signing::fingerprintOf(QByteArray::fromBase64(text));
    }

    // A round of three applications scored by three members, each sheet signed and returned with the member's
    // registered certificate, the secretariat's certificate registered; with `meeting`, held and signed by the chair.
    // The demo round: three applications, three members, signed sheets; with `timeStamping`, each sheet
    // time-stamped by that service.
    std::unique_ptr<test::TempWorkspace> demoRound(demo::DemoSigners& signers, bool meeting,
                                                   const QUrl& timeStamping = {})
    {
        auto ws = std::make_unique<test::TempWorkspace>();
        test::freezeRubric(*ws);
        test::allowSmallCommittee(*ws);
        QList<qint64> apps;
        for (const auto& [ubn, title] : {std::pair{QStringLiteral("04595257"), QStringLiteral("甲計畫")},
                                         std::pair{QStringLiteral("22099131"), QStringLiteral("乙計畫")},
                                         std::pair{QStringLiteral("10000073"), QStringLiteral("丙計畫")}})
            apps << test::addApplicationWithDocument(*ws, test::validApplication(ubn, title),
                                                     title + QStringLiteral("說明"));
        ReviewerStore reviewers(ws->workspace->db());
        for (const QString& name : {QStringLiteral("林孟儒"), QStringLiteral("吳承翰"), QStringLiteral("陳怡安")}) {
            const qint64 id = reviewers.add({0, name, QStringLiteral("測試大學"), {}, {}, true, {}, {}}).value();
            for (qint64 app : apps)
                if (!reviewers.assign(app, id).ok())
                    qFatal("assign");
        }
        if (!demo::scoreDemoRound(ws->workspace->db(), ws->roundId, 7).ok())
            qFatal("score");
        if (timeStamping.isValid()) {
            auto settings = consensus::roundSettings(ws->workspace->db(), ws->roundId).value();
            settings.timeStampUrl = timeStamping.toString();
            if (!consensus::saveRoundSettings(ws->workspace->db(), ws->roundId, settings).ok())
                qFatal("settings");
        }
        auto made = demo::signDemoRound(*ws->workspace, ws->roundId, storePassword);
        if (!made)
            qFatal("sign: %s", qPrintable(made.error()));
        signers = *made;
        if (meeting)
            if (const Status held = demo::holdDemoMeeting(*ws->workspace, ws->roundId, signers); !held)
                qFatal("meeting: %s", qPrintable(held.error()));
        return ws;
    }

    // The archive with `entries` changed, its manifest recomputed and certified again with `nickname`: what an
    // insider holding that certificate's key can make.
    QString recertified(QMap<QString, QByteArray> entries, const QString& nickname, const QString& name)
    {
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        QJsonObject files;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it.key() != QLatin1String("manifest.json") && it.key() != archive::certificateEntry())
                files.insert(it.key(), sha256Hex(it.value()));
        manifest.insert(QStringLiteral("files"), files);
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        entries.insert(QStringLiteral("manifest.json"), manifestBytes);
        const QJsonArray log = QJsonDocument::fromJson(entries.value(QStringLiteral("audit/audit-log.json"))).array();
        const QJsonObject last = log.last().toObject();
        const QString certificate = file(name + QStringLiteral("-certificate.pdf"));
        {
            PdfComposer pdf(
                certificate, QStringLiteral("封存證明"), PdfComposer::Orientation::Portrait,
                {QStringLiteral("archive-certificate"),
                 sha256Hex(manifestBytes),
                 QStringLiteral("某人"),
                 {last.value(QStringLiteral("id")).toInteger(), last.value(QStringLiteral("sha256")).toString()}});
            pdf.paragraph(sha256Hex(manifestBytes));
            pdf.signatureBlock(QStringLiteral("秘書處"), QStringLiteral("某人"), QString());
        }
        if (!signing::signPdf(certificate, certificate, {nickname, storePassword, QStringLiteral("封存"), {}}))
            qFatal("cannot sign the forged certificate");
        entries.insert(archive::certificateEntry(), readFile(certificate));
        const QString path = file(name + QStringLiteral(".zip"));
        test::writeZip(path, entries);
        return path;
    }

    static QStringList failedChecks(const archive::VerificationReport& report)
    {
        QStringList failed;
        for (const archive::Check& c : report.checks)
            if (!c.passed)
                failed << c.subject + QStringLiteral(": ") + c.detail;
        return failed;
    }

    // The secretariat's round: one application, assigned to 林孟儒, whose certificate (member-a) is registered.
    qint64 officeWithOneMember(test::TempWorkspace& office)
    {
        test::freezeRubric(office);
        test::allowSmallCommittee(office);
        const qint64 app =
            test::addApplicationWithDocument(office, test::validApplication(), QStringLiteral("雲端進銷存"));
        ReviewerStore reviewers(office.workspace->db());
        const qint64 lin =
            reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}, true, {}, {}}).value();
        if (!reviewers.assign(app, lin).ok() ||
            !reviewers.registerCertificate(lin, fingerprintOfFile(key(QStringLiteral("member-a.crt")))).ok())
            return 0;
        return lin;
    }

    // The member's package exported, opened on their laptop, and one sheet scored and complete.
    void scorePackage(test::TempWorkspace& office, qint64 reviewer, const QString& name,
                      std::unique_ptr<Workspace>* opened)
    {
        const QString packagePath = file(name + QStringLiteral(".rdpkg"));
        QVERIFY(package::exportPackage(office.workspace->db(), office.workspace->blobs(), office.roundId, reviewer,
                                       packagePath)
                    .ok());
        auto reviewerWs = package::importPackage(packagePath, file(name + QStringLiteral("-ws")));
        QVERIFY2(reviewerWs.ok(), qPrintable(reviewerWs.error()));
        const QSqlDatabase db = (*reviewerWs)->db();
        const auto context = package::reviewerContext(db).value().value();
        ScoreSheetStore sheets(db);
        const qint64 sheet =
            sheets.open(ApplicationStore(db).applications(context.roundId)->first().id, context.reviewerId)->id;
        const QList<QPair<QString, double>> scores = {{QStringLiteral("innovation"), 12},
                                                      {QStringLiteral("cooperation"), 8},
                                                      {QStringLiteral("cloud_service"), 25},
                                                      {QStringLiteral("feasibility"), 24},
                                                      {QStringLiteral("benefits"), 12}};
        for (const auto& [item, value] : scores) {
            QVERIFY(sheets.apply(sheet, {SheetEdit::Field::Score, item, value}).ok());
            QVERIFY(sheets.apply(sheet, {SheetEdit::Field::Comment, item, QStringLiteral("說明充分")}).ok());
        }
        const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
        for (const ChecklistItem& check : expert.checklist())
            QVERIFY(sheets.apply(sheet, {SheetEdit::Field::Mark, check.id, QStringLiteral("pass")}).ok());
        QVERIFY(sheets.apply(sheet, {SheetEdit::Field::OverallComment, {}, QStringLiteral("建議通過")}).ok());
        QVERIFY(
            sheets.apply(sheet, {SheetEdit::Field::Recommendation, {}, QStringLiteral("approve_with_changes")}).ok());
        QVERIFY(sheets.setComplete(sheet, true).ok());
        *opened = std::move(*reviewerWs);
    }

    // A copy of a return with `change` applied to its entries, the manifest's digests brought up to date.
    QString alteredReturn(const QString& path, const QString& name,
                          const std::function<void(QMap<QString, QByteArray>&, QJsonObject&)>& change)
    {
        QMap<QString, QByteArray> entries = SafeZip::readAll(path, ZipLimits()).value();
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        change(entries, manifest);
        QJsonObject files;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it.key() != QLatin1String("manifest.json"))
                files.insert(it.key(), sha256Hex(it.value()));
        manifest.insert(QStringLiteral("files"), files);
        entries.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
        test::writeZip(file(name), entries);
        return file(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool :
             {"openssl", "certutil", "pk12util", "modutil", "softhsm2-util", "pkcs11-tool", "pdfsig"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed by the signature tests").arg(QLatin1String(tool))));
        m_keys = file(QStringLiteral("keys"));
        const QString failed = test::makeTestKeys(m_keys);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        int code = 0;

        // The SoftHSM2 token: its own configuration, initialised with a PIN, holding a key by the test CA.
        const QString tokens = file(QStringLiteral("tokens"));
        QVERIFY(QDir().mkpath(tokens));
        writeFile(file(QStringLiteral("softhsm2.conf")),
                  QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                      .arg(tokens)
                      .toUtf8());
        qputenv("SOFTHSM2_CONF", file(QStringLiteral("softhsm2.conf")).toUtf8());
        const QString module = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
        QVERIFY2(QFile::exists(module), "SoftHSM2's PKCS#11 module is needed by the signature tests");
        QVERIFY2(run(QStringLiteral("softhsm2-util"),
                     {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                      QStringLiteral("ReviewDesk Test Token"), QStringLiteral("--pin"), tokenPin,
                      QStringLiteral("--so-pin"), QStringLiteral("5678")},
                     &code)
                     .contains(QLatin1String("initialized")),
                 "softhsm2-util cannot initialise a token");
        for (const auto& [object, type] : {std::pair{QStringLiteral("token.key.der"), QStringLiteral("privkey")},
                                           std::pair{QStringLiteral("token.der"), QStringLiteral("cert")}}) {
            const QString written =
                run(QStringLiteral("pkcs11-tool"),
                    {QStringLiteral("--module"), module, QStringLiteral("--token-label"),
                     QStringLiteral("ReviewDesk Test Token"), QStringLiteral("--login"), QStringLiteral("--pin"),
                     tokenPin, QStringLiteral("--write-object"), key(object), QStringLiteral("--type"), type,
                     QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("--label"), QStringLiteral("holder")},
                    &code);
            QVERIFY2(code == 0, qPrintable(written));
        }
        const signing::CertificateStore store(key(QStringLiteral("nssdb")));
        const Status registered = store.registerModule(QStringLiteral("SoftHSM2"), module);
        QVERIFY2(registered.ok(), qPrintable(registered.error()));

        qputenv("REVIEWDESK_NSS_DIR", key(QStringLiteral("nssdb")).toUtf8());
        // NSS asks for the store's password or the token's PIN by the token's name.
        nss::setPasswordPrompt([](const QString& token) {
            return token.contains(QLatin1String("ReviewDesk Test Token")) ? tokenPin : storePassword;
        });
        QVERIFY(nss::initialise());
    }

    void aStorePasswordIsNeverTriedAsACardsPin()
    {
        // The token logged out, as on a fresh start with a card in the reader: finding a store certificate
        // with the store's password must not offer that password to the card, once or (as NSS retries) forever.
        PK11_LogoutAll();
        QFuture<bool> found =
            QtConcurrent::run([] { return signing::findCertificate(QStringLiteral("member-b"), storePassword).ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(found.isFinished(), 30000);
        QVERIFY(found.result());
        const QString tokens = run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")});
        QVERIFY2(tokens.contains(QLatin1String("ReviewDesk Test Token")), qPrintable(tokens));
        QVERIFY2(!tokens.contains(QLatin1String("PIN_COUNT_LOW")), qPrintable(tokens));
    }

    void aWrongPinSignsNothing()
    {
        // First of all: NSS keeps a token logged in once its PIN was right, for the rest of the process.
        const QString in = unsignedSheet(file(QStringLiteral("plain2.pdf")), "{}", QStringLiteral("林孟儒"));
        const Status refused =
            signing::signPdf(in, file(QStringLiteral("never.pdf")),
                             {QStringLiteral("ReviewDesk Test Token:holder"), QStringLiteral("0000"), {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("plain2.pdf")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(file(QStringLiteral("never.pdf"))));
    }

    void theStoreListsItsSigningCertificatesWithNamesAndFingerprints()
    {
        const QList<signing::SigningCertificate> list = signing::availableCertificates();
        QStringList nicknames;
        for (const signing::SigningCertificate& c : list)
            nicknames << c.nickname;
        for (const QString& expected : {QStringLiteral("member-a"), QStringLiteral("member-b"), QStringLiteral("rogue"),
                                        QStringLiteral("expired"), tokenNickname})
            QVERIFY2(nicknames.contains(expected), qPrintable(nicknames.join(QLatin1String(", "))));
        const auto a = std::find_if(list.cbegin(), list.cend(),
                                    [](const auto& c) { return c.nickname == QLatin1String("member-a"); });
        QCOMPARE(a->commonName, QStringLiteral("林孟儒")); // decoded, not Poppler's Latin-1 reading of UTF-8
        QCOMPARE(a->organization, QStringLiteral("國立清華大學"));
        QCOMPARE(a->fingerprint, fingerprintOfFile(key(QStringLiteral("member-a.crt"))));
        QCOMPARE(a->token(), QString());
        // What the secretariat registers from the member's certificate file, PEM or DER.
        QCOMPARE(signing::fingerprintOfCertificateFile(key(QStringLiteral("member-a.crt"))).value(), a->fingerprint);
        QCOMPARE(signing::fingerprintOfCertificateFile(key(QStringLiteral("token.der"))).value(),
                 signing::fingerprintOf(readFile(key(QStringLiteral("token.der")))));
        QVERIFY(!signing::fingerprintOfCertificateFile(key(QStringLiteral("store.pw"))).ok());
        QCOMPARE(signing::normalizedFingerprint(a->fingerprint.toLower().remove(QLatin1Char(':'))), a->fingerprint);
    }

    void aSignedSheetVerifiesAfterReopeningAndPdfsigAgrees()
    {
        const QString in = unsignedSheet(file(QStringLiteral("plain.pdf")), "{\"sheet\":1}", QStringLiteral("林孟儒"));
        const QString out = file(QStringLiteral("signed.pdf"));
        const Status done =
            signing::signPdf(in, out, {QStringLiteral("member-a"), storePassword, QStringLiteral("評分表"), {}});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const signing::SignatureReport report = signing::checkSignatureFile(out);
        QCOMPARE(signing::stateKey(report.state), QStringLiteral("valid"));
        QCOMPARE(report.signer, QStringLiteral("林孟儒"));
        QCOMPARE(report.fingerprint, fingerprintOfFile(key(QStringLiteral("member-a.crt"))));
        QCOMPARE(report.binding.kind, QStringLiteral("score-sheet"));
        QCOMPARE(report.binding.dataSha256, sha256Hex("{\"sheet\":1}"));
        QCOMPARE(report.binding.signer, QStringLiteral("林孟儒"));
        QVERIFY(qAbs(report.signedAt.secsTo(QDateTime::currentDateTime())) < 120);
        // The signature's overhead: no substitute font is embedded.
        const qint64 overhead = QFileInfo(out).size() - QFileInfo(in).size();
        qInfo("signature overhead: %lld bytes (%lld → %lld)", overhead, QFileInfo(in).size(), QFileInfo(out).size());
        QVERIFY2(overhead < 100 * 1024, qPrintable(QString::number(overhead)));
        const QString verdict = pdfsig(out);
        QVERIFY2(verdict.contains(QLatin1String("Signature is Valid")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("Certificate is Trusted")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("Total document signed")), qPrintable(verdict));
    }

    void thePasswordServesOneSignatureOnly()
    {
        const QString in = unsignedSheet(file(QStringLiteral("once.pdf")), "{}", QStringLiteral("林孟儒"));
        QVERIFY(signing::signPdf(in, file(QStringLiteral("once-signed.pdf")),
                                 {QStringLiteral("member-a"), storePassword, QStringLiteral("評分表"), {}})
                    .ok());
        // The store is locked again: another signature needs the password again.
        PK11SlotInfo* store = PK11_GetInternalKeySlot();
        QVERIFY(store);
        const bool loggedIn = PK11_IsLoggedIn(store, nullptr);
        PK11_FreeSlot(store);
        QVERIFY(!loggedIn);
        nss::setPasswordPrompt([](const QString&) { return QString(); });
        const auto restore = qScopeGuard([] {
            nss::setPasswordPrompt([](const QString& token) {
                return token.contains(QLatin1String("ReviewDesk Test Token")) ? tokenPin : storePassword;
            });
        });
        // A wrong password is refused at once (Poppler alone would have NSS retry it for ever).
        QElapsedTimer clock;
        clock.start();
        const Status wrong =
            signing::signPdf(in, file(QStringLiteral("twice-signed.pdf")),
                             {QStringLiteral("member-a"), QStringLiteral("wrong"), QStringLiteral("評分表"), {}});
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QLatin1String("password or PIN is wrong")), qPrintable(wrong.error()));
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(!QFile::exists(file(QStringLiteral("twice-signed.pdf"))));
    }

    void aTokenCertificateSignsWithItsPin()
    {
        const QString out = sign(tokenNickname, tokenPin, QStringLiteral("token"));
        QVERIFY(!out.isEmpty());
        const signing::SignatureReport report = signing::checkSignatureFile(out);
        QCOMPARE(signing::stateKey(report.state), QStringLiteral("valid"));
        QCOMPARE(report.signer, QStringLiteral("Token Holder"));
        QVERIFY(pdfsig(out).contains(QLatin1String("Signature is Valid")));
    }

    void untrustedExpiredAndBrokenAreDistinctStates()
    {
        const QString rogue = sign(QStringLiteral("rogue"), storePassword, QStringLiteral("rogue"));
        QVERIFY(!rogue.isEmpty());
        const signing::SignatureState rogueState = signing::checkSignatureFile(rogue).state;
        QVERIFY2(rogueState == signing::SignatureState::UnknownIssuer ||
                     rogueState == signing::SignatureState::UntrustedIssuer,
                 qPrintable(signing::stateKey(rogueState)));
        QVERIFY(!pdfsig(rogue).contains(QLatin1String("Certificate is Trusted")));

        const QString expired = sign(QStringLiteral("expired"), storePassword, QStringLiteral("expired"));
        QVERIFY(!expired.isEmpty());
        QCOMPARE(signing::stateKey(signing::checkSignatureFile(expired).state), QStringLiteral("expired"));
        QVERIFY(pdfsig(expired).contains(QLatin1String("Expired")));

        const QString good = sign(QStringLiteral("member-b"), storePassword, QStringLiteral("member-b"));
        QByteArray bytes = readFile(good);
        // A flipped byte inside the signed content: the page's own text.
        const qsizetype at = bytes.indexOf("stream") + 20;
        bytes[at] = char(bytes[at] ^ 0x20);
        writeFile(file(QStringLiteral("flipped.pdf")), bytes);
        QCOMPARE(signing::stateKey(signing::checkSignatureFile(file(QStringLiteral("flipped.pdf"))).state),
                 QStringLiteral("broken"));
        QVERIFY(!pdfsig(file(QStringLiteral("flipped.pdf"))).contains(QLatin1String("Signature is Valid")));

        // Bytes added after the signature are not covered by it.
        writeFile(file(QStringLiteral("appended.pdf")), readFile(good) + "\n% added later\n");
        QCOMPARE(signing::stateKey(signing::checkSignatureFile(file(QStringLiteral("appended.pdf"))).state),
                 QStringLiteral("incomplete"));
        QVERIFY(!pdfsig(file(QStringLiteral("appended.pdf"))).contains(QLatin1String("Total document signed")));

        QCOMPARE(signing::stateKey(signing::checkSignatureFile(file(QStringLiteral("plain.pdf"))).state),
                 QStringLiteral("unsigned"));
    }

    void aPkcs12FileImportsIntoANewStore()
    {
        const signing::CertificateStore store(file(QStringLiteral("fresh-store")));
        QVERIFY(!store.exists());
        QVERIFY(store.create(QStringLiteral("new secret")).ok());
        QVERIFY(store.exists());
        const Status wrong = store.importPkcs12(key(QStringLiteral("member-b.p12")), QStringLiteral("nope"),
                                                QStringLiteral("new secret"));
        QVERIFY(!wrong.ok());
        const Status imported = store.importPkcs12(key(QStringLiteral("member-b.p12")), QStringLiteral("p12pass"),
                                                   QStringLiteral("new secret"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(store.hasCertificate(QStringLiteral("member-b")));
    }

    void passwordsReachTheToolsWithoutAFile()
    {
        // Whatever is created in the temporary folder while the tools run is seen: a password file would be.
        const QString temp = file(QStringLiteral("watched-temp"));
        QVERIFY(QDir().mkpath(temp));
        const QByteArray savedTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", temp.toUtf8());
        const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(temp).constData(), IN_CREATE) >= 0);
        const auto restore = qScopeGuard([&] {
            qputenv("TMPDIR", savedTemp);
            ::close(watch);
        });

        const signing::CertificateStore store(file(QStringLiteral("pipe-store")));
        const Status created = store.create(QStringLiteral("pipe secret"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Status imported = store.importPkcs12(key(QStringLiteral("member-b.p12")), QStringLiteral("p12pass"),
                                                   QStringLiteral("pipe secret"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const Status issued = store.createThrowawayCertificates(
            QStringLiteral("Pipe CA"), {{QStringLiteral("pipe-member"), QStringLiteral("委員 管道"), {}}},
            QStringLiteral("pipe secret"));
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QVERIFY(store.hasCertificate(QStringLiteral("member-b")));
        QVERIFY(store.hasCertificate(QStringLiteral("pipe-member")));
        char events[4096];
        const ssize_t seen = ::read(watch, events, sizeof events);
        QVERIFY2(seen <= 0, seen > 0 ? reinterpret_cast<const inotify_event*>(events)->name : "a file was created");
        // The password the tools were given is the store's: a wrong one still fails.
        QVERIFY(!store
                     .importPkcs12(key(QStringLiteral("member-b.p12")), QStringLiteral("p12pass"),
                                   QStringLiteral("not the secret"))
                     .ok());
    }

    void theSecretariatRefusesReturnsNotSignedWithTheRegisteredCertificate()
    {
        test::TempWorkspace office;
        const qint64 lin = officeWithOneMember(office);
        QVERIFY(lin > 0);
        ReviewerStore reviewers(office.workspace->db());

        std::unique_ptr<Workspace> reviewerWs;
        scorePackage(office, lin, QStringLiteral("lin"), &reviewerWs);
        QVERIFY(reviewerWs);
        const QSqlDatabase db = reviewerWs->db();

        const auto returned = [&](const QString& name, const QString& nickname) {
            const QString path = file(name);
            auto report = scorereturn::exportReturn(db, path, {false, nickname, storePassword});
            if (!report)
                qWarning("%s", qPrintable(report.error()));
            return path;
        };
        auto unsignedReturn =
            scorereturn::inspect(office.workspace->db(), returned(QStringLiteral("unsigned.rdret"), {}));
        QVERIFY(!unsignedReturn.ok());
        QVERIFY2(unsignedReturn.error().contains(QLatin1String("not signed")), qPrintable(unsignedReturn.error()));

        auto otherCertificate = scorereturn::inspect(office.workspace->db(),
                                                     returned(QStringLiteral("b.rdret"), QStringLiteral("member-b")));
        QVERIFY(!otherCertificate.ok());
        QVERIFY2(otherCertificate.error().contains(QLatin1String("registered certificate")),
                 qPrintable(otherCertificate.error()));
        QVERIFY2(otherCertificate.error().contains(QLatin1String("b.rdret")), qPrintable(otherCertificate.error()));

        auto untrusted = scorereturn::inspect(office.workspace->db(),
                                              returned(QStringLiteral("rogue.rdret"), QStringLiteral("rogue")));
        QVERIFY(!untrusted.ok());
        QVERIFY2(untrusted.error().contains(QLatin1String("issuer")), qPrintable(untrusted.error()));

        const QString goodPath = returned(QStringLiteral("a.rdret"), QStringLiteral("member-a"));
        auto good = scorereturn::inspect(office.workspace->db(), goodPath);
        QVERIFY2(good.ok(), qPrintable(good.error()));

        // A member with no certificate registered cannot send sheets signed by anyone: not by themselves,
        // not by another member.
        QVERIFY(reviewers.registerCertificate(lin, {}).ok());
        for (const QString& name : {goodPath, file(QStringLiteral("b.rdret"))}) {
            auto unregistered = scorereturn::inspect(office.workspace->db(), name);
            QVERIFY(!unregistered.ok());
            QVERIFY2(unregistered.error().contains(QLatin1String("no certificate is registered")),
                     qPrintable(unregistered.error()));
        }
        QVERIFY(reviewers.registerCertificate(lin, fingerprintOfFile(key(QStringLiteral("member-a.crt")))).ok());
        good = scorereturn::inspect(office.workspace->db(), goodPath);
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QCOMPARE(good->signedSheets, 1);

        // The sheet's data changed (and its manifest digest with it): the signed sheet no longer binds it.
        QMap<QString, QByteArray> entries = SafeZip::readAll(goodPath, ZipLimits()).value();
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        const QString dataName = manifest.value(QStringLiteral("sheets"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toString();
        QByteArray data = entries.value(dataName);
        data.replace("\"score\": 12", "\"score\": 15");
        entries.insert(dataName, data);
        QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
        files.insert(dataName, sha256Hex(data));
        manifest.insert(QStringLiteral("files"), files);
        QJsonArray listed = manifest.value(QStringLiteral("sheets")).toArray();
        QJsonObject first = listed.first().toObject();
        first.insert(QStringLiteral("data_sha256"), sha256Hex(data));
        listed.replace(0, first);
        manifest.insert(QStringLiteral("sheets"), listed);
        entries.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
        test::writeZip(file(QStringLiteral("edited.rdret")), entries);
        auto edited = scorereturn::inspect(office.workspace->db(), file(QStringLiteral("edited.rdret")));
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error().contains(QLatin1String("bound to other data")), qPrintable(edited.error()));

        auto imported = scorereturn::import(office.workspace->db(), office.workspace->blobs(), *good, false);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(sql::scalar(office.workspace->db(),
                             QStringLiteral("SELECT signature_state || ' ' || signer FROM returned_sheets"))
                     ->toString(),
                 QStringLiteral("valid 林孟儒"));
        // The trail holds the registration, the assignment and the signed return, and its chain holds.
        auto trail = audit::events(office.workspace->db());
        QStringList actions;
        for (const audit::Event& e : *trail)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("import")));
        QVERIFY(actions.contains(QStringLiteral("assign")));
        QVERIFY(actions.contains(QStringLiteral("certificate")));
        QVERIFY(actions.contains(QStringLiteral("return-import")));
        QVERIFY(audit::verifyChain(office.workspace->db())->ok());
    }

    void theAuditTrailIsAppendOnlyAndNamesTheFirstBrokenEvent()
    {
        test::TempWorkspace ws;
        const QSqlDatabase db = ws.workspace->db();
        for (int i = 0; i < 5; ++i)
            QVERIFY(audit::record(db, QStringLiteral("score-edit"), QStringLiteral("sheet:1/%1").arg(i), ws.roundId,
                                  {{QStringLiteral("value_sha256"), sha256Hex(QByteArray::number(i))}})
                        .ok());
        auto chain = audit::verifyChain(db);
        QVERIFY(chain->ok());
        QCOMPARE(chain->events, 5);
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE id = 3")).ok());
        QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM audit_events WHERE id = 3")).ok());
        // Someone with the database file and a SQLite shell gets past the triggers; the chain still tells.
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_events_no_update")).ok());
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_events SET detail = '{}' WHERE id = 3")).ok());
        chain = audit::verifyChain(db);
        QCOMPARE(chain->firstBroken, 3);
        QVERIFY2(chain->reason.contains(QLatin1String("event 3")), qPrintable(chain->reason));
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_events_no_delete")).ok());
        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM audit_events WHERE id = 2")).ok());
        QCOMPARE(audit::verifyChain(db)->firstBroken, 3);
    }

    void aRoundArchiveVerifiesAndEveryAlterationIsLocated()
    {
        test::TempWorkspace ws;
        test::freezeRubric(ws);
        test::allowSmallCommittee(ws);
        QList<qint64> apps;
        for (const auto& [ubn, title] : {std::pair{QStringLiteral("04595257"), QStringLiteral("甲計畫")},
                                         std::pair{QStringLiteral("22099131"), QStringLiteral("乙計畫")},
                                         std::pair{QStringLiteral("10000073"), QStringLiteral("丙計畫")}})
            apps << test::addApplicationWithDocument(ws, test::validApplication(ubn, title),
                                                     title + QStringLiteral("說明"));
        ReviewerStore reviewers(ws.workspace->db());
        for (const QString& name : {QStringLiteral("林孟儒"), QStringLiteral("吳承翰"), QStringLiteral("陳怡安")}) {
            const qint64 id = reviewers.add({0, name, QStringLiteral("測試大學"), {}, {}, true, {}, {}}).value();
            for (qint64 app : apps)
                QVERIFY(reviewers.assign(app, id).ok());
        }
        QVERIFY(demo::scoreDemoRound(ws.workspace->db(), ws.roundId, 7).ok());
        auto signers = demo::signDemoRound(*ws.workspace, ws.roundId, storePassword);
        QVERIFY2(signers.ok(), qPrintable(signers.error()));
        const Status held = demo::holdDemoMeeting(*ws.workspace, ws.roundId, *signers);
        QVERIFY2(held.ok(), qPrintable(held.error()));

        const QString zip = file(QStringLiteral("round.zip"));
        auto exported = archive::exportRound(ws.workspace->db(), ws.workspace->blobs(), ws.roundId, zip,
                                             {signers->secretariat, storePassword, QStringLiteral("封存"), {}});
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        auto report = archive::verifyArchive(zip);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        for (const archive::Check& c : report->checks)
            QVERIFY2(c.passed, qPrintable(c.subject + QStringLiteral(": ") + c.detail));
        QVERIFY(report->ok());
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        int signatures = 0;
        for (const archive::Check& c : report->checks)
            signatures += c.kind == archive::Check::Kind::Signature;
        QCOMPARE(signatures, 3 * 3 + 2); // every member's sheet, the 總表 and the minutes

        const QMap<QString, QByteArray> entries = SafeZip::readAll(zip, ZipLimits()).value();
        // Rewrites the archive with one change, verifies it and returns the subjects of the failed checks.
        const auto failuresAfter = [&](const std::function<void(QMap<QString, QByteArray>&)>& change) {
            QMap<QString, QByteArray> altered = entries;
            change(altered);
            const QString path = file(QStringLiteral("altered-%1.zip").arg(QUuid::createUuid().toString(QUuid::Id128)));
            test::writeZip(path, altered);
            auto verified = archive::verifyArchive(path);
            QSet<QString> failed;
            if (verified)
                for (const archive::Check& c : verified->checks)
                    if (!c.passed)
                        failed.insert(c.subject);
            return failed;
        };
        const auto flip = [](QByteArray& bytes, qsizetype at) { bytes[at] = char(bytes[at] ^ 0x01); };
        QStringList kinds{QStringLiteral("data/applications.json"), QStringLiteral("audit/audit-log.json"),
                          QStringLiteral("database/reviewdesk.sqlite"), QStringLiteral("signed/consensus-sheet.pdf"),
                          QStringLiteral("signed/minutes.pdf")};
        for (const QString& name : entries.keys()) {
            if (name.startsWith(QLatin1String("documents/")) || name.startsWith(QLatin1String("signed/sheets/")) ||
                name.startsWith(QLatin1String("data/sheets/"))) {
                kinds << name;
                break;
            }
        }
        for (const QString& prefix : {QStringLiteral("signed/sheets/"), QStringLiteral("data/sheets/")})
            for (const QString& name : entries.keys())
                if (name.startsWith(prefix)) {
                    kinds << name;
                    break;
                }
        kinds.removeDuplicates();
        for (const QString& name : std::as_const(kinds)) {
            QVERIFY2(entries.contains(name), qPrintable(name));
            const QSet<QString> failed =
                failuresAfter([&](QMap<QString, QByteArray>& e) { flip(e[name], e[name].size() / 2); });
            QVERIFY2(failed.contains(name),
                     qPrintable(name + QStringLiteral(" → ") + QStringList(failed.values()).join(QLatin1Char(' '))));
        }
        // The manifest and the certificate themselves.
        QVERIFY(failuresAfter([](QMap<QString, QByteArray>& e) {
                    e[QStringLiteral("manifest.json")].replace("\"version\": 1", "\"version\": 1 ");
                }).contains(archive::certificateEntry()));
        QVERIFY(failuresAfter([&](QMap<QString, QByteArray>& e) {
                    flip(e[archive::certificateEntry()], e[archive::certificateEntry()].size() / 3);
                }).contains(archive::certificateEntry()));
        // A file slipped in.
        QVERIFY(failuresAfter([](QMap<QString, QByteArray>& e) {
                    e.insert(QStringLiteral("data/extra.json"), "[]");
                }).contains(QStringLiteral("data/extra.json")));

        // Two members' sheets swapped: both files and both signatures are named.
        QStringList sheets;
        for (const QString& name : entries.keys())
            if (name.startsWith(QLatin1String("data/sheets/")))
                sheets << name;
        QVERIFY(sheets.size() >= 2);
        const QSet<QString> swapped =
            failuresAfter([&](QMap<QString, QByteArray>& e) { std::swap(e[sheets[0]], e[sheets[1]]); });
        for (const QString& name : {sheets[0], sheets[1]}) {
            QVERIFY2(swapped.contains(name), qPrintable(name));
            QString pdf = name;
            pdf.replace(QLatin1String("data/sheets/"), QLatin1String("signed/sheets/"))
                .replace(QLatin1String(".json"), QLatin1String(".pdf"));
            QVERIFY2(swapped.contains(pdf), qPrintable(pdf));
        }

        // An audit row edited in the archive's database: the chain names the event.
        const QString snapshot = file(QStringLiteral("snapshot.sqlite"));
        writeFile(snapshot, entries.value(QStringLiteral("database/reviewdesk.sqlite")));
        {
            QSqlDatabase edit = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            edit.setDatabaseName(snapshot);
            QVERIFY(edit.open());
            QSqlQuery q(edit);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone else' WHERE id = 4")));
            edit.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        QMap<QString, QByteArray> rowEdited = entries;
        rowEdited.insert(QStringLiteral("database/reviewdesk.sqlite"), readFile(snapshot));
        test::writeZip(file(QStringLiteral("row-edited.zip")), rowEdited);
        auto rowReport = archive::verifyArchive(file(QStringLiteral("row-edited.zip")));
        QVERIFY(rowReport.ok());
        bool located = false;
        for (const archive::Check& c : rowReport->checks)
            if (c.kind == archive::Check::Kind::Audit && c.subject == QLatin1String("database/reviewdesk.sqlite"))
                located = !c.passed && c.facts.value(QStringLiteral("first_broken")).toInteger() == 4;
        QVERIFY(located);
        QVERIFY(!rowReport->ok());

        // The report prints.
        QVERIFY(archive::printReport(*rowReport, file(QStringLiteral("report.pdf"))).ok());
        QVERIFY(QFileInfo(file(QStringLiteral("report.pdf"))).size() > 1000);
    }

    void onlyTheRoleHolderSigns()
    {
        demo::DemoSigners signers;
        auto ws = demoRound(signers, true);
        const QSqlDatabase db = ws->workspace->db();
        const QString member = signers.members.values().first();

        // A member's certificate cannot certify the archive, nor the secretariat's sign the 總表.
        auto byMember = archive::exportRound(db, ws->workspace->blobs(), ws->roundId, file(QStringLiteral("m.zip")),
                                             {member, storePassword, QStringLiteral("封存"), {}});
        QVERIFY(!byMember);
        QVERIFY2(byMember.error().contains(QLatin1String("secretariat")), qPrintable(byMember.error()));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("m.zip"))));
        auto bySecretariat = consensus::signResults(db, ws->workspace->blobs(), ws->roundId,
                                                    {signers.secretariat, storePassword, {}, {}});
        QVERIFY(!bySecretariat);
        QVERIFY2(bySecretariat.error().contains(QLatin1String("chair")), qPrintable(bySecretariat.error()));

        const QString zip = file(QStringLiteral("roles.zip"));
        QVERIFY(archive::exportRound(db, ws->workspace->blobs(), ws->roundId, zip,
                                     {signers.secretariat, storePassword, QStringLiteral("封存"), {}})
                    .ok());
        auto genuine = archive::verifyArchive(zip);
        QVERIFY2(genuine->ok(), qPrintable(failedChecks(*genuine).join(QLatin1Char('\n'))));
        // Each signature says whose role it was made in.
        QStringList roles;
        for (const archive::Check& c : genuine->checks)
            if (c.kind == archive::Check::Kind::Signature || c.kind == archive::Check::Kind::Certificate)
                roles << c.facts.value(QStringLiteral("role")).toString();
        QCOMPARE(roles.count(QStringLiteral("secretariat")), 1);
        QCOMPARE(roles.count(QStringLiteral("chair")), 2);
        QCOMPARE(roles.count(QStringLiteral("member")), 9);
        // The auditor who knows the secretariat's fingerprint confirms it; another fingerprint fails.
        const QString secretariat =
            genuine->checks.first().facts.value(QStringLiteral("certificate_sha256")).toString();
        QVERIFY(archive::verifyArchive(zip, {}, nullptr, {secretariat})->ok());
        QVERIFY(!archive::verifyArchive(zip, {}, nullptr, {QString(64, QLatin1Char('a'))})->ok());

        // An insider with a member's key edits a score in the snapshot, re-signs the 總表's place and the
        // certificate, and recomputes the manifest: the certificate is not the secretariat's.
        const QMap<QString, QByteArray> entries = SafeZip::readAll(zip, ZipLimits()).value();
        auto forged = archive::verifyArchive(recertified(entries, member, QStringLiteral("forged")));
        QVERIFY(!forged->ok());
        QVERIFY2(failedChecks(*forged).join(QLatin1Char('\n')).contains(archive::certificateEntry()),
                 qPrintable(failedChecks(*forged).join(QLatin1Char('\n'))));
        // With the secretariat's key, a 總表 signed by a member who is not the chair is still refused.
        QMap<QString, QByteArray> swapped = entries;
        const QString chairless = file(QStringLiteral("by-member.pdf"));
        writeFile(chairless, entries.value(QStringLiteral("signed/consensus-sheet.pdf")));
        const QString someMember = signers.members.values().last();
        const QString unsignedCopy =
            unsignedSheet(file(QStringLiteral("fake-sheet.pdf")), "{}", QStringLiteral("吳承翰"));
        QVERIFY(signing::signPdf(unsignedCopy, chairless, {someMember, storePassword, {}, {}}).ok());
        swapped.insert(QStringLiteral("signed/consensus-sheet.pdf"), readFile(chairless));
        auto notChair = archive::verifyArchive(recertified(swapped, signers.secretariat, QStringLiteral("not-chair")));
        const QString failures = failedChecks(*notChair).join(QLatin1Char('\n'));
        QVERIFY2(failures.contains(QLatin1String("signed/consensus-sheet.pdf")), qPrintable(failures));
        QVERIFY2(failures.contains(QLatin1String("chair")), qPrintable(failures));

        // verify --json: a check's state is passed/failed; the signature's own verdict is signature_state.
        for (const QJsonValue& v : notChair->toJson().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            QVERIFY2(c.value(QStringLiteral("state")) == QLatin1String("passed") ||
                         c.value(QStringLiteral("state")) == QLatin1String("failed"),
                     qPrintable(c.value(QStringLiteral("subject")).toString()));
        }
    }

    void theCountedScoresAreTheSignedOnes()
    {
        demo::DemoSigners signers;
        auto ws = demoRound(signers, false);
        const QSqlDatabase db = ws->workspace->db();
        auto before = consensus::loadMeeting(db, ws->roundId);
        QVERIFY(before->data.discrepancies.isEmpty());
        const double total = before->results.first().mean;
        // An editor raises a score in the working tables; the audit trail knows nothing of it.
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE sheet_entries SET score = score + 3 WHERE sheet_id ="
                                             " (SELECT MIN(id) FROM score_sheets) AND item = 'innovation'"))
                    .ok());
        auto after = consensus::loadMeeting(db, ws->roundId);
        QCOMPARE(after->data.discrepancies.size(), 1);
        QCOMPARE(after->results.first().mean, total); // the signed score still counts
        QVERIFY2(after->problemsBeforeFinal().join(QLatin1Char('\n')).contains(QLatin1String("differs")),
                 qPrintable(after->problemsBeforeFinal().join(QLatin1Char('\n'))));
        const Status held = demo::holdDemoMeeting(*ws->workspace, ws->roundId, signers);
        QVERIFY(!held);
        QVERIFY2(held.error().contains(QLatin1String("differs")), qPrintable(held.error()));
    }

    void cuttingOrRewritingTheTrailIsDetected()
    {
        demo::DemoSigners signers;
        auto ws = demoRound(signers, true);
        const QSqlDatabase db = ws->workspace->db();
        const auto anchored = [&] {
            auto anchors = consensus::documentAnchors(db, ws->workspace->blobs());
            return audit::verifyChain(db, *anchors).value();
        };
        QVERIFY2(anchored().ok(), qPrintable(anchored().reason));
        QVERIFY(anchored().anchors >= 2);
        const qint64 last = audit::head(db)->id;
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_events_no_delete")).ok());
        // Cut: the last events go, the rest is a consistent chain.
        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM audit_events WHERE id > ?"), {last - 3}).ok());
        audit::ChainCheck cut = anchored();
        QVERIFY(!cut.ok());
        QVERIFY2(cut.reason.contains(QLatin1String("cut")), qPrintable(cut.reason));
        // Rewritten: the cut part appended again, consistently, with other content.
        for (int i = 0; i < 3; ++i)
            QVERIFY(audit::record(db, QStringLiteral("decision"), QStringLiteral("round:1"), ws->roundId).ok());
        audit::ChainCheck rewritten = anchored();
        QVERIFY(!rewritten.ok());
        QVERIFY2(rewritten.reason.contains(QLatin1String("rewritten")), qPrintable(rewritten.reason));
    }

    void anAuditorWhoTrustsOnlyTheAuthorityVerifiesEverySignature()
    {
        demo::DemoSigners signers;
        auto ws = demoRound(signers, true);
        const QString zip = file(QStringLiteral("auditor.zip"));
        QVERIFY(archive::exportRound(ws->workspace->db(), ws->workspace->blobs(), ws->roundId, zip,
                                     {signers.secretariat, storePassword, QStringLiteral("封存"), {}})
                    .ok());
        // The auditor's own store: the demo authority trusted for signatures, no member's certificate at all.
        QString authority;
        for (const QString& line :
             run(QStringLiteral("certutil"),
                 {QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + key(QStringLiteral("nssdb"))})
                 .split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("ReviewDesk Demo CA")))
                authority = line.section(QStringLiteral("  "), 0, 0).trimmed();
        QVERIFY(!authority.isEmpty());
        writeFile(file(QStringLiteral("demo-ca.pem")),
                  run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"),
                                                   QStringLiteral("sql:") + key(QStringLiteral("nssdb")),
                                                   QStringLiteral("-n"), authority, QStringLiteral("-a")})
                      .toUtf8());
        const QString auditor = file(QStringLiteral("auditor-db"));
        QVERIFY(QDir().mkpath(auditor));
        int code = 0;
        run(QStringLiteral("certutil"),
            {QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"),
             QStringLiteral("sql:") + auditor},
            &code);
        QCOMPARE(code, 0);
        run(QStringLiteral("certutil"),
            {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + auditor, QStringLiteral("-n"),
             QStringLiteral("Demo CA"), QStringLiteral("-t"), QStringLiteral(",C,"), QStringLiteral("-i"),
             file(QStringLiteral("demo-ca.pem"))},
            &code);
        QCOMPARE(code, 0);

        QProcess verify;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REVIEWDESK_NSS_DIR"), auditor);
        verify.setProcessEnvironment(environment);
        verify.start(QStringLiteral(REVIEWDESK_CLI_PATH), {QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QVERIFY(verify.waitForFinished(120000));
        const QJsonObject report = QJsonDocument::fromJson(verify.readAllStandardOutput()).object();
        QStringList failed;
        int signatures = 0;
        for (const QJsonValue& v : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            signatures += c.value(QStringLiteral("kind")) == QLatin1String("signature");
            if (c.value(QStringLiteral("state")) != QLatin1String("passed"))
                failed << c.value(QStringLiteral("subject")).toString() + QStringLiteral(": ") +
                              c.value(QStringLiteral("detail")).toString();
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QCOMPARE(signatures, 3 * 3 + 2);
        QCOMPARE(verify.exitCode(), 0);
        // The auditor's store is left as it was: the authority alone.
        const QString listed = run(QStringLiteral("certutil"),
                                   {QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + auditor});
        QVERIFY2(!listed.contains(QLatin1String("委員")), qPrintable(listed));
    }

    void aTimeStampVerifiesOnlyForItsBytesAndATrustedAuthority()
    {
        test::LocalTsa authority(key(QStringLiteral("tsa.cnf")));
        const QByteArray digest = QCryptographicHash::hash("評分表 1-1", QCryptographicHash::Sha256);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        auto stamp = signing::requestTimeStamp(authority.url(), digest);
        QVERIFY2(stamp.ok(), qPrintable(stamp.error()));
        const QByteArray* token = &stamp->token;
        const signing::TimeStampVerdict good = signing::verifyTimeStamp(*token, digest);
        QVERIFY2(good.valid, qPrintable(good.problem));
        QVERIFY(good.time >= before && good.time <= QDateTime::currentDateTimeUtc().addSecs(2));
        QCOMPARE(good.authority, QStringLiteral("ReviewDesk Test TSA"));
        QCOMPARE(good.authoritySha256, fingerprintOfFile(key(QStringLiteral("tsa.crt"))));

        // Another document's bytes.
        const signing::TimeStampVerdict other =
            signing::verifyTimeStamp(*token, QCryptographicHash::hash("評分表 1-2", QCryptographicHash::Sha256));
        QVERIFY(!other.valid);
        QVERIFY2(other.problem.contains(QLatin1String("other bytes")), qPrintable(other.problem));
        // The stamped time moved a year back: the authority's signature no longer holds.
        QByteArray backdated = *token;
        const QByteArray year = good.time.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
        const qsizetype at = backdated.indexOf(year);
        QVERIFY(at > 0);
        backdated.replace(at, 4, QByteArray::number(good.time.date().year() - 1));
        const signing::TimeStampVerdict moved = signing::verifyTimeStamp(backdated, digest);
        QVERIFY(!moved.valid);
        QVERIFY2(moved.problem.contains(QLatin1String("does not verify")), qPrintable(moved.problem));
        // An authority by an issuer this store does not trust.
        test::LocalTsa rogue(key(QStringLiteral("rogue-tsa.cnf")));
        auto rogueStamp = signing::requestTimeStamp(rogue.url(), digest);
        QVERIFY2(rogueStamp.ok(), qPrintable(rogueStamp.error()));
        const signing::TimeStampVerdict untrusted = signing::verifyTimeStamp(rogueStamp->token, digest);
        QVERIFY(!untrusted.valid);
        QVERIFY2(untrusted.problem.contains(QLatin1String("not issued by an authority this store trusts")),
                 qPrintable(untrusted.problem));
        // No service at the address: the error names it.
        QUrl closed = authority.url();
        closed.setPort(1);
        auto unreachable = signing::requestTimeStamp(closed, digest, 5000);
        QVERIFY(!unreachable.ok());
        QVERIFY2(unreachable.error().contains(closed.toString()), qPrintable(unreachable.error()));
    }

    void aRoundWithATimeStampingServiceTakesTheTokensTime()
    {
        test::LocalTsa authority(key(QStringLiteral("tsa.cnf")));
        test::TempWorkspace office;
        const qint64 lin = officeWithOneMember(office);
        QVERIFY(lin > 0);
        ReviewerStore reviewers(office.workspace->db());
        auto settings = consensus::roundSettings(office.workspace->db(), office.roundId).value();
        settings.timeStampUrl = authority.url().toString();
        QVERIFY(consensus::saveRoundSettings(office.workspace->db(), office.roundId, settings).ok());

        std::unique_ptr<Workspace> member;
        scorePackage(office, lin, QStringLiteral("stamped"), &member);
        QVERIFY(member);
        const QString path = file(QStringLiteral("stamped.rdret"));
        auto exported =
            scorereturn::exportReturn(member->db(), path, {false, QStringLiteral("member-a"), storePassword});
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(authority.answered(), 1);

        // Without its time stamp, or with a time stamp of other bytes, the sheet is refused.
        const QString stripped =
            alteredReturn(path, QStringLiteral("stripped.rdret"), [](auto& entries, QJsonObject& manifest) {
                QJsonArray sheets = manifest.value(QStringLiteral("sheets")).toArray();
                QJsonObject sheet = sheets.first().toObject();
                entries.remove(sheet.take(QStringLiteral("timestamp")).toString());
                sheets.replace(0, sheet);
                manifest.insert(QStringLiteral("sheets"), sheets);
            });
        auto unstamped = scorereturn::inspect(office.workspace->db(), stripped);
        QVERIFY(!unstamped.ok());
        QVERIFY2(unstamped.error().contains(QLatin1String("carries no time stamp")), qPrintable(unstamped.error()));
        const QByteArray otherToken =
            signing::requestTimeStamp(authority.url(), QCryptographicHash::hash("other", QCryptographicHash::Sha256))
                .value()
                .token;
        const QString swapped =
            alteredReturn(path, QStringLiteral("swapped.rdret"), [&](auto& entries, QJsonObject& manifest) {
                const QString name = manifest.value(QStringLiteral("sheets"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("timestamp"))
                                         .toString();
                entries.insert(name, otherToken);
            });
        auto wrongStamp = scorereturn::inspect(office.workspace->db(), swapped);
        QVERIFY(!wrongStamp.ok());
        QVERIFY2(wrongStamp.error().contains(QLatin1String("for other bytes")), qPrintable(wrongStamp.error()));

        // The genuine return: its sheet's time is the time stamp's, and the token is kept.
        auto good = scorereturn::inspect(office.workspace->db(), path);
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QVERIFY(scorereturn::import(office.workspace->db(), office.workspace->blobs(), *good, false).ok());
        QSqlQuery kept(office.workspace->db());
        QVERIFY(kept.exec(QStringLiteral("SELECT timestamped_at, timestamp_sha256, signed_at FROM returned_sheets")));
        QVERIFY(kept.next());
        const QDateTime stamped = QDateTime::fromString(kept.value(0).toString(), Qt::ISODateWithMs);
        QVERIFY2(stamped.isValid(), qPrintable(kept.value(0).toString()));
        QVERIFY(qAbs(stamped.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(office.workspace->blobs().contains(kept.value(1).toString()));
        QVERIFY(office.workspace->collectGarbage().ok());
        QVERIFY(office.workspace->blobs().contains(kept.value(1).toString()));

        // No service to reach: the member is told, and no return is written.
        settings.timeStampUrl = QStringLiteral("http://127.0.0.1:1/tsa");
        QVERIFY(consensus::saveRoundSettings(office.workspace->db(), office.roundId, settings).ok());
        std::unique_ptr<Workspace> offline;
        scorePackage(office, lin, QStringLiteral("offline"), &offline);
        QVERIFY(offline);
        const QString unwritten = file(QStringLiteral("offline.rdret"));
        auto refused =
            scorereturn::exportReturn(offline->db(), unwritten, {false, QStringLiteral("member-a"), storePassword});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("127.0.0.1:1")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(unwritten));
    }

    void anArchiveCarriesEachSignedDocumentsTimeStampAndChecksIt()
    {
        test::LocalTsa authority(key(QStringLiteral("tsa.cnf")));
        demo::DemoSigners signers;
        auto ws = demoRound(signers, true, authority.url());
        QCOMPARE(authority.answered(), 9 + 2); // the sheets, then the chair's 總表 and minutes
        const QString zip = file(QStringLiteral("stamped.zip"));
        QVERIFY(archive::exportRound(ws->workspace->db(), ws->workspace->blobs(), ws->roundId, zip,
                                     {signers.secretariat, storePassword, QStringLiteral("封存"), {}})
                    .ok());
        auto report = archive::verifyArchive(zip);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        int stamped = 0;
        for (const archive::Check& c : report->checks) {
            QVERIFY2(c.passed, qPrintable(c.subject + QStringLiteral(": ") + c.detail));
            stamped += c.facts.contains(QStringLiteral("timestamped_at"));
        }
        QCOMPARE(stamped, 9 + 2);

        // One sheet's token swapped for one of another sheet: that sheet's check says its time stamp fails.
        QMap<QString, QByteArray> entries = SafeZip::readAll(zip, ZipLimits()).value();
        QStringList tokens;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it.key().endsWith(QLatin1String(".tst")))
                tokens << it.key();
        QCOMPARE(tokens.size(), 9 + 2);
        entries.insert(tokens.at(0), entries.value(tokens.at(1)));
        test::writeZip(file(QStringLiteral("swapped-stamp.zip")), entries);
        auto swapped = archive::verifyArchive(file(QStringLiteral("swapped-stamp.zip")));
        QVERIFY(swapped.ok());
        const QString sheet = QString(tokens.at(0)).replace(QStringLiteral(".tst"), QStringLiteral(".pdf"));
        bool located = false;
        for (const archive::Check& c : swapped->checks)
            if (c.subject == sheet && c.kind == archive::Check::Kind::Signature) {
                QVERIFY(!c.passed);
                QVERIFY2(c.detail.contains(QLatin1String("time stamp")), qPrintable(c.detail));
                located = true;
            }
        QVERIFY(located);

        // A member's sheet without its time stamp, in a round that has them: that sheet's check names it.
        entries = SafeZip::readAll(zip, ZipLimits()).value();
        const QString dropped = tokens.last();
        entries.remove(dropped);
        test::writeZip(file(QStringLiteral("dropped-stamp.zip")), entries);
        auto missing = archive::verifyArchive(file(QStringLiteral("dropped-stamp.zip")));
        QVERIFY(missing.ok());
        located = false;
        for (const archive::Check& c : missing->checks)
            if (c.subject == QString(dropped).replace(QStringLiteral(".tst"), QStringLiteral(".pdf")) &&
                c.kind == archive::Check::Kind::Signature) {
                QVERIFY(!c.passed);
                QVERIFY2(c.detail.contains(dropped + QStringLiteral(" is missing")), qPrintable(c.detail));
                located = true;
            }
        QVERIFY(located);
    }

    void signingTimesAndKeysAreBounded()
    {
        // RSA-1024: the signature itself holds, the key does not.
        const signing::SignatureReport weak =
            signing::checkSignatureFile(sign(QStringLiteral("weak"), storePassword, QStringLiteral("weak")));
        QCOMPARE(weak.state, signing::SignatureState::Weak);
        QVERIFY2(weak.weakness.contains(QLatin1String("1024")), qPrintable(weak.weakness));
        QCOMPARE(weak.digest, QStringLiteral("SHA-256"));

        // A sheet signed before its package left the secretariat: the signer's clock was set back.
        demo::DemoSigners signers;
        auto ws = demoRound(signers, false);
        const QSqlDatabase db = ws->workspace->db();
        const qint64 member = signers.members.keys().first();
        const QString packagePath = file(QStringLiteral("late.rdpkg"));
        QVERIFY(package::exportPackage(db, ws->workspace->blobs(), ws->roundId, member, packagePath).ok());
        auto reviewerWs = package::importPackage(packagePath, file(QStringLiteral("late-ws")));
        QVERIFY2(reviewerWs.ok(), qPrintable(reviewerWs.error()));
        const QSqlDatabase mine = (*reviewerWs)->db();
        const auto context = package::reviewerContext(mine).value().value();
        ScoreSheetStore sheets(mine);
        for (const ApplicationSummary& app : *ApplicationStore(mine).applications(context.roundId))
            QVERIFY(
                sheets.declareConflict(sheets.open(app.id, context.reviewerId)->id, QStringLiteral("曾任顧問")).ok());
        const QString returned = file(QStringLiteral("late.rdret"));
        QVERIFY(scorereturn::exportReturn(mine, returned, {false, signers.members.value(member), storePassword}).ok());
        QVERIFY(scorereturn::inspect(db, returned).ok());
        QVERIFY(sql::exec(db,
                          QStringLiteral("UPDATE packages SET created_at = ? WHERE reviewer_id = ? AND id <> ''"
                                         " AND created_at = (SELECT MAX(created_at) FROM packages)"),
                          {QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs), member})
                    .ok());
        auto backdated = scorereturn::inspect(db, returned);
        QVERIFY(!backdated);
        QVERIFY2(backdated.error().contains(QLatin1String("before its package was exported")),
                 qPrintable(backdated.error()));
    }
};

// SoftHSM2 tears itself down before NSS's own shutdown reaches it at exit and then crashes in
// C_CloseAllSessions (pdfsig does the same with a SoftHSM2 module registered); the verdict is in by then.
int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestSigning test;
    const int failed = QTest::qExec(&test, argc, argv);
    std::fflush(nullptr);
    std::_Exit(failed == 0 ? 0 : 1);
}
#include "tst_signing.moc"
