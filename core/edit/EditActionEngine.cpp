#include "EditActionEngine.h"

#include "EditActionFactories.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlrepro {

EditActionEngine::~EditActionEngine() = default;

QList<Fact> EditContext::factsOf(FactKind kind) const
{
    QList<Fact> out;
    for (const Fact &f : facts)
        if (f.kind == kind)
            out.append(f);
    return out;
}

const Fact *EditContext::firstFact(FactKind kind) const
{
    for (const Fact &f : facts)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

const EditActionRegistry &EditActionRegistry::builtin()
{
    static const EditActionRegistry registry = [] {
        EditActionRegistry r;
        r.add(makeImportAdditionAction());
        r.add(makeObsoleteParameterRemovalAction());
        r.add(makeVersionMigrationAction());
        r.add(makeCompilerErrorResolutionAction());
        r.add(makeLoggingAction());
#ifdef DLREPRO_EDIT_HAS_D
        r.add(makeInputDataGenerationAction());
#endif
#ifdef DLREPRO_EDIT_HAS_N
        r.add(makeNeuralNetworkConstructionAction());
#endif
#ifdef DLREPRO_EDIT_HAS_H
        r.add(makeHyperparameterInitializationAction());
#endif
#ifdef DLREPRO_EDIT_HAS_P
        r.add(makeDatasetProcurementAction());
#endif
#ifdef DLREPRO_EDIT_HAS_M
        r.add(makeDownloadingModelsAction());
#endif
        return r;
    }();
    return registry;
}

void EditActionRegistry::add(std::unique_ptr<EditActionEngine> engine)
{
    if (!engine)
        return;
    for (auto &e : m_engines) {
        if (e->action() == engine->action()) {
            e = std::move(engine);
            return;
        }
    }
    m_engines.push_back(std::move(engine));
}

const EditActionEngine *EditActionRegistry::find(EditAction action) const
{
    for (const auto &e : m_engines)
        if (e->action() == action)
            return e.get();
    return nullptr;
}

QList<EditAction> EditActionRegistry::actions() const
{
    QList<EditAction> out;
    for (const auto &e : m_engines)
        out.append(e->action());
    std::sort(out.begin(), out.end());
    return out;
}

bool proposeEdit(EditAction action, const QString &code, const QList<Fact> &facts, const Report *report,
                 Proposal *out, QString *error)
{
    const EditActionEngine *engine = EditActionRegistry::builtin().find(action);
    if (!engine) {
        if (error)
            *error = QCoreApplication::translate("EditAction", "the action %1 (%2) is not available in this build")
                         .arg(editActionLetter(action))
                         .arg(editActionName(action));
        return false;
    }
    const CodeModel model = CodeModel::parse(code);
    EditContext ctx;
    ctx.code = &model;
    ctx.report = report;
    ctx.facts = facts;
    *out = engine->analyse(ctx);
    return true;
}

Proposal noChangeProposal(EditAction action, const CodeModel &code, const QString &why)
{
    Proposal p;
    p.action = action;
    p.originalCode = code.source();
    p.newCode = code.source();
    p.nothingToDo = why;
    return p;
}

} // namespace dlrepro
