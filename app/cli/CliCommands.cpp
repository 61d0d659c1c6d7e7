#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/cli/ConsensusCommands.h"
#include "app/cli/MeetingCommands.h"
#include "app/cli/PackageCommands.h"
#include "app/cli/ReviewCommands.h"
#include "app/cli/ScreeningCommands.h"
#include "app/cli/SigningCommands.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/ConsensusPrint.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/demo/DemoGenerator.h"
#include "models/demo/DemoScoring.h"
#include "models/demo/DemoScreening.h"
#include "models/demo/DemoSigning.h"
#include "models/importer/ImportJob.h"
#include "models/importer/OcrJob.h"
#include "models/review/ReviewerStore.h"
#include "models/rules/FindingText.h"
#include "models/screening/RoundFindings.h"
#include "models/search/SearchIndex.h"
#include "models/signing/Nss.h"
#include "models/store/ApplicationStore.h"
#include "models/store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <map>

namespace rd::cli {

namespace {

Result<qint64> createDefaultRound(Workspace& workspace)
{
    ApplicationStore store(workspace.db());
    return store.createRound(QStringLiteral("DIGITAL+ 114年度 第1梯次"),
                             QStringLiteral("DIGITAL+ 導入雲端方案數位轉型計畫"), QStringLiteral("digitalplus-2025"),
                             QStringLiteral("digitalplus-2025-expert"));
}

int printImportReport(const ImportReport& report, bool json)
{
    if (json) {
        QJsonArray imported, rejected;
        for (const auto& i : report.imported)
            imported.append(QJsonObject{{QStringLiteral("ubn"), i.ubn},
                                        {QStringLiteral("name"), i.name},
                                        {QStringLiteral("documents"), i.documents},
                                        {QStringLiteral("pages"), i.pages},
                                        {QStringLiteral("left_out"), QJsonArray::fromStringList(i.leftOut)}});
        for (const auto& r : report.rejected)
            rejected.append(QJsonObject{{QStringLiteral("path"), r.path}, {QStringLiteral("error"), r.error}});
        printJson(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("rejected"), rejected}});
    } else {
        for (const auto& i : report.imported) {
            out() << QCoreApplication::translate("Cli", "imported  %1 %2 — %3 documents, %4 pages%5")
                         .arg(i.ubn, i.name)
                         .arg(i.documents)
                         .arg(i.pages)
                         .arg(i.replaced ? QCoreApplication::translate("Cli", " (new version)") : QString())
                  << '\n';
            for (const QString& file : i.leftOut)
                out() << QCoreApplication::translate("Cli", "          left out: %1").arg(file) << '\n';
        }
        for (const auto& r : report.rejected)
            out() << QCoreApplication::translate("Cli", "rejected  %1: %2").arg(r.path, r.error) << '\n';
        out() << QCoreApplication::translate("Cli", "%1 imported, %2 rejected.")
                     .arg(report.imported.size())
                     .arg(report.rejected.size())
              << '\n';
        out().flush();
    }
    if (!report.findingsError.isEmpty())
        err() << QCoreApplication::translate("Cli", "The checks could not be run: %1").arg(report.findingsError)
              << '\n';
    return report.rejected.isEmpty() && report.findingsError.isEmpty() ? Success : InputFailed;
}

int initCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "Folder of the new workspace."));
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Create a workspace with a DIGITAL+ 2025 review round."), 1, 1))
        return *done;
    auto workspace = Workspace::create(parser.positionalArguments().at(0));
    if (!workspace) {
        err() << workspace.error() << '\n';
        return InputFailed;
    }
    auto round = createDefaultRound(**workspace);
    if (!round) {
        err() << round.error() << '\n';
        return InputFailed;
    }
    out() << QCoreApplication::translate("Cli", "Created the workspace %1 with round %2.")
                 .arg((*workspace)->path())
                 .arg(*round)
          << '\n';
    return Success;
}

int importCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"), QCoreApplication::translate("Cli", "Dossier folders or ZIPs, or folders/ZIPs of many."),
        QStringLiteral("PATH..."));
    parser.addOption(roundOption());
    parser.addOption(
        {QStringLiteral("replace"),
         QCoreApplication::translate(
             "Cli", "Import a dossier already in the round (same 統一編號 and proposal title) as its new version "
                    "(補正); the current version is kept as history.")});
    parser.addOption(jsonOption());
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Import application dossiers into a round."), 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    ImportJob job(workspace->location(), round, parser.positionalArguments().mid(1));
    job.setOnDuplicate(parser.isSet(QStringLiteral("replace")) ? ImportJob::OnDuplicate::Replace
                                                               : ImportJob::OnDuplicate::Refuse);
    return printImportReport(job.run(), parser.isSet(jsonOption()));
}

int demoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "Folder of the new demo workspace."));
    parser.addOption({QStringLiteral("applications"),
                      QCoreApplication::translate("Cli", "Number of applications (1–500, default 24)."),
                      QStringLiteral("N"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("reviewers"),
                      QCoreApplication::translate("Cli", "Number of committee members (default 7)."),
                      QStringLiteral("M"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("Cli", "Random seed; the same seed gives the same round."),
                      QStringLiteral("S"), QStringLiteral("2025")});
    parser.addOption({QStringLiteral("unscored"),
                      QCoreApplication::translate(
                          "Cli", "Leave the score sheets to the members (to try the packages and returns).")});
    parser.addOption({QStringLiteral("unsigned"),
                      QCoreApplication::translate("Cli", "Make no demo certificates; the sheets come unsigned.")});
    parser.addOption(
        {QStringLiteral("final"),
         QCoreApplication::translate("Cli", "Also hold the 共識會議 to its end: final results signed by the chair.")});
    parser.addOption(jsonOption());
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "Write a realistic demo round as dossier folders and import it."), 1, 1))
        return *done;
    bool okN = false, okM = false, okS = false;
    DemoOptions options;
    options.applications = parser.value(QStringLiteral("applications")).toInt(&okN);
    options.reviewers = parser.value(QStringLiteral("reviewers")).toInt(&okM);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&okS);
    if (!okN || !okM || !okS || options.applications < 1 || options.applications > 500 || options.reviewers < 1) {
        err() << QCoreApplication::translate("Cli",
                                             "--applications must be 1–500, --reviewers at least 1, --seed a number.")
              << '\n';
        return Usage;
    }
    auto created = Workspace::create(parser.positionalArguments().at(0));
    if (!created) {
        err() << created.error() << '\n';
        return InputFailed;
    }
    std::unique_ptr<Workspace> workspace = std::move(created).value();
    auto round = createDefaultRound(*workspace);
    if (!round) {
        err() << round.error() << '\n';
        return InputFailed;
    }
    const QString dossiers = workspace->path() + QStringLiteral("/demo-dossiers");
    const bool json = parser.isSet(jsonOption());
    auto written = DemoGenerator(options).write(dossiers, [json](int done, int total) {
        if (!json && (done == total || done % 10 == 0))
            err() << QCoreApplication::translate("Cli", "writing dossiers: %1/%2").arg(done).arg(total) << '\n';
    });
    if (!written) {
        err() << written.error() << '\n';
        return InputFailed;
    }
    ImportJob job(workspace->location(), *round, {dossiers});
    job.setOnDuplicate(ImportJob::OnDuplicate::Refuse);
    if (!json)
        QObject::connect(&job, &ImportJob::progress, [](int done, int total, const QString&) {
            if (done == total || done % 10 == 0)
                err() << QCoreApplication::translate("Cli", "importing: %1/%2").arg(done).arg(total) << '\n';
        });
    const int status = printImportReport(job.run(), json);

    // 資格文件審查: only what is found 符合 goes on to the committee.
    auto screened =
        demo::screenDemoRound(*workspace, *round, options, workspace->path() + QStringLiteral("/supplement-notices"));
    if (!screened) {
        err() << screened.error() << '\n';
        return InputFailed;
    }
    if (!json)
        out() << QCoreApplication::translate(
                     "Cli", "Screening (資格文件審查): %1 eligible (符合, %2 of them after supplementing), %3 to "
                            "supplement (限期補正; notices in %4), %5 not accepted (不予受理).")
                     .arg(screened->eligible)
                     .arg(screened->supplemented)
                     .arg(screened->supplement)
                     .arg(QDir::toNativeSeparators(workspace->path() + QStringLiteral("/supplement-notices")))
                     .arg(screened->rejected)
              << '\n';

    // The committee: some members are named in the applicants' recusal lists; none is assigned there.
    ReviewerStore committee(workspace->db());
    for (const Reviewer& member : DemoGenerator::committee(options.reviewers)) {
        if (auto added = committee.add(member); !added) {
            err() << added.error() << '\n';
            return InputFailed;
        }
    }
    auto assigned = committee.autoAssign(*round, qMin(3, options.reviewers));
    if (!assigned) {
        err() << assigned.error() << '\n';
        return InputFailed;
    }
    if (!json)
        out() << QCoreApplication::translate("Cli", "%1 committee members; %2 assignments, none with a conflict.")
                     .arg(options.reviewers)
                     .arg(assigned->added)
              << '\n';
    if (!parser.isSet(QStringLiteral("unscored"))) {
        if (auto scored = demo::scoreDemoRound(workspace->db(), *round, options.seed); !scored) {
            err() << scored.error() << '\n';
            return InputFailed;
        }
        if (!json)
            out() << QCoreApplication::translate(
                         "Cli", "The members' score sheets are in: try `consensus` or Round → 共識會議.")
                  << '\n';
        // A round whose sheets stay unsigned says so in its settings (docs/signatures.md).
        const auto acceptUnsigned = [&]() -> Status {
            auto settings = consensus::roundSettings(workspace->db(), *round);
            if (!settings)
                return Status::from(settings);
            settings->unsignedReturns = true;
            return consensus::saveRoundSettings(workspace->db(), *round, *settings);
        };
        auto signers = parser.isSet(QStringLiteral("unsigned")) ? Result<demo::DemoSigners>::failure(QString())
                                                                : demo::signDemoRound(*workspace, *round);
        if (!signers) {
            if (!signers.error().isEmpty())
                err() << QCoreApplication::translate("Cli", "The demo sheets stay unsigned: %1").arg(signers.error())
                      << '\n';
            if (auto accepted = acceptUnsigned(); !accepted) {
                err() << accepted.error() << '\n';
                return InputFailed;
            }
        } else {
            if (!json)
                out() << QCoreApplication::translate(
                             "Cli", "Each sheet is signed with its member's demo certificate (store: %1).")
                             .arg(nss::initialisedDirectory())
                      << '\n';
            if (parser.isSet(QStringLiteral("final"))) {
                if (auto held = demo::holdDemoMeeting(*workspace, *round, *signers); !held) {
                    err() << held.error() << '\n';
                    return InputFailed;
                }
                // 函復結果: a letter to every applicant decided or not accepted.
                const QString letters = workspace->path() + QStringLiteral("/result-letters");
                auto state = consensus::loadMeeting(workspace->db(), *round);
                auto lettersWritten =
                    state ? writeResultLetters(*state, letters) : Result<QStringList>::failure(state.error());
                if (!lettersWritten) {
                    err() << lettersWritten.error() << '\n';
                    return InputFailed;
                }
                if (auto logged = audit::recordExport(workspace->db(), *round, QStringLiteral("letters"), letters);
                    !logged) {
                    err() << logged.error() << '\n';
                    return InputFailed;
                }
                if (!json)
                    out() << QCoreApplication::translate(
                                 "Cli",
                                 "The consensus meeting (共識會議) is over: results final, the consensus sheet (總表) "
                                 "and the minutes signed by the chair, result letters (函復結果) in %2. Try `archive "
                                 "export WS OUT.zip --sign "
                                 "\"%1\"` and `verify OUT.zip`.")
                                 .arg(signers->secretariat, QDir::toNativeSeparators(letters))
                          << '\n';
            }
        }
    }
    return status;
}

int findingsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOption(roundOption());
    parser.addOption(jsonOption());
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "List the findings of the eligibility and budget checks."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    if (auto refreshed = roundfindings::refreshIfStale(workspace->db(), round); !refreshed) {
        err() << refreshed.error() << '\n';
        return InputFailed;
    }
    auto findings = store.findings(round);
    if (!findings) {
        err() << findings.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const RoundFinding& rf : *findings)
            list.append(QJsonObject{{QStringLiteral("application"), rf.ubn},
                                    {QStringLiteral("rule"), rf.finding.rule},
                                    {QStringLiteral("severity"), severityKey(rf.finding.severity)},
                                    {QStringLiteral("message"), FindingText::message(rf.finding)},
                                    {QStringLiteral("source"), rf.finding.source}});
        printJson(list);
    } else {
        for (const RoundFinding& rf : *findings)
            out() << QStringLiteral("%1  %2  %3  %4\n    %5\n")
                         .arg(rf.ubn, rf.applicantName, FindingText::severityName(rf.finding.severity), rf.finding.rule,
                              FindingText::message(rf.finding) + QStringLiteral(" [") + rf.finding.source +
                                  QLatin1Char(']'));
        out() << QCoreApplication::translate("Cli", "%1 findings.").arg(findings->size()) << '\n';
    }
    return Success;
}

int searchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        QCoreApplication::translate("Cli", "Words to find; Chinese of any length is matched as typed."));
    parser.addOption(roundOption());
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("Cli", "At most this many pages (default 200)."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption(jsonOption());
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Search the text of every page of every PDF."), 2, 2))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    const auto& workspace = opened->workspace;
    const qint64 round = opened->round;
    ApplicationStore store(workspace->db());
    auto hits = search::find(workspace->db(), round, parser.positionalArguments().at(1),
                             qMax(1, parser.value(QStringLiteral("limit")).toInt()));
    if (!hits) {
        err() << hits.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const search::Hit& h : *hits)
            list.append(QJsonObject{{QStringLiteral("application"), h.ubn},
                                    {QStringLiteral("document"), h.fileName},
                                    {QStringLiteral("page"), h.page},
                                    {QStringLiteral("ocr"), h.ocr},
                                    {QStringLiteral("snippet"), h.snippet}});
        printJson(list);
    } else {
        for (const search::Hit& h : *hits)
            out() << QStringLiteral("%1 %2  %3 p.%4\n    %5\n")
                         .arg(h.ubn, h.applicantName, h.fileName)
                         .arg(h.page)
                         .arg(h.snippet);
        out() << QCoreApplication::translate("Cli", "%1 pages.").arg(hits->size()) << '\n';
    }
    return Success;
}

int ocrCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOption({QStringLiteral("threads"),
                      QCoreApplication::translate("Cli", "Pages read at once (default: one per core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(jsonOption());
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Read the text of scanned pages with OCR (Tesseract)."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    OcrJob job(opened->workspace->location());
    job.setThreads(parser.value(QStringLiteral("threads")).toInt());
    QObject::connect(&job, &OcrJob::progress, [](int done, int total) {
        if (total == 0)
            return;
        err() << QCoreApplication::translate("Cli", "OCR: %1 of %2 scanned pages").arg(done).arg(total) << '\n';
        err().flush();
    });
    const OcrReport report = job.run();
    if (parser.isSet(jsonOption())) {
        printJson(QJsonObject{{QStringLiteral("recognised"), report.recognised},
                              {QStringLiteral("failed"), report.failed},
                              {QStringLiteral("remaining"), report.remaining},
                              {QStringLiteral("error"), report.error}});
    } else {
        out() << QCoreApplication::translate("Cli", "Read %1 scanned pages; %2 could not be read; %3 wait.")
                     .arg(report.recognised)
                     .arg(report.failed)
                     .arg(report.remaining)
              << '\n';
    }
    if (!report.error.isEmpty()) {
        err() << report.error << '\n';
        return InputFailed;
    }
    return Success;
}

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: reviewdesk-cli COMMAND [OPTIONS]\n\n"
        "Commands:\n"
        "  init WS                       create a workspace with a DIGITAL+ 2025 round\n"
        "  import WS PATH... [--replace] import dossiers (folders or ZIPs); --replace: as a new version (補正)\n"
        "  demo WS [--applications N] [--reviewers M] [--seed S] [--unsigned] [--final]\n"
        "                                write and import a realistic demo round\n"
        "  findings WS                   list eligibility and budget findings\n"
        "  search WS QUERY               search every page of every PDF\n"
        "  ocr WS [--threads N]          read the text of scanned pages (OCR); resumes where it stopped\n"
        "  screening list|clean|eligible|supplement|extend|reject|notices WS …\n"
        "                                screening (資格文件審查): eligible, to supplement with notices, not accepted\n"
        "  reviewers add WS NAME [--organization ORG …] | reviewers list WS\n"
        "                                the committee pool (委員)\n"
        "  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]\n"
        "  assign list WS                who reviews which application; never a conflict unless overridden\n"
        "  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN\n"
        "                                the secretariat's preliminary opinion (初審意見)\n"
        "  package export WS (--reviewer ID | --all) --output PATH\n"
        "                                reviewer packages: only each member's non-conflicted applications\n"
        "  package import FILE WS        open a package as a reviewer's workspace\n"
        "  sheet show|set|complete|conflict WS UBN …   score in a reviewer's workspace; sheet list WS\n"
        "  return export WS --output FILE [--include-notes]   the score return (評分回傳)\n"
        "  return import WS FILE [--replace]                  the secretariat takes a return in\n"
        "  return list WS                every return received, replaced ones too\n"
        "  consensus WS [--method mean|rank-sum] [--pass-mark N] [--budget N] [--json]\n"
        "                                compile the returned sheets: statistics, ranks, flags\n"
        "  consensus WS --xlsx F | --csv F | --pdf F | --minutes F | --comments DIR\n"
        "                                the 總表, the minutes and each applicant's 審查意見彙整\n"
        "  meeting status|info|attend|revise|resolve|note|decide|finalise|reopen WS …\n"
        "                                the 共識會議: attendance, 複評, 議決, decisions, finalising\n"
        "  certs list|create|import|trust|module|register …\n"
        "                                the certificate store, smart cards, members' certificates\n"
        "  sign WS --sign NICK | sign FILE.pdf --sign NICK [--output F]\n"
        "                                the chair signs the final 總表 and minutes; or sign one PDF\n"
        "  audit WS [--action KIND] [--verify] the hash-chained audit trail\n"
        "  archive export WS OUT.zip --sign NICK   the round archive, certified by the secretariat\n"
        "  verify ARCHIVE|FILE.pdf [--json]        verify everything; exit 0 only when all holds\n"
        "  Signing options: --sign NICKNAME, --password-file FILE|- (the store's password or the PIN)\n\n"
        "Options everywhere: --help, --json (where it applies), --round ID, --lang zh_TW|en.\n"
        "Exit status: 0 success, 1 some input failed, 2 usage.\n");
}

} // namespace

int run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        err() << usage();
        return Usage;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    static const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("init"), initCommand},           {QStringLiteral("import"), importCommand},
        {QStringLiteral("demo"), demoCommand},           {QStringLiteral("findings"), findingsCommand},
        {QStringLiteral("search"), searchCommand},       {QStringLiteral("ocr"), ocrCommand},
        {QStringLiteral("screening"), screeningCommand}, {QStringLiteral("reviewers"), reviewersCommand},
        {QStringLiteral("assign"), assignCommand},       {QStringLiteral("preliminary"), preliminaryCommand},
        {QStringLiteral("package"), packageCommand},     {QStringLiteral("return"), returnCommand},
        {QStringLiteral("sheet"), sheetCommand},         {QStringLiteral("consensus"), consensusCommand},
        {QStringLiteral("meeting"), meetingCommand},     {QStringLiteral("certs"), certsCommand},
        {QStringLiteral("sign"), signCommand},           {QStringLiteral("archive"), archiveCommand},
        {QStringLiteral("verify"), verifyCommand},       {QStringLiteral("audit"), auditCommand},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err() << QCoreApplication::translate("Cli", "Unknown command “%1”.").arg(command) << "\n\n" << usage();
        return Usage;
    }
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments;
    rest[0] = QStringLiteral("reviewdesk-cli ") + command;
    return it->second(rest);
}

} // namespace rd::cli
