#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace dlrepro {

class CodeEditor;
struct Proposal;

// Which lines differ between two texts (0-based): removed from the old, added in the new.
// Common prefix and suffix are trimmed, then a longest-common-subsequence over the rest; past
// 2000 × 2000 middle lines every middle line is marked (an honest, bounded answer).
struct LineChanges {
    QList<int> removed;
    QList<int> added;
};
LineChanges diffLines(const QString &oldText, const QString &newText);

// Side by side: the current snippet and the proposed one, changed lines marked; Accept applies.
class DiffPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    DiffPreviewDialog(const QString &title, const QString &oldText, const QString &newText,
                      QWidget *parent = nullptr);

    CodeEditor *oldEditor() const { return m_old; }
    CodeEditor *newEditor() const { return m_new; }
    const LineChanges &changes() const { return m_changes; }

    // Above the two sides: why the edit action proposes the change, each change explained, the
    // report facts it used, the questions the report leaves open and any extra files.
    void showProposalDetails(const Proposal &proposal);
    QTextBrowser *details() const { return m_details; } // nullptr until details are shown

private:
    CodeEditor *m_old = nullptr;
    CodeEditor *m_new = nullptr;
    LineChanges m_changes;
    QVBoxLayout *m_layout = nullptr;
    QTextBrowser *m_details = nullptr;
};

// The details as HTML (what showProposalDetails shows).
QString proposalDetailsHtml(const Proposal &proposal);

} // namespace dlrepro
