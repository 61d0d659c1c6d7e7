#include "models/rules/RuleEngine.h"

#include "models/core/Text.h"
#include "models/core/Ubn.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace rd {

namespace {

// Amounts are NT$ thousand with at most a few decimals; compare with a tolerance far below a dollar.
constexpr double epsilon = 1e-9;

double percent(double part, double whole)
{
    return whole > 0 ? part * 100.0 / whole : 0.0;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

class Emitter
{
public:
    Emitter(const RuleSpec& spec, QList<Finding>& out) : m_spec(spec), m_out(out) {}
    void add(qint64 applicationId, const QString& location, const QJsonObject& figures)
    {
        m_out.append({applicationId, m_spec.id, m_spec.severity, location, figures, m_spec.source});
    }

private:
    const RuleSpec& m_spec;
    QList<Finding>& m_out;
};

using PerApplication = std::function<void(const RuleSpec&, const ApplicationFacts&, Emitter&)>;
using AcrossApplications = std::function<void(const RuleSpec&, const QList<ApplicationFacts>&, Emitter&)>;

struct RuleDefinition
{
    QStringList requiredParams;
    PerApplication perApplication;
    AcrossApplications acrossApplications;
};

// --- eligibility (004 貳) -------------------------------------------------------------------------------

void industryCode(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const QStringList allowed = stringList(spec.params.value(QStringLiteral("allowed")));
    const QString code = text::normalized(app.dossier.applicant.industryCode).toUpper().trimmed();
    // J6201 belongs to J62: a code is accepted when it starts with an allowed class.
    for (const QString& prefix : allowed) {
        if (code.startsWith(prefix.toUpper()))
            return;
    }
    out.add(app.id, QStringLiteral("applicant:industry_code"),
            {{QStringLiteral("code"), app.dossier.applicant.industryCode},
             {QStringLiteral("allowed"), allowed.join(QStringLiteral(", "))}});
}

void netWorth(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const double floor = spec.params.value(QStringLiteral("greater_than")).toDouble();
    if (app.dossier.applicant.netWorth > floor)
        return;
    out.add(app.id, QStringLiteral("applicant:net_worth"),
            {{QStringLiteral("net_worth"), app.dossier.applicant.netWorth}});
}

PerApplication flag(bool Applicant::*member, const char* field)
{
    return [member, field](const RuleSpec&, const ApplicationFacts& app, Emitter& out) {
        if (app.dossier.applicant.*member)
            out.add(app.id, QStringLiteral("applicant:") + QLatin1String(field), {});
    };
}

void ubn(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const auto divisor =
        spec.params.value(QStringLiteral("divisor")).toInt() == 10 ? UbnDivisor::Before2023 : UbnDivisor::Current;
    if (!isValidUbn(app.dossier.applicant.ubn, divisor))
        out.add(app.id, QStringLiteral("applicant:ubn"), {{QStringLiteral("ubn"), app.dossier.applicant.ubn}});
}

// --- KPI and subsidy cap (004 參、一(二)) --------------------------------------------------------------

void kpiMinimum(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const QString category = categoryKey(app.dossier.proposal.category);
    const int minimum = spec.params.value(QStringLiteral("minimum")).toObject().value(category).toInt();
    const int kpi = app.dossier.proposal.kpiOrganizations;
    if (kpi < minimum)
        out.add(app.id, QStringLiteral("proposal:kpi_organizations"),
                {{QStringLiteral("kpi"), kpi},
                 {QStringLiteral("minimum"), minimum},
                 {QStringLiteral("category"), category}});
}

// 附件7 參、五(一)4 註2: the solutions' 推動導入家數 add up to the 推動家數 of the 預期效益表.
void solutionsTotal(const RuleSpec&, const ApplicationFacts& app, Emitter& out)
{
    const Proposal& proposal = app.dossier.proposal;
    if (proposal.solutions.isEmpty() || proposal.solutionsTotal() == proposal.kpiOrganizations)
        return;
    out.add(app.id, QStringLiteral("proposal:solutions"),
            {{QStringLiteral("solutions_total"), proposal.solutionsTotal()},
             {QStringLiteral("kpi"), proposal.kpiOrganizations}});
}

void subsidyCap(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const QString category = categoryKey(app.dossier.proposal.category);
    // The lower of 推動家數 and the solutions' total: a cap is not earned by a figure the plan does not carry.
    const int kpi = app.dossier.proposal.cappedKpi();
    // The highest tier whose KPI the proposal reaches sets the cap (各行各業: 50→2,000, 100→4,000, 200→8,000).
    double cap = 0;
    bool reached = false;
    for (const QJsonValue& tier : spec.params.value(QStringLiteral("tiers")).toObject().value(category).toArray()) {
        if (kpi >= tier.toObject().value(QStringLiteral("kpi")).toInt()) {
            cap = qMax(cap, tier.toObject().value(QStringLiteral("cap")).toDouble());
            reached = true;
        }
    }
    if (!reached)
        return; // below every tier: kpi.minimum reports it
    const double subsidy = app.budget.sum().subsidy;
    if (subsidy > cap + epsilon)
        out.add(app.id, QStringLiteral("budget:total:subsidy"),
                {{QStringLiteral("subsidy"), subsidy},
                 {QStringLiteral("cap"), cap},
                 {QStringLiteral("kpi"), kpi},
                 {QStringLiteral("category"), category}});
}

// 附件7 雲端方案總表 註1: each solution names at most 3 方案類別, from the numbered list (1 to 17).
void solutionCategories(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const int most = spec.params.value(QStringLiteral("max_per_solution")).toInt();
    const int listed = spec.params.value(QStringLiteral("listed")).toInt();
    for (const Solution& solution : app.dossier.proposal.solutions) {
        QList<int> unknown;
        for (int c : solution.categories)
            if (c < 1 || c > listed)
                unknown << c;
        if (solution.categories.size() > most || !unknown.isEmpty()) {
            QJsonArray codes;
            for (int c : unknown)
                codes.append(c);
            out.add(app.id, QStringLiteral("proposal:solutions"),
                    {{QStringLiteral("solution"), solution.name},
                     {QStringLiteral("count"), int(solution.categories.size())},
                     {QStringLiteral("max_per_solution"), most},
                     {QStringLiteral("unknown"), codes},
                     {QStringLiteral("listed"), listed}});
        }
    }
}

// --- budget (004 捌、一(四)) ---------------------------------------------------------------------------

void subsidyShare(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const BudgetLine total = app.budget.sum();
    const double maxPercent = spec.params.value(QStringLiteral("max_percent")).toDouble();
    if (total.total() <= 0)
        return;
    // 補助款 ≤ 50 % of the total is the same as 補助款 ≤ 自籌款; compare amounts, not rounded percentages.
    if (total.subsidy * 100.0 > maxPercent * total.total() + epsilon)
        out.add(app.id, QStringLiteral("budget:total:subsidy"),
                {{QStringLiteral("subsidy"), total.subsidy},
                 {QStringLiteral("self_funded"), total.selfFunded},
                 {QStringLiteral("percent"), roundTo(percent(total.subsidy, total.total()), 2)},
                 {QStringLiteral("max_percent"), maxPercent}});
}

void securityShare(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const BudgetLine total = app.budget.sum();
    if (total.total() <= 0)
        return;
    const double minPercent = spec.params.value(QStringLiteral("min_percent")).toDouble();
    const int decimals = spec.params.value(QStringLiteral("round_to_decimals")).toInt();
    // 附件7: 投入比例請四捨五入至小數點第1位 — 6.95 % counts as 7.0 % and passes; 6.94 % is 6.9 % and fails.
    const double share = roundTo(percent(total.security, total.total()), decimals);
    if (share + epsilon < minPercent)
        out.add(app.id, QStringLiteral("budget:total:security"),
                {{QStringLiteral("security"), total.security},
                 {QStringLiteral("total"), total.total()},
                 {QStringLiteral("percent"), share},
                 {QStringLiteral("min_percent"), minPercent}});
}

// The listed items' share of the whole, in the column `column` ("total": subsidy and self-funded together) —
// of the total budget (004 捌、一(四)4(1), 5), or of the total subsidy (附件9 備註: 政府補助經費合計以不超過
// 計畫總補助經費20%為原則).
PerApplication itemShareAtMost(const char* column)
{
    const auto amountOf = [column](const BudgetLine& line) {
        return qstrcmp(column, "subsidy") == 0 ? line.subsidy : line.total();
    };
    return [column, amountOf](const RuleSpec& spec, const ApplicationFacts& app, Emitter& out) {
        const double whole = amountOf(app.budget.sum());
        if (whole <= 0)
            return;
        const QStringList items = stringList(spec.params.value(QStringLiteral("items")));
        double part = 0;
        for (const QString& item : items)
            part += amountOf(app.budget.line(item));
        const double maxPercent = spec.params.value(QStringLiteral("max_percent")).toDouble();
        if (part * 100.0 > maxPercent * whole + epsilon)
            out.add(app.id, QStringLiteral("budget:%1:%2").arg(items.value(0), QLatin1String(column)),
                    {{QStringLiteral("amount"), part},
                     {QStringLiteral("total"), whole},
                     {QStringLiteral("percent"), roundTo(percent(part, whole), 2)},
                     {QStringLiteral("max_percent"), maxPercent},
                     {QStringLiteral("items"), QJsonArray::fromStringList(items)}});
    };
}

// 附件7 2.3 註1: 未編列設備使用費原則上不得報支設備維護費.
void maintenanceWithoutUse(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const QString maintenance = spec.params.value(QStringLiteral("maintenance")).toString();
    const QString use = spec.params.value(QStringLiteral("use")).toString();
    const BudgetLine maintained = app.budget.line(maintenance);
    if (maintained.total() > epsilon && app.budget.line(use).total() <= epsilon)
        out.add(app.id, QStringLiteral("budget:%1:total").arg(maintenance),
                {{QStringLiteral("maintenance"), maintained.total()}});
}

void adsSelfFunded(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    for (const QString& item : stringList(spec.params.value(QStringLiteral("items")))) {
        const double subsidy = app.budget.line(item).subsidy;
        if (subsidy > epsilon)
            out.add(app.id, QStringLiteral("budget:%1:subsidy").arg(item),
                    {{QStringLiteral("item"), item}, {QStringLiteral("subsidy"), subsidy}});
    }
}

void budgetTotals(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    if (!app.budget.stated)
        return; // the total row is optional (dossier-format.md)
    const double tolerance = spec.params.value(QStringLiteral("tolerance")).toDouble();
    const BudgetLine sum = app.budget.sum();
    const BudgetLine& stated = *app.budget.stated;
    for (auto [column, s, w] : {std::tuple{"subsidy", sum.subsidy, stated.subsidy},
                                std::tuple{"self_funded", sum.selfFunded, stated.selfFunded},
                                std::tuple{"security", sum.security, stated.security}}) {
        if (std::abs(s - w) > tolerance)
            out.add(app.id, QStringLiteral("budget:total:") + QLatin1String(column),
                    {{QStringLiteral("column"), QLatin1String(column)},
                     {QStringLiteral("stated"), w},
                     {QStringLiteral("sum"), s}});
    }
}

// 附件7 說明5: amounts are whole NT$ thousand (rounded); none is negative — an accounting "(200)" is read as
// −200 and must not pass as a deduction — and a row's 資安 part is a part of that row, never more than it.
void budgetAmounts(const RuleSpec&, const ApplicationFacts& app, Emitter& out)
{
    QList<BudgetLine> rows = app.budget.lines;
    if (app.budget.stated) {
        rows.append(*app.budget.stated);
        rows.last().item = QStringLiteral("total");
    }
    for (const BudgetLine& row : std::as_const(rows)) {
        for (auto [column, value] : {std::pair{"subsidy", row.subsidy}, std::pair{"self_funded", row.selfFunded},
                                     std::pair{"security", row.security}}) {
            const QString location = QStringLiteral("budget:%1:%2").arg(row.item, QLatin1String(column));
            if (value < -epsilon)
                out.add(app.id, location,
                        {{QStringLiteral("item"), row.item},
                         {QStringLiteral("column"), QLatin1String(column)},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("problem"), QStringLiteral("negative")}});
            else if (std::abs(value - std::round(value)) > 1e-6)
                out.add(app.id, location,
                        {{QStringLiteral("item"), row.item},
                         {QStringLiteral("column"), QLatin1String(column)},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("problem"), QStringLiteral("fraction")}});
        }
        if (row.security > row.total() + epsilon)
            out.add(app.id, QStringLiteral("budget:%1:security").arg(row.item),
                    {{QStringLiteral("item"), row.item},
                     {QStringLiteral("column"), QStringLiteral("security")},
                     {QStringLiteral("value"), row.security},
                     {QStringLiteral("total"), row.total()},
                     {QStringLiteral("problem"), QStringLiteral("security_over_row")}});
    }
}

