// The workbench flow: open a report → hints, facts and snippet; edit the snippet; verify with
// /usr/bin/python3 (python3-torch) → badge and per-seed table; cancel a long run; sessions.
#include "ActionChecklist.h"
#include "ClassificationPanel.h"
#include "CodeEditor.h"
#include "CodePane.h"
#include "DiffPreviewDialog.h"
#include "EnvironmentPanel.h"
#include "FactListView.h"
#include "FactModel.h"
#include "HintsPanel.h"
#include "MainWindow.h"
#include "dynamics/DynamicsView.h"
#include "MetricChart.h"
#include "ReportView.h"
#include "RunPanel.h"
#include "Session.h"
#include "SnippetAssembly.h"
#include "SyntaxChecker.h"
#include "VerdictPanel.h"

#include "edit/EditActionEngine.h"
#include "hints/Hints.h"
#include "import/ReportImport.h"
#include "verify/Expectation.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {
const QString kShapeReport = QStringLiteral(DLREPRO_FIXTURES "/verify/shape-mismatch.md");
const QString kSilentReport = QStringLiteral(DLREPRO_FIXTURES "/widgets/silent-accuracy.md");
const QString kPython = QStringLiteral("/usr/bin/python3");
constexpr int kRunWaitMs = 240000;

Inspection inspected(const QString &path)
{
    const ImportResult r = importReportFile(path);
    return r.ok() && !r.reports.isEmpty() ? inspectReport(r.reports.first()) : Inspection();
}

bool torchAvailable()
{
    return QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/torch/__init__.py"));
}

