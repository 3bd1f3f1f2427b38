#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct git_repository;

namespace dlrepro {

// One "Key: value" line of a commit message's trailer block (git interpret-trailers).
struct GitTrailer {
    QString key;
    QString value;
    friend bool operator==(const GitTrailer &, const GitTrailer &) = default;
};

struct GitCommitInfo {
    QString sha;     // 40 hex digits
    QString summary; // the first line of the message
    QString message; // the whole message, trailers included
    QList<GitTrailer> trailers;
    QDateTime time;  // committer time, UTC
    QString authorName;
    QString authorEmail;
    QStringList parents; // shas, first parent first

    // The last value of a trailer key (keys compare case-insensitively); empty when absent.
    QString trailer(const QString &key) const;
    bool hasTrailer(const QString &key) const;
};

// What one commit changed in one file.
struct GitFileStat {
    QString path;    // the new path (the old one for a deletion)
    QString oldPath; // differs from path for a rename
    QChar status;    // 'A' added, 'M' modified, 'D' deleted, 'R' renamed, 'T' type change
    int additions = 0;
    int deletions = 0;
    bool binary = false;
};

struct GitDiff {
    QString fromSha; // the parent compared against (empty for a root commit)
    QString toSha;
    QString patch;   // unified text, git's own format ("diff --git a/… b/…")
    QList<GitFileStat> files;
    int additions = 0;
    int deletions = 0;
};

// A thin RAII wrapper over a libgit2 repository with a working tree: no git executable is
// started. Every failing call returns false and sets *error to a sentence naming the repository
// and libgit2's own message (git_error_last). Move-only; a default-constructed one is closed.
// Not thread-safe: one thread per GitRepository (libgit2 objects are not shared).
class GitRepository {
public:
    GitRepository();
    ~GitRepository();
    GitRepository(GitRepository &&other) noexcept;
    GitRepository &operator=(GitRepository &&other) noexcept;
    GitRepository(const GitRepository &) = delete;
    GitRepository &operator=(const GitRepository &) = delete;

    // A new repository in `directory` (created when missing), HEAD on "main" and no commit yet.
    static bool init(const QString &directory, GitRepository *out, QString *error);
    // The repository whose working tree is exactly `directory` (a parent's repository does not
    // count: a folder inside another repository is not one).
    static bool open(const QString &directory, GitRepository *out, QString *error);

    bool isOpen() const;
    QString workingDirectory() const; // absolute, no trailing slash
    QString gitDirectory() const;     // ".git" inside it

    // Another git process holds the index (".git/index.lock" exists): every writing call fails
    // with this sentence, naming the file, rather than racing it.
    bool isLocked(QString *why = nullptr) const;
    // Uncommitted changes in the working tree or index, untracked files included (ignored ones
    // not). *dirty is set; false only on error.
    bool isDirty(bool *dirty, QString *error) const;
    // The paths isDirty counts, sorted.
    bool changedPaths(QStringList *paths, QString *error) const;

    // Stages every change of the working tree (additions, modifications, deletions; what
    // .gitignore ignores stays out) and commits it on HEAD with `message` followed by the
    // trailers. Author and committer: user.name/user.email from the git configuration when set,
    // else "dlrepro" <dlrepro@localhost>; the time is now. With nothing to commit and
    // allowEmpty false: returns false with "nothing to commit". *sha (optional) gets the commit.
    bool commitAll(const QString &message, const QList<GitTrailer> &trailers, QString *sha, QString *error,
                   bool allowEmpty = false);

    // The sha HEAD points at; empty (and true) for a repository with no commit yet.
    bool headSha(QString *sha, QString *error) const;
    // Resolves a revision (a sha, an abbreviated sha of 4+ digits, a branch, "HEAD", "HEAD~2")
    // to a commit.
    bool commitInfo(const QString &revision, GitCommitInfo *out, QString *error) const;
    // Commits reachable from `from` (default HEAD), newest first (time then topological order).
    // maxCount < 0: all. An empty repository gives an empty list.
    bool log(QList<GitCommitInfo> *out, QString *error, const QString &from = QString(), int maxCount = -1) const;

    // The commit against its first parent (against the empty tree for a root commit).
    bool diff(const QString &revision, GitDiff *out, QString *error, int contextLines = 3) const;
    // The changes of `revision` undone on HEAD as a new commit "Revert \"<summary>\"" with the
    // body "This reverts commit <sha>." and a trailer "Reverts: <sha>"; the working tree is
    // updated. Refuses a dirty tree, a merge commit, and a revert that conflicts (nothing is
    // changed then).
    bool revert(const QString &revision, QString *newSha, QString *error,
                const QList<GitTrailer> &extraTrailers = {});

    // Branches. create: at `from` (default HEAD), refusing an invalid or existing name.
    // switchTo: checks the branch out (refuses a dirty tree, so that nothing is lost).
    bool createBranch(const QString &name, QString *error, const QString &from = QString());
    bool switchTo(const QString &name, QString *error);
    bool branches(QStringList *names, QString *error) const; // local, sorted
    // The branch HEAD is on; empty when HEAD is detached. "main" for a repository just made.
    QString currentBranch() const;

    // A file's content at a revision (path relative to the working tree, '/'-separated).
    // Fails with "no such file at <sha>" when it is not there.
    bool readFile(const QString &revision, const QString &path, QByteArray *content, QString *error) const;

    // The trailer block of a message (libgit2's git_message_trailers).
    static QList<GitTrailer> parseTrailers(const QString &message);
    // message + blank line + "Key: value" lines (no trailing block when trailers is empty).
    static QString composeMessage(const QString &message, const QList<GitTrailer> &trailers);

    // For callers that need libgit2 itself (ProjectClone); owned by this object.
    git_repository *handle() const;

    // git_libgit2_init once per process (safe to call often, from any thread); every static
    // and constructor here calls it.
    static void initLibrary();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dlrepro
