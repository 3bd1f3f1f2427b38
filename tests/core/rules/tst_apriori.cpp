// Apriori against an independent brute-force enumerator on random transaction sets.
#include "rules/Apriori.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace dlrepro;

namespace {

struct Data {
    int items = 0;
    std::vector<quint32> rows; // item masks
};

Data randomData(quint32 seed, int items, int rows, double density)
{
    QRandomGenerator rng(seed);
    Data d;
    d.items = items;
    for (int r = 0; r < rows; ++r) {
        quint32 mask = 0;
        for (int i = 0; i < items; ++i)
            if (rng.generateDouble() < density)
                mask |= quint32(1) << i;
        d.rows.push_back(mask);
    }
    return d;
}

std::vector<int> toItems(quint32 mask)
{
    std::vector<int> out;
    for (int i = 0; i < 32; ++i)
        if (mask >> i & 1)
            out.push_back(i);
    return out;
}

qint64 countOf(const Data &d, quint32 mask)
{
    qint64 c = 0;
    for (quint32 r : d.rows)
        c += (r & mask) == mask;
    return c;
}

// Every non-empty itemset over d.items items, counted by scanning the rows; rules from every
// split. Ordered as documented in Apriori.h, but with its own comparison code (long double
// products instead of the library's 128-bit integers).
AprioriResult bruteForce(const Data &d, const AprioriOptions &o)
{
    AprioriResult res;
    const qint64 n = qint64(d.rows.size());
    res.transactionCount = n;
    if (n == 0)
        return res;
    const int maxLen = o.maxLength > 0 ? o.maxLength : 64;
    std::vector<quint32> frequent;
    std::vector<qint64> counts(size_t(1) << d.items, 0);
    for (quint32 mask = 1; mask < (quint32(1) << d.items); ++mask) {
        if (std::popcount(mask) > maxLen)
            continue;
        const qint64 c = countOf(d, mask);
        counts[mask] = c;
        if (c >= 1 && double(c) / double(n) >= o.minSupport - 1e-9 / double(n)) {
            frequent.push_back(mask);
            res.itemsets.push_back({toItems(mask), c, double(c) / double(n)});
        }
    }
    std::sort(res.itemsets.begin(), res.itemsets.end(), [](const FrequentItemset &a, const FrequentItemset &b) {
        if (a.items.size() != b.items.size())
            return a.items.size() < b.items.size();
        if (a.count != b.count)
            return a.count > b.count;
        return a.items < b.items;
    });
    auto cls = [&](int item) { return item < int(o.itemClasses.size()) ? o.itemClasses[size_t(item)] : -1; };
    for (quint32 z : frequent) {
        if (std::popcount(z) < 2)
            continue;
        for (quint32 x = (z - 1) & z; x; x = (x - 1) & z) {
            const quint32 y = z & ~x;
            const std::vector<int> yi = toItems(y);
            if (o.consequentClass >= 0 && std::any_of(yi.begin(), yi.end(), [&](int i) { return cls(i) != o.consequentClass; }))
                continue;
            AssociationRule r;
            r.antecedent = toItems(x);
            r.consequent = yi;
            r.count = counts[z];
            r.antecedentCount = counts[x];
            r.consequentCount = counts[y];
            r.support = double(r.count) / double(n);
            r.confidence = double(r.count) / double(r.antecedentCount);
            const double sy = double(r.consequentCount) / double(n);
            r.lift = r.confidence / sy;
            r.leverage = r.support - double(r.antecedentCount) / double(n) * sy;
            r.conviction = r.count == r.antecedentCount ? std::numeric_limits<double>::infinity()
                                                        : (1 - sy) / (1 - r.confidence);
            if (r.confidence < o.minConfidence - 1e-12 || r.lift < o.minLift - 1e-12)
                continue;
            res.rules.push_back(r);
        }
    }
    auto lexLess = [](const std::vector<int> &a, const std::vector<int> &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    };
    std::sort(res.rules.begin(), res.rules.end(), [&](const AssociationRule &a, const AssociationRule &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const long double ca = (long double)a.count * b.antecedentCount, cb = (long double)b.count * a.antecedentCount;
        if (ca != cb)
            return ca > cb;
        const long double la = (long double)a.count * b.antecedentCount * b.consequentCount;
        const long double lb = (long double)b.count * a.antecedentCount * a.consequentCount;
        if (la != lb)
            return la > lb;
        if (a.antecedent != b.antecedent)
            return lexLess(a.antecedent, b.antecedent);
        return lexLess(a.consequent, b.consequent);
    });
    return res;
}

TransactionMatrix toMatrix(const Data &d)
{
    TransactionMatrix m(d.items);
    for (quint32 r : d.rows) {
        const std::vector<int> items = toItems(r);
        m.add(items);
    }
    return m;
}

QString describe(const AssociationRule &r)
{
    auto list = [](const std::vector<int> &v) {
        QStringList s;
        for (int i : v)
            s << QString::number(i);
        return s.join(QLatin1Char(','));
    };
    return QStringLiteral("{%1}=>{%2} n=%3").arg(list(r.antecedent), list(r.consequent)).arg(r.count);
}

} // namespace

