#include "CategoryStyle.h"
#include "ReportView.h"

#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace dlrepro;

namespace {

Fact fact(FactKind kind, const QString &body, const QString &needle, const QString &name = QString())
{
    Fact f;
    f.kind = kind;
    f.name = name;
    f.value = needle;
    f.span = TextSpan{body.indexOf(needle), needle.size()};
    return f;
}

// A body with a \r\n line end before the facts: the view must keep offsets one to one.
Inspection sampleInspection()
{
    Inspection in;
    in.report.title = QStringLiteral("Loss becomes NaN after a few epochs");
    in.report.id = QStringLiteral("so:1");
    in.report.tags = {QStringLiteral("keras"), QStringLiteral("nan")};
    const QString code = QStringLiteral("model.fit(x, y, batch_size=32)\n");
    const QString trace = QStringLiteral("Traceback (most recent call last):\nValueError: bad shape\n");
    in.report.body.text = QStringLiteral("My input has shape (100, 3).\r\nThe loss is nan after epoch 3.\n")
                          + code + trace + QStringLiteral("Ünïcödé ✓ end.");
    const QString &b = in.report.body.text;
    in.report.body.codeBlocks = {
        CodeBlock{code, CodeBlockKind::Code, QStringLiteral("python"), TextSpan{b.indexOf(code), code.size()}},
        CodeBlock{trace, CodeBlockKind::Traceback, QString(), TextSpan{b.indexOf(trace), trace.size()}},
    };
    in.facts = {
        fact(FactKind::Shape, b, QStringLiteral("(100, 3)")),
        fact(FactKind::Metric, b, QStringLiteral("nan"), QStringLiteral("loss")),
        fact(FactKind::Hyperparameter, b, QStringLiteral("batch_size=32"), QStringLiteral("batch_size")),
        fact(FactKind::Error, b, QStringLiteral("ValueError: bad shape"), QStringLiteral("ValueError")),
        fact(FactKind::Dataset, b, QStringLiteral("✓ end")),
    };
    Fact fromTags;
    fromTags.kind = FactKind::Framework;
    fromTags.name = QStringLiteral("keras"); // from the tags: no span in the body
    in.facts << fromTags;
    return in;
}

// Two answers, the accepted one given second and scored lower: the view must put it first.
Inspection discussedInspection()
{
    Inspection in = sampleInspection();
    Answer other;
    other.post.id = QStringLiteral("a1");
    other.post.author = QStringLiteral("bob");
    other.post.score = 7;
    other.post.text = QStringLiteral("Lower the learning rate.");
    Answer accepted;
    accepted.post.id = QStringLiteral("a2");
    accepted.post.author = QStringLiteral("alice");
    accepted.post.score = 3;
    accepted.post.text = QStringLiteral("Normalize the input:\nx = x / 255.0\n");
    accepted.post.codeBlocks = {CodeBlock{QStringLiteral("x = x / 255.0\n"), CodeBlockKind::Code, QString(),
                                          TextSpan{21, 14}}};
    accepted.accepted = true;
    Post onAccepted;
    onAccepted.author = QStringLiteral("carol");
    onAccepted.text = QStringLiteral("That fixed it, thanks!");
    accepted.comments << onAccepted;
    in.report.answers = {other, accepted};
    Post onQuestion;
    onQuestion.author = QStringLiteral("dave");
    onQuestion.text = QStringLiteral("Which Keras version?");
    in.report.comments << onQuestion;
    return in;
}

} // namespace

class TestReportView : public QObject
{
    Q_OBJECT
private slots:
    void showsTitleAndTags()
    {
        ReportView view;
        view.setInspection(sampleInspection());
        const QString text = view.browser()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Loss becomes NaN after a few epochs\n")));
        QVERIFY(text.contains(QStringLiteral(" keras ")));
        QVERIFY(text.contains(QStringLiteral(" nan ")));
    }

