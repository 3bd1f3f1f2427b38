// Cohen's kappa: hand-computed cases, the agreement report, and sklearn's cohen_kappa_score on
// random label sets generated here and scored in a real /usr/bin/python3 process.
#include "PythonOracle.h"
#include "stats/CohenKappa.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace dlrepro;

class TestCohenKappa : public QObject
{
    Q_OBJECT

private slots:
    void byHand_data();
    void byHand();
    void invalidLengths();
    void report();
    void reportExcludesDegenerate();
    void reportRejectsBadShapes();
    void tables();
    void againstSklearn();
};

void TestCohenKappa::byHand_data()
{
    QTest::addColumn<std::vector<int>>("first");
    QTest::addColumn<std::vector<int>>("second");
    QTest::addColumn<double>("kappa");
    QTest::addColumn<double>("observed");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("degenerate");
    QTest::newRow("perfect") << std::vector<int>{1, 0, 1, 0} << std::vector<int>{1, 0, 1, 0} << 1.0 << 1.0 << 0.5 << false;
    QTest::newRow("opposite") << std::vector<int>{1, 0, 1, 0} << std::vector<int>{0, 1, 0, 1} << -1.0 << 0.0 << 0.5 << false;
    // p_o = 3/4; marginals (½,½) and (¼,¾): p_e = ½·¼ + ½·¾ = ½; κ = (¾ − ½)/(1 − ½).
    QTest::newRow("one miss") << std::vector<int>{1, 1, 0, 0} << std::vector<int>{1, 0, 0, 0} << 0.5 << 0.75 << 0.5 << false;
    // One rater constant: p_e = p_o, so κ = 0 although they agree on 3 of 4.
    QTest::newRow("one constant") << std::vector<int>{0, 0, 0, 0} << std::vector<int>{0, 1, 0, 0} << 0.0 << 0.75 << 0.75 << false;
    QTest::newRow("constant, different") << std::vector<int>{0, 0, 0} << std::vector<int>{1, 1, 1} << 0.0 << 0.0 << 0.0 << false;
    // Both constant and equal: 0/0, sklearn's nan; ours 1 with the flag.
    QTest::newRow("both constant, equal") << std::vector<int>{0, 0, 0} << std::vector<int>{0, 0, 0} << 1.0 << 1.0 << 1.0 << true;
    QTest::newRow("single item") << std::vector<int>{1} << std::vector<int>{1} << 1.0 << 1.0 << 1.0 << true;
    // Three labels: 10 items, p_o = 7/10; marginals a (4,3,3), b (3,4,3): p_e = (12+12+9)/100.
    QTest::newRow("three labels") << std::vector<int>{0, 0, 0, 0, 1, 1, 1, 2, 2, 2} << std::vector<int>{0, 0, 0, 1, 1, 1, 2, 2, 2, 1}
                                  << (0.7 - 0.33) / (1 - 0.33) << 0.7 << 0.33 << false;
}

void TestCohenKappa::byHand()
{
    QFETCH(std::vector<int>, first);
    QFETCH(std::vector<int>, second);
    QFETCH(double, kappa);
    QFETCH(double, observed);
    QFETCH(double, expected);
    QFETCH(bool, degenerate);
    const Kappa k = cohenKappa(first, second);
    QVERIFY(std::abs(k.kappa - kappa) < 1e-12);
    QVERIFY(std::abs(k.observed - observed) < 1e-12);
    QVERIFY(std::abs(k.expected - expected) < 1e-12);
    QCOMPARE(k.degenerate, degenerate);
    QCOMPARE(k.items, int(first.size()));
    // Kappa is symmetric in the raters.
    QCOMPARE(cohenKappa(second, first).kappa, k.kappa);
}

void TestCohenKappa::invalidLengths()
{
    QVERIFY(std::isnan(cohenKappa({}, {}).kappa));
    QVERIFY(std::isnan(cohenKappa({1, 0}, {1}).kappa));
    QCOMPARE(cohenKappa({1, 0}, {1}).items, 0);
}

namespace {

TwoRaterLabels sample()
{
    TwoRaterLabels d;
    d.labels = {QStringLiteral("D"), QStringLiteral("N"), QStringLiteral("L"), QStringLiteral("R")};
    d.unitIds = {QStringLiteral("bug-a"), QStringLiteral("bug-b"), QStringLiteral("bug-c")};
    d.first = {{1, 1, 0, 0}, {1, 0, 1, 0}, {0, 0, 0, 0}};
    d.second = {{1, 0, 0, 0}, {1, 0, 1, 0}, {0, 0, 0, 0}};
    return d;
}

} // namespace

void TestCohenKappa::report()
{
    AgreementReport r;
    QString error;
    QVERIFY2(computeAgreement(sample(), DegenerateUnits::CountAsOne, &r, &error), qPrintable(error));
    QCOMPARE(r.perUnit.size(), 3);
    QCOMPARE(r.perUnit[0].unitId, QStringLiteral("bug-a"));
    QCOMPARE(r.perUnit[0].kappa.kappa, 0.5);
    QCOMPARE(r.perUnit[1].kappa.kappa, 1.0);
    QVERIFY(r.perUnit[2].kappa.degenerate);
    QCOMPARE(r.degenerateUnits, 1);
    QCOMPARE(r.unitsInMean, 3);
    QVERIFY(std::abs(r.meanKappa - 2.5 / 3) < 1e-12);
    // Pooled over the 12 decisions: one disagreement; first rater 4 ones, second 3 ones.
    // p_o = 11/12, p_e = (4·3 + 8·9)/144 = 84/144.
    const double po = 11.0 / 12, pe = 84.0 / 144;
    QVERIFY(std::abs(r.pooled.kappa - (po - pe) / (1 - pe)) < 1e-12);
    // Per label over the three bugs: D agrees everywhere with both values (κ 1); N: a (1,0,0),
    // b (0,0,0) → κ 0; R: all zero for both (degenerate, 1).
    QCOMPARE(r.perLabel.size(), 4);
    QCOMPARE(r.perLabel[0].label, QStringLiteral("D"));
    QCOMPARE(r.perLabel[0].kappa.kappa, 1.0);
    QCOMPARE(r.perLabel[1].kappa.kappa, 0.0);
    QVERIFY(r.perLabel[3].kappa.degenerate);
}

