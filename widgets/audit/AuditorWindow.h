#pragma once

#include "models/archive/ArchiveVerifier.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace rd {

class AuditTrailView;

// Auditor mode: a round archive opened read-only. The archive is verified in full (every file's hash,
// every signature with signer, time and state, the audit chain, the consensus recomputed against the
// chair's signed sheet) and the report shown, failures first; it can be saved as PDF. Nothing here edits:
// the window has no edit control, the archive is read from a private copy and its database opened read-only.
class AuditorWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit AuditorWindow(QString archivePath, QWidget* parent = nullptr);

    // Verifies (with progress, cancellable) and shows the report; false when the file is not an archive.
    bool verify();
    const archive::VerificationReport& report() const { return m_report; }

private:
    void present(const archive::VerificationReport& report);
    void exportReport();

    QString m_archive;
    archive::VerificationReport m_report;
    QLabel* m_summary;
    QTreeWidget* m_checks;
    AuditTrailView* m_trail;
};

} // namespace rd
