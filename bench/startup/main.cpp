// dlrepro-bench-startup [RUNS]: how long the workbench takes from exec to its first paint, as a
// ratio to a bare Qt hello widget (same machine, same command), offscreen. Each figure is the
// median of RUNS (default 7) fresh processes, this executable started again as a child:
//   hello            QApplication + a QLabel: the floor any Qt GUI pays
//   workbench        MainWindow, the helper never used
//   workbench+helper MainWindow, and dlrepro-tensor started (post "hello", or an embed warm-up
//                    when DLREPRO_EMBEDDING_MODEL is set) right after it is constructed: the
//                    helper's start must not delay the first paint nor stall the event loop
//   dlrepro --screenshot  the real binary, exec to exit (writes a PNG), less the fixed 400 ms it
//                    waits before grabbing (app/gui/main.cpp)
// Each child also reports whether libtorch is mapped into it (it must never be). Goal: < 500 ms.

#include "MainWindow.h"
#include "tensor/TensorClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace dlrepro;

namespace {

constexpr double kGoalMs = 500.0;

bool torchMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libtorch");
}

// Counts paint events anywhere in the application.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void waitForPaint(PaintWatch &watch)
{
    QElapsedTimer guard;
    guard.start();
    while (!watch.painted && guard.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("painted\n");
    std::fflush(stdout);
}

int child(int argc, char *argv[], const QString &scenario)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("dlrepro-bench-startup"));
    PaintWatch watch;
    app.installEventFilter(&watch);
    if (scenario == QLatin1String("hello")) {
        QLabel label(QStringLiteral("Hello"));
        label.show();
        waitForPaint(watch);
    } else {
        MainWindow w;
        TensorClient client;
#ifdef DLREPRO_TENSOR_HELPER
        if (client.helperPath().isEmpty())
            client.setHelperPath(QStringLiteral(DLREPRO_TENSOR_HELPER));
#endif
        bool answered = false;
        QElapsedTimer helperClock;
        const bool withHelper = scenario == QLatin1String("workbench+helper");
        if (withHelper) {
            QObject::connect(&client, &TensorClient::replied, [&](qint64, const TensorReply &r) {
                answered = true;
                std::printf("helper %s after %.1f ms\n", r.ok ? "answered" : qPrintable(QStringLiteral("failed: ") + r.error),
                            double(helperClock.nsecsElapsed()) / 1e6);
            });
            helperClock.start();
            const QString model = qEnvironmentVariable("DLREPRO_EMBEDDING_MODEL");
            if (model.isEmpty()) {
                client.post(QStringLiteral("hello"));
            } else {
                QJsonObject args;
                args.insert(QLatin1String("model"), model);
                args.insert(QLatin1String("texts"), QJsonArray());
                client.post(QStringLiteral("embed"), args);
            }
        }
        w.show();
        waitForPaint(watch);
        if (withHelper) {
            // The longest gap between 5 ms ticks until the helper answers: the GUI's stall.
            QElapsedTimer clock;
            clock.start();
            qint64 last = clock.nsecsElapsed();
            double worst = 0;
            QTimer tick;
            tick.setTimerType(Qt::PreciseTimer);
            QObject::connect(&tick, &QTimer::timeout, [&] {
                const qint64 now = clock.nsecsElapsed();
                worst = std::max(worst, double(now - last) / 1e6);
                last = now;
            });
            tick.start(5);
            while (!answered && clock.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            std::printf("stall %.1f ms\n", worst);
        }
    }
    std::printf("torch-mapped %s\n", torchMapped() ? "yes" : "no");
    std::fflush(stdout);
    return 0;
}

struct Sample {
    double ms = 0;
    QString report;
};

Sample runChild(const QString &program, const QStringList &args, bool untilPaint)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    Sample s;
    QByteArray out;
    if (untilPaint) {
        while (!out.contains("painted\n") && p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        s.ms = double(clock.nsecsElapsed()) / 1e6;
        p.waitForFinished(60000);
    } else {
        p.waitForFinished(60000);
        s.ms = double(clock.nsecsElapsed()) / 1e6;
    }
    out += p.readAllStandardOutput();
    s.report = QString::fromUtf8(out).replace(QLatin1String("painted\n"), QString()).trimmed().replace(u'\n', u';');
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && !std::strcmp(argv[1], "--child"))
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir tmp;

    struct Scenario {
        QString name;
        QString program;
        QStringList args;
        bool untilPaint;
        double fixedDelayMs = 0; // subtracted: time the program waits on purpose
    };
    std::vector<Scenario> scenarios{
        {QStringLiteral("hello"), self, {QStringLiteral("--child"), QStringLiteral("hello")}, true},
        {QStringLiteral("workbench"), self, {QStringLiteral("--child"), QStringLiteral("workbench")}, true},
        {QStringLiteral("workbench+helper"), self, {QStringLiteral("--child"), QStringLiteral("workbench+helper")}, true},
    };
#ifdef DLREPRO_GUI
    scenarios.push_back({QStringLiteral("dlrepro --screenshot"), QStringLiteral(DLREPRO_GUI),
                         {QStringLiteral("--screenshot"), tmp.filePath(QStringLiteral("shot.png"))}, false, 400.0});
#endif

    std::printf("dlrepro-bench-startup: median of %d fresh processes each, offscreen, goal < %.0f ms\n", runs, kGoalMs);
    double baseline = 0;
    bool met = true;
    for (const Scenario &sc : scenarios) {
        runChild(sc.program, sc.args, sc.untilPaint); // warm the page cache
        std::vector<double> times;
        QString report;
        for (int i = 0; i < runs; ++i) {
            const Sample s = runChild(sc.program, sc.args, sc.untilPaint);
            times.push_back(s.ms - sc.fixedDelayMs);
            report = s.report;
        }
        const double m = median(times);
        if (sc.name == QLatin1String("hello"))
            baseline = m;
        const bool goal = sc.name == QLatin1String("hello") || m < kGoalMs;
        met = met && goal;
        std::printf("%-22s %s %8.1f ms  x%.2f of hello  min %.1f max %.1f  %s  [%s]\n", qPrintable(sc.name),
                    sc.untilPaint ? "first paint" : "exec->exit ", m, baseline > 0 ? m / baseline : 0.0,
                    *std::min_element(times.begin(), times.end()), *std::max_element(times.begin(), times.end()),
                    sc.name == QLatin1String("hello") ? "baseline" : goal ? "goal met" : "GOAL MISSED",
                    qPrintable(report));
    }
    return met ? 0 : 1;
}
