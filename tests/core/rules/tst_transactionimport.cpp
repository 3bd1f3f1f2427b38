#include "rules/TransactionExport.h"
#include "rules/TransactionImport.h"

#include <QDir>
#include <QTest>

using namespace dlrepro;

namespace {

QString fixture(const QString &name) { return QStringLiteral(DLREPRO_FIXTURES "/rules/") + name; }
QString replicationDir() { return QStringLiteral(DLREPRO_SOURCE_DIR "/../shared/data/replication"); }

// type info-letters/action-letters, recorded classes as i/a, then the metadata that is set.
QString show(const Transaction &t)
{
    QString s = QString(bugTypeLetter(t.bugType)) + QLatin1Char(' ')
        + (t.informationRecorded ? t.items.letters(ItemClass::Information) + QStringLiteral("(i)") : QString())
        + (t.actionsRecorded ? t.items.letters(ItemClass::EditAction) + QStringLiteral("(a)") : QString());
    auto add = [&s](const char *key, const QString &v) {
        if (!v.isEmpty())
            s += QLatin1Char(' ') + QLatin1String(key) + QLatin1Char('=') + v;
    };
    add("id", t.bugId);
    add("src", t.source);
    add("arch", t.architecture);
    add("fw", t.framework);
    add("sub", t.subFault);
    if (t.reproduced)
        add("repro", *t.reproduced ? QStringLiteral("yes") : QStringLiteral("no"));
    if (t.minutesTaken)
        add("min", QString::number(*t.minutesTaken));
    return s;
}

QString showAll(const QList<Transaction> &ts)
{
    QStringList out;
    for (const Transaction &t : ts)
        out << show(t);
    return out.join(QStringLiteral(" / "));
}

} // namespace

