#pragma once

#include "models/core/Result.h"
#include "models/review/ReviewerStore.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace rd {

struct DemoOptions
{
    int applications = 24;
    int reviewers = 7;
    quint32 seed = 2025;
};

// Writes a realistic DIGITAL+ 2025 round as dossier folders (dossier-format.md): Traditional Chinese
// PDFs of every required kind (proposals of 20–60 pages, slides, financial statements, sales proofs…),
// budgets as UTF-8 CSV, Big5 CSV and XLSX, staff, intended organisations and recusal lists. The same
// seed gives the same round. Which applications break which rule is fixed (docs/demo.md):
// breachSchedule() lists the rules in the order the first applications break them.
class DemoGenerator final
{
public:
    explicit DemoGenerator(DemoOptions options) : m_options(options) {}

    static QStringList breachSchedule();
    // The committee of the demo round (`--reviewers M`): some of them are named in recusal lists.
    static QList<Reviewer> committee(int count);
    // The rule application `index` breaks on purpose, or an empty string when it is clean.
    static QString breachFor(int index);

    // Writes one folder per application under `folder`; returns the folders. Uses every core; `progress`
    // is called from worker threads, one call at a time.
    Result<QStringList> write(const QString& folder, const std::function<void(int done, int total)>& progress = {},
                              const std::atomic_bool* cancelled = nullptr) const;

    // The dossier applicant `index` sends after a 補正 notice, in a folder under `folder`: its missing
    // documents added, its budget's stated totals and damaged files corrected; the same 統一編號 and title.
    // Refused for an application whose breach a 補正 cannot cure. Returns the folder.
    Result<QString> writeSupplemented(const QString& folder, int index) const;

private:
    DemoOptions m_options;
};

} // namespace rd
