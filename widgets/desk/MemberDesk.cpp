#include "widgets/desk/MemberDesk.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "models/settings/Settings.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/desk/ApplicationList.h"
#include "widgets/review/PackageDialogs.h"
#include "widgets/review/ReviewPage.h"
#include "widgets/review/ScoreSheetWidget.h"

#include <QAction>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

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
    connect(m_review, &ReviewPage::progressChanged, this, &MemberDesk::updateProgress);

    auto* sendReturn = new QAction(tr("&Export score return…"), this);
    connect(sendReturn, &QAction::triggered, this, &MemberDesk::exportReturn);
    addFileAction(sendReturn);
    addToolbarAction(sendReturn);

    // A member reads and scores: the reader gets the height, and Round → Search all pages (Ctrl+F) opens
    // the search below when it is wanted.
    restoreLayout({1, 4}, {1, 0});
}

void MemberDesk::exportReturn()
{
    m_review->sheetWidget()->commitPending();
    packagedialogs::exportReturn(this, services());
}

void MemberDesk::roundRead(const QList<ApplicationSummary>&, const QList<RoundFinding>&)
{
    updateProgress();
}

void MemberDesk::applicationShown(const ApplicationRecord& record)
{
    m_review->showApplication(record);
}

void MemberDesk::applicationCleared()
{
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
