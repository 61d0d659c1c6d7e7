#include "models/demo/DemoDocuments.h"

#include "models/dossier/BudgetItems.h"
#include "models/pdf/PdfComposer.h"
#include "models/rules/FindingText.h"

#include <cmath>

namespace rd::demo {

namespace {

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

// The plan two demo applications share: a 冷鏈 (cold-chain) monitoring service, described as only these two
// proposals describe it.
QStringList sharedPlan()
{
    return {
        QStringLiteral("本方案以冷鏈溫控雲端平台為核心，於冷藏車與冷凍庫裝設溫濕度感測器，每30秒回傳一次量測值。"),
        QStringLiteral("平台依食品類別設定溫度區間，超出區間持續5分鐘即以簡訊及LINE通知司機與倉管人員。"),
        QStringLiteral("異常事件自動建立處理單，記錄發生地點、持續時間與處置人員，供日後稽核追溯。"),
        QStringLiteral("每一批貨品於出貨時綁定溫度履歷，收貨端掃描QR Code即可查閱全程溫度曲線。"),
        QStringLiteral("系統提供配送路線最佳化功能，依訂單時窗與車輛載重安排路線，預估每車每日減少12公里空車里程。"),
        QStringLiteral("倉儲端整合進銷存模組，依先進先出原則提示揀貨順序，降低即期品報廢比例。"),
        QStringLiteral("平台採多租戶架構，各導入店家資料分區儲存，並以角色權限控管查詢與匯出功能。"),
        QStringLiteral("感測資料於邊緣閘道器暫存72小時，斷線時不遺失紀錄，恢復連線後自動補傳。"),
        QStringLiteral("月報表彙整溫度異常次數、平均處置時間與客訴件數，協助業者檢討冷鏈管理成效。"),
        QStringLiteral("導入流程分為現場勘查、設備安裝、系統設定、人員訓練及試營運五個階段，每家約需3週完成。"),
        QStringLiteral("教育訓練以實機操作為主，每家至少安排2場次，並提供操作影片與常見問題手冊。"),
        QStringLiteral("客服中心提供週一至週六8時至20時電話與線上客服，緊急溫控異常則24小時受理。"),
        QStringLiteral("方案定價依感測點數計費，每點每月新臺幣150元，另收閘道器租用費每台每月300元。"),
        QStringLiteral("預計輔導之產業以生鮮超市、餐飲中央廚房及農產品集貨場為主，其中中南部業者占六成。"),
        QStringLiteral("資安方面，感測資料傳輸採TLS 1.3加密，平台每季執行弱點掃描並留存修補紀錄。"),
        QStringLiteral("計畫結束後，業者可依使用量續約，本公司承諾維持服務至少三年並提供資料匯出功能。"),
        QStringLiteral("本方案已於桃園及臺中兩處物流中心完成試點，溫度異常處置時間由平均47分鐘縮短為11分鐘。"),
        QStringLiteral("試點業者之即期品報廢金額較前一年度下降18%，客訴件數減少三成。"),
        QStringLiteral("冷藏車隊管理模組可即時顯示車輛位置、車廂溫度與預計到達時間，調度人員得據以調整配送順序。"),
        QStringLiteral("司機端行動應用程式提供電子簽收、拍照回報與異常回報功能，取代紙本出車單。"),
        QStringLiteral("收貨門市可預先設定收貨時窗，系統於車輛距離門市15分鐘時自動發送到貨通知。"),
        QStringLiteral("平台與主要電子發票加值中心串接，出貨完成即開立發票，縮短請款作業時間。"),
        QStringLiteral("溫度感測器每年校正一次，校正報告上傳平台存查，確保量測數據可供食品安全稽核使用。"),
        QStringLiteral("對於連續三次發生溫度異常之車輛，系統自動排定冷凍機組保養並通知車隊主管。"),
        QStringLiteral("業者可自訂儀表板，選擇顯示各倉庫溫度、當日出貨量、異常件數與準時到貨率等指標。"),
        QStringLiteral("本公司設有專責導入團隊6人，其中2人具冷凍空調技師證照，能協助業者檢視冷藏設備狀況。"),
        QStringLiteral("方案之量化效益包括：溫度異常處置時間縮短50%以上、即期品報廢減少10%以上、準時到貨率達95%。"),
        QStringLiteral("質化效益包括：建立可追溯之冷鏈溫度履歷，提升消費者對生鮮食品之信任，並協助業者符合食品安全衛生"
                       "管理法之要求。"),
        QStringLiteral("推動期間每月召開一次導入進度會議，追蹤各店家設備安裝、帳號開通與使用率等查核點。"),
        QStringLiteral("為確保持續使用，本公司於計畫期間內每季訪視導入店家，蒐集使用回饋並納入版本更新。"),
        QStringLiteral("平台資料備份採異地雙機房架構，每日全量備份並保留30天，災害復原時間目標為4小時內。"),
        QStringLiteral("個人資料僅蒐集司機與倉管人員之姓名及聯絡電話，並依個人資料保護法訂定保存期限與刪除程序。"),
        QStringLiteral("本方案亦提供開放介面，業者既有之倉儲管理系統得透過API取得溫度紀錄與出貨狀態。"),
        QStringLiteral("後續規劃將導入用電監測，分析冷凍機組耗電量，協助業者於離峰時段調整預冷作業以降低電費。"),
    };
}

// The shared plan as the copy writes it: sentences in another order, other punctuation, full-width figures.
QString rewrittenPlan()
{
    QStringList sentences = sharedPlan();
    std::reverse(sentences.begin(), sentences.end());
    QString out;
    for (QString sentence : sentences) {
        sentence.replace(QStringLiteral("，"), QStringLiteral("、"))
            .replace(QStringLiteral("。"), QStringLiteral("；"));
        for (QChar& c : sentence)
            if (c.unicode() >= '0' && c.unicode() <= '9')
                c = QChar(0xFF10 + (c.unicode() - '0'));
        out += sentence;
    }
    return out;
}

QList<QStringList> budgetRows(const DemoApplication& a)
{
    QList<QStringList> rows;
    for (const BudgetLine& l : a.budget)
        rows << QStringList{budget::formLabel(l.item), money(l.subsidy), money(l.selfFunded), money(l.total()),
                            money(l.security)};
    const BudgetLine t = Budget{a.budget, std::nullopt}.sum();
    rows << QStringList{QStringLiteral("計畫總經費"), money(t.subsidy), money(t.selfFunded), money(t.total()),
                        money(t.security)};
    return rows;
}

} // namespace

QString money(double thousands)
{
    return FindingText::amount(thousands);
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
    if (a.sharedPlan == DemoApplication::SharedPlan::Original)
        pdf.paragraph(sharedPlan().join(QString()));
    else if (a.sharedPlan == DemoApplication::SharedPlan::Copy)
        pdf.paragraph(rewrittenPlan());
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
    const BudgetLine total = Budget{a.budget, std::nullopt}.sum();
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
    const BudgetLine total = Budget{a.budget, std::nullopt}.sum();
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
                        const QList<QStringList>& rows, const QStringList& header)
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

} // namespace rd::demo
