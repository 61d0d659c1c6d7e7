#include "widgets/review/ScoreSheetWidget.h"

#include "models/core/StatusColours.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int typingPauseMs = 500;
const char* itemProperty = "sheetItem";
const char* overallProperty = "sheetOverall";

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScoreSheetWidget::~ScoreSheetWidget()
{
    disconnect(m_focusWatch);
}

ScoreSheetWidget::ScoreSheetWidget(ScoreSheetEditor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto* status = new QHBoxLayout;
    m_total = new QLabel(this);
    m_total->setAccessibleName(tr("Total score"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.4);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_state = new QLabel(this);
    m_saved = new QLabel(this);
    m_saved->setAccessibleName(tr("Save state"));
    // The buttons keep their labels; what they would undo is in the tooltip. A label that grew with every
    // edit would push the panes beside the sheet, and the reader would re-fit while the member types.
    QUndoStack* stack = m_editor->undoStack();
    auto* undo = new QToolButton(this);
    auto* undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcuts(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undoAction->setEnabled(stack->canUndo());
    connect(undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString& text) { undoAction->setToolTip(tr("Undo %1").arg(text)); });
    addAction(undoAction);
    undo->setDefaultAction(undoAction);
    auto* redo = new QToolButton(this);
    auto* redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcuts(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction->setEnabled(stack->canRedo());
    connect(redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redoAction,
            [redoAction](const QString& text) { redoAction->setToolTip(tr("Redo %1").arg(text)); });
    addAction(redoAction);
    redo->setDefaultAction(redoAction);
    status->addWidget(m_total);
    status->addWidget(m_state);
    status->addStretch(1);
    status->addWidget(m_saved);
    status->addWidget(undo);
    status->addWidget(redo);
    layout->addLayout(status);

    // Asked before the first score, as committees do: a member with ties to the applicant does not score.
    m_conflictCheck = new QLabel(this);
    m_conflictCheck->setWordWrap(true);
    m_conflictCheck->setStyleSheet(
        QStringLiteral("background: #fff4ce; border-left: 3px solid #b58900; padding: 4px;"));
    m_conflictCheck->setAccessibleName(tr("Conflict of interest check"));
    m_conflictCheck->hide();
    layout->addWidget(m_conflictCheck);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the width
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);    // so the width it follows does not change
    m_formHost = new QWidget(scroll);
    m_form = new QVBoxLayout(m_formHost);
    // The form takes the width it is given; wrapped guidance and comments adapt to it.
    m_form->setSizeConstraint(QLayout::SetNoConstraint);
    m_formHost->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_form->setContentsMargins(0, 0, 6, 0);
    scroll->setWidget(m_formHost);
    layout->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Last change not saved"));
    m_error->setStyleSheet(QStringLiteral("color: white; background: #a4262c; padding: 4px;")); // 6.9:1
    m_error->hide();
    layout->addWidget(m_error);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("What is still missing"));
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(colours::text(colours::Tone::Error).name()));
    layout->addWidget(m_problems);

    auto* buttons = new QHBoxLayout;
    m_complete = new QPushButton(
        tr("Mark complete (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)), this);
    auto* completeShortcut = new QAction(this);
    completeShortcut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    completeShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(completeShortcut, &QAction::triggered, this, [this] {
        commitPending();
        if (m_complete->isEnabled())
            m_complete->click();
    });
    addAction(completeShortcut);
    m_complete->setToolTip(tr("A sheet can be marked complete once nothing is missing; only complete sheets are "
                              "sent back."));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_conflict = new QPushButton(tr("Declare a conflict of interest…"), this);
    buttons->addWidget(m_conflict);
    buttons->addStretch(1);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_complete);
    layout->addLayout(buttons);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        if (m_pendingText)
            commitText(m_pendingText);
    });
    // Leaving a comment being typed writes it at once.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && old == m_pendingText)
            commitText(m_pendingText);
    });
    connect(m_editor, &ScoreSheetEditor::sheetChanged, this, &ScoreSheetWidget::refresh);
    connect(m_editor, &ScoreSheetEditor::failed, this,
            [this](const QString& message) { report(Status::failure(message)); });
    connect(m_complete, &QPushButton::clicked, this, [this] {
        commitPending();
        report(m_editor->setComplete(true));
        Q_EMIT sheetStateChanged();
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        report(m_editor->setComplete(false));
        Q_EMIT sheetStateChanged();
    });
    connect(m_conflict, &QPushButton::clicked, this, [this] {
        const QString question =
            tr("What ties you to this applicant? Once declared, the sheet is locked and you do not score this "
               "application; the secretariat sees your declaration.");
        QString reason;
        QString missing;
        // Asked again, saying what is missing, until there is a reason or the member cancels.
        for (;;) {
            bool ok = false;
            reason = QInputDialog::getMultiLineText(this, tr("Declare a conflict of interest"), missing + question,
                                                    reason, &ok);
            if (!ok)
                return;
            if (!reason.trimmed().isEmpty())
                break;
            missing = tr("The reason is missing: a conflict is declared with what ties you to the applicant.") +
                      QStringLiteral("\n\n");
        }
        report(m_editor->declareConflict(reason));
        Q_EMIT sheetStateChanged();
    });
}

