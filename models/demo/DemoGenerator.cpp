#include "models/demo/DemoGenerator.h"

#include "models/demo/DemoDocuments.h"
#include "models/demo/DemoRound.h"
#include "models/dossier/BudgetItems.h"
#include "models/pdf/ScannedCopy.h"
#include "models/xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace rd {

using namespace demo;

namespace {

// The demo attaches the 合作意向書 of the first eight intended organisations.
constexpr int intentLetters = 8;

QJsonObject applicationJson(const DemoApplication& a, const QList<QPair<QString, QString>>& attachmentList)
{
    QJsonObject revenue;
    for (auto it = a.revenue.begin(); it != a.revenue.end(); ++it)
        revenue.insert(it.key(), it.value());
    QJsonArray solutions;
    for (const auto& s : a.solutions)
        solutions.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("tcloud"), QStringLiteral("current")},
                                     {QStringLiteral("price"), s.price},
                                     {QStringLiteral("organizations"), s.organizations},
                                     {QStringLiteral("categories"), QJsonArray{1, 3}}});
    QJsonArray intended;
    for (int k = 0; k < a.intended.size(); ++k) {
        const Org& o = a.intended.at(k);
        QJsonObject org{{QStringLiteral("name"), o.name},
                        {QStringLiteral("ubn"), o.ubn},
                        {QStringLiteral("type"), o.type},
                        {QStringLiteral("industry"), o.industry},
                        {QStringLiteral("city"), o.city}};
        if (a.withIntent && k < intentLetters)
            org.insert(QStringLiteral("mou"), true); // its 合作意向書 is attached (附件7 參、五 註3)
        intended.append(org);
    }
    QJsonArray staff;
    for (int k = 0; k < a.staff.size(); ++k)
        staff.append(QJsonObject{{QStringLiteral("no"), k + 1},
                                 {QStringLiteral("name"), a.staff.at(k).name},
                                 {QStringLiteral("role"), a.staff.at(k).role},
                                 {QStringLiteral("to_be_hired"), a.staff.at(k).toBeHired},
                                 {QStringLiteral("security"), a.staff.at(k).security},
                                 {QStringLiteral("months"), a.staff.at(k).months}});
    QJsonArray recusals;
    static const QStringList reasons = {QStringLiteral("曾任本公司顧問"), QStringLiteral("為競爭廠商之技術顧問"),
                                        QStringLiteral("與本公司有合作案進行中")};
    for (int k = 0; k < a.recusals.size(); ++k)
        recusals.append(QJsonObject{
            {QStringLiteral("name"), QString::fromUtf8(a.recusals.at(k).name)},
            {QStringLiteral("organization"),
             (a.index + k) % 2 == 0
                 ? QString::fromUtf8(a.recusals.at(k).organization).replace(QStringLiteral("臺"), QStringLiteral("台"))
                 : QString::fromUtf8(a.recusals.at(k).organization)},
            {QStringLiteral("title"), QString::fromUtf8(a.recusals.at(k).title)},
            {QStringLiteral("reason"), reasons.at((a.index + k) % reasons.size())}});
    const QString domain = QStringLiteral("example%1.com.tw").arg(a.index);
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("reviewdesk.dossier/1")},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("name"), a.company},
                                                  {QStringLiteral("ubn"), a.ubn},
                                                  {QStringLiteral("established"), a.established.toString(Qt::ISODate)},
                                                  {QStringLiteral("address"), a.address},
                                                  {QStringLiteral("representative"), a.representative},
                                                  {QStringLiteral("employees"), a.employees},
                                                  {QStringLiteral("registered_capital"), a.capital},
                                                  {QStringLiteral("paid_in_capital"), a.capital},
                                                  {QStringLiteral("revenue"), revenue},
                                                  {QStringLiteral("industry_code"), a.industryCode},
                                                  {QStringLiteral("net_worth"), a.netWorth},
                                                  {QStringLiteral("mainland_capital"), a.mainland},
                                                  {QStringLiteral("branch_office"), a.branch},
                                                  {QStringLiteral("bank_rejected"), a.bankRejected}}},
        {QStringLiteral("proposal"),
         QJsonObject{
             {QStringLiteral("category"), a.category},
             {QStringLiteral("title"), a.title},
             {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), a.periodStart.toString(Qt::ISODate)},
                                                    {QStringLiteral("end"), a.periodEnd.toString(Qt::ISODate)}}},
             {QStringLiteral("pi"),
              QJsonObject{{QStringLiteral("name"), a.pi},
                          {QStringLiteral("title"), a.piTitle},
                          {QStringLiteral("phone"), QStringLiteral("02-2396-%1").arg(1000 + a.index)},
                          {QStringLiteral("email"), QString(QStringLiteral("pi@") + domain)}}},
             {QStringLiteral("contact"),
              QJsonObject{{QStringLiteral("name"), a.contact},
                          {QStringLiteral("title"), QStringLiteral("專案經理")},
                          {QStringLiteral("phone"), QStringLiteral("02-2396-%1").arg(5000 + a.index)},
                          {QStringLiteral("email"), QString(QStringLiteral("pm@") + domain)}}},
             {QStringLiteral("kpi_organizations"), a.kpi},
             {QStringLiteral("solutions"), solutions},
             {QStringLiteral("intended_organizations"), intended},
             {QStringLiteral("staff"), staff}}},
        {QStringLiteral("recusal_requests"), recusals},
    };
    if (a.listAttachments) {
        QJsonArray list;
        for (const auto& [file, type] : attachmentList)
            list.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("type"), type}});
        root.insert(QStringLiteral("attachments"), list);
    }
    return root;
}

