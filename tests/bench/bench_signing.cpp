// Signatures: milliseconds to sign one 評分表 (print excluded), the size a signature adds, and verifying a
// round archive of 200 applications × 15 signed sheets against a pdfsig loop over the same PDFs, in one run:
// on an auditor's store that trusts only the issuing authority and holds none of the signers' certificates
// (`reviewdesk-cli verify`, as an auditor runs it), and in this process on the signers' own store.
// Keys come from tests/data/make-test-keys.sh, made fresh in a temporary folder.
//   bench_signing [--applications N] [--members M] [--signings S]
#include "models/archive/ArchiveVerifier.h"
#include "models/archive/RoundArchive.h"
#include "models/audit/AuditTrail.h"
#include "models/package/Bundle.h"
#include "models/pdf/PdfComposer.h"
#include "models/signing/Nss.h"
#include "models/signing/PdfSigner.h"
#include "models/signing/SignatureCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace rd;

namespace {

const QString storePassword = QStringLiteral("storepass");

void composeSheet(const QString& path, const QByteArray& data, int application, int member)
{
    PdfComposer pdf(path, QStringLiteral("評分表"), PdfComposer::Orientation::Portrait,
                    {QStringLiteral("score-sheet"), sha256Hex(data), QStringLiteral("林孟儒"), {}});
    pdf.title(QStringLiteral("評分表 第 %1 案 委員 %2").arg(application).arg(member));
    pdf.table({QStringLiteral("評選項目"), QStringLiteral("配分"), QStringLiteral("評分"), QStringLiteral("意見")},
              {{QStringLiteral("創新性"), QStringLiteral("15"), QStringLiteral("12"), QStringLiteral("具一定創新性")},
               {QStringLiteral("合作對象"), QStringLiteral("10"), QStringLiteral("8"), QStringLiteral("已有合作意向")},
               {QStringLiteral("雲端服務"), QStringLiteral("30"), QStringLiteral("25"), QStringLiteral("架構完整")},
               {QStringLiteral("可行性"), QStringLiteral("30"), QStringLiteral("24"), QStringLiteral("時程合理")},
               {QStringLiteral("效益"), QStringLiteral("15"), QStringLiteral("12"), QStringLiteral("指標可驗證")}},
              {0.25, 0.1, 0.1, 0.55});
    pdf.signatureBlock(QStringLiteral("委員簽章"), QStringLiteral("林孟儒"), QStringLiteral("2025-03-12"));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("applications"), QStringLiteral("Applications."), QStringLiteral("N"), QStringLiteral("200")},
         {QStringLiteral("members"), QStringLiteral("Signed sheets per application."), QStringLiteral("M"),
          QStringLiteral("15")},
         {QStringLiteral("signings"), QStringLiteral("Single signatures timed."), QStringLiteral("S"),
          QStringLiteral("30")}});
    parser.process(app);
    const int applications = parser.value(QStringLiteral("applications")).toInt();
    const int members = parser.value(QStringLiteral("members")).toInt();
    const int signings = parser.value(QStringLiteral("signings")).toInt();

    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    QProcess script;
    script.start(QStringLiteral("bash"), {QStringLiteral(REVIEWDESK_TEST_DATA "/make-test-keys.sh"), keys});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        std::fprintf(stderr, "make-test-keys.sh failed: %s\n", script.readAllStandardError().constData());
        return 1;
    }
    qputenv("REVIEWDESK_NSS_DIR", (keys + QStringLiteral("/nssdb")).toUtf8());
    nss::setPasswordPrompt([](const QString&) { return storePassword; });
    nss::initialise();
    const signing::SignRequest request{QStringLiteral("member-a"), storePassword, QStringLiteral("評分表"), {}};

    // 1. One sheet, signed again and again.
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    composeSheet(plain, "{}", 1, 1);
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < signings; ++i) {
        const QString out = dir.filePath(QStringLiteral("signed-%1.pdf").arg(i));
        timer.start();
        if (auto done = signing::signPdf(plain, out, request); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 1;
        }
        times.append(timer.nsecsElapsed() / 1e6);
    }
    const qint64 plainSize = QFileInfo(plain).size();
    const qint64 signedSize = QFileInfo(dir.filePath(QStringLiteral("signed-0.pdf"))).size();
    std::printf("Signing one 評分表 (RSA-2048, NSS store, %d runs)\n", signings);
    std::printf("  sign, median                     %7.1f ms   min %.1f ms\n", median(times),
                *std::min_element(times.cbegin(), times.cend()));
    std::printf("  size                             %7lld → %lld bytes: signature adds %.1f KB (target < 100 KB;"
                " Poppler's own font would add ~1.1 MB)\n",
                plainSize, signedSize, (signedSize - plainSize) / 1024.0);

    // 2. The archive: every sheet its own data and signed PDF.
    std::printf("Writing %d × %d signed sheets…\n", applications, members);
    std::fflush(stdout);
    BundleWriter writer(archive::archiveFormat(), archive::archiveVersion);
    const QString pdfDir = dir.filePath(QStringLiteral("pdfs"));
    QDir().mkpath(pdfDir);
    QStringList pdfs;
    QJsonArray reviewers;
    for (int m = 1; m <= members; ++m)
        reviewers.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("certificate_sha256"), QString()}});
    writer.add(QStringLiteral("data/reviewers.json"), QJsonDocument(reviewers).toJson());
    timer.start();
    for (int a = 1; a <= applications; ++a)
        for (int m = 1; m <= members; ++m) {
            const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("application"), a},
                                                              {QStringLiteral("reviewer"), m},
                                                              {QStringLiteral("total"), 81}})
                                        .toJson();
            const QString key = QStringLiteral("%1-%2").arg(a).arg(m);
            const QString unsignedPdf = dir.filePath(QStringLiteral("u.pdf"));
            composeSheet(unsignedPdf, data, a, m);
            const QString pdf = pdfDir + QLatin1Char('/') + key + QStringLiteral(".pdf");
            if (auto done = signing::signPdf(unsignedPdf, pdf, request); !done) {
                std::fprintf(stderr, "%s\n", qPrintable(done.error()));
                return 1;
            }
            writer.add(QStringLiteral("data/sheets/%1.json").arg(key), data);
            if (!writer.addFile(QStringLiteral("signed/sheets/%1.pdf").arg(key), pdf))
                return 1;
            pdfs << pdf;
        }
    const double writeSeconds = timer.elapsed() / 1000.0;
    audit::Event first;
    first.id = 1;
    first.at = QDateTime::currentDateTimeUtc();
    first.actor = QStringLiteral("bench");
    first.role = QStringLiteral("secretariat");
    first.action = QStringLiteral("archive");
    first.entity = QStringLiteral("round:1");
    first.previousSha256 = QString(64, QLatin1Char('0'));
    first.at = QDateTime::fromString(first.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    first.sha256 = audit::eventSha256(first);
    writer.add(QStringLiteral("audit/audit-log.json"), QJsonDocument(QJsonArray{audit::toJson(first)}).toJson());
    writer.setManifest({{QStringLiteral("round"),
                         QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("bench")}}}});
    writer.setCertifier(archive::certificateEntry(), [&](const QByteArray& manifest) -> Result<QByteArray> {
        const QString path = dir.filePath(QStringLiteral("certificate.pdf"));
        {
            PdfComposer pdf(path, QStringLiteral("封存證明"), PdfComposer::Orientation::Portrait,
                            {QStringLiteral("archive-certificate"), sha256Hex(manifest), QStringLiteral("秘書處"), {}});
            pdf.paragraph(sha256Hex(manifest));
            pdf.signatureBlock(QStringLiteral("秘書處"), QStringLiteral("秘書處"), {});
        }
        if (auto done = signing::signPdf(path, path, request); !done)
            return Result<QByteArray>::failure(done.error());
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    });
    const QString zip = dir.filePath(QStringLiteral("round.zip"));
    if (auto written = writer.finish(zip); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    std::printf("  written in %.1f s (%.1f ms per sheet: print and sign); archive %.1f MB\n", writeSeconds,
                writeSeconds * 1000 / pdfs.size(), QFileInfo(zip).size() / 1048576.0);

    // 3. Our verification of the whole archive against pdfsig on the same PDFs, one process per file, both on
    // an auditor's store: the authority trusted for signatures, no signer's certificate.
    const QString auditor = dir.filePath(QStringLiteral("auditor-db"));
    QDir().mkpath(auditor);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"),
                      QStringLiteral("sql:") + auditor},
          QStringList{QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + auditor,
                      QStringLiteral("-n"), QStringLiteral("ReviewDesk Test CA"), QStringLiteral("-t"),
                      QStringLiteral(",C,"), QStringLiteral("-i"), keys + QStringLiteral("/ca.crt")}}) {
        QProcess certutil;
        certutil.start(QStringLiteral("certutil"), arguments);
        if (!certutil.waitForFinished(60000) || certutil.exitCode() != 0) {
            std::fprintf(stderr, "certutil failed: %s\n", certutil.readAll().constData());
            return 1;
        }
    }
    // `reviewdesk-cli verify` as an auditor runs it, on a given store: seconds and valid signatures.
    const auto verifyWith = [&](const QString& store) {
        QElapsedTimer clock;
        clock.start();
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REVIEWDESK_NSS_DIR"), store);
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(REVIEWDESK_CLI_PATH), {QStringLiteral("verify"), zip, QStringLiteral("--json")});
        cli.waitForFinished(-1);
        const double seconds = clock.elapsed() / 1000.0;
        int valid = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("checks")).toArray())
            valid += v.toObject().value(QStringLiteral("kind")) == QLatin1String("signature") &&
                     v.toObject().value(QStringLiteral("signature_state")) == QLatin1String("valid");
        return std::pair{seconds, valid};
    };
    const auto [onAuditorStore, auditorValid] = verifyWith(auditor);
    const auto [onSignersStore, signersValid] = verifyWith(keys + QStringLiteral("/nssdb"));

    timer.start();
    auto report = archive::verifyArchive(zip);
    const double ours = timer.elapsed() / 1000.0;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error()));
        return 1;
    }
    int validSignatures = 0;
    for (const archive::Check& c : report->checks)
        validSignatures += c.kind == archive::Check::Kind::Signature &&
                           c.facts.value(QStringLiteral("signature_state")) == QLatin1String("valid");
    timer.start();
    int pdfsigValid = 0;
    for (const QString& pdf : std::as_const(pdfs)) {
        QProcess pdfsig;
        pdfsig.start(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + auditor, pdf});
        pdfsig.waitForFinished(60000);
        pdfsigValid += pdfsig.readAllStandardOutput().contains("Signature is Valid");
    }
    const double loop = timer.elapsed() / 1000.0;
    std::printf("Verifying an archive of %d applications × %d signed sheets (%lld PDFs), auditor's store (CA only)\n",
                applications, members, qlonglong(pdfs.size()));
    std::printf("  reviewdesk-cli verify              %7.2f s   %d signatures valid (every file hashed, audit chain)\n",
                onAuditorStore, auditorValid);
    std::printf("  baseline: pdfsig loop, same PDFs   %7.2f s   %d valid\n", loop, pdfsigValid);
    std::printf("  ratio                              %7.1f× faster than the loop\n",
                loop / std::max(onAuditorStore, 1e-9));
    std::printf("  reviewdesk-cli verify, signers' own store (password, their keys) %.2f s   %d valid\n",
                onSignersStore, signersValid);
    std::printf("  in process after the signing, signers' own store %.2f s   %d valid, %d checks\n", ours,
                validSignatures, int(report->checks.size()));
    std::fflush(stdout);
    std::_Exit(0); // see tst_signing: NSS's shutdown at exit is not needed for the figures
}
