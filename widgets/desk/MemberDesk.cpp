#include "widgets/desk/MemberDesk.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "models/settings/Settings.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/desk/ApplicationList.h"
#include "widgets/review/PackageDialogs.h"
#include "widgets/review/ReviewPage.h"
#include "widgets/review/ScoreSheetWidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace rd {

MemberDesk::MemberDesk(WorkspaceServices& services, Settings& settings, qint64 reviewerId, QWidget* parent)
    : Desk(services, settings, QStringLiteral("member"), parent), m_reviewerId(reviewerId)
{
    // The member's own progress next to the applicant, where the eye starts.
    QTableView* list = applicationView();
    list->setColumnHidden(ApplicationListModel::SheetColumn, false);
    QHeaderView* header = list->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicationListModel::SheetColumn), ApplicationListModel::StatusColumn);

    m_review = new ReviewPage(services, m_reviewerId, settings.pageCacheMegabytes(), detailTabs());
    detailTabs()->insertTab(0, m_review, tr("Review and score"));
    detailTabs()->setCurrentIndex(0);
    detailTabs()->setCornerWidget(createSelector(), Qt::TopRightCorner);
    connect(m_review, &ReviewPage::progressChanged, this, &MemberDesk::updateProgress);
    connect(m_review, &ReviewPage::problem, this, &Desk::problem);
    connect(list, &QAbstractItemView::activated, this, [this] { setListShown(false); });
    connect(mainSplitter(), &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker quiet(m_listAction);
        m_listAction->setChecked(listShown());
    });

    auto* sendReturn = new QAction(tr("&Export score return…"), this);
    connect(sendReturn, &QAction::triggered, this, &MemberDesk::exportReturn);
    addFileAction(sendReturn);
    addToolbarAction(sendReturn);
    addToolbarAction(m_listAction);

    // A member reads and scores: the reader gets the height, and Round → Search all pages (Ctrl+F) opens
    // the search below when it is wanted.
    restoreLayout({1000, 4000}, {1000, 0});
    m_review->splitter()->setSizes({3000, 2000}); // in proportion, once laid out
    m_review->splitter()->restoreState(settings.paneState(QStringLiteral("member/review")));
    m_listAction->setChecked(listShown());
}

MemberDesk::~MemberDesk()
{
    // The sheet's last edit is saved while this desk can still take its progress; after that the page's
    // signals would reach a desk that is being destroyed.
    m_review->sheetWidget()->commitPending();
    disconnect(m_review, nullptr, this, nullptr);
    settings().setPaneState(QStringLiteral("member/review"), m_review->splitter()->saveState());
}

QWidget* MemberDesk::createSelector()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 4, 0);
    m_listAction = new QAction(tr("Application list"), this);
    m_listAction->setObjectName(QStringLiteral("showApplicationList"));
    m_listAction->setCheckable(true);
    m_listAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_listAction->setToolTip(tr("Show or fold away the list of applications (%1)")
                                 .arg(m_listAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_listAction, &QAction::toggled, this, &MemberDesk::setListShown);
    auto* previous = new QToolButton(bar);
    previous->setArrowType(Qt::LeftArrow);
    previous->setAccessibleName(tr("Previous application"));
    previous->setToolTip(tr("Previous application"));
    m_selector = new QComboBox(bar);
    m_selector->setAccessibleName(tr("Application"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(22);
    auto* next = new QToolButton(bar);
    next->setArrowType(Qt::RightArrow);
    next->setAccessibleName(tr("Next application"));
    next->setToolTip(tr("Next application"));
    layout->addWidget(previous);
    layout->addWidget(m_selector);
    layout->addWidget(next);
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_selector, &QComboBox::activated, this,
            [this](int index) { selectApplication(m_selector->itemData(index).toLongLong()); });
    return bar;
}

void MemberDesk::step(int offset)
{
    const int index = m_selector->currentIndex() + offset;
    if (index >= 0 && index < m_selector->count())
        selectApplication(m_selector->itemData(index).toLongLong());
}

bool MemberDesk::listShown() const
{
    return mainSplitter()->sizes().value(0) > 0;
}

void MemberDesk::setListShown(bool shown)
{
    const QList<int> sizes = mainSplitter()->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (shown && sizes.value(0) == 0) {
        const int width = m_listWidth > 0 ? m_listWidth : total / 4;
        mainSplitter()->setSizes({width, total - width});
    } else if (!shown && sizes.value(0) > 0) {
        m_listWidth = sizes.value(0);
        mainSplitter()->setSizes({0, total});
    }
    const QSignalBlocker quiet(m_listAction);
    m_listAction->setChecked(shown);
}

void MemberDesk::exportReturn()
{
    m_review->sheetWidget()->commitPending();
    packagedialogs::exportReturn(this, services());
}

void MemberDesk::roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>&)
{
    const QSignalBlocker quiet(m_selector);
    m_selector->clear();
    QList<ApplicationSummary> sorted = applications;
    std::sort(sorted.begin(), sorted.end(),
              [](const ApplicationSummary& a, const ApplicationSummary& b) { return a.ubn < b.ubn; });
    for (const ApplicationSummary& a : std::as_const(sorted))
        m_selector->addItem(QStringLiteral("%1 %2").arg(a.ubn, a.applicantName), a.id);
    m_selector->setCurrentIndex(-1);
    updateProgress();
}

void MemberDesk::applicationShown(const ApplicationRecord& record)
{
    const QSignalBlocker quiet(m_selector);
    m_selector->setCurrentIndex(m_selector->findData(record.summary.id));
    m_review->showApplication(record);
}

void MemberDesk::applicationCleared()
{
    const QSignalBlocker quiet(m_selector);
    m_selector->setCurrentIndex(-1);
    m_review->clear();
}

void MemberDesk::updateSheetSummaries()
{
    auto rubric = services().applications.roundRubric(round());
    auto list = services().sheets.sheets(round(), m_reviewerId);
    if (!rubric || !list) {
        Q_EMIT problem(!rubric ? rubric.error() : list.error());
        return;
    }
    QHash<qint64, ScoreSheet> byApplication;
    for (const ScoreSheet& s : *list)
        byApplication.insert(s.applicationId, s);
    ApplicationListModel* model = applicationList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(ApplicationListModel::ApplicationIdRole).toLongLong();
        const auto it = byApplication.constFind(id);
        QString summary = tr("Not started");
        if (it != byApplication.cend() && it->state == ScoreSheet::State::Conflict)
            summary = sheetStateName(it->state);
        else if (it != byApplication.cend() && it->revision > 0)
            summary = tr("%1 · %2").arg(sheetStateName(it->state)).arg(sheetTotal(*rubric, *it));
        model->setSheetSummary(id, summary);
    }
}

void MemberDesk::updateProgress()
{
    updateSheetSummaries();
    auto progress = services().sheets.progress(round(), m_reviewerId);
    if (!progress) {
        Q_EMIT problem(progress.error());
        return;
    }
    Q_EMIT statusChanged(tr("Scored %1 of %2 · conflicts declared: %3")
                             .arg(progress->complete)
                             .arg(progress->assigned)
                             .arg(progress->conflicts));
}

} // namespace rd
