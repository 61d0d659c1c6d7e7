#include "widgets/screening/ScreeningPanel.h"

#include "models/core/StatusColours.h"
#include "models/core/Text.h"
#include "models/screening/Screening.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// Two weeks, as a 補正 notice commonly allows; the clerk changes it.
constexpr int defaultSupplementDays = 14;

colours::Tone toneOf(screening::Outcome outcome)
{
    switch (outcome) {
    case screening::Outcome::Eligible:
        return colours::Tone::Good;
    case screening::Outcome::Supplement:
        return colours::Tone::Caution;
    case screening::Outcome::Rejected:
        return colours::Tone::Error;
    case screening::Outcome::Pending:
        break;
    }
    return colours::Tone::Neutral;
}

} // namespace

ScreeningPanel::ScreeningPanel(screening::ScreeningStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_state->setFont(bold);
    m_state->setAccessibleName(tr("Screening (資格文件審查) outcome"));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    layout->addWidget(m_detail);

    auto* form = new QFormLayout;
    m_outcome = new QComboBox(this);
    for (screening::Outcome o :
         {screening::Outcome::Eligible, screening::Outcome::Supplement, screening::Outcome::Rejected})
        m_outcome->addItem(screening::outcomeName(o), int(o));
    m_outcome->setAccessibleName(tr("Outcome to record"));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_items = new QPlainTextEdit(this);
    m_items->setAccessibleName(tr("What to supplement or correct, one item per line"));
    m_items->setTabChangesFocus(true);
    form->addRow(tr("&Items (one per line):"), m_items);
    m_deadline = new QDateEdit(this);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setAccessibleName(tr("Deadline to supplement"));
    form->addRow(tr("&Deadline:"), m_deadline);
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reasonLabel = new QLabel(tr("&Reason:"), this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("Re&cord outcome"), this);
    m_extend = new QPushButton(tr("E&xtend the deadline"), this);
    m_extend->setToolTip(tr("Moves the deadline to supplement (補正) later; the reason is recorded."));
    m_extendSchedule = new QPushButton(tr("Extend the review &period by a month"), this);
    m_extendSchedule->setToolTip(tr("004 捌、二(一) allows the review period to be extended once, by one month; the "
                                    "reason is recorded."));
    buttons->addWidget(m_record);
    buttons->addWidget(m_extend);
    buttons->addWidget(m_extendSchedule);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ScreeningPanel::updateFields);
    connect(m_record, &QPushButton::clicked, this, &ScreeningPanel::record);
    connect(m_extend, &QPushButton::clicked, this, &ScreeningPanel::extend);
    connect(m_extendSchedule, &QPushButton::clicked, this, [this] {
        if (m_applicationId != 0)
            afterChange(m_store.extendSchedule(m_applicationId, m_reason->text()));
    });
    clear();
}

void ScreeningPanel::clear()
{
    m_applicationId = 0;
    m_state->setText(tr("No application selected."));
    m_state->setStyleSheet({});
    m_detail->clear();
    m_items->clear();
    m_reason->clear();
    m_problem->hide();
    setEnabled(false);
}

