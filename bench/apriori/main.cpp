// dlrepro-bench-apriori [--sizes 100000,1000000] [--min-support 0.01] [--min-confidence 0.3]
//                       [--max-length 0] [--seed 42]
// Without --child, runs each size in a child process of itself (so each peak RSS is its own)
// and prints one table. The baseline is a single counting pass over the row-wise transactions
// (item frequencies), the least any miner must do; both are timed best of three; the ratio says how many such passes Apriori
// costs, whatever the machine.
#include "rules/Apriori.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace dlrepro;

namespace {

constexpr int kItems = 20;

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Skewed, independent item probabilities summing to 5 (so ~5 items a transaction), plus one
// planted correlation (items 0 ⇒ 1) so that rules of several lengths exist.
std::vector<double> itemProbabilities()
{
    std::vector<double> p(kItems);
    double sum = 0;
    for (int i = 0; i < kItems; ++i)
        sum += p[size_t(i)] = 1.0 / std::sqrt(double(i) + 1.0);
    for (double &x : p)
        x = std::min(0.9, x * 5.0 / sum);
    return p;
}

int child(qint64 size, quint32 seed, const AprioriOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(seed);
    const std::vector<double> p = itemProbabilities();
    std::vector<quint8> items; // row-wise, as a file would give them
    std::vector<qint64> offsets{0};
    items.reserve(size_t(size) * 6);
    offsets.reserve(size_t(size) + 1);
    for (qint64 t = 0; t < size; ++t) {
        bool has0 = false;
        for (int i = 0; i < kItems; ++i) {
            bool on = rng.generateDouble() < p[size_t(i)];
            if (i == 1 && has0 && rng.generateDouble() < 0.6)
                on = true;
            if (on) {
                items.push_back(quint8(i));
                has0 |= i == 0;
            }
        }
        offsets.push_back(qint64(items.size()));
    }
    const double genMs = double(timer.nsecsElapsed()) / 1e6;

    // Best of three runs for the two timed passes: the machine is shared.
    std::vector<qint64> freq;
    double baselineMs = 1e300;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        freq.assign(kItems, 0);
        for (qint64 t = 0; t < size; ++t)
            for (qint64 k = offsets[size_t(t)]; k < offsets[size_t(t) + 1]; ++k)
                ++freq[items[size_t(k)]];
        baselineMs = std::min(baselineMs, double(timer.nsecsElapsed()) / 1e6);
    }

    timer.restart();
    TransactionMatrix m(kItems);
    m.reserve(size);
    std::vector<int> row;
    for (qint64 t = 0; t < size; ++t) {
        row.assign(items.begin() + offsets[size_t(t)], items.begin() + offsets[size_t(t) + 1]);
        m.add(row);
    }
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    AprioriResult result;
    double aprioriMs = 1e300;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        QString error;
        if (!runApriori(m, options, &result, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        aprioriMs = std::min(aprioriMs, double(timer.nsecsElapsed()) / 1e6);
    }
    size_t maxLen = 0;
    for (const auto &s : result.itemsets)
        maxLen = std::max(maxLen, s.items.size());
    qint64 total = 0;
    for (qint64 f : freq)
        total += f;
    // One line for the parent: size gen baseline build apriori itemsets rules maxlen items vmhwm
    std::printf("%lld %.1f %.2f %.1f %.1f %zu %zu %zu %.3f %lld\n", (long long)size, genMs, baselineMs, buildMs,
                aprioriMs, result.itemsets.size(), result.rules.size(), maxLen, double(total) / double(size),
                (long long)vmHwmKb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Apriori benchmark on generated transactions"));
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Comma-separated sizes."),
                                      QStringLiteral("n,..."), QStringLiteral("100000,1000000"));
    const QCommandLineOption supportOpt(QStringLiteral("min-support"), QStringLiteral("Minimum support."),
                                        QStringLiteral("s"), QStringLiteral("0.01"));
    const QCommandLineOption confidenceOpt(QStringLiteral("min-confidence"), QStringLiteral("Minimum confidence."),
                                           QStringLiteral("c"), QStringLiteral("0.3"));
    const QCommandLineOption lengthOpt(QStringLiteral("max-length"), QStringLiteral("Maximum length (0: none)."),
                                       QStringLiteral("k"), QStringLiteral("0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("n"),
                                     QStringLiteral("42"));
    const QCommandLineOption childOpt(QStringLiteral("child"), QStringLiteral("Internal: run one size."),
                                      QStringLiteral("n"));
    parser.addOptions({sizesOpt, supportOpt, confidenceOpt, lengthOpt, seedOpt, childOpt});
    parser.process(app);

    AprioriOptions options;
    options.minSupport = parser.value(supportOpt).toDouble();
    options.minConfidence = parser.value(confidenceOpt).toDouble();
    options.maxLength = parser.value(lengthOpt).toInt();
    const quint32 seed = parser.value(seedOpt).toUInt();
    if (parser.isSet(childOpt))
        return child(parser.value(childOpt).toLongLong(), seed, options);

    QTextStream out(stdout);
    out << QStringLiteral("Apriori, %1 items, min support %2, min confidence %3, max length %4, seed %5\n")
               .arg(kItems)
               .arg(options.minSupport)
               .arg(options.minConfidence)
               .arg(options.maxLength)
               .arg(seed);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("transactions"), 12)
               .arg(QStringLiteral("items/t"), 8)
               .arg(QStringLiteral("count ms"), 9)
               .arg(QStringLiteral("build ms"), 9)
               .arg(QStringLiteral("apriori ms"), 11)
               .arg(QStringLiteral("x count"), 8)
               .arg(QStringLiteral("itemsets"), 9)
               .arg(QStringLiteral("rules"), 8)
               .arg(QStringLiteral("peak RSS MiB"), 13);
    out.flush();
    int rc = 0;
    for (const QString &s : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = {QStringLiteral("--child"), s.trimmed()};
        for (const QCommandLineOption *o : {&supportOpt, &confidenceOpt, &lengthOpt, &seedOpt})
            args << QStringLiteral("--") + o->names().first() << parser.value(*o);
        p.start(QCoreApplication::applicationFilePath(), args);
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            out << QStringLiteral("size %1: child failed\n").arg(s);
            rc = 1;
            continue;
        }
        const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
        if (f.size() != 10) {
            out << QStringLiteral("size %1: unexpected child output\n").arg(s);
            rc = 1;
            continue;
        }
        const double baseline = f[2].toDouble(), apriori = f[4].toDouble();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QString::fromLatin1(f[0]), 12)
                   .arg(QString::fromLatin1(f[8]), 8)
                   .arg(QString::fromLatin1(f[2]), 9)
                   .arg(QString::fromLatin1(f[3]), 9)
                   .arg(QString::fromLatin1(f[4]), 11)
                   .arg(QString::number(baseline > 0 ? apriori / baseline : 0.0, 'f', 1), 8)
                   .arg(QString::fromLatin1(f[5]), 9)
                   .arg(QString::fromLatin1(f[6]), 8)
                   .arg(QString::number(f[9].toDouble() / 1024.0, 'f', 1), 13);
        out.flush();
    }
    out << QStringLiteral("count = one counting pass over the row-wise transactions (the baseline); "
                          "x count = apriori / count; build = filling the tid-list bitsets.\n");
    return rc;
}
