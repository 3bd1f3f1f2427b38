#include "CodeModel.h"

#include "CodeNormaliser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <tree_sitter/api.h>

#include <algorithm>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace dlrepro {

namespace {

// Deeper nesting is not analysed (a hostile 10 MB "((((…" must not overflow the stack).
constexpr int kMaxDepth = 400;

const QSet<QString> &builtinNames()
{
    static const QSet<QString> names = [] {
        const char *list[] = {
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
            "bytes", "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits",
            "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float",
            "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
            "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
            "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
            "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
            "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
            "__name__", "__file__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__",
            "__debug__", "self", "cls",
            "True", "False", "None", "NotImplemented", "Ellipsis",
            "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
            "BlockingIOError", "BrokenPipeError", "BufferError", "ChildProcessError",
            "ConnectionError", "EOFError", "EnvironmentError", "FileExistsError",
            "FileNotFoundError", "FloatingPointError", "GeneratorExit", "IOError", "ImportError",
            "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
            "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
            "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError",
            "PermissionError", "RecursionError", "ReferenceError", "RuntimeError", "StopIteration",
            "StopAsyncIteration", "SyntaxError", "SystemError", "SystemExit", "TabError",
            "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeError", "ValueError", "ZeroDivisionError", "Warning",
            "UserWarning", "DeprecationWarning", "RuntimeWarning", "FutureWarning",
            // Python 2 names a snippet may still use; C fixes them, R must not import them.
            "xrange", "unicode", "raw_input", "long", "basestring", "reduce", "unichr", "file",
        };
        QSet<QString> s;
        for (const char *n : list)
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return names;
}

} // namespace

class CodeModelBuilder {
public:
    explicit CodeModelBuilder(CodeModel &m) : m(m) {}

    void build();

private:
    CodeModel &m;
    QList<QSet<QString>> scopeNames;  // names bound per scope
    QList<QSet<QString>> globalNames; // names declared global per scope

    const SyntaxNode &node(int i) const { return m.m_nodes[i]; }
    QString text(int i) const { return m.m_code.mid(node(i).span.start, node(i).span.length()); }
    int child(int i, const char *field) const
    {
        for (int c : node(i).children)
            if (node(c).field == QLatin1String(field))
                return c;
        return -1;
    }
    QList<int> children(int i, const char *field) const
    {
        QList<int> r;
        for (int c : node(i).children)
            if (node(c).field == QLatin1String(field))
                r.append(c);
        return r;
    }
    bool is(int i, const char *type) const { return i >= 0 && node(i).type == QLatin1String(type); }

