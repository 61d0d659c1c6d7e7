// Hostile ZIPs: every trick is refused with the archive and entry named, and nothing escapes the target.
#include "dossier/SafeZip.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rd;

namespace {

struct Entry
{
    QString name;
    QByteArray data;
    quint32 unixMode = 0100644;
    const char* password = nullptr;
};

// Writes a ZIP the way other tools might, including what ours must refuse.
QString makeZip(const QString& path, const QList<Entry>& entries, const char* nameCodec = nullptr)
{
    QuaZip zip(path);
    if (nameCodec)
        zip.setFileNameCodec(nameCodec);
    zip.setOsCode(3); // Unix, so the mode bits (and symlinks) are meaningful
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    for (const Entry& e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.unixMode << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, e.password))
            qFatal("cannot add %s", qPrintable(e.name));
        file.write(e.data);
        file.close();
    }
    zip.close();
    return path;
}

// A ZIP written byte by byte (stored entries), so that its directory can say what real tools never would.
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
    int sharesLocalHeaderOf; // point the directory at another entry's local header (overlap)
    QByteArray localName;    // the name in the local header, when it differs from the directory's
    quint16 method;          // 0 stored; the bytes are written as they are whatever it says
};

quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

QString makeRawZip(const QString& path, const QList<RawEntry>& entries, int claimedEntries = -1)
{
    QByteArray zip, directory;
    QList<quint32> offsets;
    for (const RawEntry& e : entries) {
        const QByteArray local = e.localName.isEmpty() ? e.name : e.localName;
        const quint32 crc = crc32Of(e.data);
        if (e.sharesLocalHeaderOf >= 0) {
            offsets.append(offsets.at(e.sharesLocalHeaderOf));
        } else {
            offsets.append(quint32(zip.size()));
            put32(zip, 0x04034b50);
            put16(zip, 20);
            put16(zip, 1u << 11); // UTF-8 names
            put16(zip, e.method);
            put32(zip, 0);
            put32(zip, crc);
            put32(zip, quint32(e.data.size()));
            put32(zip, quint32(e.data.size()));
            put16(zip, quint32(local.size()));
            put16(zip, 0);
            zip.append(local).append(e.data);
        }
        put32(directory, 0x02014b50);
        put16(directory, (quint32(e.host) << 8) | 20);
        put16(directory, 20);
        put16(directory, 1u << 11);
        put16(directory, e.method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(e.data.size()));
        put32(directory, quint32(e.data.size()));
        put16(directory, quint32(e.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, e.unixMode << 16);
        put32(directory, offsets.last());
        directory.append(e.name);
    }
    const quint32 directoryAt = quint32(zip.size());
    zip.append(directory);
    const quint32 count = claimedEntries >= 0 ? quint32(claimedEntries) : quint32(entries.size());
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, count & 0xFFFF); // wraps past 65,535 as a writer without Zip64 leaves it
    put16(zip, count & 0xFFFF);
    put32(zip, quint32(directory.size()));
    put32(zip, directoryAt);
    put16(zip, 0);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestSafeZip : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void expectRefused(const QString& zip, const QString& fragment, const ZipLimits& limits = {})
    {
        QTemporaryDir target;
        const auto status = SafeZip::extract(zip, target.path(), limits);
        QVERIFY2(!status.ok(), "the archive was accepted");
        QVERIFY2(status.error().contains(QFileInfo(zip).fileName()), qPrintable(status.error()));
        QVERIFY2(status.error().contains(fragment), qPrintable(status.error()));
        // Nothing was written outside the target folder.
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("escaped.txt"))));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/reviewdesk-escaped.txt")));
    }

