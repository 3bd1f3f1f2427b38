// The binomial GLM against statsmodels 0.13 (sm.GLM(y, X, family=Binomial()).fit()) on random
// data sets generated here, full-rank and rank-deficient, and against hand-computed fits.
#include "PythonOracle.h"
#include "stats/Glm.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace dlrepro;

namespace {

struct Case {
    DesignMatrix x;
    std::vector<double> y;
};

// Covariates: a few continuous, a few binary, optionally the thesis's set-up (an intercept and
// every level of a three-level factor, so the design has rank p − 1); y drawn from a logistic
// model so that the fit is neither trivial nor separated.
Case randomCase(quint32 seed, int n, int continuous, int binary, bool allDummies, bool duplicate)
{
    QRandomGenerator rng(seed);
    Case c;
    c.x.rows = n;
    c.x.columns << QStringLiteral("Intercept");
    for (int j = 0; j < continuous; ++j)
        c.x.columns << QStringLiteral("x%1").arg(j);
    for (int j = 0; j < binary; ++j)
        c.x.columns << QStringLiteral("b%1").arg(j);
    if (allDummies)
        c.x.columns << QStringLiteral("L_0") << QStringLiteral("L_1") << QStringLiteral("L_2");
    if (duplicate)
        c.x.columns << QStringLiteral("x0_twice");
    for (int i = 0; i < n; ++i) {
        std::vector<double> row{1.0};
        double eta = -0.3;
        for (int j = 0; j < continuous; ++j) {
            const double v = rng.generateDouble() * 4.0 - 2.0;
            row.push_back(v);
            eta += (j % 2 ? -0.6 : 0.8) * v;
        }
        for (int j = 0; j < binary; ++j) {
            const double v = rng.bounded(2);
            row.push_back(v);
            eta += (j % 2 ? 0.9 : -0.5) * v;
        }
        if (allDummies) {
            const int level = int(rng.bounded(3));
            for (int l = 0; l < 3; ++l)
                row.push_back(l == level ? 1.0 : 0.0);
            eta += 0.4 * level;
        }
        if (duplicate)
            row.push_back(2.0 * row[1]);
        c.x.values.insert(c.x.values.end(), row.begin(), row.end());
        c.y.push_back(rng.generateDouble() < 1.0 / (1.0 + std::exp(-eta)) ? 1.0 : 0.0);
    }
    return c;
}

QByteArray toText(const Case &c)
{
    QByteArray out;
    for (int i = 0; i < c.x.rows; ++i) {
        out += QByteArray::number(c.y[size_t(i)], 'g', 17);
        for (int j = 0; j < c.x.cols(); ++j)
            out += ' ' + QByteArray::number(c.x.at(i, j), 'g', 17);
        out += '\n';
    }
    return out;
}

// Two fits: statsmodels' default, whose IRLS steps use numpy's lstsq with a machine-precision
// cutoff, and wls_method='pinv', whose steps use pinv (cutoff 1e-15 × the largest singular
// value). On an exactly collinear design the default keeps a ~1e-15 singular value now and then
// and wanders (it fails to converge, or ends at estimates of 1e14): that answer is rounding
// noise, so the reference there is the pinv fit, which is the minimum-norm solution.
const QString kStatsmodels = QStringLiteral(R"(
import sys, json, warnings
import numpy as np
import statsmodels.api as sm
warnings.simplefilter('ignore')
d = np.loadtxt(sys.stdin, ndmin=2)
y, X = d[:, 0], d[:, 1:]
def summary(r):
    ci = r.conf_int()
    return {'params': list(r.params), 'bse': list(r.bse), 'z': list(r.tvalues),
            'p': list(r.pvalues), 'low': list(ci[:, 0]), 'high': list(ci[:, 1]),
            'deviance': r.deviance, 'null_deviance': r.null_deviance, 'llf': r.llf,
            'aic': r.aic, 'df_resid': float(r.df_resid), 'converged': bool(r.converged),
            'iterations': int(r.fit_history['iteration'])}
default = summary(sm.GLM(y, X, family=sm.families.Binomial()).fit())
pinv = summary(sm.GLM(y, X, family=sm.families.Binomial()).fit(wls_method='pinv'))
print(json.dumps({'default': default, 'pinv': pinv}))
)");

bool close(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); }

