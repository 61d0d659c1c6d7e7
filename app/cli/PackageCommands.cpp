#include "app/cli/PackageCommands.h"

#include "models/core/Text.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "models/package/ReviewPackage.h"
#include "models/package/ScoreReturn.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

namespace {

int packageExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      QCoreApplication::translate("Cli", "The committee member's id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QCoreApplication::translate("Cli", "One package per member with assignments."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("Cli", "The package file, or the folder with --all."),
                                    QStringLiteral("PATH"));
    parser.addOptions({reviewer, all, output, roundOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments, QCoreApplication::translate("Cli", "Write reviewer packages (審查資料包)."), 1, 1))
        return *done;
    if (parser.isSet(reviewer) == parser.isSet(all) || !parser.isSet(output)) {
        err() << QCoreApplication::translate("Cli", "Give --output and either --reviewer ID or --all.") << '\n';
        return Usage;
    }
    auto opened = openRound(parser, Workspace::Access::ReadWrite);
    if (!opened)
        return InputFailed;
    QList<package::MemberExport> exports;
    if (parser.isSet(all)) {
        auto everyone = package::exportAll(opened->workspace->db(), opened->workspace->blobs(), opened->round,
                                           parser.value(output));
        if (!everyone) {
            err() << everyone.error() << '\n';
            return InputFailed;
        }
        if (everyone->isEmpty()) {
            err() << QCoreApplication::translate("Cli", "No committee member has an assignment in the round.") << '\n';
            return InputFailed;
        }
        exports = *everyone;
    } else {
        auto pool = ReviewerStore(opened->workspace->db()).reviewers();
        if (!pool) {
            err() << pool.error() << '\n';
            return InputFailed;
        }
        const auto member = std::find_if(pool->cbegin(), pool->cend(), [&](const Reviewer& r) {
            return QString::number(r.id) == parser.value(reviewer);
        });
        if (member == pool->cend()) {
            err() << QCoreApplication::translate("Cli", "There is no committee member %1.").arg(parser.value(reviewer))
                  << '\n';
            return InputFailed;
        }
        exports.append({member->id, member->name, parser.value(output),
                        package::exportPackage(opened->workspace->db(), opened->workspace->blobs(), opened->round,
                                               member->id, parser.value(output))});
    }
    int status = Success;
    QJsonArray written;
    for (const package::MemberExport& e : std::as_const(exports)) {
        if (!e.report) {
            err() << e.name << ": " << e.report.error() << '\n';
            status = InputFailed;
            continue;
        }
        QJsonArray leftOut;
        for (const auto& [application, why] : e.report->leftOut)
            leftOut.append(
                QJsonObject{{QStringLiteral("application"), application}, {QStringLiteral("conflict"), why}});
        written.append(QJsonObject{{QStringLiteral("reviewer"), e.reviewerId},
                                   {QStringLiteral("file"), e.path},
                                   {QStringLiteral("package_id"), e.report->packageId},
                                   {QStringLiteral("sha256"), e.report->fileSha256},
                                   {QStringLiteral("applications"), int(e.report->applications.size())},
                                   {QStringLiteral("left_out"), leftOut}});
        if (!parser.isSet(jsonOption())) {
            out() << QCoreApplication::translate("Cli", "%1: %2 applications → %3")
                         .arg(e.name)
                         .arg(e.report->applications.size())
                         .arg(e.path)
                  << '\n';
            for (const auto& [application, why] : e.report->leftOut)
                out() << "  "
                      << QCoreApplication::translate("Cli", "left out application %1: %2").arg(application).arg(why)
                      << '\n';
        }
    }
    if (parser.isSet(jsonOption()))
        printJson(written);
    return status;
}

int packageImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The reviewer package."));
    parser.addPositionalArgument(
        QStringLiteral("WS"),
        QCoreApplication::translate("Cli", "A new (empty or missing) folder for your workspace."));
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Open a reviewer package as your own review workspace."), 2, 2))
        return *done;
    auto workspace = package::importPackage(parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!workspace) {
        err() << workspace.error() << '\n';
        return InputFailed;
    }
    const auto context = package::reviewerContext((*workspace)->db());
    if (!context || !context->has_value()) {
        err() << (context ? QCoreApplication::translate("Cli", "%1 is not a review workspace")
                                .arg(parser.positionalArguments().at(1))
                          : context.error())
              << '\n';
        return InputFailed;
    }
    const QJsonObject manifest = (*context)->manifest;
    out() << QCoreApplication::translate("Cli", "Review workspace for %1: round %2, %3 applications.")
                 .arg(manifest.value(QStringLiteral("reviewer")).toObject().value(QStringLiteral("name")).toString(),
                      manifest.value(QStringLiteral("round")).toObject().value(QStringLiteral("name")).toString())
                 .arg(manifest.value(QStringLiteral("applications")).toArray().size())
          << '\n';
    return Success;
}

int returnExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "Your review workspace."));
    const QCommandLineOption output(QStringLiteral("output"), QCoreApplication::translate("Cli", "The return file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption notes(QStringLiteral("include-notes"),
                                   QCoreApplication::translate("Cli", "Send your private page notes too."));
    parser.addOptions({output, notes, signOption(), passwordFileOption(), jsonOption()});
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "Write the score return (評分回傳) of your complete sheets."), 1, 1))
        return *done;
    if (!parser.isSet(output)) {
        err() << QCoreApplication::translate("Cli", "Give --output FILE.") << '\n';
        return Usage;
    }
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return InputFailed;
    const std::optional<QString> password = readPassword(parser);
    if (!password)
        return InputFailed;
    auto report = scorereturn::exportReturn(workspace->db(), parser.value(output),
                                            {parser.isSet(notes), parser.value(signOption()), *password});
    if (!report) {
        err() << report.error() << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption())) {
        printJson(QJsonObject{{QStringLiteral("return_id"), report->returnId},
                              {QStringLiteral("sha256"), report->fileSha256},
                              {QStringLiteral("sheets"), report->sheets},
                              {QStringLiteral("not_returned"), QJsonArray::fromStringList(report->notReturned)}});
    } else {
        out() << QCoreApplication::translate("Cli", "%1 sheets → %2").arg(report->sheets).arg(parser.value(output))
              << '\n';
        for (const QString& title : report->notReturned)
            out() << "  " << QCoreApplication::translate("Cli", "not complete, not sent: %1").arg(title) << '\n';
    }
    return Success;
}

int returnImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The score return."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QCoreApplication::translate("Cli", "Replace the member's earlier return (it is kept as history)."));
    const QCommandLineOption withdraw(
        QStringLiteral("withdraw"),
        QCoreApplication::translate("Cli", "Withdraw the current sheet for application ID that the new return leaves "
                                           "out, with the reason (repeatable)."),
        QStringLiteral("ID=REASON"));
    parser.addOptions({replace, withdraw, jsonOption()});
    if (auto done = parse(parser, arguments,
                          QCoreApplication::translate("Cli", "Import a committee member's score return."), 2, 2))
        return *done;
    QHash<qint64, QString> withdrawn;
    for (const QString& value : parser.values(withdraw)) {
        bool numeric = false;
        const qint64 id = value.section(QLatin1Char('='), 0, 0).toLongLong(&numeric);
        const QString reason = value.section(QLatin1Char('='), 1).trimmed();
        if (!numeric || reason.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "--withdraw takes ID=REASON, not “%1”.").arg(value) << '\n';
            return Usage;
        }
        withdrawn.insert(id, reason);
    }
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return InputFailed;
    auto preview = scorereturn::inspect(workspace->db(), parser.positionalArguments().at(1));
    if (!preview) {
        err() << preview.error() << '\n';
        return InputFailed;
    }
    auto imported =
        scorereturn::import(workspace->db(), workspace->blobs(), *preview, parser.isSet(replace), withdrawn);
    if (!imported) {
        err() << imported.error() << '\n';
        if (preview->previousReturnId != 0 && !parser.isSet(replace))
            err() << QCoreApplication::translate("Cli", "Run again with --replace to replace it.") << '\n';
        return InputFailed;
    }
    if (parser.isSet(jsonOption()))
        printJson(QJsonObject{{QStringLiteral("return"), imported->returnId},
                              {QStringLiteral("reviewer"), preview->reviewerId},
                              {QStringLiteral("sheets"), imported->sheets},
                              {QStringLiteral("conflicts"), preview->conflicts},
                              {QStringLiteral("replaced"), imported->replaced}});
    else
        out() << QCoreApplication::translate("Cli", "%1: %2 sheets imported (%3 declared conflicts)%4.")
                     .arg(preview->reviewerName)
                     .arg(imported->sheets)
                     .arg(preview->conflicts)
                     .arg(imported->replaced ? QCoreApplication::translate("Cli", ", replacing the earlier return")
                                             : QString())
              << '\n';
    return Success;
}

