#pragma once

// Shared by the extractor tests: a fact written as one comparable line,
// "kind|name|value|number|unit|detail|<text at span>" (and "|@confidence" when below 1).

#include "report/Fact.h"

#include <QDebug>
#include <QStringList>

namespace dlrepro::test {

inline QString describe(const QString &text, const Fact &f)
{
    QString s = factKindId(f.kind) + QLatin1Char('|') + f.name + QLatin1Char('|') + f.value + QLatin1Char('|')
        + (f.hasNumber() ? QString::number(f.number) : QString()) + QLatin1Char('|') + f.unit + QLatin1Char('|')
        + f.detail + QLatin1Char('|') + (f.span.isValid() ? text.mid(f.span.start, f.span.length) : QStringLiteral("<none>"));
    if (f.confidence < 1.0)
        s += QStringLiteral("|@") + QString::number(f.confidence);
    return s;
}

inline QStringList describeAll(const QString &text, const QList<Fact> &facts)
{
    QStringList out;
    for (const Fact &f : facts)
        out << describe(text, f);
    return out;
}

// QCOMPARE on lists shows only the first difference; print both whole lists on a mismatch.
inline bool sameLists(const QStringList &actual, const QStringList &expected)
{
    if (actual == expected)
        return true;
    qWarning().noquote() << "actual:\n  " << actual.join(QStringLiteral("\n  "));
    qWarning().noquote() << "expected:\n  " << expected.join(QStringLiteral("\n  "));
    return false;
}

} // namespace dlrepro::test
