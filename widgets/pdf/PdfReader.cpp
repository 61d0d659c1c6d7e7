#include "widgets/pdf/PdfReader.h"
#include "widgets/Prompts.h"

#include "models/review/PageNotes.h"
#include "models/search/SearchIndex.h"
#include "widgets/pdf/PdfCanvas.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rd {

namespace {

constexpr int fitWidthChoice = -1;
constexpr int fitPageChoice = -2;
constexpr double thumbnailDpi = 14;

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& accessibleName)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(accessibleName);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PdfReader::PdfReader(int pageCacheMegabytes, QWidget* parent)
    : QWidget(parent), m_renderer(new PageRenderer(this)), m_thumbnailRenderer(new PageRenderer(this))
{
    m_canvas = new PdfCanvas(m_renderer, qint64(pageCacheMegabytes) << 20, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildToolbar();
    // A scanned document says so above its pages: what OCR read, and how sure it was.
    m_scanNote = new QLabel(this);
    m_scanNote->setObjectName(QStringLiteral("scanNote"));
    m_scanNote->setWordWrap(true);
    m_scanNote->setContentsMargins(6, 3, 6, 3);
    m_scanNote->setStyleSheet(QStringLiteral("QLabel#scanNote { background: palette(alternate-base); }"));
    m_scanNote->hide();
    layout->addWidget(m_scanNote);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    buildSidebar();
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_canvas);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 700});
    layout->addWidget(splitter, 1);

    connect(m_renderer, &PageRenderer::openFailed, this,
            [this](const QString& reason) { m_titleLabel->setText(reason); });
    connect(m_renderer, &PageRenderer::opened, this, [this] {
        m_titleLabel->setText(m_title);
        const int pages = m_renderer->pageCount();
        m_pageSpin->setMaximum(std::max(1, pages));
        m_pageTotal->setText(tr("/ %1").arg(pages));
        m_canvas->documentOpened(m_pageToOpen);
        {
            const QSignalBlocker block(m_pageSpin);
            m_pageSpin->setValue(m_canvas->currentPage() + 1);
        }
        m_outline->clear();
        QList<QTreeWidgetItem*> parents;
        for (const PdfOutlineEntry& entry : m_renderer->outline()) {
            parents.resize(entry.level);
            auto* item = parents.isEmpty() ? new QTreeWidgetItem(m_outline) : new QTreeWidgetItem(parents.last());
            item->setText(0, entry.title);
            item->setData(0, Qt::UserRole, entry.page);
            parents.append(item);
        }
        m_outline->expandToDepth(0);
        m_sidebar->setTabEnabled(m_sidebar->indexOf(m_outline), !m_renderer->outline().isEmpty());
        reloadNotes();
        if (!m_searchField->text().isEmpty())
            find(m_searchField->text());
        Q_EMIT documentOpened();
    });
    connect(m_thumbnailRenderer, &PageRenderer::opened, this, [this] {
        m_thumbnails->clear();
        for (int i = 0; i < m_thumbnailRenderer->pageCount(); ++i) {
            auto* item = new QListWidgetItem(QString::number(i + 1), m_thumbnails);
            item->setData(Qt::UserRole, i);
            m_thumbnailRenderer->requestPage(i, thumbnailDpi * devicePixelRatioF(), PageRenderer::Priority::Prefetch);
        }
    });
    connect(m_thumbnailRenderer, &PageRenderer::pageRendered, this, [this](int page, double, const QImage& image) {
        if (QListWidgetItem* item = m_thumbnails->item(page)) {
            QPixmap pixmap = QPixmap::fromImage(image);
            pixmap.setDevicePixelRatio(devicePixelRatioF());
            item->setIcon(QIcon(pixmap));
        }
    });
    connect(m_canvas, &PdfCanvas::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page + 1);
        const QSignalBlocker blockList(m_thumbnails);
        m_thumbnails->setCurrentRow(page);
    });
    connect(m_canvas, &PdfCanvas::noteRequested, this, &PdfReader::addNote);
    connect(m_canvas, &PdfCanvas::findKeyPressed, this, [this](QKeySequence::StandardKey key) {
        if (key == QKeySequence::FindNext) {
            nextHit();
        } else if (key == QKeySequence::FindPrevious) {
            previousHit();
        } else {
            m_searchField->setFocus();
            m_searchField->selectAll();
        }
    });
    connect(m_renderer, &PageRenderer::searchFinished, this, [this](quint64 id, const QList<PdfSearchHit>& hits) {
        if (id != m_searchId)
            return;
        // Poppler finds words in the text layer; on a scanned page the words are where OCR placed them.
        m_hits = hits + recognisedHits(m_searchField->text());
        std::stable_sort(m_hits.begin(), m_hits.end(),
                         [](const PdfSearchHit& a, const PdfSearchHit& b) { return a.page < b.page; });
        m_hitLabel->setText(m_hits.isEmpty() ? tr("No match") : tr("%1 matches").arg(m_hits.size()));
        m_canvas->setHits(m_hits, -1);
        if (!m_hits.isEmpty()) {
            // The first hit on or after the page being read.
            int first = 0;
            while (first < m_hits.size() && m_hits.at(first).page < m_canvas->currentPage())
                ++first;
            showHit(first < m_hits.size() ? first : 0);
        }
        Q_EMIT searchFinished(int(m_hits.size()));
    });
}

