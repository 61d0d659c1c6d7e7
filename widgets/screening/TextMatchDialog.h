#pragma once

#include "models/store/TextMatches.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace rd {

class ApplicationStore;

// Two proposals that share text, side by side (004 捌、一(七)(八)): the passages they have in common, and for
// the one chosen, each document's page with the passage marked. Either page opens in the document window.
class TextMatchDialog final : public QDialog
{
    Q_OBJECT
public:
    TextMatchDialog(const TextMatch& match, const ApplicationStore& applications, QWidget* parent = nullptr);

    QListWidget* passageList() const { return m_passages; }
    QTextBrowser* pageView(int side) const { return side == 0 ? m_pageA : m_pageB; }

Q_SIGNALS:
    // A page to read in the document window (1-based).
    void openPage(qint64 documentId, int page);

private:
    void showPassage(int row);

    TextMatch m_match;
    QStringList m_textA;
    QStringList m_textB;
    QListWidget* m_passages = nullptr;
    QLabel* m_pageLabelA = nullptr;
    QLabel* m_pageLabelB = nullptr;
    QTextBrowser* m_pageA = nullptr;
    QTextBrowser* m_pageB = nullptr;
};

} // namespace rd
