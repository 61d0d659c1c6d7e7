#include "models/demo/DemoRound.h"

#include "models/core/Ubn.h"
#include "models/demo/DemoGenerator.h"
#include "models/dossier/BudgetItems.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace rd::demo {

namespace {

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// ---- vocabulary ----------------------------------------------------------------------------------------

const QStringList& namePrefixes()
{
    static const QStringList list =
        words("雲翔 智匯 晨曦 青松 遠航 藍海 星辰 匯通 極光 長虹 聚點 邁達 凌雲 光譜 思維 新程 群策 "
              "恆智 易聯 碩網 博創 和鼎 沐風 天際");
    return list;
}
const QStringList& nameMiddles()
{
    static const QStringList list = words("資訊 科技 數位 雲端 資通 軟體 智能 網路 系統 數據 創新 互動");
    return list;
}
const QStringList& surnames()
{
    static const QStringList list =
        words("陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江 何 蕭 羅 高");
    return list;
}
const QStringList& givenNames()
{
    static const QStringList list =
        words("志明 淑芬 家豪 雅婷 冠宇 怡君 俊傑 佳穎 宗翰 欣怡 承恩 詩涵 建宏 美玲 柏翰 思妤 品睿 郁婷 "
              "文彬 靜宜 育誠 惠如 振宇 麗華");
    return list;
}
// Cities with districts (區, 市, 鎮, 鄉) of their own, so that an address names a district of its city.
struct Place
{
    QString city;
    QStringList districts;
};
const QList<Place>& places()
{
    static const QList<Place> list = {
        {QStringLiteral("臺北市"), words("中正區 大安區 信義區")},
        {QStringLiteral("新北市"), words("板橋區 新莊區 三重區")},
        {QStringLiteral("桃園市"), words("中壢區 桃園區 平鎮區")},
        {QStringLiteral("臺中市"), words("西屯區 北屯區 南屯區")},
        {QStringLiteral("臺南市"), words("東區 永康區 安平區")},
        {QStringLiteral("高雄市"), words("苓雅區 前鎮區 左營區")},
        {QStringLiteral("新竹縣"), words("竹北市 竹東鎮 湖口鄉")},
        {QStringLiteral("彰化縣"), words("員林市 彰化市 鹿港鎮")},
        {QStringLiteral("嘉義市"), words("東區 西區")},
        {QStringLiteral("宜蘭縣"), words("宜蘭市 羅東鎮 礁溪鄉")},
        {QStringLiteral("花蓮縣"), words("花蓮市 吉安鄉 壽豐鄉")},
        {QStringLiteral("屏東縣"), words("屏東市 潮州鎮 東港鎮")},
    };
    return list;
}
const QStringList& cities()
{
    static const QStringList list = [] {
        QStringList names;
        for (const Place& p : places())
            names << p.city;
        return names;
    }();
    return list;
}
// `city` is one of cities(), which come from the same table.
const QStringList& districtsOf(const QString& city)
{
    for (const Place& p : places())
        if (p.city == city)
            return p.districts;
    return places().first().districts;
}

const QList<Sector>& industrySectors()
{
    static const QList<Sector> list = {
        {"零售業", "雲端進銷存管理系統", "商行"},
        {"餐飲業", "雲端 POS 與線上點餐平台", "餐館"},
        {"製造業", "雲端生產排程與品質管理", "工業社"},
        {"物流業", "雲端車隊派遣與追蹤服務", "貨運行"},
        {"美容美髮業", "線上預約與會員經營平台", "工作室"},
        {"旅宿業", "雲端訂房與房務管理系統", "民宿"},
        {"汽車維修業", "雲端工單與零件庫存管理", "汽車保養廠"},
        {"補教業", "雲端課務與家長溝通平台", "文理補習班"},
        {"農產運銷業", "雲端產銷履歷與訂單平台", "農產行"},
        {"批發業", "雲端訂單與應收帳款管理", "企業社"},
    };
    return list;
}
const QList<Sector>& aiSectors()
{
    static const QList<Sector> list = {
        {"零售業", "AI 需求預測與自動補貨服務", "商行"},
        {"製造業", "AI 影像瑕疵檢測雲端服務", "工業社"},
        {"餐飲業", "AI 智慧客服與訂位助理", "餐館"},
        {"服務業", "AI 會議紀錄與知識管理平台", "顧問社"},
    };
    return list;
}
const QList<Sector>& themeSectors()
{
    static const QList<Sector> list = {
        {"診所", "雲端診所掛號與病歷管理系統", "診所"},
        {"社區藥局", "雲端藥局庫存與處方箋調劑系統", "藥局"},
        {"長照機構", "雲端長照個案管理與照護紀錄系統", "長照中心"},
    };
    return list;
}

// Senior experts a committee would draw from; applicants name some of them in their recusal lists.

const QList<Expert>& experts()
{
    static const QList<Expert> list = {
        {"林孟儒", "國立臺灣大學資訊工程學系", "教授"},
        {"陳怡安", "國立清華大學資訊系統與應用研究所", "副教授"},
        {"黃冠霖", "國立成功大學資訊工程學系", "教授"},
        {"張淑惠", "國立政治大學資訊管理學系", "教授"},
        {"吳承翰", "財團法人資訊工業策進會", "組長"},
        {"劉雅雯", "工業技術研究院資訊與通訊研究所", "研究員"},
        {"蔡宗憲", "國立臺北科技大學資訊與財金管理系", "副教授"},
        {"周佳蓉", "台灣雲端物聯網產業協會", "理事"},
        {"鄭明哲", "國立陽明交通大學資訊管理研究所", "教授"},
        {"許文馨", "財團法人中華民國國家資訊基本建設產業發展協進會", "顧問"},
    };
    return list;
}

class RoundBuilder
{
public:
    explicit RoundBuilder(quint32 seed) : m_random(seed) {}