PdfReader::~PdfReader() = default;

void PdfReader::buildToolbar()
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_sidebarButton = toolButton(this, tr("☰"), tr("Show or hide thumbnails, outline and notes"));
    m_sidebarButton->setCheckable(true);
    m_sidebarButton->setChecked(true);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // gives way first
    auto* previousButton = toolButton(this, QStringLiteral("▲"), tr("Previous page"));
    auto* nextButton = toolButton(this, QStringLiteral("▼"), tr("Next page"));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageSpin->setMinimum(1);
    m_pageSpin->setKeyboardTracking(false);
    m_pageTotal = new QLabel(this);
    m_zoom = new QComboBox(this);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), fitWidthChoice);
    m_zoom->addItem(tr("Fit page"), fitPageChoice);
    for (int percent : {50, 75, 100, 125, 150, 200, 300})
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent);
    m_layout = new QComboBox(this);
    m_layout->setAccessibleName(tr("Page layout"));
    m_layout->addItem(tr("Continuous"), int(PdfCanvas::Layout::Continuous));
    m_layout->addItem(tr("Single page"), int(PdfCanvas::Layout::SinglePage));
    m_searchField = new QLineEdit(this);
    m_searchField->setPlaceholderText(
        tr("Find in document (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchField->setAccessibleName(tr("Find in document"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(120);
    m_searchField->setMaximumWidth(220);
    auto* previousHitButton = toolButton(this, QStringLiteral("◀"), tr("Previous match (Shift+F3)"));
    auto* nextHitButton = toolButton(this, QStringLiteral("▶"), tr("Next match (F3)"));
    m_hitLabel = new QLabel(this);

    bar->addWidget(m_sidebarButton);
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(previousButton);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageTotal);
    bar->addWidget(nextButton);
    bar->addWidget(m_zoom);
    bar->addWidget(m_layout);
    bar->addWidget(m_searchField);
    bar->addWidget(previousHitButton);
    bar->addWidget(nextHitButton);
    bar->addWidget(m_hitLabel);
    static_cast<QVBoxLayout*>(layout())->addLayout(bar);

    connect(previousButton, &QToolButton::clicked, this, &PdfReader::previousPage);
    connect(nextButton, &QToolButton::clicked, this, &PdfReader::nextPage);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, &PdfReader::showPage);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &PdfReader::applyZoomChoice);
    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this] { m_canvas->setLayoutMode(PdfCanvas::Layout(m_layout->currentData().toInt())); });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        // Enter again on the same text goes to the next match, as in a browser.
        if (!m_hits.isEmpty() && m_searchField->isModified() == false)
            nextHit();
        else
            find(m_searchField->text());
        m_searchField->setModified(false);
    });
    connect(previousHitButton, &QToolButton::clicked, this, &PdfReader::previousHit);
    connect(nextHitButton, &QToolButton::clicked, this, &PdfReader::nextHit);

    // Standard keys with every binding the platform has (Ctrl+= and Ctrl++ both zoom in).
    const auto shortcut = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::keyBindings(QKeySequence::Find), [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    shortcut(QKeySequence::keyBindings(QKeySequence::FindNext), [this] { nextHit(); });
    shortcut(QKeySequence::keyBindings(QKeySequence::FindPrevious), [this] { previousHit(); });
    shortcut(QKeySequence::keyBindings(QKeySequence::ZoomIn), [this] { stepZoom(+1); });
    shortcut(QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { stepZoom(-1); });
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_zoom->setCurrentIndex(0); });
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] {
        m_pageSpin->setFocus();
        m_pageSpin->selectAll();
    });
}

