#pragma once

#include "widgets/desk/Desk.h"

namespace rd {

class ReviewPage;

// A committee member's desk, in the review workspace made from their package: the applications assigned
// to them with where each of their sheets stands, the reader and the score sheet side by side, progress
// over all assignments, and the score return to send back.
class MemberDesk final : public Desk
{
    Q_OBJECT
public:
    MemberDesk(WorkspaceServices& services, Settings& settings, qint64 reviewerId, QWidget* parent = nullptr);

    qint64 reviewerId() const { return m_reviewerId; }
    ReviewPage* reviewPage() const { return m_review; }
    // Writes the score return of the complete sheets, the sheet being edited saved first.
    void exportReturn();

protected:
    void roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings) override;
    void applicationShown(const ApplicationRecord& record) override;
    void applicationCleared() override;

private:
    void updateProgress();
    void updateSheetSummaries();

    qint64 m_reviewerId;
    ReviewPage* m_review = nullptr;
};

} // namespace rd
