#pragma once

#include "models/consensus/Meeting.h"

#include <QAbstractTableModel>

namespace rd {

// The consensus board: one row per application in the round's ranking, one column per member of the
// committee with their total (or why there is none), then the figures, the flags and the decision.
// Cells of a member flagged as far from the others are marked; revised totals say so in their tooltip.
class ConsensusBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        SortRole, // numbers as numbers, so that the board sorts by rank, mean… as figures
        OpenFlagsRole
    };

    explicit ConsensusBoardModel(QObject* parent = nullptr);

    void setState(const consensus::MeetingState* state);

    // Columns after the members'.
    enum FixedColumn
    {
        RankColumn,
        UbnColumn,
        ApplicantColumn,
        RequestedColumn,
        MembersStart
    };
    enum FigureColumn
    {
        SheetsFigure,
        MeanFigure,
        MedianFigure,
        StdevFigure,
        TrimmedFigure,
        MeanZFigure,
        RankSumFigure,
        FlagsFigure,
        DecisionFigure,
        FigureCount
    };
    int figureColumn(FigureColumn figure) const { return MembersStart + memberCount() + figure; }
    int memberCount() const;
    int rowOf(qint64 applicationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant memberData(const consensus::ApplicationResult& r, qint64 member, int role) const;
    QVariant figureData(const consensus::ApplicationResult& r, FigureColumn figure, int role) const;

    const consensus::MeetingState* m_state = nullptr;
};

} // namespace rd
