#pragma once

#include "models/demo/DemoRound.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// The PDF attachments of a demo dossier, in Traditional Chinese, laid out after 004 附件7 and 附件8.
namespace rd::demo {

void writeProposal(const QString& path, const DemoApplication& a, QRandomGenerator& random);
void writeSlides(const QString& path, const DemoApplication& a, QRandomGenerator& random);
void writeFinancials(const QString& path, const DemoApplication& a, int rocYear);
void writeShortDocument(const QString& path, const QString& title, const DemoApplication& a, const QString& body,
                        const QList<QStringList>& rows = {}, const QStringList& header = {});

// Amounts as the forms write them.
QString money(double thousands);

} // namespace rd::demo
