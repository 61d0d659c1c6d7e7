#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::similarity {

// Proposals that share text beyond what every proposal of the workspace shares. A company may not apply with
// the same or a similar plan elsewhere, and a plan suspected of duplicating another may be examined (004
// 捌、一(七)(八)); consultants also write many proposals of a round from one template.
//
// How: the text of each document is NFKC-normalised and stripped to letters and digits (Chinese has no word
// breaks; punctuation, spacing and full-width digits do not hide a copy), then cut into overlapping character
// shingles. About one shingle in `sampling` is a fingerprint. A fingerprint found in many documents (a quarter of
// them, or five) is the template (附件7's headings, the program's own wording) and counts for nothing. Each window of
// `window` characters (overlapping by half) gets a MinHash signature of its fingerprints (one permutation, 128 bins),
// and locality-sensitive hashing (64 bands of 2 bins) pairs windows likely to share a good part of them. Only the
// documents those windows belong to are compared exactly: their shared shingles are merged into passages, and
// a pair is a match when the passages make up `minimumShare` of either document. The work grows with the
// amount of text, not with the square of the number of documents.
struct Document
{
    qint64 id = 0;
    qint64 roundId = 0;
    QStringList pages; // the text of each page
};

struct Passage
{
    int pageA = 0; // 0-based page of the passage's start in each document
    int pageB = 0;
    QString text; // as normalised: letters and digits
};

struct Match
{
    qint64 a = 0; // document ids, a's the earlier in the list given
    qint64 b = 0;
    double shareA = 0; // share of a's normalised text in passages b holds too
    double shareB = 0;
    QList<Passage> passages; // in a's order
};

struct Options
{
    int shingle = 8;              // characters per shingle
    int sampling = 4;             // about one shingle in this many is a fingerprint
    int window = 1200;            // characters per MinHash window
    int minimumFingerprints = 24; // a window with fewer (after the template) is not hashed
    double templateShare = 0.25;  // a fingerprint in more than this share of the documents is template text
    int templateMinimum = 3;      // ... and in at least this many documents
    int templateMaximum = 5;      // text in this many documents is common wording, however many there are:
                                  // a copy is between a few proposals, a consultant's boilerplate in many
    int minimumPassage = 24;      // characters a passage needs to count
    double minimumShare = 0.08;   // of either document's text, for a match
};

// Letters and digits only, NFKC-normalised, Latin in lower case.
QString normalized(const QString& text);

// The stretches of a page's text, as written, that belong to a passage (as normalised): every run of the page
// whose shingles the passage holds, in the page's order. On the page a passage starts on, that is the passage
// up to the page's end; on the other document's page, the same text however it was reordered there.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};
QList<TextSpan> spansOf(const QString& pageText, const QString& passage, int shingle = 8);

// Every pair of documents that share text beyond the template, where at least one of the two belongs to
// `roundId` (0: any pair). Documents of other rounds are compared with the round's, and count for the template.
QList<Match> findMatches(const QList<Document>& documents, qint64 roundId, const Options& options = {});

} // namespace rd::similarity
