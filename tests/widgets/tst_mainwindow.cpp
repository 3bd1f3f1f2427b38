#include "ClassificationPanel.h"
#include "FactListView.h"
#include "FactModel.h"
#include "InformationTable.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "ReportView.h"

#include "import/ReportImport.h"

#include <QComboBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace dlrepro;

namespace {
const QString kFixture = QStringLiteral(DLREPRO_FIXTURES "/widgets/so-shapes-incompatible.json");
const QString kExample = QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/so-39525358-ann-accuracy.json");

// What the window should show for a file: the pipeline's own result.
Inspection expectedInspection(const QString &path)
{
    const ImportResult r = importReportFile(path);
    if (!r.ok() || r.reports.isEmpty())
        return {};
    return inspectReport(r.reports.first());
}

struct ErrorLog {
    QStringList titles;
    QStringList messages;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        RecentFiles::clear();
    }

    void opensAReport_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("fixture") << kFixture;
        QTest::newRow("example") << kExample;
    }
    void opensAReport()
    {
        QFETCH(QString, path);
        const Inspection expected = expectedInspection(path);
        QVERIFY(!expected.report.title.isEmpty());
        MainWindow w;
        ErrorLog log;
        w.setErrorReporter([&](const QString &t, const QString &m) { log.titles << t; log.messages << m; });
        QVERIFY(w.openReport(path));
        QVERIFY(log.messages.isEmpty());
        QVERIFY(w.inspection());
        QVERIFY(w.reportView()->browser()->toPlainText().startsWith(expected.report.title.simplified()));
        QCOMPARE(w.windowTitle(), expected.report.title.simplified() + QStringLiteral(" — dlrepro"));

        FactModel *model = w.factList()->factModel();
        QCOMPARE(model->rowCount(), int(expected.facts.size()));
        for (int i = 0; i < expected.facts.size(); ++i) {
            const Fact &f = expected.facts.at(i);
            QCOMPARE(model->data(model->index(i, FactModel::KindColumn)).toString(), factKindName(f.kind));
            QCOMPARE(model->data(model->index(i, FactModel::NameColumn)).toString(), f.name);
            QCOMPARE(model->data(model->index(i, FactModel::ValueColumn)).toString(), FactModel::displayValue(f));
        }
        QCOMPARE(w.classificationPanel()->shownTypeName().section(QLatin1Char(' '), 0, 0),
                 bugTypeName(expected.bugType.type).section(QLatin1Char(' '), 0, 0));
        QCOMPARE(w.informationTable()->rowCount(), int(expected.information.size()));
        QCOMPARE(RecentFiles::entries().value(0), QFileInfo(path).absoluteFilePath());
    }

    void clickingAFactSelectsItsSpan()
    {
        const Inspection expected = expectedInspection(kFixture);
        int withSpan = 0;
        MainWindow w;
        QVERIFY(w.openReport(kFixture));
        FactListView *list = w.factList();
        for (int i = 0; i < expected.facts.size(); ++i) {
            const TextSpan span = expected.facts.at(i).span;
            if (!span.isValid() || span.length == 0)
                continue;
            ++withSpan;
            const QModelIndex idx = list->model()->index(i, FactModel::ValueColumn);
            list->scrollTo(idx);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(idx).center());
            QCOMPARE(list->currentFact(), i);
            QCOMPARE(w.reportView()->selectedText(), expected.report.body.text.mid(span.start, span.length));
        }
        QVERIFY2(withSpan >= 3, "the fixture should yield facts located in the body");
    }

    void clickingAHighlightSelectsTheFact()
    {
        const Inspection expected = expectedInspection(kFixture);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openReport(kFixture));
        int target = -1;
        for (int i = 0; i < expected.facts.size() && target < 0; ++i)
            if (expected.facts.at(i).span.isValid() && expected.facts.at(i).span.length >= 2)
                target = i;
        QVERIFY(target >= 0);
        // Only a fact not covered by a shorter one is on top at its first characters.
        const TextSpan span = expected.facts.at(target).span;
        QTextBrowser *browser = w.reportView()->browser();
        QTextCursor c(browser->document());
        c.setPosition(w.reportView()->documentPosition(span.start) + 1);
        browser->setTextCursor(c);
        browser->ensureCursorVisible();
        const QString href = c.charFormat().anchorHref();
        QVERIFY(href.startsWith(QStringLiteral("fact:")));
        const int shown = href.mid(5).toInt();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(c).center());
        QCOMPARE(w.factList()->currentFact(), shown);
        const TextSpan shownSpan = expected.facts.at(shown).span;
        QCOMPARE(w.reportView()->selectedText(), expected.report.body.text.mid(shownSpan.start, shownSpan.length));
    }

    void overridingTheBugTypeChangesTheShownType()
    {
        MainWindow w;
        QVERIFY(w.openReport(kFixture));
        const BugType classified = w.inspection()->bugType.type;
        const BugType chosen = classified == BugType::Gpu ? BugType::Model : BugType::Gpu;
        QComboBox *box = w.classificationPanel()->overrideBox();
        box->setCurrentIndex(box->findData(int(chosen)));
        QCOMPARE(w.inspection()->bugType.type, chosen);
        QVERIFY(w.inspection()->bugType.overridden);
        QVERIFY(w.classificationPanel()->shownTypeName().startsWith(bugTypeName(chosen) + QStringLiteral(" (")));
        QVERIFY(w.classificationPanel()->shownTypeName().endsWith(QStringLiteral("[set by you]")));
        Inspection manual = expectedInspection(kFixture);
        overrideBugType(manual, chosen);
        QCOMPARE(w.informationTable()->rowCount(), int(manual.information.size()));
        for (int i = 0; i < manual.information.size(); ++i)
            QCOMPARE(w.informationTable()->item(i, InformationTable::QuestionColumn)->text(),
                     manual.information.at(i).followUpQuestion);

        box->setCurrentIndex(0); // back to the classifier's decision
        QCOMPARE(w.inspection()->bugType.type, classified);
        QVERIFY(!w.inspection()->bugType.overridden);
        QVERIFY(!w.classificationPanel()->shownTypeName().contains(QStringLiteral("[set by you]")));
    }

    void onlineFetchRunsOffTheGuiThread_data()
    {
        // A refused connection fails at once; a server that accepts and never answers keeps the
        // worker busy, and the user cancels.
        QTest::addColumn<bool>("silentServer");
        QTest::newRow("connection refused") << false;
        QTest::newRow("no answer, cancelled") << true;
    }
    void onlineFetchRunsOffTheGuiThread()
    {
        QFETCH(bool, silentServer);
        QTemporaryDir cache;
        qputenv("DLREPRO_CACHE_DIR", cache.path().toUtf8());
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        if (!silentServer)
            server.close(); // nothing listens there any more
        qputenv("DLREPRO_GITHUB_API", QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());

        MainWindow w;
        ErrorLog log;
        w.setErrorReporter([&](const QString &t, const QString &m) { log.titles << t; log.messages << m; });
        QVERIFY(w.openReport(kFixture));
        const QString title = w.inspection()->report.title;
        QSignalSpy finished(&w, &MainWindow::onlineFetchFinished);
        int ticks = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start(10);

        w.openOnline(QStringLiteral("gh:a/b#1"));
        QVERIFY(w.isFetching());
        QVERIFY(w.fetchProgress() && w.fetchProgress()->isVisible());
        if (silentServer) {
            QTest::qWait(400);
            QVERIFY(w.isFetching());
            QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the event loop kept running
            QPushButton *cancel = w.fetchProgress()->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
            QVERIFY(!w.isFetching());
            QCOMPARE(w.fetchProgress(), nullptr);
            QTest::qWait(200);
            QCOMPARE(finished.count(), 0);
            QCOMPARE(log.messages.size(), 0);
        } else {
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY(!w.isFetching());
            QCOMPARE(w.fetchProgress(), nullptr);
            QCOMPARE(log.titles, QStringList{QStringLiteral("Cannot open report")});
            QVERIFY2(log.messages.first().contains(QStringLiteral("gh:a/b#1")), qPrintable(log.messages.first()));
        }
        QCOMPARE(w.inspection()->report.title, title);
        qunsetenv("DLREPRO_GITHUB_API");
        qunsetenv("DLREPRO_CACHE_DIR");
    }

    void failedOpenKeepsThePreviousReport_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("named");
        const QString missing = QStringLiteral(DLREPRO_FIXTURES "/widgets/no-such-report.json");
        QTest::newRow("missing file") << missing << QStringLiteral("no-such-report.json");
        QTest::newRow("not a report") << QStringLiteral(DLREPRO_FIXTURES "/widgets") << QStringLiteral("widgets");
        QTest::newRow("malformed spec") << QStringLiteral("so:not-a-number") << QStringLiteral("so:not-a-number");
    }
    void failedOpenKeepsThePreviousReport()
    {
        QFETCH(QString, input);
        QFETCH(QString, named);
        MainWindow w;
        ErrorLog log;
        w.setErrorReporter([&](const QString &t, const QString &m) { log.titles << t; log.messages << m; });
        QVERIFY(w.openReport(kFixture));
        const QString title = w.inspection()->report.title;
        const int facts = w.factList()->factModel()->rowCount();
        QVERIFY(!w.openReport(input));
        QCOMPARE(log.messages.size(), 1);
        QCOMPARE(log.titles.first(), QStringLiteral("Cannot open report"));
        QVERIFY2(log.messages.first().contains(named), qPrintable(log.messages.first()));
        QCOMPARE(w.inspection()->report.title, title);
        QVERIFY(w.reportView()->browser()->toPlainText().startsWith(title.simplified()));
        QCOMPARE(w.factList()->factModel()->rowCount(), facts);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
