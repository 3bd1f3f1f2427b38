// The workspace history view on real workspaces (libgit2 repositories in temporary folders, real
// verifications with /usr/bin/python3): rows and badges, the diff of a commit, revert, branch,
// compare, refused changes, and a thousand commits read without stalling the window.
#include "workspace/CommitDiffView.h"
#include "workspace/VerdictComparisonDialog.h"
#include "workspace/WorkspaceBadges.h"
#include "workspace/WorkspaceHistoryModel.h"
#include "workspace/WorkspaceHistoryView.h"

#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dlrepro;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kMissingImports = QStringLiteral(DLREPRO_FIXTURES "/widgets/missing-imports.md");

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool waitForHistory(QSignalSpy &spy)
{
    return spy.count() >= 1 || spy.wait(20000);
}

// A view with recorders instead of dialogs.
struct View {
    WorkspaceHistoryView view;
    QStringList errors;
    QString answer; // what the name prompt answers
    int prompts = 0;
    View()
    {
        view.setErrorReporter([this](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
        view.setNamePrompter([this](const QString &) {
            ++prompts;
            return answer;
        });
        view.resize(900, 600);
    }
    bool open(const QString &dir)
    {
        QSignalSpy loaded(&view, &WorkspaceHistoryView::historyLoaded);
        return view.setWorkspace(dir) && waitForHistory(loaded);
    }
    // Waits for the read a command started.
    bool reload(QSignalSpy &loaded) { return waitForHistory(loaded); }
    QString sha(int row) const { return view.model()->entry(row).commit.sha; }
    QVariant data(int row, int column, int role = Qt::DisplayRole) const
    {
        return view.model()->index(row, column).data(role);
    }
};

} // namespace

class tst_WorkspaceHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_data();
    void rows();
    void showsTheDiffOfTheSelectedCommit();
    void revertsAnAction();
    void branchesFromACommit();
    void branchPromptCancelled();
    void comparesTwoVerdicts();
    void refusesWhatIsNotAWorkspace();
    void refusesALockedRepository();
    void refusesToBranchADirtyTree();
    void thousandCommitsOpenWithoutStalling();
    void screenshot();

private:
    // A fresh copy of the workspace built once (verifications take seconds).
    QString freshCopy();

    QTemporaryDir m_root;
    QString m_template;
    int m_copies = 0;
};

// Newest first: verify (not reproduced), the import action, verify (reproduced), the report.
enum Row { SecondVerify, ImportAction, FirstVerify, Created, RowCount };

void tst_WorkspaceHistoryView::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "the verifications run with /usr/bin/python3");
    m_template = m_root.filePath(QStringLiteral("template"));
    Workspace ws;
    QString error;
    QVERIFY2(Workspace::create(kMissingImports, m_template, &ws, &error), qPrintable(error));
    WorkspaceVerifyOptions options;
    options.request.interpreter = QStringLiteral("/usr/bin/python3");
    options.request.seeds = {0, 1};
    options.request.timeoutMs = 120000;
    options.request.forkServer = ForkServerMode::Off;
    WorkspaceVerification first, second;
    // As reported: NameError for torch.
    QVERIFY2(ws.verify(options, &first, &error), qPrintable(error));
    QCOMPARE(first.verdict.status, VerdictStatus::Reproduced);
    QVERIFY2(ws.applyAction(EditAction::ImportAddition, nullptr, &error), qPrintable(error));
    QVERIFY(ws.mainCode().contains(QLatin1String("import torch")));
    // With the imports the snippet runs through: the reported error is gone.
    QVERIFY2(ws.verify(options, &second, &error), qPrintable(error));
    QCOMPARE(second.verdict.status, VerdictStatus::NotReproduced);
}

QString tst_WorkspaceHistoryView::freshCopy()
{
    const QString dir = m_root.filePath(QStringLiteral("copy-%1").arg(++m_copies));
    return copyTree(m_template, dir) ? dir : QString();
}