    QList<DemoApplication> build(int count)
    {
        QList<DemoApplication> apps;
        for (int i = 0; i < count; ++i)
            apps.append(application(i, apps));
        // The first two applications without a planted breach share a plan; short proposals, so the shared
        // part is a good share of each.
        QList<int> clean;
        for (const DemoApplication& a : apps)
            if (a.breach.isEmpty())
                clean << a.index;
        if (clean.size() >= 2) {
            apps[clean.at(0)].sharedPlan = DemoApplication::SharedPlan::Original;
            apps[clean.at(1)].sharedPlan = DemoApplication::SharedPlan::Copy;
            apps[clean.at(0)].proposalPages = apps[clean.at(1)].proposalPages = 10;
        }
        return apps;
    }

private:
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    double uniform(double low, double high) { return low + m_random.generateDouble() * (high - low); }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }
    QString person() { return pick(surnames()) + pick(givenNames()); }

    QString uniqueUbn()
    {
        for (;;) {
            QString digits = QString::number(between(1000000, 9999999)).rightJustified(7, QLatin1Char('0'));
            for (int check = 0; check <= 9; ++check) {
                const QString candidate = digits + QString::number(check);
                if (isValidUbn(candidate, UbnDivisor::Before2023) && !m_usedUbns.contains(candidate)) {
                    m_usedUbns.insert(candidate);
                    return candidate;
                }
            }
        }
    }

    QString uniqueCompany()
    {
        for (;;) {
            const QString name = pick(namePrefixes()) + pick(nameMiddles()) +
                                 (m_random.bounded(3) ? QStringLiteral("股份有限公司") : QStringLiteral("有限公司"));
            if (!m_usedNames.contains(name)) {
                m_usedNames.insert(name);
                return name;
            }
        }
    }

    Org intendedOrg(const QString& type, const Sector& sector)
    {
        static const QStringList heads =
            words("好鄰居 福安 仁心 康寧 永豐 大同 信義 安心 和平 德馨 長青 順發 金源 承德 "
                  "新光 平安 合興 建隆 晨光 益民");
        const QString city = pick(cities());
        return {city.left(2) + pick(heads) + QString::fromUtf8(sector.orgWord), uniqueUbn(), type,
                QString::fromUtf8(sector.orgWord) == QLatin1String("診所") ? QStringLiteral("Q") : QStringLiteral("G"),
                city};
    }

