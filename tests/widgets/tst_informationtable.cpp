#include "InformationTable.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace dlrepro;

namespace {
QList<InformationAssessment> sample()
{
    InformationAssessment data;
    data.category = InformationCategory::Data;
    data.present = true;
    data.confidence = 0.9;
    data.evidence = QStringLiteral("shape (300, 5, 720)");
    InformationAssessment model;
    model.category = InformationCategory::Model;
    model.present = false;
    model.confidence = 0.75;
    model.evidence = QStringLiteral("no layers or architecture named");
    model.followUpQuestion = QStringLiteral("Which layers does your model have?");
    return {data, model};
}
} // namespace

class TestInformationTable : public QObject
{
    Q_OBJECT
private slots:
    void rows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("category") << 0 << int(InformationTable::CategoryColumn) << QStringLiteral("Data (D)");
        QTest::newRow("present") << 0 << int(InformationTable::StatusColumn) << QStringLiteral("Present");
        QTest::newRow("confidence") << 0 << int(InformationTable::ConfidenceColumn) << QStringLiteral("90%");
        QTest::newRow("evidence") << 0 << int(InformationTable::EvidenceColumn) << QStringLiteral("shape (300, 5, 720)");
        QTest::newRow("model letter") << 1 << int(InformationTable::CategoryColumn) << QStringLiteral("Model (N)");
        QTest::newRow("missing") << 1 << int(InformationTable::StatusColumn) << QStringLiteral("Missing");
        QTest::newRow("question") << 1 << int(InformationTable::QuestionColumn)
                                  << QStringLiteral("Which layers does your model have?");
    }
    void rows()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        InformationTable table;
        table.setAssessments(sample());
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(row, column)->text(), text);
    }

    void copyButtonOnlyForQuestions()
    {
        InformationTable table;
        table.setAssessments(sample());
        QCOMPARE(table.cellWidget(0, InformationTable::CopyColumn), nullptr);
        auto *button = qobject_cast<QToolButton *>(table.cellWidget(1, InformationTable::CopyColumn));
        QVERIFY(button);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy spy(&table, &InformationTable::questionCopied);
        button->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Which layers does your model have?"));
        QVERIFY(!table.copyQuestion(0));
        QVERIFY(!table.copyQuestion(7));
    }

    void replacingAssessmentsDropsOldRows()
    {
        InformationTable table;
        table.setAssessments(sample());
        table.setAssessments({sample().first()});
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.cellWidget(0, InformationTable::CopyColumn), nullptr);
    }
};

QTEST_MAIN(TestInformationTable)
#include "tst_informationtable.moc"
