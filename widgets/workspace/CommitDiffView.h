#pragma once

#include "workspace/GitRepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace dlrepro {

// A commit's changes, read-only: the counts per file on one line, then the message and git's
// unified patch as git show lays them out, added and removed lines shaded in the proposal
// dialog's green and red.
class CommitDiffView : public QWidget
{
    Q_OBJECT
public:
    // Past this the patch is cut (a commit that adds a dataset): the view is for reading.
    static constexpr qsizetype kMaxPatchChars = 2'000'000;

    explicit CommitDiffView(QWidget *parent = nullptr);

    void showDiff(const GitCommitInfo &commit, const GitDiff &diff);
    void showMessage(const QString &text); // loading, an error, nothing selected
    void clear();

    QString shownSha() const { return m_sha; } // empty while a message is shown
    QLabel *header() const { return m_header; }
    QPlainTextEdit *patchView() const { return m_patch; }

private:
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_patch = nullptr;
    QString m_sha;
};

} // namespace dlrepro
