#pragma once

#include "models/rubric/Rubric.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace rd {

// One line of a score sheet: a criterion's score, a checklist item's mark (pass / fail) or a flag (yes),
// and the reviewer's comment (審查意見) on it.
struct SheetEntry
{
    std::optional<double> score;
    QString mark;
    QString comment;

    bool operator==(const SheetEntry& other) const
    {
        return score == other.score && mark == other.mark && comment == other.comment;
    }
};

// 評分表: one reviewer's scores, comments and recommendation for one application.
struct ScoreSheet
{
    enum class State
    {
        Draft,
        Complete, // valid and marked complete by the reviewer
        Conflict  // the reviewer declared a conflict of interest; the sheet is locked
    };

    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    State state = State::Draft;
    QHash<QString, SheetEntry> entries; // by criterion, checklist item or flag id
    QString overallComment;
    QString recommendation; // a recommendation id of the rubric
    QString conflictReason;
    int revision = 0; // how many changes the sheet has had
    QDateTime updatedAt;

    SheetEntry entry(const QString& item) const { return entries.value(item); }
    QHash<QString, double> scores() const;
    bool isEmpty() const;
};

QString sheetStateKey(ScoreSheet::State state);
std::optional<ScoreSheet::State> sheetStateFromKey(const QString& key);
QString sheetStateName(ScoreSheet::State state); // in the user's language

// One change to a sheet. A score of null clears it.
struct SheetEdit
{
    enum class Field
    {
        Score,
        Mark,
        Comment,
        OverallComment,
        Recommendation
    };
    Field field = Field::Score;
    QString item; // empty for the overall comment and the recommendation
    QVariant value;
};

QString sheetFieldKey(SheetEdit::Field field);
std::optional<SheetEdit::Field> sheetFieldFromKey(const QString& key);

// The value an edit would replace: what undo writes back.
QVariant currentValue(const ScoreSheet& sheet, const SheetEdit& edit);

// Checks an edit against the rubric (the item exists, a score lies within 0..maximum with at most one
// decimal, a mark suits the item, a recommendation is one of the rubric's) and applies it to `sheet`.
Status applyEdit(const Rubric& rubric, ScoreSheet& sheet, const SheetEdit& edit);

// What is missing or wrong before a sheet can be complete, each naming the criterion in the user's
// language. Empty when the sheet is valid.
struct SheetProblem
{
    QString item; // the criterion or item at fault; empty for the sheet as a whole
    QString message;
};
QList<SheetProblem> validate(const Rubric& rubric, const ScoreSheet& sheet);

// The total on the rubric's 0–100 scale of the scores given so far.
double sheetTotal(const Rubric& rubric, const ScoreSheet& sheet);
// The rubric's checklist items the sheet marks as not met (不符合), in the rubric's order.
QStringList checklistFailures(const Rubric& rubric, const ScoreSheet& sheet);

// The sheet as data: what a score return carries and what its SHA-256 is taken of. Keys are sorted and
// the numbers exact, so the same sheet always gives the same bytes.
QJsonObject sheetToJson(const ScoreSheet& sheet);
Result<ScoreSheet> sheetFromJson(const QJsonObject& json);

} // namespace rd
