// The dlrepro executable as a user starts it: without a display, with --version, with
// --screenshot (the README's picture), with a report that cannot be opened.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(DLREPRO_GUI_BINARY);
const QString kFixture = QStringLiteral(DLREPRO_FIXTURES "/widgets/so-shapes-incompatible.json");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, bool display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tst_guimain-config"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kBinary, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestGuiMain : public QObject
{
    Q_OBJECT
private slots:
    void noDisplaySaysWhatToRun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("report");
        QTest::newRow("with a report") << QStringList{kFixture} << kFixture;
        QTest::newRow("with options") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("so:1")}
                                      << QStringLiteral("so:1");
        QTest::newRow("no report") << QStringList{} << QStringLiteral("<report>");
    }
    void noDisplaySaysWhatToRun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, report);
        const Run r = run(args, false);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("dlrepro: no display; run the same headless with: dlrepro-cli inspect ")
                            + report + QLatin1Char('\n'));
    }

    void versionAndHelpNeedNoDisplay()
    {
        const Run v = run({QStringLiteral("--version")}, false);
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QStringLiteral("dlrepro " DLREPRO_VERSION "\n"));
        const Run h = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")}, false);
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.contains(QStringLiteral("--screenshot <file>")), qPrintable(h.out));
        QVERIFY2(h.out.contains(QStringLiteral("Sprache der Benutzeroberfläche")), qPrintable(h.out));
    }

    void screenshotOfAReport()
    {
        QTemporaryDir tmp;
        const QString png = tmp.filePath(QStringLiteral("shot.png"));
        const Run r = run({kFixture, QStringLiteral("--screenshot"), png}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1540, 920)); // the window's default size
    }

    void screenshotWithAnUnreadableReportFails()
    {
        QTemporaryDir tmp;
        const QString png = tmp.filePath(QStringLiteral("shot.png"));
        const Run r = run({tmp.filePath(QStringLiteral("missing.json")), QStringLiteral("--screenshot"), png}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing.json")), qPrintable(r.err));
        QVERIFY(QFile::exists(png)); // the window is still pictured, empty
    }
};

QTEST_GUILESS_MAIN(TestGuiMain)
#include "tst_guimain.moc"