// Every figure of the fit against one statsmodels summary; the first mismatch, or empty.
QString mismatch(const GlmFit &fit, const QJsonObject &ref)
{
    auto check = [](double ours, double theirs, const char *what, int term) {
        return close(ours, theirs) ? QString()
                                   : QStringLiteral("%1[%2]: ours %3, statsmodels %4")
                                         .arg(QLatin1String(what))
                                         .arg(term)
                                         .arg(ours, 0, 'g', 17)
                                         .arg(theirs, 0, 'g', 17);
    };
    QStringList problems;
    if (fit.converged != ref.value(QLatin1String("converged")).toBool())
        problems << QStringLiteral("converged differs");
    for (int j = 0; j < fit.terms.size(); ++j) {
        const GlmTerm &t = fit.terms.at(j);
        const double beta = ref[QLatin1String("params")][j].toDouble();
        problems << check(t.estimate, beta, "estimate", j) << check(t.stdError, ref[QLatin1String("bse")][j].toDouble(), "std. error", j)
                 << check(t.z, ref[QLatin1String("z")][j].toDouble(), "z", j) << check(t.p, ref[QLatin1String("p")][j].toDouble(), "p", j)
                 << check(t.ciLow, ref[QLatin1String("low")][j].toDouble(), "ci low", j)
                 << check(t.ciHigh, ref[QLatin1String("high")][j].toDouble(), "ci high", j)
                 << check(t.oddsRatio, std::exp(beta), "odds ratio", j);
    }
    problems << check(fit.deviance, ref.value(QLatin1String("deviance")).toDouble(), "deviance", 0)
             << check(fit.nullDeviance, ref.value(QLatin1String("null_deviance")).toDouble(), "null deviance", 0)
             << check(fit.logLikelihood, ref.value(QLatin1String("llf")).toDouble(), "llf", 0)
             << check(fit.aic, ref.value(QLatin1String("aic")).toDouble(), "aic", 0)
             << check(fit.residualDf, ref.value(QLatin1String("df_resid")).toDouble(), "df_resid", 0);
    problems.removeAll(QString());
    return problems.value(0);
}

} // namespace

class TestGlm : public QObject
{
    Q_OBJECT

private slots:
    void againstStatsmodels_data();
    void againstStatsmodels();
    void interceptOnlyByHand();
    void aliasedColumnsNamed();
    void perfectSeparationReported();
    void rejectsBadInput();
    void designDummies_data();
    void designDummies();
    void designErrors_data();
    void designErrors();
    void table();
};

void TestGlm::againstStatsmodels_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("continuous");
    QTest::addColumn<int>("binary");
    QTest::addColumn<bool>("allDummies");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<int>("aliased");
    // true where statsmodels' default (lstsq) fit happens to be stable on the rank-deficient
    // design, so that it must equal ours too.
    QTest::addColumn<bool>("rankDeficientDefaultAgrees");
    QTest::newRow("two continuous, n=40") << 1u << 40 << 2 << 0 << false << false << 0 << false;
    QTest::newRow("mixed, n=120") << 2u << 120 << 3 << 2 << false << false << 0 << false;
    QTest::newRow("binary only, n=25") << 3u << 25 << 0 << 3 << false << false << 0 << false;
    QTest::newRow("large, n=500") << 4u << 500 << 4 << 3 << false << false << 0 << false;
    QTest::newRow("thesis-like: all dummies + intercept") << 5u << 44 << 1 << 2 << true << false << 1 << true;
    QTest::newRow("all dummies, n=200") << 6u << 200 << 2 << 1 << true << false << 1 << false;
    QTest::newRow("duplicated column") << 7u << 80 << 2 << 1 << false << true << 1 << false;
    QTest::newRow("dummies and duplicate") << 8u << 90 << 2 << 0 << true << true << 2 << false;
}

void TestGlm::againstStatsmodels()
{
    if (!statstest::pythonHas(QStringLiteral("statsmodels")))
        QSKIP("/usr/bin/python3 has no statsmodels");
    QFETCH(quint32, seed);
    QFETCH(int, n);
    QFETCH(int, continuous);
    QFETCH(int, binary);
    QFETCH(bool, allDummies);
    QFETCH(bool, duplicate);
    QFETCH(int, aliased);
    QFETCH(bool, rankDeficientDefaultAgrees);
    const Case c = randomCase(seed, n, continuous, binary, allDummies, duplicate);

    QString pyError;
    const QJsonObject ref = statstest::runPython(kStatsmodels, toText(c), &pyError).object();
    QVERIFY2(!ref.isEmpty(), qPrintable(pyError));
    const QJsonObject pinv = ref.value(QLatin1String("pinv")).toObject();
    const QJsonObject standard = ref.value(QLatin1String("default")).toObject();

    GlmFit fit;
    QString error;
    QVERIFY2(fitBinomialGlm(c.x, c.y, GlmOptions{}, &fit, &error), qPrintable(error));
    QCOMPARE(fit.terms.size(), qsizetype(c.x.cols()));
    QCOMPARE(fit.aliasedColumns.size(), qsizetype(aliased));
    QCOMPARE(fit.rank, c.x.cols() - aliased);
    const QString againstPinv = mismatch(fit, pinv);
    QVERIFY2(againstPinv.isEmpty(), qPrintable(againstPinv));
    QCOMPARE(fit.iterations, pinv.value(QLatin1String("iterations")).toInt());
    // Where statsmodels' default agrees with its own pinv fit (always on a full-rank design),
    // we agree with the default too; where it does not, its default answer is the noise
    // described above kStatsmodels.
    const QString againstDefault = mismatch(fit, standard);
    if (aliased == 0 || rankDeficientDefaultAgrees)
        QVERIFY2(againstDefault.isEmpty(), qPrintable(againstDefault));
    else if (!againstDefault.isEmpty())
        qInfo("statsmodels' default fit is off its own pinv fit here (%s): compared with the pinv fit", qPrintable(againstDefault));
}

