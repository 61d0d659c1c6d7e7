#include "TestSupport.h"

#include "models/consensus/RoundSettings.h"
#include "models/core/Ubn.h"

#include "models/dossier/DossierReader.h"
#include "models/pdf/PdfComposer.h"
#include "models/rubric/Rubric.h"
#include "models/sql/Sql.h"
#include "models/zip/ZipWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>

namespace rd::test {

namespace {

// No test reads or writes the user's own files: settings, data and caches go to QStandardPaths' test
// locations (~/.qttest), before any test function runs.
void useTestLocations()
{
    QStandardPaths::setTestModeEnabled(true);
}
Q_COREAPP_STARTUP_FUNCTION(useTestLocations)

// A fixture that cannot be set up ends the test run with the reason, in every build (Q_ASSERT is gone in
// release builds, which is what CI runs).
void requireOk(bool ok, const char* where, const char* error)
{
    if (!ok)
        qFatal("%s: %s", where, error);
}

} // namespace

void requireOk(const Status& status, const char* where)
{
    requireOk(status.ok(), where, qPrintable(status.error()));
}

ScratchDatabase::ScratchDatabase(const QString& file) : m_name(QStringLiteral("scratch-%1").arg(quintptr(this)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(file);
    requireOk(db.open(), "ScratchDatabase", qPrintable(db.lastError().text()));
}

ScratchDatabase::~ScratchDatabase()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScratchDatabase::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void usePdfWorkerOfThisBuild()
{
    qputenv("REVIEWDESK_PDFWORKER", REVIEWDESK_PDFWORKER_PATH);
}

TempWorkspace::TempWorkspace()
{
    usePdfWorkerOfThisBuild();
    auto created = Workspace::create(path());
    requireOk(created.ok(), "TempWorkspace", qPrintable(created.error()));
    workspace = std::move(created).value();
    auto round =
        store().createRound(QStringLiteral("測試梯次"), QStringLiteral("DIGITAL+"), QStringLiteral("digitalplus-2025"));
    roundId = round.value();
}

// A valid 統一編號 from seven leading digits: the first last digit that passes the check (one always does, or
// the next seven digits are tried).
static QString ubnWithCheckDigit(int leading)
{
    for (;; ++leading)
        for (int last = 0; last < 10; ++last) {
            const QString candidate = QStringLiteral("%1%2").arg(leading, 7, 10, QLatin1Char('0')).arg(last);
            if (isValidUbn(candidate))
                return candidate;
        }
}

QJsonObject validApplication(const QString& ubn, const QString& title)
{
    QJsonArray intended;
    for (int i = 0; i < 40; ++i)
        intended.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("好鄰居商行%1").arg(i)},
                                    {QStringLiteral("ubn"), ubnWithCheckDigit(9000000 + i + ubn.toInt() % 1000 * 100)},
                                    {QStringLiteral("type"), QStringLiteral("甲")}});
    QJsonArray staff;
    for (int i = 0; i < 10; ++i)
        staff.append(QJsonObject{{QStringLiteral("no"), i + 1},
                                 {QStringLiteral("name"), QStringLiteral("員工%1").arg(i)},
                                 {QStringLiteral("role"), QStringLiteral("工程師")},
                                 {QStringLiteral("to_be_hired"), i < 3},
                                 {QStringLiteral("months"), 6}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("reviewdesk.dossier/1")},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("name"), QStringLiteral("範例雲端股份有限公司")},
                                                  {QStringLiteral("ubn"), ubn},
                                                  {QStringLiteral("industry_code"), QStringLiteral("J62")},
                                                  {QStringLiteral("net_worth"), 12000},
                                                  {QStringLiteral("mainland_capital"), false},
                                                  {QStringLiteral("branch_office"), false},
                                                  {QStringLiteral("bank_rejected"), false}}},
        {QStringLiteral("proposal"),
         QJsonObject{{QStringLiteral("category"), QStringLiteral("industry")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-01-01")},
                                                            {QStringLiteral("end"), QStringLiteral("2025-07-10")}}},
                     {QStringLiteral("kpi_organizations"), 100},
                     {QStringLiteral("solutions"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("雲端進銷存")},
                                             {QStringLiteral("organizations"), 100},
                                             {QStringLiteral("categories"), QJsonArray{1}}}}},
                     {QStringLiteral("intended_organizations"), intended},
                     {QStringLiteral("staff"), staff}}},
        {QStringLiteral("future_key"), QStringLiteral("kept and ignored")},
    };
}

