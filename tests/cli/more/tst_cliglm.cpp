// dlrepro-cli glm on CSVs as a user runs it: the printed fit equals the library's on the same
// design (the library is checked against statsmodels in tests/core/stats/tst_glm), dummies,
// aliased columns, formats, separation and bad input.
#include "CliRun.h"

#include "stats/Glm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dlrepro;
using clitest::runCli;

class TestCliGlm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void thesisModel_data();
    void thesisModel();
    void textTable();
    void formats_data();
    void formats();
    void separationExitsOne();
    void badInput_data();
    void badInput();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }
    QTemporaryDir m_dir;
    QString m_study;
    QByteArray m_studyCsv;
};

void TestCliGlm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A study like the thesis's: 88 answers, Hints, DLExp, Field (yes/no), DLBugFixExp 0/1/2.
    QRandomGenerator rng(4711);
    m_studyCsv = "Participant,DLBugFixExp,Hints,DLExp,Field,BugReproduced\n";
    for (int i = 0; i < 88; ++i) {
        const int exp = int(rng.bounded(3));
        const int hints = i % 2;
        const int dl = int(rng.bounded(2));
        const bool field = rng.bounded(2) == 1;
        const double eta = -0.8 + 1.6 * hints + 0.5 * dl - 0.3 * exp;
        const int y = rng.generateDouble() < 1.0 / (1.0 + std::exp(-eta)) ? 1 : 0;
        m_studyCsv += "P" + QByteArray::number(i / 4 + 1) + ',' + QByteArray::number(exp) + ',' + QByteArray::number(hints) + ','
                      + QByteArray::number(dl) + ',' + (field ? "yes" : "no") + ',' + QByteArray::number(y) + '\n';
    }
    m_study = write(QStringLiteral("study.csv"), m_studyCsv);
}

void TestCliGlm::help()
{
    const auto r = runCli({QStringLiteral("glm"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("--keep-all-dummies")));
}

void TestCliGlm::thesisModel_data()
{
    QTest::addColumn<bool>("keepAll");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("aliased");
    QTest::newRow("thesis: every level") << true
                                         << QStringList{QStringLiteral("Intercept"), QStringLiteral("DLBugFixExp_0"),
                                                        QStringLiteral("DLBugFixExp_1"), QStringLiteral("DLBugFixExp_2"),
                                                        QStringLiteral("Hints"), QStringLiteral("DLExp"), QStringLiteral("Field")}
                                         << QStringList{QStringLiteral("DLBugFixExp_2")};
    QTest::newRow("first level dropped") << false
                                         << QStringList{QStringLiteral("Intercept"), QStringLiteral("DLBugFixExp_1"),
                                                        QStringLiteral("DLBugFixExp_2"), QStringLiteral("Hints"), QStringLiteral("DLExp"),
                                                        QStringLiteral("Field")}
                                         << QStringList{};
}

void TestCliGlm::thesisModel()
{
    QFETCH(bool, keepAll);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, aliased);
    QStringList args{QStringLiteral("glm"), m_study, QStringLiteral("--response"), QStringLiteral("BugReproduced"),
                     QStringLiteral("--terms"), QStringLiteral("DLBugFixExp,Hints,DLExp,Field"), QStringLiteral("--dummies"),
                     QStringLiteral("DLBugFixExp"), QStringLiteral("--json")};
    if (keepAll)
        args << QStringLiteral("--keep-all-dummies");
    const auto r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray terms = o[QLatin1String("terms")].toArray();
    QStringList names;
    for (const QJsonValue &t : terms)
        names << t[QLatin1String("name")].toString();
    QCOMPARE(names, columns);
    QStringList reported;
    for (const QJsonValue &v : o[QLatin1String("aliasedColumns")].toArray())
        reported << v.toString();
    QCOMPARE(reported, aliased);
    QCOMPARE(o[QLatin1String("observations")].toInt(), 88);
    QVERIFY(o[QLatin1String("converged")].toBool());

    // The same fit done in this process from the same CSV.
    DataTable table;
    QString error;
    QVERIFY(readDataTableCsv(m_studyCsv, &table, &error));
    GlmFormula f;
    f.response = QStringLiteral("BugReproduced");
    f.terms = {QStringLiteral("DLBugFixExp"), QStringLiteral("Hints"), QStringLiteral("DLExp"), QStringLiteral("Field")};
    f.dummies = {QStringLiteral("DLBugFixExp")};
    f.keepAllDummies = keepAll;
    DesignMatrix x;
    std::vector<double> y;
    QVERIFY2(buildGlmDesign(table, f, &x, &y, &error), qPrintable(error));
    GlmFit fit;
    QVERIFY(fitBinomialGlm(x, y, GlmOptions{}, &fit, &error));
    for (int j = 0; j < fit.terms.size(); ++j) {
        QCOMPARE(terms[j][QLatin1String("estimate")].toDouble(), fit.terms[j].estimate);
        QCOMPARE(terms[j][QLatin1String("stdError")].toDouble(), fit.terms[j].stdError);
        QCOMPARE(terms[j][QLatin1String("p")].toDouble(), fit.terms[j].p);
        QCOMPARE(terms[j][QLatin1String("oddsRatio")].toDouble(), fit.terms[j].oddsRatio);
    }
}

