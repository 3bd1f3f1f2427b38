#include "CodeEdits.h"

#include <algorithm>

namespace dlrepro {

bool applyTextEdits(const QString &code, QList<TextEdit> edits, QString *out)
{
    // At the same position an insertion goes before a replacement, so both apply.
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.start < b.start || (a.start == b.start && a.length == 0 && b.length > 0);
    });
    QString r;
    r.reserve(code.size());
    qsizetype pos = 0;
    bool ok = true;
    for (const TextEdit &e : edits) {
        if (e.start < pos || e.start < 0 || e.start + e.length > code.size()) {
            ok = false;
            continue;
        }
        r += QStringView(code).mid(pos, e.start - pos);
        r += e.text;
        pos = e.start + e.length;
    }
    r += QStringView(code).mid(pos);
    *out = r;
    return ok;
}

qsizetype importInsertionPoint(const CodeModel &model)
{
    // After the last module-level import statement among the leading statements (docstring,
    // comments, imports), else after a docstring, else at the top.
    const QList<SyntaxNode> &nodes = model.nodes();
    if (nodes.isEmpty())
        return 0;
    qsizetype after = -1;
    for (int c : nodes[0].children) {
        const SyntaxNode &n = nodes[c];
        if (n.type == QLatin1String("import_statement") || n.type == QLatin1String("import_from_statement")
            || n.type == QLatin1String("future_import_statement")) {
            after = n.span.end;
        } else if (n.type == QLatin1String("comment")) {
            continue;
        } else if (after < 0 && n.type == QLatin1String("expression_statement") && !n.children.isEmpty()
                   && nodes[n.children[0]].type == QLatin1String("string") && c == nodes[0].children[0]) {
            after = n.span.end; // docstring
        } else {
            break;
        }
    }
    if (after < 0)
        return 0;
    const int line = model.lineOf(after > 0 ? after - 1 : 0);
    return qMin(model.code().size(), model.lineEnd(line) + 1);
}

TextEdit insertImportsEdit(const CodeModel &model, const QStringList &lines)
{
    TextEdit e;
    e.start = importInsertionPoint(model);
    QString text;
    if (e.start > 0 && e.start == model.code().size() && !model.code().endsWith(u'\n'))
        text += u'\n';
    for (const QString &l : lines)
        text += l + u'\n';
    // Separate new imports placed at the very top from the code that follows.
    if (e.start == 0 && !model.code().isEmpty() && model.imports().isEmpty())
        text += u'\n';
    e.text = text;
    return e;
}

QString lineIndentation(const CodeModel &model, int line)
{
    const QString t = model.lineText(line);
    qsizetype i = 0;
    while (i < t.size() && (t.at(i) == u' ' || t.at(i) == u'\t'))
        ++i;
    return t.left(i);
}

int statementLineAt(const CodeModel &model, qsizetype pos)
{
    const QList<SyntaxNode> &nodes = model.nodes();
    // Deepest node containing pos whose parent is a block or the module: that is the statement.
    int best = -1;
    for (int i = 0; i < nodes.size(); ++i) {
        const SyntaxNode &n = nodes[i];
        if (n.parent < 0 || !(n.span.start <= pos && pos < qMax(n.span.end, n.span.start + 1)))
            continue;
        const QString &pt = nodes[n.parent].type;
        if (pt == QLatin1String("module") || pt == QLatin1String("block"))
            best = i;
    }
    return best >= 0 ? nodes[best].span.line : model.lineOf(pos);
}

TextEdit removeArgumentEdit(const CodeModel &model, const CodeCall &call, int index)
{
    const QString &code = model.code();
    const CallArgument &arg = call.arguments[index];
    qsizetype s = arg.span.start, e = arg.span.end;
    if (index + 1 < call.arguments.size()) {
        e = call.arguments[index + 1].span.start; // "a, " up to the next argument
    } else if (index > 0) {
        s = call.arguments[index - 1].span.end; // ", a" back to the previous one
    } else {
        // the only argument: also a trailing comma
        qsizetype j = e;
        while (j < code.size() && code.at(j).isSpace())
            ++j;
        if (j < code.size() && code.at(j) == u',')
            e = j + 1;
    }
    return {s, e - s, QString()};
}

} // namespace dlrepro