void tst_WorkspaceHistoryView::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QColor>("background");
    QTest::newRow("second verify") << int(SecondVerify) << u"verify"_s << verdictStatusName(VerdictStatus::NotReproduced)
                                   << QString() << u"not_reproduced"_s << verdictBackground(VerdictStatus::NotReproduced);
    QTest::newRow("import action") << int(ImportAction) << u"action"_s << u"R"_s << editActionId(EditAction::ImportAddition)
                                   << QString() << editActionColor(EditAction::ImportAddition);
    QTest::newRow("first verify") << int(FirstVerify) << u"verify"_s << verdictStatusName(VerdictStatus::Reproduced)
                                  << QString() << u"reproduced"_s << verdictBackground(VerdictStatus::Reproduced);
    QTest::newRow("created") << int(Created) << u"create"_s << u"report"_s << QString() << QString() << QColor(0xF4, 0xF4, 0xF4);
}

void tst_WorkspaceHistoryView::rows()
{
    QFETCH(int, row);
    QFETCH(QString, step);
    QFETCH(QString, badge);
    QFETCH(QString, action);
    QFETCH(QString, verdict);
    QFETCH(QColor, background);
    View v;
    QVERIFY(v.open(freshCopy()));
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QCOMPARE(v.view.model()->rowCount(), int(RowCount));
    using M = WorkspaceHistoryModel;
    QCOMPARE(v.data(row, M::BadgeColumn, M::StepRole).toString(), step);
    QCOMPARE(v.data(row, M::BadgeColumn).toString(), badge);
    QCOMPARE(v.data(row, M::BadgeColumn, M::ActionRole).toString(), action);
    QCOMPARE(v.data(row, M::BadgeColumn, M::VerdictRole).toString(), verdict);
    QCOMPARE(v.data(row, M::BadgeColumn, M::BadgeBackgroundRole).value<QColor>(), background);
    QCOMPARE(v.data(row, M::CommitColumn).toString(), v.sha(row).left(8));
    QVERIFY(!v.data(row, M::TimeColumn).toString().isEmpty());
    QVERIFY(!v.data(row, M::SummaryColumn).toString().isEmpty());
    // The branch tip is named on the newest commit only.
    QCOMPARE(v.data(row, M::BranchColumn).toString(), row == 0 ? u"main"_s : QString());
    QCOMPARE(v.view.branchBox()->currentText(), u"main"_s);
}

void tst_WorkspaceHistoryView::showsTheDiffOfTheSelectedCommit()
{
    View v;
    QVERIFY(v.open(freshCopy()));
    QSignalSpy diff(&v.view, &WorkspaceHistoryView::diffShown);
    QVERIFY(v.view.selectCommit(v.sha(ImportAction)));
    QTRY_COMPARE_WITH_TIMEOUT(v.view.diffView()->shownSha(), v.sha(ImportAction), 10000);
    const QString patch = v.view.diffView()->patchView()->toPlainText();
    QVERIFY2(patch.contains(QLatin1String("diff --git a/main.py b/main.py")), qPrintable(patch));
    QVERIFY2(patch.contains(QLatin1String("+import torch")), qPrintable(patch));
    QVERIFY(v.view.diffView()->header()->text().contains(v.sha(ImportAction).left(8)));
    // Only one selected commit can be reverted or branched from; comparing needs two.
    QVERIFY(v.view.revertAction()->isEnabled());
    QVERIFY(v.view.branchAction()->isEnabled());
    QVERIFY(!v.view.compareAction()->isEnabled());
    QVERIFY(v.view.selectCommit(v.sha(SecondVerify)));
    QVERIFY(!v.view.revertAction()->isEnabled()); // a verification is no action to undo
}

