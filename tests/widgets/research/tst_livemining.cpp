// Live mining on the replication package's real transactions: the thesis's Tables 4.7/4.8 come
// out of a pass run off the UI thread, bursts of requests are coalesced, a request during a pass
// gives exactly one more, and the tables export as CSV, Markdown and LaTeX.
#include "research/LiveMining.h"
#include "research/MiningView.h"
#include "research/ResearchTables.h"
#include "rules/TransactionImport.h"

#include <QAtomicInt>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dlrepro;
using namespace Qt::StringLiterals;

namespace {

QString replicationDir()
{
    return QStringLiteral(DLREPRO_SOURCE_DIR "/../shared/data/replication");
}

// The four transaction files, as Tables 4.7/4.8 were mined; the sub-fault file on its own.
bool loadReplication(QList<Transaction> *out, QString *error, bool subFaults = false)
{
    const QList<const char *> files = subFaults ? QList<const char *>{"Subfaults-Analysis.csv"}
                                                : QList<const char *>{"Dataset_EditActions.csv", "ManualReproduction_Github_Bugs.csv",
                                                                      "Dataset_CriticalActions.csv", "Dataset_Github_CriticalInformation.csv"};
    for (const char *name : files) {
        TransactionImportResult r;
        TransactionImportError e;
        if (!importTransactionsFile(QDir(replicationDir()).filePath(QString::fromLatin1(name)), &r, &e)) {
            *error = e.toString();
            return false;
        }
        *out += r.transactions;
    }
    return true;
}

} // namespace

