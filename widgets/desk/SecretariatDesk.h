#pragma once

#include "widgets/desk/Desk.h"

namespace rd {

class FindingsPanel;
class ImportDialog;
class OcrProgress;
class PreliminaryPanel;
class ScreeningPanel;

// The secretariat's desk: the round's applications with their intake status, one application with its
// 資格文件審查 and 初審意見, the round's findings, and the Round menu that runs the round — committee and
// assignment, notices to supplement, packages out and returns in, the consensus meeting, the archive.
class SecretariatDesk final : public Desk
{
    Q_OBJECT
public:
    SecretariatDesk(WorkspaceServices& services, Settings& settings, QWidget* parent = nullptr);

    // Opens the import dialog (with paths already chosen, for tests and drag-and-drop) and returns it.
    ImportDialog* showImportDialog(const QStringList& paths = {});
    // Imports a member's score return (`file`, else one the user chooses).
    void importReturn(const QString& file = {});

    ScreeningPanel* screeningPanel() const { return m_screening; }
    PreliminaryPanel* preliminaryPanel() const { return m_preliminary; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    OcrProgress* ocrProgress() const { return m_ocr; }
    // Shows the passages two proposals share, side by side (a round.similar_proposal finding).
    void showTextMatch(qint64 matchId);

protected:
    void roundRead(const QList<ApplicationSummary>& applications, const QList<RoundFinding>& findings) override;
    void applicationShown(const ApplicationRecord& record) override;
    void applicationCleared() override;

private:
    void createActions();
    void newRound();
    void archiveRound();
    void writeSupplementNotices();

    ScreeningPanel* m_screening = nullptr;
    PreliminaryPanel* m_preliminary = nullptr;
    FindingsPanel* m_findings = nullptr;
    OcrProgress* m_ocr = nullptr;
};

} // namespace rd