QPlainTextEdit* ScoreSheetWidget::textField(const QString& item, bool overall)
{
    auto* field = new QPlainTextEdit(m_formHost);
    field->setTabChangesFocus(true);
    field->setProperty(itemProperty, item);
    field->setProperty(overallProperty, overall);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * 4 + 12);
    connect(field, &QPlainTextEdit::textChanged, this, [this, field] {
        if (field->signalsBlocked())
            return;
        if (m_pendingText && m_pendingText != field)
            commitText(m_pendingText);
        m_pendingText = field;
        m_saved->setText(tr("Editing…"));
        m_typingPause->start();
    });
    return field;
}

void ScoreSheetWidget::rebuild(const QString& heading, const QList<PreliminaryOpinion>& opinions)
{
    commitPending();
    m_heading->setText(heading);
    clearForm();
    if (!m_editor->isLoaded()) {
        refresh();
        return;
    }
    const Rubric& rubric = m_editor->rubric();
    QHash<QString, PreliminaryOpinion> opinionOf;
    for (const PreliminaryOpinion& o : opinions)
        opinionOf.insert(o.criterion, o);
    if (opinionOf.contains(QString())) {
        auto* overall = new QVBoxLayout;
        overall->addWidget(opinionLabel(opinionOf.value(QString())));
        m_form->addLayout(overall);
    }
    for (const RubricCriterion& c : rubric.criteria())
        addCriterion(rubric, c, opinionOf);
    for (const ChecklistItem& item : rubric.checklist())
        addChecklistItem(item, opinionOf);
    for (const RubricFlag& flag : rubric.flags())
        addFlag(flag);
    addOverallComment(rubric);
    addRecommendations(rubric);
    m_form->addStretch(1);
    refresh();
}

void ScoreSheetWidget::clearForm()
{
    m_scores.clear();
    m_refusedScores.clear();
    m_comments.clear();
    m_marks.clear();
    m_flags.clear();
    m_overall = nullptr;
    m_pendingText = nullptr;
    while (QLayoutItem* item = m_form->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    delete m_recommendations;
    m_recommendations = nullptr;
}

QLabel* ScoreSheetWidget::opinionLabel(const PreliminaryOpinion& opinion)
{
    auto* label = wrapped(tr("初審意見 (%1): %2").arg(meetsName(opinion.meets), opinion.opinion), m_formHost);
    label->setStyleSheet(QStringLiteral("background: #eef4fb; border-left: 3px solid #2b6cb0; padding: 4px;"));
    label->setAccessibleName(tr("Preliminary opinion"));
    return label;
}

void ScoreSheetWidget::addCriterion(const Rubric& rubric, const RubricCriterion& c,
                                    const QHash<QString, PreliminaryOpinion>& opinionOf)
{
    auto* group = new QGroupBox(QStringLiteral("%1（%2）").arg(c.name.text(), number(rubric.maximum(c))), m_formHost);
    auto* box = new QVBoxLayout(group);
    if (!c.focus.text().isEmpty())
        box->addWidget(wrapped(c.focus.text(), group));
    QStringList bullets;
    for (const LocalText& g : c.guidance)
        bullets << QStringLiteral("• ") + g.text();
    if (!bullets.isEmpty()) {
        QLabel* guidance = wrapped(bullets.join(QLatin1Char('\n')), group);
        guidance->setStyleSheet(QStringLiteral("color: palette(dark);"));
        box->addWidget(guidance);
    }
    if (opinionOf.contains(c.id))
        box->addWidget(opinionLabel(opinionOf.value(c.id)));
    auto* row = new QHBoxLayout;
    auto* score = new QLineEdit(group);
    score->setAccessibleName(tr("Score for %1").arg(c.name.text()));
    score->setPlaceholderText(tr("0–%1").arg(number(rubric.maximum(c))));
    // Digits and one decimal only; the range is the store's to check, so an out-of-range entry is
    // refused with a message that says what the range is instead of silently not being taken.
    score->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral(R"(\d{0,3}([.,]\d?)?)")), score));
    score->setMaximumWidth(80);
    row->addWidget(new QLabel(tr("Score"), group));
    row->addWidget(score);
    row->addWidget(new QLabel(tr("/ %1").arg(number(rubric.maximum(c))), group));
    row->addStretch(1);
    box->addLayout(row);
    QPlainTextEdit* comment = textField(c.id, false);
    comment->setAccessibleName(tr("Comment on %1").arg(c.name.text()));
    comment->setPlaceholderText(c.commentRequired ? tr("Comment (審查意見), required") : tr("Comment (審查意見)"));
    box->addWidget(comment);
    m_form->addWidget(group);
    m_scores.insert(c.id, score);
    m_comments.insert(c.id, comment);
    const QString id = c.id;
    connect(score, &QLineEdit::editingFinished, this, [this, id, score] {
        score->setModified(false);
        commitScore(id);
    });
}

