#include "import/HtmlEntities.h"
#include "import/HtmlText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dlrepro;

class TestHtmlText : public QObject
{
    Q_OBJECT
private slots:
    void entities_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named") << QStringLiteral("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")
                               << QStringLiteral("a & b <c> \"d\" 'e'");
        QTest::newRow("decimal") << QStringLiteral("it&#39;s") << QStringLiteral("it's");
        QTest::newRow("hex") << QStringLiteral("&#x27;x&#X41;") << QStringLiteral("'xA");
        QTest::newRow("astral") << QStringLiteral("&#x1F600;") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("invalid code point") << QStringLiteral("&#xD800;&#99999999999;") << QString(2, QChar(0xFFFD));
        QTest::newRow("unknown stays") << QStringLiteral("&bogus; & &;") << QStringLiteral("&bogus; & &;");
        QTest::newRow("typography") << QStringLiteral("&hellip;&mdash;&rarr;") << QString::fromUtf8("\xE2\x80\xA6\xE2\x80\x94\xE2\x86\x92");
        QTest::newRow("no semicolon named") << QStringLiteral("AT&T") << QStringLiteral("AT&T");
    }
    void entities()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(decodeHtmlEntities(input), expected);
    }

    void convert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QStringList>("languages");
        QTest::newRow("paragraphs") << QStringLiteral("<p>One  two\nthree.</p><p>Four</p>")
                                    << QStringLiteral("One two three.\n\nFour") << QStringList() << QStringList();
        QTest::newRow("br") << QStringLiteral("a<br>b<br/>c") << QStringLiteral("a\nb\nc") << QStringList() << QStringList();
        QTest::newRow("list") << QStringLiteral("<p>Steps:</p><ul><li>one</li><li>two <b>bold</b></li></ul><p>end</p>")
                              << QStringLiteral("Steps:\n\n- one\n- two bold\n\nend") << QStringList() << QStringList();
        QTest::newRow("ordered") << QStringLiteral("<ol><li>a<li>b</ol>") << QStringLiteral("1. a\n2. b")
                                 << QStringList() << QStringList();
        QTest::newRow("headings and quote") << QStringLiteral("<h2>Error</h2><blockquote><p>it fails</p></blockquote>x")
                                            << QStringLiteral("Error\n\nit fails\n\nx") << QStringList() << QStringList();
        QTest::newRow("pre code lang-py")
            << QStringLiteral("<p>Code:</p>\n<pre class=\"lang-py s-code-block\"><code>x = 1 &lt; 2\n  y = [x]\n</code></pre>\n<p>after</p>")
            << QStringLiteral("Code:\n\nx = 1 < 2\n  y = [x]\n\nafter")
            << QStringList{QStringLiteral("x = 1 < 2\n  y = [x]")} << QStringList{QStringLiteral("python")};
        QTest::newRow("language- on code") << QStringLiteral("<pre><code class=\"language-python\">print(1)</code></pre>")
                                           << QStringLiteral("print(1)") << QStringList{QStringLiteral("print(1)")}
                                           << QStringList{QStringLiteral("python")};
        QTest::newRow("lang-python") << QStringLiteral("<pre class=\"lang-python\"><code>a</code></pre>")
                                     << QStringLiteral("a") << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("python")};
        QTest::newRow("pre alone, leading newline") << QStringLiteral("<pre>\nTraceback (most recent call last):\n  File \"x.py\"</pre>")
                                                    << QStringLiteral("Traceback (most recent call last):\n  File \"x.py\"")
                                                    << QStringList{QStringLiteral("Traceback (most recent call last):\n  File \"x.py\"")}
                                                    << QStringList{QString()};
        QTest::newRow("inline code kept") << QStringLiteral("<p>Call <code>model.fit()</code> twice</p>")
                                          << QStringLiteral("Call model.fit() twice") << QStringList() << QStringList();
        QTest::newRow("script and style dropped") << QStringLiteral("a<script>if (a < b) { x(); }</script><style>p{}</style>b")
                                                  << QStringLiteral("ab") << QStringList() << QStringList();
        QTest::newRow("two blocks") << QStringLiteral("<pre><code>a = 1</code></pre><p>and</p><pre><code>b = 2  </code></pre>")
                                    << QStringLiteral("a = 1\n\nand\n\nb = 2  ")
                                    << QStringList{QStringLiteral("a = 1"), QStringLiteral("b = 2  ")} << QStringList{QString(), QString()};
        QTest::newRow("empty pre dropped") << QStringLiteral("<p>x</p><pre><code>\n</code></pre>") << QStringLiteral("x")
                                           << QStringList() << QStringList();
        // "<d" followed by more markup is a tag, as in browsers.
        QTest::newRow("lone <") << QStringLiteral("<p>a < b and c<d</p>") << QStringLiteral("a < b and c")
                                << QStringList() << QStringList();
        QTest::newRow("unterminated tag") << QStringLiteral("ok <a href=\"x") << QStringLiteral("ok <a href=\"x")
                                          << QStringList() << QStringList();
        QTest::newRow("comment") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab") << QStringList() << QStringList();
        QTest::newRow("unclosed pre") << QStringLiteral("<pre>tail") << QStringLiteral("tail")
                                      << QStringList{QStringLiteral("tail")} << QStringList{QString()};
        QTest::newRow("nbsp") << QStringLiteral("a&nbsp;&nbsp;b") << QStringLiteral("a  b") << QStringList() << QStringList();
    }
    void convert()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QStringList, blocks);
        QFETCH(QStringList, languages);
        const ReadableText r = htmlToText(html);
        QCOMPARE(r.text, text);
        QCOMPARE(r.codeBlocks.size(), blocks.size());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const CodeBlock &b = r.codeBlocks.at(i);
            QCOMPARE(b.text, blocks.at(i));
            QCOMPARE(b.language, languages.at(i));
            QCOMPARE(b.kind, CodeBlockKind::Code);
            QCOMPARE(r.text.mid(b.span.start, b.span.length), b.text);
        }
    }

    void deep_nesting_is_fine_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("div") << QStringLiteral("div");
        QTest::newRow("ul") << QStringLiteral("ul");
        QTest::newRow("li") << QStringLiteral("li");
        QTest::newRow("pre") << QStringLiteral("pre");
        QTest::newRow("blockquote") << QStringLiteral("blockquote");
    }
    void deep_nesting_is_fine()
    {
        QFETCH(QString, tag);
        const int depth = 100000;
        QString html;
        for (int i = 0; i < depth; ++i)
            html += u'<' + tag + u'>';
        html += QStringLiteral("deep");
        for (int i = 0; i < depth; ++i)
            html += QStringLiteral("</") + tag + u'>';
        QElapsedTimer timer;
        timer.start();
        const ReadableText r = htmlToText(html);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.text.endsWith(QStringLiteral("deep")));
        QVERIFY(r.text.size() <= 3 * depth); // output stays linear in the input
    }

    void ten_megabytes_is_fast()
    {
        QString html;
        const QString para = QStringLiteral("<p>Loss is <b>nan</b> &amp; accuracy 34.00%.</p><pre><code>x = 1 &lt; 2\n</code></pre>\n");
        while (html.size() < 10 * 1024 * 1024)
            html += para;
        QElapsedTimer timer;
        timer.start();
        const ReadableText r = htmlToText(html);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const qsizetype copies = html.size() / para.size();
        QCOMPARE(r.codeBlocks.size(), copies);
        QCOMPARE(r.codeBlocks.last().text, QStringLiteral("x = 1 < 2"));
        QCOMPARE(r.text.mid(r.codeBlocks.last().span.start, r.codeBlocks.last().span.length), QStringLiteral("x = 1 < 2"));
    }

    void pathological_inputs_finish_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("many lone <") << QString(2000000, u'<');
        QTest::newRow("many unclosed tags") << QString(QStringLiteral("<a ")).repeated(500000);
        QTest::newRow("many ampersands") << QString(QStringLiteral("&#")).repeated(500000);
        QTest::newRow("open comment") << QStringLiteral("<!--") + QString(1000000, u'x');
        QTest::newRow("open script") << QStringLiteral("<script>") + QString(QStringLiteral("</scrip")).repeated(200000);
    }
    void pathological_inputs_finish()
    {
        QFETCH(QString, html);
        QElapsedTimer timer;
        timer.start();
        const ReadableText r = htmlToText(html);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.text.size() <= html.size());
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