class TestTransactionImport : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Stack Overflow edit actions (BOM, CRLF, quoted comma)")
            << QStringLiteral("so_edit_actions.csv") << QStringLiteral("so-edit-actions") << 0
            << QStringLiteral("T DRV(a) src=stackoverflow arch=MLP fw=TF + Keras repro=yes / "
                              "A (a) src=stackoverflow fw=TF, Keras repro=yes / "
                              "I NHLCPM(a) src=stackoverflow arch=CNN fw=PyTorch repro=no");
        QTest::newRow("GitHub edit actions (no-action row skipped)")
            << QStringLiteral("github_edit_actions.csv") << QStringLiteral("github-edit-actions") << 1
            << QStringLiteral("A HRC(a) id=2 src=github / I RPM(a) id=12 src=github");
        QTest::newRow("Stack Overflow information")
            << QStringLiteral("so_information.csv") << QStringLiteral("so-information") << 0
            << QStringLiteral("T DNHCL(i) src=stackoverflow / M DHC(i) src=stackoverflow / G L(i) src=stackoverflow");
        QTest::newRow("GitHub information (empty row kept)")
            << QStringLiteral("github_information.csv") << QStringLiteral("github-information") << 0
            << QStringLiteral("A DNL(i) id=4 src=github / T (i) id=7 src=github");
        QTest::newRow("letters (F = Version Migration)")
            << QStringLiteral("letters.csv") << QStringLiteral("letters") << 0
            << QStringLiteral("T DRLV(a) / M NRL(a) / X DHLCPV(a) / G (a)");
        QTest::newRow("sub-faults")
            << QStringLiteral("subfaults.csv") << QStringLiteral("subfaults") << 0
            << QStringLiteral("T HR(a) sub=Hyperparameters / M DNV(a) sub=Layer type & properties / "
                              "T HL(a) sub=Loss function / T D(a) sub=Optimisation / M NO(a) sub=Model type & properties");
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, skipped);
        QFETCH(QString, expected);
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY2(importTransactionsFile(fixture(file), &r, &e), qPrintable(e.toString()));
        QCOMPARE(transactionFormatId(r.format), format);
        QCOMPARE(r.skippedRows, skipped);
        QCOMPARE(showAll(r.transactions), expected);
        QVERIFY(r.transactions.first().origin.startsWith(file + QLatin1Char(':')));
    }

    void githubExtraColumnsKept()
    {
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY(importTransactionsFile(fixture(QStringLiteral("github_edit_actions.csv")), &r, &e));
        const Transaction &t = r.transactions.at(1);
        QCOMPARE(t.extra.value(QStringLiteral("root_cause")), QStringLiteral("Tensor shape mismatch, rank 3"));
        QCOMPARE(t.extra.value(QStringLiteral("repository")), QStringLiteral("example/seq/"));
        QCOMPARE(t.origin, QStringLiteral("github_edit_actions.csv:4"));
    }

    void replicationFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("first");
        QTest::newRow("Dataset_EditActions") << QStringLiteral("Dataset_EditActions.csv") << QStringLiteral("so-edit-actions")
                                             << 85 << 0 << QStringLiteral("T DRV(a) src=stackoverflow arch=MLP fw=TF + Keras repro=yes");
        QTest::newRow("ManualReproduction_Github_Bugs") << QStringLiteral("ManualReproduction_Github_Bugs.csv")
                                                        << QStringLiteral("github-edit-actions") << 60 << 3
                                                        << QStringLiteral("A HRC(a) id=2 src=github");
        QTest::newRow("Dataset_CriticalActions") << QStringLiteral("Dataset_CriticalActions.csv")
                                                 << QStringLiteral("so-information") << 85 << 0
                                                 << QStringLiteral("T DNHCL(i) src=stackoverflow");
        QTest::newRow("Dataset_Github_CriticalInformation") << QStringLiteral("Dataset_Github_CriticalInformation.csv")
                                                            << QStringLiteral("github-information") << 63 << 0
                                                            << QStringLiteral("A HCL(i) id=2 src=github");
        QTest::newRow("transactions") << QStringLiteral("transactions.csv") << QStringLiteral("letters") << 85 << 0
                                      << QStringLiteral("T DRLV(a)");
        QTest::newRow("Subfaults-Analysis") << QStringLiteral("Subfaults-Analysis.csv") << QStringLiteral("subfaults") << 59
                                            << 0 << QStringLiteral("T O(a) sub=Hyperparameters");
    }
    void replicationFiles()
    {
        if (!QDir(replicationDir()).exists())
            QSKIP("the replication data (../shared/data/replication next to the source tree) is not here");
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, count);
        QFETCH(int, skipped);
        QFETCH(QString, first);
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY2(importTransactionsFile(QDir(replicationDir()).filePath(file), &r, &e), qPrintable(e.toString()));
        QCOMPARE(transactionFormatId(r.format), format);
        QCOMPARE(int(r.transactions.size()), count);
        QCOMPARE(r.skippedRows, skipped);
        QCOMPARE(show(r.transactions.first()), first);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column")
            << QByteArray("Type of Bug,Data,Neural Network,Colour\nTraining Bug,1,0,1\n")
            << QStringLiteral("x.csv:1:4 (Colour): unknown column \"Colour\" for the so-information format");
        QTest::newRow("unknown bug type")
            << QByteArray("Type of Bug,Data\nTraining Bug,1\nCompiler Bug,0\n")
            << QStringLiteral("x.csv:3:1 (Type of Bug): unknown bug type: \"Compiler Bug\"");
        QTest::newRow("cell not 0/1")
            << QByteArray("#,type,D,N,H,R,L,O,C,P,M,V\n1,API,0,0,1,1,0,0,yes,0,0,0\n")
            << QStringLiteral("x.csv:2:9 (C): expected 0 or 1: \"yes\"");
        QTest::newRow("unknown action letter")
            << QByteArray("Type of Bug,Edit Action\nT,DLR\nM,DXL\n")
            << QStringLiteral("x.csv:3:2 (Edit Action): unknown edit action letter 'X' in \"DXL\"");
        QTest::newRow("ragged row")
            << QByteArray("Type of Bug,Data,Logs\nModel Bug,1\n")
            << QStringLiteral("x.csv:2:3: 2 fields where the header has 3");
        QTest::newRow("unknown sub-fault")
            << QByteArray("Logging,Subfault\n1,Loss\n0,Gradients\n")
            << QStringLiteral("x.csv:3:2 (Subfault): unknown sub-fault: \"Gradients\"");
        QTest::newRow("unknown header")
            << QByteArray("foo,bar\n1,2\n") << QStringLiteral("x.csv:1: not a known transaction file: header \"foo,bar\"");
        QTest::newRow("empty file") << QByteArray("\n\n") << QStringLiteral("x.csv: the file is empty (no header row)");
        QTest::newRow("bad CSV quote")
            << QByteArray("Type of Bug,Data\n\"Training Bug,1\n")
            << QStringLiteral("x.csv:2:1: quoted field not closed before the end of the file");
        QTest::newRow("duplicate item column")
            << QByteArray("Type of Bug,Framework Migration,Version Migration,Logging\nT,0,1,0\n")
            << QStringLiteral("x.csv:1:3 (Version Migration): column \"Version Migration\" repeats item action:version-migration");
        QTest::newRow("dlrepro csv unknown item")
            << QByteArray("bug_type,information,actions\ntraining,data;logs,imports;teleport\n")
            << QStringLiteral("x.csv:2:3 (actions): unknown item \"teleport\"");
        QTest::newRow("json syntax")
            << QByteArray("{\n  \"format\": \"dlrepro-transactions\",\n  \"version\": 1 oops\n}")
            << QStringLiteral("x.csv:3:17: invalid JSON: unterminated object");
        QTest::newRow("json unknown item")
            << QByteArray("{\"format\":\"dlrepro-transactions\",\"version\":1,\"transactions\":[{\"bugType\":\"model\",\"actions\":[\"logging\",\"L\",\"Q\"]}]}")
            << QStringLiteral("x.csv (transactions[0].actions[2]): unknown item \"Q\"");
        QTest::newRow("json unknown key")
            << QByteArray("{\"format\":\"dlrepro-transactions\",\"version\":1,\"transactions\":[{\"bugType\":\"model\",\"colour\":1}]}")
            << QStringLiteral("x.csv (transactions[0].colour): unknown key");
        QTest::newRow("json other document")
            << QByteArray("[1,2]") << QStringLiteral("x.csv (format): not a dlrepro transactions file (\"format\": \"dlrepro-transactions\")");
    }
    void errors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY(!importTransactions(data, QStringLiteral("x.csv"), &r, &e));
        QCOMPARE(e.toString(), message);
    }

    void missingFile()
    {
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY(!importTransactionsFile(fixture(QStringLiteral("no-such.csv")), &r, &e));
        QVERIFY(e.toString().startsWith(fixture(QStringLiteral("no-such.csv")) + QStringLiteral(": cannot open: ")));
    }

    void garbageNeverCrashes()
    {
        QByteArray junk;
        for (int i = 0; i < 5000; ++i)
            junk.append(char((i * 7919) % 256));
        for (TransactionFormat f : {TransactionFormat::Auto, TransactionFormat::Letters, TransactionFormat::GitHubEditActions,
                                    TransactionFormat::DlreproJson, TransactionFormat::DlreproCsv}) {
            TransactionImportResult r;
            TransactionImportError e;
            QVERIFY(!importTransactions(junk, QStringLiteral("junk"), &r, &e, f));
            QVERIFY(!e.message.isEmpty());
        }
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("csv") << false;
        QTest::newRow("json") << true;
    }
    void exportRoundTrips()
    {
        QFETCH(bool, json);
        QList<Transaction> in;
        for (const QString &f : {QStringLiteral("so_edit_actions.csv"), QStringLiteral("github_information.csv"),
                                 QStringLiteral("subfaults.csv"), QStringLiteral("letters.csv")}) {
            TransactionImportResult r;
            TransactionImportError e;
            QVERIFY(importTransactionsFile(fixture(f), &r, &e));
            in += r.transactions;
        }
        Transaction both;
        both.bugType = BugType::Gpu;
        both.items = {Item::information(InformationCategory::Logs), Item::action(EditAction::DownloadingModels)};
        both.informationRecorded = both.actionsRecorded = true;
        both.bugId = QStringLiteral("so:123, \"quoted\"");
        both.minutesTaken = 12.5;
        both.reproduced = false;
        in << both;

        const QByteArray data = json ? exportTransactionsJson(in) : exportTransactionsCsv(in);
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY2(importTransactions(data, QStringLiteral("export"), &r, &e), qPrintable(e.toString()));
        QCOMPARE(r.format, json ? TransactionFormat::DlreproJson : TransactionFormat::DlreproCsv);
        QCOMPARE(showAll(r.transactions), showAll(in));
        if (json) {
            // Lossless but for origin.
            for (int i = 0; i < in.size(); ++i) {
                Transaction a = in.at(i), b = r.transactions.at(i);
                a.origin.clear();
                b.origin.clear();
                QVERIFY2(a == b, qPrintable(show(a)));
            }
        }
    }

    void csvExportText()
    {
        Transaction t;
        t.bugType = BugType::TensorInput;
        t.items = {Item::information(InformationCategory::Data), Item::action(EditAction::VersionMigration),
                   Item::action(EditAction::InputDataGeneration)};
        t.informationRecorded = t.actionsRecorded = true;
        t.framework = QStringLiteral("TF, Keras");
        Transaction empty;
        empty.bugType = BugType::Api;
        empty.actionsRecorded = true;
        QCOMPARE(QString::fromUtf8(exportTransactionsCsv({t, empty})),
                 QStringLiteral("bug_type,information,actions,bug_id,source,architecture,framework,sub_fault,minutes_taken,reproduced\n"
                                "tensor,data,input-data;version-migration,,,,\"TF, Keras\",,,\n"
                                "api,,none,,,,,,,\n"));
        QCOMPARE(QString::fromUtf8(exportTransactionsLetters({t, empty}, ItemClass::EditAction)),
                 QStringLiteral("Type of Bug,Edit Action\nI,DV\nA,\n"));
        // The letter export reads back as the replication format.
        TransactionImportResult r;
        TransactionImportError e;
        QVERIFY(importTransactions(exportTransactionsLetters({t}, ItemClass::Information), QStringLiteral("l"), &r, &e));
        QCOMPARE(showAll(r.transactions), QStringLiteral("I D(i)"));
    }
};

QTEST_GUILESS_MAIN(TestTransactionImport)
#include "tst_transactionimport.moc"
