#include "dossier/Attachments.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <utility>
#include <vector>

namespace rd::attachments {

namespace {

struct TypeInfo
{
    const char* key;
    std::vector<const char*> keywords; // UTF-8
    const char* name;                  // translatable display name
};

// Order matters where keywords overlap: 利益衝突…揭露 before 迴避, 財務查核報告 before 報告-like words.
const std::vector<TypeInfo>& types()
{
    static const std::vector<TypeInfo> list = {
        {"application_form", {"申請表"}, QT_TRANSLATE_NOOP("Attachments", "Application form")},
        {"financial_report",
         {"財務查核報告", "所得稅結算申報", "財務報表"},
         QT_TRANSLATE_NOOP("Attachments", "Financial statements")},
        {"sales_proof", {"銷售實績", "契約", "發票"}, QT_TRANSLATE_NOOP("Attachments", "Sales proof")},
        {"quality_proof", {"獲獎", "認證", "能量登錄", "專利"}, QT_TRANSLATE_NOOP("Attachments", "Quality proof")},
        {"privacy_consent", {"個資同意書"}, QT_TRANSLATE_NOOP("Attachments", "Personal-data consent")},
        {"coi_disclosure", {"利益衝突", "關係人身分關係揭露"}, QT_TRANSLATE_NOOP("Attachments", "COI disclosure")},
        {"recusal_list", {"迴避"}, QT_TRANSLATE_NOOP("Attachments", "Recusal list")},
        {"proposal", {"計畫書"}, QT_TRANSLATE_NOOP("Attachments", "Proposal")},
        {"slides", {"簡報"}, QT_TRANSLATE_NOOP("Attachments", "Presentation")},
        {"intent_letters", {"意向書", "合作意願"}, QT_TRANSLATE_NOOP("Attachments", "Letters of intent")},
        {"other", {}, QT_TRANSLATE_NOOP("Attachments", "Other")},
    };
    return list;
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
    const QString base = text::normalized(QFileInfo(fileName).completeBaseName());
    const QString documentName = base.section(QLatin1Char('_'), 0, 0);
    for (const QString& haystack : {documentName, base}) {
        for (const TypeInfo& t : types()) {
            for (const char* keyword : t.keywords) {
                if (haystack.contains(QString::fromUtf8(keyword)))
                    return QLatin1String(t.key);
            }
        }
    }
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
