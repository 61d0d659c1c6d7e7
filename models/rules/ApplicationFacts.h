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

// Everything the rules look at for one application.
struct ApplicationFacts
{
    qint64 id = 0;
    Dossier dossier;
    Budget budget;
    QList<DocumentFacts> documents;
};

} // namespace rd