void PdfReader::buildSidebar()
{
    m_sidebar = new QTabWidget(this);
    m_sidebar->setDocumentMode(true);
    m_thumbnails = new QListWidget(m_sidebar);
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setViewMode(QListView::ListMode);
    m_thumbnails->setIconSize(QSize(100, 140));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(4);
    m_thumbnails->setMovement(QListView::Static);
    m_sidebar->addTab(m_thumbnails, tr("Pages"));
    m_outline = new QTreeWidget(m_sidebar);
    m_outline->setAccessibleName(tr("Document outline"));
    m_outline->setHeaderHidden(true);
    m_sidebar->addTab(m_outline, tr("Outline"));

    auto* notesPanel = new QWidget(m_sidebar);
    auto* notesLayout = new QVBoxLayout(notesPanel);
    notesLayout->setContentsMargins(2, 2, 2, 2);
    m_noteList = new QListWidget(notesPanel);
    m_noteList->setAccessibleName(tr("Your page notes"));
    m_noteList->setWordWrap(true);
    auto* add = new QPushButton(tr("Add note to this page…"), notesPanel);
    auto* remove = new QPushButton(tr("Delete note"), notesPanel);
    auto* privacy = new QLabel(tr("Notes are private: they stay in your workspace and go into a score return only "
                                  "if you choose."),
                               notesPanel);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: palette(mid);"));
    notesLayout->addWidget(m_noteList, 1);
    notesLayout->addWidget(add);
    notesLayout->addWidget(remove);
    notesLayout->addWidget(privacy);
    m_sidebar->addTab(notesPanel, tr("Notes"));

    connect(m_sidebarButton, &QToolButton::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_canvas->goToPage(row);
    });
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const int page = item->data(0, Qt::UserRole).toInt(); page >= 0)
            m_canvas->goToPage(page);
    });
    connect(m_outline, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const int page = item->data(0, Qt::UserRole).toInt(); page >= 0)
            m_canvas->goToPage(page);
    });
    connect(m_noteList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { m_canvas->goToPage(item->data(Qt::UserRole + 1).toInt()); });
    connect(m_noteList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        if (!m_notes)
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Page note"), tr("Note on page %1:").arg(item->data(Qt::UserRole + 1).toInt() + 1),
            item->data(Qt::UserRole + 2).toString(), &ok);
        if (!ok)
            return;
        if (auto done = m_notes->update(item->data(Qt::UserRole).toLongLong(), text); !done)
            prompts::warning(this, tr("Page note"), done.error());
        reloadNotes();
    });
    connect(add, &QPushButton::clicked, this, [this] { addNote(m_canvas->currentPage()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_noteList->currentItem();
        if (!m_notes || !item)
            return;
        if (auto done = m_notes->remove(item->data(Qt::UserRole).toLongLong()); !done)
            prompts::warning(this, tr("Page note"), done.error());
        reloadNotes();
    });
}

void PdfReader::openDocument(const QString& path, const QString& title, int page, qint64 documentId)
{
    m_title = title;
    m_titleLabel->setText(tr("Opening %1…").arg(title));
    m_pageToOpen = std::max(0, page - 1);
    m_documentId = documentId;
    m_hits.clear();
    m_currentHit = -1;
    m_hitLabel->clear();
    m_thumbnails->clear();
    m_outline->clear();
    m_noteList->clear();
    m_canvas->documentClosed();
    m_renderer->open(path);
    m_thumbnailRenderer->open(path);
}

void PdfReader::setSearchText(const QString& text)
{
    m_searchField->setText(text);
    m_searchField->setModified(false);
}

void PdfReader::setRecognisedText(const QString& note, const QHash<int, QList<ocr::Word>>& wordsByPage)
{
    m_scanNote->setText(note);
    m_scanNote->setVisible(!note.isEmpty());
    m_recognised = wordsByPage;
}

