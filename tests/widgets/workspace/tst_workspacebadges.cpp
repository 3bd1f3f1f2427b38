// The pills of the history list: an edit action takes the colour of the information it supplies
// (the report highlights' colours), a verification the verdict pane's colours, a revert names
// the action it undoes.
#include "workspace/WorkspaceBadges.h"

#include "CategoryStyle.h"

#include <QTest>

using namespace dlrepro;
using namespace Qt::Literals::StringLiterals;

class tst_WorkspaceBadges : public QObject
{
    Q_OBJECT

private slots:
    void actionCategory_data();
    void actionCategory();
    void entryBadge_data();
    void entryBadge();
};

void tst_WorkspaceBadges::actionCategory_data()
{
    QTest::addColumn<EditAction>("action");
    QTest::addColumn<InformationCategory>("category");
    QTest::newRow("D") << EditAction::InputDataGeneration << InformationCategory::Data;
    QTest::newRow("N") << EditAction::NeuralNetworkConstruction << InformationCategory::Model;
    QTest::newRow("H") << EditAction::HyperparameterInitialization << InformationCategory::Hyperparameters;
    QTest::newRow("R") << EditAction::ImportAddition << InformationCategory::CodeSnippet;
    QTest::newRow("L") << EditAction::Logging << InformationCategory::Logs;
    QTest::newRow("O") << EditAction::ObsoleteParameterRemoval << InformationCategory::CodeSnippet;
    QTest::newRow("C") << EditAction::CompilerErrorResolution << InformationCategory::CodeSnippet;
    QTest::newRow("P") << EditAction::DatasetProcurement << InformationCategory::Data;
    QTest::newRow("M") << EditAction::DownloadingModels << InformationCategory::Model;
    QTest::newRow("V") << EditAction::VersionMigration << InformationCategory::CodeSnippet;
}

void tst_WorkspaceBadges::actionCategory()
{
    QFETCH(EditAction, action);
    QFETCH(InformationCategory, category);
    QCOMPARE(editActionCategory(action), category);
    QCOMPARE(editActionColor(action), categoryColor(category));
}

void tst_WorkspaceBadges::entryBadge_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("action");  // -1: none
    QTest::addColumn<int>("verdict"); // -1: none
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("background");
    const QColor pale(0xF4, 0xF4, 0xF4);
    const QColor neutral(0xE0, 0xE0, 0xE0);
    QTest::newRow("action") << int(WorkspaceStep::Action) << int(EditAction::Logging) << -1 << u"L"_s
                            << categoryColor(InformationCategory::Logs);
    QTest::newRow("reproduced") << int(WorkspaceStep::Verify) << -1 << int(VerdictStatus::Reproduced)
                                << verdictStatusName(VerdictStatus::Reproduced) << QColor(0x2E, 0x7D, 0x32);
    QTest::newRow("intermittent") << int(WorkspaceStep::Verify) << -1 << int(VerdictStatus::Intermittent)
                                  << verdictStatusName(VerdictStatus::Intermittent) << QColor(0xF9, 0xA8, 0x25);
    QTest::newRow("verify without verdict") << int(WorkspaceStep::Verify) << -1 << -1 << u"verify"_s << neutral;
    QTest::newRow("revert of an action") << int(WorkspaceStep::Revert) << int(EditAction::InputDataGeneration) << -1
                                         << u"↶ D"_s << neutral;
    QTest::newRow("revert") << int(WorkspaceStep::Revert) << -1 << -1 << u"↶ revert"_s << neutral;
    QTest::newRow("create") << int(WorkspaceStep::Create) << -1 << -1 << u"report"_s << pale;
    QTest::newRow("checkpoint") << int(WorkspaceStep::Checkpoint) << -1 << -1 << u"edit"_s << pale;
    QTest::newRow("other") << int(WorkspaceStep::Other) << -1 << -1 << u"commit"_s << pale;
}

void tst_WorkspaceBadges::entryBadge()
{
    QFETCH(int, step);
    QFETCH(int, action);
    QFETCH(int, verdict);
    QFETCH(QString, text);
    QFETCH(QColor, background);
    WorkspaceEntry e;
    e.step = WorkspaceStep(step);
    if (action >= 0)
        e.action = EditAction(action);
    if (verdict >= 0)
        e.verdict = VerdictStatus(verdict);
    const HistoryBadge badge = historyBadge(e);
    QCOMPARE(badge.text, text);
    QCOMPARE(badge.background, background);
    QVERIFY(!badge.toolTip.isEmpty());
    // Text and pill differ enough to be read.
    QVERIFY(qAbs(badge.foreground.lightness() - badge.background.lightness()) > 80);
}

QTEST_MAIN(tst_WorkspaceBadges)
#include "tst_workspacebadges.moc"