    void flatten(TSTree *tree);
    int newScope(ScopeKind kind, int parent, const QString &name, int nodeIndex);
    void define(int idNode, int scope, DefinitionKind kind);
    void defineTargets(int n, int scope, DefinitionKind kind, int depth);
    void visit(int n, int scope, int depth);
    void visitChildren(int n, int scope, int depth, int skip = -1);
    void visitParameters(int params, int outerScope, int innerScope, int depth);
    void addImport(int n, int scope);
    void addCall(int n, int scope);
    void addAssignment(int n, int scope, const QString &op);
    QString dottedName(int n) const;
    void resolve();
};

int CodeModelBuilder::newScope(ScopeKind kind, int parent, const QString &name, int nodeIndex)
{
    CodeScope s;
    s.id = int(m.m_scopes.size());
    s.parent = parent;
    s.kind = kind;
    s.name = name;
    s.span = nodeIndex >= 0 ? node(nodeIndex).span : m.spanOf(0, m.m_code.size());
    m.m_scopes.append(s);
    scopeNames.append(QSet<QString>());
    globalNames.append(QSet<QString>());
    return s.id;
}

void CodeModelBuilder::define(int idNode, int scope, DefinitionKind kind)
{
    const QString name = text(idNode);
    int target = scope;
    if (globalNames[scope].contains(name))
        target = 0;
    m.m_definitions.append({name, target, kind, node(idNode).span});
    scopeNames[target].insert(name);
}

void CodeModelBuilder::defineTargets(int n, int scope, DefinitionKind kind, int depth)
{
    if (n < 0 || depth > kMaxDepth)
        return;
    const QString &t = node(n).type;
    if (t == QLatin1String("identifier")) {
        define(n, scope, kind);
    } else if (t == QLatin1String("pattern_list") || t == QLatin1String("tuple_pattern")
               || t == QLatin1String("list_pattern") || t == QLatin1String("tuple")
               || t == QLatin1String("list") || t == QLatin1String("parenthesized_expression")
               || t == QLatin1String("list_splat_pattern") || t == QLatin1String("list_splat")
               || t == QLatin1String("expression_list") || t == QLatin1String("as_pattern_target")) {
        for (int c : node(n).children)
            defineTargets(c, scope, kind, depth + 1);
    } else {
        // self.x = …, a[i] = …: the object is used, nothing is bound.
        visit(n, scope, depth + 1);
    }
}

QString CodeModelBuilder::dottedName(int n) const
{
    if (is(n, "identifier"))
        return text(n);
    if (is(n, "attribute")) {
        const QString obj = dottedName(child(n, "object"));
        const int attr = child(n, "attribute");
        if (obj.isEmpty() || attr < 0)
            return {};
        return obj + u'.' + text(attr);
    }
    return {};
}

void CodeModelBuilder::addImport(int n, int scope)
{
    CodeImport base;
    base.scope = scope;
    base.span = node(n).span;
    auto bind = [&](CodeImport imp) {
        const QString b = imp.boundName();
        if (!b.isEmpty()) {
            m.m_definitions.append({b, scope, DefinitionKind::Import, imp.span});
            scopeNames[scope].insert(b);
        }
        m.m_imports.append(imp);
    };
    if (is(n, "import_statement")) {
        for (int c : children(n, "name")) {
            CodeImport imp = base;
            if (is(c, "aliased_import")) {
                imp.module = text(child(c, "name")).remove(u' ');
                if (const int a = child(c, "alias"); a >= 0)
                    imp.alias = text(a);
            } else {
                imp.module = text(c).remove(u' ');
            }
            bind(imp);
        }
        return;
    }
    // import_from_statement / future_import_statement
    const int mod = child(n, "module_name");
    if (is(mod, "relative_import")) {
        const QString t = text(mod);
        qsizetype i = 0;
        while (i < t.size() && t.at(i) == u'.')
            ++i;
        base.level = int(i);
        base.module = t.mid(i).trimmed().remove(u' ');
    } else if (mod >= 0) {
        base.module = text(mod).remove(u' ');
    } else if (is(n, "future_import_statement")) {
        base.module = QStringLiteral("__future__");
    }
    bool any = false;
    for (int c : node(n).children) {
        if (c == mod)
            continue;
        CodeImport imp = base;
        if (is(c, "wildcard_import")) {
            imp.name = QStringLiteral("*");
        } else if (is(c, "aliased_import")) {
            imp.name = text(child(c, "name")).remove(u' ');
            if (const int a = child(c, "alias"); a >= 0)
                imp.alias = text(a);
        } else if (is(c, "dotted_name") || is(c, "identifier")) {
            imp.name = text(c).remove(u' ');
        } else {
            continue;
        }
        any = true;
        bind(imp);
    }
    if (!any) // "from x import" cut off: still record the module
        m.m_imports.append(base);
}

void CodeModelBuilder::addCall(int n, int scope)
{
    CodeCall call;
    call.scope = scope;
    call.span = node(n).span;
    const int fn = child(n, "function");
    if (fn >= 0) {
        call.callee = dottedName(fn);
        call.calleeSpan = node(fn).span;
    }
    const int args = child(n, "arguments");
    if (args >= 0) {
        call.argumentsSpan = node(args).span;
        if (is(args, "argument_list")) {
            for (int a : node(args).children) {
                CallArgument arg;
                arg.span = node(a).span;
                if (is(a, "keyword_argument")) {
                    const int k = child(a, "name");
                    const int v = child(a, "value");
                    if (k >= 0) {
                        arg.keyword = text(k);
                        arg.keywordSpan = node(k).span;
                    }
                    if (v >= 0) {
                        arg.valueSpan = node(v).span;
                        arg.valueText = text(v);
                    }
                } else if (is(a, "list_splat") || is(a, "dictionary_splat")) {
                    arg.keyword = is(a, "list_splat") ? QStringLiteral("*") : QStringLiteral("**");
                    arg.valueSpan = node(a).span;
                    arg.valueText = text(a);
                } else if (is(a, "comment")) {
                    continue;
                } else {
                    arg.valueSpan = node(a).span;
                    arg.valueText = text(a);
                }
                call.arguments.append(arg);
            }
        }
    }
    m.m_calls.append(call);
}

void CodeModelBuilder::addAssignment(int n, int scope, const QString &op)
{
    CodeAssignment a;
    a.op = op;
    a.scope = scope;
    a.span = node(n).span;
    // a = b = c parses as assignment(left a, right assignment(left b, right c))
    int cur = n;
    while (is(cur, "assignment") || is(cur, "augmented_assignment")) {
        const int l = child(cur, "left");
        if (l >= 0)
            a.targets.append(text(l));
        const int r = child(cur, "right");
        if (!is(r, "assignment")) {
            if (r >= 0) {
                a.valueSpan = node(r).span;
                a.valueText = text(r);
            }
            break;
        }
        cur = r;
    }
    m.m_assignments.append(a);
}

void CodeModelBuilder::visitChildren(int n, int scope, int depth, int skip)
{
    for (int c : node(n).children)
        if (c != skip)
            visit(c, scope, depth + 1);
}

void CodeModelBuilder::visitParameters(int params, int outerScope, int innerScope, int depth)
{
    if (params < 0)
        return;
    for (int p : node(params).children) {
        if (is(p, "identifier")) {
            define(p, innerScope, DefinitionKind::Parameter);
            continue;
        }
        // default_parameter, typed_parameter, typed_default_parameter, *args, **kwargs
        int nameNode = child(p, "name");
        if (nameNode < 0) {
            for (int c : node(p).children)
                if (is(c, "identifier") && node(c).field.isEmpty()) {
                    nameNode = c;
                    break;
                }
        }
        if (nameNode >= 0 && is(nameNode, "identifier"))
            define(nameNode, innerScope, DefinitionKind::Parameter);
        for (int c : node(p).children)
            if (c != nameNode)
                visit(c, outerScope, depth + 1); // defaults and annotations: evaluated outside
    }
}

void CodeModelBuilder::visit(int n, int scope, int depth)
{
    if (n < 0 || depth > kMaxDepth)
        return;
    const QString &t = node(n).type;
    auto type = [&](const char *s) { return t == QLatin1String(s); };

    if (type("identifier")) {
        m.m_uses.append({text(n), scope, node(n).span});
    } else if (type("import_statement") || type("import_from_statement") || type("future_import_statement")) {
        addImport(n, scope);
    } else if (type("function_definition") || type("class_definition")) {
        const int nameNode = child(n, "name");
        if (nameNode >= 0)
            define(nameNode, scope, type("class_definition") ? DefinitionKind::Class : DefinitionKind::Function);
        const bool isClass = type("class_definition");
        const int inner = newScope(isClass ? ScopeKind::Class : ScopeKind::Function, scope,
                                   nameNode >= 0 ? text(nameNode) : QString(), n);
        for (int c : node(n).children) {
            if (c == nameNode)
                continue;
            const QString &f = node(c).field;
            if (f == QLatin1String("parameters"))
                visitParameters(c, scope, inner, depth + 1);
            else if (f == QLatin1String("body"))
                visit(c, inner, depth + 1);
            else
                visit(c, scope, depth + 1); // superclasses, return type, decorators
        }
    } else if (type("decorated_definition")) {
        visitChildren(n, scope, depth);
    } else if (type("lambda")) {
        const int inner = newScope(ScopeKind::Lambda, scope, {}, n);
        visitParameters(child(n, "parameters"), scope, inner, depth + 1);
        visit(child(n, "body"), inner, depth + 1);
    } else if (type("list_comprehension") || type("set_comprehension") || type("dictionary_comprehension")
               || type("generator_expression")) {
        const int inner = newScope(ScopeKind::Comprehension, scope, {}, n);
        // Targets first, so that the body's uses of them resolve (order does not matter here).
        for (int c : node(n).children) {
            if (is(c, "for_in_clause")) {
                defineTargets(child(c, "left"), inner, DefinitionKind::ComprehensionTarget, depth + 1);
                for (int r : children(c, "right"))
                    visit(r, inner, depth + 1);
            } else {
                visit(c, inner, depth + 1);
            }
        }
    } else if (type("assignment") || type("augmented_assignment")) {
        addAssignment(n, scope, type("assignment") ? QStringLiteral("=") : QString());
        if (type("augmented_assignment")) {
            // The operator is an anonymous token: the text between the two sides.
            const int l = child(n, "left"), r = child(n, "right");
            if (l >= 0 && r >= 0)
                m.m_assignments.last().op =
                    m.m_code.mid(node(l).span.end, node(r).span.start - node(l).span.end).trimmed();
        }
        int cur = n;
        while (is(cur, "assignment") || is(cur, "augmented_assignment")) {
            const bool aug = is(cur, "augmented_assignment");
            const int l = child(cur, "left");
            if (aug)
                visit(l, scope, depth + 1); // x += 1 reads x
            defineTargets(l, scope, aug ? DefinitionKind::AugmentedAssignment : DefinitionKind::Assignment, depth + 1);
            visit(child(cur, "type"), scope, depth + 1);
            const int r = child(cur, "right");
            if (!is(r, "assignment")) {
                visit(r, scope, depth + 1);
                break;
            }
            cur = r;
        }
    } else if (type("for_statement")) {
        defineTargets(child(n, "left"), scope, DefinitionKind::ForTarget, depth + 1);
        visitChildren(n, scope, depth, child(n, "left"));
    } else if (type("as_pattern")) {
        for (int c : node(n).children) {
            if (node(c).field == QLatin1String("alias"))
                defineTargets(c, scope, DefinitionKind::WithTarget, depth + 1);
            else
                visit(c, scope, depth + 1);
        }
    } else if (type("except_clause")) {
        // except E as e: / except E, e: — the second expression before the block is the target
        QList<int> exprs;
        for (int c : node(n).children)
            if (!is(c, "block") && !is(c, "comment"))
                exprs.append(c);
        for (int i = 0; i < exprs.size(); ++i) {
            if (i == 1 && is(exprs[i], "identifier"))
                define(exprs[i], scope, DefinitionKind::ExceptTarget);
            else
                visit(exprs[i], scope, depth + 1);
        }
        for (int c : node(n).children)
            if (is(c, "block"))
                visit(c, scope, depth + 1);
    } else if (type("global_statement") || type("nonlocal_statement")) {
        const bool global = type("global_statement");
        for (int c : node(n).children) {
            if (!is(c, "identifier"))
                continue;
            if (global) {
                globalNames[scope].insert(text(c));
                m.m_definitions.append({text(c), 0, DefinitionKind::Global, node(c).span});
            } else {
                m.m_definitions.append({text(c), scope, DefinitionKind::Nonlocal, node(c).span});
                scopeNames[scope].insert(text(c));
            }
        }
    } else if (type("named_expression")) {
        const int nameNode = child(n, "name");
        if (nameNode >= 0)
            define(nameNode, scope, DefinitionKind::NamedExpression);
        visit(child(n, "value"), scope, depth + 1);
    } else if (type("delete_statement")) {
        visitChildren(n, scope, depth);
    } else if (type("call")) {
        addCall(n, scope);
        visitChildren(n, scope, depth);
    } else if (type("attribute")) {
        visit(child(n, "object"), scope, depth + 1); // the attribute name is not a variable
    } else if (type("keyword_argument")) {
        visit(child(n, "value"), scope, depth + 1);
    } else if (type("dotted_name") || type("relative_import") || type("string") || type("comment")
               || type("integer") || type("float")) {
        // not variable references; f-string interpolations are inside "interpolation" nodes
        if (type("string"))
            for (int c : node(n).children)
                if (is(c, "interpolation"))
                    visitChildren(c, scope, depth + 1);
    } else {
        visitChildren(n, scope, depth);
    }
}

void CodeModelBuilder::flatten(TSTree *tree)
{
    // Iterative walk with a cursor: no recursion on the C++ stack whatever the nesting.
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
    QList<int> parents; // index in m_nodes of the nearest named ancestor, per cursor depth
    int errorDepth = 0; // > 0 while inside an ERROR node (nested ones are not reported again)
    QList<bool> enteredError;
    const QString &code = m.m_code;
    auto spanOf = [&](TSNode nd) {
        const qsizetype s = qsizetype(ts_node_start_byte(nd) / 2);
        const qsizetype e = qsizetype(ts_node_end_byte(nd) / 2);
        return m.spanOf(qBound<qsizetype>(0, s, code.size()), qBound<qsizetype>(0, e, code.size()));
    };
    for (;;) {
        TSNode nd = ts_tree_cursor_current_node(&cursor);
        const char *typeName = ts_node_type(nd);
        const bool isError = qstrcmp(typeName, "ERROR") == 0;
        const bool missing = ts_node_is_missing(nd);
        int self = -1;
        if (isError && errorDepth == 0) {
            SyntaxErrorRegion r;
            r.span = spanOf(nd);
            QString snippet = code.mid(r.span.start, qMin<qsizetype>(r.span.length(), 60)).simplified();
            r.description = QCoreApplication::translate("CodeModel", "cannot parse: %1").arg(snippet);
            m.m_syntaxErrors.append(r);
        } else if (missing) {
            SyntaxErrorRegion r;
            r.span = spanOf(nd);
            r.missing = true;
            r.description = QCoreApplication::translate("CodeModel", "missing \"%1\"").arg(QString::fromUtf8(typeName));
            m.m_syntaxErrors.append(r);
        }
        if (ts_node_is_named(nd) && !missing) {
            SyntaxNode sn;
            sn.type = QString::fromUtf8(typeName);
            if (const char *f = ts_tree_cursor_current_field_name(&cursor))
                sn.field = QString::fromUtf8(f);
            sn.span = spanOf(nd);
            sn.parent = parents.isEmpty() ? -1 : parents.last();
            self = int(m.m_nodes.size());
            if (sn.parent >= 0)
                m.m_nodes[sn.parent].children.append(self);
            m.m_nodes.append(sn);
        }
        if (ts_tree_cursor_goto_first_child(&cursor)) {
            parents.append(self >= 0 ? self : (parents.isEmpty() ? -1 : parents.last()));
            enteredError.append(isError);
            if (isError)
                ++errorDepth;
            continue;
        }
        for (;;) {
            if (ts_tree_cursor_goto_next_sibling(&cursor))
                break;
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return;
            }
            parents.removeLast();
            if (enteredError.takeLast())
                --errorDepth;
        }
    }
}

