#include "EditActionFactories.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dlrepro {

namespace {


int childOfField(const CodeModel &m, int n, const char *field)
{
    for (int c : m.nodes()[n].children)
        if (m.nodes()[c].field == QLatin1String(field))
            return c;
    return -1;
}

// The module-level statement containing pos: where a default for a name used there goes.
qsizetype topLevelStatementStart(const CodeModel &m, qsizetype pos)
{
    for (int c : m.nodes().value(0).children) {
        const CodeSpan &s = m.nodes()[c].span;
        if (s.start <= pos && pos < s.end)
            return m.lineStart(s.line);
    }
    return m.lineStart(m.lineOf(pos));
}

// Where a block header lacks its colon, the position to insert it (after the code, before any
// trailing whitespace or comment), else -1. Only a one-line header whose brackets balance and
// whose next line is indented deeper counts: anything else is not clearly this typo.
qsizetype missingColonAt(const CodeModel &m, int line)
{
    static const QStringList keywords = {QStringLiteral("def"),   QStringLiteral("class"),   QStringLiteral("if"),
                                         QStringLiteral("elif"),  QStringLiteral("else"),    QStringLiteral("for"),
                                         QStringLiteral("while"), QStringLiteral("try"),     QStringLiteral("except"),
                                         QStringLiteral("finally"), QStringLiteral("with")};
    const QString t = m.lineText(line);
    const qsizetype indent = lineIndentation(m, line).size();
    qsizetype end = t.size();
    int depth = 0;
    QChar quote;
    for (qsizetype i = indent; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'#') {
            end = i;
            break;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            --depth;
        }
    }
    while (end > indent && t.at(end - 1).isSpace())
        --end;
    const QStringView code = QStringView(t).mid(indent, end - indent);
    if (depth != 0 || !quote.isNull() || code.isEmpty() || code.endsWith(u':') || code.endsWith(u'\\'))
        return -1;
    qsizetype word = 0;
    while (word < code.size() && (code.at(word).isLetterOrNumber() || code.at(word) == u'_'))
        ++word;
    if (!keywords.contains(code.left(word).toString()))
        return -1;
    const bool bare = code.left(word) == QLatin1String("else") || code.left(word) == QLatin1String("try")
                      || code.left(word) == QLatin1String("finally");
    if (bare ? word != code.size() : word == code.size())
        return -1;
    for (int next = line + 1; next <= m.lineCount(); ++next) {
        if (m.lineText(next).trimmed().isEmpty())
            continue;
        if (lineIndentation(m, next).size() <= indent)
            return -1;
        return m.lineStart(line) + end;
    }
    return -1;
}

