#include "StudyWindow.h"

#include "CodePane.h"
#include "HintsPanel.h"
#include "ReportView.h"
#include "VerdictPanel.h"

#include "edit/EditActionEngine.h"
#include "edit/EditProposal.h"
#include "hints/Hints.h"
#include "hints/Rulebook.h"
#include "import/ReportImport.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "run/Runner.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"
#include "verify/Verdict.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dlrepro {

StudyWindow::StudyWindow(QWidget *parent) : QWidget(parent) {}

StudyWindow::~StudyWindow()
{
    if (m_runner)
        m_runner->cancel();
}

std::unique_ptr<StudyWindow> StudyWindow::open(const QString &databasePath, const QString &participantId, QString *error,
                                               const StudyClock *clock)
{
    std::unique_ptr<StudyWindow> w(new StudyWindow);
    w->m_store = StudyStore::open(databasePath, error);
    if (!w->m_store)
        return nullptr;
    if (!clock) {
        w->m_ownClock = std::make_unique<SystemStudyClock>();
        clock = w->m_ownClock.get();
    }
    w->m_clock = clock;
    w->m_session = StudySession::open(*w->m_store, participantId, *clock, error);
    if (!w->m_session)
        return nullptr;
    w->m_interpreter = QStandardPaths::findExecutable(QStringLiteral("python3"));
    w->m_snippetDir = QDir::temp().filePath(QStringLiteral("dlrepro-study-") + participantId);
    w->build();
    w->showCurrentBug();
    return w;
}

void StudyWindow::build()
{
    setWindowTitle(tr("dlrepro study: participant %1").arg(m_session->participant().id));
    auto *outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    outer->addWidget(m_pages);

    m_work = new QWidget;
    auto *layout = new QVBoxLayout(m_work);
    auto *top = new QHBoxLayout;
    m_header = new QLabel;
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    top->addWidget(m_header, 1);
    m_pauseButton = new QPushButton(tr("Pause (facilitator)…"));
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_session->isPaused()) {
            resume();
            return;
        }
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Pause the session"), tr("Reason for the pause (recorded):"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            pause(reason);
    });
    top->addWidget(m_pauseButton);
    layout->addLayout(top);
    m_pauseBanner = new QLabel;
    m_pauseBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border: 1px solid #ffda6a; }"));
    m_pauseBanner->hide();
    layout->addWidget(m_pauseBanner);

    auto *split = new QSplitter(Qt::Horizontal);
    m_report = new ReportView;
    split->addWidget(m_report);

    auto *middle = new QWidget;
    auto *mid = new QVBoxLayout(middle);
    mid->setContentsMargins(0, 0, 0, 0);
    m_code = new CodePane;
    mid->addWidget(m_code, 3);
    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"));
    m_verifyButton = new QPushButton(tr("Verify"));
    m_verifyButton->setToolTip(tr("Runs the snippet with several seeds and checks whether the reported bug shows"));
    auto *actions = new QToolButton;
    actions->setText(tr("Edit actions"));
    actions->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(actions);
    for (EditAction a : allEditActions())
        menu->addAction(editActionName(a), this, [this, a] { applyEditAction(a); });
    actions->setMenu(menu);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(actions);
    buttons->addStretch(1);
    mid->addLayout(buttons);
    auto *tabs = new QTabWidget;
    m_output = new QPlainTextEdit;
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_verdict = new VerdictPanel;
    tabs->addTab(m_output, tr("Output"));
    tabs->addTab(m_verdict, tr("Verdict"));
    mid->addWidget(tabs, 2);
    split->addWidget(middle);
    connect(m_runButton, &QPushButton::clicked, this, &StudyWindow::run);
    connect(m_verifyButton, &QPushButton::clicked, this, &StudyWindow::verify);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    if (m_session->showsHints()) {
        m_hints = new HintsPanel;
        connect(m_hints, &HintsPanel::actionRequested, this, [this](const HintItem &item) {
            if (item.item.itemClass() == ItemClass::EditAction)
                applyEditAction(item.item.editAction());
        });
        connect(m_hints, &HintsPanel::focusActivated, this, [this](const TextSpan &span) {
            m_report->setFocusSpan(span);
            m_report->showFocus();
        });
        rl->addWidget(m_hints, 2);
    }
    auto *form = new QGroupBox(tr("Questions about this bug"));
    auto *fl = new QVBoxLayout(form);
    m_reproduced = new QCheckBox(tr("I reproduced the bug"));
    fl->addWidget(m_reproduced);
    fl->addWidget(new QLabel(tr("What are the edit operations that could be used to reproduce this bug?")));
    auto *grid = new QGridLayout;
    const QList<EditAction> all = allEditActions();
    for (int i = 0; i < all.size(); ++i) {
        // '&' would be taken as a mnemonic.
        auto *box = new QCheckBox(editActionName(all.at(i)).replace(QLatin1Char('&'), QLatin1String("&&")));
        m_actionBoxes << box;
        grid->addWidget(box, i / 2, i % 2);
    }
    fl->addLayout(grid);
    fl->addWidget(new QLabel(tr("Why do you think these edit operations could prove useful in reproducing the bug?")));
    m_actionsWhy = new QPlainTextEdit;
    m_actionsWhy->setMaximumHeight(60);
    fl->addWidget(m_actionsWhy);
    fl->addWidget(new QLabel(tr("What are the critical information components that could help the reproducibility of this bug?")));
    auto *infos = new QGridLayout;
    for (InformationCategory c : allInformationCategories()) {
        auto *box = new QCheckBox(informationName(c));
        infos->addWidget(box, int(m_informationBoxes.size()) / 3, int(m_informationBoxes.size()) % 3);
        m_informationBoxes << box;
    }
    fl->addLayout(infos);
    fl->addWidget(new QLabel(tr("How do you think the selected critical information could be useful in reproducing the bug?")));
    m_informationWhy = new QPlainTextEdit;
    m_informationWhy->setMaximumHeight(60);
    fl->addWidget(m_informationWhy);
    fl->addWidget(new QLabel(tr("Did you implement any additional operations or actions? Please let us know your thoughts.")));
    m_other = new QPlainTextEdit;
    m_other->setMaximumHeight(60);
    fl->addWidget(m_other);
    for (QLabel *l : form->findChildren<QLabel *>())
        l->setWordWrap(true);
    m_submitButton = new QPushButton(tr("Submit and go to the next bug"));
    connect(m_submitButton, &QPushButton::clicked, this, &StudyWindow::submit);
    fl->addWidget(m_submitButton);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    rl->addWidget(scroll, 3);
    split->addWidget(right);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({380, 520, 600});
    layout->addWidget(split, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_pages->addWidget(m_work);

    m_thanks = new QLabel;
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);
    m_thanks->setTextFormat(Qt::PlainText);
    m_pages->addWidget(m_thanks);

    m_runner = new Runner(this);
    connect(m_runner, &Runner::outputLine, this, [this](int seed, const QString &line, bool) {
        m_output->appendPlainText(QStringLiteral("[%1] %2").arg(seed).arg(line));
    });
    connect(m_runner, &Runner::finished, this, &StudyWindow::onRunFinished);
}