QList<PdfSearchHit> PdfReader::recognisedHits(const QString& text) const
{
    QList<PdfSearchHit> hits;
    const QStringList terms = search::highlightTerms(text);
    if (terms.isEmpty())
        return hits;
    for (auto page = m_recognised.cbegin(); page != m_recognised.cend(); ++page) {
        // Word boxes are fractions of the page; the canvas places hits in points.
        const QSizeF size = m_renderer->pageSizePoints(page.key() - 1);
        for (const QRectF& box : ocr::boxesFor(page.value(), terms))
            hits.append({page.key() - 1, QRectF(box.x() * size.width(), box.y() * size.height(),
                                                box.width() * size.width(), box.height() * size.height())});
    }
    return hits;
}

void PdfReader::closeDocument()
{
    m_renderer->close();
    m_thumbnailRenderer->close();
    m_canvas->documentClosed();
    m_thumbnails->clear();
    m_outline->clear();
    m_noteList->clear();
    m_titleLabel->clear();
    m_pageTotal->clear();
    m_documentId = 0;
}

int PdfReader::currentPage() const
{
    return m_canvas->currentPage() + 1;
}

int PdfReader::pageCount() const
{
    return m_renderer->pageCount();
}

void PdfReader::showPage(int page)
{
    m_canvas->goToPage(page - 1);
}

void PdfReader::nextPage()
{
    m_canvas->goToPage(m_canvas->currentPage() + 1);
}

void PdfReader::previousPage()
{
    m_canvas->goToPage(m_canvas->currentPage() - 1);
}

void PdfReader::stepZoom(int direction)
{
    // From the zoom the page is shown at: "fit width" at 93 % steps in to 100 %, not to the list's next entry.
    const double current = m_canvas->effectivePercent();
    int chosen = -1;
    for (int i = 0; i < m_zoom->count(); ++i) {
        const int percent = m_zoom->itemData(i).toInt();
        if (percent <= 0)
            continue; // fit width, fit page
        if (direction > 0 && percent > current + 0.5 && chosen < 0)
            chosen = i;
        if (direction < 0 && percent < current - 0.5)
            chosen = i;
    }
    if (chosen >= 0)
        m_zoom->setCurrentIndex(chosen);
}

double PdfReader::zoomPercent() const
{
    return m_canvas->effectivePercent();
}

void PdfReader::applyZoomChoice()
{
    const int choice = m_zoom->currentData().toInt();
    if (choice == fitWidthChoice)
        m_canvas->setZoom(PdfCanvas::Zoom::FitWidth);
    else if (choice == fitPageChoice)
        m_canvas->setZoom(PdfCanvas::Zoom::FitPage);
    else
        m_canvas->setZoom(PdfCanvas::Zoom::Percent, choice);
}

void PdfReader::find(const QString& text)
{
    if (m_searchField->text() != text)
        m_searchField->setText(text);
    m_hits.clear();
    m_currentHit = -1;
    m_canvas->setHits({}, -1);
    m_hitLabel->setText(text.trimmed().isEmpty() ? QString() : tr("Searching…"));
    m_searchId = m_renderer->search(text);
}

void PdfReader::showHit(int index)
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (index + int(m_hits.size())) % int(m_hits.size());
    m_canvas->setHits(m_hits, m_currentHit);
    m_canvas->reveal(m_hits.at(m_currentHit).page, m_hits.at(m_currentHit).box);
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
}

void PdfReader::nextHit()
{
    showHit(m_currentHit + 1);
}

void PdfReader::previousHit()
{
    showHit(m_currentHit - 1);
}

void PdfReader::reloadNotes()
{
    m_noteList->clear();
    QSet<int> noted;
    if (m_notes && m_documentId != 0) {
        if (auto notes = m_notes->of(m_documentId)) {
            for (const PageNote& note : *notes) {
                auto* item = new QListWidgetItem(tr("Page %1: %2").arg(note.page + 1).arg(note.text), m_noteList);
                item->setData(Qt::UserRole, note.id);
                item->setData(Qt::UserRole + 1, note.page);
                item->setData(Qt::UserRole + 2, note.text);
                noted.insert(note.page);
            }
        }
    }
    m_canvas->setNotedPages(noted);
}

void PdfReader::addNote(int page)
{
    if (!m_notes || m_documentId == 0) {
        prompts::information(this, tr("Page note"), tr("Notes can be kept for documents of a workspace."));
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Page note"), tr("Note on page %1:").arg(page + 1),
                                                        m_canvas->selectedText(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (auto added = m_notes->add(m_documentId, page, text); !added)
        prompts::warning(this, tr("Page note"), added.error());
    reloadNotes();
}

} // namespace rd
