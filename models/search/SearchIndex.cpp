#include "models/search/SearchIndex.h"

#include "models/core/OcrText.h"
#include "models/core/Text.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::search {

namespace {

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// Splits normalised text into the tokens FTS5 will see: runs of letters/digits, each CJK char alone.
QStringList tokenize(const QString& normalizedText)
{
    QStringList tokens;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            tokens << word;
            word.clear();
        }
    };
    for (char32_t c : normalizedText.toUcs4()) {
        if (text::isCjk(c)) {
            flush();
            tokens << QString::fromUcs4(&c, 1);
        } else if (isWordCharacter(c)) {
            word += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

} // namespace

QString tokensForIndex(const QString& text)
{
    const QString normalizedText = text::normalized(text);
    QString out;
    out.reserve(normalizedText.size() * 2);
    bool previousCjk = false;
    for (char32_t c : normalizedText.toUcs4()) {
        const bool cjk = text::isCjk(c);
        if (cjk || previousCjk)
            out += QLatin1Char(' ');
        out += QString::fromUcs4(&c, 1);
        previousCjk = cjk;
    }
    return out;
}

QStringList highlightTerms(const QString& userQuery)
{
    return text::normalized(userQuery).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QString matchExpression(const QString& userQuery)
{
    QStringList phrases;
    for (const QString& term : highlightTerms(userQuery)) {
        const QStringList tokens = tokenize(term);
        if (tokens.isEmpty())
            continue;
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        const QString& last = tokens.last();
        if (!text::isCjk(last.toUcs4().value(0)))
            phrase += QLatin1Char('*'); // Latin words match by prefix: "clou" finds "cloud"
        phrases << phrase;
    }
    return phrases.join(QLatin1Char(' '));
}

Status indexPage(const QSqlDatabase& db, qint64 pageId, const QString& text)
{
    return Status::from(sql::exec(db, QStringLiteral("INSERT INTO page_index(rowid, body) VALUES (?, ?)"),
                                  {pageId, tokensForIndex(text)}));
}

Status unindexPage(const QSqlDatabase& db, qint64 pageId, const QString& text)
{
    return Status::from(
        sql::exec(db, QStringLiteral("INSERT INTO page_index(page_index, rowid, body) VALUES ('delete', ?, ?)"),
                  {pageId, tokensForIndex(text)}));
}

QString snippet(const QString& text, const QStringList& terms, int context)
{
    // Terms are normalised; the page keeps its own punctuation and width, so look for the term as typed in
    // either form, ignoring case, and fall back to the start of the page.
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString& term : terms) {
        for (const QString& form : {term, term.toUpper(), text::forDisplay(term)}) {
            at = text.indexOf(form, 0, Qt::CaseInsensitive);
            if (at >= 0) {
                length = form.size();
                break;
            }
        }
        if (at >= 0)
            break;
    }
    if (at < 0)
        at = 0;
    const qsizetype from = qMax<qsizetype>(0, at - context);
    const qsizetype to = qMin<qsizetype>(text.size(), at + length + context);
    QString out = text.mid(from, to - from).simplified();
    if (from > 0)
        out.prepend(QStringLiteral("…"));
    if (to < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

Result<int> count(const QSqlDatabase& db, qint64 roundId, const QString& userQuery)
{
    const QString expression = matchExpression(userQuery);
    if (expression.isEmpty())
        return 0;
    auto query = sql::exec(db,
                           QStringLiteral("SELECT count(*) FROM page_index"
                                          " JOIN pages p ON p.id = page_index.rowid"
                                          " JOIN documents d ON d.id = p.document_id"
                                          " JOIN applications a ON a.id = d.application_id"
                                          " WHERE page_index MATCH ? AND (? = 0 OR a.round_id = ?)"),
                           {expression, roundId, roundId});
    if (!query)
        return Result<int>::failure(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<Hit>> find(const QSqlDatabase& db, qint64 roundId, const QString& userQuery, int limit)
{
    QList<Hit> hits;
    const QString expression = matchExpression(userQuery);
    if (expression.isEmpty())
        return hits;
    // FTS5 yields rowids in ascending order; with LIMIT it stops at the first `limit` matches instead of
    // ranking every page that contains a common character.
    auto query = sql::exec(db,
                           QStringLiteral("SELECT a.id, a.ubn, a.applicant_name, d.id, d.file_name, p.page_no, p.text,"
                                          " p.kind, p.ocr_confidence"
                                          " FROM page_index"
                                          " JOIN pages p ON p.id = page_index.rowid"
                                          " JOIN documents d ON d.id = p.document_id"
                                          " JOIN applications a ON a.id = d.application_id"
                                          " WHERE page_index MATCH ? AND (? = 0 OR a.round_id = ?)"
                                          " LIMIT ?"),
                           {expression, roundId, roundId, limit});
    if (!query)
        return Result<QList<Hit>>::failure(query.error());
    const QStringList terms = highlightTerms(userQuery);
    while (query->next()) {
        Hit hit;
        hit.applicationId = query->value(0).toLongLong();
        hit.ubn = query->value(1).toString();
        hit.applicantName = query->value(2).toString();
        hit.documentId = query->value(3).toLongLong();
        hit.fileName = query->value(4).toString();
        hit.page = query->value(5).toInt();
        hit.snippet = snippet(query->value(6).toString(), terms);
        hit.ocr = query->value(7).toString() == QLatin1String("ocr");
        hit.ocrConfidence = query->value(8).toDouble();
        hits << hit;
    }
    return hits;
}

Result<QList<QRectF>> ocrBoxes(const QSqlDatabase& db, qint64 documentId, int page, const QString& userQuery)
{
    auto words = sql::scalar(db,
                             QStringLiteral("SELECT ocr_words FROM pages WHERE document_id = ? AND page_no = ?"
                                            " AND kind = 'ocr'"),
                             {documentId, page});
    if (!words)
        return Result<QList<QRectF>>::failure(words.error());
    if (!words->isValid() || words->toString().isEmpty())
        return QList<QRectF>();
    const auto parsed = ocr::wordsFromJson(words->toByteArray());
    if (!parsed)
        return Result<QList<QRectF>>::failure(
            QCoreApplication::translate("SearchIndex", "the recognised words of page %1 are damaged").arg(page));
    return ocr::boxesFor(*parsed, highlightTerms(userQuery));
}

} // namespace rd::search
