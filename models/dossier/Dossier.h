#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rd {

// The three proposal categories of DIGITAL+ 2025 (004 參、一(二)).
enum class Category
{
    Industry,
    Ai,
    Theme
};
QString categoryKey(Category category);
std::optional<Category> categoryFromKey(const QString& key);

struct Applicant
{
    QString name;
    QString ubn;
    QDate established;
    QString address;
    QString representative;
    int employees = 0;
    double registeredCapital = 0;
    double paidInCapital = 0;
    QMap<QString, double> revenue; // year → NT$ thousand
    QString industryCode;
    double netWorth = 0;
    bool mainlandCapital = false;
    bool branchOffice = false;
    bool bankRejected = false;
    // The applicant declares a relation to a public official under 公職人員利益衝突迴避法 第14條 (附件3 企業聲明),
    // so the 第14條第2項 揭露表 (附件6) is due; optional, false when absent.
    bool publicOfficialRelation = false;
};

struct Person
{
    QString name;
    QString title;
    QString phone;
    QString email;
};

struct Solution
{
    QString name;
    QString tcloud; // never, past, current
    double price = 0;
    int organizations = 0;
    QList<int> categories;
};

struct IntendedOrganization
{
    QString name;
    QString ubn;
    QString type; // 甲…庚 (004 附件7 註1)
    QString industry;
    QString city;
    bool mou = false; // a 合作意向書 (MOU) is attached for it (附件7 參、五 註3); optional
};

struct StaffMember
{
    int no = 0;
    QString name;
    QString role;
    bool toBeHired = false;
    bool security = false;
    double months = 0;
};

struct RecusalRequest
{
    QString name;
    QString organization;
    QString title;
    QString reason;
};

struct AttachmentRef
{
    QString file;
    QString type;
};

struct Proposal
{
    Category category = Category::Industry;
    QString title;
    QDate periodStart;
    QDate periodEnd;
    Person pi;
    Person contact;
    int kpiOrganizations = 0;
    QList<Solution> solutions;
    QList<IntendedOrganization> intendedOrganizations;
    QList<StaffMember> staff;

    // The solutions' 推動導入家數 added up (附件7 參、五(一)4 各雲端方案推動導入之產業或組織家數).
    int solutionsTotal() const;
    // The 推動家數 the subsidy cap follows: the lower of the declared 推動家數 and the solutions' total, which
    // 附件7 參、五(一)4 註2 requires to be equal (rule kpi.solutions_total says when they are not).
    int cappedKpi() const;
};

// One row of 計畫總經費預算表 (004 附件7 伍、一), in NT$ thousand.
struct BudgetLine
{
    QString item; // canonical key, e.g. "personnel.staff"
    double subsidy = 0;
    double selfFunded = 0;
    double security = 0;
    double total() const { return subsidy + selfFunded; }
};

struct Budget
{
    QList<BudgetLine> lines;          // accounting items in file order, without the total row
    std::optional<BudgetLine> stated; // the total row as written, when the file has one

    BudgetLine sum() const;                     // the sums of the item rows
    BudgetLine line(const QString& item) const; // zero when the item is absent
};

struct Dossier
{
    QString format;
    Applicant applicant;
    Proposal proposal;
    QList<RecusalRequest> recusalRequests;
    QList<AttachmentRef> attachments;
    QByteArray json; // application.json as received; unknown keys are kept here
};

} // namespace rd
