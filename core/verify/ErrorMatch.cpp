#include "ErrorMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlrepro {

namespace {

QRegularExpression compile(const char *re)
{
    QRegularExpression r(QString::fromUtf8(re), QRegularExpression::UseUnicodePropertiesOption);
    r.optimize();
    return r;
}

// Every pattern keeps its repetitions bounded and unambiguous so the scan stays linear.
const QRegularExpression &unixPath()
{
    static const QRegularExpression re =
        compile(R"((?<![\w.:/])~?(?:/[\w.+@~-]{1,255}){1,64}(?![\w/]))");
    return re;
}
const QRegularExpression &windowsPath()
{
    static const QRegularExpression re = compile(R"((?<!\w)[A-Za-z]:(?:\\[\w .+@~-]{1,255}){1,64})");
    return re;
}
const QRegularExpression &address()
{
    static const QRegularExpression re = compile(R"(\b0x[0-9A-Fa-f]{1,16}\b)");
    return re;
}
const QRegularExpression &lineNumber()
{
    static const QRegularExpression re = compile(R"(\bline \d{1,9}\b)");
    return re;
}
const QRegularExpression &memoryAmount()
{
    static const QRegularExpression re =
        compile(R"((?<![\w.])\d{1,15}(?:\.\d{1,15})?\h{0,2}(?:[KMGTP]i?B|bytes|B)\b)");
    return re;
}
const QRegularExpression &bracketedNumbers()
{
    static const QRegularExpression re = compile(
        R"([\[(]\h{0,8}-?\d{1,20}(?:\.\d{1,20})?(?:\h{0,8},\h{0,8}-?\d{1,20}(?:\.\d{1,20})?){0,64}\h{0,8},?\h{0,8}[\])])");
    return re;
}
const QRegularExpression &timesShape()
{
    static const QRegularExpression re = compile(R"(\b\d{1,20}(?:\h{0,2}[x×]\h{0,2}\d{1,20}){1,16}\b)");
    return re;
}
const QRegularExpression &anyNumber()
{
    static const QRegularExpression re = compile(R"(-?\d{1,20}(?:\.\d{1,20})?)");
    return re;
}
const QRegularExpression &objectId()
{
    static const QRegularExpression re = compile(R"((?:\bid\h{0,2}[=:]\h{0,2}\d{1,30}\b)|(?<![\w.])\d{9,30}(?![\w.]))");
    return re;
}
const QRegularExpression &whitespace()
{
    static const QRegularExpression re = compile(R"(\s+)");
    return re;
}

template<class F>
QString replaceEach(const QString &text, const QRegularExpression &re, F &&replacement)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    out.reserve(text.size());
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        out += replacement(m);
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

QString shapeOf(const QRegularExpressionMatch &m)
{
    const QString inside = m.captured(0);
    const bool trailingComma = QStringView(inside).chopped(1).trimmed().endsWith(QLatin1Char(','));
    const qsizetype count = inside.count(QLatin1Char(',')) + 1 - (trailingComma ? 1 : 0);
    QStringList ns;
    for (qsizetype i = 0; i < count; ++i)
        ns << QStringLiteral("N");
    const QChar open = inside.front();
    const QChar close = inside.back();
    // A one-element tuple keeps its comma: (5,) is a shape.
    return open + ns.join(QStringLiteral(", ")) + (trailingComma && count == 1 ? QStringLiteral(",") : QString()) + close;
}

QString shortType(const QString &type) { return type.section(QLatin1Char('.'), -1).trimmed(); }

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? text : text.left(nl)).trimmed();
}

bool cutOff(const QString &message, QString *prefix)
{
    QString m = message.trimmed();
    if (m.endsWith(QStringLiteral("...")))
        m.chop(3);
    else if (m.endsWith(QChar(0x2026)))
        m.chop(1);
    else
        return false;
    *prefix = m.trimmed();
    return !prefix->isEmpty();
}

} // namespace

QString matchLevelId(MatchLevel level)
{
    switch (level) {
    case MatchLevel::Exact: return QStringLiteral("exact");
    case MatchLevel::Normalised: return QStringLiteral("normalised");
    case MatchLevel::TypeOnly: return QStringLiteral("type_only");
    case MatchLevel::Different: return QStringLiteral("different");
    case MatchLevel::NoError: return QStringLiteral("no_error");
    }
    return QString();
}