void CodeModelBuilder::resolve()
{
    m.m_resolvedUse.resize(m.m_uses.size());
    for (qsizetype i = 0; i < m.m_uses.size(); ++i) {
        const NameUse &u = m.m_uses[i];
        bool found = false;
        for (int s = u.scope; s >= 0 && !found; s = m.m_scopes[s].parent) {
            // A class body's names are not visible from the functions nested in it.
            if (s != u.scope && m.m_scopes[s].kind == ScopeKind::Class)
                continue;
            found = scopeNames[s].contains(u.name);
        }
        m.m_resolvedUse[i] = found ? 1 : 0;
    }
}

void CodeModelBuilder::build()
{
    m.m_lineStarts = {0};
    for (qsizetype i = 0; i < m.m_code.size(); ++i)
        if (m.m_code.at(i) == u'\n')
            m.m_lineStarts.append(i + 1);

    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    // UTF-16 input: tree-sitter's byte offsets are then twice the QString positions, so no
    // UTF-8 conversion table is needed and non-ASCII text keeps its positions.
    TSTree *tree = ts_parser_parse_string_encoding(parser, nullptr,
                                                   reinterpret_cast<const char *>(m.m_code.utf16()),
                                                   uint32_t(m.m_code.size() * 2), TSInputEncodingUTF16);
    if (tree) {
        flatten(tree);
        ts_tree_delete(tree);
    }
    ts_parser_delete(parser);

    newScope(ScopeKind::Module, -1, {}, m.m_nodes.isEmpty() ? -1 : 0);
    if (!m.m_nodes.isEmpty())
        visit(0, 0, 0);
    resolve();
}

