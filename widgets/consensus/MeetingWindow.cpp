#include "widgets/consensus/MeetingWindow.h"
#include "widgets/Prompts.h"

#include "models/core/StatusColours.h"

#include "widgets/consensus/ConsensusCharts.h"
#include "widgets/consensus/MeetingDialogs.h"
#include "widgets/consensus/PresentationTimer.h"

#include <QAction>
#include <QButtonGroup>
#include <QChartView>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

using namespace consensus;

MeetingWindow::MeetingWindow(ConsensusSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setWindowTitle(tr("Consensus meeting (共識會議)"));
    // Legible from the back of a room.
    QFont projector = font();
    projector.setPointSizeF(projector.pointSizeF() * 1.35);
    setFont(projector);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀ Previous"), this);
    previous->setObjectName(QStringLiteral("previousApplication"));
    previous->setToolTip(tr("Previous application (PgUp)"));
    auto* next = new QPushButton(tr("Next ▶"), this);
    next->setObjectName(QStringLiteral("nextApplication"));
    next->setToolTip(tr("Next application (PgDn)"));
    m_position = new QLabel(this);
    m_heading = new QLabel(this);
    QFont headingFont = projector;
    headingFont.setPointSizeF(projector.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    auto* leave = new QPushButton(tr("Leave (Esc)"), this);
    m_presentButton = new QPushButton(tr("Presentation view (簡報)"), this);
    m_presentButton->setObjectName(QStringLiteral("presentationView"));
    m_presentButton->setCheckable(true);
    m_presentButton->setToolTip(tr("While the applicant presents: only the application and the timer are shown, "
                                   "no member's name or score (F7)"));
    connect(m_presentButton, &QPushButton::toggled, this, &MeetingWindow::setPresenting);
    auto* present = new QAction(this);
    present->setShortcut(QKeySequence(Qt::Key_F7));
    present->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(present, &QAction::triggered, this, [this] { setPresenting(!m_presenting); });
    addAction(present);
    top->addWidget(previous);
    top->addWidget(m_position);
    top->addWidget(next);
    top->addSpacing(16);
    top->addWidget(m_heading, 1);
    top->addWidget(m_presentButton);
    top->addWidget(leave);
    layout->addLayout(top);
    connect(previous, &QPushButton::clicked, this, [this] { showApplication(m_index - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showApplication(m_index + 1); });
    // Shortcuts of the window, so PgUp and PgDn turn applications whichever table or field has the focus.
    for (const auto& [key, offset] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, +1}}) {
        auto* turn = new QAction(this);
        turn->setShortcut(QKeySequence(key));
        turn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(turn, &QAction::triggered, this, [this, offset = offset] { showApplication(m_index + offset); });
        addAction(turn);
    }
    connect(leave, &QPushButton::clicked, this, &QWidget::close);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Left: the figures and flags.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    m_figures = new QLabel(left);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    leftLayout->addWidget(m_figures);
    leftLayout->addWidget(new QLabel(tr("Flags"), left));
    m_flags = new QListWidget(left);
    m_flags->setObjectName(QStringLiteral("meetingFlags"));
    m_flags->setAccessibleName(tr("Flags"));
    m_flags->setWordWrap(true);
    m_flags->setTextElideMode(Qt::ElideNone);
    m_flags->setResizeMode(QListView::Adjust);
    leftLayout->addWidget(m_flags, 1);
    auto* flagButtons = new QHBoxLayout;
    m_resolve = new QPushButton(tr("Resolution (議決)…"), left);
    m_revise = new QPushButton(tr("Re-score (複評)…"), left);
    m_revise->setObjectName(QStringLiteral("reviseButton"));
    flagButtons->addWidget(m_resolve);
    flagButtons->addWidget(m_revise);
    leftLayout->addLayout(flagButtons);
    connect(m_resolve, &QPushButton::clicked, this, &MeetingWindow::resolveSelectedFlag);
    connect(m_revise, &QPushButton::clicked, this,
            [this] { meetingdialogs::reviseScore(this, m_session, currentApplication()); });

    // Middle: the members' scores and comments side by side.
    m_comments = new QTableWidget(splitter);
    m_comments->setObjectName(QStringLiteral("meetingComments"));
    m_comments->setAccessibleName(tr("Members' scores and comments"));
    m_comments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comments->setWordWrap(true);
    m_comments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comments->verticalHeader()->hide(); // the criteria are the first column, wrapped, not a wide header

    // Right: the chart, the timer, the notes, the decision and the pass list.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    m_chart = new QChartView(right);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    rightLayout->addWidget(m_chart, 2);
    m_timer = new PresentationTimer(right);
    m_timer->setDurations(session.state().settings.talkMinutes, session.state().settings.questionMinutes);
    rightLayout->addWidget(m_timer);
    m_notes = new QPlainTextEdit(right);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setAccessibleName(tr("Discussion notes"));
    m_notes->setPlaceholderText(tr("Discussion notes for the minutes…"));
    rightLayout->addWidget(m_notes, 1);
    m_noteSave.setSingleShot(true);
    m_noteSave.setInterval(500);
    connect(m_notes, &QPlainTextEdit::textChanged, &m_noteSave, qOverload<>(&QTimer::start));
    connect(&m_noteSave, &QTimer::timeout, this, &MeetingWindow::saveNote);

    auto* decisionBox = new QGroupBox(tr("Decision"), right);
    auto* form = new QFormLayout(decisionBox);
    auto* choices = new QHBoxLayout;
    m_decision = new QButtonGroup(this);
    const std::pair<Decision, const char*> kinds[] = {{Decision::Pass, "decisionPass"},
                                                      {Decision::Conditional, "decisionConditional"},
                                                      {Decision::Fail, "decisionFail"}};
    for (const auto& [kind, name] : kinds) {
        auto* radio = new QRadioButton(decisionName(kind), decisionBox);
        radio->setObjectName(QLatin1String(name));
        m_decision->addButton(radio, int(kind));
        choices->addWidget(radio);
    }
    form->addRow(choices);
    m_conditions = new QLineEdit(decisionBox);
    m_conditions->setObjectName(QStringLiteral("conditions"));
    m_conditions->setPlaceholderText(tr("What the applicant must change (修正後通過)"));
    form->addRow(tr("&Conditions:"), m_conditions);
    m_departure = new QLineEdit(decisionBox);
    m_departure->setObjectName(QStringLiteral("departure"));
    m_departure->setPlaceholderText(tr("Only when departing from the 初審意見"));
    form->addRow(tr("&Why not as the 初審意見:"), m_departure);
    m_approved = new QDoubleSpinBox(decisionBox);
    m_approved->setObjectName(QStringLiteral("approvedSubsidy"));
    m_approved->setAccessibleName(tr("Approved subsidy (核定補助款), NT$ thousand"));
    m_approved->setDecimals(0);
    m_approved->setRange(0, 1e7);
    m_approved->setGroupSeparatorShown(true);
    form->addRow(tr("&Approved subsidy (核定補助款, NT$ thousand):"), m_approved);
    m_passMarkReason = new QLineEdit(decisionBox);
    m_passMarkReason->setObjectName(QStringLiteral("passMarkReason"));
    m_passMarkReason->setPlaceholderText(tr("Only when passing below the pass mark or failing above it"));
    form->addRow(tr("Why against the pass &mark:"), m_passMarkReason);
    auto* votes = new QHBoxLayout;
    m_for = new QSpinBox(decisionBox);
    m_against = new QSpinBox(decisionBox);
    m_abstain = new QSpinBox(decisionBox);
    m_for->setObjectName(QStringLiteral("votesFor"));
    m_against->setObjectName(QStringLiteral("votesAgainst"));
    m_abstain->setObjectName(QStringLiteral("abstentions"));
    m_for->setAccessibleName(tr("Votes for"));
    m_against->setAccessibleName(tr("Votes against"));
    m_abstain->setAccessibleName(tr("Abstentions"));
    votes->addWidget(new QLabel(tr("For"), decisionBox));
    votes->addWidget(m_for);
    votes->addWidget(new QLabel(tr("Against"), decisionBox));
    votes->addWidget(m_against);
    votes->addWidget(new QLabel(tr("Abstaining"), decisionBox));
    votes->addWidget(m_abstain);
    form->addRow(tr("Vote:"), votes);
    m_decide = new QPushButton(tr("Record the decision"), decisionBox);
    m_decide->setObjectName(QStringLiteral("decide"));
    m_decided = new QLabel(decisionBox);
    m_decided->setWordWrap(true);
    form->addRow(m_decide);
    form->addRow(m_decided);
    connect(m_decide, &QPushButton::clicked, this, &MeetingWindow::decide);
    rightLayout->addWidget(decisionBox);
    rightLayout->addWidget(new QLabel(tr("Pass list"), right));
    m_passList = new QListWidget(right);
    m_passList->setObjectName(QStringLiteral("passList"));
    m_passList->setAccessibleName(tr("Pass list"));
    rightLayout->addWidget(m_passList, 1);

    // The members' comments side by side take the middle and most of the width.
    splitter->setSizes({320, 900, 520});
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_committeeOnly = {left, m_comments, m_chart, m_notes, decisionBox, m_passList, m_status};
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_comments), static_cast<QAbstractItemView*>(m_flags),
          static_cast<QAbstractItemView*>(m_passList)})
        view->installEventFilter(this);
    for (QLabel* label : right->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        m_committeeOnly << label; // "Pass list"

    connect(&m_session, &ConsensusSession::changed, this, &MeetingWindow::refresh);
    refresh();
}

