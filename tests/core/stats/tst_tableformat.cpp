// TextTable's CSV (RFC 4180), GitHub Markdown, LaTeX and plain-text output, escaping included.
#include "rules/CsvReader.h"
#include "stats/TableFormat.h"

#include <QTest>

using namespace dlrepro;

class TestTableFormat : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesOnlyWhatNeedsIt();
    void csvRoundTripsThroughTheReader();
    void markdown();
    void latexEscape_data();
    void latexEscape();
    void latexTable();
    void plainText();
};

namespace {

TextTable sample()
{
    TextTable t;
    t.caption = QStringLiteral("GLM 100% & more");
    t.label = QStringLiteral("tab:glm");
    t.headers = {QStringLiteral("Variable"), QStringLiteral("Estimate")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right};
    t.rows = {{QStringLiteral("Intercept"), QStringLiteral("-3.4229")},
              {QStringLiteral("a|b, \"c\""), QStringLiteral("1")},
              {QStringLiteral("two\nlines")}};
    return t;
}

} // namespace

void TestTableFormat::csvQuotesOnlyWhatNeedsIt()
{
    QCOMPARE(toCsv(sample()), QStringLiteral("Variable,Estimate\r\nIntercept,-3.4229\r\n\"a|b, \"\"c\"\"\",1\r\n\"two\nlines\",\r\n"));
}

void TestTableFormat::csvRoundTripsThroughTheReader()
{
    const TextTable t = sample();
    QList<CsvRecord> records;
    CsvError error;
    QVERIFY(CsvReader::parse(toCsv(t), &records, &error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0].fields, t.headers);
    QCOMPARE(records[2].fields, t.rows[1]);
    QCOMPARE(records[3].fields, (QStringList{QStringLiteral("two\nlines"), QString()}));
}

void TestTableFormat::markdown()
{
    QCOMPARE(toMarkdown(sample()), QStringLiteral("**GLM 100% & more**\n\n"
                                                  "| Variable | Estimate |\n"
                                                  "| --- | ---: |\n"
                                                  "| Intercept | -3.4229 |\n"
                                                  "| a\\|b, \"c\" | 1 |\n"
                                                  "| two<br>lines |  |\n"));
    TextTable bare;
    bare.rows = {{QStringLiteral("x")}};
    QCOMPARE(toMarkdown(bare), QStringLiteral("|  |\n| --- |\n| x |\n"));
}

void TestTableFormat::latexEscape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Hints") << QStringLiteral("Hints");
    QTest::newRow("underscore") << QStringLiteral("DLBugFixExp_0") << QStringLiteral("DLBugFixExp\\_0");
    QTest::newRow("specials") << QStringLiteral("#$%&{}") << QStringLiteral("\\#\\$\\%\\&\\{\\}");
    QTest::newRow("backslash tilde caret") << QStringLiteral("\\~^") << QStringLiteral("\\textbackslash{}\\textasciitilde{}\\textasciicircum{}");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("a b");
}

void TestTableFormat::latexEscape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(dlrepro::latexEscape(text), escaped);
}

void TestTableFormat::latexTable()
{
    QCOMPARE(toLatex(sample()), QStringLiteral("\\begin{table}[htbp]\n\\centering\n\\caption{GLM 100\\% \\& more}\n\\label{tab:glm}\n"
                                               "\\begin{tabular}{lr}\n\\toprule\n"
                                               "Variable & Estimate \\\\\n\\midrule\n"
                                               "Intercept & -3.4229 \\\\\n"
                                               "a|b, \"c\" & 1 \\\\\n"
                                               "two lines &  \\\\\n"
                                               "\\bottomrule\n\\end{tabular}\n\\end{table}\n"));
}

void TestTableFormat::plainText()
{
    TextTable t;
    t.headers = {QStringLiteral("Variable"), QStringLiteral("Estimate")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right};
    t.rows = {{QStringLiteral("Intercept"), QStringLiteral("-3.4229")}, {QStringLiteral("Hints"), QStringLiteral("3.0899")}};
    QCOMPARE(toPlainText(t), QStringLiteral("Variable   Estimate\n"
                                            "-------------------\n"
                                            "Intercept   -3.4229\n"
                                            "Hints        3.0899\n"));
}

QTEST_GUILESS_MAIN(TestTableFormat)
#include "tst_tableformat.moc"
