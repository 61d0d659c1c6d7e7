#pragma once

// Hostile inputs the tests build themselves: PDFs that keep Poppler busy or exhaust its memory, ZIPs whose
// directory says what no honest tool would write, and a look at the PDF workers still running.

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd::test {

// A PDF that Poppler works on for minutes: the page draws a form that draws the next one twice, `depth` deep
// (2^depth text draws). Written with a correct cross-reference table, so nothing about it is malformed.
void writeFormBombPdf(const QString& path, int depth);

// A PDF of a few hundred KB whose page shows one string of `megabytes` MiB: the content stream inflates to it,
// and Poppler holds the whole string in memory to show it.
void writeMemoryBombPdf(const QString& path, int megabytes);

// A ZIP entry written byte by byte (stored), so that its directory can say what real tools never would.
struct RawEntry
{
    RawEntry(QByteArray entryName, QByteArray bytes, quint8 madeBy = 3, quint32 mode = 0100644, int sharing = -1,
             QByteArray nameInLocalHeader = {}, quint16 compression = 0)
        : name(std::move(entryName)), data(std::move(bytes)), host(madeBy), unixMode(mode),
          sharesLocalHeaderOf(sharing), localName(std::move(nameInLocalHeader)), method(compression)
    {}
    QByteArray name;
    QByteArray data;
    quint8 host; // "version made by" system: 3 Unix, 19 OS X
    quint32 unixMode;
    int sharesLocalHeaderOf;  // point the directory at another entry's local header (overlap)
    QByteArray localName;     // the name in the local header, when it differs from the directory's
    quint16 method;           // 0 stored; the bytes are written as they are whatever it says
    quint16 flags = 1u << 11; // general purpose bits: UTF-8 name; 0 for a name in another encoding, 1 encrypted
};

// Writes the entries as a ZIP; the end record claims `claimedEntries` when that is not -1.
QString makeRawZip(const QString& path, const QList<RawEntry>& entries, int claimedEntries = -1);

// The PDF workers still alive (not zombies) whose parent is `parent`, or all of them when it is 0.
QList<qint64> liveWorkersOf(qint64 parent);

// The PDF workers still alive whose environment holds `variable` (NAME=value): those one run started,
// whether or not their parent is still there.
QList<qint64> liveWorkersWithEnvironment(const QByteArray& variable);

// True when the process has ended (gone, or a zombie not yet reaped).
bool isGone(qint64 pid);

} // namespace rd::test
