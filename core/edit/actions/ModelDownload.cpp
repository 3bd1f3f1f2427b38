// Downloading Models & Tokenizers (M): pretrained models and tokenizers loaded through one
// helper that uses the local cache (HF_HOME / TORCH_HOME) and, offline without a cached copy,
// stops with a message that says so instead of a bare connection error.
#include "ActionSupport.h"

#include "edit/CodeEdits.h"
#include "edit/EditActionFactories.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

using namespace synth;

namespace {


const QString kHelper = QStringLiteral("_dlrepro_pretrained");

QStringList helperCode()
{
    return {
        QStringLiteral("# dlrepro M: pretrained models and tokenizers come from the local cache (HF_HOME, default"),
        QStringLiteral("# ~/.cache/huggingface); set TRANSFORMERS_OFFLINE=1 to never download."),
        QStringLiteral("def _dlrepro_pretrained(loader, name, *args, **kwargs):"),
        QStringLiteral("    cache = os.environ.get(\"HF_HOME\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"huggingface\"))"),
        QStringLiteral("    try:"),
        QStringLiteral("        return loader.from_pretrained(name, *args, **kwargs)"),
        QStringLiteral("    except (OSError, ValueError) as error:  # not cached and the hub cannot be reached"),
        QStringLiteral("        raise RuntimeError(f\"dlrepro: the pretrained {name!r} is not in the cache {cache} and cannot be \""),
        QStringLiteral("                           f\"downloaded here (offline?): {error}. Download it once with network access or copy \""),
        QStringLiteral("                           f\"it into that cache, then run again.\") from error"),
        QString(), QString()};
}

struct KnownModel {
    QString name, hub, modelClass, tokenizerClass;
};

std::optional<KnownModel> namedModel(const EditContext &context)
{
    const QString text = context.code->code() + QLatin1Char('\n') + (context.report ? context.report->title + QLatin1Char('\n') + context.report->body.text : QString());
    std::optional<KnownModel> best;
    qsizetype bestAt = -1;
    for (const auto &v : knowledge(QStringLiteral("models.json")).value(QStringLiteral("models")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString name = m.value(QStringLiteral("name")).toString();
        const qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive);
        if (at >= 0 && (bestAt < 0 || at < bestAt)) {
            bestAt = at;
            best = KnownModel{name, m.value(QStringLiteral("hub")).toString(), m.value(QStringLiteral("modelClass")).toString(),
                              m.value(QStringLiteral("tokenizerClass")).toString()};
        }
    }
    return best;
}

class DownloadingModelsAction final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::DownloadingModels; }

    Proposal analyse(const EditContext &context) const override
    {
        const CodeModel &code = *context.code;
        const bool haveHelper = code.isBoundInModule(kHelper);
        QList<TextEdit> edits;
        QList<CodeChange> changes;
        qsizetype firstPos = -1;
        for (const CodeCall &c : code.calls()) {
            if (c.calleeBaseName() != QLatin1String("from_pretrained") || !c.callee.contains(u'.'))
                continue;
            if (c.callee.startsWith(QLatin1String("loader.")))
                continue; // the helper's own call
            const QString owner = c.callee.left(c.callee.size() - int(sizeof(".from_pretrained")) + 1);
            const QString args = code.text(c.argumentsSpan);
            const QString inner = args.mid(1, args.size() - 2).trimmed();
            TextEdit e{c.span.start, c.span.length(),
                       QStringLiteral("%1(%2%3)").arg(kHelper, owner, inner.isEmpty() ? QString() : QStringLiteral(", ") + args.mid(1, args.size() - 2))};
            edits << e;
            changes << CodeChange{c.span.line, code.text(c.span), e.text, QCoreApplication::translate("edit", "loads through the cache-aware helper")};
            if (firstPos < 0 || c.span.start < firstPos)
                firstPos = c.span.start;
        }
        // An undefined tokenizer, or model when the report names a pretrained one.
        const std::optional<KnownModel> known = namedModel(context);
        QStringList defined;
        if (known && known->hub == QLatin1String("transformers")) {
            for (const QString &n : code.undefinedNames()) {
                const QString l = n.toLower();
                if (l.contains(QLatin1String("tokenizer")))
                    defined << QStringLiteral("%1 = %2(%3, \"%4\")").arg(n, kHelper, known->tokenizerClass, known->name);
                else if (l == QLatin1String("model") || l == QLatin1String("bert") || l == QLatin1String("encoder"))
                    defined << QStringLiteral("%1 = %2(%3, \"%4\")").arg(n, kHelper, known->modelClass, known->name);
                else
                    continue;
                const qsizetype at = definitionPoint(code, n);
                if (firstPos < 0 || at < firstPos)
                    firstPos = at;
            }
        }
        if (edits.isEmpty() && defined.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the snippet loads no pretrained model or tokenizer outside the cache-aware helper"));

        Proposal p;
        p.action = action();
        p.originalCode = code.source();
        QString intermediate;
        applyTextEdits(code.code(), edits, &intermediate);
        const CodeModel second = CodeModel::parse(intermediate);
        QStringList block;
        if (!haveHelper)
            block << helperCode();
        block << defined;
        QList<NeededImport> imports{{QStringLiteral("os"), QStringLiteral("import os")}};
        if (known)
            for (const QString &cls : {known->tokenizerClass, known->modelClass})
                for (const QString &line : defined)
                    if (line.contains(QStringLiteral("(%1,").arg(cls)))
                        imports << NeededImport{cls, QStringLiteral("from transformers import %1").arg(cls)};
        const qsizetype pos = topLevelStatementStart(second, qMin(firstPos, intermediate.size()));
        p.changes = changes;
        p.newCode = insertBlock(second, pos, block, imports, &p.changes, QCoreApplication::translate("edit", "adds the cache-aware loader"));
        p.rationale = QCoreApplication::translate("edit", "Pretrained weights and tokenizers must be downloaded once; M loads %1 through a helper that uses the "
                         "local cache (HF_HOME) and, offline without a cached copy, stops with a message saying so.")
                          .arg(known ? known->name : QCoreApplication::translate("edit", "them"));
        if (known)
            p.questions << QCoreApplication::translate("edit", "Is %1 in the local cache (HF_HOME)? Offline, the run cannot download it.").arg(known->name);
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeDownloadingModelsAction()
{
    return std::make_unique<DownloadingModelsAction>();
}

} // namespace dlrepro