void StudyWindow::report(const QString &message)
{
    m_status->setText(message);
}

bool StudyWindow::isShowingThanks() const { return m_pages->currentWidget() == m_thanks; }
bool StudyWindow::isBusy() const { return m_runner && m_runner->isRunning(); }

void StudyWindow::showCurrentBug()
{
    const StudyBug *bug = m_session->currentBug();
    if (!bug) {
        m_thanks->setText(tr("Thank you: you have finished the study.\n\nYour participant id is %1. "
                             "Quote it to the researchers if you want to withdraw.")
                              .arg(m_session->participant().id));
        m_pages->setCurrentWidget(m_thanks);
        m_pauseButton->setEnabled(false);
        QString error;
        m_session->close(&error);
        emit finished();
        return;
    }
    m_pages->setCurrentWidget(m_work);
    const ImportResult imported = importReportFile(bug->reportPath);
    m_inspection.reset();
    m_report->clear();
    m_code->clear();
    if (imported.ok() && !imported.reports.isEmpty()) {
        m_inspection = inspectReport(imported.reports.first());
        m_report->setInspection(*m_inspection);
        m_code->setReport(m_inspection->report);
        if (m_hints) {
            Inspection typed = *m_inspection;
            if (bug->bugType != BugType::Unknown)
                overrideBugType(typed, bug->bugType);
            const Hints hints = buildHints(typed, Rulebook::published());
            m_hints->setHints(hints);
            m_report->setFocusSpan(hints.focusSpan);
        }
    } else {
        report(tr("The report of this bug cannot be read (%1); tell the facilitator.").arg(imported.error));
    }
    clearQuestions();
    m_verdict->clear();
    m_output->clear();
    QString error;
    if (!m_session->isPaused() && !m_session->show(&error))
        report(error);
    updateState();
    emit bugChanged(m_session->currentIndex());
}

void StudyWindow::updateState()
{
    const Participant &p = m_session->participant();
    m_header->setText(tr("Participant %1 · %2 · bug %3 of %4")
                          .arg(p.id, p.setId)
                          .arg(std::min(m_session->currentIndex() + 1, m_session->bugCount()))
                          .arg(m_session->bugCount()));
    const bool paused = m_session->isPaused();
    m_pauseBanner->setVisible(paused);
    if (paused)
        m_pauseBanner->setText(tr("Paused by the facilitator: %1. The clock is stopped.").arg(m_session->state().pauseReason));
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause (facilitator)…"));
    const bool busy = isBusy();
    for (QWidget *w : {static_cast<QWidget *>(m_runButton), static_cast<QWidget *>(m_verifyButton)})
        w->setEnabled(!paused && !busy);
    m_submitButton->setEnabled(!paused && !busy);
    m_code->setEnabled(!paused);
}

