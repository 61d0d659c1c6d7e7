#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::ocr {

// One word as Tesseract placed it. The box is a fraction of the page (0..1 from the top left), so it holds at
// any zoom and on any renderer's page size.
struct Word
{
    QRectF box;
    QString text;
    double confidence = 0; // 0..100
};

// The text recognised on one scanned page.
struct Page
{
    QString text;
    double confidence = 0; // Tesseract's mean word confidence, 0..100
    QList<Word> words;
};

// The stored form of a page's words: [[x, y, w, h, "text", confidence], …] with four decimals.
QByteArray wordsToJson(const QList<Word>& words);
// nullopt when the stored value is not that form.
std::optional<QList<Word>> wordsFromJson(const QByteArray& json);

// The boxes of the words that make up each occurrence of the query's terms (normalised, as
// search::highlightTerms gives them). Chinese words of a scanned page are often cut differently from the
// query, so the words are joined and matched as one run of normalised characters, and every word an
// occurrence touches is marked.
QList<QRectF> boxesFor(const QList<Word>& words, const QStringList& normalizedTerms);

// Character error rate of `recognised` against `expected`: the edit distance between their normalised
// letters and digits over the expected length. Punctuation and spacing, which OCR renders in either width,
// do not count.
double characterErrorRate(const QString& expected, const QString& recognised);

} // namespace rd::ocr