void tst_WorkspaceHistoryView::revertsAnAction()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    const QString action = v.sha(ImportAction);
    QSignalSpy changed(&v.view, &WorkspaceHistoryView::workspaceChanged);
    QSignalSpy loaded(&v.view, &WorkspaceHistoryView::historyLoaded);
    QVERIFY(v.view.selectCommit(action));
    v.view.revertAction()->trigger();
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QCOMPARE(changed.count(), 1);
    QVERIFY(v.reload(loaded));
    using M = WorkspaceHistoryModel;
    QCOMPARE(v.view.model()->rowCount(), int(RowCount) + 1);
    QCOMPARE(v.data(0, M::BadgeColumn, M::StepRole).toString(), u"revert"_s);
    QCOMPARE(v.data(0, M::BadgeColumn).toString(), u"↶ R"_s);
    QCOMPARE(v.data(ImportAction + 1, M::BadgeColumn, M::RevertedRole).toBool(), true);
    QCOMPARE(v.data(ImportAction + 1, M::SummaryColumn, Qt::FontRole).value<QFont>().strikeOut(), true);
    QVERIFY(!readFile(dir + QStringLiteral("/main.py")).contains(QLatin1String("import torch")));
    // The new revert commit is selected, and an action already undone cannot be undone again.
    QCOMPARE(v.view.selectedShas(), QStringList{v.sha(0)});
    QVERIFY(v.view.selectCommit(action));
    QVERIFY(!v.view.revertAction()->isEnabled());
}

void tst_WorkspaceHistoryView::branchesFromACommit()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    const QString from = v.sha(FirstVerify);
    QSignalSpy changed(&v.view, &WorkspaceHistoryView::workspaceChanged);
    QSignalSpy loaded(&v.view, &WorkspaceHistoryView::historyLoaded);
    QVERIFY(v.view.selectCommit(from));
    v.answer = u"without-imports"_s;
    v.view.branchAction()->trigger(); // asks for the name
    QCOMPARE(v.prompts, 1);
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    QCOMPARE(changed.count(), 1);
    QVERIFY(v.reload(loaded));
    QCOMPARE(v.view.model()->rowCount(), 2); // the first verification and the report
    QCOMPARE(v.sha(0), from);
    QCOMPARE(v.view.branchBox()->currentText(), u"without-imports"_s);
    QCOMPARE(v.view.branchBox()->count(), 2);
    QCOMPARE(v.data(0, WorkspaceHistoryModel::BranchColumn).toString(), u"without-imports"_s);
    QVERIFY(!readFile(dir + QStringLiteral("/main.py")).contains(QLatin1String("import torch")));

    // Back to main through the branch box's API.
    loaded.clear();
    QVERIFY(v.view.switchBranch(u"main"_s));
    QVERIFY(v.reload(loaded));
    QCOMPARE(v.view.model()->rowCount(), int(RowCount));
    QCOMPARE(changed.count(), 2);
    QVERIFY(readFile(dir + QStringLiteral("/main.py")).contains(QLatin1String("import torch")));

    // A name that exists already is refused, and nothing changes.
    QVERIFY(!v.view.branchFrom(v.sha(Created), u"without-imports"_s));
    QCOMPARE(v.errors.size(), 1);
    QCOMPARE(changed.count(), 2);
}

void tst_WorkspaceHistoryView::branchPromptCancelled()
{
    View v;
    QVERIFY(v.open(freshCopy()));
    QSignalSpy changed(&v.view, &WorkspaceHistoryView::workspaceChanged);
    v.answer.clear();
    QVERIFY(!v.view.branchFrom(v.sha(Created)));
    QCOMPARE(v.prompts, 1);
    QVERIFY(v.errors.isEmpty());
    QCOMPARE(changed.count(), 0);
}

