#include "models/rubric/Rubric.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace rd {

namespace {

LocalText localText(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("zh_TW")).toString(), o.value(QStringLiteral("en")).toString()};
}

QList<LocalText> localTexts(const QJsonValue& value)
{
    QList<LocalText> list;
    for (const QJsonValue& v : value.toArray())
        list.append(localText(v));
    return list;
}

// Reads a category list recursively; every id is unique and extends its parent's id with ".n".
Result<QList<RubricCategory>> categoriesFrom(const QJsonValue& value, const QString& parent, QSet<QString>& ids,
                                             const QString& fileName)
{
    using R = Result<QList<RubricCategory>>;
    QList<RubricCategory> list;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        RubricCategory category;
        category.id = o.value(QStringLiteral("id")).toString();
        category.name = localText(o.value(QStringLiteral("name")));
        const QString prefix = parent.isEmpty() ? QString() : parent + u'.';
        const QString own = category.id.mid(prefix.size());
        bool number = false;
        own.toUInt(&number);
        if (!category.id.startsWith(prefix) || !number || category.name.zh.isEmpty() || ids.contains(category.id))
            return R::failure(QCoreApplication::translate(
                                  "Rubric", "%1: category “%2” needs a unique id numbered under “%3” and a name")
                                  .arg(fileName, category.id, parent));
        ids.insert(category.id);
        auto children = categoriesFrom(o.value(QStringLiteral("children")), category.id, ids, fileName);
        if (!children)
            return children;
        category.children = *children;
        list.append(category);
    }
    return list;
}

void countCategories(const QList<RubricCategory>& list, int depth, QList<int>& counts)
{
    if (list.isEmpty())
        return;
    if (counts.size() <= depth)
        counts.append(0);
    counts[depth] += int(list.size());
    for (const RubricCategory& c : list)
        countCategories(c.children, depth + 1, counts);
}

const RubricCategory* findCategory(const QList<RubricCategory>& list, const QString& id)
{
    for (const RubricCategory& c : list) {
        if (c.id == id)
            return &c;
        if (id.startsWith(c.id + u'.'))
            return findCategory(c.children, id);
    }
    return nullptr;
}

} // namespace

QString LocalText::text() const
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !en.isEmpty() ? en : zh;
}

