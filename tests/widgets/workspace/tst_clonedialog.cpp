// The clone dialog against a real local repository over file://: progress to 100%, the entry
// scripts to pick from, another pick written to the workspace, cancel and a commit that does
// not exist leaving nothing behind.
#include "workspace/CloneDialog.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.org"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitFinished(QSignalSpy &spy)
{
    return spy.count() == 1 || spy.wait(60000);
}

} // namespace

class TestCloneDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    QString m_buggy;

private Q_SLOTS:
    void initTestCase()
    {
        m_source = m_dir.filePath(QStringLiteral("source"));
        QDir().mkpath(m_source);
        git(m_source, {QStringLiteral("init"), QStringLiteral("-q")});
        writeFile(m_source + QStringLiteral("/README.md"), "Run `python train.py --epochs 1`.\n");
        writeFile(m_source + QStringLiteral("/train.py"), "if __name__ == '__main__':\n    print('loss: nan')\n");
        writeFile(m_source + QStringLiteral("/tools/evaluate.py"), "if __name__ == '__main__':\n    print('accuracy: 0.1')\n");
        git(m_source, {QStringLiteral("add"), QStringLiteral("-A")});
        git(m_source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("buggy")});
        m_buggy = git(m_source, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        writeFile(m_source + QStringLiteral("/train.py"), "print('fixed')\n");
        git(m_source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("fix")});
        QCOMPARE(m_buggy.size(), 40);
    }

    void clonesAndPicksEntry()
    {
        CloneDialog dialog;
        const QString target = m_dir.filePath(QStringLiteral("ws"));
        dialog.setUrl(QStringLiteral("file://") + m_source);
        dialog.setCommit(m_buggy.left(8));
        dialog.setDirectory(target);
        dialog.show();
        QSignalSpy finished(&dialog, &CloneDialog::cloneFinished);
        dialog.startClone();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dialog.progressBar()->value(), 100);
        QCOMPARE(dialog.workspaceDirectory(), target);
        QCOMPARE(dialog.result().clone.commitSha, m_buggy);
        QCOMPARE(readFile(target + QStringLiteral("/project/train.py")), QByteArray("if __name__ == '__main__':\n    print('loss: nan')\n"));
        QCOMPARE(dialog.entryList()->count(), 2);
        QCOMPARE(dialog.entryList()->currentItem()->text(), QStringLiteral("train.py"));
        QCOMPARE(dialog.selectedEntry().arguments, (QStringList{QStringLiteral("--epochs"), QStringLiteral("1")}));
        dialog.grab().save(QStringLiteral("/tmp/clonedialog.png"));

        // Another pick is written to the workspace as its own commit when the dialog is accepted.
        dialog.entryList()->setCurrentRow(1);
        QCOMPARE(dialog.entryList()->currentItem()->text(), QStringLiteral("tools/evaluate.py"));
        dialog.accept();
        QVERIFY(readFile(target + QStringLiteral("/main.py")).contains("ENTRY = \"tools/evaluate.py\""));
        Workspace workspace;
        QString error;
        QVERIFY2(Workspace::open(target, &workspace, &error), qPrintable(error));
        QList<WorkspaceEntry> history;
        QVERIFY(workspace.history(&history, &error));
        QCOMPARE(history.first().commit.summary, QStringLiteral("Entry script: tools/evaluate.py"));
        bool dirty = true;
        QVERIFY(workspace.repository().isDirty(&dirty, &error));
        QVERIFY(!dirty); // the clone inside is not part of the workspace's history
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir parent;
        CloneDialog dialog;
        dialog.setUrl(QStringLiteral("file://") + m_source);
        dialog.setDirectory(parent.filePath(QStringLiteral("ws")));
        QSignalSpy finished(&dialog, &CloneDialog::cloneFinished);
        dialog.startClone();
        QVERIFY(dialog.isCloning());
        dialog.cancelClone();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog.result().clone.cancelled);
        QVERIFY(dialog.workspaceDirectory().isEmpty());
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void missingCommitIsShown()
    {
        QTemporaryDir parent;
        CloneDialog dialog;
        dialog.setUrl(QStringLiteral("file://") + m_source);
        dialog.setCommit(QStringLiteral("0123456789abcdef"));
        dialog.setDirectory(parent.filePath(QStringLiteral("ws")));
        QSignalSpy finished(&dialog, &CloneDialog::cloneFinished);
        dialog.startClone();
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("the commit 0123456789abcdef does not exist")), qPrintable(dialog.errorText()));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        dialog.grab().save(QStringLiteral("/tmp/clonedialog-error.png"));
    }

    void prefillsFromReport()
    {
        Report report;
        report.source = ReportSource::GitHub;
        report.repository = QStringLiteral("hunkim/DeepLearningZeroToAll");
        report.body.text = QStringLiteral("Broken since commit 9f8fb94.");
        CloneDialog dialog;
        dialog.setReport(report);
        const auto edits = dialog.findChildren<QLineEdit *>();
        QStringList texts;
        for (const QLineEdit *e : edits)
            texts << e->text();
        QVERIFY(texts.contains(QStringLiteral("https://github.com/hunkim/DeepLearningZeroToAll.git")));
        QVERIFY(texts.contains(QStringLiteral("9f8fb94")));
    }
};

QTEST_MAIN(TestCloneDialog)
#include "tst_clonedialog.moc"