CodeModel CodeModel::parse(const QString &source)
{
    CodeModel m;
    m.m_source = source;
    m.m_code = normaliseSnippet(source, &m.m_normalisations);
    CodeModelBuilder(m).build();
    return m;
}

QString CodeImport::boundName() const
{
    if (!alias.isEmpty())
        return alias;
    if (!name.isEmpty())
        return name == QLatin1String("*") ? QString() : name;
    return module.section(u'.', 0, 0);
}

const CallArgument *CodeCall::keywordArgument(const QString &keyword) const
{
    for (const CallArgument &a : arguments)
        if (a.keyword == keyword)
            return &a;
    return nullptr;
}

QString CodeCall::calleeBaseName() const { return callee.section(u'.', -1); }

bool CodeModel::hasStarImport() const
{
    return std::any_of(m_imports.begin(), m_imports.end(),
                       [](const CodeImport &i) { return i.name == QLatin1String("*"); });
}

QStringList CodeModel::undefinedNames() const
{
    QStringList out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_uses.size(); ++i) {
        const QString &n = m_uses[i].name;
        if (m_resolvedUse.value(i) || isBuiltin(n) || seen.contains(n))
            continue;
        seen.insert(n);
        out.append(n);
    }
    return out;
}

QList<NameUse> CodeModel::usesOf(const QString &name) const
{
    QList<NameUse> out;
    for (const NameUse &u : m_uses)
        if (u.name == name)
            out.append(u);
    return out;
}

