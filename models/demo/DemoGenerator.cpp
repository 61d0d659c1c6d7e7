#include "demo/DemoGenerator.h"

#include "core/Ubn.h"
#include "demo/PdfComposer.h"
#include "dossier/BudgetItems.h"
#include "dossier/Dossier.h"
#include "rules/FindingText.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringEncoder>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace rd {

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
const QStringList& cities()
{
    static const QStringList list =
        words("臺北市 新北市 桃園市 臺中市 臺南市 高雄市 新竹縣 彰化縣 嘉義市 宜蘭縣 花蓮縣 屏東縣");
    return list;
}
const QStringList& districts()
{
    static const QStringList list = words("中正區 大安區 信義區 板橋區 中壢區 西屯區 東區 苓雅區 竹北市 員林市");
    return list;
}

struct Sector
{
    const char* name;
    const char* solution;
    const char* orgWord;
};
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
struct Expert
{
    const char* name;
    const char* organization;
    const char* title;
};
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

const QStringList& sentenceBank()
{
    static const QStringList list = {
        QStringLiteral(
            "本計畫將協助{sector}之中小微型企業導入「{solution}」，透過雲端服務即時掌握營運數據，降低人工作業成本。"),
        QStringLiteral("{company}長期深耕{sector}資訊服務，累積超過{n}家客戶導入經驗，熟悉產業作業流程與痛點。"),
        QStringLiteral("方案建構於公有雲平台，採多租戶架構並提供服務水準協議（SLA），系統可用性承諾達 99.5% 以上。"),
        QStringLiteral("資安部署方面，本案落實存取控制、資料加密傳輸與每日備份，並委託第三方進行弱點掃描與滲透測試。"),
        QStringLiteral("導入輔導採分階段進行：需求訪談、系統設定、資料轉換、教育訓練及上線後一個月之陪跑服務。"),
        QStringLiteral("推廣策略結合在地公協會與通路夥伴，於{city}等地舉辦說明會，預計觸及{n}家潛在客戶。"),
        QStringLiteral("預期計畫結束時完成{kpi}家產業或組織導入，方案銷售總額達新臺幣{m}千元，並上架臺灣雲市集。"),
        QStringLiteral("經費編列依會計科目規定辦理，補助款與自籌款按比例編列，資訊安全經費占計畫總經費 7% 以上。"),
        QStringLiteral("客服支援時段為週一至週五上午九時至下午六時，重大事件提供二十四小時緊急聯繫窗口。"),
        QStringLiteral("服務中斷時依契約約定提供服務費用折抵，並於事件排除後提出事件報告與改善措施。"),
        QStringLiteral(
            "問題回應分為三個等級，第一級事件於一小時內回應，第二級於四小時內回應，第三級於一個工作天內回應。"),
        QStringLiteral("復原點目標（RPO）為二十四小時，每日進行異地備份，確保資料可攜與移轉。"),
        QStringLiteral("數據分析儀表板提供營收、來客數與庫存週轉等指標，協助經營者以數據做出決策。"),
        QStringLiteral("計畫團隊由專案經理統籌，下設系統開發組、導入輔導組與資安維運組，分工明確。"),
        QStringLiteral("本計畫之關鍵績效指標包含推動家數、方案銷售總額、上架臺灣雲市集方案數及服務使用人次。"),
        QStringLiteral("為確保導入成效，每家產業或組織應具至少一個月之方案使用紀錄，並定期回饋使用意見。"),
        QStringLiteral("本公司已取得 ISO 27001 資訊安全管理系統驗證，並持續通過年度稽核。"),
        QStringLiteral("市場分析顯示，{sector}業者之數位化程度仍低，約有六成業者仍以紙本或試算表管理日常營運。"),
        QStringLiteral("雲端方案提供開放 API 與標準格式匯出功能，產業或組織終止服務時可完整取回其資料。"),
        QStringLiteral("教育訓練課程涵蓋系統操作、資料安全觀念與常見問題排除，並提供線上教學影片。"),
        QStringLiteral("為降低導入門檻，本案提供到府設定與資料建檔協助，使業者於兩週內即可上線使用。"),
        QStringLiteral("方案採訂閱制收費，月費新臺幣{price}千元，產業或組織自付款為方案定價之 50%。"),
    };
    return list;
}

// ---- the round's data ---------------------------------------------------------------------------------

struct Org
{
    QString name, ubn, type, industry, city;
};
struct Staff
{
    QString name, role;
    bool toBeHired = false, security = false;
    double months = 6;
};

