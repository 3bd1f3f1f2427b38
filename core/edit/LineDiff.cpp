#include "LineDiff.h"

#include <vector>

namespace dlrepro {

QStringList splitDiffLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList l = text.split(u'\n');
    if (text.endsWith(u'\n'))
        l.removeLast();
    return l;
}

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b, int maxEdits)
{
    QList<DiffLine> out;
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    for (qsizetype i = 0; i < pre; ++i)
        out.append({DiffLine::Equal, a[i], int(i + 1), int(i + 1)});

    const int n = int(a.size() - pre - suf), m = int(b.size() - pre - suf);
    auto A = [&](int i) -> const QString & { return a[pre + i]; };
    auto B = [&](int j) -> const QString & { return b[pre + j]; };

    // Myers: keep V for every d to backtrack (bounded by maxEdits).
    const int maxD = qMin(n + m, qMax(0, maxEdits));
    const int off = maxD + 1;
    std::vector<std::vector<int>> trace;
    std::vector<int> v(size_t(2 * maxD + 3), 0);
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(off + k - 1)] < v[size_t(off + k + 1)])) ? v[size_t(off + k + 1)]
                                                                                         : v[size_t(off + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[size_t(off + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.push_back(v);
    }

    QList<DiffLine> mid;
    if (found < 0) {
        // Too different: the whole middle is replaced.
        for (int i = 0; i < n; ++i)
            mid.append({DiffLine::Delete, A(i), int(pre + i + 1), 0});
        for (int j = 0; j < m; ++j)
            mid.append({DiffLine::Insert, B(j), 0, int(pre + j + 1)});
    } else {
        int x = n, y = m;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &pv = trace[size_t(d - 1)];
            const int k = x - y;
            const bool down = (k == -d || (k != d && pv[size_t(off + k - 1)] < pv[size_t(off + k + 1)]));
            const int pk = down ? k + 1 : k - 1;
            const int px = pv[size_t(off + pk)];
            const int py = px - pk;
            while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
                --x;
                --y;
                mid.prepend({DiffLine::Equal, A(x), int(pre + x + 1), int(pre + y + 1)});
            }
            if (down) {
                --y;
                mid.prepend({DiffLine::Insert, B(y), 0, int(pre + y + 1)});
            } else {
                --x;
                mid.prepend({DiffLine::Delete, A(x), int(pre + x + 1), 0});
            }
        }
        while (x > 0 && y > 0) {
            --x;
            --y;
            mid.prepend({DiffLine::Equal, A(x), int(pre + x + 1), int(pre + y + 1)});
        }
    }
    out.append(mid);
    for (qsizetype i = 0; i < suf; ++i) {
        const qsizetype ai = a.size() - suf + i, bi = b.size() - suf + i;
        out.append({DiffLine::Equal, a[ai], int(ai + 1), int(bi + 1)});
    }
    return out;
}

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context)
{
    if (oldText == newText)
        return {};
    const QList<DiffLine> d = diffLines(splitDiffLines(oldText), splitDiffLines(newText));
    QString out = QStringLiteral("--- a/") + oldName + QStringLiteral("\n+++ b/") + newName + u'\n';
    qsizetype i = 0;
    const qsizetype total = d.size();
    while (i < total) {
        while (i < total && d[i].op == DiffLine::Equal)
            ++i;
        if (i >= total)
            break;
        // Hunk: from `context` lines before the change to `context` lines after the last change
        // that is at most 2*context equal lines from the next.
        qsizetype start = qMax<qsizetype>(0, i - context);
        qsizetype end = i;
        for (;;) {
            while (end < total && d[end].op != DiffLine::Equal)
                ++end;
            qsizetype eq = end;
            while (eq < total && d[eq].op == DiffLine::Equal)
                ++eq;
            if (eq < total && eq - end <= 2 * context) {
                end = eq;
                continue;
            }
            end = qMin(total, end + context);
            break;
        }
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        // Line numbers before the hunk: count from the preceding entries.
        int oldBefore = 0, newBefore = 0;
        for (qsizetype j = 0; j < start; ++j) {
            if (d[j].op != DiffLine::Insert)
                ++oldBefore;
            if (d[j].op != DiffLine::Delete)
                ++newBefore;
        }
        QString body;
        for (qsizetype j = start; j < end; ++j) {
            const char mark = d[j].op == DiffLine::Equal ? ' ' : d[j].op == DiffLine::Delete ? '-' : '+';
            if (d[j].op != DiffLine::Insert)
                ++oldCount;
            if (d[j].op != DiffLine::Delete)
                ++newCount;
            body += QLatin1Char(mark) + d[j].text + u'\n';
        }
        oldStart = oldCount ? oldBefore + 1 : oldBefore;
        newStart = newCount ? newBefore + 1 : newBefore;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        out += body;
        i = end;
    }
    return out;
}

} // namespace dlrepro
