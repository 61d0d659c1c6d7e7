#pragma once

#include "models/itemmodels/AuditTrailModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rd {

// The audit trail with its filters (kind of event, text) and the chain's state; read-only. Shown for a
// workspace (Round → 稽核軌跡) and inside the auditor's window for an archive.
class AuditTrailView final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailView(QWidget* parent = nullptr);
    // The events and what checking their chain found: the check is the caller's, made off the UI thread
    // (the auditor's verification or the workspace's reader), and not repeated here.
    void setEvents(QList<audit::Event> events, const audit::ChainCheck& chain, QHash<QString, QString> names = {});

private:
    AuditTrailModel* m_model;
    AuditTrailFilter* m_filter;
    QComboBox* m_action;
    QLineEdit* m_text;
    QLabel* m_chain;
    QTableView* m_table;
};

} // namespace rd