struct Window {
    MainWindow w;
    QStringList errors;
    QList<QPair<QString, QString>> reviewed; // (title, new code)
    bool accept = true;
    Window()
    {
        w.setErrorReporter([this](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
        w.codePane()->setChangeReviewer([this](const QString &title, const QString &, const QString &code) {
            reviewed << qMakePair(title, code);
            return accept;
        });
        w.runPanel()->setInterpreter(kPython);
    }
};

// Runs Verify and waits for the verdict.
bool verify(Window &win, int seeds)
{
    win.w.runPanel()->setSeedCount(seeds);
    QSignalSpy verdict(win.w.runPanel(), &RunPanel::verdictReady);
    win.w.runPanel()->verifyButton()->click();
    return verdict.count() == 1 || verdict.wait(kRunWaitMs); // it may have come already
}
} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    }

    void opensReportWithHintsFactsAndCode()
    {
        const Inspection expected = inspected(kShapeReport);
        const Hints hints = buildHints(expected, Rulebook::published());
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        QVERIFY(win.errors.isEmpty());

        // Facts.
        QCOMPARE(win.w.factList()->factModel()->rowCount(), int(expected.facts.size()));
        // Hints: three information items with badges, five actions as buttons, rules source.
        HintsPanel *panel = win.w.hintsPanel();
        QVERIFY(panel->hasHints());
        QCOMPARE(panel->hints().bugType, hints.bugType);
        QCOMPARE(panel->informationBadges().size(), hints.information.size());
        QCOMPARE(hints.actions.size(), 5);
        QCOMPARE(panel->actionButtons().size(), 5);
        for (int i = 0; i < hints.information.size(); ++i)
            QCOMPARE(panel->informationBadges().at(i)->text(),
                     hints.information.at(i).present ? QStringLiteral("present") : QStringLiteral("missing"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(panel->actionButtons().at(i)->text().contains(hints.actions.at(i).name));
        QVERIFY(panel->rulesLabel()->text().contains(hints.rulesSource.toHtmlEscaped()));
        // The focus statement is marked in the report.
        QCOMPARE(win.w.reportView()->focusSpan(), hints.focusSpan);
        QCOMPARE(panel->followUpText(), hints.followUpComment());

        // The snippet: the code block only, not the traceback.
        const QString code = win.w.codePane()->code();
        QCOMPARE(code, assembleSnippet(expected.report, defaultSnippetBlocks(expected.report)));
        QVERIFY(code.startsWith(QStringLiteral("import torch\nimport torch.nn as nn\n")));
        QVERIFY(!code.contains(QStringLiteral("Traceback")));
        QCOMPARE(win.w.codePane()->chosenBlocks(), QList<int>{0});
        // The expectation from the report.
        QCOMPARE(win.w.runPanel()->expectedField()->text(),
                 QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"));
    }

    void bugTypeOverrideUpdatesHints_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("model") << int(BugType::Model);
        QTest::newRow("training") << int(BugType::Training);
        QTest::newRow("gpu") << int(BugType::Gpu);
    }
    void bugTypeOverrideUpdatesHints()
    {
        QFETCH(int, type);
        Inspection expected = inspected(kShapeReport);
        overrideBugType(expected, BugType(type));
        const Hints hints = buildHints(expected, Rulebook::published());
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        QComboBox *box = win.w.classificationPanel()->overrideBox();
        box->setCurrentIndex(box->findData(type));
        QCOMPARE(win.w.hintsPanel()->hints().bugType, BugType(type));
        QCOMPARE(win.w.hintsPanel()->actionButtons().size(), hints.actions.size());
        for (int i = 0; i < hints.actions.size(); ++i)
            QVERIFY(win.w.hintsPanel()->actionButtons().at(i)->text().contains(hints.actions.at(i).name));
        box->setCurrentIndex(0); // back to the classifier's type
        QCOMPARE(win.w.hintsPanel()->hints().bugType, inspected(kShapeReport).bugType.type);
    }

    void editActionButtonsDriveTheEngine()
    {
        Window win;
        QList<Proposal> proposals;
        win.w.codePane()->setProposalReviewer([&proposals](const Proposal &p) {
            proposals << p;
            return false;
        });
        QVERIFY(win.w.openReport(kShapeReport));
        const QString before = win.w.codePane()->code();
        const QList<HintItem> actions = win.w.hintsPanel()->hints().actions;
        for (int i = 0; i < actions.size(); ++i) {
            const EditAction a = actions.at(i).item.editAction();
            Proposal expected;
            QVERIFY(proposeEdit(a, before, win.w.inspection()->facts, &win.w.inspection()->report, &expected));
            const qsizetype reviewedBefore = proposals.size();
            win.w.hintsPanel()->actionButtons().at(i)->click();
            if (expected.hasChanges()) {
                QCOMPARE(proposals.size(), reviewedBefore + 1);
                QCOMPARE(proposals.last().action, a);
                QCOMPARE(proposals.last().newCode, expected.newCode);
            } else {
                QCOMPARE(proposals.size(), reviewedBefore);
                QVERIFY(win.w.statusBar()->currentMessage().contains(expected.nothingToDo));
            }
            QCOMPARE(win.w.codePane()->code(), before); // every proposal rejected
        }
        QVERIFY(win.reviewed.isEmpty()); // the checklist path is only for unregistered actions
    }

    void checklistKeepsShebangFirst()
    {
        QCOMPARE(insertChecklist(QStringLiteral("#!/usr/bin/env python\nprint(1)\n"), QStringLiteral("# TODO x:\n")),
                 QStringLiteral("#!/usr/bin/env python\n# TODO x:\n\nprint(1)\n"));
        QCOMPARE(insertChecklist(QString(), QStringLiteral("# TODO x:\n")), QStringLiteral("# TODO x:\n"));
    }

    void chosenBlocksRebuildTheSnippet()
    {
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        const Report &report = win.w.inspection()->report;
        QCOMPARE(report.body.codeBlocks.size(), 2);
        win.w.codePane()->setChosenBlocks({0, 1});
        QVERIFY(win.w.codePane()->code().contains(QStringLiteral("Traceback (most recent call last)")));
        win.w.codePane()->setChosenBlocks({});
        QCOMPARE(win.w.codePane()->code(), QString());
    }

    void findAndReplace()
    {
        CodePane pane;
        pane.setCode(QStringLiteral("x = 1\ny = x + x\n"));
        pane.showFindBar(true);
        pane.findField()->setText(QStringLiteral("x"));
        pane.replaceField()->setText(QStringLiteral("value"));
        QVERIFY(pane.findNext());
        QCOMPARE(pane.replaceAll(), 3);
        QCOMPARE(pane.code(), QStringLiteral("value = 1\ny = value + value\n"));
        pane.findField()->setText(QStringLiteral("absent"));
        QVERIFY(!pane.findNext());
    }

    void diffLines_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QList<int>>("removed");
        QTest::addColumn<QList<int>>("added");
        QTest::newRow("same") << "a\nb" << "a\nb" << QList<int>{} << QList<int>{};
        QTest::newRow("insert first") << "a\nb" << "x\na\nb" << QList<int>{} << QList<int>{0};
        QTest::newRow("change middle") << "a\nb\nc" << "a\nB\nc" << QList<int>{1} << QList<int>{1};
        QTest::newRow("delete last") << "a\nb\nc" << "a\nb" << QList<int>{2} << QList<int>{};
        QTest::newRow("interleaved") << "a\nb\nc\nd" << "a\nx\nc\ny\nd" << QList<int>{1} << QList<int>{1, 3};
    }
    void diffLines()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QList<int>, removed);
        QFETCH(QList<int>, added);
        const LineChanges c = dlrepro::diffLines(oldText, newText);
        QCOMPARE(c.removed, removed);
        QCOMPARE(c.added, added);
        DiffPreviewDialog dialog(QStringLiteral("t"), oldText, newText);
        QCOMPARE(dialog.newEditor()->text(), newText);
    }

    void versionMismatches_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<int>("count");
        QTest::newRow("older torch") << "1.4" << 1;
        QTest::newRow("same minor") << "1.13" << 0;
        QTest::newRow("same major") << "1" << 0;
        QTest::newRow("newer") << "2.1.0" << 1;
    }
    void versionMismatches()
    {
        QFETCH(QString, reported);
        QFETCH(int, count);
        PythonEnvironment env;
        env.interpreter = kPython;
        env.probed = true;
        env.pythonVersion = QStringLiteral("3.11.2");
        env.packages.insert(QStringLiteral("torch"), QStringLiteral("1.13.0a0+git"));
        Fact f;
        f.kind = FactKind::FrameworkVersion;
        f.name = QStringLiteral("pytorch");
        f.value = reported;
        const QList<VersionMismatch> m = dlrepro::versionMismatches({f}, env);
        QCOMPARE(m.size(), count);
        EnvironmentPanel panel;
        panel.setEnvironment(env);
        panel.setReportFacts({f});
        QCOMPARE(panel.warningLabel()->isHidden(), count == 0);
        if (count)
            QCOMPARE(m.first().local, QStringLiteral("1.13.0a0+git"));
    }

    void syntaxErrorIsMarked()
    {
        CodePane pane;
        pane.setCode(QStringLiteral("import os\ndef f(:\n    pass\n"));
        QSignalSpy checked(pane.syntaxChecker(), &SyntaxChecker::checked);
        pane.setInterpreter(kPython);
        pane.checkSyntaxNow();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().at(0).toInt(), 2);
        QCOMPARE(pane.editor()->syntaxErrorLine(), 2);
        QVERIFY(pane.editor()->syntaxErrorMessage().startsWith(QStringLiteral("SyntaxError")));
        pane.setCode(QStringLiteral("x = 1\n"));
        pane.checkSyntaxNow();
        QVERIFY(checked.wait(20000));
        QCOMPARE(pane.editor()->syntaxErrorLine(), 0);
    }

    void verifyReproducesTheReportedError()
    {
        if (!torchAvailable())
            QSKIP("python3-torch is not installed for /usr/bin/python3");
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        QVERIFY(verify(win, 2));
        VerdictPanel *v = win.w.verdictPanel();
        QVERIFY(v->hasVerdict());
        QCOMPARE(v->verdict().status, VerdictStatus::Reproduced);
        QCOMPARE(v->badge()->text(), QStringLiteral("Reproduced"));
        QCOMPARE(v->seedTable()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(v->seedTable()->item(row, VerdictPanel::SeedColumn)->text(), QString::number(row));
            QCOMPARE(v->seedTable()->item(row, VerdictPanel::StatusColumn)->text(), QStringLiteral("exception"));
            QCOMPARE(v->seedTable()->item(row, VerdictPanel::ResultColumn)->text(), matchLevelName(MatchLevel::Exact));
            QVERIFY(v->seedTable()->item(row, VerdictPanel::ObservedColumn)->text().startsWith(QStringLiteral("RuntimeError: mat1 and mat2")));
        }
        QVERIFY(!v->errorComparison()->isHidden());
        QCOMPARE(v->reportedError()->toPlainText(),
                 QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"));
        QVERIFY(v->matchLabel()->text().contains(matchLevelName(MatchLevel::Exact)));
        QCOMPARE(win.w.bottomTabs()->currentWidget(), v);
        // The exception's line in the snippet is marked; the consoles hold each seed's output.
        QCOMPARE(win.w.codePane()->editor()->exceptionLine(), 6);
        QCOMPARE(win.w.runPanel()->consoles()->count(), 2);
        QVERIFY(win.w.runPanel()->console(1)->toPlainText().contains(QStringLiteral("RuntimeError")));
        QVERIFY(win.w.runPanel()->verifyButton()->isEnabled());
        QVERIFY(win.errors.isEmpty());
    }

    void verifyAfterAFixIsNotReproduced()
    {
        if (!torchAvailable())
            QSKIP("python3-torch is not installed for /usr/bin/python3");
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        QString code = win.w.codePane()->code();
        code.replace(QStringLiteral("28 * 28 * 2"), QStringLiteral("28 * 28"));
        win.w.codePane()->setCode(code);
        QVERIFY(verify(win, 2));
        QCOMPARE(win.w.verdictPanel()->verdict().status, VerdictStatus::NotReproduced);
        QCOMPARE(win.w.verdictPanel()->verdict().reasonId, QStringLiteral("no_error"));
        QCOMPARE(win.w.verdictPanel()->badge()->text(), QStringLiteral("Not reproduced"));
        QCOMPARE(win.w.verdictPanel()->seedTable()->item(0, VerdictPanel::StatusColumn)->text(), QStringLiteral("finished"));
        QCOMPARE(win.w.codePane()->editor()->exceptionLine(), 0);
    }

    void verifyASilentBugChartsTheMetric()
    {
        Window win;
        QVERIFY(win.w.openReport(kSilentReport));
        win.w.codePane()->setCode(QStringLiteral("print('accuracy=0.5')\n"));
        win.w.runPanel()->expectedField()->setText(QStringLiteral("accuracy=50%"));
        win.w.runPanel()->setTolerance(0.05);
        QVERIFY(verify(win, 3));
        const Verdict &v = win.w.verdictPanel()->verdict();
        QCOMPARE(v.status, VerdictStatus::Reproduced);
        QCOMPARE(v.reasonId, QStringLiteral("metric_within"));
        QVERIFY(win.w.verdictPanel()->errorComparison()->isHidden());
        MetricChart *chart = win.w.verdictPanel()->chart();
        QVERIFY(!chart->isHidden());
        QCOMPARE(chart->points().size(), 3);
        for (const MetricChart::Point &p : chart->points())
            QCOMPARE(p.value, 50.0);
        QVERIFY(chart->yMin() < 47.5 && chart->yMax() > 52.5); // the band is in view
        QCOMPARE(win.w.verdictPanel()->seedTable()->item(2, VerdictPanel::ResultColumn)->text(), QStringLiteral("50%"));
    }

    void badInputGivesADialogNotARun()
    {
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        win.w.runPanel()->expectedField()->setText(QStringLiteral("accuracy=lots"));
        QVERIFY(!win.w.runPanel()->start(true));
        QCOMPARE(win.errors.size(), 1);
        QVERIFY(win.errors.first().startsWith(QStringLiteral("Cannot verify")));
        win.w.codePane()->setCode(QString());
        QVERIFY(!win.w.runPanel()->start(false));
        QVERIFY(win.errors.last().contains(QStringLiteral("snippet is empty")));
        QVERIFY(!win.w.runPanel()->isRunning());
    }

    // Dynamics ticked: the run saves its layers' tensors, the Dynamics tab reads them through the
    // helper and lists the symptom the script provokes (a deep sigmoid stack: vanishing gradients).
    void dynamicsTabShowsTheSymptom()
    {
#ifndef DLREPRO_TENSOR_HELPER
        QSKIP("dlrepro-tensor is not built");
#else
        if (!torchAvailable())
            QSKIP("no torch for /usr/bin/python3");
        qputenv("DLREPRO_TENSOR", DLREPRO_TENSOR_HELPER);
        QFile script(QStringLiteral(DLREPRO_FIXTURES "/dynamics/vanishing.py"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        win.w.codePane()->setCode(QString::fromUtf8(script.readAll()));
        win.w.runPanel()->setSeedCount(1);
        win.w.runPanel()->setRecordDynamics(true);
        QSignalSpy finished(win.w.runPanel(), &RunPanel::runFinished);
        win.w.runPanel()->runButton()->click();
        QVERIFY(finished.count() == 1 || finished.wait(kRunWaitMs));
        QVERIFY(!win.w.runPanel()->lastOutputDirectory().isEmpty());
        QListWidget *symptoms = win.w.dynamicsView()->symptomList();
        const auto listed = [symptoms] {
            QStringList texts;
            for (int i = 0; i < symptoms->count(); ++i)
                texts << symptoms->item(i)->text();
            return texts.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(listed().contains(QStringLiteral("vanishing"), Qt::CaseInsensitive),
                                  qPrintable(listed() + QStringLiteral(" / ") + win.w.runPanel()->console(0)->toPlainText().right(500)),
                                  120000);
        QVERIFY2(win.errors.isEmpty(), qPrintable(win.errors.join(QLatin1Char('\n'))));
#endif
    }

    void cancelALongRunRecovers()
    {
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        win.w.codePane()->setCode(QStringLiteral("import time\nprint('started', flush=True)\ntime.sleep(120)\n"));
        win.w.runPanel()->setSeedCount(3);
        QSignalSpy started(win.w.runPanel(), &RunPanel::runStarted);
        QSignalSpy finished(win.w.runPanel(), &RunPanel::runFinished);
        win.w.runPanel()->runButton()->click();
        QCOMPARE(started.count(), 1);
        QVERIFY(win.w.runPanel()->isRunning());
        QVERIFY(!win.w.runPanel()->runButton()->isEnabled());
        QVERIFY(win.w.runPanel()->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(win.w.runPanel()->console(0)->toPlainText().contains(QStringLiteral("started")), 30000);
        QElapsedTimer timer;
        timer.start();
        win.w.runPanel()->cancelButton()->click();
        QVERIFY(finished.count() == 1 || finished.wait(15000)); // a cancel may finish at once
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY(!win.w.runPanel()->isRunning());
        QVERIFY(win.w.runPanel()->runButton()->isEnabled());
        QVERIFY(win.w.runPanel()->verifyButton()->isEnabled());
        QVERIFY(!win.w.runPanel()->cancelButton()->isEnabled());
        QCOMPARE(win.w.runPanel()->progressBar()->format(), QStringLiteral("cancelled"));
        for (const RunResult &r : win.w.runPanel()->lastResults())
            QCOMPARE(r.status, RunStatus::Cancelled);
        // And it runs again.
        win.w.codePane()->setCode(QStringLiteral("print('again')\n"));
        win.w.runPanel()->setSeedCount(1);
        win.w.runPanel()->runButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(win.w.runPanel()->lastResults().first().status, RunStatus::Finished);
    }

    void closingDuringARunAsksAndKills()
    {
        auto win = std::make_unique<Window>();
        QVERIFY(win->w.openReport(kShapeReport));
        win->w.codePane()->setCode(QStringLiteral("import time\ntime.sleep(120)\n"));
        win->w.runPanel()->setSeedCount(1);
        int asked = 0;
        bool answer = false;
        win->w.setCloseConfirmer([&] { ++asked; return answer; });
        win->w.show();
        QVERIFY(win->w.runPanel()->start(false));
        QVERIFY(!win->w.close()); // "no": keeps running
        QCOMPARE(asked, 1);
        QVERIFY(win->w.runPanel()->isRunning());
        answer = true;
        QVERIFY(win->w.close());
        QCOMPARE(asked, 2);
        QVERIFY(!win->w.runPanel()->isRunning());
        QCOMPARE(win->w.runPanel()->lastResults().first().status, RunStatus::Cancelled);
    }

    void sessionRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.dlrepro"));
        QString code;
        {
            Window win;
            QVERIFY(win.w.openReport(kSilentReport));
            win.w.codePane()->setCode(QStringLiteral("print('accuracy=0.5')\n"));
            win.w.runPanel()->expectedField()->setText(QStringLiteral("accuracy=50%"));
            QVERIFY(verify(win, 2));
            QCOMPARE(win.w.verdictPanel()->verdict().status, VerdictStatus::Reproduced);
            QComboBox *box = win.w.classificationPanel()->overrideBox();
            box->setCurrentIndex(box->findData(int(BugType::Model)));
            win.w.runPanel()->expectedField()->setText(QStringLiteral("accuracy=90%"));
            code = win.w.codePane()->code();
            QVERIFY(win.w.saveSession(path));
        }
        Window win;
        QVERIFY(win.w.openSession(path));
        QVERIFY(win.errors.isEmpty());
        QCOMPARE(win.w.codePane()->code(), code);
        QCOMPARE(win.w.hintsPanel()->hints().bugType, BugType::Model);
        QCOMPARE(win.w.runPanel()->expectedField()->text(), QStringLiteral("accuracy=90%"));
        QCOMPARE(win.w.runPanel()->seedCount(), 2);
        // The verdict comes back from the saved runs and what they were verified against.
        QCOMPARE(win.w.verdictPanel()->verdict().status, VerdictStatus::Reproduced);
        QCOMPARE(win.w.verdictPanel()->seedTable()->rowCount(), 2);
    }

    void brokenSessionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("foreign") << QByteArray("{\"a\":1}") << "not a dlrepro session";
        QTest::newRow("future") << QByteArray("{\"format\":\"dlrepro-session\",\"version\":9}") << "session version 9";
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe{\"format\"") << "not JSON";
    }
    void brokenSessionsAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        Session s;
        QString why;
        QVERIFY(!Session::fromJson(data, &s, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.dlrepro"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        Window win;
        QVERIFY(!win.w.openSession(path));
        QCOMPARE(win.errors.size(), 1);
        QVERIFY(win.errors.first().contains(error));
    }

    void autosaveWritesASession()
    {
        Window win;
        QVERIFY(!win.w.autosaveNow()); // nothing to save yet
        QVERIFY(win.w.openReport(kShapeReport));
        QVERIFY(win.w.autosaveNow());
        Session s;
        QString why;
        QVERIFY2(Session::load(win.w.autosavePath(), &s, &why), qPrintable(why));
        QCOMPARE(s.code, win.w.codePane()->code());
        QVERIFY(win.w.close());
        QVERIFY(!QFileInfo::exists(win.w.autosavePath())); // a clean close removes it
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
