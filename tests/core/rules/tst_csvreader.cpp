#include "rules/CsvReader.h"

#include <QTest>

using namespace dlrepro;

namespace {
// Records as "line:field|field" joined by " / ", newlines shown as \n.
QString show(const QList<CsvRecord> &records)
{
    QStringList out;
    for (const CsvRecord &r : records) {
        QStringList f = r.fields;
        for (QString &s : f)
            s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        out << QString::number(r.line) + QLatin1Char(':') + f.join(QLatin1Char('|'));
    }
    return out.join(QLatin1String(" / "));
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QStringLiteral("1:a|b / 2:1|2");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral("1:a|b / 2:1|2");
        QTest::newRow("CR only") << QByteArray("a,b\r1,2") << QStringLiteral("1:a|b / 2:1|2");
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringLiteral("1:a|b / 2:1|2");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFType of Bug,x\n") << QStringLiteral("1:Type of Bug|x");
        QTest::newRow("quoted comma") << QByteArray("\"TF, Keras\",1\n") << QStringLiteral("1:TF, Keras|1");
        QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringLiteral("1:say \"hi\"|x");
        QTest::newRow("embedded newline counts lines")
            << QByteArray("h\n\"two\nlines\"\nnext\n") << QStringLiteral("1:h / 2:two\\nlines / 4:next");
        QTest::newRow("embedded CRLF becomes LF") << QByteArray("\"a\r\nb\"\r\nc") << QStringLiteral("1:a\\nb / 3:c");
        QTest::newRow("empty fields") << QByteArray(",,\n") << QStringLiteral("1:||");
        QTest::newRow("empty quoted field") << QByteArray("\"\"\n") << QStringLiteral("1:");
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << QStringLiteral("1:a / 4:b");
        QTest::newRow("empty input") << QByteArray() << QString();
        QTest::newRow("UTF-8") << QByteArray("na\xC3\xAFve,\xE2\x87\x92\n") << QStringLiteral("1:na\u00efve|\u21d2");
        QTest::newRow("invalid UTF-8 kept as U+FFFD") << QByteArray("a\xFF,b\n") << QStringLiteral("1:a\uFFFD|b");
    }
    void parses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QList<CsvRecord> records;
        CsvError error;
        QVERIFY2(CsvReader::parse(input, &records, &error), qPrintable(error.message));
        QCOMPARE(show(records), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n1,2\"x\n") << 2 << 2
            << QStringLiteral("unexpected quote inside a field (quote the whole field and double inner quotes)");
        QTest::newRow("text after closing quote")
            << QByteArray("a,\"b\"c\n") << 1 << 2 << QStringLiteral("text after the closing quote of a field");
        QTest::newRow("unterminated quote reports its start")
            << QByteArray("a\nb,c,\"open\n\n\n") << 2 << 3 << QStringLiteral("quoted field not closed before the end of the file");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QList<CsvRecord> records;
        CsvError error;
        QVERIFY(!CsvReader::parse(input, &records, &error));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.message, message);
        QVERIFY(records.isEmpty());
    }

    void roundTripsFormattedRecords()
    {
        const QStringList fields = {QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("\"quoted\""),
                                    QStringLiteral("two\nlines"), QString(), QStringLiteral(" padded ")};
        const QString line = CsvReader::formatRecord(fields);
        QCOMPARE(line, QStringLiteral("plain,\"with, comma\",\"\"\"quoted\"\"\",\"two\nlines\",,\" padded \""));
        QList<CsvRecord> records;
        CsvError error;
        QVERIFY(CsvReader::parse(line, &records, &error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields, fields);
    }

    void largeInputIsLinear()
    {
        // 10 MB of a quoted field: one pass, no backtracking.
        QByteArray big = "h\n\"";
        big += QByteArray(10 * 1024 * 1024, 'x');
        big += "\"\n";
        QList<CsvRecord> records;
        CsvError error;
        QVERIFY(CsvReader::parse(big, &records, &error));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.first().size(), qsizetype(10 * 1024 * 1024));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
