#pragma once

#include "report/Report.h"

#include <QList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace dlrepro {

class CodeEditor;
struct Proposal;
class SyntaxChecker;

// The code pane: the snippet editor with its block chooser, a find/replace bar, the syntax
// check through the chosen interpreter, and proposed changes previewed side by side.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    // Decides on a proposed change; the default opens a DiffPreviewDialog (tests put a recorder).
    using ChangeReviewer = std::function<bool(const QString &title, const QString &oldText, const QString &newText)>;

    explicit CodePane(QWidget *parent = nullptr);

    // Builds the snippet from the report's code blocks (code blocks chosen, console and
    // tracebacks left out).
    void setReport(const Report &report);
    void clear();
    void setChosenBlocks(const QList<int> &blocks); // rebuilds the snippet
    QList<int> chosenBlocks() const { return m_chosen; }

    QString code() const;
    void setCode(const QString &code);
    CodeEditor *editor() const { return m_editor; }

    // Shows the change for review; applies it (undoable) when accepted. Returns whether applied.
    bool proposeChange(const QString &title, const QString &newCode);
    void setChangeReviewer(ChangeReviewer reviewer) { m_reviewer = std::move(reviewer); }

    // Decides on an edit action's proposal; the default opens a DiffPreviewDialog with the
    // proposal's rationale, facts and questions (tests put a recorder).
    using ProposalReviewer = std::function<bool(const Proposal &proposal)>;
    void setProposalReviewer(ProposalReviewer reviewer) { m_proposalReviewer = std::move(reviewer); }
    // Shows the proposal for review; when accepted applies it (applyProposal, so a proposal
    // made for other code is refused with *error) as one undoable step. Returns whether applied.
    bool reviewProposal(const Proposal &proposal, QString *error = nullptr);

    // The interpreter used for syntax checks; empty turns them off.
    void setInterpreter(const QString &interpreter);
    void checkSyntaxNow();
    SyntaxChecker *syntaxChecker() const { return m_checker; }
    QString syntaxStatus() const;

    void showFindBar(bool replace);
    bool findNext(bool backwards = false);
    int replaceAll();
    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }

signals:
    void codeChanged();

private:
    void rebuildBlockMenu();
    void replaceAllUndoable(const QString &text);
    void onSyntaxChecked(int line, int column, const QString &message);

    Report m_report;
    QList<int> m_chosen;
    CodeEditor *m_editor = nullptr;
    QToolButton *m_blocksButton = nullptr;
    QLabel *m_syntaxLabel = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findField = nullptr;
    QLineEdit *m_replaceField = nullptr;
    QCheckBox *m_caseBox = nullptr;
    QTimer *m_syntaxTimer = nullptr;
    SyntaxChecker *m_checker = nullptr;
    QString m_interpreter;
    ChangeReviewer m_reviewer;
    ProposalReviewer m_proposalReviewer;
};

} // namespace dlrepro
