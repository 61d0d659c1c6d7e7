#pragma once

#include "models/review/ScoreSheetEditor.h"
#include "models/store/ApplicationStore.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSplitter;

namespace rd {

class PdfReader;
class WorkspaceServices;
class ScoreSheetWidget;

// A committee member's desk for one application: the documents in the reader on the left, the score sheet
// on the right, the sheet saved with every change.
class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(WorkspaceServices& services, qint64 reviewerId, int pageCacheMegabytes, QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Shows the application: its first proposal document in the reader, the member's sheet beside it.
    void showApplication(const ApplicationRecord& record);
    void clear();

    PdfReader* reader() const { return m_reader; }
    ScoreSheetWidget* sheetWidget() const { return m_sheet; }
    ScoreSheetEditor* editor() const { return m_editor; }
    // Reader on the left, sheet on the right.
    QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    // A sheet was completed, reopened or locked: progress over the assignments may have changed.
    void progressChanged();
    // A problem to read, for the window's message bar.
    void problem(const QString& message);

private:
    void openDocument(int index);

    WorkspaceServices& m_services;
    qint64 m_reviewerId;
    ScoreSheetEditor* m_editor = nullptr;
    PdfReader* m_reader = nullptr;
    ScoreSheetWidget* m_sheet = nullptr;
    QSplitter* m_splitter = nullptr;
    QComboBox* m_documents = nullptr;
    QList<DocumentRecord> m_documentList;
};

} // namespace rd
