#include "widgets/consensus/MeetingDialogs.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd::meetingdialogs {

using namespace consensus;

namespace {

// Runs the dialog until `apply` succeeds or the user cancels; a refusal is shown and the dialog stays.
void runUntilApplied(QDialog& dialog, QDialogButtonBox* buttons, const std::function<Status()>& apply)
{
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, apply] {
        if (const Status applied = apply(); !applied)
            prompts::warning(&dialog, dialog.windowTitle(), applied.error());
        else
            dialog.accept();
    });
    dialog.exec();
}

} // namespace

void editAttendance(QWidget* parent, ConsensusSession& session)
{
    const MeetingState& state = session.state();
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("MeetingDialogs", "Attendance and meeting details"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    auto* chair = new QComboBox(&dialog);
    chair->addItem(QCoreApplication::translate("MeetingDialogs", "(none)"), 0);
    for (const Reviewer& r : state.data.committee)
        chair->addItem(r.name, r.id);
    chair->setCurrentIndex(std::max(0, chair->findData(state.info.chairId)));
    auto* time = new QLineEdit(state.info.heldAt, &dialog);
    time->setPlaceholderText(QCoreApplication::translate("MeetingDialogs", "e.g. 2025-03-12 14:00"));
    auto* place = new QLineEdit(state.info.place, &dialog);
    auto* recorder = new QLineEdit(state.info.recorder, &dialog);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Chair:"), chair);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Time:"), time);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Place:"), place);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Recorder:"), recorder);
    layout->addLayout(form);
    layout->addWidget(new QLabel(QCoreApplication::translate("MeetingDialogs", "Members present:"), &dialog));
    QList<QPair<qint64, QCheckBox*>> boxes;
    for (const Reviewer& r : state.data.committee) {
        auto* box = new QCheckBox(QStringLiteral("%1（%2）").arg(r.name, r.organization), &dialog);
        box->setChecked(state.attendance.value(r.id, false));
        box->setObjectName(QStringLiteral("present%1").arg(r.id));
        layout->addWidget(box);
        boxes.append({r.id, box});
    }
    auto* quorum = new QLabel(&dialog);
    auto updateQuorum = [&] {
        int present = 0;
        for (const auto& [id, box] : boxes)
            present += box->isChecked();
        quorum->setText(QCoreApplication::translate(
                            "MeetingDialogs", "%1 of %2 present; the meeting needs %3 (採購評選委員會審議規則 第9條).")
                            .arg(present)
                            .arg(boxes.size())
                            .arg(state.quorumNeeded()));
    };
    for (const auto& [id, box] : boxes)
        QObject::connect(box, &QCheckBox::toggled, &dialog, updateQuorum);
    updateQuorum();
    layout->addWidget(quorum);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    runUntilApplied(dialog, buttons, [&] {
        for (const auto& [id, box] : boxes)
            if (box->isChecked() != state.attendance.value(id, false))
                if (auto set = session.setPresent(id, box->isChecked()); !set)
                    return set;
        return session.setInfo({chair->currentData().toLongLong(), time->text(), place->text(), recorder->text()});
    });
}

