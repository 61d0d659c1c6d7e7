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

    // Starts verifying (with progress, cancellable) and returns; shows the report and emits verified(), or
    // says why the file cannot be verified and emits failed().
    void verify();
    const archive::VerificationReport& report() const { return m_report; }

Q_SIGNALS:
    void verified();
    void failed(const QString& why);

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
