#include "widgets/consensus/PresentationTimer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace rd {

PresentationTimer::PresentationTimer(QWidget* parent)
    : QWidget(parent), m_phaseLabel(new QLabel(this)), m_clock(new QLabel(this)), m_start(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    m_clock->setFont(big);
    m_clock->setAlignment(Qt::AlignCenter);
    m_clock->setAccessibleName(tr("Time left"));
    m_phaseLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_phaseLabel);
    layout->addWidget(m_clock);
    auto* buttons = new QHBoxLayout;
    auto* next = new QPushButton(tr("Questions"), this);
    auto* resetButton = new QPushButton(tr("Reset"), this);
    m_start->setObjectName(QStringLiteral("timerStart"));
    next->setObjectName(QStringLiteral("timerNext"));
    next->setToolTip(tr("Go on to the committee's questions"));
    buttons->addWidget(m_start);
    buttons->addWidget(next);
    buttons->addWidget(resetButton);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, &PresentationTimer::toggle);
    connect(next, &QPushButton::clicked, this, &PresentationTimer::nextPhase);
    connect(resetButton, &QPushButton::clicked, this, &PresentationTimer::reset);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &PresentationTimer::refresh);
    refresh();
}

void PresentationTimer::setDurations(double talkMinutes, double questionMinutes)
{
    m_durations[0] = qint64(talkMinutes * 60000);
    m_durations[1] = qint64(questionMinutes * 60000);
    refresh();
}

void PresentationTimer::reset()
{
    m_running = false;
    m_tick.stop();
    m_used = 0;
    m_phase = 0;
    refresh();
}

void PresentationTimer::toggle()
{
    if (m_running) {
        m_used += m_elapsed.elapsed();
        m_tick.stop();
    } else {
        m_elapsed.start();
        m_tick.start();
    }
    m_running = !m_running;
    refresh();
}

void PresentationTimer::nextPhase()
{
    if (m_phase == 1)
        return;
    m_phase = 1;
    m_used = 0;
    if (m_running)
        m_elapsed.start();
    refresh();
}

qint64 PresentationTimer::remainingMs() const
{
    return m_durations[m_phase] - m_used - (m_running ? m_elapsed.elapsed() : 0);
}

void PresentationTimer::refresh()
{
    const qint64 left = remainingMs();
    const qint64 seconds = (std::llabs(left) + (left > 0 ? 999 : 0)) / 1000;
    m_clock->setText(QStringLiteral("%1%2:%3")
                         .arg(left < 0 ? QStringLiteral("+") : QString())
                         .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_phaseLabel->setText(m_phase == 0 ? tr("Presentation") : tr("Questions and answers"));
    // Amber in the last minute, red once over: readable from the back of a room.
    const QString colour = left < 0 ? QStringLiteral("#c62828") : left < 60000 ? QStringLiteral("#ef6c00") : QString();
    m_clock->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    m_start->setText(m_running ? tr("Pause") : tr("Start"));
}

} // namespace rd
