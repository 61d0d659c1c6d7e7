#pragma once

#include "models/review/PreliminaryOpinions.h"
#include "models/review/ScoreSheetEditor.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace rd {

// 評分表 beside the document: every criterion with its guidance (評分重點) and the secretariat's 初審意見,
// a score limited to 0..maximum, the comment, the overall comment and the recommendation, the live total
// and what is still missing. There is no Save button: each change is written through the editor, and the
// sheet says "saved" only once the store has it on disk.
class ScoreSheetWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSheetWidget(ScoreSheetEditor* editor, QWidget* parent = nullptr);
    ~ScoreSheetWidget() override;

    // Rebuilds the form for the editor's current sheet and rubric, with the opinions beside the criteria.
    void rebuild(const QString& heading, const QList<PreliminaryOpinion>& opinions);

    QLineEdit* scoreField(const QString& criterion) const { return m_scores.value(criterion); }
    QPlainTextEdit* commentField(const QString& item) const { return m_comments.value(item); }
    QPlainTextEdit* overallField() const { return m_overall; }
    QPushButton* completeButton() const { return m_complete; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* savedLabel() const { return m_saved; }
    QLabel* errorLabel() const { return m_error; }
    // Writes every comment still waiting for the typing pause (before the sheet is left).
    void commitPending();

Q_SIGNALS:
    void sheetStateChanged();

private:
    // The application-wide focus watch: disconnected first thing in the destructor, because ~QWidget moves
    // focus while it deletes the children, and the watch must not reach a half-destroyed sheet.
    QMetaObject::Connection m_focusWatch;

    void refresh();
    // The form, built from the rubric by rebuild() one part at a time.
    void clearForm();
    QLabel* opinionLabel(const PreliminaryOpinion& opinion);
    void addCriterion(const Rubric& rubric, const RubricCriterion& criterion,
                      const QHash<QString, PreliminaryOpinion>& opinionOf);
    void addChecklistItem(const ChecklistItem& item, const QHash<QString, PreliminaryOpinion>& opinionOf);
    void addFlag(const RubricFlag& flag);
    void addOverallComment(const Rubric& rubric);
    void addRecommendations(const Rubric& rubric);
    void commitScore(const QString& criterion);
    void commitText(QPlainTextEdit* field);
    void report(const Status& status);
    QPlainTextEdit* textField(const QString& item, bool overall);

    ScoreSheetEditor* m_editor;
    QVBoxLayout* m_form = nullptr;
    QWidget* m_formHost = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_conflictCheck = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_conflict = nullptr;
    QHash<QString, QLineEdit*> m_scores;
    // Scores the sheet refused (out of range): kept in their fields as typed and marked, until corrected.
    QSet<QString> m_refusedScores;
    QHash<QString, QPlainTextEdit*> m_comments;
    QHash<QString, QComboBox*> m_marks;
    QHash<QString, QCheckBox*> m_flags;
    QPlainTextEdit* m_overall = nullptr;
    QButtonGroup* m_recommendations = nullptr;
    QTimer* m_typingPause = nullptr;
    QPlainTextEdit* m_pendingText = nullptr; // typed, not yet written
};

} // namespace rd
