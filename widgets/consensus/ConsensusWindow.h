#pragma once

#include "models/consensus/ConsensusSession.h"
#include "models/consensus/SignedResults.h"
#include "widgets/consensus/MeetingWindow.h"

#include <QMainWindow>
#include <QPointer>

class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace rd {

class ConsensusBoardModel;
class WorkspaceServices;

// The secretariat's consensus board (Round → 共識會議): every application of the round by rank against
// every member, with the figures, flags and decisions; the charts of the selected application, the
// members' leniency and the round; attendance, meeting mode, finalising and the documents to publish.
class ConsensusWindow final : public QMainWindow
{
    Q_OBJECT
public:
    ConsensusWindow(const WorkspaceServices& services, qint64 roundId, QWidget* parent = nullptr);
    ~ConsensusWindow() override;

    consensus::ConsensusSession& session() { return *m_session; }
    QTableView* board() const { return m_board; }
    MeetingWindow* meetingWindow() const { return m_meeting; }
    // Opens meeting mode at the selected application; full screen unless `windowed` (tests, a second screen).
    MeetingWindow* openMeeting(bool windowed = false);

private:
    void signResults();
    // Offers to copy the signed 總表 and minutes, kept in the workspace, to a folder of the chair's choice.
    void saveSignedCopies(const BlobStore& blobs, const QList<consensus::SignedDocument>& documents);
    void refresh();
    void showCharts();
    qint64 selectedApplication() const;
    void finalise();
    // Writes a document off the UI thread, asking for its file first.
    void exportDocument(const QString& title, const QString& filter, const QString& suggested,
                        const std::function<Status(const consensus::MeetingState&, const QString&)>& write);

    const WorkspaceServices& m_services;
    consensus::ConsensusSession* m_session;
    ConsensusBoardModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_board;
    QChartView* m_applicationChart;
    QChartView* m_spreadChart;
    QChartView* m_leniencyChart;
    QChartView* m_roundChart;
    QTabWidget* m_lower;
    QTableWidget* m_screenedOut; // not found 符合 in 資格文件審查: listed, not ranked
    QLabel* m_status;
    QAction* m_finalise;
    QAction* m_reopen;
    QPointer<MeetingWindow> m_meeting;
};

} // namespace rd