class TestLiveMining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(replicationDir()).exists())
            QSKIP("the replication data (../shared/data/replication next to the source tree) is not here");
    }

    void thesisTablesOffTheUiThread_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("Table 4.7 Training") << int(MiningView::Table::TopInformation) << 0 << bugTypeName(BugType::Training)
                                            << QStringList{u"Code Snippet (0.8600)"_s, u"Data (0.8200)"_s, u"Logs (0.7600)"_s};
        QTest::newRow("Table 4.7 Tensor") << int(MiningView::Table::TopInformation) << 2 << bugTypeName(BugType::TensorInput)
                                          << QStringList{u"Data (0.9655)"_s, u"Logs (0.9310)"_s, u"Code Snippet (0.7241)"_s};
        QTest::newRow("Table 4.8 Training") << int(MiningView::Table::TopActions) << 0 << bugTypeName(BugType::Training)
                                            << QStringList{u"Input Data Generation (0.5625)"_s, u"Import Addition (0.4583)"_s,
                                                           u"Compiler Error Resolution (0.3750)"_s, u"Dataset Procurement (0.3542)"_s,
                                                           u"Hyperparameter Initialization (0.3333)"_s};
        QTest::newRow("Table 4.8 Model") << int(MiningView::Table::TopActions) << 1 << bugTypeName(BugType::Model)
                                         << QStringList{u"Hyperparameter Initialization (0.5122)"_s, u"Dataset Procurement (0.4390)"_s,
                                                        u"Import Addition (0.4146)"_s, u"Compiler Error Resolution (0.4146)"_s,
                                                        u"Neural Network Construction (0.3659)"_s};
    }
    void thesisTablesOffTheUiThread()
    {
        QFETCH(int, table);
        QFETCH(int, column);
        QFETCH(QString, header);
        QFETCH(QStringList, cells);
        std::atomic<bool> offUiThread{false};
        QThread *ui = QThread::currentThread();
        LiveMining mining([&](QList<Transaction> *out, QString *error) {
            offUiThread = QThread::currentThread() != ui;
            return loadReplication(out, error);
        });
        MiningView view;
        connect(&mining, &LiveMining::updated, &view, &MiningView::setResult);
        QSignalSpy updated(&mining, &LiveMining::updated);
        mining.updateNow();
        QVERIFY(updated.count() == 1 || updated.wait(20000));
        QVERIFY2(mining.result().ok, qPrintable(mining.result().error));
        QVERIFY(offUiThread);
        const TextTable t = view.table(MiningView::Table(table));
        QCOMPARE(t.headers.value(column), header);
        QStringList got;
        for (const QStringList &row : t.rows)
            got << row.value(column);
        QCOMPARE(got, cells);
        // The view shows the table it exports.
        view.showTable(MiningView::Table(table));
        QCOMPARE(view.view()->item(0, column)->text(), cells.first());
        QVERIFY(view.statusLabel()->text().contains(QString::number(mining.result().transactionCount)));
    }

    void subFaultTable()
    {
        QList<Transaction> all;
        QString error;
        QVERIFY2(loadReplication(&all, &error, true), qPrintable(error));
        const TextTable t = subFaultActionsTable(studyRulesBySubFault(all));
        // Section 4.4.2: Hyperparameter sub-faults reproduce with Hyperparameter Initialization
        // (64.29%), Model type & properties with Neural Network Construction (71.43%).
        const int hyper = int(t.headers.indexOf(QStringLiteral("Hyperparameters")));
        const int model = int(t.headers.indexOf(QStringLiteral("Model type & properties")));
        QVERIFY(hyper >= 0 && model >= 0);
        QCOMPARE(t.rows.first().at(hyper), QStringLiteral("Hyperparameter Initialization (0.6429)"));
        QCOMPARE(t.rows.first().at(model), QStringLiteral("Neural Network Construction (0.7143)"));
    }

    void coalescesBursts()
    {
        QAtomicInt runs;
        LiveMining mining([&](QList<Transaction> *out, QString *) {
            runs.fetchAndAddRelaxed(1);
            QThread::msleep(150); // a pass long enough for requests to arrive during it
            Transaction t;
            t.bugType = BugType::Training;
            t.items.insert(Item::action(EditAction::Logging));
            t.actionsRecorded = true;
            out->append(t);
            return true;
        });
        mining.setDebounceMs(30);
        for (int i = 0; i < 10; ++i)
            mining.requestUpdate();
        QTRY_COMPARE_WITH_TIMEOUT(mining.passes(), 1, 5000);
        QCOMPARE(runs.loadRelaxed(), 1);

        // Requests during a pass: exactly one more pass after it, not one each.
        mining.updateNow();
        QTRY_VERIFY(runs.loadRelaxed() == 2);
        for (int i = 0; i < 5; ++i)
            mining.requestUpdate();
        QTRY_COMPARE_WITH_TIMEOUT(mining.passes(), 3, 5000);
        QTest::qWait(300);
        QCOMPARE(mining.passes(), 3);
        QVERIFY(!mining.isBusy());
        QCOMPARE(mining.result().transactionCount, qint64(1));
    }

    void reportsAFailingSource()
    {
        LiveMining mining([](QList<Transaction> *, QString *error) {
            *error = QStringLiteral("/nowhere/p.dlrproject: no such database");
            return false;
        });
        MiningView view;
        connect(&mining, &LiveMining::updated, &view, &MiningView::setResult);
        QSignalSpy updated(&mining, &LiveMining::updated);
        mining.updateNow();
        QVERIFY(updated.count() == 1 || updated.wait(5000));
        QVERIFY(!mining.result().ok);
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("no such database")));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("csv") << int(TableFileFormat::Csv)
                             << QStringList{u"Training,Model,Tensor & Input,API"_s, u"Code Snippet (0.8600),Logs (0.7857)"_s};
        QTest::newRow("markdown") << int(TableFileFormat::Markdown)
                                  << QStringList{u"| Training | Model | Tensor & Input | API |"_s, u"| Code Snippet (0.8600) | Logs (0.7857) |"_s};
        QTest::newRow("latex") << int(TableFileFormat::Latex)
                               << QStringList{u"Tensor \\& Input"_s, u"\\caption{Top 3 useful component information"_s, u"\\label{tab:top-information}"_s};
    }
    void exportsEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QStringList, expected);
        QList<Transaction> all;
        QString error;
        QVERIFY2(loadReplication(&all, &error), qPrintable(error));
        MiningResult result;
        result.ok = true;
        result.transactionCount = all.size();
        result.byBugType = studyRulesByBugType(all);
        MiningView view;
        view.setResult(result);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.") + tableFileSuffix(TableFileFormat(format)));
        QVERIFY2(view.exportTable(MiningView::Table::TopInformation, TableFileFormat(format), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral("\n---\n") + text));
        QVERIFY(!view.exportTable(MiningView::Table::TopInformation, TableFileFormat(format),
                                  dir.filePath(QStringLiteral("missing/dir/t.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir")));
    }
};

QTEST_MAIN(TestLiveMining)
#include "tst_livemining.moc"
