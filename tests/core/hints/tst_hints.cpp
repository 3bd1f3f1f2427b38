// The hint for a report: the thesis's template, exact; Mixed and Unknown rules; present/missing
// marks and follow-up questions; sub-faults.
#include "hints/Hints.h"
#include "hints/StatementRanker.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"

#include <QJsonArray>
#include <QTest>

using namespace dlrepro;

namespace {

Inspection inspectFile(const QString &path)
{
    const ImportResult r = importReportFile(path);
    if (!r.ok() || r.reports.isEmpty())
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(r.error));
    return inspectReport(r.reports.first());
}

Inspection fixture(const char *name) { return inspectFile(QStringLiteral(DLREPRO_FIXTURES "/hints/") + QLatin1String(name)); }

Inspection annExample()
{
    return inspectFile(QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/so-39525358-ann-accuracy.json"));
}

QString names(const QList<HintItem> &items)
{
    QStringList out;
    for (const HintItem &h : items)
        out << h.name;
    return out.join(QLatin1String(", "));
}

} // namespace

class TestHints : public QObject
{
    Q_OBJECT

private slots:
    void templateExact_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("hint");
        const QString ann =
            QStringLiteral("I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 "
                           "output) and two hidden layers with with 12 and 3 nodes respectively, as shown below in the code");
        const QString logs =
            QStringLiteral("so after 150 epochs i get: loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429");
        const QString dataStatement = QStringLiteral("The dataset has 4 columns: 3 columns with values in the range "
                                                     "[60, 70] and the target variable is binary (0/1 output)");
        QTest::newRow("training (as classified)")
            << "" << QStringLiteral(
                         "Hints\n"
                         "1. Code Snippet, Data, Logs can be useful information for reproducing the bug.\n"
                         "2. Input Data Generation, Import Addition, Compiler Error Resolution, Dataset Procurement, "
                         "Hyperparameter Initialization can be useful edit actions for reproducing the bug.\n"
                         "3. Focus on the Statement: \"%1\"\n")
                         .arg(ann);
        // The thesis's user study showed this bug as a Model bug, focusing on the log line.
        QTest::newRow("model (thesis Bug #2)")
            << "model" << QStringLiteral(
                              "Hints\n"
                              "1. Logs, Code Snippet, Model can be useful information for reproducing the bug.\n"
                              "2. Hyperparameter Initialization, Dataset Procurement, Compiler Error Resolution, Import "
                              "Addition, Neural Network Construction can be useful edit actions for reproducing the bug.\n"
                              "3. Focus on the Statement: \"%1\"\n")
                              .arg(logs);
        QTest::newRow("tensor")
            << "tensor" << QStringLiteral(
                               "Hints\n"
                               "1. Data, Logs, Code Snippet can be useful information for reproducing the bug.\n"
                               "2. Hyperparameter Initialization, Input Data Generation, Import Addition, Dataset "
                               "Procurement, Obsolete Parameter Removal can be useful edit actions for reproducing the bug.\n"
                               "3. Focus on the Statement: \"%1\"\n")
                               .arg(dataStatement);
        QTest::newRow("api") << "api" << QStringLiteral(
                                             "Hints\n"
                                             "1. Logs, Code Snippet, Model can be useful information for reproducing the bug.\n"
                                             "2. Input Data Generation, Hyperparameter Initialization, Import Addition, "
                                             "Logging, Obsolete Parameter Removal can be useful edit actions for "
                                             "reproducing the bug.\n"
                                             "3. Focus on the Statement: \"%1\"\n")
                                             .arg(logs);
    }
    void templateExact()
    {
        QFETCH(QString, type);
        QFETCH(QString, hint);
        Inspection inspection = annExample();
        if (!type.isEmpty()) {
            BugType t;
            QVERIFY(parseBugType(type, &t));
            overrideBugType(inspection, t);
        }
        const Hints hints = buildHints(inspection, Rulebook::published());
        QCOMPARE(hints.templateText(), hint);
        QVERIFY(hintsToText(hints).startsWith(hint + QLatin1Char('\n')));
        QCOMPARE(hintsToJson(hints).value(QLatin1String("hint")).toString(), hint);
        // The focus span points at the statement in the report's text.
        QCOMPARE(inspection.report.body.text.mid(hints.focusSpan.start, hints.focusSpan.length), hints.focusStatement);
    }

    void confidencesAndMarks()
    {
        Inspection inspection = annExample();
        overrideBugType(inspection, BugType::Api);
        const Hints hints = buildHints(inspection, Rulebook::published());
        QCOMPARE(hints.rulesFrom, QList<BugType>{BugType::Api});
        QVERIFY(hints.rulesNote.isEmpty());
        QCOMPARE(hints.rulesSource, QStringLiteral("published rulebook (thesis Tables 4.7, 4.8)"));
        QCOMPARE(hints.actions.size(), 5);
        QCOMPARE(hints.actions.at(3).confidence, 0.25);
        QVERIFY(hints.actions.at(3).belowMinConfidence);
        QVERIFY(hints.actions.at(4).belowMinConfidence);
        QVERIFY(!hints.actions.at(2).belowMinConfidence);
        const QString text = hintsToText(hints);
        QVERIFY(text.contains(QLatin1String("  4. Logging                        0.2500  (under the minimum confidence 0.30)\n")));
        QVERIFY(text.contains(QLatin1String("Rules: published rulebook (thesis Tables 4.7, 4.8); minimum confidence 0.30\n")));
    }

    // Thesis Bug #1 without its data: Data is missing, and the hint says what to ask.
    void presentMissing()
    {
        Inspection inspection = fixture("so-59278771-low-accuracy.json");
        QCOMPARE(inspection.bugType.type, BugType::Training);
        const Hints hints = buildHints(inspection, Rulebook::published());
        QCOMPARE(names(hints.information), QStringLiteral("Code Snippet, Data, Logs"));
        QList<bool> present;
        for (const HintItem &h : hints.information)
            present << h.present;
        QList<bool> expected;
        for (InformationCategory c : {InformationCategory::CodeSnippet, InformationCategory::Data, InformationCategory::Logs})
            for (const InformationAssessment &a : inspection.information)
                if (a.category == c)
                    expected << a.present;
        QCOMPARE(present, expected);
        QCOMPARE(present.at(0), true);
        QCOMPARE(present.at(1), false);
        const HintItem &data = hints.information.at(1);
        QVERIFY(!data.followUpQuestion.isEmpty());
        QCOMPARE(hints.followUpQuestions.first(), data.followUpQuestion);
        QVERIFY(hints.followUpComment().contains(QLatin1String("- ") + data.followUpQuestion + QLatin1Char('\n')));
        QVERIFY(hintsToText(hints).contains(QLatin1String("  2. Data          0.8200  missing")));
        QCOMPARE(hints.focusStatement,
                 QStringLiteral("I followed a tutorial on neural network model evaluation using cross-validation with "
                                "code (given below)"));
        const QJsonObject json = hintsToJson(hints);
        const QJsonObject d = json.value(QLatin1String("information")).toArray().at(1).toObject();
        QCOMPARE(d.value(QLatin1String("id")).toString(), QStringLiteral("data"));
        QCOMPARE(d.value(QLatin1String("present")).toBool(), false);
        QCOMPARE(d.value(QLatin1String("followUpQuestion")).toString(), data.followUpQuestion);
    }

    void mixedMerges()
    {
        const Inspection inspection = fixture("so-mixed-loss-layer.json");
        QCOMPARE(inspection.bugType.type, BugType::Mixed);
        const Hints hints = buildHints(inspection, Rulebook::published());
        QCOMPARE(hints.rulesFrom, (QList<BugType>{BugType::Training, BugType::Model}));
        QCOMPARE(hints.rulesNote, QStringLiteral("Mixed bug (Training, Model): the rules of Training, Model merged "
                                                 "(mean confidence; an item a type does not list counts 0 for it)"));
        QCOMPARE(names(hints.information), QStringLiteral("Code Snippet, Logs, Data"));
        QCOMPARE(names(hints.actions), QStringLiteral("Import Addition, Hyperparameter Initialization, Dataset "
                                                       "Procurement, Compiler Error Resolution, Input Data Generation"));
        QCOMPARE(qRound(hints.information.first().confidence * 10000), 7872);
        QVERIFY(hints.actions.at(4).belowMinConfidence); // D: 0.5625 / 2
        // Loss function is a Training sub-fault, so it applies to this Mixed bug.
        QCOMPARE(hints.subFault.subFault, QStringLiteral("Loss function"));
        QCOMPARE(names(hints.subFault.actions),
                 QStringLiteral("Hyperparameter Initialization, Logging, Neural Network Construction, Input Data Generation"));
        QVERIFY(hints.subFault.evidence.contains(QStringLiteral("tag 'loss-function'")));
        QVERIFY(hints.subFault.evidence.contains(QStringLiteral("'loss function'")));
    }

    void mixedWithoutParts()
    {
        Inspection inspection = annExample();
        overrideBugType(inspection, BugType::Mixed); // the user says Mixed, without saying of what
        const Hints hints = buildHints(inspection, Rulebook::published());
        QVERIFY(hints.rulesFrom.isEmpty());
        QVERIFY(hints.rulesNote.startsWith(QLatin1String("Mixed bug of unknown types: overall rules (derived: ")));
    }

    void unknownUsesOverall()
    {
        const Inspection inspection = fixture("unknown.md");
        QCOMPARE(inspection.bugType.type, BugType::Unknown);
        const Hints hints = buildHints(inspection, Rulebook::published());
        QVERIFY(hints.rulesFrom.isEmpty());
        QCOMPARE(hints.rulesNote, QStringLiteral("No bug type decided it: overall rules (derived: mean of the tables "
                                                 "of Training, Model, Tensor & Input, API)"));
        QCOMPARE(names(hints.information), QStringLiteral("Logs, Code Snippet, Data"));
        QCOMPARE(names(hints.actions), QStringLiteral("Hyperparameter Initialization, Import Addition, Input Data "
                                                       "Generation, Dataset Procurement, Compiler Error Resolution"));
        QCOMPARE(hints.subFault.subFault, QString());
        // No sentence speaks of logs: the first one is shown, and the note says so.
        QCOMPARE(hints.focusStatement, QStringLiteral("I tried the thing from the blog post and it does not work for me"));
        QCOMPARE(hints.focusNote, QStringLiteral("no sentence mentions the key phrases; the first sentence is shown"));
        QCOMPARE(hintsToJson(hints).value(QLatin1String("bugType")).toString(), QStringLiteral("unknown"));
    }

    void gpuHasNoPublishedTable()
    {
        Inspection inspection = annExample();
        overrideBugType(inspection, BugType::Gpu);
        const Hints hints = buildHints(inspection, Rulebook::published());
        QVERIFY(hints.rulesNote.startsWith(QLatin1String("No rules for GPU bugs in this rulebook: overall rules")));
        QCOMPARE(hints.information.size(), 3);
        QCOMPARE(hints.actions.size(), 5);
    }

    void subFault_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("subFault");
        QTest::addColumn<QString>("firstAction");
        QTest::newRow("model type") << "so-model-pretrained-bert.json" << "" << "Model type & properties"
                                    << "Neural Network Construction";
        QTest::newRow("training: optimisation in the title") << "ann" << "" << "Optimisation"
                                                             << "Hyperparameter Initialization";
        QTest::newRow("model: layers") << "ann" << "model" << "Layer type & properties"
                                       << "Neural Network Construction";
        QTest::newRow("api: none") << "ann" << "api" << "" << "";
        QTest::newRow("unknown text: none") << "unknown.md" << "" << "" << "";
    }
    void subFault()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(QString, subFault);
        QFETCH(QString, firstAction);
        Inspection inspection = file == QLatin1String("ann") ? annExample() : fixture(qPrintable(file));
        if (!type.isEmpty()) {
            BugType t;
            QVERIFY(parseBugType(type, &t));
            overrideBugType(inspection, t);
        }
        const Hints hints = buildHints(inspection, Rulebook::published());
        QCOMPARE(hints.subFault.subFault, subFault);
        QCOMPARE(hints.subFault.actions.isEmpty() ? QString() : hints.subFault.actions.first().name, firstAction);
        QCOMPARE(hints.subFault.evidence.isEmpty(), subFault.isEmpty());
    }

    void minedRulebook()
    {
        Rulebook book;
        QString error;
        QVERIFY(Rulebook::fromFiles({QStringLiteral(DLREPRO_FIXTURES "/hints/transactions.csv")}, &book, &error));
        const Hints hints = buildHints(annExample(), book);
        QCOMPARE(hints.rulesSource, QStringLiteral("mined from 6 transactions in files transactions.csv"));
        // Letter transactions carry actions only: no information ranking, so Data's phrases focus.
        QVERIFY(hints.information.isEmpty());
        QCOMPARE(names(hints.actions), QStringLiteral("Input Data Generation, Hyperparameter Initialization, Import Addition"));
        QCOMPARE(hints.focusCategory, InformationCategory::Data);
        QCOMPARE(hints.templateText().section(QLatin1Char('\n'), 2, 2),
                 QStringLiteral("2. Input Data Generation, Hyperparameter Initialization, Import Addition can be "
                                "useful edit actions for reproducing the bug."));
    }

    void jsonShape()
    {
        const QJsonObject o = hintsToJson(buildHints(annExample(), Rulebook::published()));
        QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("dlrepro.hints/1"));
        QCOMPARE(o.value(QLatin1String("bugType")).toString(), QStringLiteral("training"));
        QCOMPARE(o.value(QLatin1String("actions")).toArray().size(), 5);
        const QJsonObject first = o.value(QLatin1String("actions")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("input-data"));
        QCOMPARE(first.value(QLatin1String("letter")).toString(), QStringLiteral("D"));
        QCOMPARE(first.value(QLatin1String("confidence")).toDouble(), 0.5625);
        const QJsonObject focus = o.value(QLatin1String("focus")).toObject();
        QCOMPARE(focus.value(QLatin1String("category")).toString(), QStringLiteral("code"));
        QCOMPARE(focus.value(QLatin1String("scorer")).toString(), QStringLiteral("lexical-bm25"));
        QCOMPARE(o.value(QLatin1String("subFault")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Optimisation"));
    }
};

QTEST_GUILESS_MAIN(TestHints)
#include "tst_hints.moc"
