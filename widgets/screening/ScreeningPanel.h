#pragma once

#include "models/screening/Screening.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rd {

// 資格文件審查 of one application (004 陸、作業流程): its outcome as it stands, and the secretariat's decision —
// 符合 (over error findings only with a reason), 限期補正 with the items and the deadline, 不予受理 with the
// reason — or a later deadline for a 限期補正. Problems are said inline; nothing is lost on a refusal.
class ScreeningPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ScreeningPanel(screening::ScreeningStore& store, QWidget* parent = nullptr);

    void showApplication(qint64 applicationId);
    void clear();

    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* itemsEdit() const { return m_items; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QDateEdit* deadlineEdit() const { return m_deadline; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* extendButton() const { return m_extend; }
    QPushButton* extendScheduleButton() const { return m_extendSchedule; }
    QLabel* statusLabel() const { return m_state; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    // An outcome was recorded: the list and the counts change.
    void changed(qint64 applicationId);

private:
    void record();
    void extend();
    // Shows the outcome a change recorded and tells the window, or says why it was refused.
    void afterChange(const Status& done);
    void updateFields();
    void showProblem(const QString& text);

    screening::ScreeningStore& m_store;
    qint64 m_applicationId = 0;
    QLabel* m_state = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_items = nullptr;
    QDateEdit* m_deadline = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_extendSchedule = nullptr;
    QLabel* m_problem = nullptr;
    QStringList m_defaultItems;
    bool m_hasErrors = false;
};

} // namespace rd
