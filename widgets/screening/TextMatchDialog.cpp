#include "widgets/screening/TextMatchDialog.h"

#include "models/core/StatusColours.h"
#include "models/similarity/TextReuse.h"
#include "models/store/ApplicationStore.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace rd {

namespace {

QString sideTitle(const TextMatch::Side& side, qint64 roundId)
{
    const QString share = QLocale().toString(side.share * 100, 'f', 1);
    const QString who = QStringLiteral("%1 %2").arg(side.ubn, side.applicantName);
    return side.roundId == roundId
               ? TextMatchDialog::tr("<b>%1</b><br>%2 — %3 % of its text in common").arg(who, side.fileName, share)
               : TextMatchDialog::tr("<b>%1</b> (round “%4”)<br>%2 — %3 % of its text in common")
                     .arg(who, side.fileName, share, side.roundName);
}

// Shows a page's text with what it holds of the passage marked.
void showPage(QTextBrowser* view, const QString& pageText, const QString& passage)
{
    view->setPlainText(pageText);
    const QList<similarity::TextSpan> spans = similarity::spansOf(pageText, passage);
    if (spans.isEmpty())
        return;
    QTextCharFormat marked;
    marked.setBackground(colours::fill(colours::Tone::Warning));
    for (const similarity::TextSpan& span : spans) {
        QTextCursor cursor(view->document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(marked);
    }
    QTextCursor start(view->document());
    start.setPosition(int(spans.first().start));
    view->setTextCursor(start);
    view->ensureCursorVisible();
}

} // namespace

TextMatchDialog::TextMatchDialog(const TextMatch& match, const ApplicationStore& applications, QWidget* parent)
    : QDialog(parent), m_match(match)
{
    setWindowTitle(tr("Similar proposal text"));
    // A page whose text cannot be read shows empty; the passages list still says where they are.
    if (auto texts = applications.pageTexts(match.a.documentId))
        m_textA = *texts;
    if (auto texts = applications.pageTexts(match.b.documentId))
        m_textB = *texts;

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The passages below appear in both documents, beyond the text every proposal of "
                      "the workspace shares (the proposal template, 附件7). A company may not apply with the same "
                      "or a similar plan elsewhere (004 捌、一(七)); the secretariat may ask for the "
                      "earlier plan (捌、一(八))."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_passages = new QListWidget(this);
    m_passages->setAccessibleName(tr("Shared passages"));
    for (const TextMatch::Passage& p : match.passages) {
        auto* item = new QListWidgetItem(tr("p. %1 ↔ p. %2 · %n character(s): %3…", "", int(p.text.size()))
                                             .arg(p.pageA)
                                             .arg(p.pageB)
                                             .arg(p.text.left(30)),
                                         m_passages);
        item->setToolTip(p.text);
    }

    auto* sides = new QWidget(this);
    auto* grid = new QGridLayout(sides);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto column = [&](int side, const TextMatch::Side& s, QLabel*& pageLabel, QTextBrowser*& view) {
        auto* title = new QLabel(sideTitle(s, match.roundId), sides);
        title->setWordWrap(true);
        pageLabel = new QLabel(sides);
        view = new QTextBrowser(sides);
        view->setAccessibleName(s.fileName);
        auto* open = new QPushButton(tr("Open in the document window"), sides);
        connect(open, &QPushButton::clicked, this, [this, side] {
            const int row = std::max(0, m_passages->currentRow());
            const TextMatch::Passage& p = m_match.passages.value(row);
            Q_EMIT openPage(side == 0 ? m_match.a.documentId : m_match.b.documentId, side == 0 ? p.pageA : p.pageB);
        });
        grid->addWidget(title, 0, side);
        grid->addWidget(pageLabel, 1, side);
        grid->addWidget(view, 2, side);
        grid->addWidget(open, 3, side, Qt::AlignLeft);
    };
    column(0, match.a, m_pageLabelA, m_pageA);
    column(1, match.b, m_pageLabelB, m_pageB);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_passages);
    splitter->addWidget(sides);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_passages, &QListWidget::currentRowChanged, this, &TextMatchDialog::showPassage);
    if (!match.passages.isEmpty())
        m_passages->setCurrentRow(0);
    resize(1100, 720);
}

void TextMatchDialog::showPassage(int row)
{
    if (row < 0 || row >= m_match.passages.size())
        return;
    const TextMatch::Passage& p = m_match.passages.at(row);
    m_pageLabelA->setText(tr("Page %1").arg(p.pageA));
    m_pageLabelB->setText(tr("Page %1").arg(p.pageB));
    showPage(m_pageA, m_textA.value(p.pageA - 1), p.text);
    showPage(m_pageB, m_textB.value(p.pageB - 1), p.text);
}

} // namespace rd
