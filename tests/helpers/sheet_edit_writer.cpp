// Applies a stream of score-sheet edits to a workspace and prints the number of each edit once the store
// has acknowledged it, so that tst_durability can kill this process at any moment and check that every
// acknowledged edit survived. With --power-cut, SQLite writes through PowerCutVfs, which keeps the images a
// disk would hold after a power cut; --synchronous-off turns off SQLite's syncs, which the test uses to
// show that those images do lose what was not synced.
#include "PowerCutVfs.h"

#include "models/review/ScoreSheetStore.h"
#include "models/sql/Sql.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const bool powerCut = arguments.removeAll(QStringLiteral("--power-cut")) > 0;
    const bool synchronousOff = arguments.removeAll(QStringLiteral("--synchronous-off")) > 0;
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: sheet_edit_writer [--power-cut [--synchronous-off]] WORKSPACE SHEET_ID\n");
        return 2;
    }
    if (powerCut && !rd::test::registerPowerCutVfs()) {
        std::fprintf(stderr, "cannot register the power-cut VFS\n");
        return 1;
    }
    auto workspace = rd::Workspace::open(arguments.at(1));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error()));
        return 1;
    }
    if (synchronousOff && !rd::sql::exec((*workspace)->db(), QStringLiteral("PRAGMA synchronous = OFF"))) {
        std::fprintf(stderr, "cannot turn off synchronous writes\n");
        return 1;
    }
    rd::ScoreSheetStore store((*workspace)->db());
    const qint64 sheetId = arguments.at(2).toLongLong();
    const QStringList criteria = {QStringLiteral("innovation"), QStringLiteral("cooperation"),
                                  QStringLiteral("cloud_service"), QStringLiteral("feasibility"),
                                  QStringLiteral("benefits")};
    auto opened = store.sheet(sheetId);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    for (int n = opened->revision + 1;; ++n) {
        // Edit n is the sheet's revision n: alternating scores and comments over the criteria, each edit's
        // content given by its number, so tst_durability knows what every acknowledged revision wrote.
        const QString criterion = criteria.at(n % criteria.size());
        const rd::SheetEdit edit =
            n % 2 == 0 ? rd::SheetEdit{rd::SheetEdit::Field::Comment, criterion, QStringLiteral("edit %1").arg(n)}
                       : rd::SheetEdit{rd::SheetEdit::Field::Score, criterion, double(n % 10)};
        auto applied = store.apply(sheetId, edit);
        if (!applied) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.error()));
            return 1;
        }
        if (applied->revision != n) {
            std::fprintf(stderr, "edit %d became revision %d\n", n, applied->revision);
            return 1;
        }
        std::printf("%d\n", applied->revision);
        std::fflush(stdout);
    }
}