QString matchLevelName(MatchLevel level)
{
    switch (level) {
    case MatchLevel::Exact: return QCoreApplication::translate("ErrorMatch", "exact match");
    case MatchLevel::Normalised: return QCoreApplication::translate("ErrorMatch", "match after normalising");
    case MatchLevel::TypeOnly: return QCoreApplication::translate("ErrorMatch", "same type, different message");
    case MatchLevel::Different: return QCoreApplication::translate("ErrorMatch", "different error");
    case MatchLevel::NoError: return QCoreApplication::translate("ErrorMatch", "no error");
    }
    return QString();
}

QString normaliseErrorMessage(const QString &message)
{
    QString s = message;
    // Typographic quotes come from reports pasted through HTML.
    for (const char16_t q : {u'"', u'\u2018', u'\u2019', u'\u201C', u'\u201D'})
        s.replace(QChar(q), QLatin1Char('\''));
    s = replaceEach(s, windowsPath(), [](const auto &) { return QStringLiteral("<path>"); });
    s = replaceEach(s, unixPath(), [](const auto &) { return QStringLiteral("<path>"); });
    s = replaceEach(s, address(), [](const auto &) { return QStringLiteral("0x<addr>"); });
    s = replaceEach(s, lineNumber(), [](const auto &) { return QStringLiteral("line <n>"); });
    s = replaceEach(s, memoryAmount(), [](const auto &) { return QStringLiteral("<size>"); });
    s = replaceEach(s, bracketedNumbers(), [](const QRegularExpressionMatch &m) { return shapeOf(m); });
    s = replaceEach(s, timesShape(), [](const QRegularExpressionMatch &m) {
        QString t = m.captured(0);
        t.replace(QChar(0x00D7), QLatin1Char('x'));
        t.remove(QLatin1Char(' ')).remove(QLatin1Char('\t'));
        return replaceEach(t, anyNumber(), [](const auto &) { return QStringLiteral("N"); });
    });
    s = replaceEach(s, objectId(), [](const auto &) { return QStringLiteral("<id>"); });
    s = replaceEach(s, whitespace(), [](const auto &) { return QStringLiteral(" "); });
    return s.trimmed();
}

ErrorComparison compareErrors(const ExceptionInfo &observed, const QString &expectedType,
                              const QString &expectedMessage)
{
    ErrorComparison c;
    c.expectedLine = expectedMessage.isEmpty() ? expectedType : expectedType + QStringLiteral(": ") + expectedMessage;
    if (observed.isEmpty() && observed.qualifiedType.isEmpty()) {
        c.level = MatchLevel::NoError;
        return c;
    }
    const QString type = observed.type.isEmpty() ? shortType(observed.qualifiedType) : shortType(observed.type);
    const QString line = firstLine(observed.message);
    c.observedLine = (line.isEmpty() ? type : type + QStringLiteral(": ") + line.left(1000));
    if (type != shortType(expectedType)) {
        c.level = MatchLevel::Different;
        return c;
    }
    const QString expected = expectedMessage.trimmed();
    const QString got = observed.message.trimmed();
    // Only a type was reported: the type is all there is to match.
    if (expected.isEmpty() || got == expected || (!expected.contains(QLatin1Char('\n')) && line == expected)) {
        c.level = MatchLevel::Exact;
        return c;
    }
    const QString normGot = normaliseErrorMessage(got);
    const QString normLine = normaliseErrorMessage(line);
    const QString normExpected = normaliseErrorMessage(expected);
    QString prefix;
    const bool truncated = cutOff(expected, &prefix);
    const QString normPrefix = truncated ? normaliseErrorMessage(prefix) : QString();
    if (normGot == normExpected || normLine == normExpected
        || (truncated && (normGot.startsWith(normPrefix) || got.startsWith(prefix)))) {
        c.level = MatchLevel::Normalised;
        return c;
    }
    c.level = MatchLevel::TypeOnly;
    return c;
}

} // namespace dlrepro
