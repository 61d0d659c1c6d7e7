#include "ProposalText.h"

#include <QRandomGenerator>

#include <algorithm>

namespace rd::test {

QStringList proposalSentences(quint32 seed, int count)
{
    static const QString pool = QStringLiteral(
        "本計畫導入雲端服務協助中小企業提升營運效率並建立數位化管理流程透過系統整合與資料分析強化顧客經營"
        "降低人工作業成本提高庫存周轉率與服務品質預計輔導店家完成上線訓練與後續維運支援確保資料安全與備援機制"
        "建置行動裝置介面推廣線上預約與會員管理導入電子發票與進銷存模組整合物流與金流服務改善供應鏈協作");
    QRandomGenerator random(seed);
    QStringList out;
    for (int s = 0; s < count; ++s) {
        QString sentence;
        const int length = 18 + int(random.bounded(22));
        for (int i = 0; i < length; ++i)
            sentence += pool.at(int(random.bounded(pool.size())));
        if (random.bounded(3) == 0)
            sentence += QString::number(random.bounded(100, 9999)); // figures, as proposals have
        out << sentence + QStringLiteral("。");
    }
    return out;
}

// A fifth of a short proposal: the comparison must see past it.
QString proposalTemplate()
{
    return proposalSentences(7, 40).join(QString()) +
           QStringLiteral(
               "壹、公司概況一、公司基本資料二、公司營運概況貳、計畫內容一、計畫目標二、導入雲端方案說明三、預期效益"
               "參、執行策略一、推動方式二、推動家數與產業別三、資安規劃肆、計畫經費一、經費預算表二、經費說明"
               "伍、預期成果與查核點一、量化效益二、質化效益陸、附件計畫書格式依附件7撰寫並檢附相關證明文件。");
}

similarity::Document proposal(qint64 id, qint64 round, quint32 seed, int pages, const QStringList& extra)
{
    similarity::Document d{id, round, {proposalTemplate()}};
    const QStringList own = proposalSentences(seed, pages * 30);
    for (int p = 0; p < pages; ++p)
        d.pages << own.mid(p * 30, 30).join(QString());
    if (!extra.isEmpty())
        d.pages << extra.join(QString());
    return d;
}

QStringList rewritten(QStringList copied)
{
    std::reverse(copied.begin(), copied.end());
    for (QString& s : copied) {
        s.replace(QStringLiteral("。"), QStringLiteral("；"));
        for (QChar& c : s)
            if (c.isDigit() && c.unicode() < 0x80)
                c = QChar(0xFF10 + (c.unicode() - '0'));
    }
    return copied;
}

} // namespace rd::test