    DemoApplication application(int i, const QList<DemoApplication>& before)
    {
        DemoApplication a;
        a.index = i;
        a.breach = DemoGenerator::breachFor(i);
        const int roll = between(0, 99);
        a.category = roll < 60   ? QStringLiteral("industry")
                     : roll < 85 ? QStringLiteral("ai")
                                 : QStringLiteral("theme");
        const auto& sectors = a.category == QLatin1String("industry") ? industrySectors()
                              : a.category == QLatin1String("ai")     ? aiSectors()
                                                                      : themeSectors();
        a.sector = pick(sectors);

        if (a.breach == QLatin1String("round.duplicate_applicant") && !before.isEmpty()) {
            const DemoApplication& same = before.last();
            a.company = same.company;
            a.ubn = same.ubn;
        } else {
            a.company = uniqueCompany();
            a.ubn = uniqueUbn();
        }
        if (a.breach == QLatin1String("eligibility.ubn")) {
            // Flip the check digit until the number fails under both the old and the new divisor.
            QString broken = a.ubn;
            for (int d = 0; d <= 9; ++d) {
                broken[7] = QChar(u'0' + d);
                if (!isValidUbn(broken))
                    break;
            }
            a.ubn = broken;
        }
        a.representative = person();
        a.city = pick(cities());
        a.address = a.city + pick(districtsOf(a.city)) +
                    QStringLiteral("民生路%1號%2樓").arg(between(1, 300)).arg(between(2, 15));
        a.established = QDate(between(1995, 2021), between(1, 12), between(1, 28));
        a.employees = between(12, 180);
        a.capital = between(5, 80) * 1000;
        const double base = a.employees * uniform(900, 1600);
        for (int year = 2022; year <= 2024; ++year)
            a.revenue.insert(QString::number(year),
                             std::round(base * (1 + 0.08 * (year - 2022)) * uniform(0.95, 1.05)));
        a.netWorth = std::round(a.capital * uniform(0.9, 2.2));
        const QStringList codes = {QStringLiteral("J62"), QStringLiteral("J6201"), QStringLiteral("J63"),
                                   QStringLiteral("J582"), QStringLiteral("J6202")};
        a.industryCode = pick(codes);
        if (a.breach == QLatin1String("eligibility.industry_code"))
            a.industryCode = QStringLiteral("M7020");
        if (a.breach == QLatin1String("eligibility.net_worth"))
            a.netWorth = -between(800, 4000);
        a.mainland = a.breach == QLatin1String("eligibility.mainland_capital");
        a.branch = a.breach == QLatin1String("eligibility.branch_office");
        a.bankRejected = a.breach == QLatin1String("eligibility.bank_rejected");

        const QString sector = QString::fromUtf8(a.sector.name);
        const QString solution = QString::fromUtf8(a.sector.solution);
        const QStringList patterns = {QStringLiteral("%1%2導入計畫"), QStringLiteral("推動%1導入%2數位轉型計畫"),
                                      QStringLiteral("%1%2推廣暨數據加值計畫")};
        a.title = pick(patterns).arg(sector, solution);
        if (a.breach == QLatin1String("round.duplicate_applicant"))
            a.title = QStringLiteral("推動%1導入%2擴散計畫").arg(sector, solution);
        if (a.breach == QLatin1String("proposal.period"))
            a.periodEnd = QDate(2025, 9, 30);
        a.pi = a.representative;
        a.contact = person();

        if (a.category == QLatin1String("industry")) {
            const QList<int> tiers = {50, 50, 100, 100, 200};
            a.kpi = pick(tiers) + between(0, 3) * 5;
        } else {
            a.kpi = 50 + between(0, 4) * 5;
        }
        if (a.breach == QLatin1String("kpi.minimum"))
            a.kpi = 40;

        // The solutions' 推動導入家數 add up to the 推動家數 (附件7 參、五(一)4 註2).
        const int solutionCount = between(1, 2);
        for (int s = 0; s < solutionCount; ++s) {
            DemoApplication::Sol sol;
            sol.name = s == 0 ? solution : QStringLiteral("雲端數據分析儀表板");
            sol.price = between(12, 60);
            sol.organizations = solutionCount == 1 ? a.kpi : s == 0 ? a.kpi - a.kpi / 2 : a.kpi / 2;
            a.solutions.append(sol);
        }

        // Intended organisations: comfortably above 40 % of the KPI, unless this one breaks that rule.
        double share = uniform(0.45, 0.7);
        if (a.breach == QLatin1String("kpi.intended_list_share"))
            share = 0.3;
        const int listed = int(std::ceil(a.kpi * share));
        const QStringList themeTypes = {QStringLiteral("戊"), QStringLiteral("己"), QStringLiteral("庚")};
        for (int k = 0; k < listed; ++k) {
            QString type = QStringLiteral("甲");
            if (a.category == QLatin1String("theme")) {
                const QString word = QString::fromUtf8(a.sector.orgWord);
                type = word == QLatin1String("診所")   ? themeTypes.at(0)
                       : word == QLatin1String("藥局") ? themeTypes.at(1)
                                                       : themeTypes.at(2);
            } else if (k % 9 == 4)
                type = QStringLiteral("乙");
            a.intended.append(intendedOrg(type, a.sector));
        }
        if (a.breach == QLatin1String("round.intended_overlap") && !before.isEmpty()) {
            const DemoApplication& other = before.first();
            for (int k = 0; k < 3 && k < other.intended.size(); ++k)
                a.intended[k] = other.intended.at(k);
        }

        const int staffCount = between(7, 12);
        const int toBeHired = a.breach == QLatin1String("staff.to_be_hired_share") ? int(std::ceil(staffCount * 0.4))
                                                                                   : between(0, staffCount * 3 / 10);
        const QStringList roles =
            words("計畫主持人 專案經理 系統架構師 後端工程師 前端工程師 資安工程師 導入顧問 客服專員 "
                  "數據分析師 業務推廣專員 測試工程師 UI設計師");
        for (int k = 0; k < staffCount; ++k) {
            Staff st;
            st.role = roles.at(k % roles.size());
            st.toBeHired = k >= staffCount - toBeHired;
            st.name = k == 0 ? a.pi : st.toBeHired ? QStringLiteral("待聘") : person();
            st.security = st.role == QLatin1String("資安工程師");
            st.months = k == 0 ? 6.0 : std::round(uniform(3, 6.3) * 10) / 10;
            a.staff.append(st);
        }

        const int recusalCount = between(0, 2);
        for (int k = 0; k < recusalCount; ++k) {
            const Expert& e = experts().at((i * 3 + k * 5) % experts().size());
            a.recusals.append(e);
        }

        a.budget = makeBudget(a);
        a.writeTotal = i % 5 != 4 || a.breach == QLatin1String("budget.totals");
        if (a.breach == QLatin1String("budget.totals"))
            a.statedSelfFundedDelta = 100;
        a.listAttachments = i % 3 != 1;
        a.withSlides = a.breach != QLatin1String("documents.required");
        a.withQuality = between(0, 1) == 1;
        a.withIntent = between(0, 1) == 1;
        a.corruptPdf = a.breach == QLatin1String("documents.unreadable");
        a.proposalPages = between(20, 60);
        a.scannedFinancials = i % 4 == 1;
        a.folderName = a.ubn + QLatin1Char('_') + a.company +
                       (a.breach == QLatin1String("round.duplicate_applicant") ? QStringLiteral("_2") : QString());
        return a;
    }

