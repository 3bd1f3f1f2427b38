#include "SelectStats.h"

#include <functional>

namespace dlrepro {

QList<SelectDrop> allSelectDrops()
{
    return {SelectDrop::NoFrameworkTag, SelectDrop::OutOfDateRange, SelectDrop::TitleKeyword,
            SelectDrop::NoCodeBlock, SelectDrop::NoAcceptedAnswer, SelectDrop::ScoreNotPositive,
            SelectDrop::NoBugTypeTag, SelectDrop::AcceptedAnswerMissing};
}

QString selectDropId(SelectDrop drop)
{
    switch (drop) {
    case SelectDrop::NoFrameworkTag: return QStringLiteral("no-framework-tag");
    case SelectDrop::OutOfDateRange: return QStringLiteral("out-of-date-range");
    case SelectDrop::TitleKeyword: return QStringLiteral("title-keyword");
    case SelectDrop::NoCodeBlock: return QStringLiteral("no-code-block");
    case SelectDrop::NoAcceptedAnswer: return QStringLiteral("no-accepted-answer");
    case SelectDrop::ScoreNotPositive: return QStringLiteral("score-not-positive");
    case SelectDrop::NoBugTypeTag: return QStringLiteral("no-bug-type-tag");
    case SelectDrop::AcceptedAnswerMissing: return QStringLiteral("accepted-answer-missing");
    }
    return QString();
}

QString selectDropDescription(SelectDrop drop)
{
    switch (drop) {
    case SelectDrop::NoFrameworkTag: return QStringLiteral("no framework tag");
    case SelectDrop::OutOfDateRange: return QStringLiteral("created outside the date range");
    case SelectDrop::TitleKeyword: return QStringLiteral("title says how/install/build");
    case SelectDrop::NoCodeBlock: return QStringLiteral("no code block");
    case SelectDrop::NoAcceptedAnswer: return QStringLiteral("no accepted answer");
    case SelectDrop::ScoreNotPositive: return QStringLiteral("score not above 0");
    case SelectDrop::NoBugTypeTag: return QStringLiteral("no bug-type tag (Table 4.1)");
    case SelectDrop::AcceptedAnswerMissing: return QStringLiteral("accepted answer not in the dump");
    }
    return QString();
}

qint64 SelectStats::frameworkTotal(const QString &framework) const
{
    qint64 n = 0;
    for (qint64 c : counts.value(framework))
        n += c;
    return n;
}

qint64 SelectStats::typeTotal(BugType type) const
{
    qint64 n = 0;
    for (const QMap<BugType, qint64> &row : counts)
        n += row.value(type);
    return n;
}

namespace {

QString padLeft(const QString &s, qsizetype width) { return s.rightJustified(width, QLatin1Char(' ')); }
QString padRight(const QString &s, qsizetype width) { return s.leftJustified(width, QLatin1Char(' ')); }

} // namespace

QString selectStatsToText(const SelectStats &stats, const QStringList &frameworks)
{
    // The thesis's column order (Table 4.2 lists types, we list them as columns).
    QList<BugType> types{BugType::Training, BugType::Model, BugType::TensorInput, BugType::Api,
                         BugType::Gpu, BugType::Mixed};
    QStringList header{QStringLiteral("Training"), QStringLiteral("Model"), QStringLiteral("Tensor"),
                       QStringLiteral("API"), QStringLiteral("GPU"), QStringLiteral("Mixed")};
    if (stats.typeTotal(BugType::Unknown) > 0) {
        types << BugType::Unknown;
        header << QStringLiteral("Untyped");
    }
    header << QStringLiteral("Total");

    QStringList rowNames = frameworks;
    for (auto it = stats.counts.cbegin(); it != stats.counts.cend(); ++it)
        if (!rowNames.contains(it.key()))
            rowNames << it.key();

    qsizetype nameWidth = qsizetype(QStringLiteral("Framework").size());
    for (const QString &f : rowNames)
        nameWidth = qMax(nameWidth, f.size());
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << qMax(h.size(), qsizetype(5));

    QString text;
    QString line = padRight(QStringLiteral("Framework"), nameWidth);
    for (qsizetype i = 0; i < header.size(); ++i)
        line += QLatin1String("  ") + padLeft(header.at(i), widths.at(i));
    text += line + QLatin1Char('\n');

    auto row = [&](const QString &name, const std::function<qint64(BugType)> &cell, qint64 total) {
        QString l = padRight(name, nameWidth);
        for (qsizetype i = 0; i < types.size(); ++i)
            l += QLatin1String("  ") + padLeft(QString::number(cell(types.at(i))), widths.at(i));
        l += QLatin1String("  ") + padLeft(QString::number(total), widths.last());
        text += l + QLatin1Char('\n');
    };
    for (const QString &f : rowNames)
        row(f, [&](BugType t) { return stats.count(f, t); }, stats.frameworkTotal(f));
    row(QStringLiteral("Total"), [&](BugType t) { return stats.typeTotal(t); }, stats.kept);

    text += QStringLiteral("\nRows read: %1 (%2 questions, %3 answers, %4 other)\n")
                .arg(stats.rowsRead).arg(stats.questions).arg(stats.answers).arg(stats.otherRows);
    text += QStringLiteral("Dropped questions:\n");
    qsizetype descWidth = 0;
    for (SelectDrop d : allSelectDrops())
        descWidth = qMax(descWidth, selectDropDescription(d).size());
    for (SelectDrop d : allSelectDrops())
        text += QStringLiteral("  ") + padRight(selectDropDescription(d) + QLatin1Char(':'), descWidth + 1)
                + QLatin1Char(' ') + QString::number(stats.droppedBy(d)) + QLatin1Char('\n');
    text += QStringLiteral("Kept: %1 (at most %2 waiting for their accepted answer at once)\n")
                .arg(stats.kept).arg(stats.peakPending);
    return text;
}

} // namespace dlrepro
