#pragma once

#include "widgets/desk/Desk.h"

class QComboBox;

namespace rd {

class ReviewPage;

// A committee member's desk, in the review workspace made from their package: the applications assigned
// to them with where each of their sheets stands, the reader and the score sheet side by side, progress
// over all assignments, and the score return to send back.
//
// The reader gets the room: opening an application from the list (Enter, double-click) folds the list
// away, and a compact selector above the sheet moves between applications; F9 or the list button brings
// the list back. Pane sizes are kept between sessions.
class MemberDesk final : public Desk
{
    Q_OBJECT
public:
    MemberDesk(WorkspaceServices& services, Settings& settings, qint64 reviewerId, QWidget* parent = nullptr);
    ~MemberDesk() override;

    qint64 reviewerId() const { return m_reviewerId; }
    ReviewPage* reviewPage() const { return m_review; }
    QComboBox* applicationSelector() const { return m_selector; }
    QAction* listAction() const { return m_listAction; }
    // Writes the score return of the complete sheets, the sheet being edited saved first.
    void exportReturn();
    // Shows or folds away the application list.
    void setListShown(bool shown);
    bool listShown() const;

protected:
    void roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings) override;
    void applicationShown(const ApplicationRecord& record) override;
    void applicationCleared() override;

private:
    QWidget* createSelector();
    void step(int offset);
    void updateProgress();
    void updateSheetSummaries();

    qint64 m_reviewerId;
    ReviewPage* m_review = nullptr;
    QComboBox* m_selector = nullptr;
    QAction* m_listAction = nullptr;
    int m_listWidth = 0; // the list's width before it was folded away
};

} // namespace rd