Result<Rubric> Rubric::fromJson(const QByteArray& json, const QString& fileName)
{
    using R = Result<Rubric>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(
            QCoreApplication::translate("Rubric", "%1 is not a valid rubric: %2").arg(fileName, error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatId))
        return R::failure(
            QCoreApplication::translate("Rubric", "%1: “format” must be “%2”").arg(fileName, QLatin1String(formatId)));

    Rubric rubric;
    rubric.m_id = root.value(QStringLiteral("id")).toString();
    rubric.m_version = root.value(QStringLiteral("version")).toString();
    rubric.m_name = localText(root.value(QStringLiteral("name")));
    rubric.m_source = root.value(QStringLiteral("source")).toString();
    if (rubric.m_id.isEmpty() || rubric.m_version.isEmpty() || rubric.m_name.zh.isEmpty())
        return R::failure(
            QCoreApplication::translate("Rubric", "%1: a rubric needs “id”, “version” and “name.zh_TW”").arg(fileName));
    const QString scale = root.value(QStringLiteral("scale")).toString(QStringLiteral("points"));
    if (scale == QLatin1String("points"))
        rubric.m_scale = Scale::Points;
    else if (scale == QLatin1String("percent"))
        rubric.m_scale = Scale::Percent;
    else
        return R::failure(QCoreApplication::translate("Rubric", "%1: “scale” is “%2”; expected points or percent")
                              .arg(fileName, scale));

    QSet<QString> ids;
    auto claim = [&](const QString& id, const char* where) -> Status {
        if (id.isEmpty())
            return Status::failure(QCoreApplication::translate("Rubric", "%1: an item of “%2” has no “id”")
                                       .arg(fileName, QLatin1String(where)));
        if (ids.contains(id))
            return Status::failure(
                QCoreApplication::translate("Rubric", "%1: the id “%2” is used twice").arg(fileName, id));
        ids.insert(id);
        return {};
    };

    double weights = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject o = v.toObject();
        RubricCriterion c;
        c.id = o.value(QStringLiteral("id")).toString();
        if (auto ok = claim(c.id, "criteria"); !ok)
            return R::failure(ok.error());
        c.name = localText(o.value(QStringLiteral("name")));
        c.focus = localText(o.value(QStringLiteral("focus")));
        c.guidance = localTexts(o.value(QStringLiteral("guidance")));
        c.weight = o.value(QStringLiteral("weight")).toDouble();
        c.commentRequired = o.value(QStringLiteral("comment_required")).toBool();
        if (c.name.zh.isEmpty())
            return R::failure(
                QCoreApplication::translate("Rubric", "%1: criterion “%2” has no name").arg(fileName, c.id));
        if (!(c.weight > 0))
            return R::failure(QCoreApplication::translate("Rubric", "%1: criterion “%2” needs a positive “weight”")
                                  .arg(fileName, c.id));
        weights += c.weight;
        rubric.m_criteria.append(c);
    }
    if (!rubric.m_criteria.isEmpty() && std::abs(weights - 100.0) > 1e-9)
        return R::failure(QCoreApplication::translate("Rubric", "%1: the criteria's weights add up to %2, not 100")
                              .arg(fileName)
                              .arg(weights));

    for (const QJsonValue& v : root.value(QStringLiteral("checklist")).toArray()) {
        const QJsonObject o = v.toObject();
        ChecklistItem item;
        item.id = o.value(QStringLiteral("id")).toString();
        if (auto ok = claim(item.id, "checklist"); !ok)
            return R::failure(ok.error());
        item.group = localText(o.value(QStringLiteral("group")));
        item.name = localText(o.value(QStringLiteral("name")));
        item.guidance = localTexts(o.value(QStringLiteral("guidance")));
        item.source = o.value(QStringLiteral("source")).toString();
        if (item.name.zh.isEmpty())
            return R::failure(
                QCoreApplication::translate("Rubric", "%1: checklist item “%2” has no name").arg(fileName, item.id));
        rubric.m_checklist.append(item);
    }
    if (rubric.m_criteria.isEmpty() && rubric.m_checklist.isEmpty())
        return R::failure(
            QCoreApplication::translate("Rubric", "%1: the rubric has neither criteria nor checklist items")
                .arg(fileName));

    for (const QJsonValue& v : root.value(QStringLiteral("flags")).toArray()) {
        const QJsonObject o = v.toObject();
        RubricFlag flag{o.value(QStringLiteral("id")).toString(), localText(o.value(QStringLiteral("name"))),
                        o.value(QStringLiteral("source")).toString()};
        if (auto ok = claim(flag.id, "flags"); !ok)
            return R::failure(ok.error());
        rubric.m_flags.append(flag);
    }

    QSet<QString> recommendationIds;
    for (const QJsonValue& v : root.value(QStringLiteral("recommendations")).toArray()) {
        const QJsonObject o = v.toObject();
        Recommendation r{o.value(QStringLiteral("id")).toString(), localText(o.value(QStringLiteral("name")))};
        if (r.id.isEmpty() || r.name.zh.isEmpty() || recommendationIds.contains(r.id))
            return R::failure(
                QCoreApplication::translate("Rubric", "%1: each recommendation needs a unique “id” and a name")
                    .arg(fileName));
        recommendationIds.insert(r.id);
        rubric.m_recommendations.append(r);
    }
    if (rubric.m_recommendations.isEmpty())
        return R::failure(
            QCoreApplication::translate("Rubric", "%1: the rubric lists no recommendations").arg(fileName));
    QSet<QString> categoryIds;
    auto categories = categoriesFrom(root.value(QStringLiteral("categories")), {}, categoryIds, fileName);
    if (!categories)
        return R::failure(categories.error());
    rubric.m_categories = *categories;
    if (root.contains(QStringLiteral("presentation"))) {
        const QJsonObject o = root.value(QStringLiteral("presentation")).toObject();
        Presentation p{o.value(QStringLiteral("talk_minutes")).toDouble(-1),
                       o.value(QStringLiteral("question_minutes")).toDouble(-1),
                       o.value(QStringLiteral("source")).toString()};
        if (!(p.talkMinutes > 0 && p.talkMinutes <= 240 && p.questionMinutes >= 0 && p.questionMinutes <= 240))
            return R::failure(QCoreApplication::translate(
                                  "Rubric", "%1: “presentation” needs talk_minutes above 0 and question_minutes "
                                            "from 0, both at most 240")
                                  .arg(fileName));
        rubric.m_presentation = p;
    }
    rubric.m_overallCommentRequired = root.value(QStringLiteral("overall_comment_required")).toBool();
    rubric.m_json = json;
    rubric.m_sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return rubric;
}

QString Rubric::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rubrics");
}

Result<Rubric> Rubric::load(const QString& id)
{
    for (const QString& folder : {userFolder(), QStringLiteral(":/rubrics")}) {
        QFile file(folder + u'/' + id + QStringLiteral(".json"));
        if (file.open(QIODevice::ReadOnly))
            return fromJson(file.readAll(), file.fileName());
    }
    return Result<Rubric>::failure(QCoreApplication::translate("Rubric", "the rubric “%1” is not installed").arg(id));
}

QStringList Rubric::installed()
{
    QStringList ids;
    for (const QString& folder : {userFolder(), QStringLiteral(":/rubrics")}) {
        for (const QString& file : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString id = file.chopped(5);
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

const RubricCriterion* Rubric::criterion(const QString& id) const
{
    for (const RubricCriterion& c : m_criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

double Rubric::maximum(const RubricCriterion& criterion) const
{
    return m_scale == Scale::Points ? criterion.weight : 100.0;
}

QList<int> Rubric::categoryCounts() const
{
    QList<int> counts;
    countCategories(m_categories, 0, counts);
    return counts;
}

const RubricCategory* Rubric::category(const QString& id) const
{
    return findCategory(m_categories, id);
}

double Rubric::total(const QHash<QString, double>& scores) const
{
    double total = 0;
    for (const RubricCriterion& c : m_criteria) {
        const double score = scores.value(c.id);
        total += m_scale == Scale::Points ? score : score * c.weight / 100.0;
    }
    return total;
}

} // namespace rd