class TestApriori : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("density");
        QTest::addColumn<double>("minSupport");
        QTest::addColumn<double>("minConfidence");
        QTest::addColumn<double>("minLift");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("consequentClass");
        QTest::newRow("sparse 8 items") << 1u << 8 << 200 << 0.3 << 0.05 << 0.0 << 0.0 << 0 << -1;
        QTest::newRow("dense 10 items") << 2u << 10 << 120 << 0.6 << 0.2 << 0.5 << 0.0 << 0 << -1;
        QTest::newRow("every occurring itemset") << 3u << 7 << 40 << 0.4 << 0.0 << 0.0 << 0.0 << 0 << -1;
        QTest::newRow("max length 2") << 4u << 10 << 300 << 0.35 << 0.02 << 0.3 << 0.0 << 2 << -1;
        QTest::newRow("max length 3, lift") << 5u << 9 << 250 << 0.45 << 0.05 << 0.1 << 1.05 << 3 << -1;
        QTest::newRow("consequent class 1") << 6u << 10 << 150 << 0.5 << 0.1 << 0.2 << 0.0 << 0 << 1;
        QTest::newRow("support on the boundary") << 7u << 6 << 40 << 0.5 << 0.25 << 0.0 << 0.0 << 0 << -1;
        QTest::newRow("high confidence") << 8u << 12 << 100 << 0.7 << 0.3 << 0.9 << 0.0 << 0 << -1;
        QTest::newRow("nothing frequent") << 9u << 8 << 50 << 0.1 << 0.9 << 0.0 << 0.0 << 0 << -1;
        QTest::newRow("one transaction") << 10u << 6 << 1 << 0.8 << 0.5 << 0.0 << 0.0 << 0 << -1;
        QTest::newRow("all items in all") << 11u << 5 << 20 << 1.0 << 1.0 << 1.0 << 0.0 << 0 << -1;
        QTest::newRow("more than 64 rows, not multiple") << 12u << 9 << 1001 << 0.3 << 0.01 << 0.0 << 0.0 << 4 << 0;
    }
    void matchesBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, items);
        QFETCH(int, rows);
        QFETCH(double, density);
        AprioriOptions o;
        QFETCH(double, minSupport);
        QFETCH(double, minConfidence);
        QFETCH(double, minLift);
        QFETCH(int, maxLength);
        QFETCH(int, consequentClass);
        o.minSupport = minSupport;
        o.minConfidence = minConfidence;
        o.minLift = minLift;
        o.maxLength = maxLength;
        o.consequentClass = consequentClass;
        for (int i = 0; i < items; ++i)
            o.itemClasses.push_back(i % 2);

        const Data d = randomData(seed, items, rows, density);
        AprioriResult got;
        QString error;
        QVERIFY2(runApriori(toMatrix(d), o, &got, &error), qPrintable(error));
        const AprioriResult want = bruteForce(d, o);

        QCOMPARE(got.transactionCount, qint64(rows));
        QCOMPARE(got.itemsets.size(), want.itemsets.size());
        for (size_t i = 0; i < want.itemsets.size(); ++i)
            QVERIFY2(got.itemsets[i] == want.itemsets[i], qPrintable(QStringLiteral("itemset %1").arg(i)));
        QCOMPARE(got.rules.size(), want.rules.size());
        for (size_t i = 0; i < want.rules.size(); ++i) {
            const AssociationRule &g = got.rules[i], &w = want.rules[i];
            QVERIFY2(g.antecedent == w.antecedent && g.consequent == w.consequent,
                     qPrintable(describe(g) + QStringLiteral(" vs ") + describe(w)));
            QCOMPARE(g.count, w.count);
            QCOMPARE(g.antecedentCount, w.antecedentCount);
            QCOMPARE(g.consequentCount, w.consequentCount);
            QCOMPARE(g.support, w.support);
            QCOMPARE(g.confidence, w.confidence);
            QCOMPARE(g.lift, w.lift);
            QCOMPARE(g.leverage, w.leverage);
            QCOMPARE(g.conviction, w.conviction);
        }
        if (rows > 100 && minSupport < 0.1)
            QVERIFY(!got.rules.empty()); // the case exercises rule generation at all
    }

    // A worked example (Agrawal & Srikant's style) with hand-computed figures.
    void handExample()
    {
        TransactionMatrix m(4);
        m.add({0, 1});
        m.add({0, 1, 2});
        m.add({0, 2});
        m.add({1, 3});
        AprioriOptions o;
        o.minSupport = 0.5;
        o.minConfidence = 0.6;
        AprioriResult r;
        QVERIFY(runApriori(m, o, &r));
        QCOMPARE(r.itemsets.size(), size_t(5)); // {0} {1} {2} {0,1} {0,2}
        QCOMPARE(r.itemsets[0].items, std::vector<int>{0});
        QCOMPARE(r.itemsets[0].support, 0.75);
        QCOMPARE(r.itemsets[2].items, std::vector<int>{2});
        QCOMPARE(r.itemsets[3].items, (std::vector<int>{0, 1}));
        QCOMPARE(r.itemsets[4].items, (std::vector<int>{0, 2}));
        // {2}=>{0}: confidence 1, lift 4/3, first.
        QCOMPARE(r.rules.size(), size_t(4));
        QCOMPARE(r.rules[0].antecedent, std::vector<int>{2});
        QCOMPARE(r.rules[0].confidence, 1.0);
        QCOMPARE(r.rules[0].lift, 4.0 / 3.0);
        QCOMPARE(r.rules[0].leverage, 0.5 - 0.5 * 0.75);
        QVERIFY(std::isinf(r.rules[0].conviction));
        // {0}=>{2} (conf 2/3, lift 4/3) beats {0}=>{1} and {1}=>{0} (conf 2/3, lift 8/9), which
        // tie on every measure and fall back to the antecedent in id order.
        QCOMPARE(r.rules[1].antecedent, std::vector<int>{0});
        QCOMPARE(r.rules[1].consequent, std::vector<int>{2});
        QCOMPARE(r.rules[1].lift, 4.0 / 3.0);
        QCOMPARE(r.rules[2].antecedent, std::vector<int>{0});
        QCOMPARE(r.rules[2].consequent, std::vector<int>{1});
        QCOMPARE(r.rules[2].lift, 8.0 / 9.0);
        QCOMPARE(r.rules[3].antecedent, std::vector<int>{1});
        QCOMPARE(r.rules[3].conviction, (1 - 0.75) / (1 - 2.0 / 3.0));
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<double>("support");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("lift");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("message");
        QTest::newRow("support > 1") << 1.5 << 0.0 << 0.0 << 0 << QStringLiteral("minimum support must be between 0 and 1");
        QTest::newRow("support NaN") << std::nan("") << 0.0 << 0.0 << 0 << QStringLiteral("minimum support must be between 0 and 1");
        QTest::newRow("confidence < 0") << 0.1 << -0.1 << 0.0 << 0 << QStringLiteral("minimum confidence must be between 0 and 1");
        QTest::newRow("lift inf") << 0.1 << 0.0 << std::numeric_limits<double>::infinity() << 0
                                  << QStringLiteral("minimum lift must be a finite number >= 0");
        QTest::newRow("length < 0") << 0.1 << 0.0 << 0.0 << -1 << QStringLiteral("maximum length must be >= 0 (0 means no limit)");
    }
    void rejectsBadOptions()
    {
        QFETCH(double, support);
        QFETCH(double, confidence);
        QFETCH(double, lift);
        QFETCH(int, maxLength);
        QFETCH(QString, message);
        AprioriOptions o;
        o.minSupport = support;
        o.minConfidence = confidence;
        o.minLift = lift;
        o.maxLength = maxLength;
        AprioriResult r;
        QString error;
        QVERIFY(!runApriori(TransactionMatrix(3), o, &r, &error));
        QCOMPARE(error, message);
    }

    void emptyInput()
    {
        AprioriResult r;
        QVERIFY(runApriori(TransactionMatrix(5), AprioriOptions(), &r));
        QCOMPARE(r.transactionCount, qint64(0));
        QVERIFY(r.itemsets.empty());
        QVERIFY(r.rules.empty());
    }
};

QTEST_GUILESS_MAIN(TestApriori)
#include "tst_apriori.moc"
