#include "models/demo/DemoScoring.h"

#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace rd::demo {

namespace {

// What members write, by criterion and by how well the application does on it (weak, fair, strong).
const char* const commentBank[][3] = {
    {"創新性不足，與現有套裝軟體差異有限，建議補充產業升級之具體路徑。",
     "具一定創新性，惟產業擴散效益之論述宜再具體化。", "導入模式具創新性，可帶動同業數位轉型，發展潛力佳。"},
    {"合作對象多為既有客戶，市場推動策略不明確。", "已有合作意向書，惟推廣家數目標偏保守。",
     "合作夥伴涵蓋上下游，市場推廣策略具體可行。"},
    {"雲端方案之資安與資料可攜說明不足，SLA 指標未具體承諾。", "雲端方案技術成熟，惟系統整合細節宜再補充。",
     "雲端方案架構完整，資安認證與 SLA 承諾明確。"},
    {"執行團隊人力配置不足，時程過於緊湊，可行性存疑。", "時程規劃大致合理，關鍵人力仍有待補實。",
     "團隊經驗豐富，分工與查核點明確，執行力佳。"},
    {"效益指標偏高且缺乏基準值，經費編列與效益不相稱。", "效益指標可量化，惟部分經費編列略高。",
     "效益指標具體可驗證，經費編列合理。"},
};
// What one member adds and another does not, so that no two sheets read alike.
const char* const remarkBank[] = {
    "",
    "建議補充導入後之維運與教育訓練規劃。",
    "請說明與既有 ERP 系統之整合方式。",
    "KPI 宜設定基準值與量測方式。",
    "請補充擴散至其他產業之推廣時程。",
    "建議檢討人事費占比之合理性。",
};
const char* const overallBank[] = {
    "整體規劃尚不成熟，建議不予補助。",
    "計畫方向可行，請依委員意見修正計畫書後再行核定。",
    "計畫完整可行，建議通過。",
};
const char* const preliminaryBank[] = {
    "申請文件齊備，各評選項目均符合須知規定。",
    "大致符合須知規定，效益指標與經費編列請委員特別審視。",
    "雲端方案與須知要求之資料可攜及資安條件不符，建議委員審慎評估。",
};

double clamp01(double value)
{
    return std::clamp(value, 0.3, 0.98);
}

} // namespace

Status scoreDemoRound(const QSqlDatabase& db, qint64 roundId, quint32 seed)
{
    ApplicationStore applications(db);
    ReviewerStore reviewers(db);
    ScoreSheetStore sheets(db);
    auto rubric = applications.roundRubric(roundId);
    auto list = applications.applications(roundId);
    auto assignments = reviewers.assignments(roundId);
    if (!rubric || !list || !assignments)
        return Status::failure(!rubric ? rubric.error() : !list ? list.error() : assignments.error());
    if (rubric->criteria().size() != int(std::size(commentBank)))
        return Status::failure(
            QCoreApplication::translate("Demo", "The demo sheets are written for the DIGITAL+ rubric."));

    QRandomGenerator random(seed ^ 0x5c0e5u);
    // Each application has a standing, each member a leniency: the spread a real committee shows.
    QHash<qint64, double> quality;
    QHash<qint64, int> position;
    for (int i = 0; i < list->size(); ++i) {
        quality.insert(list->at(i).id, 56 + random.bounded(34));
        position.insert(list->at(i).id, i);
    }
    QHash<qint64, double> leniency;
    for (const Assignment& a : *assignments)
        if (!leniency.contains(a.reviewerId))
            leniency.insert(a.reviewerId, double(random.bounded(11)) - 5);

    sql::Transaction transaction(db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    PreliminaryOpinions preliminary(db);
    for (const ApplicationSummary& a : *list) {
        const double q = quality.value(a.id);
        const int band = q >= 78 ? 0 : q >= 66 ? 1 : 2;
        const PreliminaryOpinion::Meets meets[] = {PreliminaryOpinion::Meets::Yes, PreliminaryOpinion::Meets::Partly,
                                                   PreliminaryOpinion::Meets::No};
        if (auto set = preliminary.set(a.id, {QString(), meets[band], QString::fromUtf8(preliminaryBank[band]), {}});
            !set)
            return set;
    }

    bool conflictDeclared = false;
    QHash<qint64, int> seenPerApplication;
    for (const Assignment& a : *assignments) {
        if (!a.declaredConflict.isEmpty() || (!a.conflicts.isEmpty() && a.overrideReason.isEmpty()))
            continue;
        const int nth = seenPerApplication[a.applicationId]++;
        const int index = position.value(a.applicationId);
        ScoreSheet sheet;
        if (!conflictDeclared && index == 4 && nth == 2) {
            // One member finds a tie the recusal list did not name, and declares it instead of scoring.
            conflictDeclared = true;
            sheet.state = ScoreSheet::State::Conflict;
            sheet.conflictReason = QStringLiteral("本人於 2023 年曾擔任申請企業之技術顧問，依規定迴避。");
            if (auto noted = reviewers.recordDeclaredConflict(a.applicationId, a.reviewerId, sheet.conflictReason);
                !noted)
                return noted;
        } else {
            // Every seventh application, from the fourth on, gets one member far from the others: a marked
            // difference for the meeting to handle.
            const double apart = (index % 7 == 3 && nth == 0) ? -24 : (index % 9 == 5 && nth == 1) ? 19 : 0;
            const double level = quality.value(a.applicationId) + leniency.value(a.reviewerId) + apart;
            for (int c = 0; c < rubric->criteria().size(); ++c) {
                const RubricCriterion& criterion = rubric->criteria().at(c);
                const double share = clamp01((level + double(random.bounded(9)) - 4) / 100);
                const double score = std::round(rubric->maximum(criterion) * share);
                const int tone = share < 0.68 ? 0 : share < 0.8 ? 1 : 2;
                const char* remark = remarkBank[random.bounded(int(std::size(remarkBank)))];
                sheet.entries.insert(criterion.id,
                                     {score, {}, QString::fromUtf8(commentBank[c][tone]) + QString::fromUtf8(remark)});
            }
            // Every member confirms the 004 柒、二(二) checklist; on one application a member finds the off-site
            // backup hosted in Hong Kong, which the meeting must resolve.
            for (const ChecklistItem& item : rubric->checklist()) {
                const bool hostedInHongKong =
                    index == 6 && nth == 0 && item.id == QLatin1String("platform.machine_room");
                sheet.entries.insert(
                    item.id, {std::nullopt, hostedInHongKong ? QStringLiteral("fail") : QStringLiteral("pass"),
                              hostedInHongKong ? QStringLiteral("計畫書第 12 頁：異地備援機房位於香港。") : QString()});
            }
            const double total = rubric->total(sheet.scores());
            const int verdict = total >= 80 ? 2 : total >= 70 ? 1 : 0;
            sheet.overallComment = QString::fromUtf8(overallBank[verdict]);
            const auto& options = rubric->recommendations();
            if (!options.isEmpty())
                sheet.recommendation = options.at(std::min<int>(2 - verdict, int(options.size()) - 1)).id;
            sheet.state = ScoreSheet::State::Complete;
            if (const auto problems = validate(*rubric, sheet); !problems.isEmpty())
                return Status::failure(problems.first().message);
        }
        if (auto stored = sheets.storeReturned(a.applicationId, a.reviewerId, sheet, QStringLiteral("demo")); !stored)
            return Status::from(stored);
    }
    return transaction.commit();
}

} // namespace rd::demo
