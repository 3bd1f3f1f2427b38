// dlrepro-bench: throughput and memory of `select` on generated data dumps, against a bare
// QXmlStreamReader pass over the same file, and the time to inspect one typical post.
// Not a test: it prints numbers for a person to read.
//
//   dlrepro-bench [--rows 25000,100000] [--seed 42] [--repeat 3] [--iterations 200]
//   dlrepro-bench select-child <Posts.xml>     (internal: one measurement in its own process)
//   dlrepro-bench baseline-child <Posts.xml>   (internal)
#include "PostsGenerator.h"

#include "corpus/CorpusSelector.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>

using namespace dlrepro;

namespace {

// Peak resident set size of this process in KiB (VmHWM), or -1 where /proc is missing.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The children print one line: "<rows> <kept> <nanoseconds> <peak KiB>".
int selectChild(const QString &path)
{
    QFile devNull(QStringLiteral("/dev/null"));
    if (!devNull.open(QIODevice::WriteOnly))
        return 2;
    SelectOptions options;
    parseSelectDate(QStringLiteral("2020-05-01"), false, &options.since);
    parseSelectDate(QStringLiteral("2023-05-31"), true, &options.until);
    CorpusSelector selector(options);
    QElapsedTimer timer;
    timer.start();
    // Writing the JSON lines is part of what `select` costs.
    const bool ok = selector.runFile(path, jsonLinesSink(&devNull));
    const qint64 ns = timer.nsecsElapsed();
    if (!ok) {
        QTextStream(stderr) << selector.error() << '\n';
        return 2;
    }
    QTextStream(stdout) << selector.stats().rowsRead << ' ' << selector.stats().kept << ' ' << ns << ' '
                        << peakRssKb() << '\n';
    return 0;
}

int baselineChild(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QElapsedTimer timer;
    timer.start();
    QXmlStreamReader xml(&file);
    qint64 rows = 0;
    qint64 chars = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("row")) {
            ++rows;
            // Touch the attributes so that the parser decodes them, as select's reader must.
            for (const QXmlStreamAttribute &a : xml.attributes())
                chars += a.value().size();
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    if (xml.hasError())
        return 2;
    QTextStream(stdout) << rows << ' ' << chars << ' ' << ns << ' ' << peakRssKb() << '\n';
    return 0;
}

struct ChildResult {
    qint64 rows = 0;
    qint64 kept = 0;
    double seconds = 0;
    qint64 peakKb = 0;
    bool ok = false;
};

ChildResult runChild(const QString &mode, const QString &path)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {mode, path});
    ChildResult r;
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << mode << " failed: " << QString::fromLocal8Bit(p.readAllStandardError()) << '\n';
        return r;
    }
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 4)
        return r;
    r.rows = f.at(0).toLongLong();
    r.kept = f.at(1).toLongLong();
    r.seconds = double(f.at(2).toLongLong()) / 1e9;
    r.peakKb = f.at(3).toLongLong();
    r.ok = true;
    return r;
}

// Best (shortest) time of `repeat` runs, each in a fresh process; peak memory of the largest.
ChildResult measure(const QString &mode, const QString &path, int repeat)
{
    ChildResult best;
    for (int i = 0; i < repeat; ++i) {
        const ChildResult r = runChild(mode, path);
        if (!r.ok)
            return r;
        if (!best.ok || r.seconds < best.seconds)
            best = ChildResult{r.rows, r.kept, r.seconds, best.ok ? best.peakKb : 0, true};
        best.peakKb = std::max(best.peakKb, r.peakKb);
    }
    return best;
}