private Q_SLOTS:
    void extractsOrdinaryArchive()
    {
        const QString zip = makeZip(m_dir.filePath(QStringLiteral("ok.zip")),
                                    {{QStringLiteral("04595257_範例/application.json"), "{}"},
                                     {QStringLiteral("04595257_範例/計畫書_範例.pdf"), "%PDF-1.4"}});
        QTemporaryDir target;
        const auto status = SafeZip::extract(zip, target.path());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(QFileInfo::exists(target.filePath(QStringLiteral("04595257_範例/計畫書_範例.pdf"))));
    }

    void refusesParentTraversal()
    {
        expectRefused(
            makeZip(m_dir.filePath(QStringLiteral("dotdot.zip")), {{QStringLiteral("dossier/../../escaped.txt"), "x"}}),
            QStringLiteral(".."));
    }

    void refusesBackslashTraversal()
    {
        expectRefused(
            makeZip(m_dir.filePath(QStringLiteral("backslash.zip")), {{QStringLiteral("..\\escaped.txt"), "x"}}),
            QStringLiteral(".."));
    }

    void refusesAbsolutePath()
    {
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("absolute.zip")),
                              {{QStringLiteral("/tmp/reviewdesk-escaped.txt"), "x"}}),
                      QStringLiteral("absolute"));
    }

    void refusesDriveLetter()
    {
        expectRefused(
            makeZip(m_dir.filePath(QStringLiteral("drive.zip")), {{QStringLiteral("C:/Windows/escaped.txt"), "x"}}),
            QStringLiteral("absolute"));
    }

    void refusesControlCharactersInNames()
    {
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("newline.zip")),
                              {{QStringLiteral("dossier/計畫書\n../../escaped.pdf"), "%PDF"}}),
                      QStringLiteral("control character"));
    }

    void refusesSymlink()
    {
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("symlink.zip")),
                              {{QStringLiteral("dossier/計畫書.pdf"), "/etc/passwd", 0120777}}),
                      QStringLiteral("symbolic link"));
    }

    void refusesEncryptedEntry()
    {
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("encrypted.zip")),
                              {{QStringLiteral("dossier/application.json"), "{}", 0100644, "secret"}}),
                      QStringLiteral("password"));
    }

    void refusesTooManyEntries()
    {
        QList<Entry> entries;
        for (int i = 0; i < 12; ++i)
            entries.append({QStringLiteral("f%1.txt").arg(i), "x"});
        ZipLimits limits;
        limits.maxEntries = 10;
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("many.zip")), entries), QStringLiteral("10"), limits);
    }

    void refusesHighCompressionRatio()
    {
        // 16 MiB of zeros deflates to a few kilobytes: the shape of a ZIP bomb.
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("zeros.zip")),
                              {{QStringLiteral("zeros.pdf"), QByteArray(16 << 20, '\0')}}),
                      QStringLiteral("bomb"));
    }

    void refusesTotalSizeOverLimit()
    {
        QByteArray noise(600 * 1024, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) ^ (i >> 3));
        ZipLimits limits;
        limits.maxTotalBytes = 1 << 20;
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("large.zip")),
                              {{QStringLiteral("a.pdf"), noise}, {QStringLiteral("b.pdf"), noise}}),
                      QStringLiteral("MB"), limits);
    }

    void decodesBig5EntryNames()
    {
        const QString zip = makeZip(m_dir.filePath(QStringLiteral("big5.zip")),
                                    {{QStringLiteral("04595257_範例雲端/計畫書_範例雲端.pdf"), "%PDF"}}, "Big5");
        QTemporaryDir target;
        const auto status = SafeZip::extract(zip, target.path());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(QFileInfo::exists(target.filePath(QStringLiteral("04595257_範例雲端/計畫書_範例雲端.pdf"))));
    }

    void refusesDuplicateEntries()
    {
        QTemporaryDir target;
        const QString zip = makeZip(m_dir.filePath(QStringLiteral("dup.zip")),
                                    {{QStringLiteral("a.txt"), "first"}, {QStringLiteral("a.txt"), "second"}});
        const auto status = SafeZip::extract(zip, target.path());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("appears twice")), qPrintable(status.error()));
    }

    // --- directories that lie -------------------------------------------------------------------------

    void refusesAnEndRecordThatClaimsOtherEntries()
    {
        const QList<RawEntry> three = {{"a.txt", "a"}, {"b.txt", "b"}, {"c.txt", "c"}};
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("claims.zip")), three, 65534), QStringLiteral("65534"));
        // The same entries, honestly counted, unpack.
        QTemporaryDir target;
        QVERIFY(SafeZip::extract(makeRawZip(m_dir.filePath(QStringLiteral("honest.zip")), three), target.path()).ok());
    }

    void countsEntriesPastAWrappedCount()
    {
        // 70,000 entries with the count wrapped to 4,464 (no Zip64): the limit holds on what the directory holds.
        QList<RawEntry> many;
        many.reserve(70000);
        for (int i = 0; i < 70000; ++i)
            many.append({QByteArray::number(i), QByteArray()});
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("wrapped.zip")), many), QStringLiteral("5000"));
    }

    void refusesEntriesSharingTheirBytes()
    {
        // The overlap bomb: many directory entries, one local entry.
        QList<RawEntry> overlapping = {{"0.pdf", QByteArray(64 << 10, 'x')}};
        for (int i = 1; i < 40; ++i)
            overlapping.append({"0.pdf", QByteArray(64 << 10, 'x'), 3, 0100644, 0});
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("sharing.zip")), overlapping),
                      QStringLiteral("overlap"));
    }

    void refusesALocalHeaderThatNamesAnotherFile()
    {
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("twofaced.zip")),
                                 {{"dossier/計畫書.pdf", "%PDF", 3, 0100644, -1, "../../escaped.txt"}}),
                      QStringLiteral("does not match"));
    }

    void refusesASymlinkWhateverTheHostSystem()
    {
        // Made on macOS: host system 19, the link in the mode bits all the same.
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("maclink.zip")),
                                 {{"dossier/budget.csv", "/etc/passwd", 19, 0120755}}),
                      QStringLiteral("symbolic link"));
    }

    void refusesNamesThatCollideOnOtherSystems()
    {
        // One file on Windows and macOS: which one would count is undefined.
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("case.zip")),
                                 {{"dossier/budget.csv", "a"}, {"dossier/Budget.CSV", "b"}}),
                      QStringLiteral("Budget.CSV"));
        // Full-width letters fold to the same name too.
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("width.zip")),
                                 {{"dossier/budget.csv", "a"}, {"dossier/ｂｕｄｇｅｔ.csv", "b"}}),
                      QStringLiteral("budget.csv"));
    }

    void namesWhatItCannotRead()
    {
        // bzip2 (12): said so, not "cannot be read".
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("method.zip")),
                                 {{"dossier/計畫書.pdf", "BZh91AY&SY", 3, 0100644, -1, {}, 12}}),
                      QStringLiteral("compression method 12"));
        // A 65,535-byte name is refused for its length, before it becomes a path.
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("longname.zip")), {{QByteArray(65535, 'a'), "x"}}),
                      QStringLiteral("65535 bytes"));
    }

    void leavesOutWhatMacAndWindowsAddOfTheirOwn()
    {
        // What Finder's "Compress" writes: the folder, plus AppleDouble files under __MACOSX and .DS_Store.
        const QString zip = makeRawZip(m_dir.filePath(QStringLiteral("finder.zip")),
                                       {{"dossier/application.json", "{}"},
                                        {"dossier/.DS_Store", "\0\0\0\1Bud1"},
                                        {"__MACOSX/dossier/._application.json", "\0\5\26\7"},
                                        {"dossier/Thumbs.db", "x"}});
        QTemporaryDir target;
        const auto status = SafeZip::extract(zip, target.path());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("dossier")});
        QCOMPARE(QDir(target.filePath(QStringLiteral("dossier")))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("application.json")});
    }

    void refusesManySmallEntriesThatTogetherAreABomb()
    {
        // Forty entries of exactly 1 MiB of zeros: none over the per-entry threshold, 40 MiB from a few KB.
        QList<Entry> entries;
        for (int i = 0; i < 40; ++i)
            entries.append({QStringLiteral("%1.pdf").arg(i), QByteArray(1 << 20, '\0')});
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("smallentries.zip")), entries), QStringLiteral("bomb"));
    }

    void notAZip()
    {
        QFile f(m_dir.filePath(QStringLiteral("fake.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 but nothing else");
        f.close();
        QTemporaryDir target;
        const auto status = SafeZip::extract(f.fileName(), target.path());
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("fake.zip")));
    }
};

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
