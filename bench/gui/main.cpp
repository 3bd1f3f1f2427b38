// dlrepro-bench-gui [REPORT] [PYTHON]: opens the workbench offscreen on an example report, times
// its start-up (QApplication + MainWindow shown), then runs a five-seed Verify of the report's
// snippet while a 5 ms timer records the gaps between its ticks: a gap is how long the event loop
// could not answer the user. Goal: no stall over 50 ms.

#include "MainWindow.h"
#include "RunPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace dlrepro;

namespace {

constexpr double kGoalMs = 50.0;
constexpr int kTickMs = 5;

struct Stalls {
    double maxMs = 0;
    double p99Ms = 0;
    size_t ticks = 0;
};

Stalls summarize(std::vector<double> gaps)
{
    Stalls s;
    s.ticks = gaps.size();
    if (gaps.empty())
        return s;
    std::sort(gaps.begin(), gaps.end());
    s.maxMs = gaps.back();
    s.p99Ms = gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * 0.99))];
    return s;
}

// Runs the event loop until `done` or timeoutMs, recording the gap between 5 ms ticks.
std::vector<double> recordGaps(const std::function<bool()> &done, int timeoutMs)
{
    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(kTickMs);
    loop.exec();
    return gaps;
}

void printStalls(const char *what, const Stalls &s)
{
    std::printf("%-28s ticks %6zu   max gap %8.1f ms   p99 gap %6.1f ms   (goal < %.0f ms: %s)\n", what, s.ticks,
                s.maxMs, s.p99Ms, kGoalMs, s.maxMs < kGoalMs ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Own settings: the bench must not move the user's panes or recent files.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("dlrepro-bench-gui"));
    const QStringList args = app.arguments();
    const QString report = args.size() > 1 ? args.at(1) : QStringLiteral(DLREPRO_EXAMPLE_REPORT);
    const QString python = args.size() > 2 ? args.at(2) : QStringLiteral("/usr/bin/python3");

    MainWindow w;
    QStringList errors;
    w.setErrorReporter([&](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
    w.show();
    QCoreApplication::processEvents();
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;

    QElapsedTimer openClock;
    openClock.start();
    if (!w.openReport(report)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(report), qPrintable(errors.join(u'\n')));
        return 1;
    }
    QCoreApplication::processEvents();
    const double openMs = double(openClock.nsecsElapsed()) / 1e6;

    RunPanel *run = w.runPanel();
    run->setInterpreter(python);
    run->setSeedCount(5);
    QObject::connect(run, &RunPanel::errorOccurred, [&](const QString &t, const QString &m) {
        errors << t + QStringLiteral(": ") + m;
    });

    const Stalls idle = summarize(recordGaps([] { return false; }, 1000));

    bool verdict = false;
    QObject::connect(run, &RunPanel::verdictReady, [&] { verdict = true; });
    QElapsedTimer runClock;
    runClock.start();
    if (!run->start(true)) {
        std::fprintf(stderr, "cannot start Verify: %s\n", qPrintable(errors.join(u'\n')));
        return 1;
    }
    const Stalls running = summarize(recordGaps([&] { return verdict; }, 300000));
    const double runMs = double(runClock.nsecsElapsed()) / 1e6;

    std::printf("dlrepro-bench-gui  report %s  python %s  platform %s\n", qPrintable(report), qPrintable(python),
                qPrintable(QGuiApplication::platformName()));
    std::printf("%-28s %8.1f ms\n", "start-up (app + window)", startupMs);
    std::printf("%-28s %8.1f ms\n", "open report", openMs);
    printStalls("idle, 1 s", idle);
    printStalls("five-seed Verify", running);
    std::printf("%-28s %8.1f ms  (%d results, verdict %s)\n", "Verify wall time", runMs, int(run->lastResults().size()),
                verdict ? "shown" : "NOT shown (timeout)");
    if (!errors.isEmpty())
        std::printf("errors: %s\n", qPrintable(errors.join(QStringLiteral("; "))));
    RunPanel::waitForBackgroundWork(10000);
    return verdict ? 0 : 2;
}
