#include "widgets/review/PreliminaryPanel.h"

#include "models/store/ApplicationStore.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rd {

PreliminaryPanel::PreliminaryPanel(const ApplicationStore& applications, PreliminaryOpinions& opinions, QWidget* parent)
    : QWidget(parent), m_applications(applications), m_opinions(opinions)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("初審意見 of the working group: per criterion, whether the application meets the "
                                "requirements and how it differs from the others. Committee members read it beside "
                                "their score sheet."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_host = new QWidget(scroll);
    m_form = new QVBoxLayout(m_host);
    scroll->setWidget(m_host);
    layout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_save = new QPushButton(tr("Save the preliminary opinions"), this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PreliminaryPanel::save);
}

void PreliminaryPanel::clear()
{
    m_applicationId = 0;
    m_rows.clear();
    while (QLayoutItem* item = m_form->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_status->clear();
    m_save->setEnabled(false);
}

void PreliminaryPanel::showApplication(qint64 applicationId, qint64 roundId)
{
    clear();
    auto rubric = m_applications.roundRubric(roundId);
    if (!rubric) {
        m_status->setText(rubric.error());
        return;
    }
    auto existing = m_opinions.of(applicationId);
    if (!existing) {
        m_status->setText(existing.error());
        return;
    }
    m_applicationId = applicationId;
    QList<QPair<QString, QString>> items = {{QString(), tr("The application as a whole")}};
    for (const RubricCriterion& c : rubric->criteria())
        items.append({c.id, c.name.text()});
    for (const ChecklistItem& c : rubric->checklist())
        items.append({c.id, c.name.text()});
    for (const auto& [id, name] : items) {
        auto* group = new QGroupBox(name, m_host);
        auto* box = new QVBoxLayout(group);
        Row row{id, new QComboBox(group), new QPlainTextEdit(group)};
        for (auto meets : {PreliminaryOpinion::Meets::Unstated, PreliminaryOpinion::Meets::Yes,
                           PreliminaryOpinion::Meets::Partly, PreliminaryOpinion::Meets::No})
            row.meets->addItem(meetsName(meets), int(meets));
        row.meets->setAccessibleName(tr("Meets the requirements: %1").arg(name));
        row.opinion->setAccessibleName(tr("Preliminary opinion on %1").arg(name));
        row.opinion->setTabChangesFocus(true);
        row.opinion->setFixedHeight(row.opinion->fontMetrics().lineSpacing() * 3 + 12);
        for (const PreliminaryOpinion& o : *existing)
            if (o.criterion == id) {
                row.meets->setCurrentIndex(row.meets->findData(int(o.meets)));
                row.opinion->setPlainText(o.opinion);
            }
        box->addWidget(row.meets);
        box->addWidget(row.opinion);
        m_form->addWidget(group);
        m_rows.append(row);
    }
    m_form->addStretch(1);
    m_save->setEnabled(true);
}

void PreliminaryPanel::save()
{
    auto existing = m_opinions.of(m_applicationId);
    int written = 0;
    for (const Row& row : std::as_const(m_rows)) {
        PreliminaryOpinion opinion;
        opinion.criterion = row.criterion;
        opinion.meets = PreliminaryOpinion::Meets(row.meets->currentData().toInt());
        opinion.opinion = row.opinion->toPlainText().trimmed();
        const bool had =
            existing && std::any_of(existing->cbegin(), existing->cend(),
                                    [&](const PreliminaryOpinion& o) { return o.criterion == row.criterion; });
        if (!had && opinion.opinion.isEmpty() && opinion.meets == PreliminaryOpinion::Meets::Unstated)
            continue; // nothing written for this criterion
        if (auto set = m_opinions.set(m_applicationId, opinion); !set) {
            m_status->setText(set.error());
            return;
        }
        ++written;
    }
    m_status->setText(tr("Saved %1 opinions.").arg(written));
}

} // namespace rd
