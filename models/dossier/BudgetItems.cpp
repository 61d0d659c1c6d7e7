#include "models/dossier/BudgetItems.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace rd::budget {

namespace {

struct Item
{
    const char* key;
    const char* formLabel; // UTF-8, as 004 附件7 prints it
    const char* name;
};

const std::vector<Item>& items()
{
    static const std::vector<Item> list = {
        {"personnel.staff", "計畫人員", QT_TRANSLATE_NOOP("Budget", "Project staff")},
        {"personnel.advisors", "顧問、專家費", QT_TRANSLATE_NOOP("Budget", "Advisors and experts")},
        {"equipment.use", "設備使用費", QT_TRANSLATE_NOOP("Budget", "Equipment use")},
        {"equipment.maintenance", "設備維護費", QT_TRANSLATE_NOOP("Budget", "Equipment maintenance")},
        {"intangible.import", "無形資產引進費", QT_TRANSLATE_NOOP("Budget", "Intangible assets")},
        {"research.commissioned", "委託研究費", QT_TRANSLATE_NOOP("Budget", "Commissioned research")},
        {"services.commissioned", "委託勞務費", QT_TRANSLATE_NOOP("Budget", "Commissioned services")},
        {"certification", "驗證費", QT_TRANSLATE_NOOP("Budget", "Certification")},
        {"travel.domestic", "國內差旅費", QT_TRANSLATE_NOOP("Budget", "Domestic travel")},
        {"promotion.events", "推廣活動舉辦費", QT_TRANSLATE_NOOP("Budget", "Promotion events")},
        {"promotion.ads", "廣告宣傳費", QT_TRANSLATE_NOOP("Budget", "Advertising")},
        {"total", "計畫總經費", QT_TRANSLATE_NOOP("Budget", "Total")},
    };
    return list;
}

// The label without spaces and separators, so 顧問、專家費 / 顧問,專家費 / 顧問專家費 meet.
QString squeeze(const QString& s)
{
    static const QRegularExpression noise(QStringLiteral("[\\s、,，．.]"));
    QString out = text::normalized(s);
    out.remove(noise);
    return out;
}

} // namespace

QStringList itemKeys()
{
    QStringList keys;
    for (const Item& item : items()) {
        if (qstrcmp(item.key, "total") != 0)
            keys << QLatin1String(item.key);
    }
    return keys;
}

std::optional<QString> itemFromCell(const QString& cell)
{
    // NFKC turns （１） into (1); strip one leading "(n)", "n." or "n、" numbering.
    static const QRegularExpression numbering(QStringLiteral("^\\s*(\\(\\s*\\d+\\s*\\)|\\d+\\s*[.、])\\s*"));
    QString label = cell.normalized(QString::NormalizationForm_KC).trimmed();
    label.remove(numbering);
    const QString squeezed = squeeze(label);
    for (const Item& item : items()) {
        if (label == QLatin1String(item.key) || squeezed == squeeze(QString::fromUtf8(item.formLabel)))
            return QString::fromLatin1(item.key);
    }
    return std::nullopt;
}

QString formLabel(const QString& item)
{
    for (const Item& i : items()) {
        if (item == QLatin1String(i.key))
            return QString::fromUtf8(i.formLabel);
    }
    return item;
}

QString displayName(const QString& item)
{
    for (const Item& i : items()) {
        if (item == QLatin1String(i.key))
            return QCoreApplication::translate("Budget", i.name);
    }
    return item;
}

} // namespace rd::budget
