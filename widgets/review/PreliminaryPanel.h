#pragma once

#include "models/review/PreliminaryOpinions.h"
#include "models/store/ApplicationStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace rd {

// The secretariat's 初審意見 for one application: for the application as a whole and for each criterion
// of the round's rubric, whether it meets the requirements and what stands out. Reviewers see it beside
// their score sheet once the packages go out.
class PreliminaryPanel final : public QWidget
{
    Q_OBJECT
public:
    PreliminaryPanel(const ApplicationStore& applications, PreliminaryOpinions& opinions, QWidget* parent = nullptr);

    void showApplication(qint64 applicationId, qint64 roundId);
    void clear();
    QPushButton* saveButton() const { return m_save; }

private:
    struct Row
    {
        QString criterion;
        QComboBox* meets = nullptr;
        QPlainTextEdit* opinion = nullptr;
    };
    void save();

    const ApplicationStore& m_applications;
    PreliminaryOpinions& m_opinions;
    qint64 m_applicationId = 0;
    QWidget* m_host = nullptr;
    QVBoxLayout* m_form = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QList<Row> m_rows;
};

} // namespace rd
