#include "EditActionFactories.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dlrepro {

namespace {


const QString kMark = QStringLiteral("  # dlrepro-log");

// The snippet line of the report's error: the last traceback frame outside the libraries.
int errorLineFromReport(const Report *report)
{
    if (!report)
        return 0;
    static const QRegularExpression frame(QStringLiteral("File \"([^\"\\n]{0,500})\", line (\\d{1,9})"));
    int line = 0;
    for (const CodeBlock &b : report->body.codeBlocks) {
        if (b.kind != CodeBlockKind::Traceback && !b.text.contains(QLatin1String("Traceback")))
            continue;
        auto it = frame.globalMatch(b.text);
        while (it.hasNext()) {
            const auto mt = it.next();
            const QString file = mt.captured(1);
            if (file.contains(QLatin1String("site-packages")) || file.contains(QLatin1String("/lib/python")))
                continue;
            line = mt.captured(2).toInt();
        }
    }
    return line;
}

class Logging final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::Logging; }

    Proposal analyse(const EditContext &ctx) const override
    {
        const CodeModel &m = *ctx.code;
        QList<TextEdit> edits;
        QList<CodeChange> changes;
        QList<Fact> used;
        const QString &code = m.code();

        // Shapes and dtypes of the plain variables flowing into the failing call.
        const int errLine = ctx.errorLine > 0 ? ctx.errorLine : errorLineFromReport(ctx.report);
        if (errLine > 0 && errLine <= m.lineCount()) {
            QStringList names;
            for (const CodeCall &c : m.calls()) {
                if (c.span.line > errLine || c.span.endLine < errLine)
                    continue;
                if (c.callee.contains(u'.')) // model.fit(x) / net.forward(x): the object matters too
                    names.append(c.callee.section(u'.', 0, 0));
                for (const CallArgument &a : c.arguments) {
                    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z_0-9]*$"));
                    if (ident.match(a.valueText).hasMatch() && !CodeModel::isBuiltin(a.valueText))
                        names.append(a.valueText);
                }
            }
            names.removeDuplicates();
            names.removeIf([&](const QString &n) { return m.importBinding(n) != nullptr || n == QLatin1String("self"); });
            const int stmtLine = statementLineAt(m, m.lineStart(errLine) + lineIndentation(m, errLine).size());
            const QString indent = lineIndentation(m, stmtLine);
            QString block;
            for (const QString &n : names) {
                const QString l = indent + QStringLiteral("print('dlrepro: %1', getattr(%1, 'shape', None), "
                                                          "getattr(%1, 'dtype', type(%1).__name__))").arg(n) + kMark;
                if (code.contains(l))
                    continue;
                block += l + u'\n';
                changes.append({stmtLine, {}, l.trimmed(), QCoreApplication::translate("Logging", "Shows the shape and dtype of \"%1\" before the failing "
                                                              "call (line %2).").arg(n).arg(errLine)});
            }
            if (!block.isEmpty())
                edits.append({m.lineStart(stmtLine), 0, block});
        }

        // Loss per epoch: at the end of an epoch loop that computes `loss`.
        const QList<SyntaxNode> &nodes = m.nodes();
        for (const SyntaxNode &n : nodes) {
            if (n.type != QLatin1String("for_statement"))
                continue;
            int left = -1, body = -1;
            for (int c : n.children) {
                if (nodes[c].field == QLatin1String("left"))
                    left = c;
                if (nodes[c].field == QLatin1String("body"))
                    body = c;
            }
            if (left < 0 || body < 0 || nodes[left].type != QLatin1String("identifier"))
                continue;
            const QString var = m.text(nodes[left].span);
            if (!var.contains(QLatin1String("epoch")))
                continue;
            const QString bodyText = m.text(nodes[body].span);
            static const QRegularExpression lossAssign(QStringLiteral("(?m)^\\s*loss\\s*="));
            if (!lossAssign.match(bodyText).hasMatch())
                continue;
            const QString indent = lineIndentation(m, nodes[body].span.line);
            const QString l = indent + QStringLiteral("print('dlrepro: epoch', %1, 'loss', float(loss))").arg(var) + kMark;
            if (code.contains(l))
                continue;
            const int last = nodes[body].span.endLine;
            const qsizetype at = qMin(code.size(), m.lineEnd(last) + 1);
            edits.append({at, 0, (at == code.size() && !code.endsWith(u'\n') ? QStringLiteral("\n") : QString()) + l + u'\n'});
            changes.append({last + 1, {}, l.trimmed(), QCoreApplication::translate("Logging", "Prints the loss after each epoch.")});
        }

        // The reported metric, through the harness's dlrepro.report.
        for (const Fact &f : ctx.facts) {
            if (f.kind != FactKind::Metric || f.name.isEmpty())
                continue;
            const QString metric = f.name;
            const QString key = metric == QLatin1String("accuracy") ? QStringLiteral("acc") : metric.left(4);
            QString var;
            for (const CodeAssignment &a : m.assignments()) {
                if (a.scope != 0 || a.targets.size() != 1)
                    continue;
                const QString t = a.targets.first();
                static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z_0-9]*$"));
                if (ident.match(t).hasMatch() && t.contains(key, Qt::CaseInsensitive))
                    var = t;
            }
            if (var.isEmpty())
                continue;
            const QString l = QStringLiteral("import dlrepro; dlrepro.report('%1', float(%2))").arg(metric, var) + kMark;
            if (code.contains(l))
                break;
            edits.append({code.size(), 0, (code.endsWith(u'\n') || code.isEmpty() ? QString() : QStringLiteral("\n")) + l + u'\n'});
            changes.append({m.lineCount() + 1, {}, l.trimmed(),
                            QCoreApplication::translate("Logging", "Reports the metric the report quotes (%1) to the harness.").arg(metric)});
            used.append(f);
            break;
        }

        Proposal p = finishProposal(action(), m, edits, changes,
                                    QCoreApplication::translate("Logging", "Adds logging that exposes the symptom: shapes and dtypes at the failing call, "
                                       "the loss per epoch and the reported metric."),
                                    QCoreApplication::translate("Logging", "no failing call, epoch loop or reported metric to log"));
        p.factsUsed = used;
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeLoggingAction() { return std::make_unique<Logging>(); }

} // namespace dlrepro