struct DemoApplication
{
    int index = 0;
    QString breach;
    QString folderName;
    QString company, ubn, representative, city, address, industryCode = QStringLiteral("J62");
    QDate established;
    int employees = 0;
    double capital = 0, netWorth = 0;
    QMap<QString, double> revenue;
    bool mainland = false, branch = false, bankRejected = false;
    QString category;
    Sector sector{};
    QString title;
    QDate periodStart{2025, 1, 1}, periodEnd{2025, 7, 10};
    QString pi, piTitle = QStringLiteral("總經理"), contact;
    int kpi = 50;
    struct Sol
    {
        QString name;
        double price = 0;
        int organizations = 0;
    };
    QList<Sol> solutions;
    QList<Org> intended;
    QList<Staff> staff;
    QList<Expert> recusals;
    QList<BudgetLine> budget;
    bool writeTotal = true;
    double statedSelfFundedDelta = 0;
    bool listAttachments = true, withSlides = true, withQuality = false, withIntent = false, corruptPdf = false;
    int proposalPages = 30;
};

class RoundBuilder
{
public:
    explicit RoundBuilder(quint32 seed) : m_random(seed) {}

    QList<DemoApplication> build(int count)
    {
        QList<DemoApplication> apps;
        for (int i = 0; i < count; ++i)
            apps.append(application(i, apps));
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
        a.address =
            a.city + pick(districts()) + QStringLiteral("民生路%1號%2樓").arg(between(1, 300)).arg(between(2, 15));
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

        const int solutionCount = between(1, 2);
        for (int s = 0; s < solutionCount; ++s) {
            DemoApplication::Sol sol;
            sol.name = s == 0 ? solution : QStringLiteral("雲端數據分析儀表板");
            sol.price = between(12, 60);
            sol.organizations = s == 0 ? a.kpi : a.kpi / 2;
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

// ---- writing one dossier --------------------------------------------------------------------------------

QString fill(QString sentence, const DemoApplication& a, QRandomGenerator& random)
{
    sentence.replace(QStringLiteral("{sector}"), QString::fromUtf8(a.sector.name));
    sentence.replace(QStringLiteral("{solution}"), a.solutions.first().name);
    sentence.replace(QStringLiteral("{company}"), a.company);
    sentence.replace(QStringLiteral("{city}"), a.city);
    sentence.replace(QStringLiteral("{kpi}"), QString::number(a.kpi));
    sentence.replace(QStringLiteral("{n}"), QString::number(20 + random.bounded(300)));
    sentence.replace(QStringLiteral("{m}"), FindingText::amount(a.kpi * a.solutions.first().price * 12));
    sentence.replace(QStringLiteral("{price}"), QString::number(a.solutions.first().price));
    return sentence;
}

QString prose(const DemoApplication& a, QRandomGenerator& random, int sentences)
{
    QString out;
    for (int i = 0; i < sentences; ++i)
        out += fill(sentenceBank().at(int(random.bounded(int(sentenceBank().size())))), a, random);
    return out;
}

QString money(double v)
{
    return FindingText::amount(v);
}

BudgetLine totalOf(const QList<BudgetLine>& lines)
{
    BudgetLine t;
    t.item = QStringLiteral("total");
    for (const BudgetLine& l : lines) {
        t.subsidy += l.subsidy;
        t.selfFunded += l.selfFunded;
        t.security += l.security;
    }
    return t;
}

QList<QStringList> budgetRows(const DemoApplication& a)
{
    QList<QStringList> rows;
    for (const BudgetLine& l : a.budget)
        rows << QStringList{budget::formLabel(l.item), money(l.subsidy), money(l.selfFunded), money(l.total()),
                            money(l.security)};
    const BudgetLine t = totalOf(a.budget);
    rows << QStringList{QStringLiteral("計畫總經費"), money(t.subsidy), money(t.selfFunded), money(t.total()),
                        money(t.security)};
    return rows;
}

void writeProposal(const QString& path, const DemoApplication& a, QRandomGenerator& random)
{
    PdfComposer pdf(path, a.title);
    pdf.setFooter(a.company + QStringLiteral("｜") + a.title);
    pdf.spacer(40);
    pdf.title(QStringLiteral("數位發展部數位產業署\n導入雲端方案數位轉型計畫"));
    pdf.title(a.title);
    pdf.title(QStringLiteral("計畫書"));
    pdf.spacer(30);
    pdf.paragraph(QStringLiteral("申請單位：%1\n統一編號：%2\n計畫期間：%3 至 %4")
                      .arg(a.company, a.ubn, a.periodStart.toString(Qt::ISODate), a.periodEnd.toString(Qt::ISODate)));
    pdf.newPage();

    pdf.heading(QStringLiteral("壹、公司概況"));
    pdf.heading(QStringLiteral("一、公司基本資料"));
    pdf.table({QStringLiteral("項目"), QStringLiteral("內容")},
              {{QStringLiteral("公司名稱"), a.company},
               {QStringLiteral("統一編號"), a.ubn},
               {QStringLiteral("設立日期"), a.established.toString(Qt::ISODate)},
               {QStringLiteral("負責人"), a.representative},
               {QStringLiteral("員工人數"), QString::number(a.employees)},
               {QStringLiteral("實收資本額（千元）"), money(a.capital)},
               {QStringLiteral("行業代碼"), a.industryCode},
               {QStringLiteral("公司地址"), a.address}},
              {0.3, 0.7});
    pdf.heading(QStringLiteral("二、經營團隊及執行能力"));
    pdf.paragraph(prose(a, random, 6));

    pdf.heading(QStringLiteral("貳、計畫主題說明"));
    pdf.heading(QStringLiteral("一、提案類別"));
    pdf.paragraph(a.category == QLatin1String("industry")
                      ? QStringLiteral("■ 各行各業數位轉型 □ AI 數位技術應用 □ 主題產業數位轉型")
                  : a.category == QLatin1String("ai")
                      ? QStringLiteral("□ 各行各業數位轉型 ■ AI 數位技術應用 □ 主題產業數位轉型")
                      : QStringLiteral("□ 各行各業數位轉型 □ AI 數位技術應用 ■ 主題產業數位轉型"));
    pdf.heading(QStringLiteral("二、目標市場分析"));
    pdf.paragraph(prose(a, random, 8));
    pdf.heading(QStringLiteral("三、計畫創新性"));
    pdf.paragraph(prose(a, random, 8));

    pdf.heading(QStringLiteral("參、計畫內容與實施方法"));
    pdf.heading(QStringLiteral("一、雲端方案總表"));
    QList<QStringList> solutionRows;
    for (int s = 0; s < a.solutions.size(); ++s)
        solutionRows << QStringList{QString::number(s + 1), a.solutions.at(s).name, money(a.solutions.at(s).price),
                                    QString::number(a.solutions.at(s).organizations)};
    pdf.table({QStringLiteral("項次"), QStringLiteral("雲端方案名稱"), QStringLiteral("定價（千元/年）"),
               QStringLiteral("推動家數")},
              solutionRows, {0.1, 0.5, 0.2, 0.2});
    pdf.heading(QStringLiteral("二、雲端方案內容"));
    pdf.heading(QStringLiteral("三、營運服務規劃"));
    pdf.heading(QStringLiteral("四、實施方法"));
    // The body grows until the proposal reaches its planned length, as real proposals vary.
    int section = 1;
    while (pdf.pageCount() < a.proposalPages - 4) {
        pdf.heading(QStringLiteral("（%1）工作項目與執行方式").arg(section++));
        pdf.paragraph(prose(a, random, 10));
        pdf.bullets({prose(a, random, 1), prose(a, random, 1), prose(a, random, 1)});
    }
    pdf.heading(QStringLiteral("資訊安全規劃"));
    const BudgetLine total = totalOf(a.budget);
    pdf.table({QStringLiteral("會計科目"), QStringLiteral("資訊安全項目"), QStringLiteral("金額（千元）")},
              {{QStringLiteral("驗證費"), QStringLiteral("資訊安全驗證評估"), money(a.budget.at(7).security)},
               {QStringLiteral("委託勞務費"), QStringLiteral("弱點掃描與滲透測試"), money(a.budget.at(6).security)},
               {QStringLiteral("計畫人員"), QStringLiteral("資安維運人力"), money(a.budget.at(0).security)},
               {QStringLiteral("資訊安全經費合計 (A)"), QString(), money(total.security)},
               {QStringLiteral("計畫總經費 (B)"), QString(), money(total.total())}},
              {0.35, 0.4, 0.25});
    pdf.heading(QStringLiteral("五、預期效益"));
    pdf.paragraph(prose(a, random, 4));
    QList<QStringList> orgRows;
    for (int k = 0; k < a.intended.size(); ++k)
        orgRows << QStringList{QString::number(k + 1), a.intended.at(k).type, a.intended.at(k).name,
                               a.intended.at(k).ubn, a.intended.at(k).city};
    pdf.table({QStringLiteral("序號"), QStringLiteral("類別"), QStringLiteral("公司/組織名稱"),
               QStringLiteral("統一編號"), QStringLiteral("所在地")},
              orgRows, {0.1, 0.1, 0.4, 0.2, 0.2});
    pdf.heading(QStringLiteral("六、計畫執行時程及查核點"));
    pdf.table({QStringLiteral("查核點"), QStringLiteral("預定完成日"), QStringLiteral("說明")},
              {{QStringLiteral("A1"), QStringLiteral("2025-03-31"), QStringLiteral("完成 30% 產業或組織導入")},
               {QStringLiteral("A2"), QStringLiteral("2025-05-31"), QStringLiteral("完成 70% 產業或組織導入")},
               {QStringLiteral("A3"), a.periodEnd.toString(Qt::ISODate), QStringLiteral("完成全部導入並提交結案報告")}},
              {0.2, 0.3, 0.5});

    pdf.heading(QStringLiteral("肆、計畫團隊說明"));
    pdf.heading(QStringLiteral("二、計畫人員資料"));
    QList<QStringList> staffRows;
    for (int k = 0; k < a.staff.size(); ++k)
        staffRows << QStringList{QString::number(k + 1), a.staff.at(k).name, a.staff.at(k).role,
                                 a.staff.at(k).toBeHired ? QStringLiteral("是") : QStringLiteral("否"),
                                 QString::number(a.staff.at(k).months, 'f', 1)};
    pdf.table({QStringLiteral("編號"), QStringLiteral("姓名"), QStringLiteral("職稱"), QStringLiteral("待聘"),
               QStringLiteral("投入人月")},
              staffRows, {0.1, 0.2, 0.35, 0.15, 0.2});
    pdf.heading(QStringLiteral("伍、計畫經費需求"));
    pdf.heading(QStringLiteral("一、計畫總經費預算表（單位：新臺幣千元）"));
    pdf.table({QStringLiteral("會計科目"), QStringLiteral("補助款"), QStringLiteral("自籌款"), QStringLiteral("合計"),
               QStringLiteral("資安經費")},
              budgetRows(a), {0.32, 0.17, 0.17, 0.17, 0.17});
    pdf.finish();
}

void writeSlides(const QString& path, const DemoApplication& a, QRandomGenerator& random)
{
    PdfComposer pdf(path, a.title, PdfComposer::Orientation::Landscape);
    pdf.setFooter(a.company);
    pdf.slide(a.title,
              {a.company, QStringLiteral("專業審查簡報"), QStringLiteral("簡報人：%1 %2").arg(a.pi, a.piTitle)});
    pdf.slide(QStringLiteral("企業簡介"),
              {QStringLiteral("成立於 %1 年，員工 %2 人").arg(a.established.year()).arg(a.employees),
               prose(a, random, 1), prose(a, random, 1)});
    pdf.slide(QStringLiteral("計畫目標"),
              {QStringLiteral("推動 %1 家產業或組織導入雲端方案").arg(a.kpi), prose(a, random, 1)});
    pdf.slide(QStringLiteral("計畫創新性"), {prose(a, random, 1), prose(a, random, 1)});
    pdf.slide(QStringLiteral("計畫實施方法"), {prose(a, random, 1), prose(a, random, 1), prose(a, random, 1)});
    pdf.slide(QStringLiteral("重要工作項目"),
              {QStringLiteral("需求訪談與方案設定"), QStringLiteral("資料轉換與教育訓練"),
               QStringLiteral("上線陪跑與成效追蹤")});
    pdf.slide(QStringLiteral("預期期程及進度"),
              {QStringLiteral("%1 至 %2").arg(a.periodStart.toString(Qt::ISODate), a.periodEnd.toString(Qt::ISODate)),
               QStringLiteral("查核點 A1、A2、A3")});
    const BudgetLine total = totalOf(a.budget);
    pdf.slide(QStringLiteral("經費及人力配置"),
              {QStringLiteral("總經費 %1 千元，補助款 %2 千元，自籌款 %3 千元")
                   .arg(money(total.total()), money(total.subsidy), money(total.selfFunded)),
               QStringLiteral("資安經費 %1 千元").arg(money(total.security)),
               QStringLiteral("計畫人員 %1 名").arg(a.staff.size())});
    pdf.slide(QStringLiteral("關鍵績效指標"), {QStringLiteral("推動家數 %1 家").arg(a.kpi), prose(a, random, 1)});
    const int extra = int(random.bounded(5));
    for (int k = 0; k < extra; ++k)
        pdf.slide(QStringLiteral("補充說明 %1").arg(k + 1), {prose(a, random, 1), prose(a, random, 1)});
    pdf.finish();
}

void writeFinancials(const QString& path, const DemoApplication& a, int rocYear)
{
    const QString year = QString::number(rocYear + 1911);
    const double revenue = a.revenue.value(year, a.revenue.first());
    const double equity = a.netWorth * (1 - 0.1 * (113 - rocYear));
    const double liabilities = std::round(std::abs(equity) * 0.8 + revenue * 0.15);
    PdfComposer pdf(path, QStringLiteral("%1年度財務查核報告書").arg(rocYear));
    pdf.setFooter(a.company);
    pdf.title(QStringLiteral("%1\n%2年度財務報表暨會計師查核報告").arg(a.company).arg(rocYear));
    pdf.paragraph(QStringLiteral("%1 公鑒：上開財務報表業經本會計師依照會計師查核簽證財務報表規則及審計準則查核竣事，"
                                 "足以允當表達該公司民國%2年12月31日之財務狀況。")
                      .arg(a.company)
                      .arg(rocYear));
    pdf.newPage();
    pdf.heading(QStringLiteral("資產負債表（單位：新臺幣千元）"));
    pdf.table({QStringLiteral("會計項目"), QStringLiteral("金額")},
              {{QStringLiteral("現金及約當現金"), money(std::round((liabilities + equity) * 0.35))},
               {QStringLiteral("應收帳款"), money(std::round((liabilities + equity) * 0.25))},
               {QStringLiteral("不動產、廠房及設備"), money(std::round((liabilities + equity) * 0.4))},
               {QStringLiteral("資產總計"), money(liabilities + equity)},
               {QStringLiteral("負債總計"), money(liabilities)},
               {QStringLiteral("權益總計"), money(equity)}},
              {0.6, 0.4});
    pdf.newPage();
    pdf.heading(QStringLiteral("綜合損益表（單位：新臺幣千元）"));
    pdf.table({QStringLiteral("會計項目"), QStringLiteral("金額")},
              {{QStringLiteral("營業收入"), money(revenue)},
               {QStringLiteral("營業成本"), money(std::round(revenue * 0.58))},
               {QStringLiteral("營業毛利"), money(std::round(revenue * 0.42))},
               {QStringLiteral("營業費用"), money(std::round(revenue * 0.33))},
               {QStringLiteral("本期淨利"), money(std::round(revenue * 0.07))}},
              {0.6, 0.4});
    pdf.finish();
}

void writeShortDocument(const QString& path, const QString& title, const DemoApplication& a, const QString& body,
                        const QList<QStringList>& rows = {}, const QStringList& header = {})
{
    PdfComposer pdf(path, title);
    pdf.setFooter(a.company);
    pdf.title(title);
    pdf.paragraph(body);
    if (!rows.isEmpty()) {
        QList<double> widths;
        for (int c = 0; c < header.size(); ++c)
            widths << 1.0 / header.size();
        pdf.table(header, rows, widths);
    }
    pdf.spacer(20);
    pdf.paragraph(QStringLiteral("立書人：%1　負責人：%2　（公司大小章）").arg(a.company, a.representative));
    pdf.finish();
}

QJsonObject applicationJson(const DemoApplication& a, const QList<QPair<QString, QString>>& attachmentList)
{
    QJsonObject revenue;
    for (auto it = a.revenue.begin(); it != a.revenue.end(); ++it)
        revenue.insert(it.key(), it.value());
    QJsonArray solutions;
    for (const auto& s : a.solutions)
        solutions.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("tcloud"), QStringLiteral("current")},
                                     {QStringLiteral("price"), s.price},
                                     {QStringLiteral("organizations"), s.organizations},
                                     {QStringLiteral("categories"), QJsonArray{1, 3}}});
    QJsonArray intended;
    for (const Org& o : a.intended)
        intended.append(QJsonObject{{QStringLiteral("name"), o.name},
                                    {QStringLiteral("ubn"), o.ubn},
                                    {QStringLiteral("type"), o.type},
                                    {QStringLiteral("industry"), o.industry},
                                    {QStringLiteral("city"), o.city}});
    QJsonArray staff;
    for (int k = 0; k < a.staff.size(); ++k)
        staff.append(QJsonObject{{QStringLiteral("no"), k + 1},
                                 {QStringLiteral("name"), a.staff.at(k).name},
                                 {QStringLiteral("role"), a.staff.at(k).role},
                                 {QStringLiteral("to_be_hired"), a.staff.at(k).toBeHired},
                                 {QStringLiteral("security"), a.staff.at(k).security},
                                 {QStringLiteral("months"), a.staff.at(k).months}});
    QJsonArray recusals;
    static const QStringList reasons = {QStringLiteral("曾任本公司顧問"), QStringLiteral("為競爭廠商之技術顧問"),
                                        QStringLiteral("與本公司有合作案進行中")};
    for (int k = 0; k < a.recusals.size(); ++k)
        recusals.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(a.recusals.at(k).name)},
                                    {QStringLiteral("organization"), QString::fromUtf8(a.recusals.at(k).organization)},
                                    {QStringLiteral("title"), QString::fromUtf8(a.recusals.at(k).title)},
                                    {QStringLiteral("reason"), reasons.at((a.index + k) % reasons.size())}});
    const QString domain = QStringLiteral("example%1.com.tw").arg(a.index);
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("reviewdesk.dossier/1")},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("name"), a.company},
                                                  {QStringLiteral("ubn"), a.ubn},
                                                  {QStringLiteral("established"), a.established.toString(Qt::ISODate)},
                                                  {QStringLiteral("address"), a.address},
                                                  {QStringLiteral("representative"), a.representative},
                                                  {QStringLiteral("employees"), a.employees},
                                                  {QStringLiteral("registered_capital"), a.capital},
                                                  {QStringLiteral("paid_in_capital"), a.capital},
                                                  {QStringLiteral("revenue"), revenue},
                                                  {QStringLiteral("industry_code"), a.industryCode},
                                                  {QStringLiteral("net_worth"), a.netWorth},
                                                  {QStringLiteral("mainland_capital"), a.mainland},
                                                  {QStringLiteral("branch_office"), a.branch},
                                                  {QStringLiteral("bank_rejected"), a.bankRejected}}},
        {QStringLiteral("proposal"),
         QJsonObject{
             {QStringLiteral("category"), a.category},
             {QStringLiteral("title"), a.title},
             {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), a.periodStart.toString(Qt::ISODate)},
                                                    {QStringLiteral("end"), a.periodEnd.toString(Qt::ISODate)}}},
             {QStringLiteral("pi"),
              QJsonObject{{QStringLiteral("name"), a.pi},
                          {QStringLiteral("title"), a.piTitle},
                          {QStringLiteral("phone"), QStringLiteral("02-2396-%1").arg(1000 + a.index)},
                          {QStringLiteral("email"), QString(QStringLiteral("pi@") + domain)}}},
             {QStringLiteral("contact"),
              QJsonObject{{QStringLiteral("name"), a.contact},
                          {QStringLiteral("title"), QStringLiteral("專案經理")},
                          {QStringLiteral("phone"), QStringLiteral("02-2396-%1").arg(5000 + a.index)},
                          {QStringLiteral("email"), QString(QStringLiteral("pm@") + domain)}}},
             {QStringLiteral("kpi_organizations"), a.kpi},
             {QStringLiteral("solutions"), solutions},
             {QStringLiteral("intended_organizations"), intended},
             {QStringLiteral("staff"), staff}}},
        {QStringLiteral("recusal_requests"), recusals},
    };
    if (a.listAttachments) {
        QJsonArray list;
        for (const auto& [file, type] : attachmentList)
            list.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("type"), type}});
        root.insert(QStringLiteral("attachments"), list);
    }
    return root;
}

