#include "models/importer/DossierParser.h"

#include "models/core/Text.h"
#include "models/dossier/Attachments.h"
#include "models/dossier/BudgetReader.h"
#include "models/dossier/DossierReader.h"
#include "models/pdf/PdfTextExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace rd {

namespace {

constexpr qint64 maxManifestBytes = 8 << 20;
// The form's budget table is a dozen rows: a megabyte is room for thousands of times that, and parsing a
// larger CSV whole (as the reader does) would take memory out of all proportion.
constexpr qint64 maxBudgetBytes = 1 << 20;

Result<QByteArray> readSmallFile(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QCoreApplication::translate("DossierParser", "cannot read %1: %2")
                                               .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > limit)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("DossierParser", "%1 is %2 KB, more than the %3 KB such a file needs")
                .arg(QFileInfo(path).fileName())
                .arg(file.size() >> 10)
                .arg(limit >> 10));
    return file.readAll();
}

bool isPdfName(const QString& name)
{
    return name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

// Finds a file by name regardless of case (Windows tools write Budget.CSV).
QString findCaseInsensitive(const QDir& dir, const QString& name)
{
    const QStringList found = dir.entryList({name}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

} // namespace

DossierParser::Outcome DossierParser::parse(const QString& folder, const QString& displayPath,
                                            const std::atomic_bool* cancelled) const
{
    Outcome outcome;
    auto failWith = [&](const QString& error) {
        outcome.dossier = Result<ParsedDossier>::failure(error);
        return outcome;
    };
    const QDir dir(folder);
    ParsedDossier parsed;
    parsed.sourcePath = displayPath;

    // Links are refused, never followed: a linked application.json or budget would read a file outside the
    // dossier (and quote it in an error), a linked attachment would carry it into the workspace.
    for (const QFileInfo& entry :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink())
            return failWith(QCoreApplication::translate("DossierParser",
                                                        "%1 is a symbolic link; a dossier holds only its own files")
                                .arg(entry.fileName()));
    }
    auto manifest = readSmallFile(dir.filePath(QStringLiteral("application.json")), maxManifestBytes);
    if (!manifest)
        return failWith(manifest.error());
    auto dossier = DossierReader::parse(*manifest, QStringLiteral("application.json"));
    if (!dossier)
        return failWith(dossier.error());
    parsed.dossier = std::move(dossier).value();

    const QString csv = findCaseInsensitive(dir, QStringLiteral("budget.csv"));
    const QString xlsx = findCaseInsensitive(dir, QStringLiteral("budget.xlsx"));
    if (!csv.isEmpty() && !xlsx.isEmpty())
        return failWith(QCoreApplication::translate(
            "DossierParser", "both budget.csv and budget.xlsx are present; the dossier must have exactly one"));
    if (csv.isEmpty() && xlsx.isEmpty())
        return failWith(QCoreApplication::translate("DossierParser", "budget.csv or budget.xlsx is missing"));
    Result<Budget> budget = Result<Budget>::failure(QString());
    if (!csv.isEmpty()) {
        auto bytes = readSmallFile(csv, maxBudgetBytes);
        if (!bytes)
            return failWith(bytes.error());
        budget = BudgetReader::readCsv(*bytes, QFileInfo(csv).fileName());
    } else {
        budget = BudgetReader::readXlsx(xlsx);
    }
    if (!budget)
        return failWith(budget.error());
    parsed.budget = std::move(budget).value();

    // Attachment types: as listed in application.json, else from the file name.
    // A listed attachment is a name among the dossier's own files, compared with the folder's listing and never
    // looked up as a path: "../../etc/passwd" and "/etc/hostname" are refused alike, before any read, whether
    // or not such a file exists.
    const QStringList ownFiles = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QHash<QString, QString> listedTypes;
    for (const AttachmentRef& ref : parsed.dossier.attachments) {
        if (!attachments::isKnownType(ref.type))
            return failWith(QCoreApplication::translate("DossierParser",
                                                        "application.json: attachment “%1” has the unknown type “%2”")
                                .arg(ref.file, ref.type));
        if (!ownFiles.contains(ref.file))
            return failWith(
                QCoreApplication::translate("DossierParser",
                                            "application.json lists the attachment “%1”, which is not in the dossier")
                    .arg(ref.file.left(200)));
        listedTypes.insert(ref.file, ref.type);
    }
    // Every uploaded file is a document (004 肆: PDF files, each at most 20M): a file in another format is kept
    // and named by rule documents.format, not passed over. The manifest, the budget and the folder's hidden
    // files (.DS_Store, Thumbs.db…) are not uploads.
    const QStringList budgetFiles{QFileInfo(csv).fileName(), QFileInfo(xlsx).fileName()};
    const auto isUpload = [&](const QString& name) {
        return name.compare(QLatin1String("application.json"), Qt::CaseInsensitive) != 0 &&
               !budgetFiles.contains(name) && !name.startsWith(QLatin1Char('.')) &&
               name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) != 0 &&
               name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) != 0;
    };
    // What is not taken is said, with the reason: nothing in a dossier is passed over without a word.
    const QFileInfoList listing = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    QStringList paths, pdfPaths;
    for (const QFileInfo& info : listing) {
        const QString name = info.fileName();
        if (info.isDir()) {
            outcome.leftOut << QCoreApplication::translate("DossierParser",
                                                           "%1/: a folder; a dossier's documents lie at its top level")
                                   .arg(name);
            continue;
        }
        if (name.compare(QLatin1String("application.json"), Qt::CaseInsensitive) == 0 || budgetFiles.contains(name))
            continue;
        if (!isUpload(name)) {
            outcome.leftOut << QCoreApplication::translate("DossierParser", "%1: a hidden or system file").arg(name);
            continue;
        }
        if (name.contains(QChar::ReplacementCharacter)) {
            outcome.leftOut << QCoreApplication::translate(
                                   "DossierParser", "%1: its name is not UTF-8, so it cannot be opened; rename it")
                                   .arg(name);
            continue;
        }
        const QString path = dir.filePath(name);
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; }))
            return failWith(QCoreApplication::translate("DossierParser", "the file name “%1” has a control character")
                                .arg(QString(name).replace(QLatin1Char('\n'), QStringLiteral("\\n"))));
        if (QFileInfo(path).isSymLink())
            return failWith(
                QCoreApplication::translate("DossierParser", "%1 is a symbolic link; attachments must be regular files")
                    .arg(name));
        ParsedDocument doc;
        doc.fileName = name;
        doc.type = listedTypes.value(name, attachments::classify(name));
        parsed.documents.append(doc);
        paths << path;
        if (isPdfName(name))
            pdfPaths << path;
    }

    if (cancelled && cancelled->load())
        return failWith(QCoreApplication::translate("DossierParser", "cancelled"));
    const QList<ExtractedPdf> texts = m_extractor.extract(pdfPaths, cancelled);
    if (cancelled && cancelled->load())
        return failWith(QCoreApplication::translate("DossierParser", "cancelled"));

    for (int i = 0, pdf = 0; i < parsed.documents.size(); ++i) {
        ParsedDocument& doc = parsed.documents[i];
        auto stored = m_blobs.putFile(paths.at(i));
        if (!stored)
            return failWith(stored.error());
        if (stored->created)
            outcome.createdBlobs << stored->sha256;
        doc.sha256 = stored->sha256;
        doc.size = stored->size;
        if (!isPdfName(doc.fileName)) {
            doc.readable = false;
            doc.problem = QCoreApplication::translate("DossierParser", "not a PDF file");
            continue;
        }
        const ExtractedPdf& extracted = texts.at(pdf++);
        doc.readable = extracted.readable;
        doc.problem = extracted.problem;
        for (const QString& page : extracted.pages)
            doc.pages.append(text::forDisplay(page)); // the index normalises further (search/SearchIndex.h)
        doc.scanned = extracted.scanned;
    }
    outcome.dossier = std::move(parsed);
    return outcome;
}

} // namespace rd