void ScoreSheetWidget::addChecklistItem(const ChecklistItem& item, const QHash<QString, PreliminaryOpinion>& opinionOf)
{
    auto* group = new QGroupBox(QStringLiteral("%1：%2").arg(item.group.text(), item.name.text()), m_formHost);
    auto* box = new QVBoxLayout(group);
    QStringList bullets;
    for (const LocalText& g : item.guidance)
        bullets << QStringLiteral("• ") + g.text();
    box->addWidget(wrapped(bullets.join(QLatin1Char('\n')), group));
    if (opinionOf.contains(item.id))
        box->addWidget(opinionLabel(opinionOf.value(item.id)));
    auto* mark = new QComboBox(group);
    mark->setAccessibleName(tr("Result for %1").arg(item.name.text()));
    mark->addItem(tr("Not checked yet"), QString());
    mark->addItem(tr("Pass (符合)"), QStringLiteral("pass"));
    mark->addItem(tr("Fail (不符合)"), QStringLiteral("fail"));
    box->addWidget(mark);
    QPlainTextEdit* comment = textField(item.id, false);
    comment->setAccessibleName(tr("Comment on %1").arg(item.name.text()));
    comment->setPlaceholderText(tr("Comment; required when it fails"));
    box->addWidget(comment);
    m_form->addWidget(group);
    m_marks.insert(item.id, mark);
    m_comments.insert(item.id, comment);
    const QString id = item.id;
    connect(mark, &QComboBox::activated, this, [this, id, mark] {
        report(m_editor->edit({SheetEdit::Field::Mark, id, mark->currentData().toString()}));
    });
}

void ScoreSheetWidget::addFlag(const RubricFlag& flag)
{
    auto* check = new QCheckBox(flag.name.text(), m_formHost);
    check->setToolTip(QStringLiteral("%1\n%2").arg(flag.name.text(), flag.source)); // the box does not wrap
    m_form->addWidget(check);
    m_flags.insert(flag.id, check);
    const QString id = flag.id;
    connect(check, &QCheckBox::clicked, this, [this, id](bool on) {
        report(m_editor->edit({SheetEdit::Field::Mark, id, on ? QStringLiteral("yes") : QString()}));
    });
}

void ScoreSheetWidget::addOverallComment(const Rubric& rubric)
{
    auto* group = new QGroupBox(tr("Overall comment"), m_formHost);
    auto* box = new QVBoxLayout(group);
    m_overall = textField(QString(), true);
    m_overall->setAccessibleName(tr("Overall comment"));
    m_overall->setPlaceholderText(rubric.overallCommentRequired() ? tr("Overall comment, required")
                                                                  : tr("Overall comment"));
    box->addWidget(m_overall);
    m_form->addWidget(group);
}

void ScoreSheetWidget::addRecommendations(const Rubric& rubric)
{
    if (rubric.recommendations().isEmpty())
        return;
    auto* group = new QGroupBox(tr("Recommendation"), m_formHost);
    auto* box = new QVBoxLayout(group);
    m_recommendations = new QButtonGroup(this);
    for (int i = 0; i < rubric.recommendations().size(); ++i) {
        const Recommendation& r = rubric.recommendations().at(i);
        auto* radio = new QRadioButton(r.name.text(), group);
        radio->setProperty(itemProperty, r.id);
        m_recommendations->addButton(radio, i);
        box->addWidget(radio);
    }
    connect(m_recommendations, &QButtonGroup::idClicked, this, [this](int id) {
        report(m_editor->edit(
            {SheetEdit::Field::Recommendation, {}, m_recommendations->button(id)->property(itemProperty).toString()}));
    });
    m_form->addWidget(group);
}

void ScoreSheetWidget::commitScore(const QString& criterion)
{
    QLineEdit* field = m_scores.value(criterion);
    if (!field)
        return;
    const QString text = field->text().trimmed();
    bool numeric = false;
    QString normalized = text;
    normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    const double value = QLocale::c().toDouble(normalized, &numeric);
    const Status stored =
        m_editor->edit({SheetEdit::Field::Score, criterion, text.isEmpty() ? QVariant() : QVariant(value)});
    // A refused score stays as typed, marked, so the member sees what was wrong and corrects it; the sheet
    // keeps the score it had.
    if (stored) {
        m_refusedScores.remove(criterion);
        field->setStyleSheet({});
        field->setToolTip({});
    } else {
        m_refusedScores.insert(criterion);
        field->setStyleSheet(
            QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(colours::text(colours::Tone::Error).name()));
        field->setToolTip(stored.error());
    }
    report(stored);
    if (!text.isEmpty() && !numeric)
        refresh();
}

