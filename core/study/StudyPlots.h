#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

struct StudyAnalysis;

// A grouped bar chart as SVG text (core links no QtGui/QtSvg): one group of bars per category,
// one bar per series, a value above each bar, a legend, a y axis from 0 with about five ticks.
// values[series][category]; NaN draws no bar and prints "–".
QString groupedBarChartSvg(const QString &title, const QStringList &categories, const QStringList &series,
                           const QList<QList<double>> &values, const QString &yLabel, int decimals);

// success.svg (% reproduced per set and group) and time.svg (mean seconds per set and group)
// in `folder` (created if needed). *written lists the files.
bool writeStudyPlots(const StudyAnalysis &analysis, const QString &folder, QStringList *written, QString *error);

} // namespace dlrepro
