#pragma once

#include "models/dossier/Dossier.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// The data of a demo round, generated before any file is written (see DemoGenerator).
namespace rd::demo {

struct Sector
{
    const char* name;
    const char* solution;
    const char* orgWord;
};

struct Expert
{
    const char* name;
    const char* organization;
    const char* title;
};

struct Org
{
    QString name, ubn, type, industry, city;
};
struct Staff
{
    QString name, role;
    bool toBeHired = false, security = false;
    double months = 6;
};

struct DemoApplication
{
    int index = 0;
    QString breach;
    QString folderName;
    QString company, ubn, representative, city, address, industryCode = QStringLiteral("J62");
    QDate established;
    int employees = 0;
    double capital = 0, netWorth = 0;
    QMap<QString, double> revenue;
    bool mainland = false, branch = false, bankRejected = false;
    QString category;
    Sector sector{};
    QString title;
    QDate periodStart{2025, 1, 1}, periodEnd{2025, 7, 10};
    QString pi, piTitle = QStringLiteral("總經理"), contact;
    int kpi = 50;
    struct Sol
    {
        QString name;
        double price = 0;
        int organizations = 0;
    };
    QList<Sol> solutions;
    QList<Org> intended;
    QList<Staff> staff;
    QList<Expert> recusals;
    QList<BudgetLine> budget;
    bool writeTotal = true;
    double statedSelfFundedDelta = 0;
    bool listAttachments = true, withSlides = true, withQuality = false, withIntent = false, corruptPdf = false;
    int proposalPages = 30;
    // Two applications of the demo round share a plan (004 捌、一(七)): the copy rewrote part of the original's
    // 雲端方案內容, reordered and repunctuated, for the similarity finding to show.
    enum class SharedPlan
    {
        None,
        Original,
        Copy
    };
    SharedPlan sharedPlan = SharedPlan::None;
    bool scannedFinancials = false; // the latest 財務查核報告書 comes as a scan, for OCR to read
};

// A member of the demo committee: the experts applicants may name in their recusal lists, one internal
// member of the program's agency, and generated names beyond those.
struct CommitteeMember
{
    QString name;
    QString organization;
    QString title;
    bool internal = false;
};
QList<CommitteeMember> committee(int count);

// Builds `count` applications from the seed: the same seed, the same round.
QList<DemoApplication> buildRound(quint32 seed, int count);

} // namespace rd::demo