void ScoreSheetWidget::commitText(QPlainTextEdit* field)
{
    if (m_pendingText == field) {
        m_pendingText = nullptr;
        m_typingPause->stop();
    }
    if (!m_editor->isLoaded())
        return;
    const bool overall = field->property(overallProperty).toBool();
    const SheetEdit edit =
        overall ? SheetEdit{SheetEdit::Field::OverallComment, {}, field->toPlainText()}
                : SheetEdit{SheetEdit::Field::Comment, field->property(itemProperty).toString(), field->toPlainText()};
    report(m_editor->edit(edit));
}

void ScoreSheetWidget::commitPending()
{
    if (m_pendingText)
        commitText(m_pendingText);
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        if (it.value()->isModified()) {
            it.value()->setModified(false);
            commitScore(it.key());
        }
}

void ScoreSheetWidget::report(const Status& status)
{
    // Shown in the sheet, not in a dialog: a reviewer tabbing through the form keeps going.
    m_error->setText(status ? QString() : tr("Not saved: %1").arg(status.error()));
    m_error->setVisible(!status);
    if (!status)
        refresh();
}

void ScoreSheetWidget::refresh()
{
    const ScoreSheet& sheet = m_editor->sheet();
    const bool loaded = m_editor->isLoaded();
    const bool locked = m_editor->locked();
    m_formHost->setEnabled(loaded && !locked);
    const auto setText = [](QPlainTextEdit* field, const QString& text) {
        if (field && field->toPlainText() != text) {
            const QSignalBlocker block(field);
            field->setPlainText(text);
        }
    };
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const auto score = sheet.entry(it.key()).score;
        const QString text = score ? QLocale::c().toString(*score) : QString();
        if (it.value()->text() != text && !(it.value()->hasFocus() && it.value()->isModified()) &&
            !m_refusedScores.contains(it.key()))
            it.value()->setText(text);
    }
    for (auto it = m_comments.cbegin(); it != m_comments.cend(); ++it)
        if (it.value() != m_pendingText)
            setText(it.value(), sheet.entry(it.key()).comment);
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(sheet.entry(it.key()).mark)));
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(sheet.entry(it.key()).mark == QLatin1String("yes"));
    if (m_overall != m_pendingText)
        setText(m_overall, sheet.overallComment);
    if (m_recommendations) {
        for (QAbstractButton* button : m_recommendations->buttons()) {
            const QSignalBlocker block(button);
            button->setChecked(button->property(itemProperty).toString() == sheet.recommendation);
        }
    }

    if (!loaded) {
        m_total->clear();
        m_state->clear();
        m_saved->clear();
        m_problems->clear();
    } else {
        m_total->setText(m_editor->rubric().criteria().isEmpty() ? QString()
                                                                 : tr("Total %1 / 100").arg(number(m_editor->total())));
        m_state->setText(QStringLiteral("· %1").arg(sheetStateName(sheet.state)));
        if (!m_pendingText)
            m_saved->setText(sheet.revision == 0 ? tr("Nothing written yet")
                                                 : tr("Saved (revision %1)").arg(sheet.revision));
        // The first few in the sheet, all of them on hover: the form keeps its room.
        constexpr int shown = 3;
        QStringList missing;
        for (const SheetProblem& p : m_editor->problems())
            missing << QStringLiteral("• ") + p.message;
        QStringList lines = missing.mid(0, shown);
        if (missing.size() > shown)
            lines << tr("… and %1 more").arg(missing.size() - shown);
        m_problems->setText(locked ? tr("Conflict of interest declared: %1").arg(sheet.conflictReason)
                                   : lines.join(QLatin1Char('\n')));
        m_problems->setToolTip(missing.join(QLatin1Char('\n')));
    }
    const bool untouched = loaded && !locked && sheet.revision == 0;
    m_conflictCheck->setVisible(untouched);
    if (untouched)
        m_conflictCheck->setText(
            tr("Before you score: if you have ties with this applicant or are named in its list of "
               "people to recuse (建議迴避之人員清單), declare a conflict of interest instead."));
    const bool valid = loaded && !locked && m_editor->problems().isEmpty();
    m_complete->setEnabled(valid && sheet.state != ScoreSheet::State::Complete);
    m_reopen->setVisible(sheet.state == ScoreSheet::State::Complete);
    m_conflict->setEnabled(loaded && !locked);
    Q_EMIT sheetStateChanged();
}

} // namespace rd
