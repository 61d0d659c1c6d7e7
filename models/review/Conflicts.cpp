#include "models/review/Conflicts.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rd::conflicts {

namespace {

// Variant and simplified characters seen in Taiwanese names and organisations, mapped to the form used
// in official registers (教育部《國字標準字體》; 臺 is the standard form of 台).
const QHash<QChar, QChar>& variants()
{
    static const QHash<QChar, QChar> table = [] {
        const QString pairs = QStringLiteral("台臺峯峰羣群裏裡啓啟敎教衞衛爲為綫線眞真淸清鷄雞湾灣国國学學会會协協业業"
                                             "电電资資讯訊术術发發产產经經济濟华華东東气氣门門医醫药藥长長护護"
                                             "团團体體设設计計网網络絡软軟务務开開关關区區县縣乡鄉镇鎮"
                                             "联聯师師员員综綜职職");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
            if (pairs.at(i) != pairs.at(i + 1))
                map.insert(pairs.at(i), pairs.at(i + 1));
        }
        return map;
    }();
    return table;
}

QString canonical(const QString& text)
{
    QString out;
    const QString folded = text::normalized(text); // NFKC + case folding: width and Kangxi radicals
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isLetterOrNumber())
            continue; // spaces, 、‧·・ and other punctuation
        out += variants().value(c, c);
    }
    return out;
}

// Words that say what kind of organisation it is, not which one.
const QStringList& organizationAffixes()
{
    static const QStringList affixes = [] {
        QStringList list;
        for (const char* word :
             {"國立", "私立", "市立", "縣立", "財團法人", "社團法人", "股份有限公司", "有限公司", "公司"})
            list << canonical(QString::fromUtf8(word));
        return list;
    }();
    return affixes;
}

} // namespace

QString normalizedName(const QString& name)
{
    return canonical(name);
}

QString normalizedOrganization(const QString& organization)
{
    QString out = canonical(organization);
    for (const QString& affix : organizationAffixes()) {
        if (out.startsWith(affix))
            out.remove(0, affix.size());
        if (out.endsWith(affix))
            out.chop(affix.size());
    }
    return out;
}

bool sameName(const QString& a, const QString& b)
{
    const QString x = normalizedName(a);
    return !x.isEmpty() && x == normalizedName(b);
}

bool sameOrganization(const QString& a, const QString& b)
{
    const QString x = normalizedOrganization(a);
    const QString y = normalizedOrganization(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    const QString& shorter = x.size() <= y.size() ? x : y;
    const QString& longer = x.size() <= y.size() ? y : x;
    return shorter.size() >= 4 && longer.contains(shorter);
}

QList<Conflict> find(const ReviewerIdentity& reviewer, const Dossier& application)
{
    QList<Conflict> found;
    for (const RecusalRequest& request : application.recusalRequests) {
        if (!sameName(request.name, reviewer.name))
            continue;
        const QString detail = request.organization.isEmpty()
                                   ? request.name
                                   : QStringLiteral("%1（%2）").arg(request.name, request.organization);
        const bool sameOrg = !request.organization.isEmpty() &&
                             (sameOrganization(request.organization, reviewer.organization) ||
                              std::any_of(reviewer.declaredOrganizations.begin(), reviewer.declaredOrganizations.end(),
                                          [&](const QString& o) { return sameOrganization(request.organization, o); }));
        found.append({sameOrg ? Basis::RecusalNameAndOrganization : Basis::RecusalNameOnly, detail});
    }
    const QString ubn = application.applicant.ubn.trimmed();
    for (const QString& declared : reviewer.declaredUbns) {
        if (!ubn.isEmpty() && declared.trimmed() == ubn)
            found.append({Basis::DeclaredUbn, declared});
    }
    for (const QString& declared : reviewer.declaredOrganizations) {
        if (sameOrganization(declared, application.applicant.name))
            found.append({Basis::DeclaredOrganization, declared});
    }
    return found;
}

namespace {

const QList<QPair<Basis, QString>>& basisKeys()
{
    static const QList<QPair<Basis, QString>> keys = {
        {Basis::RecusalNameAndOrganization, QStringLiteral("recusal")},
        {Basis::RecusalNameOnly, QStringLiteral("recusal_name")},
        {Basis::DeclaredUbn, QStringLiteral("declared_ubn")},
        {Basis::DeclaredOrganization, QStringLiteral("declared_organization")},
    };
    return keys;
}

} // namespace

QString toJson(const QList<Conflict>& conflicts)
{
    QJsonArray list;
    for (const Conflict& c : conflicts) {
        for (const auto& [basis, key] : basisKeys())
            if (basis == c.basis)
                list.append(QJsonObject{{QStringLiteral("basis"), key}, {QStringLiteral("detail"), c.detail}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<Conflict> fromJson(const QString& json)
{
    QList<Conflict> conflicts;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        for (const auto& [basis, key] : basisKeys())
            if (key == o.value(QStringLiteral("basis")).toString())
                conflicts.append({basis, o.value(QStringLiteral("detail")).toString()});
    }
    return conflicts;
}

QString describeAll(const QList<Conflict>& conflicts)
{
    QStringList lines;
    for (const Conflict& c : conflicts)
        lines << describe(c);
    return lines.join(QStringLiteral("；"));
}

QString describe(const Conflict& conflict)
{
    switch (conflict.basis) {
    case Basis::RecusalNameAndOrganization:
        return QCoreApplication::translate("Conflicts", "Named in the applicant's recusal list: %1")
            .arg(conflict.detail);
    case Basis::RecusalNameOnly:
        return QCoreApplication::translate("Conflicts",
                                           "Same name as in the applicant's recusal list, another organisation: %1")
            .arg(conflict.detail);
    case Basis::DeclaredUbn:
        return QCoreApplication::translate("Conflicts", "Declared a tie with 統一編號 %1").arg(conflict.detail);
    case Basis::DeclaredOrganization:
        return QCoreApplication::translate("Conflicts", "Declared a tie with %1").arg(conflict.detail);
    }
    return {};
}

} // namespace rd::conflicts
