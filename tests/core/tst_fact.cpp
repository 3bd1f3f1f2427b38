#include "report/Fact.h"

#include <QSet>
#include <QTest>

using namespace dlrepro;

class TestFact : public QObject
{
    Q_OBJECT
private slots:
    void ids_are_unique_and_parse_back()
    {
        QSet<QString> seen;
        for (FactKind k : allFactKinds()) {
            const QString id = factKindId(k);
            QVERIFY2(!id.isEmpty(), "every kind has an id");
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            FactKind back = FactKind::Error;
            QVERIFY(parseFactKind(id, &back));
            QCOMPARE(back, k);
        }
        FactKind k;
        QVERIFY(!parseFactKind(QStringLiteral("nonsense"), &k));
    }
    void category_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("category"); // -1: none
        QTest::newRow("error→logs") << int(FactKind::Error) << int(InformationCategory::Logs);
        QTest::newRow("metric→logs") << int(FactKind::Metric) << int(InformationCategory::Logs);
        QTest::newRow("shape→data") << int(FactKind::Shape) << int(InformationCategory::Data);
        QTest::newRow("dataset→data") << int(FactKind::Dataset) << int(InformationCategory::Data);
        QTest::newRow("layers→model") << int(FactKind::Layers) << int(InformationCategory::Model);
        QTest::newRow("hp→hp") << int(FactKind::Hyperparameter) << int(InformationCategory::Hyperparameters);
        QTest::newRow("version→none") << int(FactKind::FrameworkVersion) << -1;
    }
    void category()
    {
        QFETCH(int, kind);
        QFETCH(int, category);
        const auto c = factCategory(FactKind(kind));
        QCOMPARE(c.has_value() ? int(*c) : -1, category);
    }
    void span()
    {
        const TextSpan a{10, 5}, b{12, 2}, c{15, 3};
        QVERIFY(a.contains(b));
        QVERIFY(!a.contains(c));
        QVERIFY(!a.overlaps(c));
        QVERIFY(a.overlaps(TextSpan{14, 1}));
        QVERIFY(!TextSpan{}.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFact)
#include "tst_fact.moc"
