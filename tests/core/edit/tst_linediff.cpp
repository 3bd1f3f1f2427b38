#include "edit/LineDiff.h"

#include <QTest>

using namespace dlrepro;

class tst_LineDiff : public QObject {
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void unified_data();
    void unified();
    void bounded();
};

static QString script(const QList<DiffLine> &d)
{
    QString s;
    for (const DiffLine &l : d)
        s += QLatin1Char(l.op == DiffLine::Equal ? '=' : l.op == DiffLine::Delete ? '-' : '+') + l.text;
    return s;
}

void tst_LineDiff::diff_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal") << "a\nb\n" << "a\nb\n" << "=a=b";
    QTest::newRow("insert") << "a\nc\n" << "a\nb\nc\n" << "=a+b=c";
    QTest::newRow("delete") << "a\nb\nc\n" << "a\nc\n" << "=a-b=c";
    QTest::newRow("replace") << "a\nb\nc\n" << "a\nx\nc\n" << "=a-b+x=c";
    QTest::newRow("myers example") << "A\nB\nC\nA\nB\nB\nA\n" << "C\nB\nA\nB\nA\nC\n" << "-A-B=C+B=A=B-B=A+C";
    QTest::newRow("from empty") << "" << "x\n" << "+x";
    QTest::newRow("to empty") << "x\ny\n" << "" << "-x-y";
}

void tst_LineDiff::diff()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(script(diffLines(splitDiffLines(a), splitDiffLines(b))), expected);
}

void tst_LineDiff::unified_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << "x\n" << "x\n" << "";
    QTest::newRow("one hunk") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n" << "1\n2\n3\n4\nfive\n6\n7\n8\n9\n"
                              << "--- a/s.py\n+++ b/s.py\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n";
    QTest::newRow("two hunks") << "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n" << "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n"
                               << "--- a/s.py\n+++ b/s.py\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n";
    QTest::newRow("insert at top") << "x\n" << "import os\nx\n" << "--- a/s.py\n+++ b/s.py\n@@ -1,1 +1,2 @@\n+import os\n x\n";
    QTest::newRow("into empty") << "" << "x\n" << "--- a/s.py\n+++ b/s.py\n@@ -0,0 +1,1 @@\n+x\n";
}

void tst_LineDiff::unified()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QCOMPARE(unifiedDiff(a, b, QStringLiteral("s.py"), QStringLiteral("s.py")), expected);
}

void tst_LineDiff::bounded()
{
    QStringList a, b;
    for (int i = 0; i < 20000; ++i) {
        a << QString::number(i);
        b << QString::number(-i - 1);
    }
    const QList<DiffLine> d = diffLines(a, b, 100);
    QCOMPARE(d.size(), 40000);
    QCOMPARE(d.first().op, DiffLine::Delete);
    QCOMPARE(d.last().op, DiffLine::Insert);
}

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
