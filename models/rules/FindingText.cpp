#include "models/rules/FindingText.h"

#include "models/dossier/Attachments.h"
#include "models/dossier/BudgetItems.h"
#include "models/pdf/PdfTextExtractor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace rd::FindingText {

namespace {

QString number(const QJsonObject& figures, const char* key)
{
    return amount(figures.value(QLatin1String(key)).toDouble());
}

QString percentText(const QJsonObject& figures, const char* key)
{
    return QLocale().toString(figures.value(QLatin1String(key)).toDouble(), 'f', 1) + QLatin1Char('%');
}

QString categoryName(const QString& key)
{
    if (key == QLatin1String("industry"))
        return QCoreApplication::translate("Findings", "各行各業數位轉型");
    if (key == QLatin1String("ai"))
        return QCoreApplication::translate("Findings", "AI 數位技術應用");
    if (key == QLatin1String("theme"))
        return QCoreApplication::translate("Findings", "主題產業數位轉型");
    return key;
}

QString columnName(const QString& column)
{
    if (column == QLatin1String("subsidy"))
        return QCoreApplication::translate("Findings", "subsidy");
    if (column == QLatin1String("self_funded"))
        return QCoreApplication::translate("Findings", "self-funded");
    return QCoreApplication::translate("Findings", "security");
}

} // namespace

QString amount(double thousands)
{
    const bool whole = qFuzzyCompare(thousands + 1.0, double(qRound64(thousands)) + 1.0);
    return QLocale().toString(thousands, 'f', whole ? 0 : 1);
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QCoreApplication::translate("Findings", "Error")
                                       : QCoreApplication::translate("Findings", "Warning");
}

QString ruleName(const QString& rule)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("eligibility.industry_code"), QT_TRANSLATE_NOOP("Findings", "Industry code")},
        {QStringLiteral("eligibility.net_worth"), QT_TRANSLATE_NOOP("Findings", "Net worth")},
        {QStringLiteral("eligibility.mainland_capital"), QT_TRANSLATE_NOOP("Findings", "Mainland Chinese capital")},
        {QStringLiteral("eligibility.branch_office"), QT_TRANSLATE_NOOP("Findings", "Branch office")},
        {QStringLiteral("eligibility.bank_rejected"), QT_TRANSLATE_NOOP("Findings", "Bank-rejected")},
        {QStringLiteral("eligibility.ubn"), QT_TRANSLATE_NOOP("Findings", "統一編號 check digit")},
        {QStringLiteral("round.duplicate_applicant"), QT_TRANSLATE_NOOP("Findings", "One proposal per company")},
        {QStringLiteral("kpi.minimum"), QT_TRANSLATE_NOOP("Findings", "Minimum 推動家數")},
        {QStringLiteral("budget.subsidy_cap"), QT_TRANSLATE_NOOP("Findings", "Subsidy cap")},
        {QStringLiteral("budget.subsidy_share"), QT_TRANSLATE_NOOP("Findings", "Subsidy share")},
        {QStringLiteral("budget.security_share"), QT_TRANSLATE_NOOP("Findings", "Security budget share")},
        {QStringLiteral("budget.outsourcing_share"), QT_TRANSLATE_NOOP("Findings", "Outsourcing share")},
        {QStringLiteral("budget.promotion_share"), QT_TRANSLATE_NOOP("Findings", "Promotion events share")},
        {QStringLiteral("budget.ads_self_funded"), QT_TRANSLATE_NOOP("Findings", "Advertising self-funded")},
        {QStringLiteral("budget.totals"), QT_TRANSLATE_NOOP("Findings", "Budget totals")},
        {QStringLiteral("budget.amounts"), QT_TRANSLATE_NOOP("Findings", "Budget amounts")},
        {QStringLiteral("kpi.intended_list_entries"), QT_TRANSLATE_NOOP("Findings", "Intended list entries")},
        {QStringLiteral("budget.outsourcing_subsidy_share"),
         QT_TRANSLATE_NOOP("Findings", "Outsourcing subsidy share")},
        {QStringLiteral("budget.maintenance_without_use"),
         QT_TRANSLATE_NOOP("Findings", "Maintenance without equipment use")},
        {QStringLiteral("staff.to_be_hired_share"), QT_TRANSLATE_NOOP("Findings", "To-be-hired staff share")},
        {QStringLiteral("kpi.intended_list_share"), QT_TRANSLATE_NOOP("Findings", "Intended-organisation list")},
        {QStringLiteral("round.intended_overlap"), QT_TRANSLATE_NOOP("Findings", "Intended organisations shared")},
        {QStringLiteral("round.similar_proposal"), QT_TRANSLATE_NOOP("Findings", "Similar proposal text")},
        {QStringLiteral("solutions.categories"), QT_TRANSLATE_NOOP("Findings", "Solution categories (方案類別)")},
        {QStringLiteral("kpi.solutions_total"),
         QT_TRANSLATE_NOOP("Findings", "Solutions' organisations against the target (推動家數)")},
        {QStringLiteral("documents.required"), QT_TRANSLATE_NOOP("Findings", "Required documents (補件)")},
        {QStringLiteral("documents.conditional"), QT_TRANSLATE_NOOP("Findings", "Documents due with the plan (補件)")},
        {QStringLiteral("documents.format"), QT_TRANSLATE_NOOP("Findings", "File format")},
        {QStringLiteral("documents.size"), QT_TRANSLATE_NOOP("Findings", "File size")},
        {QStringLiteral("documents.unreadable"), QT_TRANSLATE_NOOP("Findings", "Unreadable PDF")},
        {QStringLiteral("proposal.period"), QT_TRANSLATE_NOOP("Findings", "Project period")},
    };
    const auto it = names.constFind(rule);
    return it == names.constEnd() ? rule : QCoreApplication::translate("Findings", *it);
}

