#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// A range of the code model's normalised code (CodeModel::code()), in UTF-16 code units
// (QString positions; tree-sitter's UTF-8 byte offsets are converted when the model is built),
// half-open [start, end). Lines and columns are 1-based; columns count UTF-16 code units.
struct CodeSpan {
    qsizetype start = -1;
    qsizetype end = -1;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return start >= 0; }
    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool operator==(const CodeSpan &) const = default;
};

// What was done to a snippet before parsing because tree-sitter would not take it as it was.
enum class NormalisationKind {
    PromptStripped,  // ">>> ", "... " or "In [3]: " / "   ...: " removed
    OutputDropped,   // a line printed by an interactive session (after a prompt) commented out
    MagicCommented,  // "!pip install x" / "%matplotlib inline" → "# !pip install x"
    TabsExpanded,    // a file mixing tab and space indentation: each tab → one indentation unit
};
QString normalisationKindId(NormalisationKind k); // prompt, output, magic, tabs

struct Normalisation {
    NormalisationKind kind = NormalisationKind::PromptStripped;
    int line = 0;        // 1-based; the line numbers of source() and code() are the same
    QString before;      // the line as given
    QString after;       // the line as parsed
    QString description; // one sentence for the user
};

enum class ScopeKind { Module, Function, Class, Comprehension, Lambda };
QString scopeKindId(ScopeKind k); // module, function, class, comprehension, lambda

struct CodeScope {
    int id = 0;      // index into CodeModel::scopes(); the module scope is 0
    int parent = -1; // -1 for the module scope
    ScopeKind kind = ScopeKind::Module;
    QString name;    // function/class name; empty for module, comprehension, lambda
    CodeSpan span;
};

// One bound name of an import statement: `import a.b as c, d` gives two entries.
struct CodeImport {
    QString module;   // "numpy", "torch.nn", "" for `from . import x`; dotted as written
    QString name;     // from-imports: the imported name ("nn", "*"); empty for `import m`
    QString alias;    // `as` name, or empty
    int level = 0;    // leading dots of a relative from-import
    int scope = 0;    // the scope it binds in
    CodeSpan span;    // the whole statement
    bool isFrom() const { return !name.isEmpty(); }
    // The name the statement binds: alias, else name, else the first part of the module
    // (`import torch.nn` binds `torch`); empty for `from m import *`.
    QString boundName() const;
};

enum class DefinitionKind {
    Import, Assignment, AugmentedAssignment, Function, Class, Parameter, ForTarget, WithTarget,
    ExceptTarget, ComprehensionTarget, Global, Nonlocal, Delete, NamedExpression, Other
};
QString definitionKindId(DefinitionKind k);

struct NameDefinition {
    QString name;
    int scope = 0; // where it binds (global/nonlocal declarations bind where they point)
    DefinitionKind kind = DefinitionKind::Other;
    CodeSpan span; // the identifier
};

struct NameUse {
    QString name;
    int scope = 0;
    CodeSpan span; // the identifier
};

struct CallArgument {
    QString keyword;    // empty for a positional argument, "*"/"**" for unpacking
    QString valueText;  // the value's code, as written
    CodeSpan span;      // the whole argument ("lr=0.01"), without the separating comma
    CodeSpan keywordSpan;
    CodeSpan valueSpan;
};

struct CodeCall {
    QString callee;     // dotted name as written ("model.fit", "nn.Linear", "print"); empty when
                        // the function is not a plain dotted name (e.g. `f()()` or `a[0]()`)
    int scope = 0;
    CodeSpan span;      // the whole call
    CodeSpan calleeSpan;
    CodeSpan argumentsSpan; // "(...)" including the parentheses
    QList<CallArgument> arguments;

    const CallArgument *keywordArgument(const QString &keyword) const;
    // The last part of the callee ("fit" for "model.fit").
    QString calleeBaseName() const;
};

struct CodeAssignment {
    QStringList targets; // each target's code ("x", "self.fc", "a, b")
    QString valueText;   // empty for a bare annotation
    QString op;          // "=", "+=", …
    int scope = 0;
    CodeSpan span;
    CodeSpan valueSpan;
};

struct SyntaxErrorRegion {
    CodeSpan span;
    bool missing = false; // a MISSING node (tree-sitter inserted a token); else an ERROR region
    QString description;  // "missing \")\"" or "cannot parse: print \"x\" %"
};

// A flattened copy of tree-sitter's concrete syntax tree (named nodes only), so that actions can
// look at any construct without including tree-sitter. Node types are the grammar's names
// ("call", "attribute", "subscript", "print_statement", "ERROR", …).
struct SyntaxNode {
    QString type;
    QString field;      // the field name in the parent ("function", "arguments", …), or empty
    CodeSpan span;
    int parent = -1;
    QList<int> children; // indices into CodeModel::nodes()
};

// A fault-tolerant model of a Python snippet: parses anything (broken code, Python 2, notebook
// cells, console transcripts) and never fails; what it could not parse is in syntaxErrors().
class CodeModel {
public:
    static CodeModel parse(const QString &source);

    const QString &source() const { return m_source; }
    const QString &code() const { return m_code; } // normalised; every span indexes this
    const QList<Normalisation> &normalisations() const { return m_normalisations; }

    const QList<CodeScope> &scopes() const { return m_scopes; }
    const QList<CodeImport> &imports() const { return m_imports; }
    const QList<NameDefinition> &definitions() const { return m_definitions; }
    const QList<NameUse> &uses() const { return m_uses; }
    const QList<CodeCall> &calls() const { return m_calls; }
    const QList<CodeAssignment> &assignments() const { return m_assignments; }
    const QList<SyntaxErrorRegion> &syntaxErrors() const { return m_syntaxErrors; }
    const QList<SyntaxNode> &nodes() const { return m_nodes; } // nodes()[0] is the module
    bool hasSyntaxErrors() const { return !m_syntaxErrors.isEmpty(); }
    bool hasStarImport() const;

    // Names used but defined nowhere visible from the use (Python's LEGB lookup; definitions
    // later in the file count), minus builtins; unique, in order of first use.
    QStringList undefinedNames() const;
    QList<NameUse> usesOf(const QString &name) const;
    // Whether `name` is bound anywhere (any scope) or is a builtin.
    bool isDefined(const QString &name) const;
    bool isBoundInModule(const QString &name) const;
    // Whether an import binds `name` (any scope).
    const CodeImport *importBinding(const QString &name) const;
    // Whether any import's module is `module` or starts with `module.`.
    bool importsModule(const QString &module) const;

    int lineCount() const { return int(m_lineStarts.size()); }
    int lineOf(qsizetype pos) const;            // 1-based
    qsizetype lineStart(int line) const;        // position of the line's first character
    qsizetype lineEnd(int line) const;          // position of its '\n' (or code().size())
    QString lineText(int line) const;           // without the newline
    QString text(const CodeSpan &span) const;
    CodeSpan spanOf(qsizetype start, qsizetype end) const;

    static bool isBuiltin(const QString &name);

private:
    friend class CodeModelBuilder;
    QString m_source;
    QString m_code;
    QList<Normalisation> m_normalisations;
    QList<CodeScope> m_scopes;
    QList<CodeImport> m_imports;
    QList<NameDefinition> m_definitions;
    QList<NameUse> m_uses;
    QList<CodeCall> m_calls;
    QList<CodeAssignment> m_assignments;
    QList<SyntaxErrorRegion> m_syntaxErrors;
    QList<SyntaxNode> m_nodes;
    QList<qsizetype> m_lineStarts;
    QList<int> m_resolvedUse; // per use: 1 when a definition is visible
};

} // namespace dlrepro
