#include "ClassificationPanel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace dlrepro;

Q_DECLARE_METATYPE(std::optional<dlrepro::BugType>)

class TestClassificationPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsDecision_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("overridden");
        QTest::addColumn<QString>("shown");
        QTest::newRow("training") << int(BugType::Training) << false << QStringLiteral("Training (T)");
        QTest::newRow("tensor") << int(BugType::TensorInput) << false << QStringLiteral("Tensor & Input (I)");
        QTest::newRow("overridden") << int(BugType::Gpu) << true << QStringLiteral("GPU (G) [set by you]");
    }
    void showsDecision()
    {
        QFETCH(int, type);
        QFETCH(bool, overridden);
        QFETCH(QString, shown);
        BugTypeDecision d;
        d.type = BugType(type);
        d.overridden = overridden;
        d.confidence = 0.8;
        d.reason = QStringLiteral("tags 'nan' (Training)");
        ClassificationPanel panel;
        QSignalSpy spy(&panel, &ClassificationPanel::overrideRequested);
        panel.setDecision(d);
        QCOMPARE(panel.shownTypeName(), shown);
        QCOMPARE(spy.count(), 0); // showing a decision is not a user's override
        QCOMPARE(panel.overrideBox()->currentIndex() == 0, !overridden);
    }

    void comboRequestsOverride()
    {
        ClassificationPanel panel;
        BugTypeDecision d;
        d.type = BugType::Training;
        panel.setDecision(d);
        QSignalSpy spy(&panel, &ClassificationPanel::overrideRequested);
        const int model = panel.overrideBox()->findData(int(BugType::Model));
        QVERIFY(model > 0);
        panel.overrideBox()->setCurrentIndex(model);
        QCOMPARE(spy.count(), 1);
        auto requested = spy.at(0).at(0).value<std::optional<BugType>>();
        QVERIFY(requested.has_value());
        QCOMPARE(*requested, BugType::Model);
        panel.overrideBox()->setCurrentIndex(0);
        QCOMPARE(spy.count(), 2);
        QVERIFY(!spy.at(1).at(0).value<std::optional<BugType>>().has_value());
    }

    void mixedShowsItsParts()
    {
        BugTypeDecision d;
        d.type = BugType::Mixed;
        d.parts = {BugType::Training, BugType::Gpu};
        ClassificationPanel panel;
        panel.setDecision(d);
        QCOMPARE(panel.shownTypeName(), QStringLiteral("Mixed (X): Training + GPU"));
    }
};

QTEST_MAIN(TestClassificationPanel)
#include "tst_classificationpanel.moc"
