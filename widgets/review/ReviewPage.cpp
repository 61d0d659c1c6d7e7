#include "widgets/review/ReviewPage.h"
#include "widgets/Prompts.h"

#include "models/dossier/Attachments.h"
#include "widgets/WorkspaceServices.h"
#include "widgets/pdf/PdfReader.h"
#include "widgets/pdf/ScanNote.h"
#include "widgets/review/ScoreSheetWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace rd {

ReviewPage::ReviewPage(WorkspaceServices& services, qint64 reviewerId, int pageCacheMegabytes, QWidget* parent)
    : QWidget(parent), m_services(services), m_reviewerId(reviewerId)
{
    m_editor = new ScoreSheetEditor(m_services.sheets, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooser = new QHBoxLayout;
    m_documents = new QComboBox(left);
    m_documents->setAccessibleName(tr("Document"));
    chooser->addWidget(new QLabel(tr("Document:"), left));
    chooser->addWidget(m_documents, 1);
    leftLayout->addLayout(chooser);
    m_reader = new PdfReader(pageCacheMegabytes, left);
    m_reader->setPageNotes(&m_services.notes);
    leftLayout->addWidget(m_reader, 1);

    m_sheet = new ScoreSheetWidget(m_editor, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_sheet);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_documents, &QComboBox::currentIndexChanged, this, &ReviewPage::openDocument);
    connect(m_sheet, &ScoreSheetWidget::sheetStateChanged, this, &ReviewPage::progressChanged);
}

ReviewPage::~ReviewPage()
{
    m_sheet->commitPending();
}

void ReviewPage::showApplication(const ApplicationRecord& record)
{
    m_sheet->commitPending();
    if (auto loaded = m_editor->load(record.summary.id, m_reviewerId); !loaded) {
        prompts::warning(this, tr("Score sheet"), loaded.error());
        clear();
        return;
    }
    QList<PreliminaryOpinion> opinions;
    if (auto found = m_services.opinions.of(record.summary.id))
        opinions = *found;
    m_sheet->rebuild(QStringLiteral("%1 · %2").arg(record.summary.applicantName, record.summary.title), opinions);

    // The proposal (計畫書) first: it is what the criteria are about.
    m_documentList.clear();
    for (const DocumentRecord& d : record.documents)
        if (d.readable)
            m_documentList.append(d);
    std::stable_sort(m_documentList.begin(), m_documentList.end(),
                     [](const DocumentRecord& a, const DocumentRecord& b) {
                         return (a.type == QLatin1String("proposal")) > (b.type == QLatin1String("proposal"));
                     });
    const QSignalBlocker block(m_documents);
    m_documents->clear();
    for (const DocumentRecord& d : std::as_const(m_documentList))
        m_documents->addItem(
            tr("%1 (%2, %3 pages)").arg(d.fileName, attachments::displayName(d.type)).arg(d.pageCount));
    if (m_documentList.isEmpty())
        m_reader->closeDocument();
    else
        openDocument(0);
}

void ReviewPage::clear()
{
    m_sheet->commitPending();
    m_editor->clear();
    m_sheet->rebuild(QString(), {});
    m_documents->clear();
    m_documentList.clear();
    m_reader->closeDocument();
}

void ReviewPage::openDocument(int index)
{
    if (index < 0 || index >= m_documentList.size())
        return;
    const DocumentRecord& d = m_documentList.at(index);
    if (const QString unread = ScanNote::prepare(*m_reader, m_services.applications, d); !unread.isEmpty())
        Q_EMIT problem(unread);
    m_reader->openDocument(m_services.blobs().pathFor(d.sha256), d.fileName, 1, d.id);
}

} // namespace rd
