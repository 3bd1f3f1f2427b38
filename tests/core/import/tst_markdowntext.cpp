#include "import/MarkdownText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dlrepro;

class TestMarkdownText : public QObject
{
    Q_OBJECT
private slots:
    void convert_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QStringList>("languages");
        QTest::newRow("backtick fence with info")
            << QStringLiteral("Intro:\n\n```python title=\"x\"\nimport torch\n  x = 1\n```\nafter")
            << QStringLiteral("Intro:\n\nimport torch\n  x = 1\n\nafter")
            << QStringList{QStringLiteral("import torch\n  x = 1")} << QStringList{QStringLiteral("python")};
        QTest::newRow("tilde fence, py") << QStringLiteral("~~~py\na\n~~~") << QStringLiteral("a")
                                         << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("python")};
        QTest::newRow("fence without info") << QStringLiteral("```\nEpoch 1 loss: nan\n```")
                                            << QStringLiteral("Epoch 1 loss: nan")
                                            << QStringList{QStringLiteral("Epoch 1 loss: nan")} << QStringList{QString()};
        QTest::newRow("longer closing fence and inner ticks") << QStringLiteral("````\n```\ninner\n```\n`````\nx")
                                                              << QStringLiteral("```\ninner\n```\n\nx")
                                                              << QStringList{QStringLiteral("```\ninner\n```")} << QStringList{QString()};
        QTest::newRow("unclosed fence runs to end") << QStringLiteral("a\n```js\nlet x;\n") << QStringLiteral("a\n\nlet x;")
                                                    << QStringList{QStringLiteral("let x;")} << QStringList{QStringLiteral("javascript")};
        QTest::newRow("indented after blank") << QStringLiteral("Code:\n\n    x = 1\n\n    y = 2\n\nDone")
                                              << QStringLiteral("Code:\n\nx = 1\n\ny = 2\n\nDone")
                                              << QStringList{QStringLiteral("x = 1\n\ny = 2")} << QStringList{QString()};
        QTest::newRow("tab indented") << QStringLiteral("\tprint(1)") << QStringLiteral("print(1)")
                                      << QStringList{QStringLiteral("print(1)")} << QStringList{QString()};
        QTest::newRow("indented without blank is text") << QStringLiteral("para\n    continued")
                                                        << QStringLiteral("para\ncontinued") << QStringList() << QStringList();
        QTest::newRow("list continuation is not code") << QStringLiteral("- item\n\n    more of item")
                                                       << QStringLiteral("- item\n\nmore of item") << QStringList() << QStringList();
        QTest::newRow("inline code kept") << QStringLiteral("Use `model.fit(x, y)` and ``a ` b``.")
                                          << QStringLiteral("Use model.fit(x, y) and a ` b.") << QStringList() << QStringList();
        QTest::newRow("heading, bold, link") << QStringLiteral("## Describe the bug\n**Loss** is [nan](https://x.invalid/a).")
                                             << QStringLiteral("Describe the bug\nLoss is nan.") << QStringList() << QStringList();
        QTest::newRow("quote and bullets") << QStringLiteral("> quoted\n* one\n+ two") << QStringLiteral("quoted\n- one\n- two")
                                           << QStringList() << QStringList();
        QTest::newRow("escapes") << QStringLiteral("a\\*b\\_c") << QStringLiteral("a*b_c") << QStringList() << QStringList();
        QTest::newRow("snake_case untouched") << QStringLiteral("__init__ and x*y") << QStringLiteral("__init__ and x*y")
                                              << QStringList() << QStringList();
        QTest::newRow("crlf") << QStringLiteral("a\r\n\r\n```\r\nb\r\n```\r\n") << QStringLiteral("a\n\nb")
                              << QStringList{QStringLiteral("b")} << QStringList{QString()};
    }
    void convert()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QFETCH(QStringList, blocks);
        QFETCH(QStringList, languages);
        const ReadableText r = markdownToText(markdown);
        QCOMPARE(r.text, text);
        QCOMPARE(r.codeBlocks.size(), blocks.size());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const CodeBlock &b = r.codeBlocks.at(i);
            QCOMPARE(b.text, blocks.at(i));
            QCOMPARE(b.language, languages.at(i));
            QCOMPARE(r.text.mid(b.span.start, b.span.length), b.text);
        }
    }

    void backtick_heavy_line_is_linear()
    {
        QString line;
        for (int n = 1; line.size() < 2000000; ++n)
            line += QString(n % 3000 + 1, u'`') + u'x';
        QElapsedTimer timer;
        timer.start();
        const ReadableText r = markdownToText(line);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.text.size() <= line.size());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
