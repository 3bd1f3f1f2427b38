#pragma once
// GitHub projects at their buggy commit (the Defects4ML kind of bug, thesis section 4.3.4): find
// the repository and commit a report names, clone it with libgit2, check the commit out detached,
// and list the scripts that could be the entry point for the user to pick.

#include "report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace dlrepro {

// Where a clone is. Receiving and Indexing come from the fetch (objects over the wire, then into
// the pack index); Checkout from writing the worktree of the commit.
struct CloneProgress {
    enum class Stage { Receiving, Indexing, Checkout };
    Stage stage = Stage::Receiving;
    qint64 totalObjects = 0;
    qint64 receivedObjects = 0;
    qint64 indexedObjects = 0;
    qint64 receivedBytes = 0;
    qint64 checkoutTotal = 0;
    qint64 checkoutCompleted = 0;
    QString path; // the file being written during Checkout

    // 0..100 over the whole clone: receiving counts for 45, indexing for 45, checkout for 10.
    int percent() const;
};

struct CloneRequest {
    QString url;       // https://, ssh://, git@host:path, file:// or a local path
    QString commit;    // full or abbreviated sha, or any revision git understands; empty: the default branch
    QString directory; // must not exist, or be an empty folder
    // Called from the cloning thread; return false to cancel (nothing is left behind).
    std::function<bool(const CloneProgress &)> onProgress;
};

struct CloneResult {
    QString error;       // empty on success; names the url, commit or folder and what went wrong
    bool cancelled = false;
    QString directory;   // absolute path of the clone
    QString commitSha;   // the full sha checked out (HEAD is detached there when a commit was asked)
    QString commitSummary;
    qint64 files = 0;    // files written by the checkout
    qint64 receivedBytes = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Clones into a temporary sibling of request.directory and renames it into place only when the
// clone and the checkout succeeded, so a failed, cancelled or crashed clone leaves nothing behind.
// Credentials for private repositories: GIT_TOKEN or GITHUB_TOKEN (user GIT_USERNAME, the user in
// the url, else x-access-token) for http(s); the SSH agent (SSH_AUTH_SOCK) for ssh. Blocking.
CloneResult cloneProject(const CloneRequest &request);

// A repository and commit named in a report: "https://github.com/o/r/commit/<sha>",
// ".../tree/<sha>", ".../blob/<sha>/path", or "commit abc1234" next to a repository.
struct ProjectReference {
    QString repository; // "owner/repo" (empty for a repository that is not on GitHub)
    QString url;        // the url as written, when one was (a clone script's)
    QString commit;     // as written (7 to 40 hex digits); empty when only the repository is named
    QString evidence;   // the text it was found in ("github.com/o/r/commit/9f8fb94")

    bool isValid() const { return !repository.isEmpty() || !url.isEmpty(); }
    QString cloneUrl() const; // url when given, else https://github.com/owner/repo.git
};

// The first reference with a commit in the text (else the first repository alone);
// defaultRepository ("owner/repo", e.g. the issue's own repository) is used for a bare
// "commit abc1234".
ProjectReference findProjectReference(const QString &text, const QString &defaultRepository = {});
// Searches the title, the body and then the comments; the repository is the default.
ProjectReference findProjectReference(const Report &report);

// "hunkim/DeepLearningZeroToAll/", "github.com/o/r", "https://github.com/o/r.git" → "o/r";
// empty when it is not a GitHub repository name.
QString normalizeGitHubRepository(const QString &text);

// A script that could start the project, for the user to pick.
struct EntryScript {
    QString path;          // relative to the project, with '/'
    QStringList arguments; // from a README command ("python train.py --epochs 1")
    QStringList reasons;   // why it is a candidate, in words
    int score = 0;         // higher first
};

// Python files with an `if __name__ == "__main__":` block, named train*.py / main.py / run*.py,
// or run by a README command (`python xxx.py`, `python3 -m pkg.mod`); best first. Hidden
// folders, virtual environments and test files are skipped; at most maxFiles files are read.
QList<EntryScript> findEntryScripts(const QString &projectDirectory, int maxFiles = 20000);

// A workspace for a GitHub project: the workspace files at <directory>, the project cloned at
// its commit into <directory>/project (its own repository, excluded from the workspace's
// history through .git/info/exclude), main.py a launcher that runs the entry script from the
// project's folder with its arguments (`python <entry> <arguments>`), project.json the url,
// commit and entry. The report is the given one, else one written from the commit.
struct ProjectWorkspaceRequest {
    CloneRequest clone;          // directory: the workspace's folder
    QString reportInput;         // optional: a report (file, so:ID, gh:owner/repo#N) for the workspace;
                                 // when url or commit is empty they come from its references
    QString entryScript;         // relative to the project; empty: the best candidate
    QStringList entryArguments;  // empty: a README command's arguments for that script
};

struct ProjectWorkspaceResult {
    CloneResult clone;
    QList<EntryScript> candidates; // best first
    EntryScript entry;             // the one main.py runs
    QString directory;             // the workspace
    QString headSha;               // of the workspace
};

// Blocking; nothing is left behind on failure or cancel (result->clone.cancelled).
bool createProjectWorkspace(const ProjectWorkspaceRequest &request, ProjectWorkspaceResult *result, QString *error);

// Another entry script for a project workspace: main.py and project.json rewritten and
// committed ("Entry script: <path>"). Refuses a workspace that is not a project workspace.
bool setProjectEntry(const QString &workspaceDirectory, const EntryScript &entry, QString *sha, QString *error);

// The subfolder of a project workspace that holds the clone.
inline constexpr QLatin1StringView kProjectFolder{"project"};

} // namespace dlrepro
