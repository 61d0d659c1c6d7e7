#pragma once

#include "models/core/Result.h"

#include <QRectF>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd::search {

// How page text is indexed. FTS5's unicode61 tokenizer keeps a run of Han characters as one token and
// the trigram tokenizer cannot match fewer than three characters, so neither finds 資安 or 經費 inside a
// sentence. We give FTS5 text in which every CJK character stands alone (a token of its own); a Chinese
// query of any length then becomes a phrase query over consecutive characters, which is exactly a
// substring match, while Latin words stay whole words (matched by prefix).
//
// Both sides are NFKC-normalised first (see text::normalized): extracted text often carries Kangxi
// radicals (⼒ for 力) and full-width Latin.
QString tokensForIndex(const QString& text);

// Builds the FTS5 MATCH expression for what a user typed; empty when nothing in it is searchable.
// Whitespace-separated terms must all appear (AND); each term is matched as a contiguous phrase.
QString matchExpression(const QString& userQuery);

// The query's terms, normalised, for locating and highlighting them in a page's text.
QStringList highlightTerms(const QString& userQuery);

// Adds or removes one page's tokens. The index is contentless (pages.text holds the text), so removal
// has to present the same tokens again.
Status indexPage(const QSqlDatabase& db, qint64 pageId, const QString& text);
Status unindexPage(const QSqlDatabase& db, qint64 pageId, const QString& text);

struct Hit
{
    qint64 applicationId = 0;
    QString ubn;
    QString applicantName;
    qint64 documentId = 0;
    QString fileName;
    int page = 0;
    QString snippet;
    bool ocr = false;         // the page is a scan and its text was recognised (OCR)
    double ocrConfidence = 0; // Tesseract's mean confidence for the page, 0..100
};

// Pages matching the query in one round (roundId > 0) or all rounds, in document order.
Result<QList<Hit>> find(const QSqlDatabase& db, qint64 roundId, const QString& userQuery, int limit = 200);

// How many pages match the query in one round (roundId > 0) or all rounds.
Result<int> count(const QSqlDatabase& db, qint64 roundId, const QString& userQuery);

// Where the query's terms are on a scanned page, as Tesseract placed the words (fractions of the page);
// empty for a page with a text layer, whose words the PDF itself places.
Result<QList<QRectF>> ocrBoxes(const QSqlDatabase& db, qint64 documentId, int page, const QString& userQuery);

// A line of context around the first term found in `text`.
QString snippet(const QString& text, const QStringList& terms, int context = 30);

} // namespace rd::search