QByteArray validBudgetCsv()
{
    return "item,subsidy,self_funded,security\n"
           "personnel.staff,1500,2000,300\n"
           "equipment.use,100,200,0\n"
           "services.commissioned,200,200,100\n"
           "certification,50,50,100\n"
           "promotion.events,150,400,0\n"
           "promotion.ads,0,150,0\n"
           "total,2000,3000,500\n";
}

void writePdf(const QString& path, const QString& text)
{
    PdfComposer pdf(path, text);
    pdf.paragraph(text);
    pdf.finish();
}

QString writeDossier(const QString& parent, const QJsonObject& application, const QByteArray& budgetCsv)
{
    const QJsonObject applicant = application.value(QStringLiteral("applicant")).toObject();
    const QString name = applicant.value(QStringLiteral("name")).toString();
    const QString folder =
        parent + u'/' + applicant.value(QStringLiteral("ubn")).toString() + u'_' +
        application.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("title")).toString();
    QDir().mkpath(folder);
    QFile json(folder + QStringLiteral("/application.json"));
    json.open(QIODevice::WriteOnly);
    json.write(QJsonDocument(application).toJson());
    json.close();
    if (!budgetCsv.isNull()) {
        QFile budget(folder + QStringLiteral("/budget.csv"));
        budget.open(QIODevice::WriteOnly);
        budget.write(budgetCsv);
    }
    const QStringList documents = {QStringLiteral("計畫申請表"),
                                   QStringLiteral("財務查核報告書111"),
                                   QStringLiteral("財務查核報告書112"),
                                   QStringLiteral("財務查核報告書113"),
                                   QStringLiteral("銷售實績"),
                                   QStringLiteral("個資同意書"),
                                   QStringLiteral("計畫書"),
                                   QStringLiteral("簡報"),
                                   QStringLiteral("委託勞務協議書")}; // services are budgeted (附件7 陸 附件一)
    for (const QString& d : documents)
        writePdf(folder + u'/' + d + u'_' + name + QStringLiteral(".pdf"),
                 d + QStringLiteral("（%1）：本計畫資安經費與雲端方案說明 SLA。")
                         .arg(applicant.value(QStringLiteral("ubn")).toString()));
    return folder;
}

} // namespace rd::test

namespace rd::test {

qint64 addApplication(const TempWorkspace& ws, const QString& ubn, const QString& title)
{
    ParsedDossier parsed;
    parsed.sourcePath = QStringLiteral("test");
    auto dossier = DossierReader::parse(QJsonDocument(validApplication(ubn, title)).toJson(), QStringLiteral("t"));
    requireOk(dossier.ok(), "addApplication", qPrintable(dossier.error()));
    parsed.dossier = *dossier;
    parsed.budget.lines = {{QStringLiteral("personnel.staff"), 100, 100, 20}};
    auto id = ws.store().insert(ws.roundId, parsed, 0);
    requireOk(id.ok(), "addApplication", qPrintable(id.error()));
    markEligible(ws, *id);
    return *id;
}

qint64 addApplicationWithDocuments(const TempWorkspace& ws, const QJsonObject& application,
                                   const QList<std::pair<QString, QString>>& documents)
{
    ParsedDossier parsed;
    parsed.sourcePath = QStringLiteral("test");
    parsed.dossier = DossierReader::parse(QJsonDocument(application).toJson(), QStringLiteral("t")).value();
    parsed.budget.lines = {{QStringLiteral("personnel.staff"), 100, 100, 20}};
    const QString title =
        application.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("title")).toString();
    for (const auto& [type, text] : documents) {
        const QString pdf = ws.dir.filePath(QStringLiteral("%1-%2.pdf").arg(title, type));
        writePdf(pdf, text);
        auto stored = ws.workspace->blobs().putFile(pdf);
        requireOk(stored.ok(), "addApplicationWithDocuments", qPrintable(stored.error()));
        parsed.documents.append(
            {type + QStringLiteral(".pdf"), type, stored->sha256, stored->size, true, {}, {text}, {}, {}});
    }
    auto id = ws.store().insert(ws.roundId, parsed, 0);
    requireOk(id.ok(), "addApplicationWithDocuments", qPrintable(id.error()));
    markEligible(ws, *id);
    return *id;
}

