// dlrepro-cli agreement on two-annotator CSVs and on a project database, as a user runs it.
#include "CliRun.h"

#include "research/ProjectStore.h"
#include "rules/Item.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dlrepro;
using clitest::runCli;

class TestCliAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void help();
    void csvText();
    void csvJson();
    void excludeDegenerate();
    void formats_data();
    void formats();
    void badInput_data();
    void badInput();
    void projectDatabase();

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
    // Three bugs over four labels: κ 0.5, 1, and a degenerate all-zero bug.
    QString sample()
    {
        return write(QStringLiteral("two.csv"), "Bug,Source,A1V1,A1V2,A1V3,A1V4,A2V1,A2V2,A2V3,A2V4\n"
                                                "12,SO,1,1,0,0,1,0,0,0\n"
                                                "13,SO,1,0,1,0,1,0,1,0\n"
                                                "14,GitHub,0,0,0,0,0,0,0,0\n");
    }
    QTemporaryDir m_dir;
};

void TestCliAgreement::help()
{
    const auto r = runCli({QStringLiteral("agreement"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("A1V1")));
}

void TestCliAgreement::csvText()
{
    const auto r = runCli({QStringLiteral("agreement"), sample()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("12 / SO")));
    QVERIFY(r.out.contains(QLatin1String("0.8333")));  // mean of 0.5, 1, 1
    QVERIFY(r.out.contains(QLatin1String("1.0000*"))); // the degenerate bug, marked
    QVERIFY(r.out.contains(QLatin1String("sklearn")));
}

void TestCliAgreement::csvJson()
{
    const auto r = runCli({QStringLiteral("agreement"), sample(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[QLatin1String("perBug")].toArray().size(), 3);
    QCOMPARE(o[QLatin1String("perBug")][0][QLatin1String("kappa")].toDouble(), 0.5);
    QCOMPARE(o[QLatin1String("perBug")][2][QLatin1String("degenerate")].toBool(), true);
    QVERIFY(std::abs(o[QLatin1String("meanKappa")].toDouble() - 2.5 / 3) < 1e-12);
    QCOMPARE(o[QLatin1String("degenerateBugs")].toInt(), 1);
    const double po = 11.0 / 12, pe = 84.0 / 144;
    QVERIFY(std::abs(o[QLatin1String("pooled")][QLatin1String("kappa")].toDouble() - (po - pe) / (1 - pe)) < 1e-12);
    QCOMPARE(o[QLatin1String("perLabel")].toArray().size(), 4);
    QCOMPARE(o[QLatin1String("perLabel")][1][QLatin1String("label")].toString(), QStringLiteral("V2"));
}

void TestCliAgreement::excludeDegenerate()
{
    const auto r = runCli({QStringLiteral("agreement"), sample(), QStringLiteral("--json"), QStringLiteral("--exclude-degenerate")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[QLatin1String("meanKappa")].toDouble(), 0.75);
    QCOMPARE(o[QLatin1String("bugsInMean")].toInt(), 2);
}

void TestCliAgreement::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("12 / SO,0.5000,0.7500,0.5000\r\n");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("| 12 / SO | 0.5000 | 0.7500 | 0.5000 |");
    QTest::newRow("latex") << QStringLiteral("latex") << QStringLiteral("\\begin{tabular}{lrrr}");
}

void TestCliAgreement::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const auto r = runCli({QStringLiteral("agreement"), sample(), QStringLiteral("--format"), format});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void TestCliAgreement::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("no label columns") << QByteArray("Bug,X\n1,0\n") << QStringList{} << QStringLiteral("A1V1");
    QTest::newRow("gap in numbering") << QByteArray("A1V1,A1V3,A2V1,A2V3\n1,0,1,0\n") << QStringList{} << QStringLiteral("A1V2");
    QTest::newRow("unequal k") << QByteArray("A1V1,A1V2,A2V1\n1,0,1\n") << QStringList{} << QStringLiteral("2 label columns");
    QTest::newRow("not binary") << QByteArray("A1V1,A2V1\n1,0\n2,1\n") << QStringList{} << QStringLiteral("line 3, column A1V1");
    QTest::newRow("no rows") << QByteArray("A1V1,A2V1\n") << QStringList{} << QStringLiteral("no rows");
    QTest::newRow("bad format") << QByteArray("A1V1,A2V1\n1,0\n") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                                << QStringLiteral("pdf");
    QTest::newRow("annotators on a csv") << QByteArray("A1V1,A2V1\n1,0\n")
                                         << QStringList{QStringLiteral("--annotators"), QStringLiteral("a,b")} << QStringLiteral("project");
}

void TestCliAgreement::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const auto r = runCli(QStringList{QStringLiteral("agreement"), write(QStringLiteral("bad.csv"), content)} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const auto missing = runCli({QStringLiteral("agreement"), m_dir.filePath(QStringLiteral("absent.csv"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("absent.csv")));
}

void TestCliAgreement::projectDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("project.sqlite"));
    {
        QString error;
        const std::unique_ptr<ProjectStore> store = openProject(path, &error);
        QVERIFY2(store, qPrintable(error));
        // Bug 1: alice D,L; bob D. Bug 2: both N,L. Bug 3: only alice (left out).
        const QList<QPair<ItemSet, ItemSet>> labels{
            {ItemSet{Item::action(EditAction::InputDataGeneration), Item::action(EditAction::Logging)},
             ItemSet{Item::action(EditAction::InputDataGeneration)}},
            {ItemSet{Item::action(EditAction::NeuralNetworkConstruction), Item::action(EditAction::Logging)},
             ItemSet{Item::action(EditAction::NeuralNetworkConstruction), Item::action(EditAction::Logging)}},
            {ItemSet{Item::action(EditAction::Logging)}, ItemSet{}}};
        for (int i = 0; i < 3; ++i) {
            ProjectBug bug;
            bug.source = QStringLiteral("stackoverflow");
            bug.id = QString::number(100 + i);
            bug.url = QStringLiteral("https://stackoverflow.com/q/") + bug.id;
            bug.title = QStringLiteral("bug ") + bug.id;
            QVERIFY2(store->putBug(&bug, &error), qPrintable(error));
            Annotation a;
            a.annotator = QStringLiteral("alice");
            a.actions = labels[i].first;
            QVERIFY2(store->putAnnotation(bug.key, a, &error), qPrintable(error));
            if (i < 2) {
                Annotation b;
                b.annotator = QStringLiteral("bob");
                b.actions = labels[i].second;
                QVERIFY2(store->putAnnotation(bug.key, b, &error), qPrintable(error));
            }
        }
    }
    const auto r = runCli({QStringLiteral("agreement"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray bugs = o[QLatin1String("perBug")].toArray();
    QCOMPARE(bugs.size(), 2);
    QCOMPARE(bugs[0][QLatin1String("id")].toString(), QStringLiteral("stackoverflow:100"));
    QCOMPARE(bugs[0][QLatin1String("items")].toInt(), 10);
    // Bug 100 over ten actions: alice {D, L}, bob {D}: p_o = 9/10, p_e = .2·.1 + .8·.9 = .74.
    QVERIFY(std::abs(bugs[0][QLatin1String("kappa")].toDouble() - (0.9 - 0.74) / (1 - 0.74)) < 1e-12);
    QCOMPARE(bugs[1][QLatin1String("kappa")].toDouble(), 1.0);
    QCOMPARE(o[QLatin1String("perLabel")][0][QLatin1String("label")].toString(), QStringLiteral("input-data"));

    const auto named = runCli({QStringLiteral("agreement"), path, QStringLiteral("--annotators"), QStringLiteral("bob,alice"),
                               QStringLiteral("--json")});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    const auto unknown = runCli({QStringLiteral("agreement"), path, QStringLiteral("--annotators"), QStringLiteral("alice,carol")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("carol")), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cliagreement.moc"