// The intended-organisation list (意向名單): each row an organisation of its own with a valid 統一編號, and not
// the applicant itself.
void intendedListEntries(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const auto divisor =
        spec.params.value(QStringLiteral("divisor")).toInt() == 10 ? UbnDivisor::Before2023 : UbnDivisor::Current;
    QHash<QString, int> firstRow;
    const auto& list = app.dossier.proposal.intendedOrganizations;
    for (int i = 0; i < list.size(); ++i) {
        const IntendedOrganization& org = list.at(i);
        QString problem;
        if (!isValidUbn(org.ubn, divisor))
            problem = QStringLiteral("check_digit");
        else if (org.ubn == app.dossier.applicant.ubn)
            problem = QStringLiteral("applicant");
        else if (firstRow.contains(org.ubn))
            problem = QStringLiteral("duplicate");
        else
            firstRow.insert(org.ubn, i + 1);
        if (!problem.isEmpty())
            out.add(app.id, QStringLiteral("intended:%1").arg(i + 1),
                    {{QStringLiteral("row"), i + 1},
                     {QStringLiteral("ubn"), org.ubn},
                     {QStringLiteral("name"), org.name},
                     {QStringLiteral("problem"), problem},
                     {QStringLiteral("first_row"), firstRow.value(org.ubn)}});
    }
}

