#include "ImportTestUtil.h"
#include "import/NotebookImport.h"
#include "import/ReportImport.h"

#include <QTest>

using namespace dlrepro;
using namespace importtest;

class TestNotebook : public QObject
{
    Q_OBJECT
private slots:
    void cells_become_text_and_blocks()
    {
        const ImportResult r = importReportFile(fixture("notebook.ipynb"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 1);
        const Report &n = r.reports.first();
        QCOMPARE(n.id, QStringLiteral("notebook.ipynb"));
        QCOMPARE(n.source, ReportSource::File);
        QCOMPARE(n.title, QStringLiteral("Iris accuracy is 34%"));
        QCOMPARE(n.body.format, MarkupFormat::Notebook);
        QVERIFY(n.body.original.contains(QStringLiteral("\"nbformat\": 4")));
        QCOMPARE(blockTexts(n.body), (QStringList{
            QStringLiteral("results = cross_val_score(estimator, X, dummy_y, cv=kfold)\n"
                           "print(\"Accuracy: %.2f%% (%.2f%%)\" % (results.mean()*100, results.std()*100))"),
            QStringLiteral("Accuracy: 34.00% (13.15%)"),
            QStringLiteral("model.fit(X, Y)"),
            QStringLiteral("---------------------------------------------------------------------------\nValueError: bad shape")}));
        QCOMPARE(n.body.codeBlocks.at(0).language, QStringLiteral("python"));
        QCOMPARE(n.body.codeBlocks.at(1).language, QString());
        QVERIFY(n.body.text.startsWith(QStringLiteral("Iris accuracy is 34%\n\nI expected about 95% but got ~Accuracy: 34.00% (13.15%).\n\nresults =")));
        QVERIFY(spansMatch(n.body));
    }

    void ansi_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colour") << QStringLiteral("\x1b[0;31mValueError\x1b[0m: x") << QStringLiteral("ValueError: x");
        QTest::newRow("osc title") << QStringLiteral("a\x1b]0;title\x07" "b") << QStringLiteral("ab");
        QTest::newRow("truncated") << QStringLiteral("a\x1b[31") << QStringLiteral("a");
        QTest::newRow("lone esc") << QStringLiteral("a\x1b") << QStringLiteral("a");
    }
    void ansi()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(stripAnsiEscapes(input), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("nbformat 3") << readFixture("notebook_v3.ipynb")
                                    << QStringLiteral("nb.ipynb: notebook format 3 is not supported (nbformat 4 is)");
        QTest::newRow("no cells") << QByteArray(R"({"nbformat": 4, "metadata": {}})")
                                  << QStringLiteral("nb.ipynb: notebook has no \"cells\" array");
        QTest::newRow("empty cells") << QByteArray(R"({"nbformat": 4, "cells": []})")
                                     << QStringLiteral("nb.ipynb: the notebook has no text or code");
        QTest::newRow("array") << QByteArray(R"([1])")
                               << QStringLiteral("nb.ipynb: a notebook is a JSON object, not an array");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QCOMPARE(importReportData(json, InputFormat::Notebook, QStringLiteral("nb.ipynb")).error, error);
    }

    void kernel_language_is_used()
    {
        const ImportResult r = importReportData(
            QByteArray(R"({"nbformat": 4, "metadata": {"kernelspec": {"language": "R"}}, "cells": [{"cell_type": "code", "source": ["x <- 1"], "outputs": []}]})"),
            InputFormat::Auto, QStringLiteral("r.ipynb"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.first().body.codeBlocks.first().language, QStringLiteral("r"));
        QCOMPARE(r.reports.first().title, QStringLiteral("r"));
    }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
