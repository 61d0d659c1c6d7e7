// The DIGITAL+ 2025 rule set: each rule on both sides of its boundary, the cross-application rules, and
// the validation of rule-set files.
#include "TestSupport.h"

#include "models/dossier/DossierReader.h"
#include "models/pdf/PdfTextExtractor.h"
#include "models/rules/FindingText.h"
#include "models/rules/RuleEngine.h"
#include "models/rules/RuleSet.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace rd;

namespace {

using Edit = std::function<void(ApplicationFacts&)>;

BudgetLine line(const char* item, double subsidy, double selfFunded, double security = 0)
{
    return {QLatin1String(item), subsidy, selfFunded, security};
}

// Total 10,000: subsidy 4,000 (the cap for 推動家數 100), security 1,000 (10 %), commissioned services
// 2,000 (exactly 20 % of the budget, its subsidy 800 exactly 20 % of the subsidy), promotion events 1,500
// (15 %), advertising self-funded. Every rule passes.
ApplicationFacts baseline(qint64 id = 1, const QString& ubn = QStringLiteral("04595257"))
{
    ApplicationFacts facts;
    facts.id = id;
    facts.dossier =
        DossierReader::parse(QJsonDocument(test::validApplication(ubn)).toJson(), QStringLiteral("t")).value();
    facts.budget.lines = {line("personnel.staff", 2700, 3300, 1000), line("services.commissioned", 800, 1200),
                          line("promotion.events", 500, 1000), line("promotion.ads", 0, 500)};
    facts.budget.stated = line("total", 4000, 6000, 1000);
    for (const char* type : {"application_form", "financial_report", "financial_report", "financial_report",
                             "sales_proof", "privacy_consent", "proposal", "slides", "agreement"})
        facts.documents.append(
            {QStringLiteral("%1.pdf").arg(QLatin1String(type)), QLatin1String(type), 1 << 20, 3, true, {}});
    return facts;
}

BudgetLine& item(ApplicationFacts& f, const char* key)
{
    for (BudgetLine& l : f.budget.lines) {
        if (l.item == QLatin1String(key))
            return l;
    }
    f.budget.lines.append(line(key, 0, 0));
    return f.budget.lines.last();
}

// Keeps the stated total in step with the items, so only the rule under test fires.
void restate(ApplicationFacts& f)
{
    f.budget.stated = f.budget.sum();
}

QList<Finding> evaluate(const QList<ApplicationFacts>& apps)
{
    static const RuleSet rules = RuleSet::load(QStringLiteral("digitalplus-2025")).value();
    return RuleEngine::evaluate(rules, apps);
}

QStringList rulesFired(const ApplicationFacts& facts)
{
    QStringList ids;
    for (const Finding& f : evaluate({facts}))
        ids << f.rule;
    return ids;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleSetIsComplete()
    {
        auto rules = RuleSet::load(QStringLiteral("digitalplus-2025"));
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        QStringList ids;
        for (const RuleSpec& spec : rules->rules()) {
            ids << spec.id;
            QVERIFY2(!spec.source.isEmpty(), qPrintable(spec.id));
        }
        ids.sort();
        QCOMPARE(ids, RuleEngine::knownRules());
        QCOMPARE(ids.size(), 31);
    }

    void baselinePassesEveryRule() { QCOMPARE(rulesFired(baseline()), QStringList()); }

    void boundaries_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Edit>("passes");
        QTest::addColumn<Edit>("fails");
        const auto applicant = [](auto member, auto value) {
            return Edit([member, value](ApplicationFacts& f) { f.dossier.applicant.*member = value; });
        };

        // 行業代碼 J582 (軟體出版), J62 (電腦程式設計、諮詢) and J63 (資訊服務) are the allowed ones; each is
        // accepted at the depth a registration gives it, and a neighbour of each is not.
        QTest::newRow("industry code J62")
            << "eligibility.industry_code" << applicant(&Applicant::industryCode, QStringLiteral("J6201"))
            << applicant(&Applicant::industryCode, QStringLiteral("J5811"));
        QTest::newRow("industry code J582")
            << "eligibility.industry_code" << applicant(&Applicant::industryCode, QStringLiteral("J5820"))
            << applicant(&Applicant::industryCode, QStringLiteral("J5813"));
        QTest::newRow("industry code J63")
            << "eligibility.industry_code" << applicant(&Applicant::industryCode, QStringLiteral("J6312"))
            << applicant(&Applicant::industryCode, QStringLiteral("J6010"));
        QTest::newRow("net worth") << "eligibility.net_worth" << applicant(&Applicant::netWorth, 0.5)
                                   << applicant(&Applicant::netWorth, 0.0);
        QTest::newRow("mainland capital")
            << "eligibility.mainland_capital" << applicant(&Applicant::mainlandCapital, false)
            << applicant(&Applicant::mainlandCapital, true);
        QTest::newRow("branch office") << "eligibility.branch_office" << applicant(&Applicant::branchOffice, false)
                                       << applicant(&Applicant::branchOffice, true);
        QTest::newRow("bank rejected") << "eligibility.bank_rejected" << applicant(&Applicant::bankRejected, false)
                                       << applicant(&Applicant::bankRejected, true);
        QTest::newRow("統一編號") << "eligibility.ubn" << applicant(&Applicant::ubn, QStringLiteral("10000073"))
                                  << applicant(&Applicant::ubn, QStringLiteral("04595258"));
        QTest::newRow("KPI minimum 50") << "kpi.minimum" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.kpiOrganizations = 50;
            item(f, "personnel.staff").subsidy -= 2000;
            restate(f);
        }) << Edit([](ApplicationFacts& f) { f.dossier.proposal.kpiOrganizations = 49; });
        QTest::newRow("cap 4,000 at 推動家數 100")
            << "budget.subsidy_cap" << Edit([](ApplicationFacts&) {}) << Edit([](ApplicationFacts& f) {
                   item(f, "personnel.staff").subsidy += 1;
                   item(f, "personnel.staff").selfFunded += 1;
                   restate(f);
               });
        QTest::newRow("cap falls to 2,000 below 推動家數 100")
            << "budget.subsidy_cap" << Edit([](ApplicationFacts& f) { f.dossier.proposal.kpiOrganizations = 200; })
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.kpiOrganizations = 99; });
        QTest::newRow("AI cap 2,500") << "budget.subsidy_cap" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.category = Category::Ai;
            item(f, "personnel.staff").subsidy -= 1500;
            item(f, "personnel.staff").selfFunded += 1500;
            restate(f);
        }) << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.category = Category::Ai;
            item(f, "personnel.staff").subsidy -= 1499;
            item(f, "personnel.staff").selfFunded += 1499;
            restate(f);
        });
        QTest::newRow("subsidy ≤ self-funded") << "budget.subsidy_share" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.kpiOrganizations = 200;
            item(f, "personnel.staff").subsidy += 1000;
            item(f, "personnel.staff").selfFunded -= 1000;
            restate(f); // 5,000 : 5,000
        }) << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.kpiOrganizations = 200;
            item(f, "personnel.staff").subsidy += 1001;
            item(f, "personnel.staff").selfFunded -= 1001;
            restate(f); // 5,001 : 4,999
        });
        QTest::newRow("security 6.95% rounds to 7.0%") << "budget.security_share" << Edit([](ApplicationFacts& f) {
            item(f, "personnel.staff").security = 695;
            restate(f);
        }) << Edit([](ApplicationFacts& f) {
            item(f, "personnel.staff").security = 694;
            restate(f); // 6.94 % → 6.9 %
        });
        QTest::newRow("outsourcing 20%") << "budget.outsourcing_share" << Edit([](ApplicationFacts&) {})
                                         << Edit([](ApplicationFacts& f) {
                                                item(f, "research.commissioned").selfFunded = 1;
                                                item(f, "personnel.staff").selfFunded -= 1;
                                                restate(f);
                                            });
        QTest::newRow("promotion events 20%") << "budget.promotion_share" << Edit([](ApplicationFacts& f) {
            item(f, "promotion.events").selfFunded += 500;
            item(f, "personnel.staff").selfFunded -= 500;
            restate(f);
        }) << Edit([](ApplicationFacts& f) {
            item(f, "promotion.events").selfFunded += 501;
            item(f, "personnel.staff").selfFunded -= 501;
            restate(f);
        });
        QTest::newRow("advertising self-funded")
            << "budget.ads_self_funded" << Edit([](ApplicationFacts&) {}) << Edit([](ApplicationFacts& f) {
                   item(f, "promotion.ads").subsidy = 1;
                   item(f, "personnel.staff").subsidy -= 1;
                   restate(f);
               });
        QTest::newRow("stated totals") << "budget.totals" << Edit([](ApplicationFacts& f) { f.budget.stated.reset(); })
                                       << Edit([](ApplicationFacts& f) { f.budget.stated->selfFunded += 1; });
        QTest::newRow("amounts: negative")
            << "budget.amounts" << Edit([](ApplicationFacts& f) { item(f, "promotion.ads").selfFunded = 0; })
            << Edit([](ApplicationFacts& f) {
                   item(f, "promotion.ads").selfFunded = -200; // "(200)" in the form
                   item(f, "personnel.staff").selfFunded += 200;
                   restate(f);
               });
        QTest::newRow("amounts: whole thousands") << "budget.amounts" << Edit([](ApplicationFacts& f) {
            item(f, "personnel.staff").security += 1;
            restate(f);
        }) << Edit([](ApplicationFacts& f) {
            item(f, "personnel.staff").security += 0.5;
            restate(f);
        });
        QTest::newRow("amounts: 資安 within its row") << "budget.amounts" << Edit([](ApplicationFacts& f) {
            BudgetLine& row = item(f, "promotion.events");
            row.security = row.total();
            restate(f);
        }) << Edit([](ApplicationFacts& f) {
            BudgetLine& row = item(f, "promotion.events");
            row.security = row.total() + 1;
            restate(f);
        });
        // Brought to exactly 20 % of the total subsidy (as the baseline is), then one thousand more.
        QTest::newRow("outsourcing subsidy 20% of the subsidy")
            << "budget.outsourcing_subsidy_share" << Edit([](ApplicationFacts& f) {
                   const double subsidy = f.budget.sum().subsidy;
                   const double outsourced = item(f, "research.commissioned").subsidy +
                                             item(f, "intangible.import").subsidy +
                                             item(f, "services.commissioned").subsidy;
                   const double more = subsidy * 0.2 - outsourced; // now exactly 20 %
                   item(f, "research.commissioned").subsidy += more;
                   item(f, "personnel.staff").subsidy -= more;
                   restate(f);
               })
            << Edit([](ApplicationFacts& f) {
                   const double subsidy = f.budget.sum().subsidy;
                   const double outsourced = item(f, "research.commissioned").subsidy +
                                             item(f, "intangible.import").subsidy +
                                             item(f, "services.commissioned").subsidy;
                   const double more = subsidy * 0.2 - outsourced + 1;
                   item(f, "research.commissioned").subsidy += more;
                   item(f, "personnel.staff").subsidy -= more;
                   restate(f);
               });
        QTest::newRow("solutions add up to 推動家數") << "kpi.solutions_total" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.solutions[0].organizations = 60;
            f.dossier.proposal.solutions.append(f.dossier.proposal.solutions[0]);
            f.dossier.proposal.solutions[1].organizations = 40;
        }) << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.solutions[0].organizations = 60;
            f.dossier.proposal.solutions.append(f.dossier.proposal.solutions[0]);
            f.dossier.proposal.solutions[1].organizations = 39;
        });
        QTest::newRow("solutions' total above 推動家數")
            << "kpi.solutions_total" << Edit([](ApplicationFacts&) {})
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.solutions[0].organizations = 101; });
        QTest::newRow("the cap follows the lower of 推動家數 and the solutions' total")
            << "budget.subsidy_cap" << Edit([](ApplicationFacts& f) {
                   f.dossier.proposal.kpiOrganizations = 200;
                   f.dossier.proposal.solutions[0].organizations = 100; // 4,000 at 100, not 8,000 at 200
               })
            << Edit([](ApplicationFacts& f) {
                   f.dossier.proposal.kpiOrganizations = 200;
                   f.dossier.proposal.solutions[0].organizations = 99; // 2,000 at 99: 4,000 is above it
               });
        // 附件7 陸: documents due only when the plan calls for them.
        const auto without = [](ApplicationFacts& f, const char* type) {
            f.documents.erase(std::remove_if(f.documents.begin(), f.documents.end(),
                                             [type](const DocumentFacts& d) { return d.type == QLatin1String(type); }),
                              f.documents.end());
        };
        QTest::newRow("協議書 when services are budgeted")
            << "documents.conditional" << Edit([without](ApplicationFacts& f) {
                   without(f, "agreement"); // nothing commissioned: nothing due
                   item(f, "personnel.staff").subsidy += item(f, "services.commissioned").subsidy;
                   item(f, "personnel.staff").selfFunded += item(f, "services.commissioned").selfFunded;
                   item(f, "services.commissioned") = line("services.commissioned", 0, 0);
                   restate(f);
               })
            << Edit([without](ApplicationFacts& f) { without(f, "agreement"); });
        QTest::newRow("願任同意書 when advisors are budgeted")
            << "documents.conditional" << Edit([](ApplicationFacts& f) {
                   item(f, "personnel.advisors").selfFunded = 10;
                   item(f, "personnel.staff").selfFunded -= 10;
                   restate(f);
                   f.documents.append(
                       {QStringLiteral("顧問願任同意書.pdf"), QStringLiteral("advisor_consent"), 1 << 20, 1, true, {}});
               })
            << Edit([](ApplicationFacts& f) {
                   item(f, "personnel.advisors").selfFunded = 10;
                   item(f, "personnel.staff").selfFunded -= 10;
                   restate(f);
               });
        QTest::newRow("意向書 when organisations are marked MOU")
            << "documents.conditional" << Edit([](ApplicationFacts& f) {
                   f.dossier.proposal.intendedOrganizations[0].mou = true;
                   f.documents.append(
                       {QStringLiteral("合作意向書.pdf"), QStringLiteral("intent_letters"), 1 << 20, 1, true, {}});
               })
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.intendedOrganizations[0].mou = true; });
        QTest::newRow("揭露表 when a relation is declared") << "documents.conditional" << Edit([](ApplicationFacts& f) {
            f.dossier.applicant.publicOfficialRelation = true;
            f.documents.append({QStringLiteral("揭露表.pdf"), QStringLiteral("coi_disclosure"), 1 << 20, 1, true, {}});
        }) << Edit([](ApplicationFacts& f) { f.dossier.applicant.publicOfficialRelation = true; });
        QTest::newRow("3 solution categories") << "solutions.categories" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.solutions[0].categories = {1, 8, 17};
        }) << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.solutions[0].categories = {1, 3, 8, 17};
        });
        QTest::newRow("solution categories 1 to 17") << "solutions.categories" << Edit([](ApplicationFacts& f) {
            f.dossier.proposal.solutions[0].categories = {17};
        }) << Edit([](ApplicationFacts& f) { f.dossier.proposal.solutions[0].categories = {18}; });
        QTest::newRow("maintenance needs equipment use")
            << "budget.maintenance_without_use" << Edit([](ApplicationFacts& f) {
                   item(f, "equipment.use").selfFunded = 10;
                   item(f, "equipment.maintenance").selfFunded = 10;
                   item(f, "personnel.staff").selfFunded -= 20;
                   restate(f);
               })
            << Edit([](ApplicationFacts& f) {
                   item(f, "equipment.use").selfFunded = 0;
                   item(f, "equipment.maintenance").selfFunded = 10;
                   item(f, "personnel.staff").selfFunded -= 10;
                   restate(f);
               });
        QTest::newRow("to be hired 30%") << "staff.to_be_hired_share" << Edit([](ApplicationFacts&) {
        }) << Edit([](ApplicationFacts& f) { f.dossier.proposal.staff[5].toBeHired = true; });
        QTest::newRow("intended list 40%")
            << "kpi.intended_list_share" << Edit([](ApplicationFacts&) {})
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.intendedOrganizations.removeLast(); });
        // An organisation counts once, by a valid 統一編號 that is not the applicant's.
        QTest::newRow("intended list counts organisations")
            << "kpi.intended_list_share" << Edit([](ApplicationFacts&) {}) << Edit([](ApplicationFacts& f) {
                   auto& list = f.dossier.proposal.intendedOrganizations;
                   list.last().ubn = list.first().ubn;
               });
        const auto lastRow = [](const std::function<QString(const ApplicationFacts&)>& ubn) {
            return Edit([ubn](ApplicationFacts& f) { f.dossier.proposal.intendedOrganizations.last().ubn = ubn(f); });
        };
        QTest::newRow("intended list: a repeated 統一編號")
            << "kpi.intended_list_entries" << Edit([](ApplicationFacts&) {})
            << lastRow([](const ApplicationFacts& f) { return f.dossier.proposal.intendedOrganizations.first().ubn; });
        QTest::newRow("intended list: the applicant itself")
            << "kpi.intended_list_entries" << Edit([](ApplicationFacts&) {})
            << lastRow([](const ApplicationFacts& f) { return f.dossier.applicant.ubn; });
        QTest::newRow("intended list: a wrong check digit")
            << "kpi.intended_list_entries" << Edit([](ApplicationFacts&) {})
            << lastRow([](const ApplicationFacts&) { return QStringLiteral("04595258"); });
        // 主題產業數位轉型 with 推動家數 50 and subsidy 2,500; `listed` of the 40 organisations are clinics,
        // pharmacies or care institutions, the rest ordinary companies that do not count.
        const auto theme = [](int listed, const char* type) {
            return Edit([listed, type](ApplicationFacts& f) {
                f.dossier.proposal.category = Category::Theme;
                f.dossier.proposal.kpiOrganizations = 50;
                item(f, "personnel.staff").subsidy -= 1500;
                item(f, "personnel.staff").selfFunded += 1500;
                restate(f);
                for (int i = 0; i < listed; ++i)
                    f.dossier.proposal.intendedOrganizations[i].type = QString::fromUtf8(type);
            });
        };
        QTest::newRow("theme counts clinics, pharmacies, care only")
            << "kpi.intended_list_share" << theme(20, "戊") << theme(19, "己");
        QTest::newRow("required documents") << "documents.required" << Edit([](ApplicationFacts&) {})
                                            << Edit([](ApplicationFacts& f) { f.documents.removeAt(7); }); // the slides
        QTest::newRow("three years of statements") << "documents.required" << Edit([](ApplicationFacts&) {})
                                                   << Edit([](ApplicationFacts& f) { f.documents.removeAt(1); });
        QTest::newRow("a sales proof per solution")
            << "documents.required" << Edit([](ApplicationFacts&) {}) << Edit([](ApplicationFacts& f) {
                   f.dossier.proposal.solutions.append(f.dossier.proposal.solutions.first());
               });
        // 20M read as 20,000,000 bytes, for every uploaded file, whatever its format.
        QTest::newRow("20M per file") << "documents.size"
                                      << Edit([](ApplicationFacts& f) { f.documents[6].size = 20'000'000; })
                                      << Edit([](ApplicationFacts& f) { f.documents[6].size = 20'000'001; });
        QTest::newRow("20M for a file in another format too") << "documents.size" << Edit([](ApplicationFacts& f) {
            f.documents.append({QStringLiteral("計畫書.docx"), QStringLiteral("other"), 20'000'000, 0, false, {}});
        }) << Edit([](ApplicationFacts& f) {
            f.documents.append({QStringLiteral("計畫書.docx"), QStringLiteral("other"), 20'000'001, 0, false, {}});
        });
        QTest::newRow("uploads are PDF") << "documents.format" << Edit([](ApplicationFacts& f) {
            f.documents.append({QStringLiteral("掃描.PDF"), QStringLiteral("other"), 1 << 20, 1, true, {}});
        }) << Edit([](ApplicationFacts& f) {
            f.documents.append({QStringLiteral("計畫書.docx"), QStringLiteral("other"), 1 << 20, 0, false, {}});
        });
        QTest::newRow("shared proposal text")
            << "round.similar_proposal" << Edit([](ApplicationFacts&) {}) << Edit([](ApplicationFacts& f) {
                   f.sharedText.append({7,
                                        QStringLiteral("計畫書.pdf"),
                                        QStringLiteral("53012345"),
                                        QStringLiteral("某公司"),
                                        {},
                                        true,
                                        QStringLiteral("計畫書.pdf"),
                                        0.142,
                                        0.138});
               });
        QTest::newRow("unreadable PDF") << "documents.unreadable" << Edit([](ApplicationFacts&) {})
                                        << Edit([](ApplicationFacts& f) {
                                               f.documents[6].readable = false;
                                               f.documents[6].problem = PdfProblem::encrypted;
                                           });
        QTest::newRow("period ends 2025-07-10")
            << "proposal.period" << Edit([](ApplicationFacts&) {})
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.periodEnd = QDate(2025, 7, 11); });
        QTest::newRow("period starts 2025-01-01")
            << "proposal.period" << Edit([](ApplicationFacts&) {})
            << Edit([](ApplicationFacts& f) { f.dossier.proposal.periodStart = QDate(2024, 12, 31); });
    }
    void boundaries()
    {
        QFETCH(QString, rule);
        QFETCH(Edit, passes);
        QFETCH(Edit, fails);
        ApplicationFacts good = baseline();
        passes(good);
        QVERIFY2(!rulesFired(good).contains(rule), qPrintable(rulesFired(good).join(u',')));
        ApplicationFacts bad = baseline();
        fails(bad);
        const QList<Finding> findings = evaluate({bad});
        const auto it =
            std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
        QVERIFY2(it != findings.end(), qPrintable(rule));
        QVERIFY(!it->source.isEmpty());
        QVERIFY(!FindingText::message(*it).isEmpty());
        QVERIFY(FindingText::message(*it) != rule); // a real sentence, not the id
    }

    void securityFindingPointsAtTheTotalSecurityCell()
    {
        ApplicationFacts f = baseline();
        item(f, "personnel.staff").security = 500;
        restate(f);
        const QList<Finding> findings = evaluate({f});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().location, QStringLiteral("budget:total:security"));
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().figures.value(QStringLiteral("percent")).toDouble(), 5.0);
    }

    void warningsAreWarnings()
    {
        ApplicationFacts f = baseline();
        f.dossier.proposal.staff[5].toBeHired = true;
        const QList<Finding> findings = evaluate({f});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Severity::Warning);
    }

    void duplicateApplicantAcrossApplications()
    {
        ApplicationFacts first = baseline(1);
        ApplicationFacts second = baseline(2);
        second.dossier.proposal.title = QStringLiteral("另一個計畫");
        for (auto& org : second.dossier.proposal.intendedOrganizations)
            org.ubn.prepend(u'8');
        ApplicationFacts other = baseline(3, QStringLiteral("22099131"));
        for (auto& org : other.dossier.proposal.intendedOrganizations)
            org.ubn.prepend(u'7');
        int duplicates = 0;
        for (const Finding& f : evaluate({first, second, other})) {
            if (f.rule == QLatin1String("round.duplicate_applicant")) {
                ++duplicates;
                QVERIFY(f.applicationId == 1 || f.applicationId == 2);
            }
        }
        QCOMPARE(duplicates, 2);
    }

    void intendedOverlapAcrossApplicants()
    {
        ApplicationFacts first = baseline(1);
        // The two lists share no 統一編號: test::validApplication derives them from the applicant's.
        ApplicationFacts second = baseline(2, QStringLiteral("22099131"));
        QVERIFY(evaluate({first, second}).isEmpty());
        second.dossier.proposal.intendedOrganizations[3].ubn = first.dossier.proposal.intendedOrganizations[7].ubn;
        const QList<Finding> findings = evaluate({first, second});
        QCOMPARE(findings.size(), 2);
        for (const Finding& f : findings) {
            QCOMPARE(f.rule, QStringLiteral("round.intended_overlap"));
            QCOMPARE(f.severity, Severity::Warning);
            QCOMPARE(f.figures.value(QStringLiteral("count")).toInt(), 1);
        }
    }

    void ruleSetValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown rule") << QByteArray(R"({"format":"reviewdesk.ruleset/1","id":"x","rules":[
            {"id":"budget.magic","severity":"error","source":"s","params":{}}]})")
                                      << "budget.magic";
        QTest::newRow("missing parameter") << QByteArray(R"({"format":"reviewdesk.ruleset/1","id":"x","rules":[
            {"id":"budget.security_share","severity":"error","source":"s","params":{"min_percent":7}}]})")
                                           << "round_to_decimals";
        QTest::newRow("no source") << QByteArray(R"({"format":"reviewdesk.ruleset/1","id":"x","rules":[
            {"id":"eligibility.ubn","severity":"error","params":{"divisor":5}}]})")
                                   << "source";
        QTest::newRow("bad severity") << QByteArray(R"({"format":"reviewdesk.ruleset/1","id":"x","rules":[
            {"id":"eligibility.ubn","severity":"fatal","source":"s","params":{"divisor":5}}]})")
                                      << "fatal";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","id":"x","rules":[]})") << "format";
    }
    void ruleSetValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto set = RuleSet::fromJson(json, QStringLiteral("custom.json"));
        QVERIFY(!set.ok());
        QVERIFY2(set.error().contains(error) && set.error().contains(QStringLiteral("custom.json")),
                 qPrintable(set.error()));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