// --- staff and KPI list (004 附件7) ---------------------------------------------------------------------

void toBeHiredShare(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const auto& staff = app.dossier.proposal.staff;
    if (staff.isEmpty())
        return;
    const auto toBeHired = std::count_if(staff.begin(), staff.end(), [](const StaffMember& m) { return m.toBeHired; });
    const double maxPercent = spec.params.value(QStringLiteral("max_percent")).toDouble();
    if (double(toBeHired) * 100.0 > maxPercent * double(staff.size()) + epsilon)
        out.add(app.id, QStringLiteral("staff"),
                {{QStringLiteral("to_be_hired"), qint64(toBeHired)},
                 {QStringLiteral("staff"), qint64(staff.size())},
                 {QStringLiteral("percent"), roundTo(percent(double(toBeHired), double(staff.size())), 1)},
                 {QStringLiteral("max_percent"), maxPercent}});
}

void intendedListShare(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const int kpi = app.dossier.proposal.kpiOrganizations;
    if (kpi <= 0)
        return;
    // 主題產業數位轉型 counts only clinics, pharmacies and long-term-care institutions (戊, 己, 庚). An
    // organisation counts once, by a valid 統一編號 that is not the applicant's own (kpi.intended_list_entries
    // names the rows that do not count).
    const QStringList themeTypes = stringList(spec.params.value(QStringLiteral("theme_types")));
    QSet<QString> counted;
    for (const IntendedOrganization& org : app.dossier.proposal.intendedOrganizations) {
        if ((app.dossier.proposal.category != Category::Theme || themeTypes.contains(org.type)) &&
            isValidUbn(org.ubn) && org.ubn != app.dossier.applicant.ubn)
            counted.insert(org.ubn);
    }
    const int listed = int(counted.size());
    const double minPercent = spec.params.value(QStringLiteral("min_percent")).toDouble();
    if (double(listed) * 100.0 + epsilon < minPercent * kpi)
        out.add(app.id, QStringLiteral("intended"),
                {{QStringLiteral("listed"), listed},
                 {QStringLiteral("kpi"), kpi},
                 {QStringLiteral("needed"), int(std::ceil(minPercent * kpi / 100.0 - epsilon))},
                 {QStringLiteral("min_percent"), minPercent}});
}

