#include "CategoryStyle.h"
#include "FactModel.h"

#include <QTest>

using namespace dlrepro;

class TestFactModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("cell");
        QTest::newRow("kind") << int(FactModel::KindColumn) << QStringLiteral("Kind") << QStringLiteral("Metric");
        QTest::newRow("name") << int(FactModel::NameColumn) << QStringLiteral("Name") << QStringLiteral("accuracy");
        QTest::newRow("value") << int(FactModel::ValueColumn) << QStringLiteral("Value") << QStringLiteral("0.5");
        QTest::newRow("unit") << int(FactModel::UnitColumn) << QStringLiteral("Unit") << QStringLiteral("%");
        QTest::newRow("detail") << int(FactModel::DetailColumn) << QStringLiteral("Detail") << QStringLiteral("after 150 epochs");
    }
    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QFETCH(QString, cell);
        Fact metric;
        metric.kind = FactKind::Metric;
        metric.name = QStringLiteral("accuracy");
        metric.number = 0.5; // no value text: the number is shown
        metric.unit = QStringLiteral("%");
        metric.detail = QStringLiteral("after 150 epochs");
        FactModel model;
        model.setFacts({metric});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
        QCOMPARE(model.data(model.index(0, column)).toString(), cell);
    }

    void valueTextWinsOverNumber()
    {
        Fact shape;
        shape.kind = FactKind::Shape;
        shape.value = QStringLiteral("(300, 5, 720)");
        shape.number = 3;
        QCOMPARE(FactModel::displayValue(shape), QStringLiteral("(300, 5, 720)"));
        QCOMPARE(FactModel::displayValue(Fact{}), QString());
    }

    void kindColumnCarriesCategoryColour_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("error: logs") << int(FactKind::Error) << categoryColor(InformationCategory::Logs);
        QTest::newRow("layers: model") << int(FactKind::Layers) << categoryColor(InformationCategory::Model);
        QTest::newRow("gpu: environment") << int(FactKind::Gpu) << categoryColor(std::nullopt);
    }
    void kindColumnCarriesCategoryColour()
    {
        QFETCH(int, kind);
        QFETCH(QColor, colour);
        Fact f;
        f.kind = FactKind(kind);
        FactModel model;
        model.setFacts({f});
        QCOMPARE(model.data(model.index(0, 0), Qt::DecorationRole).value<QColor>(), colour);
        QCOMPARE(model.data(model.index(0, 1), Qt::DecorationRole), QVariant());
    }

    void outOfRangeIndexIsEmpty()
    {
        FactModel model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.data(model.index(3, 0)), QVariant());
    }
};

QTEST_MAIN(TestFactModel)
#include "tst_factmodel.moc"
