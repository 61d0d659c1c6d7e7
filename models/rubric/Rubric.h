#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// Text in the programs' language and in English; shown in the UI language.
struct LocalText
{
    QString zh;
    QString en;
    QString text() const;
};

struct RubricCriterion
{
    QString id;
    LocalText name;
    LocalText focus;           // 評分重點
    QList<LocalText> guidance; // its bullets
    double weight = 0;         // share of the total, the weights summing to 100
    bool commentRequired = false;
};

// A pass/fail item (符合 / 不符合), for rubrics that check rather than score.
struct ChecklistItem
{
    QString id;
    LocalText group;
    LocalText name;
    QList<LocalText> guidance;
    QString source;
};

// An entry of a hierarchical list an applicant picks from (seed 003: 4 大項, 23 分項, 87 小項). A child's id
// extends its parent's ("1.1" under "1", "1.1.1" under "1.1").
struct RubricCategory
{
    QString id;
    LocalText name;
    QList<RubricCategory> children;
};

// The applicant's presentation before the committee, as the program sets it (seed 003: 10 + 10 minutes).
struct Presentation
{
    double talkMinutes = 0;
    double questionMinutes = 0;
    QString source;
};

struct RubricFlag
{
    QString id;
    LocalText name;
    QString source;
};

struct Recommendation
{
    QString id;
    LocalText name;
};

// A score sheet's definition, as data (resources/rubrics/*.json; docs/rubric-format.md). `points`: each
// criterion is scored from 0 to its weight, as Taiwanese paper 評分表 do, and the total is the sum.
// `percent`: each criterion is scored 0–100 and weighted. Loading validates the file and names the
// problem; a round freezes the exact bytes it uses (sha256).
class Rubric final
{
public:
    static constexpr auto formatId = "reviewdesk.rubric/1";
    enum class Scale
    {
        Points,
        Percent
    };

    static Result<Rubric> fromJson(const QByteArray& json, const QString& fileName);
    // The user's rubric folder first (a program office may add one without a new build), then built-ins.
    static Result<Rubric> load(const QString& id);
    static QStringList installed();
    static QString userFolder();

    const QString& id() const { return m_id; }
    const QString& version() const { return m_version; }
    const LocalText& name() const { return m_name; }
    const QString& source() const { return m_source; }
    Scale scale() const { return m_scale; }
    const QList<RubricCriterion>& criteria() const { return m_criteria; }
    const QList<ChecklistItem>& checklist() const { return m_checklist; }
    const QList<RubricFlag>& flags() const { return m_flags; }
    const QList<RubricCategory>& categories() const { return m_categories; }
    // How many entries the category list holds at each depth (seed 003: 4, 23, 87).
    QList<int> categoryCounts() const;
    // The category with this id at any depth, or null.
    const RubricCategory* category(const QString& id) const;
    const std::optional<Presentation>& presentation() const { return m_presentation; }
    const QList<Recommendation>& recommendations() const { return m_recommendations; }
    bool overallCommentRequired() const { return m_overallCommentRequired; }

    const RubricCriterion* criterion(const QString& id) const;
    // The highest score a criterion accepts: its weight on the points scale, 100 on the percent scale.
    double maximum(const RubricCriterion& criterion) const;
    // The total (0–100) of scores by criterion id; missing criteria count as 0.
    double total(const QHash<QString, double>& scores) const;

    // The file as loaded, and its SHA-256: what a round freezes.
    const QByteArray& json() const { return m_json; }
    const QString& sha256() const { return m_sha256; }

private:
    QString m_id;
    QString m_version;
    LocalText m_name;
    QString m_source;
    Scale m_scale = Scale::Points;
    QList<RubricCriterion> m_criteria;
    QList<ChecklistItem> m_checklist;
    QList<RubricFlag> m_flags;
    QList<RubricCategory> m_categories;
    std::optional<Presentation> m_presentation;
    QList<Recommendation> m_recommendations;
    bool m_overallCommentRequired = false;
    QByteArray m_json;
    QString m_sha256;
};

} // namespace rd