void tst_WorkspaceHistoryView::comparesTwoVerdicts()
{
    View v;
    QVERIFY(v.open(freshCopy()));
    QVERIFY(!v.view.comparisonDialog());
    // Selected together, newest first; the dialog shows the older one on the left.
    QItemSelectionModel *selection = v.view.commitList()->selectionModel();
    selection->clearSelection();
    for (int row : {SecondVerify, FirstVerify})
        selection->select(v.view.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(v.view.compareAction()->isEnabled());
    v.view.compareAction()->trigger();
    QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
    VerdictComparisonDialog *d = v.view.comparisonDialog();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    using D = VerdictComparisonDialog;
    QCOMPARE(d->comparison().a.sha, v.sha(FirstVerify));
    QCOMPARE(d->comparison().b.sha, v.sha(SecondVerify));
    QVERIFY(d->comparison().statusChanged);
    QCOMPARE(d->statusLabel(D::Older)->text(), verdictStatusName(VerdictStatus::Reproduced));
    QCOMPARE(d->statusLabel(D::Newer)->text(), verdictStatusName(VerdictStatus::NotReproduced));
    QVERIFY(!d->summaryLabel()->text().isEmpty());
    for (D::Side side : {D::Older, D::Newer}) {
        QTableWidget *seeds = d->seedTable(side);
        QCOMPARE(seeds->rowCount(), 2);
        QCOMPARE(seeds->item(0, D::SeedColumnSeed)->text(), u"0"_s);
        QCOMPARE(seeds->item(1, D::SeedColumnSeed)->text(), u"1"_s);
    }
    QVERIFY(d->seedTable(D::Older)->item(0, D::SeedColumnObserved)->text().contains(QLatin1String("NameError")));
    QVERIFY(d->metricLabel(D::Older)->text().contains(QLatin1String("2 of 2")));
    QVERIFY(d->metricLabel(D::Newer)->text().contains(QLatin1String("0 of 2")));

    // The API takes them in either order.
    QVERIFY(v.view.compareCommits(v.sha(FirstVerify), v.sha(SecondVerify)));
    QCOMPARE(d->comparison().a.sha, v.sha(FirstVerify));
    // A commit from before any verification has no verdict: said so, no error.
    QVERIFY(v.view.compareCommits(v.sha(Created), v.sha(SecondVerify)));
    QVERIFY(!d->comparison().a.present);
    QVERIFY(v.errors.isEmpty());
}

void tst_WorkspaceHistoryView::refusesWhatIsNotAWorkspace()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    QTemporaryDir plain;
    QVERIFY(!v.view.setWorkspace(plain.path()));
    QCOMPARE(v.errors.size(), 1);
    // What was shown stays.
    QCOMPARE(v.view.workspaceDirectory(), QFileInfo(dir).absoluteFilePath());
    QCOMPARE(v.view.model()->rowCount(), int(RowCount));
    QVERIFY(!v.view.setWorkspace(m_root.filePath(u"missing"_s)));
    QCOMPARE(v.errors.size(), 2);
}

