#include "HostileInputs.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <zlib.h>

namespace rd::test {

namespace {

// Writes objects 1… as a PDF with a correct cross-reference table.
void writePdfObjects(const QString& path, const QMap<int, QByteArray>& objects)
{
    QByteArray pdf = "%PDF-1.4\n";
    QMap<int, qsizetype> offsets;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        offsets[it.key()] = pdf.size();
        pdf += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const int size = objects.lastKey() + 1;
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(size) + "\n";
    for (int n = 0; n < size; ++n)
        pdf += offsets.contains(n) ? QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n"
                                   : QByteArray("0000000000 65535 f \n");
    pdf += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray streamObject(const QByteArray& dictionary, const QByteArray& body)
{
    return dictionary + " /Length " + QByteArray::number(body.size()) + " >>\nstream\n" + body + "\nendstream";
}

// zlib-deflates what `produce` yields chunk by chunk, so that a large body never sits in memory whole.
template <typename Producer>
QByteArray deflateStream(Producer produce)
{
    z_stream z{};
    if (deflateInit(&z, 9) != Z_OK)
        qFatal("deflateInit failed");
    QByteArray out, chunk(1 << 16, Qt::Uninitialized);
    for (bool last = false; !last;) {
        QByteArray input = produce(last);
        z.next_in = reinterpret_cast<Bytef*>(input.data());
        z.avail_in = uInt(input.size());
        do {
            z.next_out = reinterpret_cast<Bytef*>(chunk.data());
            z.avail_out = uInt(chunk.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

quint32 crc32Of(const QByteArray& data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
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

} // namespace

void writeFormBombPdf(const QString& path, int depth)
{
    QMap<int, QByteArray> objects;
    objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects[3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 10 0 R >> "
                 "/Font << /F 4 0 R >> >> /Contents 5 0 R >>";
    objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    objects[5] = streamObject("<<", "/X Do");
    for (int k = 0; k < depth; ++k) {
        const bool last = k == depth - 1;
        const QByteArray resources = last ? QByteArray("/Font << /F 4 0 R >>")
                                          : QByteArray("/XObject << /X ") + QByteArray::number(11 + k) + " 0 R >>";
        const QByteArray dictionary =
            QByteArray("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << ") + resources + " >>";
        objects[10 + k] =
            streamObject(dictionary, last ? QByteArray("BT /F 12 Tf 10 10 Td (a) Tj ET") : QByteArray("/X Do /X Do"));
    }
    writePdfObjects(path, objects);
}

void writeMemoryBombPdf(const QString& path, int megabytes)
{
    int produced = -1;
    const QByteArray content = deflateStream([&](bool& last) -> QByteArray {
        ++produced;
        if (produced == 0)
            return "BT /F 12 Tf 10 10 Td (";
        last = produced > megabytes;
        return last ? QByteArray(") Tj ET") : QByteArray(1 << 20, 'x');
    });
    QMap<int, QByteArray> objects;
    objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects[3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F 4 0 R >> >> "
                 "/Contents 5 0 R >>";
    objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    objects[5] = streamObject("<< /Filter /FlateDecode", content);
    writePdfObjects(path, objects);
}

QString makeRawZip(const QString& path, const QList<RawEntry>& entries, int claimedEntries)
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
            put16(zip, e.flags);
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
        put16(directory, e.flags);
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

namespace {

// The fields of /proc/<pid>/stat after the command name, when the process is a live PDF worker.
QList<QByteArray> liveWorkerStat(const QString& pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (close < 0 || fields.size() < 2 || !line.contains("(reviewdesk-pdfw") || fields.at(0) == "Z")
        return {};
    return fields;
}

} // namespace

QList<qint64> liveWorkersOf(qint64 parent)
{
    QList<qint64> workers;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        const QList<QByteArray> fields = liveWorkerStat(pid);
        if (!fields.isEmpty() && (parent == 0 || fields.at(1).toLongLong() == parent))
            workers << pid.toLongLong();
    }
    return workers;
}

QList<qint64> liveWorkersWithEnvironment(const QByteArray& variable)
{
    QList<qint64> workers;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (liveWorkerStat(pid).isEmpty())
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(variable))
            workers << pid.toLongLong();
    }
    return workers;
}

bool isGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}

} // namespace rd::test