Status writeBudget(const QDir& dir, const DemoApplication& a)
{
    QList<BudgetLine> rows = a.budget;
    if (a.writeTotal) {
        BudgetLine t = totalOf(a.budget);
        t.selfFunded += a.statedSelfFundedDelta;
        rows.append(t);
    }
    // Sanitizer builds cannot write XLSX (xlsx/XlsxWorkbook.h); they write that share as CSV with BOM.
    const int variant = a.index % 4 == 1 && !XlsxWorkbook::isAvailable() ? 3 : a.index % 4;
    if (variant == 1) {
        // XLSX, Chinese labels in the item column, as program offices often receive it.
        auto book = XlsxWorkbook::create(dir.filePath(QStringLiteral("budget.xlsx")));
        if (!book)
            return Status::failure(book.error());
        if (auto sheet = (*book)->addWorksheet(QStringLiteral("計畫總經費預算表")); !sheet)
            return sheet;
        const QStringList header = {QStringLiteral("item"), QStringLiteral("subsidy"), QStringLiteral("self_funded"),
                                    QStringLiteral("security")};
        for (int c = 0; c < header.size(); ++c)
            (*book)->writeString(0, c, header.at(c), true);
        for (int r = 0; r < rows.size(); ++r) {
            const BudgetLine& l = rows.at(r);
            (*book)->writeString(r + 1, 0,
                                 l.item == QLatin1String("total")
                                     ? QStringLiteral("計畫總經費")
                                     : QStringLiteral("(%1)%2").arg(r + 1).arg(budget::formLabel(l.item)));
            (*book)->writeNumber(r + 1, 1, l.subsidy);
            (*book)->writeNumber(r + 1, 2, l.selfFunded);
            (*book)->writeNumber(r + 1, 3, l.security);
        }
        return (*book)->close();
    }
    QString csv;
    const bool chinese = variant == 2;
    csv += chinese ? QStringLiteral("會計科目,補助款,自籌款,資安經費\r\n")
                   : QStringLiteral("item,subsidy,self_funded,security\n");
    for (const BudgetLine& l : rows) {
        const QString item = chinese ? budget::formLabel(l.item) : l.item;
        if (chinese) // Excel on Taiwanese Windows: thousands separators, quoted
            csv += QStringLiteral("%1,\"%2\",\"%3\",\"%4\"\r\n")
                       .arg(item, QLocale(QLocale::English).toString(l.subsidy, 'f', 0),
                            QLocale(QLocale::English).toString(l.selfFunded, 'f', 0),
                            QLocale(QLocale::English).toString(l.security, 'f', 0));
        else
            csv += QStringLiteral("%1,%2,%3,%4\n").arg(item).arg(l.subsidy).arg(l.selfFunded).arg(l.security);
    }
    QByteArray bytes;
    if (chinese) {
        QStringEncoder big5("windows-950");
        bytes = big5(csv);
    } else {
        bytes = csv.toUtf8();
        if (variant == 3)
            bytes.prepend("\xEF\xBB\xBF");
    }
    QFile file(dir.filePath(QStringLiteral("budget.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Status::failure(QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(file.fileName()));
    return {};
}

Status writeDossier(const QString& root, const DemoApplication& a, quint32 seed)
{
    QDir dir(root);
    if (!dir.mkpath(a.folderName) || !dir.cd(a.folderName))
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "cannot create %1").arg(dir.filePath(a.folderName)));
    QRandomGenerator random(seed ^ (0x9E3779B9u * quint32(a.index + 1)));
    QList<QPair<QString, QString>> attachments;
    auto file = [&](const QString& documentName, const QString& type) {
        const QString name = documentName + QLatin1Char('_') + a.company + QStringLiteral(".pdf");
        attachments.append({name, type});
        return dir.filePath(name);
    };

    writeShortDocument(
        file(QStringLiteral("計畫申請表"), QStringLiteral("application_form")),
        QStringLiteral("計畫申請表暨企業聲明/同意書"), a,
        QStringLiteral("本企業申請「%1」，所填資料均屬實。本企業非屬銀行拒絕往來戶，非陸資企業，亦非分公司。")
            .arg(a.title),
        {{QStringLiteral("申請單位"), a.company},
         {QStringLiteral("統一編號"), a.ubn},
         {QStringLiteral("計畫名稱"), a.title},
         {QStringLiteral("計畫主持人"), a.pi}},
        {QStringLiteral("欄位"), QStringLiteral("內容")});
    for (int roc = 111; roc <= 113; ++roc)
        writeFinancials(file(QStringLiteral("財務查核報告書%1").arg(roc), QStringLiteral("financial_report")), a, roc);
    for (int s = 0; s < a.solutions.size(); ++s)
        writeShortDocument(file(QStringLiteral("銷售實績%1").arg(s + 1), QStringLiteral("sales_proof")),
                           QStringLiteral("雲端方案銷售實績證明"), a,
                           QStringLiteral("茲證明「%1」之有效付費客戶契約影本如附，服務期間一年，尚在履約期限內。")
                               .arg(a.solutions.at(s).name),
                           {{QStringLiteral("客戶"), QStringLiteral("和平%1").arg(QString::fromUtf8(a.sector.orgWord))},
                            {QStringLiteral("契約金額（千元）"), money(a.solutions.at(s).price)}},
                           {QStringLiteral("項目"), QStringLiteral("內容")});
    writeShortDocument(
        file(QStringLiteral("個資同意書"), QStringLiteral("privacy_consent")),
        QStringLiteral("企業申請計畫之個資同意書"), a,
        QStringLiteral(
            "本企業同意計畫辦公室於計畫申請、審查、管考及驗收之目的範圍內，蒐集、處理及利用本企業提供之個人資料。"));
    writeProposal(file(QStringLiteral("計畫書"), QStringLiteral("proposal")), a, random);
    if (a.withSlides)
        writeSlides(file(QStringLiteral("簡報"), QStringLiteral("slides")), a, random);
    if (a.withQuality)
        writeShortDocument(file(QStringLiteral("能量登錄證書"), QStringLiteral("quality_proof")),
                           QStringLiteral("數位服務機構能量登錄證書"), a,
                           QStringLiteral("%1 經審查通過數位服務機構能量登錄，登錄類別：雲端服務。").arg(a.company));
    if (a.withIntent) {
        QList<QStringList> rows;
        for (int k = 0; k < qMin(8, int(a.intended.size())); ++k)
            rows << QStringList{a.intended.at(k).name, a.intended.at(k).ubn, a.intended.at(k).city};
        writeShortDocument(file(QStringLiteral("合作意向書"), QStringLiteral("intent_letters")),
                           QStringLiteral("導入雲端方案合作意向書"), a,
                           QStringLiteral("下列產業或組織具接受輔導導入雲端方案之意願。"), rows,
                           {QStringLiteral("名稱"), QStringLiteral("統一編號"), QStringLiteral("所在地")});
    }
    if (!a.recusals.isEmpty()) {
        QList<QStringList> rows;
        for (const Expert& e : a.recusals)
            rows << QStringList{QString::fromUtf8(e.name), QString::fromUtf8(e.organization),
                                QString::fromUtf8(e.title)};
        writeShortDocument(file(QStringLiteral("建議迴避之人員清單"), QStringLiteral("recusal_list")),
                           QStringLiteral("建議迴避之人員清單"), a,
                           QStringLiteral("本企業建議下列人員迴避本案之審查："), rows,
                           {QStringLiteral("姓名"), QStringLiteral("服務單位"), QStringLiteral("職稱")});
    }
    if (a.corruptPdf) {
        // A damaged upload: the header of a PDF followed by garbage, as a broken transfer leaves it.
        QFile broken(file(QStringLiteral("銷售實績掃描檔"), QStringLiteral("sales_proof")));
        QByteArray bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
        for (int k = 0; k < 4096; ++k)
            bytes.append(char(random.bounded(256)));
        if (!broken.open(QIODevice::WriteOnly) || broken.write(bytes) != bytes.size())
            return Status::failure(
                QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(broken.fileName()));
    }
    if (auto budget = writeBudget(dir, a); !budget)
        return budget;
    QFile json(dir.filePath(QStringLiteral("application.json")));
    const QByteArray bytes = QJsonDocument(applicationJson(a, attachments)).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size())
        return Status::failure(QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(json.fileName()));
    return {};
}

} // namespace

