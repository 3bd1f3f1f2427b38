#pragma once

#include "domain/EditAction.h"
#include "inspect/Inspection.h"
#include "study/StudyClock.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace dlrepro {

class CodePane;
class HintsPanel;
class ReportView;
class Runner;
class StudySession;
class StudyStore;
class VerdictPanel;
struct RunResult;

// The study mode (issue 9): one participant, their current bug only. The report and the code
// pane; the hints only in the experimental group; Run and Verify through core's Runner and
// verdict; Appendix B's questions about the bug and Submit, which moves to the next bug; a
// facilitator's Pause with a reason. No menus, settings or other participants. Every step is
// an event of the StudySession, on disk before the window moves on.
class StudyWindow : public QWidget
{
    Q_OBJECT
public:
    // Opens the study database and the participant's session. The clock defaults to the real
    // one; tests pass a FakeStudyClock they keep alive.
    static std::unique_ptr<StudyWindow> open(const QString &databasePath, const QString &participantId, QString *error,
                                             const StudyClock *clock = nullptr);
    ~StudyWindow() override;

    StudySession &session() const { return *m_session; }
    // The Python that Run and Verify use (default: python3 on PATH).
    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setSeeds(int verifySeeds) { m_verifySeeds = verifySeeds; }

    // The participant's part, also what the buttons do.
    void run();
    void verify();
    bool submit(); // false (and a message) when the questions are incomplete or storing failed
    bool pause(const QString &reason);
    bool resume();
    bool applyEditAction(EditAction action);

    // For tests and the screenshot.
    ReportView *reportView() const { return m_report; }
    CodePane *codePane() const { return m_code; }
    HintsPanel *hintsPanel() const { return m_hints; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    QList<QCheckBox *> actionBoxes() const { return m_actionBoxes; }
    QList<QCheckBox *> informationBoxes() const { return m_informationBoxes; }
    QCheckBox *reproducedBox() const { return m_reproduced; }
    QPlainTextEdit *actionsWhy() const { return m_actionsWhy; }
    QPlainTextEdit *informationWhy() const { return m_informationWhy; }
    QPlainTextEdit *otherActions() const { return m_other; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    QPushButton *submitButton() const { return m_submitButton; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *pauseBanner() const { return m_pauseBanner; }
    bool isShowingThanks() const;
    bool isBusy() const;

signals:
    void verdictRecorded();
    void bugChanged(int index);
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    StudyWindow(QWidget *parent = nullptr);
    void build();
    void showCurrentBug();
    void updateState();
    void startRun(int seeds, bool verifying);
    void onRunFinished(const QList<dlrepro::RunResult> &results);
    void clearQuestions();
    void report(const QString &message);

    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<SystemStudyClock> m_ownClock;
    const StudyClock *m_clock = nullptr;
    std::unique_ptr<StudySession> m_session;
    std::optional<Inspection> m_inspection;
    QString m_interpreter;
    int m_verifySeeds = 3;
    bool m_verifying = false;
    QString m_snippetDir;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_work = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_pauseBanner = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QLabel *m_thanks = nullptr;
    ReportView *m_report = nullptr;
    CodePane *m_code = nullptr;
    HintsPanel *m_hints = nullptr;
    VerdictPanel *m_verdict = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QList<QCheckBox *> m_actionBoxes;
    QList<QCheckBox *> m_informationBoxes;
    QCheckBox *m_reproduced = nullptr;
    QPlainTextEdit *m_actionsWhy = nullptr;
    QPlainTextEdit *m_informationWhy = nullptr;
    QPlainTextEdit *m_other = nullptr;
    Runner *m_runner = nullptr;
};

} // namespace dlrepro
