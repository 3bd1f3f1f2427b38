// Hand-written SVG for the study's two figures: success and time per set and group.
#include "study/StudyPlots.h"

#include "study/StudyAnalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cmath>

namespace dlrepro {

namespace {

QString esc(QString s)
{
    return s.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;")).replace(QLatin1Char('"'), QLatin1String("&quot;"));
}

QString num(double v) { return QString::number(v, 'f', 1); }

// A "nice" step (1, 2 or 5 × 10^k) giving about five ticks up to max.
double niceStep(double max)
{
    if (!(max > 0))
        return 1;
    const double raw = max / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

// Colour-blind-safe pair (Okabe–Ito orange and blue), then more.
const char *const kColours[] = {"#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9"};

} // namespace

QString groupedBarChartSvg(const QString &title, const QStringList &categories, const QStringList &series,
                           const QList<QList<double>> &values, const QString &yLabel, int decimals)
{
    const double left = 70, right = 20, top = 50, bottom = 70, plotH = 260;
    const double barW = 28, gap = 6, groupGap = 30;
    const int nSeries = int(series.size());
    const double groupW = nSeries * barW + (nSeries - 1) * gap;
    const double plotW = std::max(200.0, categories.size() * (groupW + groupGap) + groupGap);
    const double width = left + plotW + right, height = top + plotH + bottom;

    double max = 0;
    for (const QList<double> &row : values)
        for (double v : row)
            if (!std::isnan(v))
                max = std::max(max, v);
    const double step = niceStep(max);
    const double top_ = std::max(step, std::ceil(max / step) * step);
    const auto y = [&](double v) { return top + plotH - v / top_ * plotH; };

    QString s;
    s += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                        "font-family=\"sans-serif\" font-size=\"12\">\n").arg(num(width), num(height));
    s += QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s += QStringLiteral("<text x=\"%1\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">%2</text>\n")
             .arg(num(width / 2), esc(title));
    for (double t = 0; t <= top_ + step / 2; t += step) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>\n").arg(num(left), num(y(t)), num(left + plotW));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n").arg(num(left - 6), num(y(t) + 4), QString::number(t, 'g', 6));
    }
    s += QStringLiteral("<text transform=\"translate(16 %1) rotate(-90)\" text-anchor=\"middle\">%2</text>\n").arg(num(top + plotH / 2), esc(yLabel));
    for (int c = 0; c < categories.size(); ++c) {
        const double gx = left + groupGap + c * (groupW + groupGap);
        for (int k = 0; k < nSeries; ++k) {
            const double v = c < values.value(k).size() ? values.value(k).at(c) : std::nan("");
            const double x = gx + k * (barW + gap);
            if (!std::isnan(v)) {
                s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6 %7: %8</title></rect>\n")
                         .arg(num(x), num(y(v)), num(barW), num(y(0) - y(v)), QLatin1String(kColours[k % 5]),
                              esc(categories.at(c)), esc(series.at(k)), QString::number(v, 'f', decimals));
            }
            s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" font-size=\"10\">%3</text>\n")
                     .arg(num(x + barW / 2), num((std::isnan(v) ? y(0) : y(v)) - 4),
                          std::isnan(v) ? QString(QChar(0x2013)) : QString::number(v, 'f', decimals));
        }
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n").arg(num(gx + groupW / 2), num(y(0) + 18), esc(categories.at(c)));
    }
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"black\"/>\n").arg(num(left), num(y(0)), num(left + plotW));
    for (int k = 0; k < nSeries; ++k) {
        const double lx = left + k * 170, ly = height - 22;
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>\n").arg(num(lx), num(ly - 10), QLatin1String(kColours[k % 5]));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n").arg(num(lx + 18), num(ly), esc(series.at(k)));
    }
    s += QStringLiteral("</svg>\n");
    return s;
}

bool writeStudyPlots(const StudyAnalysis &a, const QString &folder, QStringList *written, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("StudyPlots", "%1: cannot create the folder").arg(folder);
        return false;
    }
    QList<double> pc, pe, tc, te;
    for (const QString &s : a.sets) {
        pc << a.control.value(s).percentReproduced();
        pe << a.experimental.value(s).percentReproduced();
        tc << a.control.value(s).meanSeconds();
        te << a.experimental.value(s).meanSeconds();
    }
    const QStringList series{studyGroupName(StudyGroup::Control), studyGroupName(StudyGroup::Experimental)};
    const QList<QPair<QString, QString>> files{
        {QStringLiteral("success.svg"),
         groupedBarChartSvg(QCoreApplication::translate("StudyPlots", "Bugs reproduced per set and group"), a.sets, series, {pc, pe},
                            QCoreApplication::translate("StudyPlots", "% of bugs reproduced"), 1)},
        {QStringLiteral("time.svg"),
         groupedBarChartSvg(QCoreApplication::translate("StudyPlots", "Mean time per bug per set and group"), a.sets, series, {tc, te},
                            QCoreApplication::translate("StudyPlots", "seconds"), 0)}};
    for (const auto &[name, svg] : files) {
        const QString path = QDir(folder).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(svg.toUtf8()) < 0) {
            *error = QCoreApplication::translate("StudyPlots", "%1: cannot write: %2").arg(path, f.errorString());
            return false;
        }
        if (written)
            *written << path;
    }
    return true;
}

} // namespace dlrepro
