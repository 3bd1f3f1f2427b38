#include "EditActionFactories.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dlrepro {

namespace {


// requirements.txt: the pip package of every third-party top-level module imported.
QString requirementsFor(const QList<QString> &modules)
{
    const QJsonObject kb = knowledgeBase(QStringLiteral("imports.json"));
    const QJsonObject packages = kb.value(QStringLiteral("packages")).toObject();
    QSet<QString> stdlib;
    for (const QJsonValue &v : kb.value(QStringLiteral("standardLibrary")).toArray())
        stdlib.insert(v.toString());
    QStringList reqs;
    for (const QString &m : modules) {
        const QString top = m.section(u'.', 0, 0);
        if (top.isEmpty() || stdlib.contains(top) || top == QLatin1String("dlrepro"))
            continue;
        const QString pkg = packages.value(top).toString(top);
        if (!reqs.contains(pkg))
            reqs.append(pkg);
    }
    std::sort(reqs.begin(), reqs.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return reqs.isEmpty() ? QString() : reqs.join(u'\n') + u'\n';
}

QString moduleOfImportLine(const QString &line)
{
    // "import a.b as c" / "from a.b import c"
    return line.section(u' ', 1, 1);
}

class ImportAddition final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::ImportAddition; }

    Proposal analyse(const EditContext &ctx) const override
    {
        const CodeModel &m = *ctx.code;
        QStringList lines;
        QList<CodeChange> changes;
        QStringList unknown;
        for (const QString &name : m.undefinedNames()) {
            const QString stmt = importStatementFor(m, name);
            if (stmt.isEmpty()) {
                unknown.append(name);
                continue;
            }
            if (lines.contains(stmt))
                continue;
            lines.append(stmt);
            changes.append({0, {}, stmt, QCoreApplication::translate("ImportAddition", "\"%1\" is used but never defined: %2.").arg(name, stmt)});
        }
        QList<QString> modules;
        for (const CodeImport &i : m.imports())
            if (i.level == 0)
                modules.append(i.module);
        for (const QString &l : lines)
            modules.append(moduleOfImportLine(l));

        QList<TextEdit> edits;
        if (!lines.isEmpty())
            edits.append(insertImportsEdit(m, lines));
        Proposal p = finishProposal(
            action(), m, edits, changes,
            QCoreApplication::translate("ImportAddition", "Adds the imports for names the snippet uses but never defines, from the import "
               "knowledge base (tf.keras unless the snippet imports standalone keras)."),
            QCoreApplication::translate("ImportAddition", "every name the snippet uses is defined or imported"));
        // Line numbers of the insertions, now that the position is known.
        if (!edits.isEmpty()) {
            const int first = m.lineOf(edits.first().start) + (edits.first().text.startsWith(u'\n') ? 1 : 0);
            int n = 0;
            for (CodeChange &c : p.changes)
                if (c.line == 0 && !c.after.isEmpty())
                    c.line = first + n++;
        }
        const QString reqs = requirementsFor(modules);
        if (!reqs.isEmpty())
            p.files.insert(QStringLiteral("requirements.txt"), reqs);
        for (const QString &u : unknown)
            p.questions.append(QCoreApplication::translate("ImportAddition", "Where does \"%1\" come from? It is used but never defined.").arg(u));
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeImportAdditionAction() { return std::make_unique<ImportAddition>(); }

} // namespace dlrepro