int returnList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("Cli", "The secretariat's workspace."));
    parser.addOptions({roundOption(), jsonOption()});
    if (auto done = parse(
            parser, arguments,
            QCoreApplication::translate("Cli", "List the score returns a round received, replaced ones too."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    auto returns = scorereturn::history(opened->workspace->db(), opened->round);
    auto pool = ReviewerStore(opened->workspace->db()).reviewers();
    if (!returns || !pool) {
        err() << (!returns ? returns.error() : pool.error()) << '\n';
        return InputFailed;
    }
    QHash<qint64, QString> names;
    for (const Reviewer& r : *pool)
        names.insert(r.id, r.name);
    QJsonArray rows;
    for (const scorereturn::ReturnRecord& r : *returns) {
        if (parser.isSet(jsonOption())) {
            rows.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("reviewer"), r.reviewerId},
                            {QStringLiteral("file"), r.fileName},
                            {QStringLiteral("sha256"), r.fileSha256},
                            {QStringLiteral("imported_at"), r.importedAt.toString(Qt::ISODate)},
                            {QStringLiteral("replaced_at"),
                             r.replacedAt.isValid() ? QJsonValue(r.replacedAt.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("sheets"), r.sheets},
                            {QStringLiteral("sequence"), r.sequence},
                            {QStringLiteral("signers"), QJsonArray::fromStringList(r.signers)},
                            {QStringLiteral("signer_sha256"), QJsonArray::fromStringList(r.signerSha256)}});
            continue;
        }
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(r.id)
                     .arg(names.value(r.reviewerId), text::localDateTime(r.importedAt),
                          QCoreApplication::translate("Cli", "%1 sheets").arg(r.sheets),
                          r.replacedAt.isValid()
                              ? QCoreApplication::translate("Cli", "replaced %1").arg(text::localDateTime(r.replacedAt))
                              : QCoreApplication::translate("Cli", "current"))
              << "    " << r.fileName << "  SHA-256 " << r.fileSha256 << '\n'
              << "    "
              << (r.signers.isEmpty()
                      ? QCoreApplication::translate("Cli", "unsigned")
                      : QCoreApplication::translate("Cli", "signed by %1 (%2)")
                            .arg(r.signers.join(QStringLiteral(", ")), r.signerSha256.join(QStringLiteral(", "))))
              << '\n';
    }
    if (parser.isSet(jsonOption()))
        printJson(rows);
    return Success;
}

// The reviewer's workspace and the sheet for the application named on the command line.
struct OpenSheet
{
    std::unique_ptr<Workspace> workspace;
    qint64 sheetId = 0;
};

std::optional<OpenSheet> openSheet(const QCommandLineParser& parser)
{
    auto workspace = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return std::nullopt;
    auto context = package::reviewerContext(workspace->db());
    if (!context || !*context) {
        err() << (context ? QCoreApplication::translate("Cli", "Score sheets are written in a reviewer's workspace "
                                                               "(made with: package import FILE WS).")
                          : context.error())
              << '\n';
        return std::nullopt;
    }
    ApplicationStore store(workspace->db());
    const auto application = findApplication(store, (*context)->roundId, parser.positionalArguments().at(1),
                                             parser.value(proposalTitleOption()));
    if (!application)
        return std::nullopt;
    auto sheet = ScoreSheetStore(workspace->db()).open(*application, (*context)->reviewerId);
    if (!sheet) {
        err() << sheet.error() << '\n';
        return std::nullopt;
    }
    return OpenSheet{std::move(workspace), sheet->id};
}

