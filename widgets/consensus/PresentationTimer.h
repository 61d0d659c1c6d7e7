#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rd {

// The 10 + 10 minute presentation review (seed 003, 簡報審查): the applicant's talk, then the committee's
// questions. Counts down each phase in large figures, turns amber in the last minute and red, counting
// on, when time is up. Space starts and pauses.
class PresentationTimer final : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationTimer(QWidget* parent = nullptr);

    void setDurations(double talkMinutes, double questionMinutes);
    void reset();
    void toggle();
    void nextPhase();
    bool isRunning() const { return m_running; }
    int phase() const { return m_phase; }
    qint64 remainingMs() const;

private:
    void refresh();

    QLabel* m_phaseLabel;
    QLabel* m_clock;
    QPushButton* m_start;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    qint64 m_used = 0; // in the current phase, before the last start
    bool m_running = false;
    int m_phase = 0; // 0 talk, 1 questions
    qint64 m_durations[2] = {10 * 60000, 10 * 60000};
};

} // namespace rd
