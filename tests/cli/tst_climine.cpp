// Runs the real `dlrepro-cli mine` as a user would: general Apriori output, the study's tables
// on the replication data, and bad input.
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

QString fixture() { return QStringLiteral(DLREPRO_FIXTURES "/hints/transactions.csv"); }
QString replicationDir() { return QStringLiteral(DLREPRO_SOURCE_DIR "/../shared/data/replication"); }

QStringList replicationFiles()
{
    const QDir d(replicationDir());
    return {d.filePath(QStringLiteral("Dataset_EditActions.csv")),
            d.filePath(QStringLiteral("ManualReproduction_Github_Bugs.csv")),
            d.filePath(QStringLiteral("Dataset_CriticalActions.csv")),
            d.filePath(QStringLiteral("Dataset_Github_CriticalInformation.csv"))};
}

} // namespace

class TestCliMine : public QObject
{
    Q_OBJECT

private slots:
    void apriori()
    {
        const CliResult r = runCli({QStringLiteral("mine"), fixture(), QStringLiteral("--min-support"),
                                    QStringLiteral("0.3")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out,
                 QStringLiteral("6 transactions from transactions.csv; min support 0.3, min confidence 0, max length "
                                "none, min lift 0\n\n"
                                "Frequent itemsets (7)\n"
                                "  support  count  itemset\n"
                                "  0.5000  3      {action:input-data}\n"
                                "  0.5000  3      {action:hyperparameters}\n"
                                "  0.5000  3      {type:training}\n"
                                "  0.3333  2      {action:imports}\n"
                                "  0.3333  2      {type:model}\n"
                                "  0.5000  3      {action:input-data, type:training}\n"
                                "  0.3333  2      {action:hyperparameters, type:model}\n\n"
                                "Rules (4)\n"
                                "  support  confidence  lift    leverage  conviction  rule\n"
                                "  0.5000   1.0000      2.0000    0.2500  inf         {action:input-data} => {type:training}\n"
                                "  0.5000   1.0000      2.0000    0.2500  inf         {type:training} => {action:input-data}\n"
                                "  0.3333   1.0000      2.0000    0.1667  inf         {type:model} => {action:hyperparameters}\n"
                                "  0.3333   0.6667      2.0000    0.1667  2.0000      {action:hyperparameters} => {type:model}\n"));
    }

    void aprioriCsvAndJson()
    {
        const CliResult csv = runCli({QStringLiteral("mine"), fixture(), QStringLiteral("--min-support"),
                                      QStringLiteral("0.3"), QStringLiteral("--min-confidence"), QStringLiteral("0.9"),
                                      QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("kind,antecedent,consequent,count,support,confidence,lift,leverage,conviction"));
        QCOMPARE(lines.size(), 1 + 7 + 3);
        QCOMPARE(lines.last(), QStringLiteral("rule,type:model,action:hyperparameters,2,0.3333,1.0000,2.0000,0.1667,inf"));

        const CliResult json = runCli({QStringLiteral("mine"), fixture(), QStringLiteral("--min-support"),
                                       QStringLiteral("0.3"), QStringLiteral("--max-length"), QStringLiteral("1"),
                                       QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("transactions")).toInt(), 6);
        QCOMPARE(o.value(QLatin1String("itemsets")).toArray().size(), 5);
        QCOMPARE(o.value(QLatin1String("rules")).toArray().size(), 0);
    }

    void byTypeOnReplication()
    {
        if (!QDir(replicationDir()).exists())
            QSKIP("the replication data (../shared/data/replication next to the source tree) is not here");
        const CliResult r = runCli(QStringList{QStringLiteral("mine"), QStringLiteral("--by-type")} + replicationFiles());
        QCOMPARE(r.exitCode, 0);
        // Tables 4.7 and 4.8 as the data gives them.
        QVERIFY2(r.out.contains(QLatin1String(
                     "Training\n"
                     "  Information, top 3 (50 transactions)\n"
                     "    1. C Code Snippet  43/50   0.8600\n"
                     "    2. D Data          41/50   0.8200\n"
                     "    3. L Logs          38/50   0.7600\n"
                     "  Edit actions, top 5 (48 transactions)\n"
                     "    1. D Input Data Generation          27/48   0.5625\n"
                     "    2. R Import Addition                22/48   0.4583\n"
                     "    3. C Compiler Error Resolution      18/48   0.3750\n"
                     "    4. P Dataset Procurement            17/48   0.3542\n"
                     "    5. H Hyperparameter Initialization  16/48   0.3333\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("    1. H Hyperparameter Initialization  21/41   0.5122\n")));
        QVERIFY(r.out.contains(QLatin1String("    4. C Compiler Error Resolution      12/29   0.4138\n")));
        QVERIFY(r.out.contains(QLatin1String(
            "    5. C Compiler Error Resolution      5/20    0.2500  (under the minimum confidence 0.30)\n")));

        const CliResult json = runCli(QStringList{QStringLiteral("mine"), QStringLiteral("--by-type"),
                                                  QStringLiteral("--items"), QStringLiteral("information"),
                                                  QStringLiteral("--json")}
                                      + replicationFiles());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray tables = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("tables")).toArray();
        const QJsonObject tensor = tables.at(2).toObject();
        QCOMPARE(tensor.value(QLatin1String("bugType")).toString(), QStringLiteral("tensor"));
        QVERIFY(!tensor.contains(QLatin1String("actions")));
        const QJsonObject first = tensor.value(QLatin1String("information")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("item")).toString(), QStringLiteral("information:data"));
        QCOMPARE(qRound(first.value(QLatin1String("confidence")).toDouble() * 10000), 9655);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("no files") << QStringList{}
                                  << "dlrepro-cli mine: expected at least one transaction file (see --help)\n";
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/t.csv")}
                                      << "error: /nonexistent/t.csv: cannot open: No such file or directory\n";
        QTest::newRow("support") << QStringList{fixture(), QStringLiteral("--min-support"), QStringLiteral("2")}
                                 << "dlrepro-cli mine: --min-support expects a number from 0 to 1, not '2'\n";
        QTest::newRow("length") << QStringList{fixture(), QStringLiteral("--max-length"), QStringLiteral("1.5")}
                                << "dlrepro-cli mine: --max-length expects a whole number, not '1.5'\n";
        QTest::newRow("items") << QStringList{fixture(), QStringLiteral("--items"), QStringLiteral("bugs")}
                               << "dlrepro-cli mine: --items expects actions or information, not 'bugs'\n";
        QTest::newRow("json and csv") << QStringList{fixture(), QStringLiteral("--json"), QStringLiteral("--csv")}
                                      << "dlrepro-cli mine: --json and --csv exclude each other\n";
        QTest::newRow("not transactions")
            << QStringList{QStringLiteral(DLREPRO_FIXTURES "/hints/unknown.md")}
            << QString(); // the importer's own message; checked to be one line below
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CliResult r = runCli(QStringList{QStringLiteral("mine")} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        if (error.isEmpty()) {
            QVERIFY2(r.err.startsWith(QLatin1String("error: " DLREPRO_FIXTURES "/hints/unknown.md")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        } else {
            QCOMPARE(r.err, error);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliMine)
#include "tst_climine.moc"