bool CodeModel::isDefined(const QString &name) const
{
    if (isBuiltin(name))
        return true;
    return std::any_of(m_definitions.begin(), m_definitions.end(),
                       [&](const NameDefinition &d) { return d.name == name; });
}

bool CodeModel::isBoundInModule(const QString &name) const
{
    return std::any_of(m_definitions.begin(), m_definitions.end(),
                       [&](const NameDefinition &d) { return d.name == name && d.scope == 0; });
}

const CodeImport *CodeModel::importBinding(const QString &name) const
{
    for (const CodeImport &i : m_imports)
        if (i.boundName() == name)
            return &i;
    return nullptr;
}

bool CodeModel::importsModule(const QString &module) const
{
    for (const CodeImport &i : m_imports)
        if (i.module == module || i.module.startsWith(module + u'.'))
            return true;
    return false;
}

int CodeModel::lineOf(qsizetype pos) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    return int(it - m_lineStarts.begin());
}

qsizetype CodeModel::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > m_lineStarts.size())
        return m_code.size();
    return m_lineStarts[line - 1];
}

qsizetype CodeModel::lineEnd(int line) const
{
    if (line < 1 || line >= m_lineStarts.size())
        return line < 1 ? 0 : m_code.size();
    return m_lineStarts[line] - 1;
}

