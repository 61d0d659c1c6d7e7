#include "models/similarity/TextReuse.h"

#include "models/core/Text.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace rd::similarity {

namespace {

// 64 bands of 2 bins: windows sharing a third of their fingerprints meet in some band almost surely
// (1 − (1 − 0.3²)⁶⁴ ≈ 0.998), unrelated ones almost never.
constexpr int bins = 128;
constexpr int bands = 64;
constexpr int rows = bins / bands;
constexpr quint64 emptyBin = ~quint64(0);

// SplitMix64's finaliser: spreads a rolling hash over all 64 bits.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// One document as the comparison sees it: its normalised text, where each page starts in it, and the hash of
// the shingle at each position.
struct Prepared
{
    QString text;
    QList<int> pageStarts;
    std::vector<quint64> shingles;

    int pageAt(int position) const
    {
        const auto after = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), position);
        return std::max(0, int(after - pageStarts.cbegin()) - 1);
    }
};

Prepared prepare(const Document& document, int k)
{
    Prepared p;
    for (const QString& page : document.pages) {
        p.pageStarts << int(p.text.size());
        p.text += normalized(page);
    }
    const int n = int(p.text.size());
    if (n < k)
        return p;
    // A rolling polynomial hash (mod 2^64) over the UTF-16 units: every shingle in one pass.
    constexpr quint64 base = 1000003;
    quint64 power = 1;
    for (int i = 1; i < k; ++i)
        power *= base;
    p.shingles.resize(size_t(n - k + 1));
    quint64 rolling = 0;
    for (int i = 0; i < n; ++i) {
        if (i >= k)
            rolling -= power * p.text.at(i - k).unicode();
        rolling = rolling * base + p.text.at(i).unicode();
        if (i >= k - 1)
            p.shingles[size_t(i - k + 1)] = mix(rolling);
    }
    return p;
}

bool isFingerprint(quint64 shingle, int sampling)
{
    return (shingle >> 7) % quint64(sampling) == 0; // the low 7 bits choose the MinHash bin
}

// The fingerprints in more than the template's share of the documents, or in templateMaximum of them.
QSet<quint64> templateFingerprints(const QList<Document>& documents, const Options& options)
{
    std::vector<quint64> all;
    for (const Document& d : documents) {
        const Prepared p = prepare(d, options.shingle);
        std::vector<quint64> mine;
        for (quint64 s : p.shingles)
            if (isFingerprint(s, options.sampling))
                mine.push_back(s);
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        all.insert(all.end(), mine.begin(), mine.end());
    }
    std::sort(all.begin(), all.end());
    const int threshold = std::clamp(int(options.templateShare * double(documents.size())) + 1, options.templateMinimum,
                                     std::max(options.templateMinimum, options.templateMaximum));
    QSet<quint64> common;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        while (j < all.size() && all[j] == all[i])
            ++j;
        if (int(j - i) >= threshold)
            common.insert(all[i]);
        i = j;
    }
    return common;
}

struct BandEntry
{
    quint64 key;
    int document;
    bool operator<(const BandEntry& other) const
    {
        return key != other.key ? key < other.key : document < other.document;
    }
};

// Each window's MinHash signature (one permutation: a fingerprint's low bits choose its bin, the bin keeps the
// smallest), cut into bands; a band's key is what LSH buckets by.
void addBands(const Prepared& p, int document, const QSet<quint64>& common, const Options& options,
              std::vector<BandEntry>& entries)
{
    const int positions = int(p.shingles.size());
    // Windows overlap by half, so that a copied passage of half a window lies whole in one window of each side.
    for (int start = 0; start < positions; start += std::max(1, options.window / 2)) {
        std::array<quint64, bins> signature;
        signature.fill(emptyBin);
        int fingerprints = 0;
        for (int i = start; i < std::min(positions, start + options.window); ++i) {
            const quint64 s = p.shingles[size_t(i)];
            if (!isFingerprint(s, options.sampling) || common.contains(s))
                continue;
            ++fingerprints;
            quint64& bin = signature[size_t(s & (bins - 1))];
            bin = std::min(bin, s);
        }
        if (fingerprints < options.minimumFingerprints)
            continue;
        for (int band = 0; band < bands; ++band) {
            quint64 key = mix(quint64(band) + 1);
            bool empty = false;
            for (int r = 0; r < rows; ++r) {
                const quint64 bin = signature[size_t(band * rows + r)];
                empty = empty || bin == emptyBin;
                key = mix(key ^ bin);
            }
            if (!empty) // an empty bin says nothing the other window shares: every sparse window has one
                entries.push_back({key, document});
        }
    }
}

// The spans of `mine` (character offsets, end exclusive) made of shingles `theirs` has too, merged where they
// touch or overlap, with where each starts in `theirs`.
struct Span
{
    int start;
    int end;
    int theirStart;
};

