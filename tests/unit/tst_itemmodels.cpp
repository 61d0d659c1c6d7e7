// The item models under QAbstractItemModelTester, and what the views rely on: status, filters, the
// budget cell a finding points at. (The consensus board runs under it in tst_meeting, with a meeting's state.)
#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/AuditTrailModel.h"
#include "models/itemmodels/BudgetTableModel.h"
#include "models/itemmodels/DocumentListModel.h"
#include "models/itemmodels/FindingListModel.h"
#include "models/itemmodels/SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace rd;

namespace {

ApplicationSummary summary(qint64 id, const QString& ubn, Category category, int errors, int warnings)
{
    ApplicationSummary s;
    s.id = id;
    s.ubn = ubn;
    s.applicantName = QStringLiteral("公司%1").arg(id);
    s.title = QStringLiteral("計畫%1").arg(id);
    s.category = category;
    s.requestedSubsidy = 1000.0 * double(id);
    s.errors = errors;
    s.warnings = warnings;
    return s;
}

Finding finding(qint64 app, const char* rule, Severity severity, const char* location = "documents")
{
    return {app, QLatin1String(rule), severity, QLatin1String(location), {}, QStringLiteral("004")};
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applicationListAndFilters()
    {
        ApplicationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApplicationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApplications({summary(1, QStringLiteral("04595257"), Category::Industry, 1, 0),
                               summary(2, QStringLiteral("22099131"), Category::Ai, 1, 0),
                               summary(3, QStringLiteral("10000073"), Category::Theme, 0, 1),
                               summary(4, QStringLiteral("10000078"), Category::Industry, 0, 0)},
                              {{finding(1, "eligibility.branch_office", Severity::Error), {}, {}},
                               {finding(2, "documents.required", Severity::Error), {}, {}},
                               {finding(3, "staff.to_be_hired_share", Severity::Warning), {}, {}}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(ApplicationListModel::StatusRole).toInt(), int(IntakeStatus::Ineligible));
        QCOMPARE(model.index(1, 0).data(ApplicationListModel::StatusRole).toInt(), int(IntakeStatus::NeedsDocuments));
        QCOMPARE(model.index(2, 0).data(ApplicationListModel::StatusRole).toInt(), int(IntakeStatus::Check));
        QCOMPARE(model.index(3, 0).data(ApplicationListModel::StatusRole).toInt(), int(IntakeStatus::Clear));

        filter.setStatusFilter(IntakeStatus::NeedsDocuments);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("22099131"));
        filter.setStatusFilter(std::nullopt);
        filter.setCategoryFilter(Category::Industry);
        QCOMPARE(filter.rowCount(), 2);
        filter.setCategoryFilter(std::nullopt);
        filter.setSeverityFilter(SeverityFilter::WithErrors);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSeverityFilter(SeverityFilter::WarningsOnly);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("10000073"));
        filter.setSeverityFilter(SeverityFilter::NoFindings);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSeverityFilter(std::nullopt);
        filter.setTextFilter(QStringLiteral("１００００")); // full-width digits find 10000…
        QCOMPARE(filter.rowCount(), 2);
        filter.setTextFilter(QString());

        // Subsidy sorts as a number, not as text ("9,000" < "10,000").
        filter.sort(ApplicationListModel::SubsidyColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(ApplicationListModel::ApplicationIdRole).toLongLong(), 4);
        QCOMPARE(model.rowForApplication(3), 2);
    }

