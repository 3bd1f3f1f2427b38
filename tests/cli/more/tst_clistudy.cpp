// dlrepro-cli study, run as a user would: create, enrol, a session driven through the core API in
// between, analyse in every format with plots, responses, export-session and merge (twice: no
// duplicates), withdraw; bad input gets exit code 2 and a message naming it.
#include "CliRun.h"

#include "../../core/study/StudyFixture.h"

#include "study/StudyClock.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"
#include "verify/Verdict.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clitest::runCli;
using namespace dlrepro;

class TestCliStudy : public QObject
{
    Q_OBJECT
private slots:
    void wholeFlow();
    void badInput_data();
    void badInput();
};

namespace {

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

} // namespace

void TestCliStudy::wholeFlow()
{
    QTemporaryDir dir;
    const QString design = studytest::writeDesign(dir.path());
    const QString db = dir.filePath(QStringLiteral("study.sqlite"));
    auto r = runCli({QStringLiteral("study"), QStringLiteral("create"), db, QStringLiteral("--design"), design});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("8 bugs, 4 sets")));

    const QString answers = writeFile(dir.filePath(QStringLiteral("a.json")),
        R"({"dlExperience":"1-5","bugFixExperience":"<1","occupation":"researcher","frameworks":["pytorch"],"challenges":"no tools"})");
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        r = runCli({QStringLiteral("study"), QStringLiteral("enrol"), db, QStringLiteral("--answers"), answers, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        ids << o.value(QStringLiteral("participant")).toString();
        QVERIFY(ids.last().startsWith(QLatin1String("P-")));
    }

    // The first participant does both bugs: 600 s each, the first reproduced.
    {
        QString error;
        auto store = StudyStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        FakeStudyClock clock;
        auto s = StudySession::open(*store, ids.at(0), clock, &error);
        QVERIFY(s);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(s->show(&error));
            clock.advanceSeconds(600);
            Verdict v;
            v.status = i == 0 ? VerdictStatus::Reproduced : VerdictStatus::NotReproduced;
            QVERIFY(s->recordVerdict(v, &error));
            BugAnswers a;
            a.editActions = {EditAction::Logging};
            a.information = {InformationCategory::Logs};
            QVERIFY(s->submit(a, &error));
        }
    }

    r = runCli({QStringLiteral("study"), QStringLiteral("analyse"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--table"), QStringLiteral("rates")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String(",50.00,")), qPrintable(r.out));
    r = runCli({QStringLiteral("study"), QStringLiteral("analyse"), db, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--plots"), dir.filePath(QStringLiteral("plots"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject analysis = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(analysis.value(QStringLiteral("schema")).toString(), QStringLiteral("dlrepro.study-analysis/1"));
    QCOMPARE(analysis.value(QStringLiteral("participants")).toInt(), 2);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("plots/success.svg"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("plots/time.svg"))));
    for (const QString fmt : {QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("latex")}) {
        r = runCli({QStringLiteral("study"), QStringLiteral("analyse"), db, QStringLiteral("--format"), fmt});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("600")), qPrintable(r.out));
    }

    r = runCli({QStringLiteral("study"), QStringLiteral("responses"), db, QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("ParticipantId,Group,Set,Q1_DLExperience")));
    QCOMPARE(r.out.count(QLatin1String("\r\n")), 3);

    // Export on this machine, merge into a second study of the same design, twice.
    const QString session = dir.filePath(QStringLiteral("session.json"));
    r = runCli({QStringLiteral("study"), QStringLiteral("export-session"), db, ids.at(0), QStringLiteral("--out"), session});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString main = dir.filePath(QStringLiteral("main.sqlite"));
    QCOMPARE(runCli({QStringLiteral("study"), QStringLiteral("create"), main, QStringLiteral("--design"), design}).exitCode, 0);
    r = runCli({QStringLiteral("study"), QStringLiteral("merge"), main, session, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("eventsAdded")).toInt(), 6);
    r = runCli({QStringLiteral("study"), QStringLiteral("merge"), main, session, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("eventsAdded")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("eventsAlreadyPresent")).toInt(), 6);

    r = runCli({QStringLiteral("study"), QStringLiteral("withdraw"), db, ids.at(0)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("study"), QStringLiteral("withdraw"), db, ids.at(0)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(ids.at(0)));
    r = runCli({QStringLiteral("study"), QStringLiteral("analyse"), db, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("participants")).toInt(), 1);
}

void TestCliStudy::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{QStringLiteral("study")} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("study"), QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("create without design") << QStringList{QStringLiteral("study"), QStringLiteral("create"), QStringLiteral("@DIR@/x.sqlite")} << QStringLiteral("--design");
    QTest::newRow("missing design file") << QStringList{QStringLiteral("study"), QStringLiteral("create"), QStringLiteral("@DIR@/x.sqlite"), QStringLiteral("--design"), QStringLiteral("@DIR@/none.json")} << QStringLiteral("none.json");
    QTest::newRow("bad design") << QStringList{QStringLiteral("study"), QStringLiteral("create"), QStringLiteral("@DIR@/x.sqlite"), QStringLiteral("--design"), QStringLiteral("@DIR@/bad.json")} << QStringLiteral("bugs");
    QTest::newRow("no database") << QStringList{QStringLiteral("study"), QStringLiteral("analyse"), QStringLiteral("@DIR@/none.sqlite")} << QStringLiteral("none.sqlite");
    QTest::newRow("bad format") << QStringList{QStringLiteral("study"), QStringLiteral("analyse"), QStringLiteral("@DIR@/x.sqlite"), QStringLiteral("--format"), QStringLiteral("pdf")} << QStringLiteral("pdf");
    QTest::newRow("bad formula") << QStringList{QStringLiteral("study"), QStringLiteral("analyse"), QStringLiteral("@DIR@/x.sqlite"), QStringLiteral("--formula"), QStringLiteral("BugReproduced ~ Luck")} << QStringLiteral("Luck");
    QTest::newRow("merge non-json") << QStringList{QStringLiteral("study"), QStringLiteral("merge"), QStringLiteral("@DIR@/x.sqlite"), QStringLiteral("@DIR@/bad.txt")} << QStringLiteral("bad.txt");
}

void TestCliStudy::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("bad.json")), R"({"name":"x","seed":1})");
    writeFile(dir.filePath(QStringLiteral("bad.txt")), "not json");
    for (QString &a : args)
        a.replace(QLatin1String("@DIR@"), dir.path());
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    const auto help = runCli({QStringLiteral("study"), QStringLiteral("analyse"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--format")));
}

QTEST_GUILESS_MAIN(TestCliStudy)
#include "tst_clistudy.moc"
