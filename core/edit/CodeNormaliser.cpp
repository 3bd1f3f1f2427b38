#include "CodeNormaliser.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {

bool startsWithPrompt(QStringView line, QStringView prompt)
{
    return line.startsWith(prompt) && (line.size() == prompt.size() || line.at(prompt.size()) == u' ');
}

// "In [12]: " → its length, else 0.
qsizetype ipythonPromptLength(QStringView line, QStringView head)
{
    if (!line.startsWith(head))
        return 0;
    qsizetype i = head.size();
    while (i < line.size() && line.at(i).isDigit())
        ++i;
    if (line.mid(i).startsWith(u"]:")) {
        i += 2;
        if (i < line.size() && line.at(i) == u' ')
            ++i;
        return i;
    }
    return 0;
}

// "   ...: " (IPython continuation) → its length, else 0.
qsizetype ipythonContinuationLength(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    if (i == 0 || !line.mid(i).startsWith(u"...:"))
        return 0;
    i += 4;
    if (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

qsizetype indentEnd(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}


} // namespace

QString normaliseSnippet(const QString &source, QList<Normalisation> *done)
{
    QList<QStringView> lines = QStringView(source).split(u'\n');
    QStringList out;
    out.reserve(lines.size());

    bool console = false, ipython = false;
    for (QStringView l : lines) {
        if (startsWithPrompt(l, u">>>"))
            console = true;
        if (ipythonPromptLength(l, u"In [") > 0)
            ipython = true;
        if (console && ipython)
            break;
    }

    // Mixed indentation: some lines start with a tab, others with spaces. A tab then stands for
    // one indentation unit of the space-indented lines (the way it looked in the post).
    bool tabs = false, spaces = false;
    int unit = 0;
    for (QStringView l : lines) {
        const qsizetype e = indentEnd(l);
        if (e == l.size())
            continue;
        for (qsizetype i = 0; i < e; ++i)
            (l.at(i) == u'\t' ? tabs : spaces) = true;
        if (e > 0 && l.at(0) == u' ' && !l.left(e).contains(u'\t') && (unit == 0 || e < unit))
            unit = int(e);
    }
    const bool expandTabs = tabs && spaces;
    if (unit <= 0 || unit > 8)
        unit = 4;

    bool afterPrompt = false; // in a console transcript: the lines after a prompt are output
    for (int n = 0; n < lines.size(); ++n) {
        QStringView l = lines[n];
        const bool cr = l.endsWith(u'\r');
        if (cr)
            l.chop(1);
        QString line = l.toString();
        const int lineNo = n + 1;
        auto note = [&](NormalisationKind k, const QString &after, const QString &why) {
            if (done)
                done->append({k, lineNo, line, after, why});
            line = after;
        };

        if (console) {
            if (startsWithPrompt(l, u">>>")) {
                note(NormalisationKind::PromptStripped, l.mid(qMin<qsizetype>(4, l.size())).toString(),
                     QCoreApplication::translate("CodeNormaliser", "Removed the console prompt \">>>\"."));
                afterPrompt = true;
            } else if (afterPrompt && startsWithPrompt(l, u"...")) {
                note(NormalisationKind::PromptStripped, l.mid(qMin<qsizetype>(4, l.size())).toString(),
                     QCoreApplication::translate("CodeNormaliser", "Removed the console continuation prompt \"...\"."));
            } else if (afterPrompt && !l.trimmed().isEmpty()) {
                note(NormalisationKind::OutputDropped, QStringLiteral("# ") + line,
                     QCoreApplication::translate("CodeNormaliser", "Commented out console output."));
            }
        }
        if (ipython) {
            if (const qsizetype p = ipythonPromptLength(l, u"In ["); p > 0) {
                note(NormalisationKind::PromptStripped, l.mid(p).toString(),
                     QCoreApplication::translate("CodeNormaliser", "Removed the IPython prompt \"%1\".").arg(l.left(p).trimmed().toString()));
            } else if (const qsizetype c = ipythonContinuationLength(l); c > 0) {
                note(NormalisationKind::PromptStripped, l.mid(c).toString(),
                     QCoreApplication::translate("CodeNormaliser", "Removed the IPython continuation prompt \"...:\"."));
            } else if (ipythonPromptLength(l, u"Out[") > 0) {
                note(NormalisationKind::OutputDropped, QStringLiteral("# ") + line,
                     QCoreApplication::translate("CodeNormaliser", "Commented out IPython output."));
            }
        }

        const qsizetype e = indentEnd(line);
        if (e < line.size() && (line.at(e) == u'!' || line.at(e) == u'%')) {
            note(NormalisationKind::MagicCommented, line.left(e) + QStringLiteral("# ") + line.mid(e),
                 line.at(e) == u'!' ? QCoreApplication::translate("CodeNormaliser", "Commented out a notebook shell command.")
                                    : QCoreApplication::translate("CodeNormaliser", "Commented out a notebook magic."));
        }

        if (expandTabs) {
            const qsizetype ie = indentEnd(line);
            if (line.left(ie).contains(u'\t')) {
                QString indent;
                for (qsizetype i = 0; i < ie; ++i)
                    indent += line.at(i) == u'\t' ? QString(unit, u' ') : QStringLiteral(" ");
                note(NormalisationKind::TabsExpanded, indent + line.mid(ie),
                     QCoreApplication::translate("CodeNormaliser",
                         "Replaced tab indentation by %n space(s) per tab (the snippet mixes tabs and spaces).",
                         nullptr, unit));
            }
        }
        if (cr)
            line += u'\r';
        out.append(line);
    }
    return out.join(u'\n');
}

QString normalisationKindId(NormalisationKind k)
{
    switch (k) {
    case NormalisationKind::PromptStripped: return QStringLiteral("prompt");
    case NormalisationKind::OutputDropped: return QStringLiteral("output");
    case NormalisationKind::MagicCommented: return QStringLiteral("magic");
    case NormalisationKind::TabsExpanded: return QStringLiteral("tabs");
    }
    return {};
}

} // namespace dlrepro