void printSheet(const ScoreSheet& sheet, const Rubric& rubric, bool json)
{
    const QList<SheetProblem> problems = validate(rubric, sheet);
    if (json) {
        QJsonObject o = sheetToJson(sheet);
        o.insert(QStringLiteral("total"), sheetTotal(rubric, sheet));
        QJsonArray missing;
        for (const SheetProblem& p : problems)
            missing.append(p.message);
        o.insert(QStringLiteral("problems"), missing);
        printJson(o);
        return;
    }
    out() << sheetStateName(sheet.state) << "  "
          << QCoreApplication::translate("Cli", "total %1").arg(sheetTotal(rubric, sheet)) << '\n';
    for (const RubricCriterion& c : rubric.criteria()) {
        const SheetEntry e = sheet.entry(c.id);
        out() << QStringLiteral("  %1 (%2)  %3/%4  %5\n")
                     .arg(c.name.text(), c.id, e.score ? QString::number(*e.score) : QStringLiteral("–"))
                     .arg(rubric.maximum(c))
                     .arg(e.comment);
    }
    for (const SheetProblem& p : problems)
        out() << "  ! " << p.message << '\n';
}

int sheetShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "Your review workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The applicant's 統一編號."));
    parser.addOptions({proposalTitleOption(), jsonOption()});
    if (auto done = parse(parser, arguments, QCoreApplication::translate("Cli", "Show your score sheet."), 2, 2))
        return *done;
    auto opened = openSheet(parser);
    if (!opened)
        return InputFailed;
    ScoreSheetStore store(opened->workspace->db());
    const auto sheet = store.sheet(opened->sheetId);
    if (!sheet) {
        err() << sheet.error() << '\n';
        return InputFailed;
    }
    auto rubric = store.rubricOf(sheet->applicationId);
    if (!rubric) {
        err() << rubric.error() << '\n';
        return InputFailed;
    }
    printSheet(*sheet, *rubric, parser.isSet(jsonOption()));
    return Success;
}

int sheetSet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "Your review workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The applicant's 統一編號."));
    const QCommandLineOption criterion(QStringLiteral("criterion"),
                                       QCoreApplication::translate("Cli", "The criterion, checklist item or flag id."),
                                       QStringLiteral("ID"));
    const QCommandLineOption score(QStringLiteral("score"), QCoreApplication::translate("Cli", "The score."),
                                   QStringLiteral("N"));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     QCoreApplication::translate("Cli", "The comment (審查意見) on the criterion."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption mark(
        QStringLiteral("mark"),
        QCoreApplication::translate("Cli", "pass or fail for a checklist item, yes for a flag."),
        QStringLiteral("MARK"));
    const QCommandLineOption overall(
        QStringLiteral("overall"), QCoreApplication::translate("Cli", "The overall comment."), QStringLiteral("TEXT"));
    const QCommandLineOption recommendation(QStringLiteral("recommendation"),
                                            QCoreApplication::translate("Cli", "The recommendation id."),
                                            QStringLiteral("ID"));
    parser.addOptions({criterion, score, comment, mark, overall, recommendation, proposalTitleOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Write on your score sheet; each change is saved at once."), 2, 2))
        return *done;
    QList<SheetEdit> edits;
    if (parser.isSet(score))
        edits.append({SheetEdit::Field::Score, parser.value(criterion),
                      parser.value(score).isEmpty() ? QVariant() : QVariant(parser.value(score).toDouble())});
    if (parser.isSet(comment))
        edits.append({SheetEdit::Field::Comment, parser.value(criterion), parser.value(comment)});
    if (parser.isSet(mark))
        edits.append({SheetEdit::Field::Mark, parser.value(criterion), parser.value(mark)});
    if (parser.isSet(overall))
        edits.append({SheetEdit::Field::OverallComment, {}, parser.value(overall)});
    if (parser.isSet(recommendation))
        edits.append({SheetEdit::Field::Recommendation, {}, parser.value(recommendation)});
    bool numeric = true;
    if (parser.isSet(score) && !parser.value(score).isEmpty())
        parser.value(score).toDouble(&numeric);
    if (edits.isEmpty() || !numeric ||
        ((parser.isSet(score) || parser.isSet(comment) || parser.isSet(mark)) && !parser.isSet(criterion))) {
        err() << QCoreApplication::translate(
                     "Cli", "Give --criterion with --score N, --comment or --mark; or --overall, --recommendation.")
              << '\n';
        return Usage;
    }
    auto opened = openSheet(parser);
    if (!opened)
        return InputFailed;
    ScoreSheetStore store(opened->workspace->db());
    for (const SheetEdit& edit : edits) {
        auto applied = store.apply(opened->sheetId, edit);
        if (!applied) {
            err() << applied.error() << '\n';
            return InputFailed;
        }
    }
    const auto sheet = store.sheet(opened->sheetId);
    const auto rubric = sheet ? store.rubricOf(sheet->applicationId) : Result<Rubric>::failure(sheet.error());
    if (!rubric) {
        err() << rubric.error() << '\n';
        return InputFailed;
    }
    printSheet(*sheet, *rubric, parser.isSet(jsonOption()));
    return Success;
}

int sheetComplete(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "Your review workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The applicant's 統一編號."));
    parser.addOption(proposalTitleOption());
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Mark your sheet complete (only when nothing is missing)."), 2, 2))
        return *done;
    auto opened = openSheet(parser);
    if (!opened)
        return InputFailed;
    auto complete = ScoreSheetStore(opened->workspace->db()).setComplete(opened->sheetId, true);
    if (!complete) {
        err() << complete.error() << '\n';
        return InputFailed;
    }
    out() << sheetStateName(complete->state) << '\n';
    return Success;
}