Status writeBudget(const QDir& dir, const DemoApplication& a)
{
    QList<BudgetLine> rows = a.budget;
    if (a.writeTotal) {
        BudgetLine t = Budget{a.budget, std::nullopt}.sum();
        t.selfFunded += a.statedSelfFundedDelta;
        rows.append(t);
    }
    const int variant = a.index % 4;
    if (variant == 1) {
        // XLSX, Chinese labels in the item column, as program offices often receive it.
        auto book = XlsxWorkbook::create(dir.filePath(QStringLiteral("budget.xlsx")));
        if (!book)
            return Status::failure(book.error());
        if (auto sheet = (*book)->addWorksheet(QStringLiteral("計畫總經費預算表")); !sheet)
            return sheet;
        const QStringList header = {QStringLiteral("item"), QStringLiteral("subsidy"), QStringLiteral("self_funded"),
                                    QStringLiteral("security")};
        for (int c = 0; c < header.size(); ++c)
            (*book)->writeString(0, c, header.at(c), true);
        for (int r = 0; r < rows.size(); ++r) {
            const BudgetLine& l = rows.at(r);
            (*book)->writeString(r + 1, 0,
                                 l.item == QLatin1String("total")
                                     ? QStringLiteral("計畫總經費")
                                     : QStringLiteral("(%1)%2").arg(r + 1).arg(budget::formLabel(l.item)));
            (*book)->writeNumber(r + 1, 1, l.subsidy);
            (*book)->writeNumber(r + 1, 2, l.selfFunded);
            (*book)->writeNumber(r + 1, 3, l.security);
        }
        return (*book)->close();
    }
    QString csv;
    const bool chinese = variant == 2;
    csv += chinese ? QStringLiteral("會計科目,補助款,自籌款,資安經費\r\n")
                   : QStringLiteral("item,subsidy,self_funded,security\n");
    for (const BudgetLine& l : rows) {
        const QString item = chinese ? budget::formLabel(l.item) : l.item;
        if (chinese) // Excel on Taiwanese Windows: thousands separators, quoted
            csv += QStringLiteral("%1,\"%2\",\"%3\",\"%4\"\r\n")
                       .arg(item, QLocale(QLocale::English).toString(l.subsidy, 'f', 0),
                            QLocale(QLocale::English).toString(l.selfFunded, 'f', 0),
                            QLocale(QLocale::English).toString(l.security, 'f', 0));
        else
            csv += QStringLiteral("%1,%2,%3,%4\n").arg(item).arg(l.subsidy).arg(l.selfFunded).arg(l.security);
    }
    QByteArray bytes;
    if (chinese) {
        QStringEncoder big5("windows-950");
        bytes = big5(csv);
    } else {
        bytes = csv.toUtf8();
        if (variant == 3)
            bytes.prepend("\xEF\xBB\xBF");
    }
    QFile file(dir.filePath(QStringLiteral("budget.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Status::failure(QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(file.fileName()));
    return {};
}

Status writeDossier(const QString& root, const DemoApplication& a, quint32 seed)
{
    QDir dir(root);
    if (!dir.mkpath(a.folderName) || !dir.cd(a.folderName))
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "cannot create %1").arg(dir.filePath(a.folderName)));
    QRandomGenerator random(seed ^ (0x9E3779B9u * quint32(a.index + 1)));
    QList<QPair<QString, QString>> attachments;
    auto file = [&](const QString& documentName, const QString& type) {
        const QString name = documentName + QLatin1Char('_') + a.company + QStringLiteral(".pdf");
        attachments.append({name, type});
        return dir.filePath(name);
    };

    writeShortDocument(
        file(QStringLiteral("計畫申請表"), QStringLiteral("application_form")),
        QStringLiteral("計畫申請表暨企業聲明/同意書"), a,
        QStringLiteral("本企業申請「%1」，所填資料均屬實。本企業非屬銀行拒絕往來戶，非陸資企業，亦非分公司。")
            .arg(a.title),
        {{QStringLiteral("申請單位"), a.company},
         {QStringLiteral("統一編號"), a.ubn},
         {QStringLiteral("計畫名稱"), a.title},
         {QStringLiteral("計畫主持人"), a.pi}},
        {QStringLiteral("欄位"), QStringLiteral("內容")});
    for (int roc = 111; roc <= 113; ++roc) {
        const QString path = file(QStringLiteral("財務查核報告書%1").arg(roc), QStringLiteral("financial_report"));
        if (!a.scannedFinancials || roc != 113) {
            writeFinancials(path, a, roc);
            continue;
        }
        // The latest statement as many applicants send it: the signed copy, scanned.
        const QString printed = path + QStringLiteral(".printed");
        writeFinancials(printed, a, roc);
        const Status scanned = pdf::writeScannedCopy(printed, path, {200, 0.4, 0.03, quint32(a.index + 1), {}});
        QFile::remove(printed);
        if (!scanned)
            return scanned;
    }
    for (int s = 0; s < a.solutions.size(); ++s)
        writeShortDocument(file(QStringLiteral("銷售實績%1").arg(s + 1), QStringLiteral("sales_proof")),
                           QStringLiteral("雲端方案銷售實績證明"), a,
                           QStringLiteral("茲證明「%1」之有效付費客戶契約影本如附，服務期間一年，尚在履約期限內。")
                               .arg(a.solutions.at(s).name),
                           {{QStringLiteral("客戶"), QStringLiteral("和平%1").arg(QString::fromUtf8(a.sector.orgWord))},
                            {QStringLiteral("契約金額（千元）"), money(a.solutions.at(s).price)}},
                           {QStringLiteral("項目"), QStringLiteral("內容")});
    writeShortDocument(
        file(QStringLiteral("個資同意書"), QStringLiteral("privacy_consent")),
        QStringLiteral("企業申請計畫之個資同意書"), a,
        QStringLiteral(
            "本企業同意計畫辦公室於計畫申請、審查、管考及驗收之目的範圍內，蒐集、處理及利用本企業提供之個人資料。"));
    writeProposal(file(QStringLiteral("計畫書"), QStringLiteral("proposal")), a, random);
    if (a.withSlides)
        writeSlides(file(QStringLiteral("簡報"), QStringLiteral("slides")), a, random);
    if (a.withQuality)
        writeShortDocument(file(QStringLiteral("能量登錄證書"), QStringLiteral("quality_proof")),
                           QStringLiteral("數位服務機構能量登錄證書"), a,
                           QStringLiteral("%1 經審查通過數位服務機構能量登錄，登錄類別：雲端服務。").arg(a.company));
    if (a.withIntent) {
        QList<QStringList> rows;
        for (int k = 0; k < qMin(intentLetters, int(a.intended.size())); ++k)
            rows << QStringList{a.intended.at(k).name, a.intended.at(k).ubn, a.intended.at(k).city};
        writeShortDocument(file(QStringLiteral("合作意向書"), QStringLiteral("intent_letters")),
                           QStringLiteral("導入雲端方案合作意向書"), a,
                           QStringLiteral("下列產業或組織具接受輔導導入雲端方案之意願。"), rows,
                           {QStringLiteral("名稱"), QStringLiteral("統一編號"), QStringLiteral("所在地")});
    }
    // 附件7 陸 附件一 and 附件二: the agreement for commissioned work and the advisors' 願任同意書, when budgeted.
    const auto budgeted = [&a](std::initializer_list<const char*> items) {
        return std::any_of(a.budget.cbegin(), a.budget.cend(), [&](const BudgetLine& line) {
            return line.total() > 0 && std::any_of(items.begin(), items.end(),
                                                   [&](const char* i) { return line.item == QLatin1String(i); });
        });
    };
    if (budgeted({"intangible.import", "research.commissioned", "services.commissioned"}))
        writeShortDocument(
            file(QStringLiteral("委託勞務協議書"), QStringLiteral("agreement")),
            QStringLiteral("委託勞務執行計畫書及協議書"), a,
            QStringLiteral("%1 委託受託廠商辦理本計畫之系統整合與資安檢測勞務，雙方已用印。").arg(a.company));
    if (budgeted({"personnel.advisors"}))
        writeShortDocument(file(QStringLiteral("顧問願任同意書"), QStringLiteral("advisor_consent")),
                           QStringLiteral("顧問及國內外專家願任同意書"), a,
                           QStringLiteral("本人同意擔任「%1」計畫顧問，協助雲端方案導入規劃。").arg(a.title));
    if (!a.recusals.isEmpty()) {
        QList<QStringList> rows;
        for (const Expert& e : a.recusals)
            rows << QStringList{QString::fromUtf8(e.name), QString::fromUtf8(e.organization),
                                QString::fromUtf8(e.title)};
        writeShortDocument(file(QStringLiteral("建議迴避之人員清單"), QStringLiteral("recusal_list")),
                           QStringLiteral("建議迴避之人員清單"), a,
                           QStringLiteral("本企業建議下列人員迴避本案之審查："), rows,
                           {QStringLiteral("姓名"), QStringLiteral("服務單位"), QStringLiteral("職稱")});
    }
    if (a.corruptPdf) {
        // A damaged upload: the header of a PDF followed by garbage, as a broken transfer leaves it.
        QFile broken(file(QStringLiteral("銷售實績掃描檔"), QStringLiteral("sales_proof")));
        QByteArray bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
        for (int k = 0; k < 4096; ++k)
            bytes.append(char(random.bounded(256)));
        if (!broken.open(QIODevice::WriteOnly) || broken.write(bytes) != bytes.size())
            return Status::failure(
                QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(broken.fileName()));
    }
    if (auto budget = writeBudget(dir, a); !budget)
        return budget;
    QFile json(dir.filePath(QStringLiteral("application.json")));
    const QByteArray bytes = QJsonDocument(applicationJson(a, attachments)).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size())
        return Status::failure(QCoreApplication::translate("DemoGenerator", "cannot write %1").arg(json.fileName()));
    return {};
}

} // namespace

