#pragma once

#include "domain/BugType.h"
#include "domain/EditAction.h"
#include "domain/InformationCategory.h"
#include "edit/EditProposal.h"
#include "inspect/Inspection.h"
#include "rules/Transaction.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"
#include "workspace/GitRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace dlrepro {

// The files of a workspace (docs/workspace.md).
namespace workspace_files {
inline constexpr QLatin1StringView kReport{"report.json"};
inline constexpr QLatin1StringView kOriginalSnippet{"original_code_snippet.py"};
inline constexpr QLatin1StringView kMain{"main.py"};
inline constexpr QLatin1StringView kRequirements{"requirements.txt"};
inline constexpr QLatin1StringView kRunsDir{"runs"};
inline constexpr QLatin1StringView kVerdict{"verdict.json"};
inline constexpr QLatin1StringView kTransaction{"transaction.json"};
} // namespace workspace_files

// The trailers that make a commit's meaning machine-readable (docs/workspace.md).
namespace workspace_trailers {
inline constexpr QLatin1StringView kStep{"Workspace-Step"};   // create, action, checkpoint, verify, revert, transaction
inline constexpr QLatin1StringView kEditAction{"Edit-Action"}; // Table 4.5's letter (D … V)
inline constexpr QLatin1StringView kVerdict{"Verdict"};        // verdictStatusId
inline constexpr QLatin1StringView kReverts{"Reverts"};        // sha of the reverted commit
} // namespace workspace_trailers

// What a commit of the workspace was, from its trailers.
enum class WorkspaceStep { Create, Action, Checkpoint, Verify, Revert, Transaction, Other };
QString workspaceStepId(WorkspaceStep step); // create, action, checkpoint, verify, revert, transaction, other
bool parseWorkspaceStep(const QString &id, WorkspaceStep *out);
bool parseVerdictStatus(const QString &id, VerdictStatus *out); // verdictStatusId's inverse

// One commit of the history, as the history view shows it.
struct WorkspaceEntry {
    GitCommitInfo commit;
    WorkspaceStep step = WorkspaceStep::Other;
    std::optional<EditAction> action;     // Action commits (and reverts of one: the action undone)
    std::optional<VerdictStatus> verdict; // Verify commits
    QString revertedSha;                  // Revert commits
    bool reverted = false;                // undone by a later revert on this branch (and not redone)
};

// The verdict recorded at a commit (verdict.json as of that commit).
struct RecordedVerdict {
    QString sha;
    bool present = false; // no verdict.json at that commit (never verified)
    VerdictStatus status = VerdictStatus::Inconclusive;
    QString reasonId;
    QString reason;
    int seeds = 0;
    int seedsShowing = 0;
    std::optional<double> metricMean; // silent bugs
    QJsonObject json;                 // the whole verdict.json
};

struct VerdictComparison {
    RecordedVerdict a;
    RecordedVerdict b;
    bool statusChanged = false;
    QString summary; // one sentence a user reads: "not_reproduced → reproduced (0/3 → 3/3 seeds)"
};

// The reproduction transaction (thesis section 4.3.6) derived from the history.
struct WorkspaceTransaction {
    Transaction transaction;          // core/rules: bug type, information present, actions used,
                                      // minutesTaken, reproduced; extra: verdict, head, …
    QList<EditAction> actionsInOrder; // the actions used (not reverted), first use first
    QDateTime started;                // the first commit
    QDateTime finished;               // the last commit that is not a transaction record
    std::optional<VerdictStatus> verdict; // the last verification on this branch
    QJsonObject json;                 // what transaction.json holds (exportTransactionsJson of
                                      // the one transaction: importTransactionsFile reads it)
};

// How verify runs main.py. request.snippetPath is set by the workspace; an invalid expectation
// means the report's own (expectationFromInspection).
struct WorkspaceVerifyOptions {
    RunRequest request;          // interpreter required
    Expectation expectation;     // kind None: from the report
    VerifyContext context;       // interpreter/device filled in from request when empty
};

// The outcome of a verification, as committed.
struct WorkspaceVerification {
    Verdict verdict;
    QList<RunResult> runs;
    QStringList runFiles;  // "runs/20240101T120000Z-0.json", relative to the workspace
    QString checkpointSha; // the commit of manual edits made first, if there were any
    QString sha;           // the "Verify: …" commit
};

// A reproduction workspace: a folder that is a git repository (libgit2) holding the report, the
// original snippet and the working snippet, every edit action and every run as commits
// (docs/workspace.md). Writing calls refuse a locked repository; each file is written to a
// temporary file then renamed. Move-only.
class Workspace {
public:
    Workspace();
    ~Workspace();
    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;