int sheetConflict(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "Your review workspace."));
    parser.addPositionalArgument(QStringLiteral("UBN"),
                                 QCoreApplication::translate("Cli", "The applicant's 統一編號."));
    parser.addPositionalArgument(QStringLiteral("REASON"), QCoreApplication::translate("Cli", "What the conflict is."));
    parser.addOption(proposalTitleOption());
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "Declare a conflict of interest; the sheet is locked."), 3, 3))
        return *done;
    auto opened = openSheet(parser);
    if (!opened)
        return InputFailed;
    auto declared =
        ScoreSheetStore(opened->workspace->db()).declareConflict(opened->sheetId, parser.positionalArguments().at(2));
    if (!declared) {
        err() << declared.error() << '\n';
        return InputFailed;
    }
    out() << sheetStateName(declared->state) << '\n';
    return Success;
}

int sheetList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QCoreApplication::translate("Cli", "The workspace."));
    parser.addOptions({roundOption(), jsonOption()});
    if (auto done =
            parse(parser, arguments,
                  QCoreApplication::translate("Cli", "List the score sheets of a round with their totals."), 1, 1))
        return *done;
    auto opened = openRound(parser, Workspace::Access::ReadOnly);
    if (!opened)
        return InputFailed;
    ApplicationStore store(opened->workspace->db());
    ScoreSheetStore sheets(opened->workspace->db());
    auto list = sheets.sheets(opened->round);
    auto rubric = store.roundRubric(opened->round);
    auto apps = store.applications(opened->round);
    auto pool = ReviewerStore(opened->workspace->db()).reviewers();
    if (!list || !rubric || !apps || !pool) {
        err() << (!list ? list.error() : !rubric ? rubric.error() : !apps ? apps.error() : pool.error()) << '\n';
        return InputFailed;
    }
    QHash<qint64, ApplicationSummary> byId;
    for (const ApplicationSummary& a : *apps)
        byId.insert(a.id, a);
    QHash<qint64, QString> names;
    for (const Reviewer& r : *pool)
        names.insert(r.id, r.name);
    QJsonArray rows;
    for (const ScoreSheet& s : *list) {
        const ApplicationSummary a = byId.value(s.applicationId);
        if (parser.isSet(jsonOption()))
            rows.append(QJsonObject{{QStringLiteral("application"), s.applicationId},
                                    {QStringLiteral("ubn"), a.ubn},
                                    {QStringLiteral("reviewer"), s.reviewerId},
                                    {QStringLiteral("state"), sheetStateKey(s.state)},
                                    {QStringLiteral("total"), sheetTotal(*rubric, s)},
                                    {QStringLiteral("recommendation"), s.recommendation}});
        else
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(a.ubn, a.applicantName, names.value(s.reviewerId), sheetStateName(s.state))
                         .arg(sheetTotal(*rubric, s));
    }
    if (parser.isSet(jsonOption()))
        printJson(rows);
    return Success;
}

} // namespace

int packageCommand(const QStringList& arguments)
{
    return dispatch(arguments, "package", {{"export", packageExport}, {"import", packageImport}});
}

int returnCommand(const QStringList& arguments)
{
    return dispatch(arguments, "return", {{"export", returnExport}, {"import", returnImport}, {"list", returnList}});
}

int sheetCommand(const QStringList& arguments)
{
    return dispatch(arguments, "sheet",
                    {{"show", sheetShow},
                     {"set", sheetSet},
                     {"complete", sheetComplete},
                     {"conflict", sheetConflict},
                     {"list", sheetList}});
}

} // namespace rd::cli
