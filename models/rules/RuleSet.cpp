#include "models/rules/RuleSet.h"

#include "models/rules/RuleEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

namespace rd {

namespace {} // namespace

QString severityKey(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Result<RuleSet> RuleSet::fromJson(const QByteArray& json, const QString& fileName)
{
    using R = Result<RuleSet>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(QCoreApplication::translate("RuleSet", "%1 is not a valid rule set: %2")
                              .arg(fileName, error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatId))
        return R::failure(
            QCoreApplication::translate("RuleSet", "%1: “format” must be “%2”").arg(fileName, QLatin1String(formatId)));

    RuleSet set;
    set.m_id = root.value(QStringLiteral("id")).toString();
    set.m_names = root.value(QStringLiteral("name")).toObject();
    if (set.m_id.isEmpty())
        return R::failure(QCoreApplication::translate("RuleSet", "%1: the rule set has no “id”").arg(fileName));
    QSet<QString> seen;
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        RuleSpec spec;
        spec.id = o.value(QStringLiteral("id")).toString();
        const QString severity = o.value(QStringLiteral("severity")).toString();
        if (severity != QLatin1String("error") && severity != QLatin1String("warning"))
            return R::failure(QCoreApplication::translate(
                                  "RuleSet", "%1: rule %2 (“%3”) has severity “%4”; expected error or warning")
                                  .arg(fileName)
                                  .arg(i + 1)
                                  .arg(spec.id, severity));
        spec.severity = severity == QLatin1String("error") ? Severity::Error : Severity::Warning;
        spec.source = o.value(QStringLiteral("source")).toString();
        if (spec.source.isEmpty())
            return R::failure(QCoreApplication::translate("RuleSet", "%1: rule “%2” does not cite its source")
                                  .arg(fileName, spec.id));
        spec.params = o.value(QStringLiteral("params")).toObject();
        if (seen.contains(spec.id))
            return R::failure(
                QCoreApplication::translate("RuleSet", "%1: rule “%2” appears twice").arg(fileName, spec.id));
        seen.insert(spec.id);
        if (auto valid = RuleEngine::validate(spec); !valid)
            return R::failure(QCoreApplication::translate("RuleSet", "%1: %2").arg(fileName, valid.error()));
        set.m_rules.append(spec);
    }
    return set;
}

QString RuleSet::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rulesets");
}

Result<RuleSet> RuleSet::load(const QString& id)
{
    for (const QString& folder : {userFolder(), QStringLiteral(":/rulesets")}) {
        QFile file(folder + u'/' + id + QStringLiteral(".json"));
        if (file.open(QIODevice::ReadOnly))
            return fromJson(file.readAll(), file.fileName());
    }
    return Result<RuleSet>::failure(
        QCoreApplication::translate("RuleSet", "the rule set “%1” is not installed").arg(id));
}

QString RuleSet::name() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString name = m_names.value(chinese ? QStringLiteral("zh_TW") : QStringLiteral("en")).toString();
    return name.isEmpty() ? m_id : name;
}

const RuleSpec* RuleSet::rule(const QString& id) const
{
    for (const RuleSpec& spec : m_rules) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

} // namespace rd
