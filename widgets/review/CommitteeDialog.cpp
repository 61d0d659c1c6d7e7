#include "widgets/review/CommitteeDialog.h"
#include "widgets/Prompts.h"

#include "models/signing/Certificates.h"
#include "widgets/WorkspaceServices.h"

#include <QSet>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,，、;；\\n]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

} // namespace

CommitteeDialog::CommitteeDialog(WorkspaceServices& services, qint64 roundId, QWidget* parent)
    : QDialog(parent), m_services(services), m_roundId(roundId)
{
    setWindowTitle(tr("Committee and assignment"));
    resize(1100, 700);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Committee members (委員)"), top));
    m_members = table({tr("Name"), tr("Organisation"), tr("Title"), tr("Member"), tr("Declared ties"), tr("Assigned"),
                       tr("Signing certificate (SHA-256)")},
                      tr("Committee members"), top);
    topLayout->addWidget(m_members, 1);
    auto* add = new QPushButton(tr("Add member…"), top);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(add);
    auto* certificate = new QPushButton(tr("Register the selected member's certificate…"), top);
    certificate->setToolTip(tr("Returns from this member must then be signed with exactly this certificate"));
    memberButtons->addWidget(certificate);
    memberButtons->addStretch(1);
    topLayout->addLayout(memberButtons);
    auto* secretariatRow = new QHBoxLayout;
    m_secretariat = new QLabel(top);
    m_secretariat->setWordWrap(true);
    m_secretariat->setTextInteractionFlags(Qt::TextSelectableByMouse);
    secretariatRow->addWidget(m_secretariat, 1);
    auto* secretariat = new QPushButton(tr("Register a secretariat certificate…"), top);
    secretariat->setToolTip(tr("The round's archive certificate (封存證明) must be signed with a registered "
                               "secretariat certificate"));
    secretariatRow->addWidget(secretariat);
    topLayout->addLayout(secretariatRow);
    auto* stampRow = new QHBoxLayout;
    auto* stampLabel = new QLabel(tr("&Time-stamping service (RFC 3161):"), top);
    m_timeStamping = new QLineEdit(top);
    m_timeStamping->setObjectName(QStringLiteral("timeStamping"));
    m_timeStamping->setPlaceholderText(tr("none: signing times are the signers' clocks, bounded by the trail"));
    m_timeStamping->setToolTip(tr("An http or https address. Signed 評分表 and the chair's documents must then carry "
                                  "this service's time stamp, and its time is the signing time."));
    stampLabel->setBuddy(m_timeStamping);
    auto* saveStamp = new QPushButton(tr("Save"), top);
    saveStamp->setObjectName(QStringLiteral("saveTimeStamping"));
    saveStamp->setAccessibleName(tr("Save the time-stamping service"));
    stampRow->addWidget(stampLabel);
    stampRow->addWidget(m_timeStamping, 1);
    stampRow->addWidget(saveStamp);
    topLayout->addLayout(stampRow);
    m_memberCodes =
        new QCheckBox(tr("Show members by code on the consensus sheet (評選總表), with a separate key"), top);
    m_memberCodes->setObjectName(QStringLiteral("memberCodes"));
    m_memberCodes->setToolTip(
        tr("Review rules (審議規則) article 6-1: the sheet names members as Member A, B, C…; Publish → Member key "
           "writes the key for the secretariat's file"));
    topLayout->addWidget(m_memberCodes);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Who reviews which application"), bottom));
    m_assignments = table({tr("統一編號"), tr("Applicant"), tr("Proposal"), tr("Reviewers"), tr("Conflicts")},
                          tr("Assignments"), bottom);
    bottomLayout->addWidget(m_assignments, 1);
    auto* assignButtons = new QHBoxLayout;
    m_perApplication = new QSpinBox(bottom);
    m_perApplication->setRange(1, 15);
    m_perApplication->setValue(ReviewerStore::defaultPerApplication);
    m_perApplication->setObjectName(QStringLiteral("perApplication"));
    m_perApplication->setAccessibleName(tr("Reviewers per application"));
    auto* automatic = new QPushButton(tr("Assign automatically"), bottom);
    automatic->setObjectName(QStringLiteral("autoAssign"));
    automatic->setToolTip(tr("Gives every application this many members: balanced load, never a conflicted pair. "
                             "Existing assignments are kept."));
    auto* byHand = new QPushButton(tr("Assign a member to the selected application…"), bottom);
    assignButtons->addWidget(new QLabel(tr("Reviewers per application:"), bottom));
    assignButtons->addWidget(m_perApplication);
    assignButtons->addWidget(automatic);
    assignButtons->addStretch(1);
    assignButtons->addWidget(byHand);
    bottomLayout->addLayout(assignButtons);

    layout->addWidget(splitter, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &CommitteeDialog::addMember);
    connect(certificate, &QPushButton::clicked, this, &CommitteeDialog::registerCertificate);
    connect(secretariat, &QPushButton::clicked, this, &CommitteeDialog::registerSecretariat);
    connect(saveStamp, &QPushButton::clicked, this, &CommitteeDialog::saveTimeStamping);
    if (auto settings = m_services.roundSettings(m_roundId)) {
        m_timeStamping->setText(settings->timeStampUrl);
        m_memberCodes->setChecked(settings->memberCodes);
    }
    connect(m_memberCodes, &QCheckBox::toggled, this, &CommitteeDialog::saveMemberCodes);
    connect(automatic, &QPushButton::clicked, this, &CommitteeDialog::autoAssign);
    connect(byHand, &QPushButton::clicked, this, &CommitteeDialog::assignSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

namespace {

QString certificateOrNothing(ReviewerStore& reviewers, qint64 id)
{
    auto fingerprint = reviewers.certificateOf(id);
    return fingerprint ? *fingerprint : QString();
}

} // namespace

void CommitteeDialog::reload()
{
    ReviewerStore& reviewers = m_services.reviewers;
    auto pool = reviewers.reviewers();
    auto assignments = reviewers.assignments(m_roundId);
    auto applications = m_services.applications.applications(m_roundId);
    auto conflicted = reviewers.conflictsInRound(m_roundId);
    if (!pool || !assignments || !applications || !conflicted) {
        prompts::warning(this, windowTitle(),
                         !pool           ? pool.error()
                         : !assignments  ? assignments.error()
                         : !applications ? applications.error()
                                         : conflicted.error());
        return;
    }
    QHash<qint64, QString> names;
    QHash<qint64, int> load;
    for (const Reviewer& r : *pool)
        names.insert(r.id, r.name);
    QHash<qint64, QStringList> reviewersOf, overridesOf;
    QSet<std::pair<qint64, qint64>> assigned;
    for (const Assignment& a : *assignments)
        assigned.insert({a.applicationId, a.reviewerId});
    // Why a member is not assigned: the conflict that keeps them out, with its basis.
    for (auto app = conflicted->cbegin(); app != conflicted->cend(); ++app)
        for (auto member = app->cbegin(); member != app->cend(); ++member)
            if (!assigned.contains({app.key(), member.key()}))
                overridesOf[app.key()]
                    << tr("%1 not assigned: %2").arg(names.value(member.key()), conflicts::describeAll(member.value()));
    for (const Assignment& a : *assignments) {
        ++load[a.reviewerId];
        reviewersOf[a.applicationId] << names.value(a.reviewerId);
        if (!a.overrideReason.isEmpty())
            overridesOf[a.applicationId] << tr("%1 assigned despite %2 (reason: %3)")
                                                .arg(names.value(a.reviewerId), a.conflicts, a.overrideReason);
        else if (!a.conflicts.isEmpty())
            overridesOf[a.applicationId] << QStringLiteral("%1: %2").arg(names.value(a.reviewerId), a.conflicts);
        if (!a.declaredConflict.isEmpty())
            overridesOf[a.applicationId]
                << tr("%1 declared a conflict: %2").arg(names.value(a.reviewerId), a.declaredConflict);
    }

    m_members->setRowCount(int(pool->size()));
    for (int row = 0; row < pool->size(); ++row) {
        const Reviewer& r = pool->at(row);
        const QStringList cells = {r.name,
                                   r.organization,
                                   r.title,
                                   r.external ? tr("External expert") : tr("Internal"),
                                   (r.declaredOrganizations + r.declaredUbns).join(QStringLiteral("、")),
                                   QString::number(load.value(r.id)),
                                   certificateOrNothing(reviewers, r.id)};
        for (int column = 0; column < cells.size(); ++column)
            m_members->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_members->item(row, 0)->setData(Qt::UserRole, r.id);
    }
    m_members->resizeColumnsToContents();

    QStringList secretariat;
    if (auto holders = m_services.roleHolders(m_roundId))
        for (const roles::Holder& h : *holders)
            if (h.role == roles::Role::Secretariat)
                secretariat << tr("%1 (SHA-256 %2…)").arg(h.name, h.fingerprint.left(23));
    m_secretariat->setText(
        secretariat.isEmpty()
            ? tr("Secretariat certificates (秘書處): none registered yet.")
            : tr("Secretariat certificates (秘書處): %1").arg(secretariat.join(QStringLiteral("; "))));

    m_assignments->setRowCount(int(applications->size()));
    for (int row = 0; row < applications->size(); ++row) {
        const ApplicationSummary& a = applications->at(row);
        const QStringList cells = {a.ubn, a.applicantName, a.title, reviewersOf.value(a.id).join(QStringLiteral("、")),
                                   overridesOf.value(a.id).join(QStringLiteral("；"))};
        for (int column = 0; column < cells.size(); ++column)
            m_assignments->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_assignments->item(row, 0)->setData(Qt::UserRole, a.id);
    }
    m_assignments->resizeColumnsToContents();
}

void CommitteeDialog::addMember()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a committee member"));
    auto* layout = new QFormLayout(&form);
    auto* name = new QLineEdit(&form);
    auto* organization = new QLineEdit(&form);
    auto* title = new QLineEdit(&form);
    auto* email = new QLineEdit(&form);
    auto* internal = new QCheckBox(tr("Internal member (not an external expert)"), &form);
    auto* organizations = new QLineEdit(&form);
    organizations->setPlaceholderText(tr("Organisations the member has ties with, separated by commas"));
    auto* ubns = new QLineEdit(&form);
    ubns->setPlaceholderText(tr("Their 統一編號, separated by commas"));
    layout->addRow(tr("Name"), name);
    layout->addRow(tr("Organisation"), organization);
    layout->addRow(tr("Title"), title);
    layout->addRow(tr("E-mail"), email);
    layout->addRow(QString(), internal);
    layout->addRow(tr("Declared ties"), organizations);
    layout->addRow(tr("Declared 統一編號"), ubns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted)
        return;
    Reviewer r;
    r.name = name->text().trimmed();
    r.organization = organization->text().trimmed();
    r.title = title->text().trimmed();
    r.email = email->text().trimmed();
    r.external = !internal->isChecked();
    r.declaredOrganizations = splitList(organizations->text());
    r.declaredUbns = splitList(ubns->text());
    if (auto added = m_services.reviewers.add(r); !added)
        prompts::warning(this, windowTitle(), added.error());
    reload();
}

void CommitteeDialog::autoAssign()
{
    auto report = m_services.reviewers.autoAssign(m_roundId, m_perApplication->value());
    if (!report) {
        prompts::warning(this, windowTitle(), report.error());
        return;
    }
    reload();
    Q_EMIT assignmentsChanged();
    QString text = tr("%1 assignments added; none pairs a member with an application they have a conflict with.")
                       .arg(report->added);
    if (!report->shortOf.isEmpty())
        text += QLatin1Char('\n') + tr("%1 applications could not get %2 members without a conflict.")
                                        .arg(report->shortOf.size())
                                        .arg(m_perApplication->value());
    prompts::information(this, windowTitle(), text);
}

void CommitteeDialog::assignSelected()
{
    const int row = m_assignments->currentRow();
    if (row < 0 || m_members->rowCount() == 0) {
        prompts::information(this, windowTitle(), tr("Select an application first."));
        return;
    }
    const qint64 application = m_assignments->item(row, 0)->data(Qt::UserRole).toLongLong();
    QStringList names;
    for (int r = 0; r < m_members->rowCount(); ++r)
        names << QStringLiteral("%1（%2）").arg(m_members->item(r, 0)->text(), m_members->item(r, 1)->text());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, windowTitle(), tr("Member to assign:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 member = m_members->item(int(names.indexOf(chosen)), 0)->data(Qt::UserRole).toLongLong();
    ReviewerStore& reviewers = m_services.reviewers;
    auto conflicts = reviewers.conflictsOf(member, application);
    if (!conflicts) {
        prompts::warning(this, windowTitle(), conflicts.error());
        return;
    }
    Status assigned;
    if (conflicts->isEmpty()) {
        assigned = reviewers.assign(application, member);
    } else {
        // Assigning despite a conflict needs a reason, which is kept with the assignment.
        const QString question =
            tr("%1 has a conflict of interest with this application: %2\n\nTo assign "
               "them anyway, give the reason; it is recorded with the assignment.")
                .arg(m_members->item(int(names.indexOf(chosen)), 0)->text(), conflicts::describeAll(*conflicts));
        QString reason;
        QString missing;
        for (;;) {
            reason = QInputDialog::getMultiLineText(this, tr("Conflict of interest"), missing + question, reason, &ok);
            if (!ok)
                return;
            if (!reason.trimmed().isEmpty())
                break;
            missing = tr("The reason is missing.") + QStringLiteral("\n\n");
        }
        assigned = reviewers.assign(application, member, reason);
    }
    if (!assigned)
        prompts::warning(this, windowTitle(), assigned.error());
    reload();
    Q_EMIT assignmentsChanged();
}

void CommitteeDialog::registerCertificate()
{
    const int row = m_members->currentRow();
    if (row < 0) {
        prompts::information(this, windowTitle(), tr("Select a committee member first."));
        return;
    }
    const qint64 reviewerId = m_members->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_members->item(row, 0)->text();
    const auto fingerprint = askFingerprint(name, m_members->item(row, 6)->text());
    if (!fingerprint)
        return;
    if (auto registered = m_services.reviewers.registerCertificate(reviewerId, *fingerprint); !registered) {
        prompts::warning(this, windowTitle(), registered.error());
        return;
    }
    reload();
}

// From the holder's certificate file, or the fingerprint as they read it out. nullopt: cancelled or not a
// fingerprint (said); an empty fingerprint clears a registration.
std::optional<QString> CommitteeDialog::askFingerprint(const QString& holder, const QString& current)
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("%1's certificate (cancel to type its fingerprint)").arg(holder),
                                     QDir::homePath(), tr("Certificates (*.crt *.cer *.pem *.der)"));
    if (!file.isEmpty()) {
        auto read = signing::fingerprintOfCertificateFile(file);
        if (!read) {
            prompts::warning(this, windowTitle(), read.error());
            return std::nullopt;
        }
        return *read;
    }
    bool ok = false;
    const QString typed =
        QInputDialog::getText(this, windowTitle(), tr("SHA-256 fingerprint of %1's signing certificate:").arg(holder),
                              QLineEdit::Normal, current, &ok);
    if (!ok)
        return std::nullopt;
    const QString fingerprint = signing::normalizedFingerprint(typed);
    if (fingerprint.isEmpty() && !typed.trimmed().isEmpty()) {
        prompts::warning(this, windowTitle(),
                         tr("“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(typed));
        return std::nullopt;
    }
    return fingerprint;
}

void CommitteeDialog::registerSecretariat()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, windowTitle(), tr("Who signs for the secretariat (name and office):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const auto fingerprint = askFingerprint(name, {});
    if (!fingerprint || fingerprint->isEmpty())
        return;
    if (auto registered = m_services.registerSecretariat(m_roundId, *fingerprint, name); !registered) {
        prompts::warning(this, windowTitle(), registered.error());
        return;
    }
    reload();
}

void CommitteeDialog::saveMemberCodes(bool on)
{
    auto settings = m_services.roundSettings(m_roundId);
    if (!settings) {
        prompts::warning(this, windowTitle(), settings.error());
        return;
    }
    settings->memberCodes = on;
    if (auto saved = m_services.saveRoundSettings(m_roundId, *settings); !saved)
        prompts::warning(this, windowTitle(), saved.error());
}

// Packages exported afterwards tell members the service; returns and the chair's documents need its stamps.
void CommitteeDialog::saveTimeStamping()
{
    auto settings = m_services.roundSettings(m_roundId);
    if (!settings) {
        prompts::warning(this, windowTitle(), settings.error());
        return;
    }
    QJsonObject json = consensus::settingsToJson(*settings);
    json.insert(QStringLiteral("time_stamping"), m_timeStamping->text().trimmed());
    auto checked = consensus::settingsFromJson(json);
    if (!checked) {
        prompts::warning(this, windowTitle(), checked.error());
        return;
    }
    if (auto saved = m_services.saveRoundSettings(m_roundId, *checked); !saved) {
        prompts::warning(this, windowTitle(), saved.error());
        return;
    }
    prompts::information(this, windowTitle(),
                         checked->timeStampUrl.isEmpty()
                             ? tr("The round has no time-stamping service.")
                             : tr("Signed sheets and the chair's documents must now carry time stamps by %1. "
                                  "Packages exported from now on tell the members; export again any package "
                                  "already sent.")
                                   .arg(checked->timeStampUrl));
}

} // namespace rd
