#include "models/dossier/DossierReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace rd {

namespace {

// Walks the JSON tree; the first problem is kept with the full key path, the rest of the walk is
// harmless because every accessor returns a default once an error is recorded.
class JsonWalker
{
public:
    explicit JsonWalker(QString fileName) : m_fileName(std::move(fileName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    enum Need
    {
        Required,
        Optional
    };

    QJsonValue value(const QJsonObject& object, const QString& path, const QString& key, Need need)
    {
        const QJsonValue v = object.value(key);
        if ((v.isUndefined() || v.isNull()) && need == Required)
            fail(QCoreApplication::translate("DossierReader", "%1: the required key “%2” is missing")
                     .arg(m_fileName, join(path, key)));
        return v;
    }

    QString string(const QJsonObject& object, const QString& path, const QString& key, Need need = Required)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            wrongType(path, key, QCoreApplication::translate("DossierReader", "text"));
            return {};
        }
        return v.toString().trimmed();
    }

    double number(const QJsonObject& object, const QString& path, const QString& key, Need need = Required)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble()) {
            wrongType(path, key, QCoreApplication::translate("DossierReader", "a number"));
            return 0;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject& object, const QString& path, const QString& key, Need need = Required)
    {
        const double d = number(object, path, key, need);
        if (!failed() && (d != static_cast<double>(static_cast<int>(d)) || d < 0)) {
            wrongType(path, key, QCoreApplication::translate("DossierReader", "a whole number"));
            return 0;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& object, const QString& path, const QString& key, Need need = Required)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            wrongType(path, key, QCoreApplication::translate("DossierReader", "true or false"));
            return false;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject& object, const QString& path, const QString& key, Need need = Required)
    {
        const QString text = string(object, path, key, need);
        if (text.isEmpty())
            return {};
        // Exactly YYYY-MM-DD: Qt's ISO parser would also take 2025/01/01.
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!d.isValid())
            fail(QCoreApplication::translate("DossierReader", "%1: “%2” of “%3” is not a date (YYYY-MM-DD)")
                     .arg(m_fileName, text, join(path, key)));
        return d;
    }

    QJsonObject object(const QJsonObject& parent, const QString& path, const QString& key, Need need = Required)
    {
        const QJsonValue v = value(parent, path, key, need);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            wrongType(path, key, QCoreApplication::translate("DossierReader", "an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& path, const QString& key, Need need = Optional)
    {
        const QJsonValue v = value(parent, path, key, need);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrongType(path, key, QCoreApplication::translate("DossierReader", "a list"));
        return v.toArray();
    }

    QJsonObject element(const QJsonArray& array, const QString& path, int index)
    {
        const QJsonValue v = array.at(index);
        if (!v.isObject())
            fail(QCoreApplication::translate("DossierReader", "%1: “%2[%3]” is not an object")
                     .arg(m_fileName, path)
                     .arg(index));
        return v.toObject();
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    static QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }

private:
    void wrongType(const QString& path, const QString& key, const QString& expected)
    {
        fail(QCoreApplication::translate("DossierReader", "%1: “%2” has the wrong type (expected %3)")
                 .arg(m_fileName, join(path, key), expected));
    }

    QString m_fileName;
    QString m_error;
};

Person readPerson(JsonWalker& w, const QJsonObject& o, const QString& path)
{
    Person p;
    p.name = w.string(o, path, QStringLiteral("name"), JsonWalker::Optional);
    p.title = w.string(o, path, QStringLiteral("title"), JsonWalker::Optional);
    p.phone = w.string(o, path, QStringLiteral("phone"), JsonWalker::Optional);
    p.email = w.string(o, path, QStringLiteral("email"), JsonWalker::Optional);
    return p;
}

Applicant readApplicant(JsonWalker& w, const QJsonObject& o)
{
    const QString path = QStringLiteral("applicant");
    Applicant a;
    a.name = w.string(o, path, QStringLiteral("name"));
    a.ubn = w.string(o, path, QStringLiteral("ubn"));
    a.established = w.date(o, path, QStringLiteral("established"), JsonWalker::Optional);
    a.address = w.string(o, path, QStringLiteral("address"), JsonWalker::Optional);
    a.representative = w.string(o, path, QStringLiteral("representative"), JsonWalker::Optional);
    a.employees = w.integer(o, path, QStringLiteral("employees"), JsonWalker::Optional);
    a.registeredCapital = w.number(o, path, QStringLiteral("registered_capital"), JsonWalker::Optional);
    a.paidInCapital = w.number(o, path, QStringLiteral("paid_in_capital"), JsonWalker::Optional);
    const QJsonObject revenue = w.object(o, path, QStringLiteral("revenue"), JsonWalker::Optional);
    for (auto it = revenue.begin(); it != revenue.end(); ++it)
        a.revenue.insert(it.key(), w.number(revenue, path + QStringLiteral(".revenue"), it.key()));
    a.industryCode = w.string(o, path, QStringLiteral("industry_code"));
    a.netWorth = w.number(o, path, QStringLiteral("net_worth"));
    a.mainlandCapital = w.boolean(o, path, QStringLiteral("mainland_capital"));
    a.branchOffice = w.boolean(o, path, QStringLiteral("branch_office"));
    a.bankRejected = w.boolean(o, path, QStringLiteral("bank_rejected"));
    a.publicOfficialRelation = w.boolean(o, path, QStringLiteral("public_official_relation"), JsonWalker::Optional);
    return a;
}

Proposal readProposal(JsonWalker& w, const QJsonObject& o, const QString& fileName)
{
    const QString path = QStringLiteral("proposal");
    Proposal p;
    const QString category = w.string(o, path, QStringLiteral("category"));
    if (!w.failed()) {
        if (auto c = categoryFromKey(category))
            p.category = *c;
        else
            w.fail(QCoreApplication::translate("DossierReader",
                                               "%1: “proposal.category” is “%2”; expected industry, ai or theme")
                       .arg(fileName, category));
    }
    p.title = w.string(o, path, QStringLiteral("title"));
    const QJsonObject period = w.object(o, path, QStringLiteral("period"));
    p.periodStart = w.date(period, path + QStringLiteral(".period"), QStringLiteral("start"));
    p.periodEnd = w.date(period, path + QStringLiteral(".period"), QStringLiteral("end"));
    p.pi = readPerson(w, w.object(o, path, QStringLiteral("pi"), JsonWalker::Optional), path + QStringLiteral(".pi"));
    p.contact = readPerson(w, w.object(o, path, QStringLiteral("contact"), JsonWalker::Optional),
                           path + QStringLiteral(".contact"));
    p.kpiOrganizations = w.integer(o, path, QStringLiteral("kpi_organizations"));

    const QJsonArray solutions = w.array(o, path, QStringLiteral("solutions"));
    for (int i = 0; i < solutions.size() && !w.failed(); ++i) {
        const QString at = QStringLiteral("proposal.solutions[%1]").arg(i);
        const QJsonObject s = w.element(solutions, QStringLiteral("proposal.solutions"), i);
        Solution solution;
        solution.name = w.string(s, at, QStringLiteral("name"));
        solution.tcloud = w.string(s, at, QStringLiteral("tcloud"), JsonWalker::Optional);
        solution.price = w.number(s, at, QStringLiteral("price"), JsonWalker::Optional);
        solution.organizations = w.integer(s, at, QStringLiteral("organizations"), JsonWalker::Optional);
        const QJsonArray categories = w.array(s, at, QStringLiteral("categories"));
        for (const QJsonValue& c : categories)
            solution.categories.append(c.toInt());
        p.solutions.append(solution);
    }

    const QJsonArray intended = w.array(o, path, QStringLiteral("intended_organizations"));
    for (int i = 0; i < intended.size() && !w.failed(); ++i) {
        const QString at = QStringLiteral("proposal.intended_organizations[%1]").arg(i);
        const QJsonObject io = w.element(intended, QStringLiteral("proposal.intended_organizations"), i);
        IntendedOrganization org;
        org.name = w.string(io, at, QStringLiteral("name"));
        org.ubn = w.string(io, at, QStringLiteral("ubn"), JsonWalker::Optional);
        org.type = w.string(io, at, QStringLiteral("type"), JsonWalker::Optional);
        org.industry = w.string(io, at, QStringLiteral("industry"), JsonWalker::Optional);
        org.city = w.string(io, at, QStringLiteral("city"), JsonWalker::Optional);
        org.mou = w.boolean(io, at, QStringLiteral("mou"), JsonWalker::Optional);
        p.intendedOrganizations.append(org);
    }

    const QJsonArray staff = w.array(o, path, QStringLiteral("staff"));
    for (int i = 0; i < staff.size() && !w.failed(); ++i) {
        const QString at = QStringLiteral("proposal.staff[%1]").arg(i);
        const QJsonObject so = w.element(staff, QStringLiteral("proposal.staff"), i);
        StaffMember member;
        member.no = w.integer(so, at, QStringLiteral("no"), JsonWalker::Optional);
        member.name = w.string(so, at, QStringLiteral("name"), JsonWalker::Optional);
        member.role = w.string(so, at, QStringLiteral("role"), JsonWalker::Optional);
        member.toBeHired = w.boolean(so, at, QStringLiteral("to_be_hired"));
        member.security = w.boolean(so, at, QStringLiteral("security"), JsonWalker::Optional);
        member.months = w.number(so, at, QStringLiteral("months"), JsonWalker::Optional);
        p.staff.append(member);
    }
    return p;
}

} // namespace

Result<Dossier> DossierReader::parse(const QByteArray& json, const QString& fileName)
{
    // Windows tools save "Unicode" text as UTF-16; say so rather than "illegal value at byte 1".
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF") ||
        (json.size() > 1 && (json[0] == 0 || json[1] == 0)))
        return Result<Dossier>::failure(
            QCoreApplication::translate("DossierReader", "%1 is UTF-16 text; the dossier format is UTF-8")
                .arg(fileName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Dossier>::failure(
            QCoreApplication::translate("DossierReader", "%1 is not valid JSON: %2 at byte %3")
                .arg(fileName, parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return Result<Dossier>::failure(
            QCoreApplication::translate("DossierReader", "%1: the top level must be a JSON object").arg(fileName));
    const QJsonObject root = document.object();

    JsonWalker w(fileName);
    Dossier dossier;
    dossier.json = json;
    dossier.format = w.string(root, QString(), QStringLiteral("format"));
    if (w.failed())
        return Result<Dossier>::failure(w.error());
    if (dossier.format != QLatin1String(formatId)) {
        if (dossier.format.startsWith(QLatin1String("reviewdesk.dossier/")))
            return Result<Dossier>::failure(
                QCoreApplication::translate("DossierReader",
                                            "%1: dossier format “%2” is not supported; this ReviewDesk reads “%3”")
                    .arg(fileName, dossier.format, QLatin1String(formatId)));
        return Result<Dossier>::failure(
            QCoreApplication::translate("DossierReader", "%1: “format” is “%2”, not a ReviewDesk dossier")
                .arg(fileName, dossier.format));
    }
    dossier.applicant = readApplicant(w, w.object(root, QString(), QStringLiteral("applicant")));
    // A 統一編號 is eight digits (full-width ones as a form may hold them are read as such); anything else would
    // travel into file names and folders, so the dossier is refused rather than flagged.
    if (!w.failed()) {
        const QString ubn = dossier.applicant.ubn.normalized(QString::NormalizationForm_KC).trimmed();
        static const QRegularExpression eightDigits(QStringLiteral("^[0-9]{8}$"));
        if (!eightDigits.match(ubn).hasMatch())
            return Result<Dossier>::failure(
                QCoreApplication::translate("DossierReader",
                                            "%1: “applicant.ubn” is “%2”; a business ID (統一編號) is 8 digits")
                    .arg(fileName, dossier.applicant.ubn.left(40)));
        dossier.applicant.ubn = ubn;
    }
    dossier.proposal = readProposal(w, w.object(root, QString(), QStringLiteral("proposal")), fileName);

    const QJsonArray recusals = w.array(root, QString(), QStringLiteral("recusal_requests"));
    for (int i = 0; i < recusals.size() && !w.failed(); ++i) {
        const QString at = QStringLiteral("recusal_requests[%1]").arg(i);
        const QJsonObject ro = w.element(recusals, QStringLiteral("recusal_requests"), i);
        RecusalRequest request;
        request.name = w.string(ro, at, QStringLiteral("name"));
        request.organization = w.string(ro, at, QStringLiteral("organization"), JsonWalker::Optional);
        request.title = w.string(ro, at, QStringLiteral("title"), JsonWalker::Optional);
        request.reason = w.string(ro, at, QStringLiteral("reason"), JsonWalker::Optional);
        dossier.recusalRequests.append(request);
    }

    const QJsonArray attachments = w.array(root, QString(), QStringLiteral("attachments"));
    for (int i = 0; i < attachments.size() && !w.failed(); ++i) {
        const QString at = QStringLiteral("attachments[%1]").arg(i);
        const QJsonObject ao = w.element(attachments, QStringLiteral("attachments"), i);
        AttachmentRef ref;
        ref.file = w.string(ao, at, QStringLiteral("file"));
        ref.type = w.string(ao, at, QStringLiteral("type"));
        dossier.attachments.append(ref);
    }
    if (w.failed())
        return Result<Dossier>::failure(w.error());
    return dossier;
}

} // namespace rd
