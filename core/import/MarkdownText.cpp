#include "MarkdownText.h"

#include <QHash>

namespace dlrepro {

namespace {

struct Fence {
    QChar ch;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

qsizetype leadingSpaces(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

bool isBlank(QStringView line) { return line.trimmed().isEmpty(); }

bool openingFence(QStringView line, Fence *fence)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return false;
    qsizetype i = indent;
    while (i < line.size() && line.at(i) == c)
        ++i;
    if (i - indent < 3)
        return false;
    const QStringView info = line.mid(i).trimmed();
    if (c == u'`' && info.contains(u'`'))
        return false;
    fence->ch = c;
    fence->length = i - indent;
    fence->indent = indent;
    fence->info = info.toString();
    return true;
}

bool closingFence(QStringView line, const Fence &fence)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    qsizetype i = indent;
    while (i < line.size() && line.at(i) == fence.ch)
        ++i;
    return i - indent >= fence.length && line.mid(i).trimmed().isEmpty();
}

bool isIndentedCode(QStringView line)
{
    return line.startsWith(u'\t') || line.startsWith(QLatin1String("    "));
}

QStringView stripCodeIndent(QStringView line)
{
    if (line.startsWith(u'\t'))
        return line.mid(1);
    return line.mid(qMin<qsizetype>(4, leadingSpaces(line)));
}

bool isListItem(QStringView line)
{
    const QStringView t = line.mid(leadingSpaces(line));
    if (t.size() >= 2 && (t.at(0) == u'-' || t.at(0) == u'*' || t.at(0) == u'+') && t.at(1) == u' ')
        return true;
    qsizetype i = 0;
    while (i < t.size() && t.at(i).isDigit())
        ++i;
    return i > 0 && i + 1 < t.size() && (t.at(i) == u'.' || t.at(i) == u')') && t.at(i + 1) == u' ';
}

// One line of prose: block markers (heading #, quote >, bullets) reduced, then inline markup.
QString proseLine(QStringView line)
{
    QStringView t = line.trimmed();
    while (t.startsWith(u'>'))
        t = t.mid(1).trimmed();
    qsizetype hashes = 0;
    while (hashes < t.size() && t.at(hashes) == u'#')
        ++hashes;
    if (hashes > 0 && hashes <= 6 && (hashes == t.size() || t.at(hashes) == u' ')) {
        t = t.mid(hashes).trimmed();
        while (t.endsWith(u'#'))
            t.chop(1);
        t = t.trimmed();
    }
    const qsizetype indent = leadingSpaces(line);
    QString prefix;
    if (t.size() >= 2 && (t.at(0) == u'*' || t.at(0) == u'+' || t.at(0) == u'-') && t.at(1) == u' '
        && !(t.at(0) == u'-' && t.count(u'-') >= 3 && t.count(u'-') + t.count(u' ') == t.size())) {
        prefix = QString(qMin<qsizetype>(indent, 8), u' ') + QStringLiteral("- ");
        t = t.mid(2);
    }
    return prefix + markdownInlineToText(t);
}

} // namespace

QString markdownInlineToText(QStringView line)
{
    // Backtick runs are matched with runs of the same length, looked up (not searched for),
    // so lines full of backticks stay linear.
    struct Run { qsizetype pos; qsizetype len; };
    QList<Run> runs;
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i) == u'`' && (i == 0 || line.at(i - 1) != u'\\')) {
            qsizetype j = i;
            while (j < line.size() && line.at(j) == u'`')
                ++j;
            runs.append(Run{i, j - i});
            i = j;
        } else {
            ++i;
        }
    }
    QHash<qsizetype, QList<int>> byLength;
    for (int r = 0; r < runs.size(); ++r)
        byLength[runs.at(r).len].append(r);
    QHash<qsizetype, int> cursor;
    QList<int> closer(runs.size(), -1);
    for (int r = 0; r < runs.size(); ++r) {
        if (closer.at(r) == -2)
            continue;
        const QList<int> &same = byLength.value(runs.at(r).len);
        int &c = cursor[runs.at(r).len];
        while (c < same.size() && same.at(c) <= r)
            ++c;
        if (c < same.size()) {
            closer[r] = same.at(c);
            closer[same.at(c)] = -2;
            ++c;
        }
    }

    QString out;
    out.reserve(line.size());
    int nextRun = 0;
    for (qsizetype i = 0; i < line.size();) {
        const QChar ch = line.at(i);
        if (nextRun < runs.size() && runs.at(nextRun).pos == i) {
            const Run run = runs.at(nextRun);
            const int close = closer.at(nextRun);
            if (close >= 0) {
                QStringView code = line.mid(run.pos + run.len, runs.at(close).pos - run.pos - run.len);
                if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty())
                    code = code.mid(1, code.size() - 2);
                out.append(code);
                i = runs.at(close).pos + runs.at(close).len;
                nextRun = close + 1;
            } else {
                out.append(line.mid(i, run.len));
                i += run.len;
                ++nextRun;
            }
            continue;
        }
        if (ch == u'\\' && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            out.append(line.at(i + 1));
            i += 2;
            if (nextRun < runs.size() && runs.at(nextRun).pos < i)
                ++nextRun;
            continue;
        }
        if (ch == u'*' && i + 1 < line.size() && line.at(i + 1) == u'*') {
            i += 2;
            continue;
        }
        // [text](url) → text, ![alt](url) → alt; looked for within a short window only.
        const bool image = ch == u'!' && i + 1 < line.size() && line.at(i + 1) == u'[';
        if (ch == u'[' || image) {
            const qsizetype open = image ? i + 1 : i;
            const QStringView window = line.mid(open, 512);
            const qsizetype closeBracket = window.indexOf(u']');
            if (closeBracket > 0 && open + closeBracket + 1 < line.size()
                && line.at(open + closeBracket + 1) == u'(') {
                const qsizetype closeParen = line.mid(open + closeBracket + 2, 2048).indexOf(u')');
                const qsizetype linkEnd = closeParen < 0 ? -1 : open + closeBracket + 2 + closeParen + 1;
                bool crossesCode = false;
                for (int r = nextRun; r < runs.size() && linkEnd >= 0 && runs.at(r).pos < linkEnd; ++r)
                    crossesCode = true;
                if (linkEnd >= 0 && !crossesCode) {
                    out.append(line.mid(open + 1, closeBracket - 1));
                    i = linkEnd;
                    continue;
                }
            }
        }
        out.append(ch);
        ++i;
    }
    return out;
}