QList<Reviewer> DemoGenerator::committee(int count)
{
    QList<Reviewer> reviewers;
    int n = 0;
    for (const CommitteeMember& m : demo::committee(count))
        reviewers.append({0,
                          m.name,
                          m.organization,
                          m.title,
                          QStringLiteral("reviewer%1@example.org.tw").arg(++n),
                          !m.internal,
                          {},
                          {}});
    return reviewers;
}

QStringList DemoGenerator::breachSchedule()
{
    return {
        QStringLiteral("budget.security_share"),
        QStringLiteral("documents.required"),
        QStringLiteral("eligibility.industry_code"),
        QStringLiteral("round.duplicate_applicant"),
        QStringLiteral("budget.subsidy_cap"),
        QStringLiteral("kpi.intended_list_share"),
        QStringLiteral("round.intended_overlap"),
        QStringLiteral("budget.totals"),
        QStringLiteral("documents.unreadable"),
        QStringLiteral("eligibility.net_worth"),
        QStringLiteral("budget.subsidy_share"),
        QStringLiteral("proposal.period"),
        QStringLiteral("budget.ads_self_funded"),
        QStringLiteral("staff.to_be_hired_share"),
        QStringLiteral("kpi.minimum"),
        QStringLiteral("budget.outsourcing_share"),
        QStringLiteral("budget.promotion_share"),
        QStringLiteral("eligibility.ubn"),
        QStringLiteral("eligibility.branch_office"),
        QStringLiteral("eligibility.mainland_capital"),
        QStringLiteral("eligibility.bank_rejected"),
    };
}