void TestCliGlm::textTable()
{
    const auto r = runCli({QStringLiteral("glm"), m_study, QStringLiteral("--response"), QStringLiteral("BugReproduced"),
                           QStringLiteral("--terms"), QStringLiteral("DLBugFixExp,Hints"), QStringLiteral("--dummies"),
                           QStringLiteral("DLBugFixExp"), QStringLiteral("--keep-all-dummies")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Variable")));
    QVERIFY(r.out.contains(QLatin1String("Effect Size (OR)")));
    QVERIFY(r.out.contains(QLatin1String("DLBugFixExp_2 (aliased)")));
    QVERIFY(r.out.contains(QLatin1String("minimum-norm")));
    QVERIFY(r.out.contains(QLatin1String("residual df 84")));
}

void TestCliGlm::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("Variable,Estimate,Std. Error,z value,Pr > |z|,");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("| Variable | Estimate |");
    QTest::newRow("latex") << QStringLiteral("latex") << QStringLiteral("DLBugFixExp\\_1");
}

void TestCliGlm::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const auto r = runCli({QStringLiteral("glm"), m_study, QStringLiteral("--response"), QStringLiteral("BugReproduced"),
                           QStringLiteral("--terms"), QStringLiteral("DLBugFixExp,Hints"), QStringLiteral("--dummies"),
                           QStringLiteral("DLBugFixExp"), QStringLiteral("--format"), format});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TestCliGlm::separationExitsOne()
{
    const QString path = write(QStringLiteral("separated.csv"), "x,y\n1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n");
    const auto r = runCli({QStringLiteral("glm"), path, QStringLiteral("--response"), QStringLiteral("y"), QStringLiteral("--terms"),
                           QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("perfect separation")), qPrintable(r.out));
}

void TestCliGlm::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no response") << QStringList{QStringLiteral("--terms"), QStringLiteral("Hints")} << QStringLiteral("--response");
    QTest::newRow("unknown term") << QStringList{QStringLiteral("--response"), QStringLiteral("BugReproduced"), QStringLiteral("--terms"),
                                                 QStringLiteral("Hints,Age")}
                                  << QStringLiteral("'Age'");
    QTest::newRow("categorical not declared") << QStringList{QStringLiteral("--response"), QStringLiteral("BugReproduced"),
                                                             QStringLiteral("--terms"), QStringLiteral("Participant")}
                                              << QStringLiteral("--dummies");
    QTest::newRow("response not binary") << QStringList{QStringLiteral("--response"), QStringLiteral("DLBugFixExp"), QStringLiteral("--terms"),
                                                        QStringLiteral("Hints")}
                                         << QStringLiteral("must be 0 or 1");
    QTest::newRow("bad iterations") << QStringList{QStringLiteral("--response"), QStringLiteral("BugReproduced"),
                                                   QStringLiteral("--max-iterations"), QStringLiteral("x")}
                                    << QStringLiteral("--max-iterations");
}

void TestCliGlm::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runCli(QStringList{QStringLiteral("glm"), m_study} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const auto missing = runCli({QStringLiteral("glm"), m_dir.filePath(QStringLiteral("absent.csv")), QStringLiteral("--response"),
                                 QStringLiteral("y")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("absent.csv")));
}

QTEST_GUILESS_MAIN(TestCliGlm)
#include "tst_cliglm.moc"
