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
    void setEvents(QList<audit::Event> events);

private:
    AuditTrailModel* m_model;
    AuditTrailFilter* m_filter;
    QComboBox* m_action;
    QLineEdit* m_text;
    QLabel* m_chain;
    QTableView* m_table;
};

} // namespace rd
