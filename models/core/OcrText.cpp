#include "models/core/OcrText.h"

#include "models/core/Text.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rd::ocr {

namespace {

double rounded(double value)
{
    return std::round(value * 10000) / 10000;
}

} // namespace

QByteArray wordsToJson(const QList<Word>& words)
{
    QJsonArray array;
    for (const Word& word : words) {
        array.append(QJsonArray{rounded(word.box.x()), rounded(word.box.y()), rounded(word.box.width()),
                                rounded(word.box.height()), word.text, std::round(word.confidence * 10) / 10});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<QList<Word>> wordsFromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<Word> words;
    for (const QJsonValue& value : document.array()) {
        const QJsonArray entry = value.toArray();
        if (entry.size() != 6 || !entry.at(4).isString())
            return std::nullopt;
        const QRectF box(entry.at(0).toDouble(), entry.at(1).toDouble(), entry.at(2).toDouble(),
                         entry.at(3).toDouble());
        if (!QRectF(0, 0, 1, 1).adjusted(-0.01, -0.01, 0.01, 0.01).contains(box))
            return std::nullopt;
        words.append({box, entry.at(4).toString(), entry.at(5).toDouble()});
    }
    return words;
}

QList<QRectF> boxesFor(const QList<Word>& words, const QStringList& normalizedTerms)
{
    QString joined;
    std::vector<int> owner; // the word each character of `joined` belongs to
    for (int i = 0; i < words.size(); ++i) {
        const QString letters = text::lettersAndDigits(words.at(i).text);
        joined += letters;
        owner.insert(owner.end(), size_t(letters.size()), i);
    }
    std::vector<bool> marked(size_t(words.size()), false);
    for (const QString& term : normalizedTerms) {
        const QString needle = text::lettersAndDigits(term);
        if (needle.isEmpty())
            continue;
        for (qsizetype at = joined.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = joined.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
            for (qsizetype k = at; k < at + needle.size(); ++k)
                marked[size_t(owner[size_t(k)])] = true;
        }
    }
    QList<QRectF> boxes;
    for (int i = 0; i < words.size(); ++i) {
        if (marked[size_t(i)])
            boxes << words.at(i).box;
    }
    return boxes;
}

double characterErrorRate(const QString& expected, const QString& recognised)
{
    const QList<uint> a = text::lettersAndDigits(expected).toUcs4(), b = text::lettersAndDigits(recognised).toUcs4();
    if (a.isEmpty())
        return b.isEmpty() ? 0 : 1;
    // Levenshtein distance over code points, two rows.
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return double(previous[size_t(b.size())]) / double(a.size());
}

} // namespace rd::ocr