QString CodeModel::lineText(int line) const
{
    const qsizetype s = lineStart(line);
    QString t = m_code.mid(s, lineEnd(line) - s);
    if (t.endsWith(u'\r'))
        t.chop(1);
    return t;
}

QString CodeModel::text(const CodeSpan &span) const
{
    return span.isValid() ? m_code.mid(span.start, span.length()) : QString();
}

CodeSpan CodeModel::spanOf(qsizetype start, qsizetype end) const
{
    CodeSpan s;
    s.start = start;
    s.end = end;
    if (m_lineStarts.isEmpty())
        return s;
    s.line = lineOf(start);
    s.column = int(start - lineStart(s.line)) + 1;
    s.endLine = lineOf(end);
    s.endColumn = int(end - lineStart(s.endLine)) + 1;
    return s;
}

bool CodeModel::isBuiltin(const QString &name) { return builtinNames().contains(name); }

QString scopeKindId(ScopeKind k)
{
    switch (k) {
    case ScopeKind::Module: return QStringLiteral("module");
    case ScopeKind::Function: return QStringLiteral("function");
    case ScopeKind::Class: return QStringLiteral("class");
    case ScopeKind::Comprehension: return QStringLiteral("comprehension");
    case ScopeKind::Lambda: return QStringLiteral("lambda");
    }
    return {};
}

QString definitionKindId(DefinitionKind k)
{
    static const char *ids[] = {"import", "assignment", "augmented-assignment", "function", "class",
                                "parameter", "for", "with", "except", "comprehension", "global",
                                "nonlocal", "delete", "named-expression", "other"};
    return QString::fromLatin1(ids[int(k)]);
}

} // namespace dlrepro
