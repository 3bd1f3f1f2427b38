#include "KnowledgeBase.h"

#include "EditActionEngine.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace dlrepro {

QJsonObject knowledgeBase(const QString &fileName)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(fileName);
    if (it != cache.constEnd())
        return *it;
    QFile f(QStringLiteral(":/dlrepro/knowledge/") + fileName);
    QJsonObject o;
    if (f.open(QIODevice::ReadOnly))
        o = QJsonDocument::fromJson(f.readAll()).object();
    cache.insert(fileName, o);
    return o;
}

bool snippetUsesTorch(const CodeModel &m)
{
    return m.importsModule(QStringLiteral("torch")) || !m.usesOf(QStringLiteral("torch")).isEmpty();
}

bool snippetUsesTensorFlow(const CodeModel &m)
{
    return m.importsModule(QStringLiteral("tensorflow")) || !m.usesOf(QStringLiteral("tf")).isEmpty();
}

bool snippetUsesStandaloneKeras(const CodeModel &m)
{
    for (const CodeImport &i : m.imports())
        if (i.level == 0 && (i.module == QLatin1String("keras") || i.module.startsWith(QLatin1String("keras."))))
            return true;
    return false;
}

QString importStatementFor(const CodeModel &model, const QString &name)
{
    const QJsonObject entry = knowledgeBase(QStringLiteral("imports.json"))
                                  .value(QStringLiteral("names")).toObject().value(name).toObject();
    if (entry.contains(QStringLiteral("import")))
        return entry.value(QStringLiteral("import")).toString();
    if (entry.isEmpty())
        return {};
    // Standalone keras only when the snippet already imports it; tf.keras otherwise (current).
    const bool standalone = snippetUsesStandaloneKeras(model);
    return entry.value(standalone ? QStringLiteral("keras") : QStringLiteral("tf.keras")).toString();
}

Proposal finishProposal(EditAction action, const CodeModel &model, const QList<TextEdit> &edits,
                        QList<CodeChange> changes, const QString &rationale, const QString &whyNothing)
{
    if (edits.isEmpty())
        return noChangeProposal(action, model, whyNothing);
    Proposal p;
    p.action = action;
    p.originalCode = model.source();
    applyTextEdits(model.code(), edits, &p.newCode);
    p.rationale = rationale;
    QList<CodeChange> norm;
    for (const Normalisation &n : model.normalisations())
        norm.append({n.line, n.before, n.after, n.description});
    p.changes = norm + changes;
    return p;
}

} // namespace dlrepro
