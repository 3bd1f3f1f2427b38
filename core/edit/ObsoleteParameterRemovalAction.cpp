#include "EditActionFactories.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

namespace {


class ObsoleteParameterRemoval final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::ObsoleteParameterRemoval; }

    Proposal analyse(const EditContext &ctx) const override
    {
        const CodeModel &m = *ctx.code;
        const bool torch = snippetUsesTorch(m);
        const bool keras = snippetUsesTensorFlow(m) || snippetUsesStandaloneKeras(m)
                           || m.importsModule(QStringLiteral("keras"));
        const QJsonArray rules = knowledgeBase(QStringLiteral("obsolete-parameters.json"))
                                     .value(QStringLiteral("rules")).toArray();
        QList<TextEdit> edits;
        QList<CodeChange> changes;
        for (const CodeCall &call : m.calls()) {
            const QString base = call.calleeBaseName();
            // torch.optim.Adam(lr=…) is current: a callee under torch/optim is PyTorch's.
            const bool torchCallee = call.callee.startsWith(QLatin1String("torch."))
                                     || call.callee.startsWith(QLatin1String("optim."))
                                     || call.callee.startsWith(QLatin1String("nn."))
                                     || call.callee.startsWith(QLatin1String("F."));
            bool replacedReduction = false;
            for (int ai = 0; ai < call.arguments.size(); ++ai) {
                const CallArgument &arg = call.arguments[ai];
                if (arg.keyword.isEmpty())
                    continue;
                for (const QJsonValue &rv : rules) {
                    const QJsonObject r = rv.toObject();
                    if (r.value(QStringLiteral("keyword")).toString() != arg.keyword)
                        continue;
                    const QJsonArray callees = r.value(QStringLiteral("callees")).toArray();
                    if (!callees.isEmpty() && !callees.contains(base))
                        continue;
                    const QString fw = r.value(QStringLiteral("framework")).toString();
                    if (fw == QLatin1String("keras") && (torchCallee || (torch && !keras)))
                        continue;
                    if (fw == QLatin1String("torch") && keras && !torch)
                        continue;
                    const QString since = r.value(QStringLiteral("removedIn")).toString();
                    const int line = arg.span.line;
                    const QString before = m.text(arg.span);
                    if (r.contains(QStringLiteral("rename"))) {
                        const QString to = r.value(QStringLiteral("rename")).toString();
                        if (call.keywordArgument(to)) {
                            edits.append(removeArgumentEdit(m, call, ai));
                            changes.append({line, before, {},
                                            QCoreApplication::translate("ObsoleteParameters", "Removed %1 (gone since %2): %3 is already given.").arg(arg.keyword, since, to)});
                        } else {
                            edits.append({arg.keywordSpan.start, arg.keywordSpan.length(), to});
                            changes.append({line, before, to + u'=' + arg.valueText,
                                            QCoreApplication::translate("ObsoleteParameters", "Renamed %1 to %2 (%1 was removed in %3).").arg(arg.keyword, to, since)});
                        }
                    } else if (r.value(QStringLiteral("drop")).toBool()) {
                        edits.append(removeArgumentEdit(m, call, ai));
                        changes.append({line, before, {}, QCoreApplication::translate("ObsoleteParameters", "Removed %1 (removed in %2).").arg(arg.keyword, since)});
                    } else if (r.contains(QStringLiteral("replace"))) {
                        const QJsonObject rep = r.value(QStringLiteral("replace")).toObject();
                        const QString kw = rep.value(QStringLiteral("keyword")).toString();
                        if (replacedReduction || call.keywordArgument(kw)) {
                            edits.append(removeArgumentEdit(m, call, ai));
                            changes.append({line, before, {},
                                            QCoreApplication::translate("ObsoleteParameters", "Removed %1 (%2): %3 says how to reduce.").arg(arg.keyword, since, kw)});
                            continue;
                        }
                        const QJsonObject values = rep.value(QStringLiteral("values")).toObject();
                        QString value = values.value(arg.valueText.trimmed()).toString();
                        QString why = QCoreApplication::translate("ObsoleteParameters", "Replaced %1=%2 by %3=%4 (%1 is deprecated since %5).");
                        if (value.isEmpty()) {
                            value = QStringLiteral("'mean'");
                            why = QCoreApplication::translate("ObsoleteParameters", "Replaced %1=%2 by %3=%4, the default (%1 is deprecated since %5; check the value).");
                        }
                        edits.append({arg.span.start, arg.span.length(), kw + u'=' + value});
                        changes.append({line, before, kw + u'=' + value, why.arg(arg.keyword, arg.valueText, kw, value, since)});
                        replacedReduction = true;
                    }
                    break;
                }
            }
        }
        return finishProposal(action(), m, edits, changes,
                              QCoreApplication::translate("ObsoleteParameters", "Renames or removes keyword arguments that current framework versions "
                                 "no longer accept (versioned rule table)."),
                              QCoreApplication::translate("ObsoleteParameters", "no call uses an obsolete parameter"));
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeObsoleteParameterRemovalAction()
{
    return std::make_unique<ObsoleteParameterRemoval>();
}

} // namespace dlrepro
