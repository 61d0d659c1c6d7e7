#include "consensus/MeetingDialogs.h"

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

QString tr(const char* text)
{
    return QCoreApplication::translate("MeetingDialogs", text);
}

// Runs the dialog until `apply` succeeds or the user cancels; a refusal is shown and the dialog stays.
void runUntilApplied(QDialog& dialog, QDialogButtonBox* buttons, const std::function<Status()>& apply)
{
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, apply] {
        if (const Status applied = apply(); !applied)
            QMessageBox::warning(&dialog, dialog.windowTitle(), applied.error());
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
    dialog.setWindowTitle(tr("Attendance and meeting details"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    auto* chair = new QComboBox(&dialog);
    chair->addItem(tr("(none)"), 0);
    for (const Reviewer& r : state.data.committee)
        chair->addItem(r.name, r.id);
    chair->setCurrentIndex(std::max(0, chair->findData(state.info.chairId)));
    auto* time = new QLineEdit(state.info.heldAt, &dialog);
    time->setPlaceholderText(tr("e.g. 2025-03-12 14:00"));
    auto* place = new QLineEdit(state.info.place, &dialog);
    auto* recorder = new QLineEdit(state.info.recorder, &dialog);
    form->addRow(tr("&Chair:"), chair);
    form->addRow(tr("&Time:"), time);
    form->addRow(tr("&Place:"), place);
    form->addRow(tr("&Recorder:"), recorder);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members present:"), &dialog));
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
        quorum->setText(tr("%1 of %2 present; the meeting needs %3 (採購評選委員會審議規則 第9條).")
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
    dialog.setWindowTitle(tr("Revise a score (複評)"));
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
    reason->setAccessibleName(tr("Reason for the revision"));
    // Shows the score as it stands, and as returned, for the chosen member and criterion.
    auto showCurrent = [&] {
        const RubricCriterion* c = state.data.rubric.criterion(criterion->currentData().toString());
        if (!c)
            return;
        score->setRange(0, state.data.rubric.maximum(*c));
        double now = 0, returned = 0;
        for (const ApplicationInput& app : state.data.applications)
            if (app.applicationId == applicationId)
                for (const SheetInput& s : app.sheets)
                    if (s.reviewerId == member->currentData().toLongLong())
                        now = s.criteria.value(c->id);
        for (const ApplicationInput& app : state.data.asReturned)
            if (app.applicationId == applicationId)
                for (const SheetInput& s : app.sheets)
                    if (s.reviewerId == member->currentData().toLongLong())
                        returned = s.criteria.value(c->id);
        score->setValue(now);
        current->setText(tr("Now %1, as returned %2 (maximum %3)").arg(now).arg(returned).arg(score->maximum()));
    };
    QObject::connect(member, &QComboBox::currentIndexChanged, &dialog, showCurrent);
    QObject::connect(criterion, &QComboBox::currentIndexChanged, &dialog, showCurrent);
    showCurrent();
    form->addRow(tr("&Member:"), member);
    form->addRow(tr("&Criterion:"), criterion);
    form->addRow(QString(), current);
    form->addRow(tr("&Revised score:"), score);
    form->addRow(tr("R&eason:"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    if (member->count() == 0) {
        QMessageBox::information(parent, dialog.windowTitle(),
                                 tr("None of the members whose sheets count for this application is recorded as "
                                    "present."));
        return;
    }
    runUntilApplied(dialog, buttons, [&] {
        return session.revise(applicationId, member->currentData().toLongLong(), criterion->currentData().toString(),
                              score->value(), reason->toPlainText());
    });
}

void resolveFlag(QWidget* parent, ConsensusSession& session, qint64 applicationId, const Flag& flag)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        parent, tr("Resolution (議決)"),
        tr("%1\n\nWhat the committee resolved about this difference:").arg(session.state().describe(flag)), QString(),
        &ok);
    if (!ok)
        return;
    if (auto resolved = session.resolve(applicationId, flagId(flag), note); !resolved)
        QMessageBox::warning(parent, tr("Resolution (議決)"), resolved.error());
}

void reopen(QWidget* parent, ConsensusSession& session)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, tr("Reopen the results"),
        tr("The results are final. Why are they reopened? The reason stays on the record and in the minutes."),
        QString(), &ok);
    if (!ok)
        return;
    if (auto reopened = session.reopen(reason); !reopened)
        QMessageBox::warning(parent, tr("Reopen the results"), reopened.error());
}

} // namespace rd::meetingdialogs
