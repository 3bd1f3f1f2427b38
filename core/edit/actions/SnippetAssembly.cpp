#include "SnippetAssembly.h"

#include "edit/CodeModel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dlrepro {

namespace {


constexpr int kMaxBlocks = 200;
constexpr qsizetype kMaxCode = 1024 * 1024;

struct Block {
    QString text;
    QSet<QString> defines;
    QSet<QString> needs;
};

// The balanced literal starting at the '(' after "tensor", or empty.
QString balancedCall(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size() && i < open + 20000; ++i) {
        if (text.at(i) == u'(' || text.at(i) == u'[')
            ++depth;
        else if (text.at(i) == u')' || text.at(i) == u']')
            if (--depth == 0)
                return text.mid(open, i - open + 1);
    }
    return QString();
}

// Inline `code` spans of a Markdown original that look like a call statement.
QStringList inlineCalls(const Post &post)
{
    QStringList out;
    const QString &t = post.original.isEmpty() ? post.text : post.original;
    qsizetype i = 0;
    while (out.size() < 50) {
        const qsizetype a = t.indexOf(u'`', i);
        if (a < 0)
            break;
        if (t.mid(a, 3) == QLatin1String("```")) {
            const qsizetype end = t.indexOf(QLatin1String("```"), a + 3);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        const qsizetype b = t.indexOf(u'`', a + 1);
        if (b < 0 || b - a > 300)
            break;
        const QString span = t.mid(a + 1, b - a - 1).trimmed();
        if (span.contains(u'(') && span.endsWith(u')') && !span.contains(u'\n') && !span.startsWith(QLatin1String("import")))
            out << span;
        i = b + 1;
    }
    return out;
}

bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

// "name = dotted.call(...)" written in the prose or an inline code span, outside code fences:
// (name, statement) pairs, in order. A plain scan, no regex: linear in the text.
QList<QPair<QString, QString>> proseAssignments(const Post &post)
{
    QList<QPair<QString, QString>> out;
    const QString &t = post.original.isEmpty() ? post.text : post.original;
    qsizetype i = 0;
    while (i < t.size() && out.size() < 50) {
        if (t.mid(i, 3) == QLatin1String("```")) {
            const qsizetype end = t.indexOf(QLatin1String("```"), i + 3);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        if (t.at(i) != u'=' || (i + 1 < t.size() && t.at(i + 1) == u'=') || i == 0
            || QStringLiteral("=!<>+-*/%&|^:").contains(t.at(i - 1))) {
            ++i;
            continue;
        }
        // Name to the left.
        qsizetype e = i;
        while (e > 0 && t.at(e - 1) == u' ')
            --e;
        qsizetype b = e;
        while (b > 0 && isIdentChar(t.at(b - 1)))
            --b;
        const bool nameOk = b < e && !t.at(b).isDigit() && (b == 0 || (t.at(b - 1) != u'.' && !isIdentChar(t.at(b - 1))));
        // Dotted callee and balanced arguments to the right.
        qsizetype r = i + 1;
        while (r < t.size() && t.at(r) == u' ')
            ++r;
        qsizetype c = r;
        while (c < t.size() && (isIdentChar(t.at(c)) || t.at(c) == u'.'))
            ++c;
        if (!nameOk || c == r || t.at(r).isDigit() || c >= t.size() || t.at(c) != u'(') {
            ++i;
            continue;
        }
        QString args = balancedCall(t, c);
        // Chained calls: "F.one_hot(y, 3).float()".
        qsizetype end = c + args.size();
        while (!args.isEmpty() && end + 1 < t.size() && t.at(end) == u'.' && isIdentChar(t.at(end + 1)) && args.size() <= 300) {
            qsizetype k = end + 1;
            while (k < t.size() && isIdentChar(t.at(k)))
                ++k;
            if (k >= t.size() || t.at(k) != u'(')
                break;
            const QString more = balancedCall(t, k);
            if (more.isEmpty())
                break;
            args += t.mid(end, k - end) + more;
            end = k + more.size();
        }
        if (args.isEmpty() || args.size() > 300 || args.contains(u'\n') || args.contains(u'`')) {
            ++i;
            continue;
        }
        out.append({t.mid(b, e - b), t.mid(b, e - b) + QStringLiteral(" = ") + t.mid(r, c - r) + args});
        i = end;
    }
    return out;
}

// Where a statement defining a name goes: before the module-level statement of its first use.
qsizetype firstUseStatementStart(const CodeModel &m, const QString &name)
{
    const QList<NameUse> uses = m.usesOf(name);
    if (uses.isEmpty())
        return -1;
    const qsizetype pos = uses.first().span.start;
    for (int c : m.nodes().value(0).children) {
        const CodeSpan &s = m.nodes()[c].span;
        if (s.start <= pos && pos < s.end)
            return m.lineStart(s.line);
    }
    return m.lineStart(m.lineOf(pos));
}

} // namespace

AssembledSnippet assembleSnippet(const Report &report)
{
    AssembledSnippet out;
    QList<Block> blocks;
    qsizetype total = 0;
    QString console;
    for (const CodeBlock &cb : report.body.codeBlocks) {
        if (cb.kind != CodeBlockKind::Code) {
            console += cb.text + u'\n';
            continue;
        }
        if (blocks.size() >= kMaxBlocks || total + cb.text.size() > kMaxCode) {
            out.notes << QCoreApplication::translate("edit", "left out code blocks beyond %1 blocks / 1 MB").arg(kMaxBlocks);
            break;
        }
        total += cb.text.size();
        const CodeModel m = CodeModel::parse(cb.text);
        Block b{cb.text, {}, {}};
        for (const NameDefinition &d : m.definitions())
            if (d.scope == 0)
                b.defines.insert(d.name);
        for (const QString &n : m.undefinedNames())
            b.needs.insert(n);
        blocks << b;
    }
    // Definitions before use: repeatedly take the first block needing nothing another remaining
    // block defines (the order of the post otherwise).
    QStringList ordered;
    bool moved = false;
    QList<int> remaining;
    for (int i = 0; i < blocks.size(); ++i)
        remaining << i;
    while (!remaining.isEmpty()) {
        int pick = 0;
        for (int k = 0; k < remaining.size(); ++k) {
            const Block &b = blocks[remaining[k]];
            bool ready = true;
            for (int other : remaining)
                if (other != remaining[k] && !b.needs.isEmpty() && b.needs.intersects(blocks[other].defines))
                    ready = false;
            if (ready) {
                pick = k;
                break;
            }
        }
        moved = moved || pick != 0;
        ordered << blocks[remaining.takeAt(pick)].text;
    }
    if (moved)
        out.notes << QCoreApplication::translate("edit", "reordered the code blocks so that definitions come before their use");
    out.blocksUsed = int(ordered.size());
    QString code;
    for (QString t : ordered) {
        if (!t.endsWith(u'\n'))
            t += u'\n';
        code += t;
    }

    CodeModel model = CodeModel::parse(code);
    // Driver calls quoted in the prose.
    QStringList drivers;
    for (const QString &call : inlineCalls(report.body)) {
        const QString head = call.section(u'(', 0, 0).section(u'.', 0, 0).trimmed();
        if (!head.isEmpty() && model.isBoundInModule(head) && !code.contains(call))
            drivers << call;
    }
    if (!drivers.isEmpty()) {
        code += drivers.join(u'\n') + u'\n';
        out.notes << QCoreApplication::translate("edit", "added the driver code quoted in the text: %1").arg(drivers.join(QStringLiteral("; ")));
        model = CodeModel::parse(code);
    }
    // Assignments quoted in the prose ("model = nn.Linear(8, 3)") for names the code uses but
    // never defines, each just before the statement first using it.
    QList<QPair<qsizetype, QString>> inserts;
    QStringList taken;
    const QStringList undefined = model.undefinedNames();
    for (const auto &[name, statement] : proseAssignments(report.body)) {
        if (!undefined.contains(name) || taken.contains(name))
            continue;
        const qsizetype at = firstUseStatementStart(model, name);
        if (at < 0)
            continue;
        taken << name;
        inserts.append({at, statement});
    }
    if (!inserts.isEmpty()) {
        QStringList statements;
        for (const auto &ins : inserts)
            statements << ins.second;
        // Stable: equal positions keep the order of the prose.
        std::stable_sort(inserts.begin(), inserts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype k = 0; k < inserts.size(); ++k) {
            // Reverse runs of equal positions so that their prose order survives the inserts.
            qsizetype j = k;
            QString text;
            while (j < inserts.size() && inserts[j].first == inserts[k].first)
                text += inserts[j++].second + u'\n';
            code.insert(inserts[k].first, text);
            k = j - 1;
        }
        out.notes << QCoreApplication::translate("edit", "added the assignments quoted in the text: %1").arg(statements.join(QStringLiteral("; ")));
        model = CodeModel::parse(code);
    }
    // Printed tensors for undefined names: "name = tensor(...)" or "name\ntensor(...)" in output.
    QStringList data;
    for (const QString &name : model.undefinedNames()) {
        const qsizetype at = console.indexOf(name);
        if (at < 0)
            continue;
        const qsizetype t = console.indexOf(QLatin1String("tensor("), at);
        if (t < 0 || t - at > 200)
            continue;
        QString literal = balancedCall(console, t + 6);
        if (literal.isEmpty())
            continue;
        // Keep the values, drop tensor(..., grad_fn=<…>) / requires_grad / device decorations.
        const qsizetype cut = literal.lastIndexOf(u']');
        if (cut > 0)
            literal = literal.left(cut + 1) + u')';
        data << QStringLiteral("%1 = torch.tensor%2").arg(name, literal.simplified());
    }
    if (!data.isEmpty()) {
        QString prefix = QStringLiteral("import torch\n");
        if (model.importBinding(QStringLiteral("torch")))
            prefix.clear();
        code = prefix + QStringLiteral("# dlrepro: values printed in the report\n") + data.join(u'\n') + u'\n' + code;
        out.notes << QCoreApplication::translate("edit", "turned printed values into data: %1").arg(data.join(QStringLiteral("; ")));
    }
    out.code = code;
    return out;
}

} // namespace dlrepro