    // A new workspace in `directory` (which must not exist or be empty) from a report file
    // (any format loadReport reads: a file, so:ID, gh:owner/repo#N). The first commit holds
    // report.json, original_code_snippet.py, main.py (the assembled snippet) and
    // requirements.txt. Nothing is left behind on failure (built beside, then renamed).
    static bool create(const QString &reportInput, const QString &directory, Workspace *out, QString *error);
    static bool create(const Report &report, const QString &directory, Workspace *out, QString *error);
    // An existing workspace; "not a dlrepro workspace" when the folder is not a git repository
    // with report.json and main.py.
    static bool open(const QString &directory, Workspace *out, QString *error);
    static bool isWorkspace(const QString &directory);

    bool isOpen() const;
    QString directory() const;
    QString path(QLatin1StringView file) const; // directory() + "/" + file
    GitRepository &repository();
    const GitRepository &repository() const;

    // The report as imported and its inspection (computed on first use, then kept).
    const Report &report() const;
    const Inspection &inspection() const;
    // main.py as it is in the working tree now.
    QString mainCode() const;

    // What `action` would do to main.py now (no write).
    bool proposeAction(EditAction action, Proposal *out, QString *error) const;
    // Applies the action's proposal to main.py (and the files it brings, e.g. requirements.txt)
    // and commits "<Action name>: <rationale>" with trailers Edit-Action and Workspace-Step.
    // Uncommitted manual edits are committed first as a checkpoint. An action with nothing to
    // do: false, *error "nothing to do: <why>", nothing committed. *sha optional.
    bool applyAction(EditAction action, QString *sha, QString *error, Proposal *applied = nullptr);
    // Commits an action the user applied elsewhere (the workbench's code pane, after reviewing
    // and perhaps adjusting the proposal): `resultCode` is what main.py became. When main.py
    // differs from proposal.originalCode, that difference (the user's own edits) is committed
    // first as a checkpoint, so the action's commit holds the action's change alone.
    bool recordAction(const Proposal &proposal, const QString &resultCode, QString *sha, QString *error);
    // Commits the working tree as it is (manual edits). false with "nothing to commit" when clean.
    bool checkpoint(const QString &message, QString *sha, QString *error);

    // The expectation the report implies (kind None when it quotes no error and no metric).
    Expectation reportExpectation() const;
    // verify = prepareVerification + Runner::runSeeds + recordVerification. Blocking: needs a
    // QCoreApplication (the runner's event loop). The GUI runs the Runner itself and records.
    bool verify(const WorkspaceVerifyOptions &options, WorkspaceVerification *out, QString *error);
    // Commits manual edits (a checkpoint) and fills request.snippetPath and the expectation.
    bool prepareVerification(WorkspaceVerifyOptions *options, QString *checkpointSha, QString *error);
    // Decides the verdict, writes runs/<timestamp>-<seed>.json, verdict.json (and
    // requirements.txt when the runs name packages and it is empty) and commits
    // "Verify: <status>" with trailer Verdict.
    bool recordVerification(const WorkspaceVerifyOptions &options, const QList<RunResult> &runs,
                            WorkspaceVerification *out, QString *error);

    // The current branch's commits, newest first, each with its step, action and verdict.
    bool history(QList<WorkspaceEntry> *out, QString *error) const;
    // Undoes one commit (an action, a checkpoint) as a revert commit. Refuses a dirty tree.
    bool revertAction(const QString &sha, QString *newSha, QString *error);
    // Creates branch `name` at HEAD and switches to it (refuses a dirty tree).
    bool branch(const QString &name, QString *error);
    bool switchBranch(const QString &name, QString *error);
    // verdict.json at a commit, and two of them compared.
    bool recordedVerdict(const QString &revision, RecordedVerdict *out, QString *error) const;
    bool compareVerdicts(const QString &revisionA, const QString &revisionB, VerdictComparison *out,
                         QString *error) const;

    // The transaction derived from the current branch's history, without writing anything.
    bool deriveTransaction(WorkspaceTransaction *out, QString *error) const;
    // deriveTransaction, then transaction.json written and committed (Workspace-Step:
    // transaction) when it changed.
    bool transaction(WorkspaceTransaction *out, QString *error);

private:
    bool commitAction(const Proposal &proposal, const QString &resultCode, QString *sha, QString *error);
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes `data` to `path` through a temporary file in the same folder and a rename.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace dlrepro
