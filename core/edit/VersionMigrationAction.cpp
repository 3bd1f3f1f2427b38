#include "EditActionFactories.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dlrepro {

namespace {


bool isKerasModule(const QString &m) { return m == QLatin1String("keras") || m.startsWith(QLatin1String("keras.")); }

// tf.contrib is gone in TF2: a chain matched by a rule's exact 'name' (or, for note-only rules,
// one component under its 'prefix', so a use is reported once) moves to 'to'; when it is called,
// keywords TF2 lacks are dropped or renamed. A dropped keyword set to False meant another mode
// (xavier_initializer(uniform=False) is GlorotNormal), so that use is only noted.
void migrateContrib(const CodeModel &m, const SyntaxNode &n, const QString &chain, const QJsonArray &rules,
                    QList<TextEdit> *edits, QList<CodeChange> *changes)
{
    for (const QJsonValue &rv : rules) {
        const QJsonObject r = rv.toObject();
        const QString name = r.value(QStringLiteral("name")).toString();
        const QString prefix = r.value(QStringLiteral("prefix")).toString();
        const bool matches = name.isEmpty() ? (!prefix.isEmpty() && chain.section(u'.', 0, -2) == prefix)
                                            : chain == name;
        if (!matches)
            continue;
        const QString note = r.value(QStringLiteral("note")).toString();
        const QString to = r.value(QStringLiteral("to")).toString();
        if (to.isEmpty()) {
            changes->append({n.span.line, chain, {}, note});
            return;
        }
        const CodeCall *call = nullptr;
        for (const CodeCall &c : m.calls())
            if (c.calleeSpan.start == n.span.start && c.calleeSpan.end == n.span.end)
                call = &c;
        QStringList args;
        bool argsChanged = false;
        if (call) {
            const QJsonArray drop = r.value(QStringLiteral("dropArgs")).toArray();
            const QJsonObject rename = r.value(QStringLiteral("renameArgs")).toObject();
            for (const CallArgument &a : call->arguments) {
                if (!a.keyword.isEmpty() && drop.contains(QJsonValue(a.keyword))) {
                    if (a.valueText.trimmed() == QLatin1String("False")) {
                        changes->append({n.span.line, m.text(call->span), {}, note});
                        return;
                    }
                    argsChanged = true;
                } else if (!a.keyword.isEmpty() && rename.contains(a.keyword)) {
                    args.append(rename.value(a.keyword).toString() + u'=' + a.valueText);
                    argsChanged = true;
                } else {
                    args.append(m.text(a.span));
                }
            }
        }
        edits->append({n.span.start, n.span.length(), to});
        if (argsChanged) {
            const QString newArgs = u'(' + args.join(QStringLiteral(", ")) + u')';
            edits->append({call->argumentsSpan.start, call->argumentsSpan.length(), newArgs});
            changes->append({n.span.line, m.text(call->span), to + newArgs, note});
        } else {
            changes->append({n.span.line, chain, to, note});
        }
        return;
    }
}

class VersionMigration final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::VersionMigration; }

    Proposal analyse(const EditContext &ctx) const override
    {
        const CodeModel &m = *ctx.code;
        QList<TextEdit> edits;
        QList<CodeChange> changes;

        // Standalone keras → tf.keras, one import statement at a time.
        QSet<qsizetype> done;
        for (const CodeImport &imp : m.imports()) {
            if (imp.level != 0 || !isKerasModule(imp.module) || done.contains(imp.span.start))
                continue;
            int count = 0;
            for (const CodeImport &o : m.imports())
                count += o.span.start == imp.span.start ? 1 : 0;
            QString stmt;
            const QString tfModule = QStringLiteral("tensorflow.") + imp.module;
            if (imp.isFrom()) {
                const QString old = m.text(imp.span);
                const qsizetype at = old.indexOf(imp.module);
                if (at < 0)
                    continue;
                stmt = old.left(at) + tfModule + old.mid(at + imp.module.size());
            } else if (count == 1) {
                // import keras.x.y as z → from tensorflow.keras.x import y as z
                const QString parent = tfModule.section(u'.', 0, -2);
                const QString last = tfModule.section(u'.', -1);
                const QString &alias = imp.alias;
                if (!imp.module.contains(u'.') || !imp.alias.isEmpty())
                    stmt = QStringLiteral("from %1 import %2").arg(parent, last)
                           + (alias.isEmpty() || alias == last ? QString() : QStringLiteral(" as ") + alias);
                else
                    continue; // `import keras.layers` (used as keras.layers.X): left alone
            } else {
                continue;
            }
            done.insert(imp.span.start);
            edits.append({imp.span.start, imp.span.length(), stmt});
            changes.append({imp.span.line, m.text(imp.span), stmt,
                            QCoreApplication::translate("VersionMigration", "Standalone Keras → tf.keras (Keras 2.4+ ships inside TensorFlow).")});
        }

        const QJsonObject kb = knowledgeBase(QStringLiteral("migrations.json"));
        for (const CodeCall &call : m.calls()) {
            const QString base = call.calleeBaseName();
            for (const QJsonValue &cv : kb.value(QStringLiteral("calls")).toArray()) {
                const QJsonObject c = cv.toObject();
                if (c.value(QStringLiteral("method")).toString() != base || !call.callee.contains(u'.'))
                    continue;
                const QString to = c.value(QStringLiteral("to")).toString();
                edits.append({call.calleeSpan.end - base.size(), base.size(), to});
                changes.append({call.span.line, base, to, c.value(QStringLiteral("note")).toString()});
            }
            // Variable(x) → x: a no-op wrapper since PyTorch 0.4.
            if ((call.callee == QLatin1String("Variable") || call.callee.endsWith(QLatin1String("autograd.Variable")))
                && !call.arguments.isEmpty() && call.arguments.first().keyword.isEmpty()) {
                QString replacement = call.arguments.first().valueText;
                const CallArgument *rg = call.keywordArgument(QStringLiteral("requires_grad"));
                if (rg && rg->valueText.trimmed() == QLatin1String("True"))
                    replacement = u'(' + replacement + QStringLiteral(").requires_grad_()");
                edits.append({call.span.start, call.span.length(), replacement});
                changes.append({call.span.line, m.text(call.span), replacement,
                                QCoreApplication::translate("VersionMigration", "Variable is a no-op since PyTorch 0.4: the tensor is used directly.")});
            }
        }

        const QStringList tf1 = [&] {
            QStringList l;
            for (const QJsonValue &v : kb.value(QStringLiteral("tf1")).toArray())
                l.append(QStringLiteral("tf.") + v.toString());
            return l;
        }();
        const QJsonArray contrib = kb.value(QStringLiteral("contrib")).toArray();
        bool needsGraphMode = false;
        const QList<SyntaxNode> &nodes = m.nodes();
        for (const SyntaxNode &n : nodes) {
            if (n.type == QLatin1String("attribute")) {
                const QString t = m.text(n.span).remove(u' ');
                if (t.startsWith(QLatin1String("tf.contrib.")))
                    migrateContrib(m, n, t, contrib, &edits, &changes);
                else if (tf1.contains(t)) {
                    const QString to = QStringLiteral("tf.compat.v1.") + t.mid(3);
                    edits.append({n.span.start, n.span.length(), to});
                    changes.append({n.span.line, t, to,
                                    QCoreApplication::translate("VersionMigration", "%1 is TensorFlow 1 API: moved to tf.compat.v1 (a TF2 rewrite would use "
                                       "eager execution and tf.function).").arg(t)});
                    if (t == QLatin1String("tf.placeholder") || t == QLatin1String("tf.Session")
                        || t == QLatin1String("tf.InteractiveSession"))
                        needsGraphMode = true;
                }
            } else if (n.type == QLatin1String("subscript")) {
                // x.data[0] → x.item()
                const int value = [&] {
                    for (int c : n.children)
                        if (nodes[c].field == QLatin1String("value"))
                            return c;
                    return -1;
                }();
                if (value < 0 || nodes[value].type != QLatin1String("attribute"))
                    continue;
                const QString vt = m.text(nodes[value].span);
                const QString whole = m.text(n.span);
                if (!vt.endsWith(QLatin1String(".data")) || whole.mid(vt.size()).remove(u' ') != QLatin1String("[0]"))
                    continue;
                const QString to = vt.chopped(5) + QStringLiteral(".item()");
                edits.append({n.span.start, n.span.length(), to});
                changes.append({n.span.line, whole, to,
                                QCoreApplication::translate("VersionMigration", ".data[0] on a 0-dim tensor fails since PyTorch 0.4: use .item().")});
            }
        }
        if (needsGraphMode && !m.code().contains(QLatin1String("disable_eager_execution"))) {
            const QString line = QStringLiteral("tf.compat.v1.disable_eager_execution()");
            TextEdit e = insertImportsEdit(m, {line});
            if (e.start == 0)
                e.text = line + u'\n';
            edits.append(e);
            changes.append({0, {}, line, QCoreApplication::translate("VersionMigration", "Sessions and placeholders need graph mode in TensorFlow 2.")});
        }
        return finishProposal(action(), m, edits, changes,
                              QCoreApplication::translate("VersionMigration", "Migrates legacy framework API (standalone Keras, TensorFlow 1, PyTorch < 0.4) "
                                 "to current versions by rules."),
                              QCoreApplication::translate("VersionMigration", "no legacy API found"));
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeVersionMigrationAction() { return std::make_unique<VersionMigration>(); }

} // namespace dlrepro