class CompilerErrorResolution final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::CompilerErrorResolution; }

    Proposal analyse(const EditContext &ctx) const override
    {
        const CodeModel &m = *ctx.code;
        QList<TextEdit> edits;
        QList<CodeChange> changes;
        const QList<SyntaxNode> &nodes = m.nodes();
        const QString &code = m.code();

        // A snippet cut from inside a block: its common indentation is removed.
        int common = -1;
        for (int l = 1; l <= m.lineCount(); ++l) {
            const QString t = m.lineText(l);
            if (t.trimmed().isEmpty())
                continue;
            const int ind = int(lineIndentation(m, l).size());
            common = common < 0 ? ind : qMin(common, ind);
        }
        if (common > 0) {
            for (int l = 1; l <= m.lineCount(); ++l)
                if (!m.lineText(l).trimmed().isEmpty())
                    edits.append({m.lineStart(l), common, QString()});
            changes.append({1, {}, {}, QCoreApplication::translate("CompilerErrors", "Removed %1 columns of indentation common to every line (the snippet "
                                          "was cut from inside a block).").arg(common)});
        }

        for (int i = 0; i < nodes.size(); ++i) {
            const SyntaxNode &n = nodes[i];
            if (n.type == QLatin1String("print_statement")) {
                // print a, b → print(a, b); a trailing comma kept the line open: end=" "
                const QString t = m.text(n.span);
                QString args = t.mid(5).trimmed();
                if (args.startsWith(QLatin1String(">>")))
                    continue; // print >>f, x: left for the user
                QString end;
                if (args.endsWith(u',')) {
                    args.chop(1);
                    end = QStringLiteral(", end=' '");
                }
                const QString to = QStringLiteral("print(") + args + end + u')';
                edits.append({n.span.start, n.span.length(), to});
                changes.append({n.span.line, t, to, QCoreApplication::translate("CompilerErrors", "Python 2 print statement → print() call.")});
            } else if (n.type == QLatin1String("except_clause")) {
                // except E, e: → except E as e:
                QList<int> exprs;
                for (int c : n.children)
                    if (nodes[c].type != QLatin1String("block") && nodes[c].type != QLatin1String("comment"))
                        exprs.append(c);
                if (exprs.size() == 2) {
                    const qsizetype from = nodes[exprs[0]].span.end, to = nodes[exprs[1]].span.start;
                    if (QStringView(code).mid(from, to - from).trimmed() == QLatin1String(",")) {
                        edits.append({from, to - from, QStringLiteral(" as ")});
                        changes.append({n.span.line, {}, {}, QCoreApplication::translate("CompilerErrors", "Python 2 \"except E, e\" → \"except E as e\".")});
                    }
                }
            } else if (n.type == QLatin1String("call")) {
                // A "..." placeholder argument: removed.
                const int args = childOfField(m, i, "arguments");
                if (args < 0)
                    continue;
                for (int c : nodes[args].children) {
                    if (nodes[c].type != QLatin1String("ellipsis"))
                        continue;
                    for (const CodeCall &call : m.calls()) {
                        if (call.span.start != n.span.start || call.span.end != n.span.end)
                            continue;
                        for (int a = 0; a < call.arguments.size(); ++a)
                            if (call.arguments[a].span.start == nodes[c].span.start) {
                                edits.append(removeArgumentEdit(m, call, a));
                                changes.append({n.span.line, QStringLiteral("..."), {},
                                                QCoreApplication::translate("CompilerErrors", "Removed a \"...\" placeholder argument.")});
                            }
                    }
                }
            }
        }

        // A block header missing its colon, on a line tree-sitter cannot parse.
        QSet<int> colonLines;
        for (const SyntaxErrorRegion &e : m.syntaxErrors()) {
            const int last = m.lineOf(qMax(e.span.start, e.span.end - 1));
            for (int l = e.span.line; l <= last && l <= m.lineCount(); ++l) {
                if (colonLines.contains(l))
                    continue;
                const qsizetype at = missingColonAt(m, l);
                if (at < 0)
                    continue;
                colonLines.insert(l);
                edits.append({at, 0, QStringLiteral(":")});
                changes.append({l, m.lineText(l).trimmed(), {},
                                QCoreApplication::translate("CompilerErrors", "Added the colon missing at the end of a block header.")});
            }
        }

        // Python 2 builtins.
        for (const NameUse &u : m.uses()) {
            if ((u.name == QLatin1String("xrange") || u.name == QLatin1String("raw_input"))
                && !m.isBoundInModule(u.name)) {
                const QString to = u.name == QLatin1String("xrange") ? QStringLiteral("range") : QStringLiteral("input");
                edits.append({u.span.start, u.span.length(), to});
                changes.append({u.span.line, u.name, to, QCoreApplication::translate("CompilerErrors", "Python 2 %1 → %2.").arg(u.name, to)});
            }
        }

        // Undefined helpers: a default from the table, else a stub for a called function.
        const QJsonObject helpers = knowledgeBase(QStringLiteral("helpers.json")).value(QStringLiteral("names")).toObject();
        const bool torch = snippetUsesTorch(m);
        QStringList importLines;
        QStringList questions;
        for (const QString &name : m.undefinedNames()) {
            const QList<NameUse> uses = m.usesOf(name);
            const QJsonObject h = helpers.value(name).toObject();
            if (!h.isEmpty()) {
                const QString fw = h.value(QStringLiteral("framework")).toString();
                if (fw == QLatin1String("torch") && !torch)
                    continue;
                bool missingNeed = false;
                for (const QJsonValue &need : h.value(QStringLiteral("needs")).toArray())
                    missingNeed |= !m.isDefined(need.toString());
                if (missingNeed)
                    continue;
                for (const QJsonValue &imp : h.value(QStringLiteral("imports")).toArray()) {
                    const QString stmt = m.isDefined(imp.toString()) ? QString() : importStatementFor(m, imp.toString());
                    if (!stmt.isEmpty() && !importLines.contains(stmt))
                        importLines.append(stmt);
                }
                const QString line = name + QStringLiteral(" = ") + h.value(QStringLiteral("value")).toString();
                edits.append({topLevelStatementStart(m, uses.first().span.start), 0, line + u'\n'});
                changes.append({uses.first().span.line, {}, line,
                                QCoreApplication::translate("CompilerErrors", "\"%1\" is used but never defined: a common default is given.").arg(name)});
                continue;
            }
            if (!importStatementFor(m, name).isEmpty())
                continue; // R's job
            bool onlyCalled = !uses.isEmpty();
            for (const NameUse &u : uses) {
                bool called = false;
                for (const CodeCall &c : m.calls())
                    called |= c.calleeSpan == u.span;
                onlyCalled &= called;
            }
            // A capitalised name is a class (usually the model): N's job, not a stub's.
            if (onlyCalled && !name.at(0).isUpper()) {
                const QString stub = QStringLiteral("def %1(*args, **kwargs):\n    raise NotImplementedError("
                                                    "\"%1 is not shown in the report\")\n\n\n").arg(name);
                edits.append({topLevelStatementStart(m, uses.first().span.start), 0, stub});
                changes.append({uses.first().span.line, {}, stub.trimmed(),
                                QCoreApplication::translate("CompilerErrors", "\"%1\" is called but never defined: a stub that says so was added.").arg(name)});
            } else {
                questions.append(QCoreApplication::translate("CompilerErrors", "What is \"%1\"? It is used but never defined.").arg(name));
            }
        }
        if (!importLines.isEmpty())
            edits.prepend(insertImportsEdit(m, importLines)); // before a default inserted at the same place
        for (const QString &l : importLines)
            changes.append({0, {}, l, QCoreApplication::translate("CompilerErrors", "Import needed by a default that was added.")});

        for (const SyntaxErrorRegion &e : m.syntaxErrors())
            questions.append(QCoreApplication::translate("CompilerErrors", "Line %1 still does not parse: %2").arg(e.span.line).arg(e.description));

        // The normalisations alone are a change for C (prompts, magics, tabs).
        if (edits.isEmpty() && !m.normalisations().isEmpty())
            edits.append({0, 0, QString()});
        Proposal p = finishProposal(action(), m, edits, changes,
                                    QCoreApplication::translate("CompilerErrors", "Makes the snippet parse and run: prompts, magics, indentation, Python 2 "
                                       "syntax, placeholders and undefined helpers, each change explained."),
                                    QCoreApplication::translate("CompilerErrors", "the snippet parses and has no undefined helpers"));
        p.questions += questions;
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeCompilerErrorResolutionAction()
{
    return std::make_unique<CompilerErrorResolution>();
}

} // namespace dlrepro
