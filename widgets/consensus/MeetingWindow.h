#pragma once

#include "models/consensus/ConsensusSession.h"

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QChartView;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rd {

class PresentationTimer;

// Meeting mode: the 共識會議 on a projector, one application at a time in the round's ranking. Its
// figures and flags (with their handling), the members' scores and comments side by side, the chart of
// their totals, the presentation timer, the discussion notes, and the decision with its vote; the running
// pass list beside it. PgUp/PgDn move between applications, Esc leaves.
class MeetingWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingWindow(consensus::ConsensusSession& session, QWidget* parent = nullptr);

    void showApplication(int index);
    int currentIndex() const { return m_index; }
    // While an applicant presents (簡報) in the room: only the application and the timer on the projector,
    // no member's name, score, comment or flag.
    void setPresenting(bool presenting);
    bool presenting() const { return m_presenting; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // PgUp and PgDn turn applications in the tables and lists too, which would otherwise scroll with them.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void refresh();
    void fillFigures(const consensus::ApplicationResult& r);
    void fillComments(const consensus::ApplicationResult& r);
    void fillDecision(const consensus::ApplicationResult& r);
    void fillPassList();
    void decide();
    void resolveSelectedFlag();
    void saveNote();
    qint64 currentApplication() const;

    consensus::ConsensusSession& m_session;
    int m_index = 0;
    bool m_presenting = false;
    QPushButton* m_presentButton = nullptr;
    QList<QWidget*> m_committeeOnly; // what the presentation view hides
    QLabel* m_heading;
    QLabel* m_position;
    QLabel* m_figures;
    QListWidget* m_flags;
    QPushButton* m_resolve;
    QPushButton* m_revise;
    QTableWidget* m_comments;
    QChartView* m_chart;
    PresentationTimer* m_timer;
    QPlainTextEdit* m_notes;
    QTimer m_noteSave;
    qint64 m_noteApplication = 0;
    QButtonGroup* m_decision;
    QLineEdit* m_conditions;
    QLineEdit* m_departure;
    QDoubleSpinBox* m_approved;  // 核定補助款, NT$ thousand
    QLineEdit* m_passMarkReason; // why a decision goes against the pass mark
    QSpinBox* m_for;
    QSpinBox* m_against;
    QSpinBox* m_abstain;
    QPushButton* m_decide;
    QLabel* m_decided;
    QListWidget* m_passList;
    QLabel* m_status;
};

} // namespace rd