qint64 MeetingWindow::currentApplication() const
{
    const auto& results = m_session.state().results;
    return m_index >= 0 && m_index < results.size() ? results.at(m_index).applicationId : 0;
}

void MeetingWindow::showApplication(int index)
{
    const auto& results = m_session.state().results;
    if (results.isEmpty() || index < 0 || index >= results.size())
        return;
    saveNote();
    m_index = index;
    m_timer->reset();
    refresh();
}

void MeetingWindow::setPresenting(bool presenting)
{
    m_presenting = presenting;
    for (QWidget* widget : std::as_const(m_committeeOnly))
        widget->setVisible(!presenting);
    const QSignalBlocker quiet(m_presentButton);
    m_presentButton->setChecked(presenting);
}

bool MeetingWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            showApplication(m_index + (key == Qt::Key_PageDown ? 1 : -1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

void MeetingWindow::closeEvent(QCloseEvent* event)
{
    saveNote();
    QWidget::closeEvent(event);
}

void MeetingWindow::refresh()
{
    const MeetingState& state = m_session.state();
    if (state.results.isEmpty())
        return;
    m_index = std::clamp(m_index, 0, int(state.results.size()) - 1);
    const ApplicationResult& r = state.results.at(m_index);
    m_position->setText(tr("%1 / %2").arg(m_index + 1).arg(state.results.size()));
    m_heading->setText(tr("No. %1  %2（%3）— %4")
                           .arg(r.rank)
                           .arg(state.data.applicants.value(r.applicationId), state.data.ubns.value(r.applicationId),
                                state.data.titles.value(r.applicationId)));
    fillFigures(r);
    fillComments(r);
    fillDecision(r);
    fillPassList();
    charts::show(m_chart, charts::applicationTotals(state, r.applicationId));
    if (m_noteApplication != r.applicationId) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(state.notes.value(r.applicationId));
        m_noteApplication = r.applicationId;
    }
    const bool final = state.isFinal();
    for (QWidget* w : std::initializer_list<QWidget*>{m_resolve, m_revise, m_decide, m_notes})
        w->setEnabled(!final);
    m_status->setText(tr("%1 of %2 members present (%3 needed). %4")
                          .arg(state.present())
                          .arg(state.data.committee.size())
                          .arg(state.quorumNeeded())
                          .arg(final ? tr("The results are final.") : QString()));
}

void MeetingWindow::fillFigures(const ApplicationResult& r)
{
    const MeetingState& state = m_session.state();
    const QLocale locale;
    const double requested = state.data.requestedSubsidy(r.applicationId);
    const QString dash = QStringLiteral("—");
    auto fig = [&](double v, int d) { return r.reviewers ? locale.toString(v, 'f', d) : dash; };
    m_figures->setText(tr("<table cellspacing=4>"
                          "<tr><td>Sheets</td><td align=right><b>%1</b></td></tr>"
                          "<tr><td>Mean</td><td align=right><b style='font-size:x-large'>%2</b></td></tr>"
                          "<tr><td>Median</td><td align=right>%3</td></tr>"
                          "<tr><td>Std. dev.</td><td align=right>%4</td></tr>"
                          "<tr><td>Lowest – highest</td><td align=right>%5 – %6</td></tr>"
                          "<tr><td>Trimmed mean</td><td align=right>%7</td></tr>"
                          "<tr><td>Rank sum</td><td align=right>%8</td></tr>"
                          "<tr><td>Requested (NT$ k)</td><td align=right>%9</td></tr>"
                          "<tr><td>Pass mark</td><td align=right>%10</td></tr></table>")
                           .arg(r.reviewers)
                           .arg(fig(r.mean, 2), fig(r.median, 1), fig(r.stdev, 2), fig(r.min, 0), fig(r.max, 0),
                                r.trimmedMean ? locale.toString(*r.trimmedMean, 'f', 2) : dash, fig(r.rankSum, 1),
                                locale.toString(requested, 'f', 0))
                           .arg(state.settings.passMark));
    m_flags->clear();
    auto add = [this](const QString& text, const QColor& colour, const QVariant& flag) {
        auto* item = new QListWidgetItem(text, m_flags);
        item->setForeground(colour);
        item->setData(Qt::UserRole, flag);
    };
    for (const Flag& f : state.rescored(r.applicationId))
        add(tr("✓ %1 — re-scored (複評)").arg(state.describe(f)), colours::text(colours::Tone::Good), {});
    for (int i = 0; i < r.flags.size(); ++i) {
        const Flag& f = r.flags.at(i);
        if (!isMarkedDifference(f.kind)) {
            add(state.describe(f), palette().color(QPalette::Text), {});
            continue;
        }
        if (const FlagResolution* res = state.resolution(r.applicationId, flagId(f)))
            add(tr("✓ %1 — 議決: %2").arg(state.describe(f), res->note), colours::text(colours::Tone::Good), i);
        else
            add(tr("● %1 — to be handled").arg(state.describe(f)), colours::text(colours::Tone::Error), i);
    }
    if (m_flags->count() == 0)
        add(tr("No flags."), palette().color(QPalette::Text), {});
    // Wrapped items are measured at the list's final width only after layout.
    QTimer::singleShot(0, m_flags, [list = m_flags] { list->doItemsLayout(); });
}

void MeetingWindow::fillComments(const ApplicationResult& r)
{
    const MeetingState& state = m_session.state();
    const auto& criteria = state.data.rubric.criteria();
    m_comments->clear();
    m_comments->setColumnCount(int(r.counted.size()) + 1);
    m_comments->setRowCount(int(criteria.size()) + 2);
    QFont bold = m_comments->font();
    bold.setBold(true);
    auto label = [&](int row, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFont(bold);
        m_comments->setItem(row, 0, item);
    };
    for (int row = 0; row < criteria.size(); ++row)
        label(row, QStringLiteral("%1 (%2)")
                       .arg(criteria.at(row).name.text())
                       .arg(state.data.rubric.maximum(criteria.at(row))));
    label(int(criteria.size()), tr("Overall"));
    label(int(criteria.size()) + 1, tr("Total"));
    QStringList columns{tr("Criterion")};
    for (int i = 0; i < r.counted.size(); ++i) {
        const int col = i + 1;
        const qint64 member = r.counted.at(i);
        columns << state.memberLabel(member);
        const ScoreSheet* sheet = state.data.sheet(r.applicationId, member);
        for (int row = 0; row < criteria.size() && sheet; ++row) {
            const RubricCriterion& c = criteria.at(row);
            const SheetInput* counted = state.data.sheetInput(r.applicationId, member);
            const double score = counted ? counted->criteria.value(c.id) : 0;
            const double returned = sheet->entry(c.id).score.value_or(0);
            QString head = QLocale().toString(score);
            if (score != returned)
                head += tr(" (returned %1)").arg(returned);
            auto* item = new QTableWidgetItem(head + QStringLiteral("  ") + sheet->entry(c.id).comment);
            if (score != returned)
                item->setForeground(colours::text(colours::Tone::Info));
            m_comments->setItem(row, col, item);
        }
        if (sheet)
            m_comments->setItem(int(criteria.size()), col, new QTableWidgetItem(sheet->overallComment));
        auto* total = new QTableWidgetItem(QLocale().toString(r.totals.value(member)));
        total->setFont(bold);
        m_comments->setItem(int(criteria.size()) + 1, col, total);
    }
    m_comments->setHorizontalHeaderLabels(columns);
    m_comments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_comments->setColumnWidth(0, 170);
}

void MeetingWindow::fillDecision(const ApplicationResult& r)
{
    const MeetingState& state = m_session.state();
    const int present = state.present();
    for (QSpinBox* box : {m_for, m_against, m_abstain})
        box->setRange(0, std::max(0, present));
    if (state.decisions.contains(r.applicationId)) {
        const DecisionRecord& d = state.decisions[r.applicationId];
        m_decision->button(int(d.decision))->setChecked(true);
        m_conditions->setText(d.conditions);
        m_departure->setText(d.departure);
        m_approved->setValue(d.approvedSubsidy);
        m_passMarkReason->setText(d.passMarkReason);
        m_for->setValue(d.votesFor);
        m_against->setValue(d.votesAgainst);
        m_abstain->setValue(d.abstentions);
        m_decided->setText(tr("Decided: %1 (%2 for, %3 against, %4 abstaining)")
                               .arg(decisionName(d.decision))
                               .arg(d.votesFor)
                               .arg(d.votesAgainst)
                               .arg(d.abstentions));
    } else {
        m_decision->setExclusive(false);
        for (QAbstractButton* b : m_decision->buttons())
            b->setChecked(false);
        m_decision->setExclusive(true);
        m_conditions->clear();
        m_departure->clear();
        m_passMarkReason->clear();
        // Proposed: the most the rules allow, which the committee lowers when it cuts the subsidy.
        const auto limits = m_session.approvalLimits(r.applicationId);
        m_approved->setValue(limits ? mostApprovable(*limits) : 0);
        m_for->setValue(present);
        m_against->setValue(0);
        m_abstain->setValue(0);
        const QString meets = state.preliminaryMeets.value(r.applicationId);
        m_decided->setText(meets.isEmpty() ? tr("Not decided.")
                                           : tr("Not decided. The 初審意見 found it: %1.")
                                                 .arg(meets == QLatin1String("yes")      ? tr("meets the requirements")
                                                      : meets == QLatin1String("partly") ? tr("partly meets them")
                                                                                         : tr("does not meet them")));
    }
}

void MeetingWindow::fillPassList()
{
    const MeetingState& state = m_session.state();
    m_passList->clear();
    double cumulative = 0;
    for (qint64 id : state.passList()) {
        cumulative += state.data.requestedSubsidy(id);
        m_passList->addItem(tr("%1 — %2 (cumulative NT$ %L3 thousand)")
                                .arg(state.data.applicants.value(id), decisionName(state.decisions[id].decision))
                                .arg(cumulative, 0, 'f', 0));
    }
}

void MeetingWindow::decide()
{
    if (m_decision->checkedId() < 0) {
        prompts::information(this, tr("Decision"), tr("Choose 通過, 修正後通過 or 不通過 first."));
        return;
    }
    DecisionRecord record;
    record.applicationId = currentApplication();
    record.decision = Decision(m_decision->checkedId());
    record.conditions = m_conditions->text();
    record.departure = m_departure->text();
    if (record.decision != Decision::Fail)
        record.approvedSubsidy = m_approved->value();
    record.passMarkReason = m_passMarkReason->text();
    record.votesFor = m_for->value();
    record.votesAgainst = m_against->value();
    record.abstentions = m_abstain->value();
    if (auto decided = m_session.decide(record); !decided)
        prompts::warning(this, tr("Decision"), decided.error());
}

void MeetingWindow::resolveSelectedFlag()
{
    const ApplicationResult& r = m_session.state().results.at(m_index);
    QListWidgetItem* item = m_flags->currentItem();
    int index = item && item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0) // the first open difference, when none is selected
        for (int i = 0; i < r.flags.size() && index < 0; ++i)
            if (isMarkedDifference(r.flags.at(i).kind) &&
                !m_session.state().resolution(r.applicationId, flagId(r.flags.at(i))))
                index = i;
    if (index < 0 || index >= r.flags.size()) {
        prompts::information(this, tr("Resolution (議決)"), tr("No marked difference is open here."));
        return;
    }
    meetingdialogs::resolveFlag(this, m_session, r.applicationId, r.flags.at(index));
}

void MeetingWindow::saveNote()
{
    m_noteSave.stop();
    if (!m_noteApplication || m_session.state().isFinal() ||
        m_notes->toPlainText() == m_session.state().notes.value(m_noteApplication))
        return;
    if (auto saved = m_session.setNote(m_noteApplication, m_notes->toPlainText()); !saved)
        m_status->setText(saved.error());
}

} // namespace rd
