// Runs the real `dlrepro-cli hints` as a user would: the thesis's template, exactly, then the rest.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "CliRun.h"

namespace {

using clitest::CliResult;
using clitest::runCli;

QString example() { return QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/so-39525358-ann-accuracy.json"); }
QString replicationDir() { return QStringLiteral(DLREPRO_SOURCE_DIR "/../shared/data/replication"); }

} // namespace

class TestCliHints : public QObject
{
    Q_OBJECT

private slots:
    void exactHint_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("lines");
        QTest::newRow("as classified (Training)")
            << QStringList{}
            << QStringLiteral(
                   "Hints\n"
                   "1. Code Snippet, Data, Logs can be useful information for reproducing the bug.\n"
                   "2. Input Data Generation, Import Addition, Compiler Error Resolution, Dataset Procurement, "
                   "Hyperparameter Initialization can be useful edit actions for reproducing the bug.\n"
                   "3. Focus on the Statement: \"I have constructed an ANN in keras which has 1 input layer(3 inputs), "
                   "one output layer (1 output) and two hidden layers with with 12 and 3 nodes respectively, as shown "
                   "below in the code\"\n\n");
        QTest::newRow("--type model (thesis Bug #2)")
            << QStringList{QStringLiteral("--type"), QStringLiteral("model")}
            << QStringLiteral(
                   "Hints\n"
                   "1. Logs, Code Snippet, Model can be useful information for reproducing the bug.\n"
                   "2. Hyperparameter Initialization, Dataset Procurement, Compiler Error Resolution, Import Addition, "
                   "Neural Network Construction can be useful edit actions for reproducing the bug.\n"
                   "3. Focus on the Statement: \"so after 150 epochs i get: loss: 0.6932 - acc: 0.5000 - val_loss: "
                   "0.6970 - val_acc: 0.1429\"\n\n");
    }
    void exactHint()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, lines);
        const CliResult r = runCli(QStringList{QStringLiteral("hints"), example()} + extra);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(lines), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Rules: published rulebook (thesis Tables 4.7, 4.8); minimum confidence 0.30\n")));
    }

    void rest()
    {
        const CliResult r = runCli({QStringLiteral("hints"), example()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("\nInformation (confidence, in this report)\n"
                                             "  1. Code Snippet  0.8600  present  a Python code block of 13 lines\n")));
        QVERIFY(r.out.contains(QLatin1String("\nEdit actions (confidence)\n  1. Input Data Generation          0.5625\n")));
        QVERIFY(r.out.contains(QLatin1String("\nFocus: Code Snippet key phrases \"training code\", \"evaluation script\"; "
                                             "lexical-bm25 score ")));
        QVERIFY(r.out.contains(QLatin1String("\nSub-fault: Optimisation (from 'optimization')\n"
                                             "  1. Hyperparameter Initialization  0.6000\n")));
    }

    void json()
    {
        const CliResult r = runCli({QStringLiteral("hints"), example(), QStringLiteral("--json"),
                                    QStringLiteral("--type"), QStringLiteral("api")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("dlrepro.hints/1"));
        QCOMPARE(o.value(QLatin1String("bugType")).toString(), QStringLiteral("api"));
        const QJsonArray actions = o.value(QLatin1String("actions")).toArray();
        QCOMPARE(actions.size(), 5);
        QCOMPARE(actions.at(3).toObject().value(QLatin1String("id")).toString(), QStringLiteral("logging"));
        QCOMPARE(actions.at(3).toObject().value(QLatin1String("belowMinConfidence")).toBool(), true);
        QVERIFY(o.value(QLatin1String("hint")).toString().startsWith(QLatin1String("Hints\n1. Logs, Code Snippet, Model ")));
    }

    void minedRules()
    {
        if (!QDir(replicationDir()).exists())
            QSKIP("the replication data (../shared/data/replication next to the source tree) is not here");
        const QDir d(replicationDir());
        const QString files = QStringList{d.filePath(QStringLiteral("Dataset_EditActions.csv")),
                                          d.filePath(QStringLiteral("ManualReproduction_Github_Bugs.csv")),
                                          d.filePath(QStringLiteral("Dataset_CriticalActions.csv")),
                                          d.filePath(QStringLiteral("Dataset_Github_CriticalInformation.csv"))}
                                  .join(QLatin1Char(','));
        const CliResult r = runCli({QStringLiteral("hints"), example(), QStringLiteral("--type"), QStringLiteral("api"),
                                    QStringLiteral("--rules"), files});
        QCOMPARE(r.exitCode, 0);
        // The mined API actions (R D H P C), not the published ones (D H R L O).
        QVERIFY2(r.out.contains(QLatin1String("2. Import Addition, Input Data Generation, Hyperparameter Initialization, "
                                              "Dataset Procurement, Compiler Error Resolution can be useful edit actions")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Rules: mined from 293 transactions in files Dataset_EditActions.csv, "
                                             "ManualReproduction_Github_Bugs.csv, Dataset_CriticalActions.csv, "
                                             "Dataset_Github_CriticalInformation.csv; minimum confidence 0.30\n")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing report") << QStringList{QStringLiteral("/nonexistent/report.json")}
                                        << "error: /nonexistent/report.json: no such file\n";
        QTest::newRow("no report") << QStringList{} << "dlrepro-cli hints: expected exactly one report (see --help)\n";
        QTest::newRow("bad type") << QStringList{example(), QStringLiteral("--type"), QStringLiteral("cosmic")}
                                  << "dlrepro-cli hints: unknown bug type 'cosmic'\n";
        QTest::newRow("bad rules file")
            << QStringList{example(), QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.csv")}
            << "error: /nonexistent/rules.csv: cannot open: No such file or directory\n";
        QTest::newRow("bad rulebook")
            << QStringList{example(), QStringLiteral("--rules"),
                           QStringLiteral(DLREPRO_FIXTURES "/hints/not-a-rulebook.json")}
            << "error: " DLREPRO_FIXTURES "/hints/not-a-rulebook.json (format): not a dlrepro transactions file "
               "(\"format\": \"dlrepro-transactions\")\n";
        QTest::newRow("unknown option") << QStringList{example(), QStringLiteral("--bogus")}
                                        << "dlrepro-cli hints: Unknown option 'bogus'.\n";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CliResult r = runCli(QStringList{QStringLiteral("hints")} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, error);
    }
};

QTEST_GUILESS_MAIN(TestCliHints)
#include "tst_clihints.moc"