QList<Span> sharedSpans(const Prepared& mine, const QHash<quint64, int>& theirs, const QSet<quint64>& common,
                        const Options& options)
{
    QList<Span> spans;
    const int k = options.shingle;
    for (int i = 0; i < int(mine.shingles.size()); ++i) {
        const auto found = theirs.constFind(mine.shingles[size_t(i)]);
        if (found == theirs.cend())
            continue;
        if (!spans.isEmpty() && i <= spans.last().end)
            spans.last().end = std::max(spans.last().end, i + k);
        else
            spans.append({i, i + k, found.value()});
    }
    // A span counts when it is long enough and not mostly the template.
    QList<Span> kept;
    for (const Span& s : std::as_const(spans)) {
        if (s.end - s.start < options.minimumPassage)
            continue;
        int own = 0, shared = 0;
        for (int i = s.start; i + k <= s.end; ++i) {
            const quint64 h = mine.shingles[size_t(i)];
            if (!isFingerprint(h, options.sampling))
                continue;
            (common.contains(h) ? shared : own) += 1;
        }
        if (own > shared)
            kept.append(s);
    }
    return kept;
}

QHash<quint64, int> firstPositions(const Prepared& p)
{
    QHash<quint64, int> positions;
    positions.reserve(int(p.shingles.size()));
    for (int i = int(p.shingles.size()) - 1; i >= 0; --i) // backwards: each keeps its first position
        positions.insert(p.shingles[size_t(i)], i);
    return positions;
}

double coveredShare(const QList<Span>& spans, int length)
{
    if (length == 0)
        return 0;
    int covered = 0;
    for (const Span& s : spans)
        covered += s.end - s.start;
    return double(covered) / double(length);
}

} // namespace

QString normalized(const QString& text)
{
    return text::lettersAndDigits(text);
}

QList<TextSpan> spansOf(const QString& pageText, const QString& passage, int shingle)
{
    // The page normalised character by character, remembering where each kept character came from.
    QString kept;
    QList<qsizetype> origin;
    for (qsizetype i = 0; i < pageText.size(); ++i) {
        const qsizetype width = pageText.at(i).isHighSurrogate() && i + 1 < pageText.size() ? 2 : 1;
        const QString folded = normalized(pageText.mid(i, width));
        kept += folded;
        for (qsizetype k = 0; k < folded.size(); ++k)
            origin << i;
        i += width - 1;
    }
    QSet<QStringView> pieces;
    for (qsizetype i = 0; i + shingle <= passage.size(); ++i)
        pieces.insert(QStringView(passage).mid(i, shingle));
    std::vector<bool> marked(size_t(kept.size()), false);
    for (qsizetype i = 0; i + shingle <= kept.size(); ++i) {
        if (pieces.contains(QStringView(kept).mid(i, shingle)))
            std::fill(marked.begin() + i, marked.begin() + i + shingle, true);
    }
    QList<TextSpan> spans;
    for (qsizetype i = 0; i < kept.size();) {
        if (!marked[size_t(i)]) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < kept.size() && marked[size_t(end)])
            ++end;
        const qsizetype from = origin.at(i), to = origin.at(end - 1) + 1;
        // A punctuation mark or two between marked stretches belongs to the passage too.
        if (!spans.isEmpty() && from - (spans.last().start + spans.last().length) <= 2)
            spans.last().length = to - spans.last().start;
        else
            spans.append({from, to - from});
        i = end;
    }
    return spans;
}

QList<Match> findMatches(const QList<Document>& documents, qint64 roundId, const Options& options)
{
    // Each pass prepares the documents again rather than keeping every document's shingles: preparing is
    // linear and quick (a 40-page proposal in under a millisecond), and memory stays at one document's at a time.
    const QSet<quint64> common = templateFingerprints(documents, options);

    // Candidates: documents with a window in the same bucket of some band.
    std::vector<BandEntry> entries;
    for (int d = 0; d < documents.size(); ++d)
        addBands(prepare(documents.at(d), options.shingle), d, common, options, entries);
    std::sort(entries.begin(), entries.end());
    QSet<quint64> candidates; // (first << 32) | second, first < second
    for (size_t i = 0; i < entries.size();) {
        size_t j = i;
        while (j < entries.size() && entries[j].key == entries[i].key)
            ++j;
        for (size_t x = i; x < j; ++x)
            for (size_t y = x + 1; y < j; ++y) {
                const int a = entries[x].document, b = entries[y].document;
                if (a == b)
                    continue;
                if (roundId != 0 && documents.at(a).roundId != roundId && documents.at(b).roundId != roundId)
                    continue;
                candidates.insert(quint64(std::min(a, b)) << 32 | quint64(std::max(a, b)));
            }
        i = j;
    }

    // Each candidate pair compared exactly, shingle by shingle.
    QList<quint64> ordered(candidates.cbegin(), candidates.cend());
    std::sort(ordered.begin(), ordered.end());
    QList<Match> matches;
    for (quint64 pair : std::as_const(ordered)) {
        const Document& first = documents.at(int(pair >> 32));
        const Document& second = documents.at(int(pair & 0xffffffffu));
        const Prepared a = prepare(first, options.shingle);
        const Prepared b = prepare(second, options.shingle);
        const QList<Span> inA = sharedSpans(a, firstPositions(b), common, options);
        const QList<Span> inB = sharedSpans(b, firstPositions(a), common, options);
        Match m{first.id, second.id, coveredShare(inA, int(a.text.size())), coveredShare(inB, int(b.text.size())), {}};
        if (std::max(m.shareA, m.shareB) < options.minimumShare)
            continue;
        for (const Span& s : inA)
            m.passages.append({a.pageAt(s.start), b.pageAt(s.theirStart), a.text.mid(s.start, s.end - s.start)});
        matches.append(m);
    }
    return matches;
}

} // namespace rd::similarity