void TestGlm::interceptOnlyByHand()
{
    // 3 successes of 10: β = logit(0.3), se = 1/√(n·p·(1−p)), deviance = −2Σ log-likelihood.
    DesignMatrix x;
    x.columns << QStringLiteral("Intercept");
    x.rows = 10;
    x.values.assign(10, 1.0);
    const std::vector<double> y{1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    GlmFit fit;
    QVERIFY(fitBinomialGlm(x, y, GlmOptions{}, &fit));
    QVERIFY(fit.converged);
    QVERIFY(std::abs(fit.terms[0].estimate - std::log(0.3 / 0.7)) < 1e-9);
    // The standard error uses the weights of the last step's start, as statsmodels does, so it is
    // off the converged value by the last step's size (3e-7 here).
    QVERIFY(std::abs(fit.terms[0].stdError - 1.0 / std::sqrt(10 * 0.3 * 0.7)) < 1e-6);
    QVERIFY(std::abs(fit.terms[0].oddsRatio - 0.3 / 0.7) < 1e-9);
    const double dev = -2.0 * (3 * std::log(0.3) + 7 * std::log(0.7));
    QVERIFY(std::abs(fit.deviance - dev) < 1e-9);
    QVERIFY(std::abs(fit.nullDeviance - dev) < 1e-9);
    QCOMPARE(fit.residualDf, 9);
    QVERIFY(fit.aliasedColumns.isEmpty());
}

void TestGlm::aliasedColumnsNamed()
{
    // Intercept + three level dummies: the last dummy is the one in the span of those before it.
    DesignMatrix x;
    x.columns = {QStringLiteral("Intercept"), QStringLiteral("E_0"), QStringLiteral("E_1"), QStringLiteral("E_2"),
                 QStringLiteral("zero")};
    std::vector<double> y;
    for (int i = 0; i < 12; ++i) {
        const int level = i % 3;
        x.values.insert(x.values.end(), {1.0, level == 0 ? 1.0 : 0.0, level == 1 ? 1.0 : 0.0, level == 2 ? 1.0 : 0.0, 0.0});
        y.push_back(i % 4 == 0 || i % 5 == 0 ? 1.0 : 0.0);
    }
    x.rows = 12;
    GlmFit fit;
    QVERIFY(fitBinomialGlm(x, y, GlmOptions{}, &fit));
    QCOMPARE(fit.aliasedColumns, QStringList({QStringLiteral("E_2"), QStringLiteral("zero")}));
    QCOMPARE(fit.rank, 3);
    // The minimum-norm solution gives an all-zero column a zero estimate.
    QCOMPARE(fit.terms[4].estimate, 0.0);
    // … and splits the intercept over the dummies: β0 = Σ β_level (each level's η is β0 + β_l).
    const double sum = fit.terms[1].estimate + fit.terms[2].estimate + fit.terms[3].estimate;
    QVERIFY(std::abs(fit.terms[0].estimate - sum) < 1e-8);
}

void TestGlm::perfectSeparationReported()
{
    DesignMatrix x;
    x.columns = {QStringLiteral("Intercept"), QStringLiteral("x")};
    std::vector<double> y;
    for (int i = 0; i < 10; ++i) {
        x.values.insert(x.values.end(), {1.0, double(i)});
        y.push_back(i >= 5 ? 1.0 : 0.0);
    }
    x.rows = 10;
    GlmFit fit;
    QVERIFY(fitBinomialGlm(x, y, GlmOptions{}, &fit));
    QVERIFY(fit.perfectSeparation);
    QVERIFY(!fit.converged);
}

void TestGlm::rejectsBadInput()
{
    DesignMatrix x;
    x.columns = {QStringLiteral("Intercept")};
    x.rows = 2;
    x.values = {1.0, 1.0};
    GlmFit fit;
    QString error;
    QVERIFY(!fitBinomialGlm(x, {0.0, 2.0}, GlmOptions{}, &fit, &error));
    QVERIFY(error.contains(QLatin1String("row 2")));
    QVERIFY(!fitBinomialGlm(x, {0.0}, GlmOptions{}, &fit, &error));
    x.values = {1.0, std::nan("")};
    QVERIFY(!fitBinomialGlm(x, {0.0, 1.0}, GlmOptions{}, &fit, &error));
    DesignMatrix empty;
    QVERIFY(!fitBinomialGlm(empty, {}, GlmOptions{}, &fit, &error));
}

void TestGlm::designDummies_data()
{
    QTest::addColumn<bool>("keepAll");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<double>>("firstRow");
    QTest::newRow("drop first level") << false
                                      << QStringList{QStringLiteral("Intercept"), QStringLiteral("Exp_1"), QStringLiteral("Exp_10"),
                                                     QStringLiteral("Hints")}
                                      << QList<double>{1, 0, 1, 1};
    QTest::newRow("keep every level") << true
                                      << QStringList{QStringLiteral("Intercept"), QStringLiteral("Exp_0"), QStringLiteral("Exp_1"),
                                                     QStringLiteral("Exp_10"), QStringLiteral("Hints")}
                                      << QList<double>{1, 0, 0, 1, 1};
}

void TestGlm::designDummies()
{
    QFETCH(bool, keepAll);
    QFETCH(QStringList, columns);
    QFETCH(QList<double>, firstRow);
    DataTable t;
    t.headers = {QStringLiteral("id"), QStringLiteral("Exp"), QStringLiteral("Hints"), QStringLiteral("Reproduced")};
    // Levels sort numerically (0, 1, 10), not as text (0, 1, 10 happens to agree; 2 < 10 below).
    t.rows = {{QStringLiteral("p1"), QStringLiteral("10"), QStringLiteral("yes"), QStringLiteral("1")},
              {QStringLiteral("p2"), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("0")},
              {QStringLiteral("p3"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("true")}};
    GlmFormula f;
    f.response = QStringLiteral("Reproduced");
    f.terms = {QStringLiteral("Exp"), QStringLiteral("Hints")};
    f.dummies = {QStringLiteral("Exp")};
    f.keepAllDummies = keepAll;
    DesignMatrix x;
    std::vector<double> y;
    QString error;
    QVERIFY2(buildGlmDesign(t, f, &x, &y, &error), qPrintable(error));
    QCOMPARE(x.columns, columns);
    QCOMPARE(x.rows, 3);
    for (int j = 0; j < x.cols(); ++j)
        QCOMPARE(x.at(0, j), firstRow.at(j));
    QCOMPARE(y, (std::vector<double>{1, 0, 1}));
}

void TestGlm::designErrors_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("dummies");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown response") << QStringLiteral("Nope") << QStringList{QStringLiteral("x")} << QStringList{}
                                      << QStringLiteral("'Nope'");
    QTest::newRow("unknown term") << QStringLiteral("y") << QStringList{QStringLiteral("zz")} << QStringList{} << QStringLiteral("'zz'");
    QTest::newRow("text in a numeric term") << QStringLiteral("y") << QStringList{QStringLiteral("group")} << QStringList{}
                                            << QStringLiteral("row 1");
    QTest::newRow("response not binary") << QStringLiteral("x") << QStringList{QStringLiteral("y")} << QStringList{}
                                         << QStringLiteral("must be 0 or 1");
    QTest::newRow("dummy not a term") << QStringLiteral("y") << QStringList{QStringLiteral("x")} << QStringList{QStringLiteral("group")}
                                      << QStringLiteral("'group'");
    QTest::newRow("response as term") << QStringLiteral("y") << QStringList{QStringLiteral("y")} << QStringList{}
                                      << QStringLiteral("cannot also be a term");
}

void TestGlm::designErrors()
{
    QFETCH(QString, response);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, dummies);
    QFETCH(QString, message);
    DataTable t;
    t.headers = {QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("group")};
    t.rows = {{QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("a")}, {QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("b")}};
    GlmFormula f;
    f.response = response;
    f.terms = terms;
    f.dummies = dummies;
    DesignMatrix x;
    std::vector<double> y;
    QString error;
    QVERIFY(!buildGlmDesign(t, f, &x, &y, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestGlm::table()
{
    GlmFit fit;
    fit.observations = 10;
    GlmTerm a;
    a.name = QStringLiteral("Intercept");
    a.estimate = -3.4229;
    GlmTerm b;
    b.name = QStringLiteral("Hints");
    b.estimate = 3.0899;
    b.oddsRatio = std::exp(3.0899);
    GlmTerm c;
    c.name = QStringLiteral("E_2");
    c.aliased = true;
    fit.terms = {a, b, c};
    const TextTable t = glmTable(fit);
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0].last(), QStringLiteral("-"));
    QCOMPARE(t.rows[1].last(), QStringLiteral("21.974880")); // e^3.0899
    QVERIFY(t.rows[2].first().contains(QLatin1String("aliased")));
}

QTEST_GUILESS_MAIN(TestGlm)
#include "tst_glm.moc"
