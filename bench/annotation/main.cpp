// dlrepro-bench-annotation [BUGS]: generates a research project of BUGS bugs (default 100 000;
// two annotators on half of them, one in ten of those disagreeing, framework and verdict spread),
// then, offscreen:
//   baseline   a bare SELECT COUNT(*) and the first page of the bugs table on its own connection;
//   open       AnnotationWindow constructed, project opened, first rows laid out and painted;
//   filter     each filter of the window applied (COUNT + first page in SQL through the store, in a
//              worker thread), until its rows are shown;
//   scroll     ten pages fetched by scrolling to the bottom;
//   save       a burst of five label saves, mining the whole project again off the UI thread.
// A 5 ms timer runs all along and records how late each tick is: the longest gap is the longest
// time the window could not answer the user. Goal: no stall over 100 ms; times as ratios to the
// baseline measured in the same run.

#include "research/AnnotationForm.h"
#include "research/AnnotationWindow.h"
#include "research/BugTableModel.h"
#include "research/LiveMining.h"
#include "research/ProjectStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace dlrepro;

namespace {

constexpr double kGoalMs = 100.0;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Records the gaps between 5 ms ticks while the event loop runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_tick.setTimerType(Qt::PreciseTimer);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
        m_tick.start(5);
    }
    void reset()
    {
        m_gaps.clear();
        m_last = m_clock.nsecsElapsed();
    }
    // A synchronous step's own duration counts as a stall too (it blocked the loop).
    double maxGap() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    size_t ticks() const { return m_gaps.size(); }

private:
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QTimer m_tick;
    std::vector<double> m_gaps;
};

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

bool generate(const QString &path, int bugs, QString *error)
{
    std::unique_ptr<ProjectStore> store = openProject(path, error, OpenMode::CreateIfMissing);
    if (!store)
        return false;
    std::mt19937 rng(8);
    const QStringList frameworks = {QStringLiteral("TF + Keras"), QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"),
                                    QStringLiteral("Keras")};
    const QList<BugType> types = allBugTypes();
    const QList<EditAction> actions = allEditActions();
    return store->batch(
        [&](QString *err) {
            for (int i = 1; i <= bugs; ++i) {
                ProjectBug bug;
                bug.source = QStringLiteral("stackoverflow");
                bug.id = QString::number(40000000 + i);
                bug.title = QStringLiteral("Generated bug %1: loss is NaN after a few epochs").arg(i);
                bug.url = QStringLiteral("https://stackoverflow.com/questions/%1").arg(40000000 + i);
                bug.framework = frameworks[int(rng() % frameworks.size())];
                bug.architecture = QStringLiteral("CNN");
                bug.tags = {QStringLiteral("python"), QStringLiteral("deep-learning")};
                if (!store->putBug(&bug, err))
                    return false;
                if (i % 3 == 0) {
                    BugReproduction r;
                    r.reproduced = rng() % 4 != 0;
                    r.minutesSpent = double(rng() % 120);
                    if (!store->putReproduction(bug.key, r, err))
                        return false;
                }
                if (i % 2 != 0)
                    continue;
                Annotation a;
                a.bugType = types[int(rng() % types.size())];
                for (EditAction e : actions)
                    if (rng() % 3 == 0)
                        a.actions.insert(Item::action(e));
                for (InformationCategory c : allInformationCategories())
                    if (rng() % 2 == 0)
                        a.information.insert(Item::information(c));
                a.annotator = QStringLiteral("alice");
                if (!store->putAnnotation(bug.key, a, err))
                    return false;
                if (i % 20 == 0) // one in ten labelled pairs disagrees
                    a.actions.insert(Item::action(actions[int(rng() % actions.size())])), a.bugType = types[0];
                a.annotator = QStringLiteral("bob");
                if (!store->putAnnotation(bug.key, a, err))
                    return false;
            }
            return true;
        },
        error);
}

// COUNT(*) and the first page of the bugs table through a connection of its own: the least any
// view of this database must do to show its first rows.
double baselineMs(const QString &path, int page, qint64 *count)
{
    QElapsedTimer t;
    t.start();
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        QString table = QStringLiteral("bugs");
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%bug%' ORDER BY length(name) LIMIT 1"))
            && q.next())
            table = q.value(0).toString();
        q.finish();
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
            *count = q.value(0).toLongLong();
        q.finish();
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid LIMIT %2").arg(table).arg(page));
        int rows = 0;
        while (q.next())
            ++rows;
        q.finish();
        ms = msSince(t);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return ms;
}

