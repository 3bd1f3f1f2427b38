// The study's procedure on the replication package: Tables 4.7 and 4.8 and the sub-fault
// figures of section 4.4.2, to four decimals.
#include "rules/Apriori.h"
#include "rules/StudyRules.h"
#include "rules/TransactionImport.h"

#include <QDir>
#include <QTest>

using namespace dlrepro;

namespace {

QString replicationDir() { return QStringLiteral(DLREPRO_SOURCE_DIR "/../shared/data/replication"); }

// "D:0.5625 R:0.4583" -> the ranking as the test compares it.
QString format(const QList<RankedItem> &ranking)
{
    QStringList parts;
    for (const RankedItem &r : ranking)
        parts << QStringLiteral("%1:%2%3")
                     .arg(r.item.letter())
                     .arg(QString::number(r.confidence, 'f', 4))
                     .arg(r.belowMinConfidence ? QStringLiteral("*") : QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestStudyRules : public QObject
{
    Q_OBJECT
    QList<Transaction> m_all;
    QList<Transaction> m_subFaults;

    bool load(const QString &name, QList<Transaction> *into)
    {
        TransactionImportResult r;
        TransactionImportError e;
        if (!importTransactionsFile(QDir(replicationDir()).filePath(name), &r, &e)) {
            qWarning("%s", qPrintable(e.toString()));
            return false;
        }
        *into += r.transactions;
        return true;
    }

private slots:
    void initTestCase()
    {
        if (!QDir(replicationDir()).exists())
            QSKIP("the replication data (../shared/data/replication next to the source tree) is not here");
        QVERIFY(load(QStringLiteral("Dataset_EditActions.csv"), &m_all));
        QVERIFY(load(QStringLiteral("ManualReproduction_Github_Bugs.csv"), &m_all));
        QVERIFY(load(QStringLiteral("Dataset_CriticalActions.csv"), &m_all));
        QVERIFY(load(QStringLiteral("Dataset_Github_CriticalInformation.csv"), &m_all));
        QVERIFY(load(QStringLiteral("Subfaults-Analysis.csv"), &m_subFaults));
    }

    void byBugType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("informationCount");
        QTest::addColumn<QString>("information");
        QTest::addColumn<int>("actionCount");
        QTest::addColumn<QString>("actions");
        // Table 4.7 (information, top 3) and Table 4.8 (edit actions, top 5). Ties are broken
        // by canonical item order; where the thesis prints a tie the other way round (Model:
        // C before R) the values still agree rank by rank.
        QTest::newRow("Training") << int(BugType::Training) << 50 << QStringLiteral("C:0.8600 D:0.8200 L:0.7600")
                                  << 48 << QStringLiteral("D:0.5625 R:0.4583 C:0.3750 P:0.3542 H:0.3333");
        // The thesis prints Model/H as 0.5142; 21 of 41 is 0.5122.
        QTest::newRow("Model") << int(BugType::Model) << 42 << QStringLiteral("L:0.7857 C:0.7143 N:0.6429") << 41
                               << QStringLiteral("H:0.5122 P:0.4390 R:0.4146 C:0.4146 N:0.3659");
        // Tensor rank 4: the thesis labels 0.4138 Dataset Procurement; in the data 12 of 29 is
        // Compiler Error Resolution (C) and P is 8 of 29 (0.2759). The figure agrees.
        QTest::newRow("Tensor") << int(BugType::TensorInput) << 29 << QStringLiteral("D:0.9655 L:0.9310 C:0.7241")
                                << 29 << QStringLiteral("H:0.5517 D:0.5172 R:0.5172 C:0.4138 O:0.3448");
        // API edit actions: the published table (D 0.40, H 0.40, R 0.35, L 0.25, O 0.25) does
        // not follow from the published data: the 20 API rows (11 Stack Overflow, 9 GitHub)
        // mark R 11 times (0.55), P 7 (0.35), C 5 (0.25), L only 2 and O 3. D and H agree.
        // The data's ranking is asserted; C (0.25) is kept but marked under the 30% threshold.
        QTest::newRow("API") << int(BugType::Api) << 20 << QStringLiteral("L:0.8500 C:0.7500 N:0.7000") << 20
                             << QStringLiteral("R:0.5500 D:0.4000 H:0.4000 P:0.3500 C:0.2500*");
    }
    void byBugType()
    {
        QFETCH(int, type);
        QFETCH(int, informationCount);
        QFETCH(QString, information);
        QFETCH(int, actionCount);
        QFETCH(QString, actions);
        const QList<StudyTable> tables = studyRulesByBugType(m_all);
        const auto it = std::find_if(tables.begin(), tables.end(),
                                     [type](const StudyTable &t) { return int(t.bugType) == type; });
        QVERIFY(it != tables.end());
        QCOMPARE(it->informationTransactions, qint64(informationCount));
        QCOMPARE(it->actionTransactions, qint64(actionCount));
        QCOMPARE(format(it->topInformation()), information);
        QCOMPARE(format(it->topActions()), actions);
        for (const RankedItem &r : it->actions) {
            QCOMPARE(r.support, r.confidence); // per-type mining: the two measures coincide
            QCOMPARE(r.groupCount, qint64(actionCount));
        }
    }

    void tablesInTypeOrder()
    {
        QStringList types;
        for (const StudyTable &t : studyRulesByBugType(m_all))
            types << bugTypeId(t.bugType);
        QCOMPARE(types.join(QLatin1Char(',')), QStringLiteral("training,model,tensor,api,gpu,mixed"));
    }

    // Mined over all types pooled, the published number is the confidence of {type} ⇒ {item},
    // not its support.
    void pooledConfidenceIsThePublishedFigure()
    {
        constexpr int kTypeBase = Item::kCount; // items 0..14, then one item per bug type
        TransactionMatrix m(Item::kCount + 6);
        for (const Transaction &t : m_all) {
            if (!t.actionsRecorded)
                continue;
            std::vector<int> row{kTypeBase + int(t.bugType)};
            for (Item i : t.items.items())
                row.push_back(i.index());
            m.add(row);
        }
        QCOMPARE(m.size(), qint64(145)); // 85 Stack Overflow + 63 GitHub − 3 without any action
        AprioriOptions o;
        o.minSupport = 0;
        o.maxLength = 2;
        AprioriResult r;
        QVERIFY(runApriori(m, o, &r));
        const int d = Item::action(EditAction::InputDataGeneration).index();
        const auto rule = std::find_if(r.rules.begin(), r.rules.end(), [&](const AssociationRule &a) {
            return a.antecedent == std::vector<int>{kTypeBase + int(BugType::Training)} && a.consequent == std::vector<int>{d};
        });
        QVERIFY(rule != r.rules.end());
        QCOMPARE(rule->count, qint64(27));
        QCOMPARE(QString::number(rule->confidence, 'f', 4), QStringLiteral("0.5625"));
        QCOMPARE(QString::number(rule->support, 'f', 4), QStringLiteral("0.1862"));
    }

    void bySubFault_data()
    {
        QTest::addColumn<QString>("subFault");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("ranking");
        // Section 4.4.2's figures, the whole ranking down to the last figure the text gives.
        QTest::newRow("Optimisation") << QStringLiteral("Optimisation") << 5
                                      << QStringLiteral("D:0.6000 H:0.6000 N:0.4000 L:0.4000 R:0.2000* C:0.2000* V:0.2000*");
        // The text leaves out R (0.4167), tied with N.
        QTest::newRow("Loss function") << QStringLiteral("Loss function") << 12
                                       << QStringLiteral("H:0.6667 L:0.5833 N:0.4167 R:0.4167 D:0.3333");
        QTest::newRow("Hyperparameters") << QStringLiteral("Hyperparameters") << 14
                                         << QStringLiteral("H:0.6429 D:0.5000 R:0.4286 L:0.3571 C:0.3571");
        // The text gives D/C/V at 0.4286; the data has D, P, V at 0.4286 and C at 0.3571.
        QTest::newRow("Layer") << QStringLiteral("Layer type & properties") << 14
                               << QStringLiteral("N:0.7857 H:0.5714 D:0.4286 P:0.4286 V:0.4286 C:0.3571");
        QTest::newRow("Model") << QStringLiteral("Model type & properties") << 14
                               << QStringLiteral("N:0.7143 H:0.4286 R:0.3571 O:0.2857* C:0.2857*");
    }
    void bySubFault()
    {
        QFETCH(QString, subFault);
        QFETCH(int, count);
        QFETCH(QString, ranking);
        const QList<StudyTable> tables = studyRulesBySubFault(m_subFaults);
        QCOMPARE(tables.size(), 5);
        const auto it = std::find_if(tables.begin(), tables.end(),
                                     [&](const StudyTable &t) { return t.subFault == subFault; });
        QVERIFY(it != tables.end());
        QCOMPARE(it->actionTransactions, qint64(count));
        QCOMPARE(it->informationTransactions, qint64(0));
        const int shown = int(ranking.count(QLatin1Char(' '))) + 1;
        QCOMPARE(format(it->actions.mid(0, shown)), ranking);
        QCOMPARE(it->bugType, subFaultBugType(subFault));
    }

    void optionsChangeThresholdAndTopSizes()
    {
        StudyOptions o;
        o.minConfidence = 0.5;
        o.topActions = 2;
        o.topInformation = 1;
        const QList<StudyTable> tables = studyRulesByBugType(m_all, o);
        QCOMPARE(format(tables.first().topActions(o)), QStringLiteral("D:0.5625 R:0.4583*"));
        QCOMPARE(format(tables.first().topInformation(o)), QStringLiteral("C:0.8600"));
    }
};

QTEST_GUILESS_MAIN(TestStudyRules)
#include "tst_studyrules.moc"
