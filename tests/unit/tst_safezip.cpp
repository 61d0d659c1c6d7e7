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

} // namespace

class TestSafeZip : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void expectRefused(const QString& zip, const QString& fragment, const ZipLimits& limits = {})
    {
        QTemporaryDir target;
        const Status status = SafeZip::extract(zip, target.path(), limits);
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
        const Status status = SafeZip::extract(zip, target.path());
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
        expectRefused(makeZip(m_dir.filePath(QStringLiteral("bomb.zip")),
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
        const Status status = SafeZip::extract(zip, target.path());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(QFileInfo::exists(target.filePath(QStringLiteral("04595257_範例雲端/計畫書_範例雲端.pdf"))));
    }

    void refusesDuplicateEntries()
    {
        QTemporaryDir target;
        const QString zip = makeZip(m_dir.filePath(QStringLiteral("dup.zip")),
                                    {{QStringLiteral("a.txt"), "first"}, {QStringLiteral("a.txt"), "second"}});
        QVERIFY(!SafeZip::extract(zip, target.path()).ok());
    }

    void notAZip()
    {
        QFile f(m_dir.filePath(QStringLiteral("fake.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 but nothing else");
        f.close();
        QTemporaryDir target;
        const Status status = SafeZip::extract(f.fileName(), target.path());
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("fake.zip")));
    }
};

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
