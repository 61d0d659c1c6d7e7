#include "models/review/ScoreSheet.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rd {

namespace {

const QString passMark = QStringLiteral("pass");
const QString failMark = QStringLiteral("fail");
const QString yesMark = QStringLiteral("yes");

const ChecklistItem* checklistItem(const Rubric& rubric, const QString& id)
{
    for (const ChecklistItem& item : rubric.checklist())
        if (item.id == id)
            return &item;
    return nullptr;
}

const RubricFlag* flag(const Rubric& rubric, const QString& id)
{
    for (const RubricFlag& f : rubric.flags())
        if (f.id == id)
            return &f;
    return nullptr;
}

bool knownItem(const Rubric& rubric, const QString& id)
{
    return rubric.criterion(id) || checklistItem(rubric, id) || flag(rubric, id);
}

QString itemName(const Rubric& rubric, const QString& id)
{
    if (const RubricCriterion* c = rubric.criterion(id))
        return c->name.text();
    if (const ChecklistItem* i = checklistItem(rubric, id))
        return i->name.text();
    if (const RubricFlag* f = flag(rubric, id))
        return f->name.text();
    return id;
}

// Scores are given as on paper: whole points or halves and tenths, never finer.
bool hasAtMostOneDecimal(double value)
{
    return std::abs(value * 10 - std::round(value * 10)) < 1e-9;
}

} // namespace

QHash<QString, double> ScoreSheet::scores() const
{
    QHash<QString, double> result;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        if (it->score)
            result.insert(it.key(), *it->score);
    return result;
}

bool ScoreSheet::isEmpty() const
{
    return overallComment.isEmpty() && recommendation.isEmpty() &&
           std::all_of(entries.cbegin(), entries.cend(), [](const SheetEntry& e) { return e == SheetEntry(); });
}

QString sheetStateKey(ScoreSheet::State state)
{
    switch (state) {
    case ScoreSheet::State::Complete:
        return QStringLiteral("complete");
    case ScoreSheet::State::Conflict:
        return QStringLiteral("conflict");
    case ScoreSheet::State::Draft:
        break;
    }
    return QStringLiteral("draft");
}

