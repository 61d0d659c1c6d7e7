#pragma once

#include "models/dossier/Dossier.h"

#include <QList>
#include <QString>

namespace rd {

struct DocumentFacts
{
    QString fileName;
    QString type;
    qint64 size = 0;
    int pageCount = 0;
    bool readable = true;
    QString problem;
};

// Text a proposal of this application shares with another application's (screening/ProposalComparison).
struct SharedTextFacts
{
    qint64 matchId = 0;
    QString fileName; // this application's document
    QString otherUbn;
    QString otherName;
    QString otherRound; // the round of the other application
    bool otherInRound = true;
    QString otherFileName;
    double share = 0;      // of this document's text, 0..1
    double otherShare = 0; // of the other document's text
};

// Everything the rules look at for one application.
struct ApplicationFacts
{
    qint64 id = 0;
    Dossier dossier;
    Budget budget;
    QList<DocumentFacts> documents;
    QList<SharedTextFacts> sharedText;
};

} // namespace rd