QStringList DemoGenerator::breachSchedule()
{
    return {
        QStringLiteral("budget.security_share"),
        QStringLiteral("documents.required"),
        QStringLiteral("eligibility.industry_code"),
        QStringLiteral("round.duplicate_applicant"),
        QStringLiteral("budget.subsidy_cap"),
        QStringLiteral("kpi.intended_list_share"),
        QStringLiteral("round.intended_overlap"),
        QStringLiteral("budget.totals"),
        QStringLiteral("documents.unreadable"),
        QStringLiteral("eligibility.net_worth"),
        QStringLiteral("budget.subsidy_share"),
        QStringLiteral("proposal.period"),
        QStringLiteral("budget.ads_self_funded"),
        QStringLiteral("staff.to_be_hired_share"),
        QStringLiteral("kpi.minimum"),
        QStringLiteral("budget.outsourcing_share"),
        QStringLiteral("budget.promotion_share"),
        QStringLiteral("eligibility.ubn"),
        QStringLiteral("eligibility.branch_office"),
        QStringLiteral("eligibility.mainland_capital"),
        QStringLiteral("eligibility.bank_rejected"),
    };
}

QString DemoGenerator::breachFor(int index)
{
    // Every third application (2, 5, 8, …) is clean; the others break one rule each, in schedule order.
    if (index % 3 == 2)
        return {};
    const int nth = index - index / 3;
    return breachSchedule().at(nth % breachSchedule().size());
}

