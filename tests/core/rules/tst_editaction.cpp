#include "domain/EditAction.h"
#include "rules/Item.h"

#include <QTest>

using namespace dlrepro;

class TestEditAction : public QObject
{
    Q_OBJECT
private slots:
    void table45()
    {
        QStringList rows;
        for (EditAction a : allEditActions())
            rows << QString(editActionLetter(a)) + QLatin1Char('=') + editActionId(a) + QLatin1Char('=') + editActionName(a);
        QCOMPARE(rows.join(QLatin1Char('\n')),
                 QStringLiteral("D=input-data=Input Data Generation\n"
                                "N=network=Neural Network Construction\n"
                                "H=hyperparameters=Hyperparameter Initialization\n"
                                "R=imports=Import Addition & Dependency Resolution\n"
                                "L=logging=Logging\n"
                                "O=obsolete-parameters=Obsolete Parameter Removal\n"
                                "C=compiler-errors=Compiler Error Resolution\n"
                                "P=dataset=Dataset Procurement\n"
                                "M=models=Downloading Models & Tokenizers\n"
                                "V=version-migration=Version Migration"));
        QCOMPARE(editActionShortName(EditAction::ImportAddition), QStringLiteral("Import Addition"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("action"); // -1: rejected
        QTest::newRow("letter") << QStringLiteral("R") << int(EditAction::ImportAddition);
        QTest::newRow("lower letter") << QStringLiteral("p") << int(EditAction::DatasetProcurement);
        QTest::newRow("F is framework migration") << QStringLiteral("F") << int(EditAction::VersionMigration);
        QTest::newRow("Framework Migration") << QStringLiteral("Framework Migration") << int(EditAction::VersionMigration);
        QTest::newRow("Neural Network Definition") << QStringLiteral("Neural Network Definition")
                                                   << int(EditAction::NeuralNetworkConstruction);
        QTest::newRow("csv import column") << QStringLiteral("Import Addition and Dependency Resolution")
                                           << int(EditAction::ImportAddition);
        QTest::newRow("short name") << QStringLiteral("import addition") << int(EditAction::ImportAddition);
        QTest::newRow("csv models column") << QStringLiteral("Downloading Models and Tokenizers")
                                           << int(EditAction::DownloadingModels);
        QTest::newRow("id") << QStringLiteral("compiler-errors") << int(EditAction::CompilerErrorResolution);
        QTest::newRow("extra spaces") << QStringLiteral("  Hyperparameter   Initialization ")
                                      << int(EditAction::HyperparameterInitialization);
        QTest::newRow("unknown letter") << QStringLiteral("X") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("information name") << QStringLiteral("Training Code") << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, action);
        EditAction out = EditAction::Logging;
        QCOMPARE(parseEditAction(text, &out), action >= 0);
        if (action >= 0)
            QCOMPARE(int(out), action);
    }

    void roundTrip()
    {
        for (EditAction a : allEditActions()) {
            EditAction back;
            QVERIFY(parseEditAction(editActionId(a), &back) && back == a);
            QVERIFY(parseEditAction(QString(editActionLetter(a)), &back) && back == a);
            QVERIFY(parseEditAction(editActionName(a), &back) && back == a);
        }
    }

    // Letters clash across classes: M is Downloading Models as an action, D/N/H/L/C exist in both.
    void itemsKeepTheirClass()
    {
        ItemSet actions, info;
        QVERIFY(ItemSet::parseLetters(QStringLiteral("DFLR"), ItemClass::EditAction, &actions));
        QVERIFY(ItemSet::parseLetters(QStringLiteral("DL"), ItemClass::Information, &info));
        QCOMPARE(actions.letters(ItemClass::EditAction), QStringLiteral("DRLV"));
        QCOMPARE(actions.letters(ItemClass::Information), QString());
        QVERIFY(!actions.contains(Item::information(InformationCategory::Data)));
        QVERIFY(actions.contains(Item::action(EditAction::InputDataGeneration)));
        ItemSet both = actions;
        for (Item i : info.items())
            both.insert(i);
        QCOMPARE(both.size(), 6);
        QCOMPARE(both.ofClass(ItemClass::Information), info);
        int bad = -1;
        QVERIFY(!ItemSet::parseLetters(QStringLiteral("DLQ"), ItemClass::EditAction, &actions, &bad));
        QCOMPARE(bad, 2);
        QVERIFY(!ItemSet::parseLetters(QStringLiteral("M"), ItemClass::Information, &info, &bad));
        QCOMPARE(bad, 0);
        Item item;
        QVERIFY(parseItem(QStringLiteral("action:M"), ItemClass::Information, &item));
        QCOMPARE(item.id(), QStringLiteral("action:models"));
        QCOMPARE(Item::information(InformationCategory::CodeSnippet).id(), QStringLiteral("information:code"));
    }
};

QTEST_GUILESS_MAIN(TestEditAction)
#include "tst_editaction.moc"
