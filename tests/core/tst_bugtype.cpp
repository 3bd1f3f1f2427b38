#include "domain/BugType.h"
#include "domain/InformationCategory.h"

#include <QTest>

using namespace dlrepro;

class TestBugType : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::newRow("id") << QStringLiteral("training") << true << int(BugType::Training);
        QTest::newRow("letter") << QStringLiteral("I") << true << int(BugType::TensorInput);
        QTest::newRow("csv Training Bug") << QStringLiteral("Training Bug") << true << int(BugType::Training);
        QTest::newRow("csv Tensor and Input") << QStringLiteral("Tensor and Input") << true << int(BugType::TensorInput);
        QTest::newRow("display") << QStringLiteral("Tensor & Input") << true << int(BugType::TensorInput);
        QTest::newRow("API") << QStringLiteral("API") << true << int(BugType::Api);
        QTest::newRow("GPU Bug") << QStringLiteral("GPU Bug") << true << int(BugType::Gpu);
        QTest::newRow("mixed letter") << QStringLiteral("x") << true << int(BugType::Mixed);
        QTest::newRow("garbage") << QStringLiteral("compiler") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
        QTest::newRow("unknown is not parsed") << QStringLiteral("unknown") << false << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, type);
        BugType out = BugType::Unknown;
        QCOMPARE(parseBugType(text, &out), ok);
        if (ok)
            QCOMPARE(int(out), type);
    }
    void roundTrip()
    {
        for (BugType t : allBugTypes()) {
            BugType back = BugType::Unknown;
            QVERIFY(parseBugType(bugTypeId(t), &back));
            QCOMPARE(back, t);
            QVERIFY(parseBugType(QString(bugTypeLetter(t)), &back));
            QCOMPARE(back, t);
        }
        for (InformationCategory c : allInformationCategories()) {
            InformationCategory back = InformationCategory::Logs;
            QVERIFY(parseInformationCategory(informationId(c), &back));
            QCOMPARE(back, c);
            QVERIFY(parseInformationCategory(QString(informationLetter(c)), &back));
            QCOMPARE(back, c);
        }
    }
    void csvInformationColumns()
    {
        InformationCategory c = InformationCategory::Data;
        QVERIFY(parseInformationCategory(QStringLiteral("Neural Network"), &c));
        QCOMPARE(c, InformationCategory::Model);
        QVERIFY(parseInformationCategory(QStringLiteral("Training Code"), &c));
        QCOMPARE(c, InformationCategory::CodeSnippet);
        QVERIFY(!parseInformationCategory(QStringLiteral("Weights"), &c));
    }
};

QTEST_GUILESS_MAIN(TestBugType)
#include "tst_bugtype.moc"
