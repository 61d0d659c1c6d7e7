// Score sheets: limits from the frozen rubric, validation that names what is missing, durable edits with
// their revisions, undo and redo through the store, the conflict lock, and progress over assignments.
#include "TestSupport.h"

#include "models/pdf/PageCache.h"
#include "models/review/PageNotes.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetEditor.h"
#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace rd;

namespace {

struct Scoring
{
    explicit Scoring(const QString& rubric = QStringLiteral("digitalplus-2025-expert"))
    {
        test::freezeRubric(ws, rubric);
        apps = {test::addApplication(ws, QStringLiteral("04595257"), QStringLiteral("甲計畫")),
                test::addApplication(ws, QStringLiteral("22099131"), QStringLiteral("乙計畫"))};
        ReviewerStore reviewers(ws.workspace->db());
        reviewer =
            reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("國立清華大學"), {}, {}, true, {}, {}}).value();
        for (qint64 app : apps)
            QVERIFY2(reviewers.assign(app, reviewer).ok(), "assign");
    }
    ScoreSheetStore store() const { return ScoreSheetStore(ws.workspace->db()); }

    test::TempWorkspace ws;
    QList<qint64> apps;
    qint64 reviewer = 0;
};

SheetEdit score(const QString& item, const QVariant& value)
{
    return {SheetEdit::Field::Score, item, value};
}

SheetEdit comment(const QString& item, const QString& text)
{
    return {SheetEdit::Field::Comment, item, text};
}

// Fills every criterion with a score and comment, the overall comment and a recommendation.
void fillDigitalPlus(ScoreSheetStore& store, qint64 sheetId)
{
    const QList<QPair<QString, double>> scores = {{QStringLiteral("innovation"), 12},
                                                  {QStringLiteral("cooperation"), 8},
                                                  {QStringLiteral("cloud_service"), 25.5},
                                                  {QStringLiteral("feasibility"), 24},
                                                  {QStringLiteral("benefits"), 12}};
    for (const auto& [item, value] : scores) {
        QVERIFY(store.apply(sheetId, score(item, value)).ok());
        QVERIFY(store.apply(sheetId, comment(item, QStringLiteral("具體可行"))).ok());
    }
    // 004 柒、二(二): every item confirmed.
    const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
    for (const ChecklistItem& item : expert.checklist())
        QVERIFY(store.apply(sheetId, {SheetEdit::Field::Mark, item.id, QStringLiteral("pass")}).ok());
    QVERIFY(store.apply(sheetId, {SheetEdit::Field::OverallComment, {}, QStringLiteral("整體規劃完整")}).ok());
    QVERIFY(store.apply(sheetId, {SheetEdit::Field::Recommendation, {}, QStringLiteral("approve")}).ok());
}

} // namespace

class TestScoreSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnknownStoredValueIsAnErrorNamingItsRow()
    {
        // A damaged or altered workspace: a sheet state and a category nobody wrote are not read as 草稿 and 產業.
        Scoring s;
        ScoreSheetStore store = s.store();
        const qint64 id = store.open(s.apps[0], s.reviewer).value().id;
        const QSqlDatabase db = s.ws.workspace->db();
        QVERIFY(sql::exec(db, QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok());
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE score_sheets SET state = 'signed?' WHERE id = ?"), {id}).ok());
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE applications SET category = 'retail' WHERE id = ?"), {s.apps[1]})
                    .ok());
        const auto sheet = store.sheet(id);
        QVERIFY(!sheet.ok());
        QVERIFY2(sheet.error().contains(QStringLiteral("score_sheets")) &&
                     sheet.error().contains(QStringLiteral("row %1 ").arg(id)) &&
                     sheet.error().contains(QStringLiteral("signed?")),
                 qPrintable(sheet.error()));
        QVERIFY(!store.sheets(s.ws.roundId, s.reviewer).ok());
        const auto list = s.ws.store().applications(s.ws.roundId);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().contains(QStringLiteral("retail")) &&
                     list.error().contains(QStringLiteral("row %1 ").arg(s.apps[1])),
                 qPrintable(list.error()));
    }

    void scoresStayWithinTheRubric()
    {
        Scoring s;
        ScoreSheetStore store = s.store();
        const qint64 id = store.open(s.apps[0], s.reviewer).value().id;

        QVERIFY(store.apply(id, score(QStringLiteral("innovation"), 15)).ok());
        QVERIFY(store.apply(id, score(QStringLiteral("innovation"), 0)).ok());
        QVERIFY(store.apply(id, score(QStringLiteral("innovation"), 12.5)).ok());

        auto tooHigh = store.apply(id, score(QStringLiteral("innovation"), 15.5));
        QVERIFY(!tooHigh);
        QVERIFY2(tooHigh.error().contains(QStringLiteral("15")), qPrintable(tooHigh.error()));
        QVERIFY(!store.apply(id, score(QStringLiteral("cooperation"), 11)));
        QVERIFY(!store.apply(id, score(QStringLiteral("innovation"), -1)));
        QVERIFY(!store.apply(id, score(QStringLiteral("innovation"), 12.25)));
        QVERIFY(!store.apply(id, score(QStringLiteral("innovation"), QStringLiteral("twelve"))));
        QVERIFY(!store.apply(id, score(QStringLiteral("no_such_criterion"), 3)));
        QVERIFY(!store.apply(id, score(QStringLiteral("priority_support"), 3))); // a flag is set, not scored
        QVERIFY(!store.apply(id, {SheetEdit::Field::Recommendation, {}, QStringLiteral("maybe")}));

        // Refused edits changed nothing, not even the revision count.
        const ScoreSheet sheet = store.sheet(id).value();
        QCOMPARE(*sheet.entry(QStringLiteral("innovation")).score, 12.5);
        QCOMPARE(sheet.revision, 3);
        QVERIFY(!sheet.entry(QStringLiteral("cooperation")).score);
    }

    void onlyAssignedReviewersHaveSheets()
    {
        Scoring s;
        ReviewerStore reviewers(s.ws.workspace->db());
        const qint64 other =
            reviewers.add({0, QStringLiteral("陳怡安"), QStringLiteral("工業技術研究院"), {}, {}, true, {}, {}})
                .value();
        auto refused = s.store().open(s.apps[0], other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not assigned")), qPrintable(refused.error()));
    }

    void validationNamesWhatIsMissing()
    {
        Scoring s;
        ScoreSheetStore store = s.store();
        const qint64 id = store.open(s.apps[0], s.reviewer).value().id;
        QVERIFY(store.apply(id, score(QStringLiteral("innovation"), 10)).ok());

        const Rubric rubric = store.rubricOf(s.apps[0]).value();
        const QList<SheetProblem> problems = validate(rubric, store.sheet(id).value());
        QStringList items;
        for (const SheetProblem& p : problems)
            items << p.item;
        QVERIFY(items.contains(QStringLiteral("innovation")));            // its comment
        QVERIFY(items.contains(QStringLiteral("cooperation")));           // score and comment
        QVERIFY(items.contains(QString()));                               // overall comment, recommendation
        QVERIFY(!items.contains(QStringLiteral("priority_support")));     // a flag is optional
        QVERIFY(items.contains(QStringLiteral("platform.machine_room"))); // 004 柒、二(二), not yet confirmed
        QCOMPARE(problems.size(), 1 + 2 * 4 + 2 + 7);

        auto refused = store.setComplete(id, true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("no score yet")), qPrintable(refused.error()));
        QCOMPARE(store.sheet(id)->state, ScoreSheet::State::Draft);

        fillDigitalPlus(store, id);
        auto complete = store.setComplete(id, true);
        QVERIFY2(complete.ok(), qPrintable(complete.error()));
        QCOMPARE(complete->state, ScoreSheet::State::Complete);
        QCOMPARE(sheetTotal(rubric, *complete), 81.5);

        // An edit that leaves it valid keeps it complete; clearing a score sends it back to draft.
        QCOMPARE(store.apply(id, score(QStringLiteral("benefits"), 13))->state, ScoreSheet::State::Complete);
        QCOMPARE(store.apply(id, score(QStringLiteral("benefits"), QVariant()))->state, ScoreSheet::State::Draft);
    }

    void checklistItemsArePassOrFailWithAReasonForFail()
    {
        Scoring s(QStringLiteral("tcloud-solution-selection"));
        ScoreSheetStore store = s.store();
        const qint64 id = store.open(s.apps[0], s.reviewer).value().id;
        const Rubric rubric = store.rubricOf(s.apps[0]).value();
        QVERIFY(!store.apply(id, score(QStringLiteral("tech.security"), 5)));
        QVERIFY(!store.apply(id, {SheetEdit::Field::Mark, QStringLiteral("tech.security"), QStringLiteral("yes")}));
        for (const ChecklistItem& item : rubric.checklist())
            QVERIFY(store.apply(id, {SheetEdit::Field::Mark, item.id, QStringLiteral("pass")}).ok());
        QVERIFY(
            store.apply(id, {SheetEdit::Field::Mark, QStringLiteral("tech.security"), QStringLiteral("fail")}).ok());
        QList<SheetProblem> problems = validate(rubric, store.sheet(id).value());
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const SheetProblem& p) { return p.item == QStringLiteral("tech.security"); }));
        QVERIFY(store.apply(id, comment(QStringLiteral("tech.security"), QStringLiteral("未附弱點掃描報告"))).ok());
        problems = validate(rubric, store.sheet(id).value());
        QVERIFY(std::none_of(problems.cbegin(), problems.cend(),
                             [](const SheetProblem& p) { return p.item == QStringLiteral("tech.security"); }));
    }

    void editsAreOnDiskWithTheirRevisions()
    {
        Scoring s;
        qint64 id = 0;
        {
            ScoreSheetStore store = s.store();
            id = store.open(s.apps[0], s.reviewer).value().id;
            QVERIFY(store.apply(id, score(QStringLiteral("feasibility"), 20)).ok());
            QVERIFY(store.apply(id, score(QStringLiteral("feasibility"), 22)).ok());
            QVERIFY(store.apply(id, comment(QStringLiteral("feasibility"), QStringLiteral("時程合理"))).ok());
        }
        const QString path = s.ws.workspace->path();
        s.ws.workspace.reset();
        auto reopened = Workspace::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        ScoreSheetStore store((*reopened)->db());
        const ScoreSheet sheet = store.sheet(id).value();
        QCOMPARE(*sheet.entry(QStringLiteral("feasibility")).score, 22.0);
        QCOMPARE(sheet.entry(QStringLiteral("feasibility")).comment, QStringLiteral("時程合理"));
        const QList<SheetRevision> revisions = store.revisions(id).value();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions[1].field, QStringLiteral("score"));
        QCOMPARE(revisions[1].before, QStringLiteral("20"));
        QCOMPARE(revisions[1].after, QStringLiteral("22"));
        QCOMPARE(revisions[2].item, QStringLiteral("feasibility"));
    }

    void undoAndRedoGoThroughTheStore()
    {
        Scoring s;
        ScoreSheetStore store = s.store();
        ScoreSheetEditor editor(store);
        QVERIFY(editor.load(s.apps[0], s.reviewer).ok());
        QSignalSpy changed(&editor, &ScoreSheetEditor::sheetChanged);

        QVERIFY(editor.edit(score(QStringLiteral("innovation"), 10)).ok());
        QVERIFY(editor.edit(score(QStringLiteral("innovation"), 13)).ok());
        // Typing a comment is one undo step, not one per keystroke.
        QVERIFY(editor.edit(comment(QStringLiteral("innovation"), QStringLiteral("創"))).ok());
        QVERIFY(editor.edit(comment(QStringLiteral("innovation"), QStringLiteral("創新"))).ok());
        QVERIFY(editor.edit(comment(QStringLiteral("innovation"), QStringLiteral("創新性高"))).ok());
        QCOMPARE(editor.undoStack()->count(), 3);
        // A refused edit is not on the stack.
        QVERIFY(!editor.edit(score(QStringLiteral("innovation"), 99)));
        QCOMPARE(editor.undoStack()->count(), 3);

        const qint64 id = editor.sheet().id;
        editor.undoStack()->undo();
        QCOMPARE(store.sheet(id)->entry(QStringLiteral("innovation")).comment, QString());
        editor.undoStack()->undo();
        QCOMPARE(*store.sheet(id)->entry(QStringLiteral("innovation")).score, 10.0);
        QCOMPARE(*editor.sheet().entry(QStringLiteral("innovation")).score, 10.0);
        editor.undoStack()->redo();
        QCOMPARE(*store.sheet(id)->entry(QStringLiteral("innovation")).score, 13.0);
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QVERIFY(!store.sheet(id)->entry(QStringLiteral("innovation")).score);
        QVERIFY(changed.count() >= 9);
        // Undo is recorded as revisions too: nothing is lost from the history.
        QCOMPARE(store.revisions(id)->size(), 5 + 5); // five edits, four undos and a redo
    }

    void aDeclaredConflictLocksTheSheet()
    {
        Scoring s;
        ScoreSheetStore store = s.store();
        ScoreSheetEditor editor(store);
        QVERIFY(editor.load(s.apps[1], s.reviewer).ok());
        QVERIFY(editor.edit(score(QStringLiteral("innovation"), 10)).ok());
        QVERIFY(!editor.declareConflict(QStringLiteral("  ")));
        QVERIFY(editor.declareConflict(QStringLiteral("三年內曾擔任申請單位顧問")).ok());
        QVERIFY(editor.locked());
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!editor.edit(score(QStringLiteral("innovation"), 12)));
        QVERIFY(!editor.setComplete(true));
        QCOMPARE(store.sheet(editor.sheet().id)->conflictReason, QStringLiteral("三年內曾擔任申請單位顧問"));

        const qint64 first = store.open(s.apps[0], s.reviewer).value().id;
        fillDigitalPlus(store, first);
        QVERIFY(store.setComplete(first, true).ok());
        const ReviewProgress progress = store.progress(s.ws.roundId, s.reviewer).value();
        QCOMPARE(progress.assigned, 2);
        QCOMPARE(progress.complete, 1);
        QCOMPARE(progress.conflicts, 1);
        QCOMPARE(progress.done(), 2);
    }

    void pageNotesStayWithTheirDocument()
    {
        test::TempWorkspace ws;
        const qint64 app = test::addApplicationWithDocument(ws, test::validApplication(), QStringLiteral("第一頁"));
        const qint64 document = ws.store().application(app)->documents.first().id;
        PageNotes notes(ws.workspace->db());
        QVERIFY(!notes.add(document, 0, QStringLiteral("   ")));
        QVERIFY(!notes.add(document, 1, QStringLiteral("沒有第二頁"))); // the PDF has one page
        const qint64 id = notes.add(document, 0, QStringLiteral("KPI 與附件7不一致")).value();
        QCOMPARE(notes.of(document)->size(), 1);
        QCOMPARE(notes.ofApplication(app)->first().text, QStringLiteral("KPI 與附件7不一致"));
        QVERIFY(notes.update(id, QStringLiteral("KPI 已核對")).ok());
        QCOMPARE(notes.of(document)->first().text, QStringLiteral("KPI 已核對"));
        QVERIFY(notes.update(id, QString()).ok()); // emptied: gone
        QVERIFY(notes.of(document)->isEmpty());
    }

    void thePageCacheStaysWithinItsBudget()
    {
        PageCache cache(10 * 1024 * 1024);
        const QImage page(1000, 1000, QImage::Format_ARGB32); // 4 MB
        cache.insert(0, 96, page);
        cache.insert(1, 96, page);
        QVERIFY(!cache.find(0, 96).isNull()); // page 0 is now the most recently used
        cache.insert(2, 96, page);            // over budget: page 1 goes
        QVERIFY(cache.bytes() <= cache.budget());
        QVERIFY(cache.find(1, 96).isNull());
        QVERIFY(!cache.find(0, 96).isNull());
        QVERIFY(!cache.find(2, 96).isNull());
        cache.insert(0, 144, page);
        cache.keepOnly(144); // after a zoom change only the new resolution stays
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.bytes(), page.sizeInBytes());
    }

    void sheetDataRoundTripsExactly()
    {
        Scoring s;
        ScoreSheetStore store = s.store();
        const qint64 id = store.open(s.apps[0], s.reviewer).value().id;
        fillDigitalPlus(store, id);
        const ScoreSheet sheet = store.sheet(id).value();
        const QJsonObject json = sheetToJson(sheet);
        const ScoreSheet back = sheetFromJson(json).value();
        // Every field that travels, against the sheet it came from (not the JSON against itself).
        QVERIFY(!sheet.entries.isEmpty());
        QCOMPARE(back.entries, sheet.entries);
        QCOMPARE(back.state, sheet.state);
        QCOMPARE(back.overallComment, QStringLiteral("整體規劃完整"));
        QCOMPARE(back.overallComment, sheet.overallComment);
        QCOMPARE(back.recommendation, QStringLiteral("approve"));
        QCOMPARE(back.recommendation, sheet.recommendation);
        QCOMPARE(back.conflictReason, sheet.conflictReason);
        QCOMPARE(back.revision, sheet.revision);
        QVERIFY(sheet.revision > 0);
        QCOMPARE(back.updatedAt, sheet.updatedAt);
        QVERIFY(sheet.updatedAt.isValid());
        QCOMPARE(*back.entry(QStringLiteral("cloud_service")).score, 25.5);
        QCOMPARE(back.entry(QStringLiteral("innovation")).comment, QStringLiteral("具體可行"));
        QVERIFY(!sheetFromJson(QJsonObject{{QStringLiteral("state"), QStringLiteral("signed?")}}));
    }
};

QTEST_MAIN(TestScoreSheet)
#include "tst_scoresheet.moc"
