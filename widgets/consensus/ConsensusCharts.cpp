#include "widgets/consensus/ConsensusCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>

namespace rd::charts {

using namespace consensus;

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // a projector shows the figures at once
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QLineSeries* horizontal(const QString& name, double y, double from, double to, const QColor& colour)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(from, y);
    line->append(to, y);
    QPen pen(colour);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    return line;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

double quantile(const QList<double>& sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const auto low = qsizetype(position);
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * (position - double(low));
}

} // namespace

void show(QChartView* view, QChart* chart)
{
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

QChart* applicationTotals(const MeetingState& state, qint64 applicationId)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "Members' totals"));
    const ApplicationResult* r = state.result(applicationId);
    auto* x = new QCategoryAxis;
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(QCoreApplication::translate("Charts", "Total"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto* dots = new QScatterSeries;
    dots->setName(QCoreApplication::translate("Charts", "Member's total"));
    dots->setMarkerSize(16);
    // A member whose scores the compilation flagged stands out: another colour and shape, named in the legend.
    auto* flaggedDots = new QScatterSeries;
    flaggedDots->setName(QCoreApplication::translate("Charts", "Flagged member's total"));
    flaggedDots->setMarkerSize(20);
    flaggedDots->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    flaggedDots->setColor(QColor(239, 108, 0)); // not the pass mark's red
    QSet<qint64> flagged;
    for (const Flag& f : r ? r->flags : QList<Flag>())
        if (f.reviewerId != 0)
            flagged.insert(f.reviewerId);
    const int n = r ? int(r->counted.size()) : 0;
    for (int i = 0; r && i < n; ++i) {
        const qint64 member = r->counted.at(i);
        (flagged.contains(member) ? flaggedDots : dots)->append(i + 1, r->totals.value(member));
        x->append(state.memberLabel(member), i + 1.5);
    }
    x->setStartValue(0.5); // each member's category spans their dot ± 0.5, the label centred under it
    x->setRange(0.5, n + 0.5);
    attach(chart, dots, x, y);
    if (flaggedDots->count() > 0)
        attach(chart, flaggedDots, x, y);
    else
        delete flaggedDots;
    attach(chart,
           horizontal(QCoreApplication::translate("Charts", "Pass mark %1").arg(state.settings.passMark),
                      state.settings.passMark, 0.5, n + 0.5, QColor(198, 40, 40)),
           x, y);
    if (r && r->reviewers > 0)
        attach(chart,
               horizontal(QCoreApplication::translate("Charts", "Mean %1").arg(r->mean, 0, 'f', 2), r->mean, 0.5,
                          n + 0.5, QColor(21, 101, 192)),
               x, y);
    return chart;
}

QChart* criterionSpread(const MeetingState& state, qint64 applicationId)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "Spread per criterion (% of its maximum)"));
    auto* series = new QBoxPlotSeries;
    series->setName(QCoreApplication::translate("Charts", "Members' scores"));
    const ApplicationResult* r = state.result(applicationId);
    QStringList names;
    for (const ApplicationInput& app : state.data.applications) {
        if (app.applicationId != applicationId || !r)
            continue;
        for (const RubricCriterion& c : state.data.rubric.criteria()) {
            QList<double> shares;
            for (const SheetInput& s : app.sheets)
                if (r->counted.contains(s.reviewerId))
                    shares << 100 * s.criteria.value(c.id) / std::max(1.0, state.data.rubric.maximum(c));
            std::sort(shares.begin(), shares.end());
            if (shares.isEmpty())
                continue;
            auto* box = new QBoxSet(shares.first(), quantile(shares, 0.25), quantile(shares, 0.5),
                                    quantile(shares, 0.75), shares.last(), c.name.text());
            series->append(box);
            names << c.name.text();
        }
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart* memberLeniency(const MeetingState& state)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "Leniency: mean distance from the other members"));
    const QHash<qint64, double> lean = leniency(state);
    auto* set = new QBarSet(QCoreApplication::translate("Charts", "Points above (+) or below (−) the others"));
    QStringList names;
    double extent = 5;
    for (const Reviewer& r : state.data.committee) {
        if (!lean.contains(r.id))
            continue;
        *set << lean.value(r.id);
        names << state.memberLabel(r.id);
        extent = std::max(extent, std::abs(lean.value(r.id)) + 1);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(-extent, extent);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* roundDistribution(const MeetingState& state)
{
    QChart* chart = newChart(QCoreApplication::translate("Charts", "The round by rank"));
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(QCoreApplication::translate("Charts", "Rank"));
    x->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(QCoreApplication::translate("Charts", "Mean total"));
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto* funded = new QScatterSeries;
    funded->setName(QCoreApplication::translate("Charts", "Funded"));
    funded->setColor(QColor(46, 125, 50));
    auto* other = new QScatterSeries;
    other->setName(QCoreApplication::translate("Charts", "Not funded"));
    other->setColor(QColor(120, 144, 156));
    int lastFunded = 0;
    int ranked = 0;
    for (const ApplicationResult& r : state.results) {
        if (r.reviewers == 0)
            continue;
        ++ranked;
        (r.funded ? funded : other)->append(r.rank, r.mean);
        if (r.funded)
            lastFunded = std::max(lastFunded, r.rank);
    }
    x->setRange(0, ranked + 1);
    attach(chart, funded, x, y);
    attach(chart, other, x, y);
    attach(chart,
           horizontal(QCoreApplication::translate("Charts", "Pass mark %1").arg(state.settings.passMark),
                      state.settings.passMark, 0, ranked + 1, QColor(198, 40, 40)),
           x, y);
    if (state.settings.budget > 0 && lastFunded > 0) {
        auto* line = new QLineSeries;
        line->setName(QCoreApplication::translate("Charts", "Funding line (budget %L1 thousand)")
                          .arg(state.settings.budget, 0, 'f', 0));
        line->append(lastFunded + 0.5, 0);
        line->append(lastFunded + 0.5, 100);
        QPen pen(QColor(239, 108, 0));
        pen.setWidth(2);
        line->setPen(pen);
        attach(chart, line, x, y);
    }
    return chart;
}

} // namespace rd::charts
