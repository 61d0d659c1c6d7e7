#include "models/review/ScoreSheetEditor.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class SheetEditCommand final : public QUndoCommand
{
public:
    SheetEditCommand(ScoreSheetEditor& editor, SheetEdit before, SheetEdit after)
        : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(describe(m_after));
    }

    // The first redo is the edit the editor already wrote when the command was pushed.
    void redo() override
    {
        if (m_written) {
            m_written = false;
            return;
        }
        m_editor.write(m_after);
    }
    void undo() override { m_editor.write(m_before); }

    int id() const override
    {
        const bool text =
            m_after.field == SheetEdit::Field::Comment || m_after.field == SheetEdit::Field::OverallComment;
        return text ? 1 : -1;
    }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SheetEditCommand*>(other);
        if (next->m_after.field != m_after.field || next->m_after.item != m_after.item)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    QString describe(const SheetEdit& edit) const
    {
        switch (edit.field) {
        case SheetEdit::Field::Score:
            return QCoreApplication::translate("ScoreSheetEditor", "Score");
        case SheetEdit::Field::Mark:
            return QCoreApplication::translate("ScoreSheetEditor", "Mark");
        case SheetEdit::Field::Comment:
        case SheetEdit::Field::OverallComment:
            return QCoreApplication::translate("ScoreSheetEditor", "Comment");
        case SheetEdit::Field::Recommendation:
            return QCoreApplication::translate("ScoreSheetEditor", "Recommendation");
        }
        return {};
    }

    ScoreSheetEditor& m_editor;
    SheetEdit m_before;
    SheetEdit m_after;
    bool m_written = true;
};

ScoreSheetEditor::ScoreSheetEditor(ScoreSheetStore& store, QObject* parent) : QObject(parent), m_store(store) {}

Status ScoreSheetEditor::load(qint64 applicationId, qint64 reviewerId)
{
    auto rubric = m_store.rubricOf(applicationId);
    if (!rubric)
        return Status::from(rubric);
    auto sheet = m_store.open(applicationId, reviewerId);
    if (!sheet)
        return Status::from(sheet);
    m_rubric = *rubric;
    m_sheet = *sheet;
    m_undo.clear();
    Q_EMIT sheetChanged();
    return {};
}

void ScoreSheetEditor::clear()
{
    m_sheet = {};
    m_undo.clear();
    Q_EMIT sheetChanged();
}

bool ScoreSheetEditor::write(const SheetEdit& edit)
{
    auto written = m_store.apply(m_sheet.id, edit);
    if (!written) {
        Q_EMIT failed(written.error());
        return false;
    }
    m_sheet = *written;
    Q_EMIT sheetChanged();
    return true;
}

Status ScoreSheetEditor::edit(const SheetEdit& edit)
{
    if (!isLoaded())
        return Status::failure(QCoreApplication::translate("ScoreSheetEditor", "No score sheet is open."));
    const QVariant before = currentValue(m_sheet, edit);
    if (before == edit.value || (before.isNull() && edit.value.isNull()))
        return {};
    auto written = m_store.apply(m_sheet.id, edit);
    if (!written)
        return Status::from(written);
    m_sheet = *written;
    m_undo.push(new SheetEditCommand(*this, SheetEdit{edit.field, edit.item, before}, edit));
    Q_EMIT sheetChanged();
    return {};
}

Status ScoreSheetEditor::setComplete(bool complete)
{
    auto written = m_store.setComplete(m_sheet.id, complete);
    if (!written)
        return Status::from(written);
    m_sheet = *written;
    Q_EMIT sheetChanged();
    return {};
}

Status ScoreSheetEditor::declareConflict(const QString& reason)
{
    auto written = m_store.declareConflict(m_sheet.id, reason);
    if (!written)
        return Status::from(written);
    m_sheet = *written;
    m_undo.clear(); // a locked sheet has nothing to undo into
    Q_EMIT sheetChanged();
    return {};
}

} // namespace rd