    double capFor(const DemoApplication& a) const
    {
        if (a.category != QLatin1String("industry"))
            return 2500;
        return a.kpi >= 200 ? 8000 : a.kpi >= 100 ? 4000 : 2000;
    }

    // A budget that meets every rule of 004 捌、一(四), then bent where this application breaks one.
    QList<BudgetLine> makeBudget(const DemoApplication& a)
    {
        const QString& b = a.breach;
        const double cap = a.kpi < 50 ? 2000 : capFor(a);
        double subsidy = std::round(cap * uniform(0.6, 0.97) / 10) * 10;
        if (b == QLatin1String("budget.subsidy_cap"))
            subsidy = cap + 300;
        double subsidyRatio = uniform(0.40, 0.49);
        if (b == QLatin1String("budget.subsidy_share"))
            subsidyRatio = 0.54;
        const double total = std::round(subsidy / subsidyRatio);

        struct Share
        {
            const char* item;
            double low, high;
        };
        QList<Share> shares = {{"personnel.advisors", 0.02, 0.04},    {"equipment.use", 0.05, 0.09},
                               {"equipment.maintenance", 0.01, 0.02}, {"intangible.import", 0.0, 0.03},
                               {"research.commissioned", 0.0, 0.03},  {"services.commissioned", 0.05, 0.08},
                               {"certification", 0.02, 0.04},         {"travel.domestic", 0.01, 0.02},
                               {"promotion.events", 0.08, 0.12},      {"promotion.ads", 0.02, 0.04}};
        QMap<QString, double> amounts;
        double allocated = 0;
        for (const Share& s : shares) {
            double share = uniform(s.low, s.high);
            if (b == QLatin1String("budget.outsourcing_share") && qstrcmp(s.item, "services.commissioned") == 0)
                share = 0.19;
            if (b == QLatin1String("budget.promotion_share") && qstrcmp(s.item, "promotion.events") == 0)
                share = 0.24;
            amounts[QLatin1String(s.item)] = std::round(total * share);
            allocated += amounts[QLatin1String(s.item)];
        }
        amounts[QStringLiteral("personnel.staff")] = total - allocated;

        // Subsidy in proportion to each item; advertising stays self-funded (捌、一(四)5).
        const double ads = amounts.value(QStringLiteral("promotion.ads"));
        const double ratio = subsidy / (total - ads);
        QList<BudgetLine> lines;
        double subsidyAllocated = 0;
        for (const QString& item : budget::itemKeys()) {
            BudgetLine line;
            line.item = item;
            const double amount = amounts.value(item);
            line.subsidy = item == QLatin1String("promotion.ads") ? 0 : std::floor(amount * ratio);
            line.selfFunded = amount - line.subsidy;
            subsidyAllocated += line.subsidy;
            lines.append(line);
        }
        lines[0].subsidy += subsidy - subsidyAllocated; // rounding residue to 計畫人員
        lines[0].selfFunded -= subsidy - subsidyAllocated;
        if (b == QLatin1String("budget.ads_self_funded")) {
            BudgetLine& adsLine = lines[10];
            adsLine.subsidy = 60;
            adsLine.selfFunded -= 60;
            lines[0].subsidy -= 60;
            lines[0].selfFunded += 60;
        }

        // Security budget: certification in full, the rest from staff and commissioned services.
        double target = std::ceil(total * uniform(0.08, 0.12));
        if (b == QLatin1String("budget.security_share"))
            target = std::floor(total * 0.0694); // 6.94 % → 6.9 % after rounding: fails
        else if (a.index == 2)
            target = std::ceil(total * 0.0696); // 6.96 % → 7.0 % after rounding: passes at the boundary
        BudgetLine& certification = lines[7];
        certification.security = qMin(target, certification.total());
        double remaining = target - certification.security;
        BudgetLine& services = lines[6];
        services.security = qMin(std::round(remaining / 2), services.total());
        remaining -= services.security;
        lines[0].security = remaining;
        return lines;
    }