Result<QStringList> DemoGenerator::write(const QString& folder, const std::function<void(int, int)>& progress,
                                         const std::atomic_bool* cancelled) const
{
    using R = Result<QStringList>;
    if (m_options.applications < 1 || m_options.applications > 500)
        return R::failure(
            QCoreApplication::translate("DemoGenerator", "the demo round has 1 to 500 applications, not %1")
                .arg(m_options.applications));
    if (!QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("DemoGenerator", "cannot create %1").arg(folder));
    QList<DemoApplication> apps = RoundBuilder(m_options.seed).build(m_options.applications);

    std::atomic_int done{0};
    QMutex progressMutex;
    QMutex errorMutex;
    QString firstError;
    const quint32 seed = m_options.seed;
    QtConcurrent::blockingMap(apps, [&](const DemoApplication& a) {
        if (cancelled && cancelled->load())
            return;
        if (auto written = writeDossier(folder, a, seed); !written) {
            QMutexLocker lock(&errorMutex);
            if (firstError.isEmpty())
                firstError = written.error();
        }
        const int n = ++done;
        if (progress) {
            QMutexLocker lock(&progressMutex); // callers need not be thread-safe
            progress(n, int(apps.size()));
        }
    });
    if (!firstError.isEmpty())
        return R::failure(firstError);
    if (cancelled && cancelled->load())
        return R::failure(QCoreApplication::translate("DemoGenerator", "cancelled"));
    QStringList folders;
    for (const DemoApplication& a : apps)
        folders << QDir(folder).filePath(a.folderName);
    return folders;
}

} // namespace rd
