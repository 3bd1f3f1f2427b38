#include "CodePane.h"

#include "CodeEditor.h"
#include "DiffPreviewDialog.h"
#include "SnippetAssembly.h"
#include "SyntaxChecker.h"

#include "edit/EditProposal.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dlrepro {

CodePane::CodePane(QWidget *parent) : QWidget(parent)
{
    m_editor = new CodeEditor(this);
    m_checker = new SyntaxChecker(this);
    m_syntaxTimer = new QTimer(this);
    m_syntaxTimer->setSingleShot(true);
    m_syntaxTimer->setInterval(600); // after typing pauses, not on every key
    m_reviewer = [this](const QString &title, const QString &oldText, const QString &newText) {
        DiffPreviewDialog dialog(title, oldText, newText, this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_proposalReviewer = [this](const Proposal &proposal) {
        DiffPreviewDialog dialog(editActionName(proposal.action), proposal.originalCode, proposal.newCode, this);
        dialog.showProposalDetails(proposal);
        return dialog.exec() == QDialog::Accepted;
    };

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Snippet").toHtmlEscaped()), this);
    m_blocksButton = new QToolButton(this);
    m_blocksButton->setText(tr("Code blocks"));
    m_blocksButton->setToolTip(tr("Choose which of the report's code blocks make up the snippet"));
    m_blocksButton->setPopupMode(QToolButton::InstantPopup);
    m_blocksButton->setStyleSheet(QStringLiteral("QToolButton { padding-right:16px; }"));
    m_blocksButton->setMenu(new QMenu(m_blocksButton));
    m_syntaxLabel = new QLabel(this);
    m_syntaxLabel->setTextFormat(Qt::PlainText);
    auto *findButton = new QToolButton(this);
    findButton->setText(tr("Find"));
    findButton->setToolTip(tr("Find and replace (Ctrl+F, Ctrl+H)"));
    connect(findButton, &QToolButton::clicked, this, [this] { showFindBar(true); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    top->addWidget(heading);
    top->addWidget(m_blocksButton);
    top->addStretch(1);
    top->addWidget(m_syntaxLabel);
    top->addWidget(findButton);

    m_findBar = new QWidget(this);
    m_findField = new QLineEdit(m_findBar);
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_replaceField = new QLineEdit(m_findBar);
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_caseBox = new QCheckBox(tr("Match case"), m_findBar);
    auto *next = new QPushButton(tr("Next"), m_findBar);
    auto *replaceOne = new QPushButton(tr("Replace"), m_findBar);
    auto *replaceAllButton = new QPushButton(tr("Replace all"), m_findBar);
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 0, 4, 2);
    findLayout->addWidget(m_findField, 2);
    findLayout->addWidget(m_replaceField, 2);
    findLayout->addWidget(m_caseBox);
    findLayout->addWidget(next);
    findLayout->addWidget(replaceOne);
    findLayout->addWidget(replaceAllButton);
    findLayout->addWidget(close);
    m_findBar->hide();
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(replaceOne, &QPushButton::clicked, this, [this] {
        if (m_editor->hasSelectedText())
            m_editor->replace(m_replaceField->text());
        findNext();
    });
    connect(replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_findBar->hide();
        m_editor->setFocus();
    });
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] { showFindBar(false); });
    auto *replace = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(replace, &QShortcut::activated, this, [this] { showFindBar(true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_findBar);
    layout->addWidget(m_editor, 1);

    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_interpreter.isEmpty())
            m_syntaxTimer->start();
        emit codeChanged();
    });
    connect(m_syntaxTimer, &QTimer::timeout, this, &CodePane::checkSyntaxNow);
    connect(m_checker, &SyntaxChecker::checked, this, &CodePane::onSyntaxChecked);
    rebuildBlockMenu();
}

void CodePane::clear()
{
    m_report = Report();
    m_chosen.clear();
    setCode(QString());
    rebuildBlockMenu();
}

void CodePane::setReport(const Report &report)
{
    m_report = report;
    m_chosen = defaultSnippetBlocks(report);
    setCode(assembleSnippet(m_report, m_chosen));
    rebuildBlockMenu();
}

void CodePane::setChosenBlocks(const QList<int> &blocks)
{
    m_chosen.clear();
    for (int b : blocks)
        if (b >= 0 && b < m_report.body.codeBlocks.size() && !m_chosen.contains(b))
            m_chosen << b;
    std::sort(m_chosen.begin(), m_chosen.end());
    setCode(assembleSnippet(m_report, m_chosen));
    rebuildBlockMenu();
}

