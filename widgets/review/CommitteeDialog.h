#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace rd {

class WorkspaceServices;

// The committee of a round as the secretariat manages it: the members (委員) and, per application, who
// reviews it. Members are added here; assignment is automatic (N per application, balanced, never a
// conflicted pair) or by hand, where a conflict is only overridden with a recorded reason.
class CommitteeDialog final : public QDialog
{
    Q_OBJECT
public:
    CommitteeDialog(WorkspaceServices& services, qint64 roundId, QWidget* parent = nullptr);

    QTableWidget* memberTable() const { return m_members; }
    QTableWidget* assignmentTable() const { return m_assignments; }

Q_SIGNALS:
    void assignmentsChanged();

private:
    void reload();
    void addMember();
    void registerCertificate();
    void registerSecretariat();
    void saveTimeStamping();
    void saveMemberCodes(bool on);
    std::optional<QString> askFingerprint(const QString& holder, const QString& current);
    void autoAssign();
    void assignSelected();

    WorkspaceServices& m_services;
    qint64 m_roundId;
    QTableWidget* m_members = nullptr;
    QTableWidget* m_assignments = nullptr;
    QLabel* m_secretariat = nullptr;
    QLineEdit* m_timeStamping = nullptr;
    QCheckBox* m_memberCodes = nullptr;
    QSpinBox* m_perApplication = nullptr;
};

} // namespace rd