    void auditTrailAndItsFilter()
    {
        AuditTrailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditTrailFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);
        QList<audit::Event> events;
        events.append({1, at, QStringLiteral("王秘書"), QStringLiteral("secretariat"), QStringLiteral("import"),
                       QStringLiteral("application:1"), 1,
                       QJsonObject{{QStringLiteral("ubn"), QStringLiteral("04595257")}}, QString(),
                       QStringLiteral("aa")});
        events.append({2, at.addSecs(60), QStringLiteral("林孟儒"), QStringLiteral("reviewer"),
                       QStringLiteral("score-edit"), QStringLiteral("sheet:3/7"), 1, QJsonObject(),
                       QStringLiteral("aa"), QStringLiteral("bb")});
        events.append({3, at.addSecs(120), QStringLiteral("王秘書"), QStringLiteral("secretariat"),
                       QStringLiteral("finalise"), QStringLiteral("round:1"), 1, QJsonObject(), QStringLiteral("bb"),
                       QStringLiteral("cc")});
        model.setEvents(events);
        QCOMPARE(model.rowCount(), 3);
        filter.setAction(QStringLiteral("score-edit"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setAction(QString());
        filter.setText(QStringLiteral("王秘書"));
        QCOMPARE(filter.rowCount(), 2);

        // Read by people: entities by name, details as "key: value", digests by their start; the JSON and the
        // key stay in the tooltip.
        const QString digest = QStringLiteral("3f2a9c").repeated(11);
        events[1].detail = QJsonObject{{QStringLiteral("reviewer"), 7},
                                       {QStringLiteral("file_sha256"), digest},
                                       {QStringLiteral("complete"), true}};
        model.setEvents(events, {{QStringLiteral("application:3"), QStringLiteral("04595257 範例雲端")},
                                 {QStringLiteral("reviewer:7"), QStringLiteral("林孟儒")}});
        const QModelIndex entity = model.index(1, AuditTrailModel::Entity);
        QCOMPARE(entity.data().toString(), QStringLiteral("04595257 範例雲端 · 林孟儒"));
        QCOMPARE(entity.data(Qt::ToolTipRole).toString(), QStringLiteral("sheet:3/7"));
        const QString detail = model.index(1, AuditTrailModel::Detail).data().toString();
        QVERIFY2(detail.contains(QStringLiteral("reviewer: 林孟儒")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("file sha256: 3f2a9c3f2a9c…")), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1Char('{')) && !detail.contains(QLatin1Char('"')), qPrintable(detail));
        QVERIFY(model.index(1, AuditTrailModel::Detail).data(Qt::ToolTipRole).toString().contains(digest));
        QCOMPARE(model.index(2, AuditTrailModel::Entity).data().toString(), QStringLiteral("round:1")); // unnamed

        model.setEvents({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void budgetFindingSitsAtItsCell()
    {
        BudgetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Budget budget;
        budget.lines = {{QStringLiteral("personnel.staff"), 1000, 1000, 100},
                        {QStringLiteral("promotion.ads"), 10, 90, 0}};
        budget.stated = BudgetLine{QStringLiteral("total"), 1010, 1090, 100};
        model.setBudget(budget, {finding(1, "budget.security_share", Severity::Error, "budget:total:security"),
                                 finding(1, "budget.ads_self_funded", Severity::Error, "budget:promotion.ads:subsidy"),
                                 finding(1, "budget.promotion_share", Severity::Warning, "budget:promotion.ads:total"),
                                 finding(1, "documents.required", Severity::Error)});
        QCOMPARE(model.rowCount(), 4); // two items, the computed total, the stated total
        const QModelIndex security = model.indexForLocation(QStringLiteral("budget:total:security"));
        QCOMPARE(security, model.index(2, BudgetTableModel::SecurityColumn));
        QCOMPARE(security.data(BudgetTableModel::SeverityRole).toString(), QStringLiteral("error"));
        QVERIFY(security.data(Qt::ToolTipRole).toString().contains(QStringLiteral("004")));
        QVERIFY(security.data(Qt::BackgroundRole).value<QBrush>().color() != QColor(0xEE, 0xF1, 0xF6));
        QCOMPARE(model.indexForLocation(QStringLiteral("budget:promotion.ads:subsidy"))
                     .data(BudgetTableModel::SeverityRole)
                     .toString(),
                 QStringLiteral("error"));
        QCOMPARE(model.indexForLocation(QStringLiteral("budget:promotion.ads:total"))
                     .data(BudgetTableModel::SeverityRole)
                     .toString(),
                 QStringLiteral("warning"));
        QCOMPARE(model.index(0, BudgetTableModel::SubsidyColumn).data(BudgetTableModel::SeverityRole).toString(),
                 QString());
        QCOMPARE(model.index(1, BudgetTableModel::ShareColumn).data().toString(), QStringLiteral("4.8%"));
    }

    void findingsDocumentsSearchResults()
    {
        FindingListModel findings;
        QAbstractItemModelTester t1(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        findings.setFindings(
            {{finding(7, "documents.required", Severity::Error), QStringLiteral("04595257"), QStringLiteral("範例")}});
        QCOMPARE(findings.index(0, FindingListModel::UbnColumn).data().toString(), QStringLiteral("04595257"));
        QCOMPARE(findings.index(0, 0).data(FindingListModel::ApplicationIdRole).toLongLong(), 7);

        DocumentListModel documents;
        QAbstractItemModelTester t2(&documents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        documents.setDocuments(
            {{1, QStringLiteral("計畫書.pdf"), QStringLiteral("proposal"), QString(64, u'a'), 2048, 30, true, {}},
             {2, QStringLiteral("壞.pdf"), QStringLiteral("other"), QString(64, u'b'), 10, 0, false,
              QStringLiteral("damaged")}});
        QCOMPARE(documents.index(1, DocumentListModel::PagesColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(documents.index(1, DocumentListModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not a readable PDF")));

        SearchResultModel results;
        QAbstractItemModelTester t3(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setHits({{7, QStringLiteral("04595257"), QStringLiteral("範例"), 1, QStringLiteral("計畫書.pdf"), 12,
                          QStringLiteral("…資安…")}});
        QCOMPARE(results.index(0, SearchResultModel::PageColumn).data().toInt(), 12);
        QCOMPARE(results.index(0, 0).data(SearchResultModel::DocumentIdRole).toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