// --- documents (004 肆) ---------------------------------------------------------------------------------

void documentsRequired(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    QHash<QString, int> counts;
    for (const DocumentFacts& d : app.documents)
        ++counts[d.type];
    QJsonObject required = spec.params.value(QStringLiteral("required")).toObject();
    if (spec.params.value(QStringLiteral("sales_proof_per_solution")).toBool())
        required.insert(QStringLiteral("sales_proof"), qMax(1, int(app.dossier.proposal.solutions.size())));
    for (auto it = required.begin(); it != required.end(); ++it) {
        const int need = it.value().toInt();
        const int have = counts.value(it.key());
        if (have < need)
            out.add(
                app.id, QStringLiteral("documents"),
                {{QStringLiteral("type"), it.key()}, {QStringLiteral("have"), have}, {QStringLiteral("need"), need}});
    }
}

// 附件7 陸 (申請時檢附) and 肆: documents due only in some cases — the agreement (協議書) when intangible assets,
// commissioned research or services are budgeted, the advisors' 願任同意書 when advisors are, the 意向書 of the
// intended organisations marked as having one, the 第14條 揭露表 when the applicant declares a relation.
void documentsConditional(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    QHash<QString, int> have;
    for (const DocumentFacts& d : app.documents)
        ++have[d.type];
    for (const QJsonValue& v : spec.params.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject need = v.toObject();
        const QString type = need.value(QStringLiteral("type")).toString();
        QJsonArray because;
        for (const QJsonValue& item : need.value(QStringLiteral("when_budgeted")).toArray())
            for (const BudgetLine& line : app.budget.lines)
                if (line.item == item.toString() && line.total() > epsilon)
                    because.append(line.item);
        const QString when = need.value(QStringLiteral("when")).toString();
        if (when == QLatin1String("mou")) {
            for (const IntendedOrganization& o : app.dossier.proposal.intendedOrganizations)
                if (o.mou) {
                    because.append(when);
                    break;
                }
        } else if (when == QLatin1String("public_official_relation") && app.dossier.applicant.publicOfficialRelation) {
            because.append(when);
        }
        if (because.isEmpty() || have.value(type) > 0)
            continue;
        out.add(app.id, QStringLiteral("documents"),
                {{QStringLiteral("type"), type},
                 {QStringLiteral("because"), because},
                 {QStringLiteral("source"), need.value(QStringLiteral("source")).toString()}});
    }
}