void CodePane::rebuildBlockMenu()
{
    QMenu *menu = m_blocksButton->menu();
    menu->clear();
    const QList<CodeBlock> &blocks = m_report.body.codeBlocks;
    for (int i = 0; i < blocks.size(); ++i) {
        QAction *a = menu->addAction(snippetBlockLabel(blocks.at(i), i));
        a->setCheckable(true);
        a->setChecked(m_chosen.contains(i));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            QList<int> chosen = m_chosen;
            if (on)
                chosen << i;
            else
                chosen.removeAll(i);
            setChosenBlocks(chosen);
        });
    }
    if (blocks.isEmpty())
        menu->addAction(tr("(the report has no code blocks)"))->setEnabled(false);
    m_blocksButton->setText(tr("Code blocks: %1 of %2").arg(m_chosen.size()).arg(blocks.size()));
    m_blocksButton->setEnabled(!blocks.isEmpty());
}

QString CodePane::code() const
{
    return m_editor->text();
}

void CodePane::setCode(const QString &code)
{
    m_editor->setText(code);
    m_editor->setExceptionLine(0, QString());
    m_editor->setSyntaxError(0, 0, QString());
    m_syntaxLabel->clear();
}

bool CodePane::proposeChange(const QString &title, const QString &newCode)
{
    const QString old = code();
    if (newCode == old || !m_reviewer(title, old, newCode))
        return false;
    replaceAllUndoable(newCode);
    return true;
}

bool CodePane::reviewProposal(const Proposal &proposal, QString *error)
{
    if (!proposal.hasChanges() || !m_proposalReviewer(proposal))
        return false;
    QString result;
    if (!applyProposal(proposal, code(), &result, error))
        return false;
    replaceAllUndoable(result);
    return true;
}

void CodePane::replaceAllUndoable(const QString &text)
{
    // One undo step: select all and replace keeps the editor's undo history.
    m_editor->beginUndoAction();
    m_editor->selectAll(true);
    m_editor->replaceSelectedText(text);
    m_editor->endUndoAction();
}

void CodePane::setInterpreter(const QString &interpreter)
{
    if (interpreter == m_interpreter)
        return;
    m_interpreter = interpreter;
    if (!m_interpreter.isEmpty() && !code().isEmpty())
        m_syntaxTimer->start();
}

void CodePane::checkSyntaxNow()
{
    m_syntaxTimer->stop();
    if (!m_interpreter.isEmpty())
        m_checker->check(m_interpreter, code());
}

void CodePane::onSyntaxChecked(int line, int column, const QString &message)
{
    m_editor->setSyntaxError(line, column, message);
    if (line > 0) {
        m_syntaxLabel->setText(tr("⚠ line %1: %2").arg(line).arg(message));
        m_syntaxLabel->setStyleSheet(QStringLiteral("color:#C62828;"));
    } else {
        m_syntaxLabel->setText(tr("✓ syntax OK"));
        m_syntaxLabel->setStyleSheet(QStringLiteral("color:#2E7D32;"));
    }
}

QString CodePane::syntaxStatus() const
{
    return m_syntaxLabel->text();
}

void CodePane::showFindBar(bool replace)
{
    m_findBar->show();
    m_replaceField->setVisible(replace);
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_findField->setText(m_editor->selectedText());
    m_findField->setFocus();
    m_findField->selectAll();
}

bool CodePane::findNext(bool backwards)
{
    const QString needle = m_findField->text();
    if (needle.isEmpty())
        return false;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (backwards && m_editor->hasSelectedText()) {
        int l1, i1, l2, i2;
        m_editor->getSelection(&l1, &i1, &l2, &i2);
        line = l1;
        index = i1;
    }
    return m_editor->findFirst(needle, false, m_caseBox->isChecked(), false, true, !backwards, line, index);
}

int CodePane::replaceAll()
{
    const QString needle = m_findField->text();
    if (needle.isEmpty())
        return 0;
    const Qt::CaseSensitivity cs = m_caseBox->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QString text = code();
    const int count = int(text.count(needle, cs));
    if (count == 0)
        return 0;
    text.replace(needle, m_replaceField->text(), cs);
    replaceAllUndoable(text);
    return count;
}

} // namespace dlrepro
