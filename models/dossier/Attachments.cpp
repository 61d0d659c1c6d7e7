#include "models/dossier/Attachments.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>
#include <vector>

namespace rd::attachments {

namespace {

struct TypeInfo
{
    const char* key;
    std::vector<const char*> names; // UTF-8, whole document names as they reach classify's comparison
    const char* name;               // translatable display name
};

// Whole document names, not fragments: 「委託勞務契約書」 is an agreement (附件7 陸 附件一), not a customer contract,
// and 「執行計畫書」 is the commissioned work's plan, not the proposal. Compared after documentName() tidied
// the name (no digits, years, brackets, numbering or qualifiers such as 影本).
const std::vector<TypeInfo>& types()
{
    static const std::vector<TypeInfo> list = {
        {"application_form",
         {"申請表", "計畫申請表", "計畫申請表暨企業聲明同意書", "企業聲明同意書"},
         QT_TRANSLATE_NOOP("Attachments", "Application form")},
        {"financial_report",
         {"財務查核報告", "財務查核報告書", "會計師財務查核報告書", "會計師查核報告書", "查核報告書", "財務報表",
          "財務報告", "所得稅結算申報書", "營利事業所得稅結算申報書", "營所稅結算申報書", "結算申報書"},
         QT_TRANSLATE_NOOP("Attachments", "Financial statements")},
        {"sales_proof",
         {"銷售實績", "銷售實績證明", "雲端方案銷售實績", "雲端方案銷售實績證明", "契約", "服務契約", "銷售契約",
          "客戶契約", "雲端服務契約", "雲端方案服務契約", "發票", "銷售發票", "統一發票"},
         QT_TRANSLATE_NOOP("Attachments", "Sales proof")},
        {"quality_proof",
         {"獲獎證明", "獲獎紀錄", "得獎證明", "認證", "認證證書", "專業認證", "能量登錄", "能量登錄證書",
          "數位服務機構能量登錄證書", "專利", "專利證書", "品質證明", "技術成果與品質證明"},
         QT_TRANSLATE_NOOP("Attachments", "Quality proof")},
        {"privacy_consent",
         {"個資同意書", "個人資料同意書", "個人資料蒐集處理利用同意書", "企業申請計畫之個資同意書"},
         QT_TRANSLATE_NOOP("Attachments", "Personal-data consent")},
        {"coi_disclosure",
         {"揭露表", "利益衝突揭露表", "利益衝突迴避揭露表", "身分關係揭露表", "關係人身分關係揭露表",
          "公職人員及關係人身分關係揭露表", "公職人員之關係人身分關係揭露表",
          "公職人員利益衝突迴避法第條第項公職人員及關係人身分關係揭露表",
          "公職人員利益衝突迴避法第條第項公職人員之關係人身分關係揭露表"},
         QT_TRANSLATE_NOOP("Attachments", "COI disclosure")},
        {"recusal_list",
         {"建議迴避之人員清單", "建議迴避人員清單", "迴避人員清單", "迴避名單", "迴避清單"},
         QT_TRANSLATE_NOOP("Attachments", "Recusal list")},
        {"proposal", {"計畫書", "提案計畫書", "申請計畫書"}, QT_TRANSLATE_NOOP("Attachments", "Proposal")},
        {"slides", {"簡報", "計畫簡報", "審查簡報", "專業審查簡報"}, QT_TRANSLATE_NOOP("Attachments", "Presentation")},
        {"intent_letters",
         {"意向書", "合作意向書", "導入意向書", "意願書", "合作意願書", "導入雲端方案意向書", "導入雲端方案合作意向書",
          "產業或組織導入雲端方案意向書", "mou"},
         QT_TRANSLATE_NOOP("Attachments", "Letters of intent")},
        {"agreement",
         {"協議書", "合作協議書", "委託研究協議書", "委託勞務協議書", "無形資產引進協議書", "委託研究契約書",
          "委託勞務契約書", "技術移轉契約書", "技轉契約書", "執行計畫書", "委託研究執行計畫書", "委託勞務執行計畫書",
          "無形資產引進執行計畫書", "無形資產引進或委託研究執行計畫書及協議書",
          "無形資產引進委託研究勞務執行計畫書及協議書", "無形資產引進委託研究委託勞務執行計畫書及協議書"},
         QT_TRANSLATE_NOOP("Attachments", "Agreement (協議書)")},
        {"advisor_consent",
         {"願任同意書", "顧問願任同意書", "專家願任同意書", "顧問及國內外專家願任同意書", "顧問及專家願任同意書"},
         QT_TRANSLATE_NOOP("Attachments", "Advisor's consent (願任同意書)")},
        {"other", {}, QT_TRANSLATE_NOOP("Attachments", "Other")},
    };
    return list;
}

// The 文件名稱 of `文件名稱_申請單位.pdf`, tidied for comparison: width and case folded; bracketed notes, a leading
// 附件 number, digits with their 年 / 年度, spaces and punctuation removed; trailing qualifiers (影本, 掃描檔, 正本…)
// dropped. 「附件二、顧問願任同意書（王大明）影本」 becomes 「顧問願任同意書」.
QString documentName(const QString& fileName)
{
    QString name = text::normalized(QFileInfo(fileName).completeBaseName()).section(QLatin1Char('_'), 0, 0);
    static const QRegularExpression brackets(QStringLiteral("[(\\[【〔][^)\\]】〕]*[)\\]】〕]"));
    static const QRegularExpression annex(QStringLiteral("^附件[0-9一二三四五六七八九十]+[、.:\\-\\s]*"));
    static const QRegularExpression years(QStringLiteral("[0-9]+\\s*(年度|年)?"));
    static const QRegularExpression punctuation(QStringLiteral("[\\s\\p{P}\\p{S}]"));
    static const QRegularExpression qualifiers(QStringLiteral("(影本|掃描檔|掃描|正本|副本|電子檔|檔案|檔)+$"));
    name.remove(brackets);
    name.remove(annex);
    name.remove(years);
    name.remove(punctuation);
    name.remove(qualifiers);
    return name;
}

} // namespace

QStringList knownTypes()
{
    QStringList keys;
    for (const TypeInfo& t : types())
        keys << QLatin1String(t.key);
    return keys;
}

bool isKnownType(const QString& type)
{
    return knownTypes().contains(type);
}

QString classify(const QString& fileName)
{
    const QString name = documentName(fileName);
    for (const TypeInfo& t : types())
        for (const char* known : t.names)
            if (name == QString::fromUtf8(known))
                return QLatin1String(t.key);
    return QStringLiteral("other");
}

QString displayName(const QString& type)
{
    for (const TypeInfo& t : types()) {
        if (type == QLatin1String(t.key))
            return QCoreApplication::translate("Attachments", t.name);
    }
    return type;
}

} // namespace rd::attachments