void StudyWindow::clearQuestions()
{
    for (QCheckBox *b : std::as_const(m_actionBoxes))
        b->setChecked(false);
    for (QCheckBox *b : std::as_const(m_informationBoxes))
        b->setChecked(false);
    m_reproduced->setChecked(false);
    m_actionsWhy->clear();
    m_informationWhy->clear();
    m_other->clear();
}

void StudyWindow::run() { startRun(1, false); }

void StudyWindow::verify() { startRun(m_verifySeeds, true); }

void StudyWindow::startRun(int seeds, bool verifying)
{
    if (isBusy() || m_session->isPaused() || !m_session->currentBug())
        return;
    if (m_interpreter.isEmpty()) {
        report(tr("No Python interpreter is set up for the study; tell the facilitator."));
        return;
    }
    QDir().mkpath(m_snippetDir);
    const QString path = QDir(m_snippetDir).filePath(QStringLiteral("snippet.py"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_code->code().toUtf8()) < 0) {
        report(tr("Cannot write the snippet: %1").arg(f.errorString()));
        return;
    }
    f.close();
    RunRequest request;
    request.snippetPath = path;
    request.interpreter = m_interpreter;
    request.seeds.clear();
    for (int s = 0; s < seeds; ++s)
        request.seeds << s;
    request.timeoutMs = 120000;
    request.copyWorkspace = false;
    QString error;
    if (!verifying && !m_session->recordRun(seeds, &error)) {
        report(error);
        return;
    }
    m_verifying = verifying;
    m_output->clear();
    if (m_runner->start(request))
        report(verifying ? tr("Verifying with %n seed(s)…", nullptr, seeds) : tr("Running…"));
    updateState();
}

void StudyWindow::onRunFinished(const QList<RunResult> &results)
{
    if (m_verifying) {
        const StudyBug *bug = m_session->currentBug();
        Expectation e;
        QString error;
        const bool ok = bug && (bug->expectedError.isEmpty() ? parseExpectedMetric(bug->expectedMetric, &e, &error)
                                                             : parseExpectedError(bug->expectedError, &e, &error));
        if (ok) {
            e.tolerance = bug->tolerance;
            const Verdict v = decideVerdict(e, results);
            m_verdict->setVerdict(v);
            if (!m_session->recordVerdict(v, &error))
                report(error);
            else
                report(VerdictPanel::badgeText(v));
            emit verdictRecorded();
        } else {
            report(tr("The study's expectation for this bug is invalid (%1); tell the facilitator.").arg(error));
        }
    } else {
        report(tr("Run finished."));
    }
    m_verifying = false;
    updateState();
}

bool StudyWindow::applyEditAction(EditAction action)
{
    if (!m_inspection || m_session->isPaused())
        return false;
    Proposal proposal;
    QString error;
    if (!proposeEdit(action, m_code->code(), m_inspection->facts, &m_inspection->report, &proposal, &error)) {
        report(error);
        return false;
    }
    if (!proposal.hasChanges()) {
        report(tr("%1: nothing to change").arg(editActionName(action)));
        return false;
    }
    if (!m_code->reviewProposal(proposal, &error))
        return false;
    if (!m_session->recordAction(action, &error)) {
        report(error);
        return false;
    }
    return true;
}

bool StudyWindow::submit()
{
    BugAnswers answers;
    const QList<EditAction> actions = allEditActions();
    for (int i = 0; i < m_actionBoxes.size(); ++i)
        if (m_actionBoxes.at(i)->isChecked())
            answers.editActions << actions.at(i);
    const QList<InformationCategory> infos = allInformationCategories();
    for (int i = 0; i < m_informationBoxes.size(); ++i)
        if (m_informationBoxes.at(i)->isChecked())
            answers.information << infos.at(i);
    answers.editActionsWhy = m_actionsWhy->toPlainText().trimmed();
    answers.informationWhy = m_informationWhy->toPlainText().trimmed();
    answers.otherActions = m_other->toPlainText().trimmed();
    answers.selfReportedReproduced = m_reproduced->isChecked();
    if (answers.editActions.isEmpty() || answers.information.isEmpty()) {
        report(tr("Please tick at least one edit operation and one information component before submitting."));
        return false;
    }
    QString error;
    if (!m_session->submit(answers, &error)) {
        report(error);
        return false;
    }
    report(QString());
    showCurrentBug();
    return true;
}

bool StudyWindow::pause(const QString &reason)
{
    QString error;
    if (!m_session->pause(reason, &error)) {
        report(error);
        return false;
    }
    updateState();
    return true;
}

bool StudyWindow::resume()
{
    QString error;
    if (!m_session->resume(&error)) {
        report(error);
        return false;
    }
    // A session reopened while paused has not shown its bug yet; showing again is harmless.
    if (!m_session->show(&error))
        report(error);
    updateState();
    return true;
}

void StudyWindow::closeEvent(QCloseEvent *event)
{
    QString error;
    m_session->close(&error);
    QWidget::closeEvent(event);
}

} // namespace dlrepro