void tst_WorkspaceHistoryView::refusesALockedRepository()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    const QString head = v.sha(0);
    const QString main = readFile(dir + QStringLiteral("/main.py"));
    QFile lock(dir + QStringLiteral("/.git/index.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    QSignalSpy changed(&v.view, &WorkspaceHistoryView::workspaceChanged);
    QVERIFY(!v.view.revertCommit(v.sha(ImportAction)));
    QVERIFY(!v.view.branchFrom(v.sha(Created), u"elsewhere"_s));
    QCOMPARE(v.errors.size(), 2);
    QVERIFY2(v.errors.first().contains(QLatin1String("index.lock")), qPrintable(v.errors.first()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(readFile(dir + QStringLiteral("/main.py")), main);
    GitRepository repo;
    QString error, now;
    QVERIFY(GitRepository::open(dir, &repo, &error));
    QVERIFY(repo.headSha(&now, &error));
    QCOMPARE(now, head);
    QStringList branches;
    QVERIFY(repo.branches(&branches, &error));
    QCOMPARE(branches, QStringList{u"main"_s});
}

void tst_WorkspaceHistoryView::refusesToBranchADirtyTree()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    QFile main(dir + QStringLiteral("/main.py"));
    QVERIFY(main.open(QIODevice::Append));
    main.write("print('a manual edit')\n");
    main.close();
    QVERIFY(!v.view.branchFrom(v.sha(Created), u"elsewhere"_s));
    QCOMPARE(v.errors.size(), 1);
    QVERIFY(readFile(dir + QStringLiteral("/main.py")).contains(QLatin1String("a manual edit")));
    GitRepository repo;
    QString error;
    QStringList branches;
    QVERIFY(GitRepository::open(dir, &repo, &error));
    QVERIFY(repo.branches(&branches, &error));
    QCOMPARE(branches, QStringList{u"main"_s});
}

void tst_WorkspaceHistoryView::thousandCommitsOpenWithoutStalling()
{
    constexpr int kCommits = 1000;
    const QString dir = m_root.filePath(u"long"_s);
    {
        Workspace ws;
        QString error;
        QVERIFY2(Workspace::create(kMissingImports, dir, &ws, &error), qPrintable(error));
        const QList<EditAction> actions = allEditActions();
        for (int i = 1; i < kCommits; ++i) {
            const EditAction a = actions.at(i % actions.size());
            QVERIFY2(ws.repository().commitAll(QStringLiteral("%1: step %2").arg(editActionName(a)).arg(i),
                                               {{u"Workspace-Step"_s, u"action"_s}, {u"Edit-Action"_s, QString(editActionLetter(a))}},
                                               nullptr, &error, true),
                     qPrintable(error));
        }
    }
    View v;
    v.view.show();
    // The longest gap between ticks of a 5 ms timer while the history is read: the window's
    // responsiveness.
    QElapsedTimer clock, sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    QSignalSpy loaded(&v.view, &WorkspaceHistoryView::historyLoaded);
    clock.start();
    sinceTick.start();
    ticker.start();
    QVERIFY(v.view.setWorkspace(dir));
    const qint64 openMs = clock.elapsed();
    QVERIFY(v.reload(loaded));
    const qint64 shownMs = clock.elapsed();
    QCoreApplication::processEvents();
    ticker.stop();
    qInfo("%d commits: setWorkspace %lld ms, history shown after %lld ms, longest event-loop gap %lld ms", kCommits,
          openMs, shownMs, longestGap);
    QCOMPARE(loaded.first().first().toInt(), kCommits);
    QCOMPARE(v.view.model()->totalCount(), kCommits);
    // Rows arrive in batches, the rest as the list is scrolled.
    QVERIFY(v.view.model()->rowCount() >= WorkspaceHistoryModel::kBatchSize);
    QVERIFY(v.view.model()->rowCount() < kCommits);
    QVERIFY(v.view.model()->canFetchMore({}));
    // The oldest commit is reached by loading the rest.
    QVERIFY(v.view.selectCommit(v.view.model()->entry(kCommits - 1).commit.sha));
    QCOMPARE(v.view.model()->rowCount(), kCommits);
    QCOMPARE(v.data(kCommits - 1, WorkspaceHistoryModel::BadgeColumn, WorkspaceHistoryModel::StepRole).toString(), u"create"_s);
    // Generous bounds for a shared two-core machine: the read itself is off the UI thread.
    QVERIFY2(openMs < 1000, qPrintable(QString::number(openMs)));
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
}

void tst_WorkspaceHistoryView::screenshot()
{
    View v;
    const QString dir = freshCopy();
    QVERIFY(v.open(dir));
    QSignalSpy loaded(&v.view, &WorkspaceHistoryView::historyLoaded);
    QVERIFY(v.view.revertCommit(v.sha(ImportAction)));
    QVERIFY(v.reload(loaded));
    v.view.show();
    QVERIFY(v.view.selectCommit(v.sha(0)));
    QTRY_COMPARE_WITH_TIMEOUT(v.view.diffView()->shownSha(), v.sha(0), 10000);
    QVERIFY(v.view.grab().save(QStringLiteral("/tmp/ws-history.png")));
    QVERIFY(v.view.compareCommits(v.sha(FirstVerify + 1), v.sha(SecondVerify + 1)));
    QVERIFY(v.view.comparisonDialog()->grab().save(QStringLiteral("/tmp/ws-compare.png")));
}

QTEST_MAIN(tst_WorkspaceHistoryView)
#include "tst_workspacehistoryview.moc"
