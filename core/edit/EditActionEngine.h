#pragma once

#include "CodeModel.h"
#include "EditProposal.h"
#include "domain/EditAction.h"
#include "report/Fact.h"
#include "report/Report.h"

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace dlrepro {

// What an action looks at: the snippet's code model and what the report says.
struct EditContext {
    const CodeModel *code = nullptr; // required
    const Report *report = nullptr;  // optional; the facts are what actions normally use
    QList<Fact> facts;               // extracted from the report (extractFacts), or given
    int errorLine = 0;               // 1-based line of the snippet where the reported error
                                     // occurs, when known (0: unknown; L looks for it itself)

    QList<Fact> factsOf(FactKind kind) const;
    const Fact *firstFact(FactKind kind) const;
};

// One edit action (thesis Table 4.5) as a code transformation. Implementations must be
// idempotent: analysing the proposal's newCode again yields no changes.
class EditActionEngine {
public:
    virtual ~EditActionEngine();
    virtual EditAction action() const = 0;
    // Never modifies anything; returns a proposal, with `nothingToDo` set when no change is
    // needed (then newCode == originalCode == context.code->source()).
    virtual Proposal analyse(const EditContext &context) const = 0;
};

// The actions available in this build. builtin() holds every action compiled into
// dlrepro_core (see docs/edit-actions.md for how an action is added).
class EditActionRegistry {
public:
    static const EditActionRegistry &builtin();

    void add(std::unique_ptr<EditActionEngine> engine); // replaces one for the same action
    const EditActionEngine *find(EditAction action) const;
    QList<EditAction> actions() const; // in Table 4.5's order

private:
    std::vector<std::unique_ptr<EditActionEngine>> m_engines;
};

// Parses `code`, runs `action` from the builtin registry and returns its proposal. Returns
// false with a message when the action is not registered.
bool proposeEdit(EditAction action, const QString &code, const QList<Fact> &facts,
                 const Report *report, Proposal *out, QString *error = nullptr);

// A proposal with no changes, for an action's early returns.
Proposal noChangeProposal(EditAction action, const CodeModel &code, const QString &why);

} // namespace dlrepro