void TestCohenKappa::reportExcludesDegenerate()
{
    AgreementReport r;
    QVERIFY(computeAgreement(sample(), DegenerateUnits::Exclude, &r));
    QCOMPARE(r.unitsInMean, 2);
    QCOMPARE(r.meanKappa, 0.75);
    QCOMPARE(r.degenerateUnits, 1);
}

void TestCohenKappa::reportRejectsBadShapes()
{
    AgreementReport r;
    QString error;
    TwoRaterLabels d = sample();
    d.second.removeLast();
    QVERIFY(!computeAgreement(d, DegenerateUnits::CountAsOne, &r, &error));
    d = sample();
    d.first[1] = {1, 0, 1};
    QVERIFY(!computeAgreement(d, DegenerateUnits::CountAsOne, &r, &error));
    QVERIFY2(error.contains(QLatin1String("bug-b")), qPrintable(error));
    d = sample();
    d.second[2][3] = 2;
    QVERIFY(!computeAgreement(d, DegenerateUnits::CountAsOne, &r, &error));
    QVERIFY2(error.contains(QLatin1String("bug-c")) && error.contains(QLatin1String("R")), qPrintable(error));
    QVERIFY(!computeAgreement(TwoRaterLabels{}, DegenerateUnits::CountAsOne, &r, &error));
}

void TestCohenKappa::tables()
{
    AgreementReport r;
    QVERIFY(computeAgreement(sample(), DegenerateUnits::CountAsOne, &r));
    const TextTable units = agreementUnitTable(r);
    QCOMPARE(units.rows.size(), 5); // three bugs, mean, pooled
    QCOMPARE(units.rows[0], (QStringList{QStringLiteral("bug-a"), QStringLiteral("0.5000"), QStringLiteral("0.7500"), QStringLiteral("0.5000")}));
    QCOMPARE(units.rows[2][1], QStringLiteral("1.0000*"));
    QCOMPARE(units.rows[3][1], QStringLiteral("0.8333"));
    QCOMPARE(agreementLabelTable(r).rows.size(), 4);
}

void TestCohenKappa::againstSklearn()
{
    if (!statstest::pythonHas(QStringLiteral("sklearn")))
        QSKIP("/usr/bin/python3 has no sklearn");
    // 60 random label sets: 2 to 40 items, 2 to 4 labels, some skewed so that constant raters
    // (and so sklearn's nan) occur.
    QRandomGenerator rng(20240611);
    QList<std::pair<std::vector<int>, std::vector<int>>> sets;
    QByteArray input;
    for (int s = 0; s < 60; ++s) {
        const int n = 2 + int(rng.bounded(39));
        const int labels = 2 + int(rng.bounded(3));
        const double agreeBias = rng.generateDouble();
        const bool skewed = s % 5 == 0;
        std::vector<int> a, b;
        for (int i = 0; i < n; ++i) {
            const int x = skewed ? (rng.generateDouble() < 0.9 ? 0 : 1) : int(rng.bounded(labels));
            a.push_back(x);
            b.push_back(rng.generateDouble() < agreeBias ? x : (skewed ? 0 : int(rng.bounded(labels))));
        }
        if (s == 7) // a guaranteed degenerate pair
            a = b = std::vector<int>(size_t(n), 1);
        QByteArray line;
        for (int v : a)
            line += QByteArray::number(v) + ' ';
        line += '|';
        for (int v : b)
            line += ' ' + QByteArray::number(v);
        input += line + '\n';
        sets.append({a, b});
    }
    QString pyError;
    const QJsonDocument doc = statstest::runPython(QStringLiteral(R"(
import sys, json, warnings
from sklearn.metrics import cohen_kappa_score
warnings.simplefilter('ignore')
out = []
for line in sys.stdin:
    a, b = line.split('|')
    k = cohen_kappa_score([int(v) for v in a.split()], [int(v) for v in b.split()])
    out.append(None if k != k else float(k))
print(json.dumps(out))
)"),
                                                   input, &pyError);
    QVERIFY2(doc.isArray(), qPrintable(pyError));
    const QJsonArray ref = doc.array();
    QCOMPARE(ref.size(), sets.size());
    int degenerate = 0;
    for (qsizetype s = 0; s < sets.size(); ++s) {
        const Kappa k = cohenKappa(sets[s].first, sets[s].second);
        if (ref[s].isNull()) {
            // sklearn's nan is exactly our degenerate case, where we say 1.
            QVERIFY2(k.degenerate, qPrintable(QStringLiteral("set %1").arg(s)));
            QCOMPARE(k.kappa, 1.0);
            ++degenerate;
            continue;
        }
        QVERIFY2(!k.degenerate, qPrintable(QStringLiteral("set %1").arg(s)));
        QVERIFY2(std::abs(k.kappa - ref[s].toDouble()) < 1e-12,
                 qPrintable(QStringLiteral("set %1: ours %2, sklearn %3").arg(s).arg(k.kappa, 0, 'g', 17).arg(ref[s].toDouble(), 0, 'g', 17)));
    }
    QVERIFY(degenerate >= 1);
}

QTEST_GUILESS_MAIN(TestCohenKappa)
#include "tst_cohenkappa.moc"
