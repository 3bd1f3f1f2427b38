#include "Reproducer.h"

#include "SnippetAssembly.h"
#include "edit/CodeModel.h"
#include "edit/EditActionEngine.h"
#include "hints/Hints.h"
#include "hints/Rulebook.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

namespace {


QList<EditAction> planActions(const Inspection &inspection, const CodeModel &code)
{
    QList<EditAction> plan;
    auto add = [&](EditAction a) {
        if (!plan.contains(a) && EditActionRegistry::builtin().find(a))
            plan << a;
    };
    if (code.hasSyntaxErrors())
        add(EditAction::CompilerErrorResolution);
    if (!code.undefinedNames().isEmpty())
        add(EditAction::ImportAddition);
    const Hints hints = buildHints(inspection, Rulebook::published());
    for (const HintItem &h : hints.actions)
        if (h.item.itemClass() == ItemClass::EditAction)
            add(h.item.editAction());
    // Then what commonly completes a snippet: data before model before training settings.
    for (EditAction a : {EditAction::ImportAddition, EditAction::DatasetProcurement, EditAction::DownloadingModels,
                         EditAction::InputDataGeneration, EditAction::NeuralNetworkConstruction,
                         EditAction::HyperparameterInitialization, EditAction::CompilerErrorResolution,
                         EditAction::ObsoleteParameterRemoval, EditAction::VersionMigration, EditAction::Logging})
        add(a);
    return plan;
}

} // namespace

QList<EditAction> Reproduction::transaction() const
{
    QList<EditAction> t;
    for (const ReproductionStep &s : steps)
        t << s.action;
    return t;
}

Reproduction reproduceReport(const Inspection &inspection, const VerifySnippet &verify, int maxSteps)
{
    Reproduction r;
    const AssembledSnippet assembled = assembleSnippet(inspection.report);
    r.assembledCode = assembled.code;
    r.assemblyNotes = assembled.notes;
    r.expectation = expectationFromInspection(inspection);
    r.finalCode = assembled.code;
    r.plan = planActions(inspection, CodeModel::parse(assembled.code));
    if (!r.expectation.isValid()) {
        r.stopReason = QCoreApplication::translate("edit", "the report quotes no error and no observed metric to verify against");
        return r;
    }
    r.initialVerdict = verify(r.finalCode, r.expectation);
    r.verdict = r.initialVerdict;
    if (r.verdict.isReproduced()) {
        r.reproduced = true;
        r.stopReason = QCoreApplication::translate("edit", "the assembled snippet reproduces the bug as it is");
        return r;
    }
    while (int(r.steps.size()) < maxSteps) {
        bool applied = false;
        // C and R come back to the front whenever the code needs them.
        const CodeModel model = CodeModel::parse(r.finalCode);
        QList<EditAction> order = r.plan;
        if (!model.undefinedNames().isEmpty()) {
            order.removeAll(EditAction::ImportAddition);
            order.prepend(EditAction::ImportAddition);
        }
        if (model.hasSyntaxErrors()) {
            order.removeAll(EditAction::CompilerErrorResolution);
            order.prepend(EditAction::CompilerErrorResolution);
        }
        for (EditAction a : order) {
            Proposal p;
            if (!proposeEdit(a, r.finalCode, inspection.facts, &inspection.report, &p) || !p.hasChanges()
                || p.newCode == r.finalCode)
                continue;
            QString next;
            if (!applyProposal(p, r.finalCode, &next))
                continue;
            ReproductionStep step;
            step.action = a;
            step.proposal = p;
            r.finalCode = next;
            step.verdict = verify(r.finalCode, r.expectation);
            step.verified = true;
            r.verdict = step.verdict;
            r.steps << step;
            applied = true;
            break;
        }
        if (r.verdict.isReproduced()) {
            r.reproduced = true;
            r.stopReason = QCoreApplication::translate("edit", "reproduced after %1 edit(s)").arg(r.steps.size());
            return r;
        }
        if (!applied) {
            r.stopReason = QCoreApplication::translate("edit", "no edit action has anything left to do");
            return r;
        }
    }
    r.stopReason = QCoreApplication::translate("edit", "stopped after the maximum of %1 steps").arg(maxSteps);
    return r;
}

QJsonObject reproductionToJson(const Reproduction &r)
{
    QJsonArray steps, transaction, plan, notes;
    for (const ReproductionStep &s : r.steps) {
        QJsonObject o{{QStringLiteral("action"), editActionId(s.action)},
                      {QStringLiteral("letter"), QString(editActionLetter(s.action))},
                      {QStringLiteral("proposal"), proposalToJson(s.proposal)}};
        if (s.verified)
            o.insert(QStringLiteral("verdict"), verdictToJson(s.verdict));
        steps.append(o);
        transaction.append(QString(editActionLetter(s.action)));
    }
    for (EditAction a : r.plan)
        plan.append(QString(editActionLetter(a)));
    for (const QString &n : r.assemblyNotes)
        notes.append(n);
    return {{QStringLiteral("schema"), QStringLiteral("dlrepro.reproduction/1")},
            {QStringLiteral("reproduced"), r.reproduced},
            {QStringLiteral("stop_reason"), r.stopReason},
            {QStringLiteral("expectation"), expectationToJson(r.expectation)},
            {QStringLiteral("assembled_code"), r.assembledCode},
            {QStringLiteral("assembly_notes"), notes},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("initial_verdict"), verdictToJson(r.initialVerdict)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("transaction"), transaction},
            {QStringLiteral("final_code"), r.finalCode},
            {QStringLiteral("verdict"), verdictToJson(r.verdict)}};
}

QString reproductionToText(const Reproduction &r)
{
    QString t;
    t += QCoreApplication::translate("edit", "Expectation: %1").arg(expectationToText(r.expectation)) + u'\n';
    for (const QString &n : r.assemblyNotes)
        t += QCoreApplication::translate("edit", "Assembly: %1").arg(n) + u'\n';
    QStringList letters;
    for (EditAction a : r.plan)
        letters << QString(editActionLetter(a));
    t += QCoreApplication::translate("edit", "Plan: %1").arg(letters.join(QStringLiteral(" "))) + u'\n';
    t += QCoreApplication::translate("edit", "Step 0 (as assembled): %1").arg(verdictStatusId(r.initialVerdict.status)) + u'\n';
    int i = 0;
    for (const ReproductionStep &s : r.steps) {
        t += QCoreApplication::translate("edit", "Step %1 %2 (%3): %4").arg(++i).arg(QString(editActionLetter(s.action)), editActionName(s.action),
                                              s.verified ? verdictStatusId(s.verdict.status) : QCoreApplication::translate("edit", "not verified"))
            + u'\n';
        t += QStringLiteral("    ") + s.proposal.rationale + u'\n';
    }
    QStringList tx;
    for (EditAction a : r.transaction())
        tx << QString(editActionLetter(a));
    t += QCoreApplication::translate("edit", "Transaction: {%1}").arg(tx.join(QStringLiteral(", "))) + u'\n';
    t += QCoreApplication::translate("edit", "Stopped: %1").arg(r.stopReason) + u'\n';
    t += QStringLiteral("\n--- final code ---\n") + r.finalCode;
    if (!r.finalCode.endsWith(u'\n'))
        t += u'\n';
    t += QStringLiteral("--- verdict ---\n") + verdictToText(r.verdict);
    return t;
}

} // namespace dlrepro