std::optional<ScoreSheet::State> sheetStateFromKey(const QString& key)
{
    for (auto s : {ScoreSheet::State::Draft, ScoreSheet::State::Complete, ScoreSheet::State::Conflict})
        if (sheetStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString sheetStateName(ScoreSheet::State state)
{
    switch (state) {
    case ScoreSheet::State::Complete:
        return QCoreApplication::translate("ScoreSheet", "Complete");
    case ScoreSheet::State::Conflict:
        return QCoreApplication::translate("ScoreSheet", "Conflict declared");
    case ScoreSheet::State::Draft:
        break;
    }
    return QCoreApplication::translate("ScoreSheet", "Draft");
}

QString sheetFieldKey(SheetEdit::Field field)
{
    switch (field) {
    case SheetEdit::Field::Score:
        return QStringLiteral("score");
    case SheetEdit::Field::Mark:
        return QStringLiteral("mark");
    case SheetEdit::Field::Comment:
        return QStringLiteral("comment");
    case SheetEdit::Field::OverallComment:
        return QStringLiteral("overall_comment");
    case SheetEdit::Field::Recommendation:
        return QStringLiteral("recommendation");
    }
    return {};
}

std::optional<SheetEdit::Field> sheetFieldFromKey(const QString& key)
{
    for (auto f : {SheetEdit::Field::Score, SheetEdit::Field::Mark, SheetEdit::Field::Comment,
                   SheetEdit::Field::OverallComment, SheetEdit::Field::Recommendation})
        if (sheetFieldKey(f) == key)
            return f;
    return std::nullopt;
}

QVariant currentValue(const ScoreSheet& sheet, const SheetEdit& edit)
{
    switch (edit.field) {
    case SheetEdit::Field::Score: {
        const auto score = sheet.entry(edit.item).score;
        return score ? QVariant(*score) : QVariant();
    }
    case SheetEdit::Field::Mark:
        return sheet.entry(edit.item).mark;
    case SheetEdit::Field::Comment:
        return sheet.entry(edit.item).comment;
    case SheetEdit::Field::OverallComment:
        return sheet.overallComment;
    case SheetEdit::Field::Recommendation:
        return sheet.recommendation;
    }
    return {};
}

Status applyEdit(const Rubric& rubric, ScoreSheet& sheet, const SheetEdit& edit)
{
    if (sheet.state == ScoreSheet::State::Conflict)
        return Status::failure(
            QCoreApplication::translate("ScoreSheet", "This sheet is locked: a conflict of interest was declared."));
    const bool perItem = edit.field == SheetEdit::Field::Score || edit.field == SheetEdit::Field::Mark ||
                         edit.field == SheetEdit::Field::Comment;
    if (perItem && !knownItem(rubric, edit.item))
        return Status::failure(
            QCoreApplication::translate("ScoreSheet", "The rubric %1 has no item \"%2\".").arg(rubric.id(), edit.item));

    switch (edit.field) {
    case SheetEdit::Field::Score: {
        const RubricCriterion* criterion = rubric.criterion(edit.item);
        if (!criterion)
            return Status::failure(QCoreApplication::translate("ScoreSheet", "%1 is marked, not scored.")
                                       .arg(itemName(rubric, edit.item)));
        if (edit.value.isNull()) {
            sheet.entries[edit.item].score.reset();
            break;
        }
        bool numeric = false;
        const double score = edit.value.toDouble(&numeric);
        const double maximum = rubric.maximum(*criterion);
        if (!numeric || !std::isfinite(score) || score < 0 || score > maximum)
            return Status::failure(
                QCoreApplication::translate("ScoreSheet", "The score for %1 must be between 0 and %2.")
                    .arg(criterion->name.text(), QLocale().toString(maximum)));
        if (!hasAtMostOneDecimal(score))
            return Status::failure(
                QCoreApplication::translate("ScoreSheet", "The score for %1 may have at most one decimal place.")
                    .arg(criterion->name.text()));
        sheet.entries[edit.item].score = std::round(score * 10) / 10;
        break;
    }
    case SheetEdit::Field::Mark: {
        const QString mark = edit.value.toString();
        if (checklistItem(rubric, edit.item)) {
            if (!mark.isEmpty() && mark != passMark && mark != failMark)
                return Status::failure(QCoreApplication::translate("ScoreSheet", "%1 is marked pass or fail.")
                                           .arg(itemName(rubric, edit.item)));
        } else if (flag(rubric, edit.item)) {
            if (!mark.isEmpty() && mark != yesMark)
                return Status::failure(QCoreApplication::translate("ScoreSheet", "%1 is either set or not.")
                                           .arg(itemName(rubric, edit.item)));
        } else {
            return Status::failure(QCoreApplication::translate("ScoreSheet", "%1 is scored, not marked.")
                                       .arg(itemName(rubric, edit.item)));
        }
        sheet.entries[edit.item].mark = mark;
        break;
    }
    case SheetEdit::Field::Comment:
        sheet.entries[edit.item].comment = edit.value.toString();
        break;
    case SheetEdit::Field::OverallComment:
        sheet.overallComment = edit.value.toString();
        break;
    case SheetEdit::Field::Recommendation: {
        const QString id = edit.value.toString();
        const auto& options = rubric.recommendations();
        if (!id.isEmpty() &&
            std::none_of(options.cbegin(), options.cend(), [&](const Recommendation& r) { return r.id == id; }))
            return Status::failure(
                QCoreApplication::translate("ScoreSheet", "The rubric %1 has no recommendation \"%2\".")
                    .arg(rubric.id(), id));
        sheet.recommendation = id;
        break;
    }
    }
    if (perItem && sheet.entries.value(edit.item) == SheetEntry())
        sheet.entries.remove(edit.item);
    return {};
}

QList<SheetProblem> validate(const Rubric& rubric, const ScoreSheet& sheet)
{
    QList<SheetProblem> problems;
    if (sheet.state == ScoreSheet::State::Conflict) {
        problems.append({{},
                         QCoreApplication::translate(
                             "ScoreSheet", "A conflict of interest was declared; this sheet is not scored.")});
        return problems;
    }
    for (const RubricCriterion& c : rubric.criteria()) {
        const SheetEntry entry = sheet.entry(c.id);
        if (!entry.score)
            problems.append({c.id, QCoreApplication::translate("ScoreSheet", "%1: no score yet.").arg(c.name.text())});
        if (c.commentRequired && entry.comment.trimmed().isEmpty())
            problems.append({c.id, QCoreApplication::translate("ScoreSheet", "%1: a comment (審查意見) is required.")
                                       .arg(c.name.text())});
    }
    for (const ChecklistItem& item : rubric.checklist()) {
        const SheetEntry entry = sheet.entry(item.id);
        if (entry.mark.isEmpty())
            problems.append(
                {item.id,
                 QCoreApplication::translate("ScoreSheet", "%1: not marked pass or fail yet.").arg(item.name.text())});
        else if (entry.mark == failMark && entry.comment.trimmed().isEmpty())
            problems.append(
                {item.id, QCoreApplication::translate("ScoreSheet", "%1: say why it fails.").arg(item.name.text())});
    }
    if (rubric.overallCommentRequired() && sheet.overallComment.trimmed().isEmpty())
        problems.append({{}, QCoreApplication::translate("ScoreSheet", "The overall comment is required.")});
    if (!rubric.recommendations().isEmpty() && sheet.recommendation.isEmpty())
        problems.append({{}, QCoreApplication::translate("ScoreSheet", "Choose a recommendation.")});
    return problems;
}

double sheetTotal(const Rubric& rubric, const ScoreSheet& sheet)
{
    return rubric.total(sheet.scores());
}

QStringList checklistFailures(const Rubric& rubric, const ScoreSheet& sheet)
{
    QStringList failed;
    for (const ChecklistItem& item : rubric.checklist())
        if (sheet.entry(item.id).mark == failMark)
            failed.append(item.id);
    return failed;
}

QJsonObject sheetToJson(const ScoreSheet& sheet)
{
    QStringList items = sheet.entries.keys();
    std::sort(items.begin(), items.end());
    QJsonArray entries;
    for (const QString& item : items) {
        const SheetEntry e = sheet.entry(item);
        QJsonObject entry{
            {QStringLiteral("item"), item}, {QStringLiteral("mark"), e.mark}, {QStringLiteral("comment"), e.comment}};
        entry.insert(QStringLiteral("score"), e.score ? QJsonValue(*e.score) : QJsonValue());
        entries.append(entry);
    }
    return {{QStringLiteral("state"), sheetStateKey(sheet.state)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("overall_comment"), sheet.overallComment},
            {QStringLiteral("recommendation"), sheet.recommendation},
            {QStringLiteral("conflict_reason"), sheet.conflictReason},
            {QStringLiteral("revision"), sheet.revision},
            {QStringLiteral("updated_at"), sheet.updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<ScoreSheet> sheetFromJson(const QJsonObject& json)
{
    using R = Result<ScoreSheet>;
    ScoreSheet sheet;
    const auto state = sheetStateFromKey(json.value(QStringLiteral("state")).toString());
    if (!state)
        return R::failure(QCoreApplication::translate("ScoreSheet", "unknown sheet state \"%1\"")
                              .arg(json.value(QStringLiteral("state")).toString()));
    sheet.state = *state;
    for (const QJsonValue& value : json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString item = o.value(QStringLiteral("item")).toString();
        if (item.isEmpty() || sheet.entries.contains(item))
            return R::failure(QCoreApplication::translate("ScoreSheet", "a sheet entry has no item or repeats one"));
        SheetEntry entry;
        const QJsonValue score = o.value(QStringLiteral("score"));
        if (score.isDouble())
            entry.score = score.toDouble();
        else if (!score.isNull() && !score.isUndefined())
            return R::failure(QCoreApplication::translate("ScoreSheet", "the score of %1 is not a number").arg(item));
        entry.mark = o.value(QStringLiteral("mark")).toString();
        entry.comment = o.value(QStringLiteral("comment")).toString();
        sheet.entries.insert(item, entry);
    }
    sheet.overallComment = json.value(QStringLiteral("overall_comment")).toString();
    sheet.recommendation = json.value(QStringLiteral("recommendation")).toString();
    sheet.conflictReason = json.value(QStringLiteral("conflict_reason")).toString();
    sheet.revision = json.value(QStringLiteral("revision")).toInt();
    sheet.updatedAt = QDateTime::fromString(json.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    return sheet;
}

} // namespace rd