    QRandomGenerator m_random;
    QSet<QString> m_usedUbns;
    QSet<QString> m_usedNames;
};

} // namespace

QList<CommitteeMember> committee(int count)
{
    QList<CommitteeMember> members;
    for (const Expert& e : experts())
        members.append(
            {QString::fromUtf8(e.name), QString::fromUtf8(e.organization), QString::fromUtf8(e.title), false});
    // The seventh seat goes to the agency, as committees include one or two internal members.
    members.insert(qMin(6, int(members.size())),
                   {QStringLiteral("李宗翰"), QStringLiteral("數位發展部數位產業署"), QStringLiteral("科長"), true});
    const QStringList universities = {
        QStringLiteral("國立中央大學資訊管理學系"), QStringLiteral("國立中山大學資訊工程學系"),
        QStringLiteral("國立中興大學資訊管理學系"), QStringLiteral("國立臺灣科技大學資訊管理系"),
        QStringLiteral("國立中正大學資訊工程學系")};
    QRandomGenerator random(7);
    for (int i = int(members.size()); i < count; ++i)
        members.append({surnames().at(int(random.bounded(int(surnames().size())))) +
                            givenNames().at(int(random.bounded(int(givenNames().size())))),
                        universities.at(i % universities.size()), QStringLiteral("副教授"), false});
    return members.mid(0, count);
}

QList<DemoApplication> buildRound(quint32 seed, int count)
{
    return RoundBuilder(seed).build(count);
}

} // namespace rd::demo