qint64 addApplicationWithDocument(const TempWorkspace& ws, const QJsonObject& application, const QString& text)
{
    return addApplicationWithDocuments(ws, application, {{QStringLiteral("proposal"), text}});
}

void markEligible(const TempWorkspace& ws, qint64 applicationId)
{
    auto marked = sql::exec(ws.workspace->db(),
                            QStringLiteral("INSERT OR REPLACE INTO screenings(application_id, version, outcome,"
                                           " decided_at) SELECT id, version, 'eligible', ? FROM applications"
                                           " WHERE id = ?"),
                            {sql::now(), applicationId});
    if (!marked)
        qFatal("markEligible: %s", qPrintable(marked.error()));
}

void editManifest(const QString& folder, const std::function<void(QJsonObject&)>& edit)
{
    QFile file(folder + QStringLiteral("/application.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("editManifest: cannot read %s", qPrintable(file.fileName()));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(json);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(json).toJson()) < 0)
        qFatal("editManifest: cannot write %s", qPrintable(file.fileName()));
}

void writeZip(const QString& path, const QMap<QString, QByteArray>& entries)
{
    QFile::remove(path);
    ZipWriter zip(path);
    Status status = zip.open();
    for (auto it = entries.cbegin(); status.ok() && it != entries.cend(); ++it)
        status = zip.add(it.key(), it.value());
    if (status.ok())
        status = zip.close();
    if (!status.ok())
        qFatal("writeZip: %s", qPrintable(status.error()));
}

void zipFolder(const QString& zipPath, const QString& folder)
{
    QMap<QString, QByteArray> entries;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("zipFolder: cannot read %s", qPrintable(file.fileName()));
        entries.insert(root.relativeFilePath(file.fileName()), file.readAll());
    }
    writeZip(zipPath, entries);
}

void freezeRubric(const TempWorkspace& ws, const QString& rubricId)
{
    auto rubric = Rubric::load(rubricId);
    requireOk(rubric.ok(), "freezeRubric", qPrintable(rubric.error()));
    auto frozen = ws.store().freezeRubric(ws.roundId, *rubric);
    requireOk(frozen.ok(), "freezeRubric", qPrintable(frozen.error()));
}

void acceptUnsignedReturns(const TempWorkspace& ws)
{
    auto settings = consensus::roundSettings(ws.workspace->db(), ws.roundId);
    if (!settings)
        qFatal("settings: %s", qPrintable(settings.error()));
    settings->unsignedReturns = true;
    if (auto saved = consensus::saveRoundSettings(ws.workspace->db(), ws.roundId, *settings); !saved)
        qFatal("settings: %s", qPrintable(saved.error()));
}

void allowSmallCommittee(const TempWorkspace& ws)
{
    auto settings = consensus::roundSettings(ws.workspace->db(), ws.roundId);
    if (!settings)
        qFatal("settings: %s", qPrintable(settings.error()));
    settings->committeeMinimum = 2;
    if (auto saved = consensus::saveRoundSettings(ws.workspace->db(), ws.roundId, *settings); !saved)
        qFatal("settings: %s", qPrintable(saved.error()));
}

QString makeTestKeys(const QString& folder)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), {QStringLiteral(REVIEWDESK_TEST_DATA "/make-test-keys.sh"), folder});
    const bool finished = script.waitForFinished(180000);
    const QByteArray output = script.readAll();
    if (finished && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0)
        return {};
    return QStringLiteral("make-test-keys.sh failed: ") + QString::fromLocal8Bit(output);
}

} // namespace rd::test