void documentsSize(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const qint64 maxBytes = spec.params.value(QStringLiteral("max_bytes")).toInteger();
    for (const DocumentFacts& d : app.documents) {
        if (d.size > maxBytes)
            out.add(app.id, QStringLiteral("document:") + d.fileName,
                    {{QStringLiteral("file"), d.fileName},
                     {QStringLiteral("size"), d.size},
                     {QStringLiteral("max_bytes"), maxBytes}});
    }
}

bool isPdf(const DocumentFacts& d)
{
    return d.fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

// 004 肆: the documents are uploaded as PDF files.
void documentsFormat(const RuleSpec&, const ApplicationFacts& app, Emitter& out)
{
    for (const DocumentFacts& d : app.documents)
        if (!isPdf(d))
            out.add(app.id, QStringLiteral("document:") + d.fileName, {{QStringLiteral("file"), d.fileName}});
}

void documentsUnreadable(const RuleSpec&, const ApplicationFacts& app, Emitter& out)
{
    for (const DocumentFacts& d : app.documents) {
        if (!d.readable && isPdf(d)) // a file in another format is documents.format's
            out.add(app.id, QStringLiteral("document:") + d.fileName,
                    {{QStringLiteral("file"), d.fileName}, {QStringLiteral("problem"), d.problem}});
    }
}

// One finding per proposal another application's shares text with (screening/ProposalComparison): which
// passages, side by side, is the finding's view; the location names the stored match.
void similarProposal(const RuleSpec&, const ApplicationFacts& app, Emitter& out)
{
    for (const SharedTextFacts& s : app.sharedText)
        out.add(app.id, QStringLiteral("text_match:%1").arg(s.matchId),
                {{QStringLiteral("match"), s.matchId},
                 {QStringLiteral("file"), s.fileName},
                 {QStringLiteral("percent"), std::round(s.share * 1000) / 10},
                 {QStringLiteral("other_ubn"), s.otherUbn},
                 {QStringLiteral("other_name"), s.otherName},
                 {QStringLiteral("other_round"), s.otherRound},
                 {QStringLiteral("other_in_round"), s.otherInRound},
                 {QStringLiteral("other_file"), s.otherFileName},
                 {QStringLiteral("other_percent"), std::round(s.otherShare * 1000) / 10}});
}

void proposalPeriod(const RuleSpec& spec, const ApplicationFacts& app, Emitter& out)
{
    const QDate windowStart = QDate::fromString(spec.params.value(QStringLiteral("start")).toString(), Qt::ISODate);
    const QDate windowEnd = QDate::fromString(spec.params.value(QStringLiteral("end")).toString(), Qt::ISODate);
    const QDate start = app.dossier.proposal.periodStart;
    const QDate end = app.dossier.proposal.periodEnd;
    if (start < windowStart || end > windowEnd || end < start)
        out.add(app.id, QStringLiteral("proposal:period"),
                {{QStringLiteral("start"), start.toString(Qt::ISODate)},
                 {QStringLiteral("end"), end.toString(Qt::ISODate)},
                 {QStringLiteral("window_start"), windowStart.toString(Qt::ISODate)},
                 {QStringLiteral("window_end"), windowEnd.toString(Qt::ISODate)}});
}

// --- across applications -------------------------------------------------------------------------------

void duplicateApplicant(const RuleSpec&, const QList<ApplicationFacts>& apps, Emitter& out)
{
    QHash<QString, QList<const ApplicationFacts*>> byUbn;
    for (const ApplicationFacts& app : apps)
        byUbn[app.dossier.applicant.ubn.trimmed()].append(&app);
    for (const auto& group : std::as_const(byUbn)) {
        if (group.size() < 2)
            continue;
        for (const ApplicationFacts* app : group) {
            QJsonArray others;
            for (const ApplicationFacts* other : group) {
                if (other != app)
                    others.append(other->dossier.proposal.title);
            }
            out.add(app->id, QStringLiteral("applicant:ubn"),
                    {{QStringLiteral("ubn"), app->dossier.applicant.ubn},
                     {QStringLiteral("count"), int(group.size())},
                     {QStringLiteral("other_titles"), others}});
        }
    }
}

void intendedOverlap(const RuleSpec&, const QList<ApplicationFacts>& apps, Emitter& out)
{
    // Which applications list each intended organisation's 統一編號.
    QHash<QString, QList<const ApplicationFacts*>> listedBy;
    for (const ApplicationFacts& app : apps) {
        QSet<QString> own;
        for (const IntendedOrganization& org : app.dossier.proposal.intendedOrganizations) {
            const QString ubn = org.ubn.trimmed();
            if (!ubn.isEmpty() && !own.contains(ubn)) {
                own.insert(ubn);
                listedBy[ubn].append(&app);
            }
        }
    }
    for (const ApplicationFacts& app : apps) {
        QJsonArray shared;
        QSet<QString> otherApplicants;
        for (const IntendedOrganization& org : app.dossier.proposal.intendedOrganizations) {
            const auto& holders = listedBy.value(org.ubn.trimmed());
            if (holders.size() < 2)
                continue;
            bool sharedWithOther = false;
            for (const ApplicationFacts* other : holders) {
                if (other != &app && other->dossier.applicant.ubn != app.dossier.applicant.ubn) {
                    otherApplicants.insert(other->dossier.applicant.name);
                    sharedWithOther = true;
                }
            }
            if (sharedWithOther)
                shared.append(QJsonObject{{QStringLiteral("name"), org.name}, {QStringLiteral("ubn"), org.ubn}});
        }
        if (!shared.isEmpty()) {
            QStringList names(otherApplicants.begin(), otherApplicants.end());
            names.sort();
            out.add(app.id, QStringLiteral("intended"),
                    {{QStringLiteral("shared"), shared},
                     {QStringLiteral("count"), int(shared.size())},
                     {QStringLiteral("other_applicants"), QJsonArray::fromStringList(names)}});
        }
    }
}

const QHash<QString, RuleDefinition>& definitions()
{
    auto per = [](QStringList params, PerApplication f) { return RuleDefinition{std::move(params), std::move(f), {}}; };
    auto across = [](AcrossApplications f) { return RuleDefinition{{}, {}, std::move(f)}; };
    static const QHash<QString, RuleDefinition> table = {
        {QStringLiteral("eligibility.industry_code"), per({QStringLiteral("allowed")}, industryCode)},
        {QStringLiteral("eligibility.net_worth"), per({QStringLiteral("greater_than")}, netWorth)},
        {QStringLiteral("eligibility.bank_rejected"), per({}, flag(&Applicant::bankRejected, "bank_rejected"))},
        {QStringLiteral("eligibility.mainland_capital"),
         per({}, flag(&Applicant::mainlandCapital, "mainland_capital"))},
        {QStringLiteral("eligibility.branch_office"), per({}, flag(&Applicant::branchOffice, "branch_office"))},
        {QStringLiteral("eligibility.ubn"), per({QStringLiteral("divisor")}, ubn)},
        {QStringLiteral("round.duplicate_applicant"), across(duplicateApplicant)},
        {QStringLiteral("kpi.minimum"), per({QStringLiteral("minimum")}, kpiMinimum)},
        {QStringLiteral("solutions.categories"),
         per({QStringLiteral("max_per_solution"), QStringLiteral("listed")}, solutionCategories)},
        {QStringLiteral("budget.subsidy_cap"), per({QStringLiteral("tiers")}, subsidyCap)},
        {QStringLiteral("kpi.solutions_total"), per({}, solutionsTotal)},
        {QStringLiteral("budget.subsidy_share"), per({QStringLiteral("max_percent")}, subsidyShare)},
        {QStringLiteral("budget.security_share"),
         per({QStringLiteral("min_percent"), QStringLiteral("round_to_decimals")}, securityShare)},
        {QStringLiteral("budget.outsourcing_share"),
         per({QStringLiteral("items"), QStringLiteral("max_percent")}, itemShareAtMost("total"))},
        {QStringLiteral("budget.promotion_share"),
         per({QStringLiteral("items"), QStringLiteral("max_percent")}, itemShareAtMost("total"))},
        {QStringLiteral("budget.ads_self_funded"), per({QStringLiteral("items")}, adsSelfFunded)},
        {QStringLiteral("budget.outsourcing_subsidy_share"),
         per({QStringLiteral("items"), QStringLiteral("max_percent")}, itemShareAtMost("subsidy"))},
        {QStringLiteral("budget.maintenance_without_use"),
         per({QStringLiteral("maintenance"), QStringLiteral("use")}, maintenanceWithoutUse)},
        {QStringLiteral("budget.totals"), per({QStringLiteral("tolerance")}, budgetTotals)},
        {QStringLiteral("budget.amounts"), per({}, budgetAmounts)},
        {QStringLiteral("staff.to_be_hired_share"), per({QStringLiteral("max_percent")}, toBeHiredShare)},
        {QStringLiteral("kpi.intended_list_share"),
         per({QStringLiteral("min_percent"), QStringLiteral("theme_types")}, intendedListShare)},
        {QStringLiteral("round.intended_overlap"), across(intendedOverlap)},
        {QStringLiteral("round.similar_proposal"), per({}, similarProposal)},
        {QStringLiteral("kpi.intended_list_entries"), per({QStringLiteral("divisor")}, intendedListEntries)},
        {QStringLiteral("documents.required"), per({QStringLiteral("required")}, documentsRequired)},
        {QStringLiteral("documents.size"), per({QStringLiteral("max_bytes")}, documentsSize)},
        {QStringLiteral("documents.conditional"), per({QStringLiteral("documents")}, documentsConditional)},
        {QStringLiteral("documents.format"), per({}, documentsFormat)},
        {QStringLiteral("documents.unreadable"), per({}, documentsUnreadable)},
        {QStringLiteral("proposal.period"), per({QStringLiteral("start"), QStringLiteral("end")}, proposalPeriod)},
    };
    return table;
}

} // namespace

