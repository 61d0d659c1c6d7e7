// Hostile ZIPs: every trick is refused with the archive and entry named, and nothing escapes the target.
#include "HostileInputs.h"

#include "models/zip/SafeZip.h"
#include "models/zip/ZipWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rd;
using test::makeRawZip;
using test::RawEntry;

namespace {

struct Entry
{
    QString name;
    QByteArray data;
    quint32 unixMode = 0100644;
};

// Writes a ZIP as the project's own writer does, with the Unix mode bits given (links included).
QString makeZip(const QString& path, const QList<Entry>& entries)
{
    ZipWriter zip(path);
    if (!zip.open().ok())
        qFatal("cannot create %s", qPrintable(path));
    for (const Entry& e : entries) {
        ZipWriter::EntryOptions options;
        options.unixMode = e.unixMode;
        if (!zip.add(e.name, e.data, options).ok())
            qFatal("cannot add %s", qPrintable(e.name));
    }
    if (!zip.close().ok())
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

    void theWriterNamesWhatItCannotWrite()
    {
        ZipWriter zip(m_dir.filePath(QStringLiteral("no-such-folder/package.zip")));
        const Status opened = zip.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("package.zip")), qPrintable(opened.error()));
        // Every later call keeps reporting the first failure rather than writing into nothing.
        QCOMPARE(zip.add(QStringLiteral("a.txt"), "a").error(), opened.error());
        QCOMPARE(zip.close().error(), opened.error());
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
        // The encryption bit set, as a password-protected entry has it (the bytes are never read).
        RawEntry encrypted("dossier/application.json", "\x8a\x11\x5e\x02{}");
        encrypted.flags = 1u << 11 | 1u;
        expectRefused(makeRawZip(m_dir.filePath(QStringLiteral("encrypted.zip")), {encrypted}),
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
        // As Windows Explorer in Taiwan writes names: Big5 bytes, no UTF-8 flag.
        QStringEncoder big5("Big5");
        RawEntry entry(big5(QStringLiteral("04595257_範例雲端/計畫書_範例雲端.pdf")), "%PDF");
        entry.flags = 0;
        const QString zip = makeRawZip(m_dir.filePath(QStringLiteral("big5.zip")), {entry});
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