QString col(const QString &s, int width) { return s.rightJustified(width, QLatin1Char(' ')); }
QString num(double v, int precision) { return QString::number(v, 'f', precision); }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.size() == 2 && args.at(0) == QLatin1String("select-child"))
        return selectChild(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("baseline-child"))
        return baselineChild(args.at(1));

    QList<qint64> sizes{25000, 100000};
    quint32 seed = 42;
    int repeat = 3;
    int iterations = 200;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        bool ok = !value.isEmpty();
        if (a == QLatin1String("--rows")) {
            sizes.clear();
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                sizes << s.toLongLong(&ok);
                ok = ok && sizes.last() > 0;
                if (!ok)
                    break;
            }
        } else if (a == QLatin1String("--seed")) {
            seed = value.toUInt(&ok);
        } else if (a == QLatin1String("--repeat")) {
            repeat = value.toInt(&ok);
            ok = ok && repeat > 0;
        } else if (a == QLatin1String("--iterations")) {
            iterations = value.toInt(&ok);
            ok = ok && iterations > 0;
        } else {
            ok = false;
        }
        if (!ok) {
            err << "dlrepro-bench: bad option " << a << (value.isEmpty() ? QString() : QStringLiteral(" ") + value)
                << "\nusage: dlrepro-bench [--rows 25000,100000] [--seed 42] [--repeat 3] [--iterations 200]\n";
            return 2;
        }
        ++i;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "dlrepro-bench: cannot create a temporary folder\n";
        return 2;
    }

    out << "select: study filters (2020-05-01..2023-05-31), JSON lines to /dev/null; best of " << repeat
        << " runs, each in its own process; seed " << seed << "\n\n";
    out << col(QStringLiteral("rows"), 8) << col(QStringLiteral("MB"), 8) << col(QStringLiteral("kept"), 7)
        << col(QStringLiteral("select s"), 10) << col(QStringLiteral("rows/s"), 10)
        << col(QStringLiteral("xml s"), 8) << col(QStringLiteral("select/xml"), 12)
        << col(QStringLiteral("select RSS MB"), 15) << col(QStringLiteral("xml RSS MB"), 12) << '\n';
    out.flush();

    QList<ChildResult> selects;
    for (qint64 rows : sizes) {
        const QString path = dir.filePath(QStringLiteral("Posts-%1.xml").arg(rows));
        bench::GeneratedPosts info;
        QString error;
        if (!bench::generatePostsXml(path, rows, seed, &info, &error)) {
            err << "dlrepro-bench: " << error << '\n';
            return 2;
        }
        const ChildResult s = measure(QStringLiteral("select-child"), path, repeat);
        const ChildResult b = measure(QStringLiteral("baseline-child"), path, repeat);
        if (!s.ok || !b.ok)
            return 1;
        selects << s;
        out << col(QString::number(rows), 8) << col(num(double(info.bytes) / 1e6, 1), 8)
            << col(QString::number(s.kept), 7) << col(num(s.seconds, 3), 10)
            << col(QString::number(qint64(double(s.rows) / s.seconds)), 10) << col(num(b.seconds, 3), 8)
            << col(num(s.seconds / b.seconds, 2), 12) << col(num(double(s.peakKb) / 1024.0, 1), 15)
            << col(num(double(b.peakKb) / 1024.0, 1), 12) << '\n';
        out.flush();
        QFile::remove(path);
    }
    if (selects.size() >= 2) {
        out << "\npeak RSS of select, " << sizes.last() << " rows / " << sizes.first()
            << " rows: " << num(double(selects.last().peakKb) / double(selects.first().peakKb), 2)
            << " (flat memory: close to 1.00)\n";
    }

    // One typical post through the inspect pipeline: import (Posts.xml row, HTML → text),
    // code-block classification, fact extraction, bug-type classification, information table.
    const QByteArray row = bench::typicalQuestionXml();
    const ImportResult first = importReportData(row, InputFormat::PostsXml, QStringLiteral("typical.xml"));
    if (!first.ok() || first.reports.isEmpty()) {
        err << "dlrepro-bench: the typical post does not import: " << first.error << '\n';
        return 1;
    }
    qint64 facts = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        const ImportResult imported = importReportData(row, InputFormat::PostsXml, QStringLiteral("typical.xml"));
        const Inspection inspection = inspectReport(imported.reports.first());
        facts += inspection.facts.size();
    }
    const double meanMs = double(timer.nsecsElapsed()) / 1e6 / iterations;
    out << "inspect one typical post (import + extract + classify): " << num(meanMs, 3) << " ms mean over "
        << iterations << " iterations (" << facts / iterations << " facts)\n";
    return 0;
}