void ScreeningPanel::showApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    m_problem->hide();
    auto decision = m_store.decision(applicationId);
    auto items = m_store.defaultItems(applicationId);
    if (!decision || !items) {
        clear();
        showProblem(!decision ? decision.error() : items.error());
        return;
    }
    setEnabled(true);
    m_defaultItems = *items;
    m_hasErrors = !items->isEmpty();
    const screening::Decision& d = *decision;
    m_state->setText(tr("Screening (資格文件審查): %1").arg(screening::outcomeName(d.outcome)));
    m_state->setStyleSheet(
        QStringLiteral("color: %1").arg(colours::text(toneOf(d.outcome), palette()).name(QColor::HexRgb)));
    QStringList lines;
    lines << tr("Dossier version %1.").arg(d.version);
    if (d.recorded != screening::Outcome::Pending)
        lines << tr("Decided %1.").arg(text::localDateTime(d.decidedAt));
    if (const QString why = d.why(); !why.isEmpty() && d.outcome != screening::Outcome::Pending)
        lines << why;
    if (d.outcome == screening::Outcome::Supplement) {
        const qint64 days = QDate::currentDate().daysTo(d.deadline);
        lines << tr("%n day(s) left to supplement.", nullptr, int(days));
    }
    if (d.reviewDue.isValid())
        lines << (d.daysLeft() < 0
                      ? tr("Review period (審查時程): the review was due on %1 (004 捌、二(一)).")
                            .arg(d.reviewDue.toString(Qt::ISODate))
                      : tr("Review period (審查時程): due %1, %n day(s) left%2.", nullptr, int(d.daysLeft()))
                            .arg(d.reviewDue.toString(Qt::ISODate),
                                 d.scheduleExtended ? tr(", extended once") : QString()));
    if (!d.overridden.isEmpty())
        lines << tr("Error findings overridden: %1 — %2").arg(d.overridden.join(QStringLiteral(", ")), d.reason);
    lines << (m_hasErrors ? tr("%n error finding(s) stand: 符合 needs the reason they are overridden.", nullptr,
                               int(items->size()))
                          : tr("No error finding."));
    m_detail->setText(lines.join(QLatin1Char('\n')));

    // Propose what the findings suggest: 限期補正 with their items when there are errors, else 符合.
    m_outcome->setCurrentIndex(m_outcome->findData(int(d.recorded != screening::Outcome::Pending ? d.recorded
                                                       : m_hasErrors ? screening::Outcome::Supplement
                                                                     : screening::Outcome::Eligible)));
    m_items->setPlainText((d.items.isEmpty() ? m_defaultItems : d.items).join(QLatin1Char('\n')));
    m_deadline->setMinimumDate(QDate::currentDate().addDays(1));
    m_deadline->setDate(d.deadline.isValid() && d.deadline > QDate::currentDate()
                            ? d.deadline
                            : QDate::currentDate().addDays(defaultSupplementDays));
    m_reason->clear();
    m_extend->setVisible(d.recorded == screening::Outcome::Supplement);
    m_extendSchedule->setVisible(d.reviewDue.isValid() && !d.scheduleExtended);
    updateFields();
}

void ScreeningPanel::updateFields()
{
    const auto outcome = screening::Outcome(m_outcome->currentData().toInt());
    const bool supplement = outcome == screening::Outcome::Supplement;
    m_items->setEnabled(supplement);
    m_deadline->setEnabled(supplement || m_extend->isVisible());
    m_reason->setPlaceholderText(outcome == screening::Outcome::Rejected ? tr("Required: why it is not accepted")
                                 : outcome == screening::Outcome::Eligible && m_hasErrors
                                     ? tr("Required: why the error findings are overridden")
                                     : tr("Needed to extend a deadline or the review period"));
}

void ScreeningPanel::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setStyleSheet(
        QStringLiteral("color: %1").arg(colours::text(colours::Tone::Error, palette()).name(QColor::HexRgb)));
    m_problem->show();
}

void ScreeningPanel::record()
{
    if (m_applicationId == 0)
        return;
    Status done;
    switch (screening::Outcome(m_outcome->currentData().toInt())) {
    case screening::Outcome::Eligible:
        done = m_store.declareEligible(m_applicationId, m_reason->text());
        break;
    case screening::Outcome::Supplement:
        done = m_store.requestSupplement(m_applicationId, m_items->toPlainText().split(QLatin1Char('\n')),
                                         m_deadline->date());
        break;
    case screening::Outcome::Rejected:
        done = m_store.reject(m_applicationId, m_reason->text());
        break;
    case screening::Outcome::Pending:
        return;
    }
    afterChange(done);
}

void ScreeningPanel::extend()
{
    if (m_applicationId == 0)
        return;
    afterChange(m_store.extend(m_applicationId, m_deadline->date(), m_reason->text()));
}

void ScreeningPanel::afterChange(const Status& done)
{
    if (!done) {
        showProblem(done.error()); // what was typed stays for the clerk to correct
        return;
    }
    const qint64 id = m_applicationId;
    showApplication(id);
    Q_EMIT changed(id);
}

} // namespace rd