void reviseScore(QWidget* parent, ConsensusSession& session, qint64 applicationId)
{
    const MeetingState& state = session.state();
    const ApplicationResult* result = state.result(applicationId);
    if (!result)
        return;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("MeetingDialogs", "Revise a score (複評)"));
    auto* form = new QFormLayout(&dialog);
    auto* member = new QComboBox(&dialog);
    member->setObjectName(QStringLiteral("reviseMember"));
    for (qint64 id : result->counted)
        if (state.attendance.value(id, false))
            member->addItem(state.data.reviewerNames.value(id), id);
    auto* criterion = new QComboBox(&dialog);
    criterion->setObjectName(QStringLiteral("reviseCriterion"));
    for (const RubricCriterion& c : state.data.rubric.criteria())
        criterion->addItem(c.name.text(), c.id);
    auto* score = new QDoubleSpinBox(&dialog);
    score->setObjectName(QStringLiteral("reviseScore"));
    score->setDecimals(1);
    auto* current = new QLabel(&dialog);
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("reviseReason"));
    reason->setAccessibleName(QCoreApplication::translate("MeetingDialogs", "Reason for the revision"));
    // Shows the score as it stands, and as returned, for the chosen member and criterion.
    auto showCurrent = [&] {
        const RubricCriterion* c = state.data.rubric.criterion(criterion->currentData().toString());
        if (!c)
            return;
        score->setRange(0, state.data.rubric.maximum(*c));
        const qint64 who = member->currentData().toLongLong();
        const SheetInput* revised = state.data.sheetInput(applicationId, who);
        const SheetInput* asReturned = state.data.sheetInput(applicationId, who, true);
        const double now = revised ? revised->criteria.value(c->id) : 0;
        const double returned = asReturned ? asReturned->criteria.value(c->id) : 0;
        score->setValue(now);
        current->setText(QCoreApplication::translate("MeetingDialogs", "Now %1, as returned %2 (maximum %3)")
                             .arg(now)
                             .arg(returned)
                             .arg(score->maximum()));
    };
    QObject::connect(member, &QComboBox::currentIndexChanged, &dialog, showCurrent);
    QObject::connect(criterion, &QComboBox::currentIndexChanged, &dialog, showCurrent);
    showCurrent();
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Member:"), member);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Criterion:"), criterion);
    form->addRow(QString(), current);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "&Revised score:"), score);
    form->addRow(QCoreApplication::translate("MeetingDialogs", "R&eason:"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    if (member->count() == 0) {
        prompts::information(
            parent, dialog.windowTitle(),
            QCoreApplication::translate("MeetingDialogs",
                                        "None of the members whose sheets count for this application is recorded as "
                                        "present."));
        return;
    }
    runUntilApplied(dialog, buttons, [&] {
        return session.revise(applicationId, member->currentData().toLongLong(), criterion->currentData().toString(),
                              score->value(), reason->toPlainText());
    });
}

namespace {

// QInputDialog::getMultiLineText, with the text field named for screen readers (Qt leaves it unnamed).
QString askText(QWidget* parent, const QString& title, const QString& label, const QString& accessibleName, bool* ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>())
        edit->setAccessibleName(accessibleName);
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

} // namespace

void resolveFlag(QWidget* parent, ConsensusSession& session, qint64 applicationId, const Flag& flag)
{
    bool ok = false;
    const QString note = askText(
        parent, QCoreApplication::translate("MeetingDialogs", "Resolution (議決)"),
        QCoreApplication::translate("MeetingDialogs", "%1\n\nWhat the committee resolved about this difference:")
            .arg(session.state().describe(flag)),
        QCoreApplication::translate("MeetingDialogs", "The committee's resolution"), &ok);
    if (!ok)
        return;
    if (auto resolved = session.resolve(applicationId, flagId(flag), note); !resolved)
        prompts::warning(parent, QCoreApplication::translate("MeetingDialogs", "Resolution (議決)"), resolved.error());
}

void reopen(QWidget* parent, ConsensusSession& session)
{
    bool ok = false;
    const QString reason =
        askText(parent, QCoreApplication::translate("MeetingDialogs", "Reopen the results"),
                QCoreApplication::translate(
                    "MeetingDialogs",
                    "The results are final. Why are they reopened? The reason stays on the record and in the minutes."),
                QCoreApplication::translate("MeetingDialogs", "Reason for reopening"), &ok);
    if (!ok)
        return;
    if (auto reopened = session.reopen(reason); !reopened)
        prompts::warning(parent, QCoreApplication::translate("MeetingDialogs", "Reopen the results"), reopened.error());
}

} // namespace rd::meetingdialogs
