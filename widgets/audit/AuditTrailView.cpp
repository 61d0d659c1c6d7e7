#include "widgets/audit/AuditTrailView.h"

#include "models/core/StatusColours.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

AuditTrailView::AuditTrailView(QWidget* parent)
    : QWidget(parent), m_model(new AuditTrailModel(this)), m_filter(new AuditTrailFilter(this)),
      m_action(new QComboBox), m_text(new QLineEdit), m_chain(new QLabel), m_table(new QTableView)
{
    m_filter->setSourceModel(m_model);
    auto* filters = new QHBoxLayout;
    auto* actionLabel = new QLabel(tr("&Kind:"));
    actionLabel->setBuddy(m_action);
    m_action->setAccessibleName(tr("Kind of event"));
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    auto* textLabel = new QLabel(tr("&Find:"));
    textLabel->setBuddy(m_text);
    m_text->setPlaceholderText(tr("who, what, which application…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Find in the audit trail"));
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTrailModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit trail"));
    m_chain->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chain);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAction(m_action->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AuditTrailFilter::setText);
}

void AuditTrailView::setEvents(QList<audit::Event> events, const audit::ChainCheck& chain,
                               QHash<QString, QString> names)
{
    m_model->setEvents(std::move(events), std::move(names));
    m_action->clear();
    m_action->addItem(tr("All"), QString());
    for (const QString& action : m_model->actions())
        m_action->addItem(audit::actionText(action), action);
    m_table->resizeColumnsToContents();
    m_chain->setText(chain.ok() ? tr("%n events; the hash chain is intact.", nullptr, chain.events)
                                : tr("The hash chain is broken: %1").arg(chain.reason));
    m_chain->setStyleSheet(
        chain.ok() ? QString()
                   : QStringLiteral("color: %1; font-weight: bold").arg(colours::text(colours::Tone::Error).name()));
}

} // namespace rd