    void selectFactSelectsItsSpan_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shape after CRLF") << 0 << QStringLiteral("(100, 3)");
        QTest::newRow("metric") << 1 << QStringLiteral("nan");
        QTest::newRow("in code block") << 2 << QStringLiteral("batch_size=32");
        QTest::newRow("in traceback") << 3 << QStringLiteral("ValueError: bad shape");
        QTest::newRow("after non-ASCII") << 4 << QStringLiteral("✓ end");
    }
    void selectFactSelectsItsSpan()
    {
        QFETCH(int, index);
        QFETCH(QString, expected);
        ReportView view;
        view.setInspection(sampleInspection());
        QVERIFY(view.selectFact(index));
        QCOMPARE(view.selectedText(), expected);
    }

    void answersFollowTheBodyAcceptedFirst()
    {
        ReportView view;
        view.setInspection(discussedInspection());
        QCOMPARE(view.answerCount(), 2);
        QCOMPARE(view.answerHeader(0), QStringLiteral("Answer by alice (accepted ✓, score 3)"));
        QCOMPARE(view.answerHeader(1), QStringLiteral("Answer by bob (score 7)"));
        QVERIFY(view.isAnswerExpanded(0));
        QVERIFY(!view.isAnswerExpanded(1));
        QVERIFY(!view.commentsExpanded());
        const QString text = view.browser()->toPlainText();
        const int body = text.indexOf(QStringLiteral("Ünïcödé ✓ end."));
        const int comments = text.indexOf(QStringLiteral("▸ 1 comment(s)"));
        const int first = text.indexOf(QStringLiteral("▾ Answer by alice (accepted ✓, score 3)"));
        const int second = text.indexOf(QStringLiteral("▸ Answer by bob (score 7)"));
        QVERIFY(body > 0);
        QVERIFY(comments > body);
        QVERIFY(first > comments);
        QVERIFY(second > first);
        QVERIFY(text.contains(QStringLiteral("x = x / 255.0")));
        QVERIFY(text.contains(QStringLiteral("— carol: That fixed it, thanks!")));
        QVERIFY(!text.contains(QStringLiteral("Lower the learning rate.")));
        QVERIFY(!text.contains(QStringLiteral("Which Keras version?")));
    }

    void clickingAHeaderTogglesIt()
    {
        ReportView view;
        view.setInspection(discussedInspection());
        emit view.browser()->anchorClicked(QUrl(QStringLiteral("answer:1")));
        QVERIFY(view.isAnswerExpanded(1));
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("▾ Answer by bob (score 7)\nLower the learning rate.")));
        emit view.browser()->anchorClicked(QUrl(QStringLiteral("answer:0")));
        QVERIFY(!view.isAnswerExpanded(0));
        QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("x = x / 255.0")));
        emit view.browser()->anchorClicked(QUrl(QStringLiteral("comments:")));
        QVERIFY(view.commentsExpanded());
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("— dave: Which Keras version?")));
        emit view.browser()->anchorClicked(QUrl(QStringLiteral("answer:99"))); // ignored
        QCOMPARE(view.answerCount(), 2);
    }

    void header_data()
    {
        // The header carries an anchor; its text is what a click toggles.
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("href");
        QTest::newRow("accepted") << 0 << QStringLiteral("answer:0");
        QTest::newRow("other") << 1 << QStringLiteral("answer:1");
    }
    void header()
    {
        QFETCH(int, index);
        QFETCH(QString, href);
        ReportView view;
        view.setInspection(discussedInspection());
        const QString text = view.browser()->toPlainText();
        const int at = text.indexOf(view.answerHeader(index));
        QVERIFY(at > 0);
        QTextCursor c(view.browser()->document());
        c.setPosition(at + 2);
        c.setPosition(at + 3, QTextCursor::KeepAnchor);
        QCOMPARE(c.charFormat().anchorHref(), href);
    }

    void factsSelectTheBodyWithAnswersShown_data()
    {
        QTest::addColumn<bool>("expandAll");
        QTest::newRow("defaults") << false;
        QTest::newRow("all expanded") << true;
    }
    void factsSelectTheBodyWithAnswersShown()
    {
        QFETCH(bool, expandAll);
        ReportView view;
        view.setInspection(discussedInspection());
        if (expandAll) {
            view.setAnswerExpanded(1, true);
            view.setCommentsExpanded(true);
        }
        const QStringList expected = {QStringLiteral("(100, 3)"), QStringLiteral("nan"), QStringLiteral("batch_size=32"),
                                      QStringLiteral("ValueError: bad shape"), QStringLiteral("✓ end")};
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(view.selectFact(i));
            QCOMPARE(view.selectedText(), expected.at(i));
        }
        // A focus mark at the very end of the body stays on the body when answers fold.
        const qsizetype len = discussedInspection().report.body.text.size();
        view.setFocusSpan(TextSpan{len - 4, 4});
        view.setAnswerExpanded(0, false);
        view.setAnswerExpanded(1, true);
        QCOMPARE(view.browser()->extraSelections().size(), 1);
        QCOMPARE(view.browser()->extraSelections().first().cursor.selectedText(), QStringLiteral("end."));
        QVERIFY(view.showFocus());
        QCOMPARE(view.browser()->textCursor().position(), view.documentPosition(len - 4));
    }

    void factWithoutSpanSelectsNothing()
    {
        ReportView view;
        view.setInspection(sampleInspection());
        QVERIFY(!view.selectFact(5));
        QVERIFY(!view.selectFact(99));
        QVERIFY(!view.selectFact(-1));
        QCOMPARE(view.selectedText(), QString());
    }

    void highlightHasCategoryColourAndAnchor_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("shape: data") << 0 << categoryColor(InformationCategory::Data);
        QTest::newRow("metric: logs") << 1 << categoryColor(InformationCategory::Logs);
        QTest::newRow("hyperparameter") << 2 << categoryColor(InformationCategory::Hyperparameters);
    }
    void highlightHasCategoryColourAndAnchor()
    {
        QFETCH(int, index);
        QFETCH(QColor, colour);
        ReportView view;
        const Inspection in = sampleInspection();
        view.setInspection(in);
        QTextCursor c(view.browser()->document());
        c.setPosition(view.documentPosition(in.facts.at(index).span.start) + 1);
        QCOMPARE(c.charFormat().background().color(), colour);
        QCOMPARE(c.charFormat().anchorHref(), QStringLiteral("fact:%1").arg(index));
    }

    void codeBlocksAreShadedByKind_data()
    {
        QTest::addColumn<int>("block");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("code") << 0 << codeBlockColor(CodeBlockKind::Code);
        QTest::newRow("traceback") << 1 << codeBlockColor(CodeBlockKind::Traceback);
    }
    void codeBlocksAreShadedByKind()
    {
        QFETCH(int, block);
        QFETCH(QColor, colour);
        ReportView view;
        const Inspection in = sampleInspection();
        view.setInspection(in);
        QTextCursor c(view.browser()->document());
        c.setPosition(view.documentPosition(in.report.body.codeBlocks.at(block).span.start));
        QCOMPARE(c.blockFormat().background().color(), colour);
        c.movePosition(QTextCursor::NextCharacter); // charFormat() is the character before
        QVERIFY(c.charFormat().fontFixedPitch());
    }

    void clickingAHighlightActivatesTheFact()
    {
        ReportView view;
        const Inspection in = sampleInspection();
        view.setInspection(in);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ReportView::factActivated);
        QTextCursor c(view.browser()->document());
        c.setPosition(view.documentPosition(in.facts.at(0).span.start) + 3);
        const QPoint point = view.browser()->cursorRect(c).center();
        QTest::mouseClick(view.browser()->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 0);
        QCOMPARE(view.selectedText(), QStringLiteral("(100, 3)"));
    }

    void manyFactsAreCappedButSelectable()
    {
        Inspection in;
        const QString unit = QStringLiteral("loss 0.5\n");
        in.report.body.text = unit.repeated(ReportView::kMaxHighlights + 10);
        for (int i = 0; i < ReportView::kMaxHighlights + 10; ++i) {
            Fact f;
            f.kind = FactKind::Metric;
            f.span = TextSpan{qsizetype(i) * unit.size() + 5, 3};
            in.facts << f;
        }
        ReportView view;
        view.setInspection(in);
        QCOMPARE(view.highlightedCount(), ReportView::kMaxHighlights);
        QVERIFY(view.selectFact(ReportView::kMaxHighlights + 9));
        QCOMPARE(view.selectedText(), QStringLiteral("0.5"));
        QTextCursor c(view.browser()->document());
        c.setPosition(view.documentPosition(in.facts.last().span.start) + 1);
        QVERIFY(!c.charFormat().isAnchor());
    }

    void outOfRangeSpansAreIgnored()
    {
        Inspection in = sampleInspection();
        in.facts.first().span = TextSpan{in.report.body.text.size() - 2, 10};
        in.report.body.codeBlocks.first().span = TextSpan{-5, 3};
        ReportView view;
        view.setInspection(in); // must not crash or assert
        QVERIFY(!view.selectFact(0));
        QVERIFY(view.selectFact(1));
    }

    // The legend wraps: at a narrow pane every label lies fully inside it, on several rows.
    void legendWrapsAndShowsEveryLabel_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("wraps");
        QTest::newRow("narrowest pane") << 260 << true;
        QTest::newRow("default pane") << 500 << true;
        QTest::newRow("wide") << 1400 << false;
    }

    void legendWrapsAndShowsEveryLabel()
    {
        QFETCH(int, width);
        QFETCH(bool, wraps);
        ReportView view;
        view.resize(width, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *legend = view.legend();
        const QList<QLabel *> labels = legend->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 10); // two titles, five categories, three block kinds
        QSet<int> rows;
        for (QLabel *label : labels) {
            QVERIFY(label->isVisible());
            const QRect r = label->geometry();
            QVERIFY2(legend->rect().contains(r), qPrintable(label->text()));
            QVERIFY(r.width() >= label->sizeHint().width());
            rows.insert(r.top());
        }
        QCOMPARE(rows.size() > 1, wraps);
        // A group's title stays on the row of its first entry.
        for (int i = 0; i + 1 < labels.size(); ++i)
            if (labels.at(i)->text().endsWith(QLatin1Char(':')))
                QCOMPARE(labels.at(i)->geometry().top(), labels.at(i + 1)->geometry().top());
        QVERIFY(view.browser()->geometry().bottom() < legend->geometry().top());
    }
};

QTEST_MAIN(TestReportView)
#include "tst_reportview.moc"