ReadableText markdownToText(QStringView input)
{
    QString normalized = input.toString();
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    const QList<QStringView> lines = QStringView(normalized).split(u'\n');

    TextBuilder out;
    bool previousBlank = true;
    bool inList = false;
    bool wroteBlankLine = false;
    qsizetype i = 0;
    while (i < lines.size()) {
        const QStringView line = lines.at(i);
        Fence fence;
        if (openingFence(line, &fence)) {
            QString code;
            qsizetype j = i + 1;
            for (; j < lines.size() && !closingFence(lines.at(j), fence); ++j) {
                QStringView l = lines.at(j);
                l = l.mid(qMin(fence.indent, leadingSpaces(l)));
                if (j > i + 1)
                    code += u'\n';
                code += l;
            }
            const QString language = normalizeLanguage(QStringView(fence.info).split(u' ').value(0));
            out.breakLines(2);
            out.beginCode();
            out.appendVerbatim(code);
            out.endCode(language);
            i = qMin(j + 1, lines.size());
            previousBlank = true;
            inList = false;
            continue;
        }
        if (previousBlank && !inList && isIndentedCode(line) && !isBlank(line)) {
            qsizetype j = i;
            qsizetype lastCode = i;
            while (j < lines.size() && (isBlank(lines.at(j)) || isIndentedCode(lines.at(j)))) {
                if (!isBlank(lines.at(j)))
                    lastCode = j;
                ++j;
            }
            QString code;
            for (qsizetype k = i; k <= lastCode; ++k) {
                if (k > i)
                    code += u'\n';
                code += stripCodeIndent(lines.at(k));
            }
            out.breakLines(2);
            out.beginCode();
            out.appendVerbatim(code);
            out.endCode(QString());
            i = lastCode + 1;
            previousBlank = false;
            continue;
        }
        if (isBlank(line)) {
            if (!previousBlank && !out.isEmpty()) {
                out.breakLines(2);
                wroteBlankLine = true;
            }
            previousBlank = true;
            ++i;
            continue;
        }
        if (isListItem(line))
            inList = true;
        else if (previousBlank && leadingSpaces(line) == 0)
            inList = false;
        if (!out.isEmpty())
            out.breakLines(wroteBlankLine ? 2 : 1);
        wroteBlankLine = false;
        out.appendVerbatim(proseLine(line));
        previousBlank = false;
        ++i;
    }
    return out.finish();
}

} // namespace dlrepro