QString DemoGenerator::breachFor(int index)
{
    // Every third application (2, 5, 8, …) is clean; the others break one rule each, in schedule order.
    if (index % 3 == 2)
        return {};
    const int nth = index - index / 3;
    return breachSchedule().at(nth % breachSchedule().size());
}

Result<QStringList> DemoGenerator::write(const QString& folder, const std::function<void(int, int)>& progress,
                                         const std::atomic_bool* cancelled) const
{
    using R = Result<QStringList>;
    if (m_options.applications < 1 || m_options.applications > 500)
        return R::failure(
            QCoreApplication::translate("DemoGenerator", "the demo round has 1 to 500 applications, not %1")
                .arg(m_options.applications));
    if (!QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("DemoGenerator", "cannot create %1").arg(folder));
    QList<DemoApplication> apps = buildRound(m_options.seed, m_options.applications);

    std::atomic_int done{0};
    QMutex progressMutex;
    QMutex errorMutex;
    QString firstError;
    const quint32 seed = m_options.seed;
    QtConcurrent::blockingMap(apps, [&](const DemoApplication& a) {
        if (cancelled && cancelled->load())
            return;
        if (auto written = writeDossier(folder, a, seed); !written) {
            QMutexLocker lock(&errorMutex);
            if (firstError.isEmpty())
                firstError = written.error();
        }
        const int n = ++done;
        if (progress) {
            QMutexLocker lock(&progressMutex); // callers need not be thread-safe
            progress(n, int(apps.size()));
        }
    });
    if (!firstError.isEmpty())
        return R::failure(firstError);
    if (cancelled && cancelled->load())
        return R::failure(QCoreApplication::translate("DemoGenerator", "cancelled"));
    QStringList folders;
    for (const DemoApplication& a : apps)
        folders << QDir(folder).filePath(a.folderName);
    return folders;
}

Result<QString> DemoGenerator::writeSupplemented(const QString& folder, int index) const
{
    using R = Result<QString>;
    if (index < 0 || index >= m_options.applications)
        return R::failure(
            QCoreApplication::translate("DemoGenerator", "the demo round has no application %1").arg(index + 1));
    DemoApplication a = buildRound(m_options.seed, m_options.applications).at(index);
    static const QStringList curable{QStringLiteral("documents.required"), QStringLiteral("budget.totals"),
                                     QStringLiteral("documents.unreadable")};
    if (!curable.contains(a.breach))
        return R::failure(QCoreApplication::translate("DemoGenerator", "a 補正 does not cure %1 of application %2")
                              .arg(a.breach)
                              .arg(index + 1));
    a.withSlides = true;
    a.statedSelfFundedDelta = 0;
    a.corruptPdf = false;
    if (!QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("DemoGenerator", "cannot create %1").arg(folder));
    if (auto written = writeDossier(folder, a, m_options.seed); !written)
        return R::failure(written.error());
    return QDir(folder).filePath(a.folderName);
}

} // namespace rd
