#pragma once

#include "models/consensus/Meeting.h"

#include <QChart>

// The charts of the consensus board and the meeting, drawn from the meeting's state with QtCharts. Each
// returns a new chart the caller's view takes over.
class QChartView;

namespace rd::charts {

// Puts `chart` in `view` and deletes the chart it showed: QChartView::setChart releases the old one
// without deleting it.
void show(QChartView* view, QChart* chart);

// One application's member totals as dots, with its mean and the round's pass mark.
QChart* applicationTotals(const consensus::MeetingState& state, qint64 applicationId);
// One application's scores per criterion as box plots, on the share of each criterion's maximum.
QChart* criterionSpread(const consensus::MeetingState& state, qint64 applicationId);
// Each member's leniency: the mean distance of their totals from the other members'.
QChart* memberLeniency(const consensus::MeetingState& state);
// Every application's mean by rank, with the pass mark and the funding line.
QChart* roundDistribution(const consensus::MeetingState& state);

} // namespace rd::charts