void row(const char *what, double ms, double baseline, double stall)
{
    std::printf("%-34s %9.1f ms  %7.1fx baseline   max stall %7.1f ms  (%s)\n", what, ms, baseline > 0 ? ms / baseline : 0.0,
                stall, stall < kGoalMs ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int bugs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.dlrproject"));
    QElapsedTimer gen;
    gen.start();
    QString error;
    if (!generate(path, bugs, &error)) {
        std::fprintf(stderr, "cannot generate the project: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated %d bugs (%d labelled twice) in %.1f s\n", bugs, bugs / 2, msSince(gen) / 1000);

    // Warm the file cache for both sides alike, then take the best of three baselines.
    qint64 count = 0;
    double baseline = 1e300;
    for (int i = 0; i < 3; ++i)
        baseline = std::min(baseline, baselineMs(path, 200, &count));
    std::printf("%-34s %9.1f ms  (COUNT(*) = %lld, first 200 rows)\n", "baseline", baseline, static_cast<long long>(count));

    StallMeter meter;
    QElapsedTimer t;
    t.start();
    AnnotationWindow window;
    window.setErrorReporter([](const QString &title, const QString &message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    });
    window.resize(1400, 820);
    if (!window.openProject(path))
        return 1;
    const double openProjectMs = msSince(t);
    window.show();
    const double blockedMs = msSince(t); // construction and opening block the loop; the rows do not
    while (window.bugModel()->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    window.bugView()->viewport()->repaint();
    const double openMs = msSince(t);
    spin(50);
    row("open + first rows shown", openMs, baseline, std::max(meter.maxGap(), blockedMs));
    std::printf("%-34s %9d rows loaded of %d; openProject() and the first page took %.1f ms of it\n", "",
                window.bugModel()->rowCount(), window.bugModel()->totalCount(), openProjectMs);

    // Let the first mining pass finish before measuring filters, and time it.
    meter.reset();
    while (window.mining()->isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("%-34s %9.1f ms (off the UI thread; %lld transactions)   max stall %.1f ms\n", "first mining pass",
                window.mining()->result().elapsedMs, static_cast<long long>(window.mining()->result().transactionCount),
                meter.maxGap());

    struct Filter {
        const char *name;
        std::function<void()> set;
    };
    const std::vector<Filter> filters = {
        {"filter: type = Training", [&] { window.typeFilter()->setCurrentIndex(window.typeFilter()->findData(int(BugType::Training))); }},
        {"filter: framework = PyTorch", [&] { window.frameworkFilter()->setCurrentIndex(window.frameworkFilter()->findData(QStringLiteral("PyTorch"))); }},
        {"filter: reproduced", [&] { window.reproducedFilter()->setCurrentIndex(1); }},
        {"filter: annotator = bob", [&] { window.annotatorFilter()->setCurrentIndex(window.annotatorFilter()->findData(QStringLiteral("bob"))); }},
        {"filter: disagreement only", [&] { window.disagreementFilter()->blockSignals(true); window.disagreementFilter()->setChecked(true); window.disagreementFilter()->blockSignals(false); }},
        {"filter: text '4009999'", [&] { window.textFilter()->blockSignals(true); window.textFilter()->setText(QStringLiteral("4009999")); window.textFilter()->blockSignals(false); }},
        {"filters cleared", [&] {
             window.typeFilter()->setCurrentIndex(0);
             window.frameworkFilter()->setCurrentIndex(0);
             window.reproducedFilter()->setCurrentIndex(0);
             window.annotatorFilter()->setCurrentIndex(0);
             window.disagreementFilter()->blockSignals(true);
             window.disagreementFilter()->setChecked(false);
             window.disagreementFilter()->blockSignals(false);
             window.textFilter()->blockSignals(true);
             window.textFilter()->clear();
             window.textFilter()->blockSignals(false);
         }},
    };
    double worstFilter = 0;
    double worstStall = 0;
    for (const Filter &f : filters) {
        // Each filter alone (the others cleared), except the last row that clears them all.
        filters.back().set();
        window.applyFilter();
        while (window.bugModel()->isLoading())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        spin(20);
        meter.reset();
        f.set();
        t.restart();
        window.applyFilter();
        const double blockedMs = msSince(t);
        while (window.bugModel()->isLoading())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents();
        window.bugView()->viewport()->repaint();
        const double ms = msSince(t);
        spin(20);
        worstFilter = std::max(worstFilter, ms);
        worstStall = std::max(worstStall, std::max(meter.maxGap(), blockedMs));
        row(f.name, ms, baseline, std::max(meter.maxGap(), blockedMs));
        // The store's share: the same COUNT and first page without the window.
        const BugFilter filter = window.filterFromControls();
        QElapsedTimer s;
        s.start();
        window.store()->countBugs(filter);
        const double countMs = msSince(s);
        s.restart();
        window.store()->listBugs(filter, 0, window.bugModel()->pageSize());
        std::printf("%-34s %9.1f ms in the store (COUNT %.1f ms, first page %.1f ms)\n", "", countMs + msSince(s), countMs,
                    msSince(s));
        std::printf("%-34s %9d of %d bugs match\n", "", window.bugModel()->totalCount(), count > 0 ? int(count) : bugs);
    }

    // Scrolling to the bottom ten times: each fetches one more page.
    meter.reset();
    t.restart();
    for (int i = 0; i < 10; ++i) {
        window.bugView()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    const double scrollMs = msSince(t);
    spin(20);
    row("scroll: 10 pages", scrollMs, baseline, meter.maxGap());
    std::printf("%-34s %9d rows loaded\n", "", window.bugModel()->rowCount());

    // A burst of saves: each is one transaction on the UI thread; mining runs after it, off it.
    window.setAnnotator(QStringLiteral("carol"));
    window.bugView()->selectRow(0);
    meter.reset();
    t.restart();
    const int passes = window.mining()->passes();
    AnnotationForm *form = window.form();
    for (int i = 0; i < 5; ++i) {
        form->typeBox()->setCurrentIndex(1 + i % 5);
        QCoreApplication::processEvents();
    }
    const double saveMs = msSince(t);
    while (window.mining()->passes() == passes || window.mining()->isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double minedMs = msSince(t);
    row("save burst (5 saves)", saveMs, baseline, meter.maxGap());
    std::printf("%-34s %9.1f ms until the rules were mined again (%d pass(es))   max stall %.1f ms\n", "", minedMs,
                window.mining()->passes() - passes, meter.maxGap());
    std::printf("\nworst filter %.1f ms until its rows were shown = %.1fx the bare COUNT(*) + first page; "
                "longest stall while filtering %.1f ms (goal: under %.0f ms)\n",
                worstFilter, baseline > 0 ? worstFilter / baseline : 0.0, worstStall, kGoalMs);
    return 0;
}