QString message(const Finding& f)
{
    const QJsonObject& x = f.figures;
    const QString& r = f.rule;
    if (r == QLatin1String("eligibility.industry_code"))
        return QCoreApplication::translate("Findings", "Industry code %1 is not eligible; the program accepts %2.")
            .arg(x.value(QStringLiteral("code")).toString(), x.value(QStringLiteral("allowed")).toString());
    if (r == QLatin1String("eligibility.net_worth"))
        return QCoreApplication::translate("Findings", "Net worth is %1 thousand; it must be positive.")
            .arg(number(x, "net_worth"));
    if (r == QLatin1String("eligibility.mainland_capital"))
        return QCoreApplication::translate(
            "Findings", "The applicant is declared as having mainland Chinese capital (陸資), which is not eligible.");
    if (r == QLatin1String("eligibility.branch_office"))
        return QCoreApplication::translate("Findings",
                                           "The applicant is a branch office (分公司), which is not eligible.");
    if (r == QLatin1String("eligibility.bank_rejected"))
        return QCoreApplication::translate(
            "Findings", "The applicant is a bank-rejected account (銀行拒絕往來戶), which is not eligible.");
    if (r == QLatin1String("eligibility.ubn"))
        return QCoreApplication::translate("Findings", "統一編號 %1 fails the Ministry of Finance check digit.")
            .arg(x.value(QStringLiteral("ubn")).toString());
    if (r == QLatin1String("round.duplicate_applicant")) {
        QStringList titles;
        for (const QJsonValue& t : x.value(QStringLiteral("other_titles")).toArray())
            titles << t.toString();
        return QCoreApplication::translate(
                   "Findings", "統一編號 %1 has %2 proposals in this round (also: %3); each company may submit one.")
            .arg(x.value(QStringLiteral("ubn")).toString())
            .arg(x.value(QStringLiteral("count")).toInt())
            .arg(titles.join(QStringLiteral("; ")));
    }
    if (r == QLatin1String("kpi.minimum"))
        return QCoreApplication::translate("Findings", "推動家數 is %1; %2 needs at least %3.")
            .arg(x.value(QStringLiteral("kpi")).toInt())
            .arg(categoryName(x.value(QStringLiteral("category")).toString()))
            .arg(x.value(QStringLiteral("minimum")).toInt());
    if (r == QLatin1String("budget.subsidy_cap"))
        return QCoreApplication::translate(
                   "Findings", "Subsidy of %1 thousand exceeds the cap of %2 thousand for %3 with 推動家數 %4.")
            .arg(number(x, "subsidy"), number(x, "cap"), categoryName(x.value(QStringLiteral("category")).toString()))
            .arg(x.value(QStringLiteral("kpi")).toInt());
    if (r == QLatin1String("budget.subsidy_share"))
        return QCoreApplication::translate(
                   "Findings",
                   "Subsidy (%1 thousand) is %2 of the total, more than the self-funded part (%3 thousand); it may be "
                   "at most %4%.")
            .arg(number(x, "subsidy"), percentText(x, "percent"), number(x, "self_funded"))
            .arg(x.value(QStringLiteral("max_percent")).toDouble());
    if (r == QLatin1String("budget.security_share"))
        return QCoreApplication::translate(
                   "Findings",
                   "Security budget is %1 thousand, %2 of the total %3 thousand (rounded to one decimal); at least %4% "
                   "is required.")
            .arg(number(x, "security"), percentText(x, "percent"), number(x, "total"))
            .arg(x.value(QStringLiteral("min_percent")).toDouble());
    if (r == QLatin1String("budget.outsourcing_share") || r == QLatin1String("budget.promotion_share")) {
        QStringList items;
        for (const QJsonValue& i : x.value(QStringLiteral("items")).toArray())
            items << budget::formLabel(i.toString());
        return QCoreApplication::translate("Findings",
                                           "%1 come to %2 thousand, %3 of the total; as a rule at most %4%.")
            .arg(items.join(QStringLiteral("、")), number(x, "amount"), percentText(x, "percent"))
            .arg(x.value(QStringLiteral("max_percent")).toDouble());
    }
    if (r == QLatin1String("budget.outsourcing_subsidy_share")) {
        QStringList items;
        for (const QJsonValue& i : x.value(QStringLiteral("items")).toArray())
            items << budget::formLabel(i.toString());
        return QCoreApplication::translate("Findings", "%1 take %2 thousand of subsidy, %3 of the total subsidy of %4 "
                                                       "thousand; as a rule at most %5%.")
            .arg(items.join(QStringLiteral("、")), number(x, "amount"), percentText(x, "percent"), number(x, "total"))
            .arg(x.value(QStringLiteral("max_percent")).toDouble());
    }
    if (r == QLatin1String("kpi.solutions_total"))
        return QCoreApplication::translate("Findings",
                                           "The solutions' organisations (推動導入家數) add up to %1, not to the "
                                           "target of %2 organisations (推動家數); the subsidy cap follows the "
                                           "lower.")
            .arg(x.value(QStringLiteral("solutions_total")).toInt())
            .arg(x.value(QStringLiteral("kpi")).toInt());
    if (r == QLatin1String("solutions.categories")) {
        QStringList unknown;
        for (const QJsonValue& v : x.value(QStringLiteral("unknown")).toArray())
            unknown << QString::number(v.toInt());
        return unknown.isEmpty()
                   ? QCoreApplication::translate("Findings",
                                                 "The solution “%1” names %2 categories (方案類別); at most %3.")
                         .arg(x.value(QStringLiteral("solution")).toString())
                         .arg(x.value(QStringLiteral("count")).toInt())
                         .arg(x.value(QStringLiteral("max_per_solution")).toInt())
                   : QCoreApplication::translate("Findings",
                                                 "The solution “%1” names categories (方案類別) %2, which are not "
                                                 "among the %3 listed.")
                         .arg(x.value(QStringLiteral("solution")).toString(), unknown.join(QStringLiteral(", ")))
                         .arg(x.value(QStringLiteral("listed")).toInt());
    }
    if (r == QLatin1String("budget.maintenance_without_use"))
        return QCoreApplication::translate("Findings",
                                           "%1 thousand of equipment maintenance (設備維護費) is budgeted "
                                           "without any equipment use (設備使用費); as a rule it may not be.")
            .arg(number(x, "maintenance"));
    if (r == QLatin1String("budget.ads_self_funded"))
        return QCoreApplication::translate("Findings",
                                           "%1 has %2 thousand of subsidy; advertising may only be self-funded.")
            .arg(budget::formLabel(x.value(QStringLiteral("item")).toString()), number(x, "subsidy"));
    if (r == QLatin1String("budget.totals"))
        return QCoreApplication::translate("Findings",
                                           "The stated %1 total is %2 thousand but the items add up to %3 thousand.")
            .arg(columnName(x.value(QStringLiteral("column")).toString()), number(x, "stated"), number(x, "sum"));
    if (r == QLatin1String("budget.amounts")) {
        const QString item = x.value(QStringLiteral("item")).toString();
        const QString row = item == QLatin1String("total") ? QCoreApplication::translate("Findings", "The total row")
                                                           : budget::formLabel(item);
        const QString value = QLocale().toString(x.value(QStringLiteral("value")).toDouble());
        const QString problem = x.value(QStringLiteral("problem")).toString();
        if (problem == QLatin1String("security_over_row"))
            return QCoreApplication::translate("Findings",
                                               "%1: its information-security part, %2 thousand, is more than the row "
                                               "itself, %3 thousand.")
                .arg(row, value, number(x, "total"));
        if (problem == QLatin1String("negative"))
            return QCoreApplication::translate("Findings", "%1, %2: %3 thousand; an amount cannot be negative.")
                .arg(row, columnName(x.value(QStringLiteral("column")).toString()), value);
        return QCoreApplication::translate("Findings",
                                           "%1, %2: %3 thousand; amounts are whole thousands (rounded to the nearest "
                                           "thousand).")
            .arg(row, columnName(x.value(QStringLiteral("column")).toString()), value);
    }
    if (r == QLatin1String("kpi.intended_list_entries")) {
        const QString problem = x.value(QStringLiteral("problem")).toString();
        const QString who = QStringLiteral("%1 %2").arg(x.value(QStringLiteral("name")).toString(),
                                                        x.value(QStringLiteral("ubn")).toString());
        const int row = x.value(QStringLiteral("row")).toInt();
        if (problem == QLatin1String("applicant"))
            return QCoreApplication::translate("Findings",
                                               "Row %1 of the intended list (%2) is the applicant itself; it does "
                                               "not count.")
                .arg(row)
                .arg(who);
        if (problem == QLatin1String("duplicate"))
            return QCoreApplication::translate("Findings",
                                               "Row %1 of the intended list (%2) repeats row %3; it counts once.")
                .arg(row)
                .arg(who)
                .arg(x.value(QStringLiteral("first_row")).toInt());
        return QCoreApplication::translate(
                   "Findings", "Row %1 of the intended list (%2): the business ID (統一編號) has a wrong check digit; "
                               "it does not count.")
            .arg(row)
            .arg(who);
    }
    if (r == QLatin1String("staff.to_be_hired_share"))
        return QCoreApplication::translate("Findings",
                                           "%1 of %2 project staff are still to be hired (%3); as a rule at most %4%.")
            .arg(x.value(QStringLiteral("to_be_hired")).toInt())
            .arg(x.value(QStringLiteral("staff")).toInt())
            .arg(percentText(x, "percent"))
            .arg(x.value(QStringLiteral("max_percent")).toDouble());
    if (r == QLatin1String("kpi.intended_list_share"))
        return QCoreApplication::translate(
                   "Findings",
                   "The intended-organisation list names %1 for 推動家數 %2; at least %3 (%4%) are expected.")
            .arg(x.value(QStringLiteral("listed")).toInt())
            .arg(x.value(QStringLiteral("kpi")).toInt())
            .arg(x.value(QStringLiteral("needed")).toInt())
            .arg(x.value(QStringLiteral("min_percent")).toDouble());
    if (r == QLatin1String("round.intended_overlap")) {
        QStringList names;
        for (const QJsonValue& s : x.value(QStringLiteral("shared")).toArray())
            names << QStringLiteral("%1 (%2)").arg(s.toObject().value(QStringLiteral("name")).toString(),
                                                   s.toObject().value(QStringLiteral("ubn")).toString());
        QStringList others;
        for (const QJsonValue& o : x.value(QStringLiteral("other_applicants")).toArray())
            others << o.toString();
        return QCoreApplication::translate(
                   "Findings", "%1 intended organisation(s) also appear on another applicant's list (%2): %3.")
            .arg(x.value(QStringLiteral("count")).toInt())
            .arg(others.join(QStringLiteral("、")), names.join(QStringLiteral("、")));
    }
    if (r == QLatin1String("round.similar_proposal")) {
        const QString other = QStringLiteral("%1 %2").arg(x.value(QStringLiteral("other_ubn")).toString(),
                                                          x.value(QStringLiteral("other_name")).toString());
        const QString text =
            x.value(QStringLiteral("other_in_round")).toBool()
                ? QCoreApplication::translate("Findings", "%1: %2 of its text is also in %3 of %4 (%5 of that "
                                                          "document); compare the passages side by side.")
                : QCoreApplication::translate("Findings", "%1: %2 of its text is also in %3 of %4 in the round "
                                                          "“%6” (%5 of that document); compare the passages side "
                                                          "by side.");
        const QString filled =
            text.arg(x.value(QStringLiteral("file")).toString(), percentText(x, "percent"),
                     x.value(QStringLiteral("other_file")).toString(), other, percentText(x, "other_percent"));
        return x.value(QStringLiteral("other_in_round")).toBool()
                   ? filled
                   : filled.arg(x.value(QStringLiteral("other_round")).toString());
    }
    if (r == QLatin1String("documents.required")) {
        const int have = x.value(QStringLiteral("have")).toInt();
        const QString type = attachments::displayName(x.value(QStringLiteral("type")).toString());
        if (have == 0)
            return QCoreApplication::translate("Findings", "%1 is missing (補件).").arg(type);
        return QCoreApplication::translate("Findings", "%1: %2 of %3 provided (補件).")
            .arg(type)
            .arg(have)
            .arg(x.value(QStringLiteral("need")).toInt());
    }
    if (r == QLatin1String("documents.conditional")) {
        QStringList because;
        for (const QJsonValue& v : x.value(QStringLiteral("because")).toArray()) {
            const QString why = v.toString();
            because << (why == QLatin1String("mou")
                            ? QCoreApplication::translate("Findings", "intended organisations are marked as having "
                                                                      "a letter of intent (意向書)")
                        : why == QLatin1String("public_official_relation")
                            ? QCoreApplication::translate("Findings", "the applicant declares a relation to a public "
                                                                      "official (公職人員利益衝突迴避法 第14條)")
                            : QCoreApplication::translate("Findings", "%1 is budgeted").arg(budget::displayName(why)));
        }
        return QCoreApplication::translate("Findings", "%1 is missing (補件): it is due because %2 (%3).")
            .arg(attachments::displayName(x.value(QStringLiteral("type")).toString()),
                 because.join(QStringLiteral("; ")), x.value(QStringLiteral("source")).toString());
    }
    if (r == QLatin1String("documents.format"))
        return QCoreApplication::translate("Findings", "%1 is not a PDF file; documents are uploaded as PDF (補件).")
            .arg(x.value(QStringLiteral("file")).toString());
    if (r == QLatin1String("documents.size"))
        return QCoreApplication::translate("Findings", "%1 is %2 MB; each PDF may be at most %3 MB.")
            .arg(x.value(QStringLiteral("file")).toString())
            .arg(QLocale().toString(x.value(QStringLiteral("size")).toDouble() / 1048576.0, 'f', 1))
            .arg(x.value(QStringLiteral("max_bytes")).toDouble() / 1048576.0);
    if (r == QLatin1String("documents.unreadable"))
        return QCoreApplication::translate("Findings", "%1 cannot be read: %2.")
            .arg(x.value(QStringLiteral("file")).toString(),
                 PdfProblem::describe(x.value(QStringLiteral("problem")).toString()));
    if (r == QLatin1String("proposal.period"))
        return QCoreApplication::translate("Findings",
                                           "The project period %1 – %2 is outside the program window %3 – %4.")
            .arg(x.value(QStringLiteral("start")).toString(), x.value(QStringLiteral("end")).toString(),
                 x.value(QStringLiteral("window_start")).toString(), x.value(QStringLiteral("window_end")).toString());
    return r;
}

} // namespace rd::FindingText