QStringList RuleEngine::knownRules()
{
    QStringList ids = definitions().keys();
    ids.sort();
    return ids;
}

Status RuleEngine::validate(const RuleSpec& spec)
{
    const auto it = definitions().constFind(spec.id);
    if (it == definitions().constEnd())
        return Status::failure(QCoreApplication::translate("RuleEngine", "unknown rule “%1”").arg(spec.id));
    for (const QString& key : it->requiredParams) {
        if (!spec.params.contains(key))
            return Status::failure(
                QCoreApplication::translate("RuleEngine", "rule “%1” needs the parameter “%2”").arg(spec.id, key));
    }
    return {};
}

QList<Finding> RuleEngine::evaluate(const RuleSet& rules, const QList<ApplicationFacts>& applications)
{
    QList<Finding> findings;
    for (const RuleSpec& spec : rules.rules()) {
        const auto it = definitions().constFind(spec.id);
        if (it == definitions().constEnd())
            continue; // RuleSet::fromJson refuses unknown ids; nothing to do here
        Emitter emitter(spec, findings);
        if (it->perApplication) {
            for (const ApplicationFacts& app : applications)
                it->perApplication(spec, app, emitter);
        } else {
            it->acrossApplications(spec, applications, emitter);
        }
    }
    return findings;
}

} // namespace rd
