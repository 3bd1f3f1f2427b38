#include "workspace/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <git2.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace dlrepro {

namespace {

template <typename T, void (*Free)(T *)>
struct GitFree {
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitFree<T, Free>>;

using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using PatchPtr = GitPtr<git_patch, git_patch_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;
using ConfigPtr = GitPtr<git_config, git_config_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using BranchIteratorPtr = GitPtr<git_branch_iterator, git_branch_iterator_free>;

// "<what>: <libgit2's message>".
QString gitError(const QString &what)
{
    const git_error *e = git_error_last();
    const QString detail = e && e->message ? QString::fromUtf8(e->message).trimmed() : QCoreApplication::translate("GitRepository", "unknown libgit2 error");
    return what + QStringLiteral(": ") + detail;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString oidString(const git_oid *oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

GitCommitInfo commitToInfo(const git_commit *commit)
{
    GitCommitInfo info;
    info.sha = oidString(git_commit_id(commit));
    info.message = fromUtf8(git_commit_message(commit));
    info.summary = fromUtf8(git_commit_summary(const_cast<git_commit *>(commit)));
    info.trailers = GitRepository::parseTrailers(info.message);
    info.time = QDateTime::fromSecsSinceEpoch(git_commit_time(commit), Qt::UTC);
    if (const git_signature *author = git_commit_author(commit)) {
        info.authorName = fromUtf8(author->name);
        info.authorEmail = fromUtf8(author->email);
    }
    const unsigned int parents = git_commit_parentcount(commit);
    for (unsigned int i = 0; i < parents; ++i)
        info.parents << oidString(git_commit_parent_id(commit, i));
    return info;
}

} // namespace

void GitRepository::initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString GitCommitInfo::trailer(const QString &key) const
{
    for (auto it = trailers.crbegin(); it != trailers.crend(); ++it)
        if (it->key.compare(key, Qt::CaseInsensitive) == 0)
            return it->value;
    return {};
}

bool GitCommitInfo::hasTrailer(const QString &key) const
{
    return std::any_of(trailers.cbegin(), trailers.cend(),
                       [&](const GitTrailer &t) { return t.key.compare(key, Qt::CaseInsensitive) == 0; });
}

struct GitRepository::Private {
    git_repository *repo = nullptr;
    QString workdir;

    ~Private()
    {
        if (repo)
            git_repository_free(repo);
    }

    // A revision resolved to a commit.
    bool lookupCommit(const QString &revision, CommitPtr *out, QString *error) const
    {
        const QByteArray spec = (revision.isEmpty() ? QStringLiteral("HEAD") : revision).toUtf8();
        git_object *object = nullptr;
        if (git_revparse_single(&object, repo, spec.constData()) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "no commit '%1' in %2").arg(revision.isEmpty() ? QStringLiteral("HEAD") : revision, workdir)));
        ObjectPtr owned(object);
        git_object *peeled = nullptr;
        if (git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "'%1' in %2 is not a commit").arg(revision, workdir)));
        out->reset(reinterpret_cast<git_commit *>(peeled));
        return true;
    }

    bool headCommit(CommitPtr *out, bool *unborn, QString *error) const
    {
        *unborn = git_repository_head_unborn(repo) == 1;
        if (*unborn)
            return true;
        return lookupCommit(QStringLiteral("HEAD"), out, error);
    }

    bool refuseLocked(QString *error) const
    {
        QString why;
        if (QFileInfo::exists(QDir(QString::fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("index.lock")))) {
            why = QCoreApplication::translate("GitRepository", "the repository %1 is locked: %2 exists (another git process is working on it, or one "
                     "crashed; remove the file when none is running)")
                      .arg(workdir, QDir(QString::fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("index.lock")));
            return !fail(error, why);
        }
        return false;
    }

    bool signature(SignaturePtr *out, QString *error) const
    {
        QString name = QStringLiteral("dlrepro");
        QString email = QStringLiteral("dlrepro@localhost");
        git_config *config = nullptr;
        if (git_repository_config_snapshot(&config, repo) == 0) {
            ConfigPtr owned(config);
            const char *value = nullptr;
            if (git_config_get_string(&value, config, "user.name") == 0 && value && *value)
                name = QString::fromUtf8(value);
            if (git_config_get_string(&value, config, "user.email") == 0 && value && *value)
                email = QString::fromUtf8(value);
        }
        git_error_clear();
        git_signature *sig = nullptr;
        if (git_signature_now(&sig, name.toUtf8().constData(), email.toUtf8().constData()) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot make a signature for %1 <%2>").arg(name, email)));
        out->reset(sig);
        return true;
    }

    // Commits `tree` on HEAD (parent: HEAD's commit unless unborn).
    bool commitTree(const git_oid &treeId, const QString &message, QString *sha, QString *error)
    {
        git_tree *tree = nullptr;
        if (git_tree_lookup(&tree, repo, &treeId) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the tree to commit in %1").arg(workdir)));
        TreePtr ownedTree(tree);
        CommitPtr parent;
        bool unborn = false;
        if (!headCommit(&parent, &unborn, error))
            return false;
        SignaturePtr sig;
        if (!signature(&sig, error))
            return false;
        QByteArray text = message.toUtf8();
        if (!text.endsWith('\n'))
            text.append('\n');
        const git_commit *parents[1] = {parent.get()};
        git_oid id;
        if (git_commit_create(&id, repo, "HEAD", sig.get(), sig.get(), nullptr, text.constData(), tree,
                              unborn ? 0 : 1, parents) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot commit in %1").arg(workdir)));
        if (sha)
            *sha = oidString(&id);
        return true;
    }

    bool dirty(bool *isDirty, QStringList *paths, QString *error) const
    {
        git_status_options opts = GIT_STATUS_OPTIONS_INIT;
        opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
        opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
        git_status_list *list = nullptr;
        if (git_status_list_new(&list, repo, &opts) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the status of %1").arg(workdir)));
        StatusListPtr owned(list);
        const size_t count = git_status_list_entrycount(list);
        *isDirty = false;
        for (size_t i = 0; i < count; ++i) {
            const git_status_entry *e = git_status_byindex(list, i);
            if (e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
                continue;
            *isDirty = true;
            if (!paths)
                break;
            const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
            if (delta)
                paths->append(fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path));
        }
        if (paths) {
            paths->sort();
            paths->removeDuplicates();
        }
        return true;
    }

    bool checkoutTree(const git_commit *commit, QString *error)
    {
        git_tree *tree = nullptr;
        if (git_commit_tree(&tree, commit) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read a commit's tree in %1").arg(workdir)));
        TreePtr owned(tree);
        git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
        opts.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_RECREATE_MISSING;
        if (git_checkout_tree(repo, reinterpret_cast<const git_object *>(tree), &opts) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot update the working tree of %1").arg(workdir)));
        return true;
    }
};

GitRepository::GitRepository() = default;
GitRepository::~GitRepository() = default;
GitRepository::GitRepository(GitRepository &&other) noexcept = default;
GitRepository &GitRepository::operator=(GitRepository &&other) noexcept = default;

bool GitRepository::init(const QString &directory, GitRepository *out, QString *error)
{
    initLibrary();
    if (!QDir().mkpath(directory))
        return fail(error, QCoreApplication::translate("GitRepository", "cannot create the folder %1").arg(directory));
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    opts.initial_head = "main";
    git_repository *repo = nullptr;
    const QByteArray path = QFile::encodeName(QDir(directory).absolutePath());
    if (git_repository_init_ext(&repo, path.constData(), &opts) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot create a git repository in %1").arg(directory)));
    auto d = std::make_unique<Private>();
    d->repo = repo;
    d->workdir = QDir(directory).absolutePath();
    out->d = std::move(d);
    return true;
}

bool GitRepository::open(const QString &directory, GitRepository *out, QString *error)
{
    initLibrary();
    const QFileInfo info(directory);
    if (!info.isDir())
        return fail(error, QCoreApplication::translate("GitRepository", "%1 is not a folder").arg(directory));
    const QString absolute = QDir(info.absoluteFilePath()).canonicalPath();
    git_repository *repo = nullptr;
    const QByteArray path = QFile::encodeName(absolute);
    if (git_repository_open_ext(&repo, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 is not a git repository").arg(directory));
    auto d = std::make_unique<Private>();
    d->repo = repo;
    const char *workdir = git_repository_workdir(repo);
    if (!workdir)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 is a bare git repository (it has no working tree)").arg(directory));
    d->workdir = QDir(QString::fromUtf8(workdir)).canonicalPath();
    out->d = std::move(d);
    return true;
}

bool GitRepository::isOpen() const
{
    return d && d->repo;
}

QString GitRepository::workingDirectory() const
{
    return d ? d->workdir : QString();
}

QString GitRepository::gitDirectory() const
{
    return isOpen() ? QDir(QString::fromUtf8(git_repository_path(d->repo))).absolutePath() : QString();
}

git_repository *GitRepository::handle() const
{
    return d ? d->repo : nullptr;
}

bool GitRepository::isLocked(QString *why) const
{
    return isOpen() && d->refuseLocked(why);
}

bool GitRepository::isDirty(bool *dirty, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    return d->dirty(dirty, nullptr, error);
}

bool GitRepository::changedPaths(QStringList *paths, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    paths->clear();
    bool dirty = false;
    return d->dirty(&dirty, paths, error);
}

bool GitRepository::commitAll(const QString &message, const QList<GitTrailer> &trailers, QString *sha, QString *error,
                              bool allowEmpty)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    if (d->refuseLocked(error))
        return false;
    git_index *index = nullptr;
    if (git_repository_index(&index, d->repo) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the index of %1").arg(d->workdir)));
    IndexPtr ownedIndex(index);
    if (git_index_read(index, 0) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the index of %1").arg(d->workdir)));
    // add_all picks up new and modified files, update_all the deleted ones.
    if (git_index_add_all(index, nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0
        || git_index_update_all(index, nullptr, nullptr, nullptr) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot stage the changes in %1").arg(d->workdir)));
    git_oid treeId;
    if (git_index_write_tree(&treeId, index) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot write the tree of %1").arg(d->workdir)));
    CommitPtr head;
    bool unborn = false;
    if (!d->headCommit(&head, &unborn, error))
        return false;
    if (!allowEmpty && !unborn && git_oid_equal(&treeId, git_commit_tree_id(head.get())))
        return fail(error, QCoreApplication::translate("GitRepository", "nothing to commit in %1").arg(d->workdir));
    if (git_index_write(index) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot write the index of %1").arg(d->workdir)));
    return d->commitTree(treeId, composeMessage(message, trailers), sha, error);
}

bool GitRepository::headSha(QString *sha, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    if (git_repository_head_unborn(d->repo) == 1) {
        sha->clear();
        return true;
    }
    git_oid id;
    if (git_reference_name_to_id(&id, d->repo, "HEAD") != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot resolve HEAD in %1").arg(d->workdir)));
    *sha = oidString(&id);
    return true;
}

bool GitRepository::commitInfo(const QString &revision, GitCommitInfo *out, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    CommitPtr commit;
    if (!d->lookupCommit(revision, &commit, error))
        return false;
    *out = commitToInfo(commit.get());
    return true;
}

bool GitRepository::log(QList<GitCommitInfo> *out, QString *error, const QString &from, int maxCount) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    out->clear();
    if (from.isEmpty() && git_repository_head_unborn(d->repo) == 1)
        return true;
    CommitPtr start;
    if (!d->lookupCommit(from, &start, error))
        return false;
    git_revwalk *walk = nullptr;
    if (git_revwalk_new(&walk, d->repo) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot walk the history of %1").arg(d->workdir)));
    RevwalkPtr ownedWalk(walk);
    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push(walk, git_commit_id(start.get())) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot walk the history of %1").arg(d->workdir)));
    git_oid id;
    while ((maxCount < 0 || out->size() < maxCount) && git_revwalk_next(&id, walk) == 0) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, d->repo, &id) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read commit %1 in %2").arg(oidString(&id), d->workdir)));
        CommitPtr owned(commit);
        out->append(commitToInfo(commit));
    }
    return true;
}

bool GitRepository::diff(const QString &revision, GitDiff *out, QString *error, int contextLines) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    CommitPtr commit;
    if (!d->lookupCommit(revision, &commit, error))
        return false;
    *out = GitDiff();
    out->toSha = oidString(git_commit_id(commit.get()));
    git_tree *newTree = nullptr;
    if (git_commit_tree(&newTree, commit.get()) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the tree of %1").arg(out->toSha)));
    TreePtr ownedNew(newTree);
    TreePtr ownedOld;
    if (git_commit_parentcount(commit.get()) > 0) {
        git_commit *parent = nullptr;
        if (git_commit_parent(&parent, commit.get(), 0) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the parent of %1").arg(out->toSha)));
        CommitPtr ownedParent(parent);
        out->fromSha = oidString(git_commit_id(parent));
        git_tree *oldTree = nullptr;
        if (git_commit_tree(&oldTree, parent) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the tree of %1").arg(out->fromSha)));
        ownedOld.reset(oldTree);
    }
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = uint32_t(std::max(0, contextLines));
    git_diff *diff = nullptr;
    if (git_diff_tree_to_tree(&diff, d->repo, ownedOld.get(), newTree, &opts) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot diff %1").arg(out->toSha)));
    DiffPtr ownedDiff(diff);
    git_diff_find_options findOpts = GIT_DIFF_FIND_OPTIONS_INIT;
    findOpts.flags = GIT_DIFF_FIND_RENAMES;
    git_diff_find_similar(diff, &findOpts);

    git_buf buf = GIT_BUF_INIT;
    if (git_diff_to_buf(&buf, diff, GIT_DIFF_FORMAT_PATCH) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot format the diff of %1").arg(out->toSha)));
    out->patch = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);

    const size_t deltas = git_diff_num_deltas(diff);
    for (size_t i = 0; i < deltas; ++i) {
        git_patch *patch = nullptr;
        if (git_patch_from_diff(&patch, diff, i) != 0)
            return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the diff of %1").arg(out->toSha)));
        PatchPtr ownedPatch(patch);
        const git_diff_delta *delta = git_diff_get_delta(diff, i);
        GitFileStat stat;
        stat.path = fromUtf8(delta->status == GIT_DELTA_DELETED ? delta->old_file.path : delta->new_file.path);
        stat.oldPath = fromUtf8(delta->old_file.path);
        switch (delta->status) {
        case GIT_DELTA_ADDED: stat.status = u'A'; break;
        case GIT_DELTA_DELETED: stat.status = u'D'; break;
        case GIT_DELTA_RENAMED: stat.status = u'R'; break;
        case GIT_DELTA_TYPECHANGE: stat.status = u'T'; break;
        default: stat.status = u'M'; break;
        }
        stat.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        size_t context = 0, additions = 0, deletions = 0;
        if (patch && git_patch_line_stats(&context, &additions, &deletions, patch) == 0) {
            stat.additions = int(additions);
            stat.deletions = int(deletions);
        }
        out->additions += stat.additions;
        out->deletions += stat.deletions;
        out->files.append(stat);
    }
    return true;
}

bool GitRepository::revert(const QString &revision, QString *newSha, QString *error,
                           const QList<GitTrailer> &extraTrailers)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    if (d->refuseLocked(error))
        return false;
    bool isDirty = false;
    if (!d->dirty(&isDirty, nullptr, error))
        return false;
    if (isDirty)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 has uncommitted changes: commit them (a checkpoint) before reverting").arg(d->workdir));
    CommitPtr target;
    if (!d->lookupCommit(revision, &target, error))
        return false;
    const GitCommitInfo info = commitToInfo(target.get());
    if (info.parents.size() > 1)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 is a merge commit; reverting one is not supported").arg(info.sha));
    if (info.parents.isEmpty())
        return fail(error, QCoreApplication::translate("GitRepository", "%1 is the first commit; there is nothing before it to go back to").arg(info.sha));
    CommitPtr head;
    bool unborn = false;
    if (!d->headCommit(&head, &unborn, error))
        return false;
    git_index *index = nullptr;
    if (git_revert_commit(&index, d->repo, target.get(), head.get(), 0, nullptr) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot revert %1").arg(info.sha)));
    IndexPtr ownedIndex(index);
    if (git_index_has_conflicts(index))
        return fail(error, QCoreApplication::translate("GitRepository", "reverting %1 conflicts with later changes; nothing was changed").arg(info.sha));
    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index, d->repo) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot write the reverted tree")));
    git_tree *tree = nullptr;
    if (git_tree_lookup(&tree, d->repo, &treeId) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the reverted tree")));
    TreePtr ownedTree(tree);
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (git_checkout_tree(d->repo, reinterpret_cast<const git_object *>(tree), &opts) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot update the working tree of %1").arg(d->workdir)));
    QList<GitTrailer> trailers = extraTrailers;
    trailers.append({QStringLiteral("Reverts"), info.sha});
    const QString message = QStringLiteral("Revert \"%1\"\n\nThis reverts commit %2.").arg(info.summary, info.sha);
    return d->commitTree(treeId, composeMessage(message, trailers), newSha, error);
}

bool GitRepository::createBranch(const QString &name, QString *error, const QString &from)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    if (d->refuseLocked(error))
        return false;
    const QByteArray utf8 = name.toUtf8();
    int valid = 0;
    if (name.isEmpty() || git_branch_name_is_valid(&valid, utf8.constData()) != 0 || !valid)
        return fail(error, QCoreApplication::translate("GitRepository", "'%1' is not a valid branch name").arg(name));
    git_reference *existing = nullptr;
    if (git_branch_lookup(&existing, d->repo, utf8.constData(), GIT_BRANCH_LOCAL) == 0) {
        git_reference_free(existing);
        return fail(error, QCoreApplication::translate("GitRepository", "a branch '%1' already exists in %2").arg(name, d->workdir));
    }
    git_error_clear();
    CommitPtr start;
    if (!d->lookupCommit(from, &start, error))
        return false;
    git_reference *ref = nullptr;
    if (git_branch_create(&ref, d->repo, utf8.constData(), start.get(), 0) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot create the branch '%1'").arg(name)));
    git_reference_free(ref);
    return true;
}

bool GitRepository::switchTo(const QString &name, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    if (d->refuseLocked(error))
        return false;
    git_reference *ref = nullptr;
    if (git_branch_lookup(&ref, d->repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0)
        return fail(error, QCoreApplication::translate("GitRepository", "no branch '%1' in %2").arg(name, d->workdir));
    ReferencePtr owned(ref);
    bool isDirty = false;
    if (!d->dirty(&isDirty, nullptr, error))
        return false;
    if (isDirty)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 has uncommitted changes: commit them (a checkpoint) before switching branches").arg(d->workdir));
    git_object *object = nullptr;
    if (git_reference_peel(&object, ref, GIT_OBJECT_COMMIT) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the branch '%1'").arg(name)));
    ObjectPtr ownedObject(object);
    if (!d->checkoutTree(reinterpret_cast<git_commit *>(object), error))
        return false;
    if (git_repository_set_head(d->repo, git_reference_name(ref)) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot switch to the branch '%1'").arg(name)));
    return true;
}

bool GitRepository::branches(QStringList *names, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    names->clear();
    git_branch_iterator *it = nullptr;
    if (git_branch_iterator_new(&it, d->repo, GIT_BRANCH_LOCAL) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot list the branches of %1").arg(d->workdir)));
    BranchIteratorPtr owned(it);
    git_reference *ref = nullptr;
    git_branch_t type;
    while (git_branch_next(&ref, &type, it) == 0) {
        const char *branchName = nullptr;
        if (git_branch_name(&branchName, ref) == 0)
            names->append(fromUtf8(branchName));
        git_reference_free(ref);
    }
    git_error_clear();
    names->sort();
    return true;
}

QString GitRepository::currentBranch() const
{
    if (!isOpen() || git_repository_head_detached(d->repo) == 1)
        return {};
    git_reference *head = nullptr;
    if (git_reference_lookup(&head, d->repo, "HEAD") != 0) {
        git_error_clear();
        return {};
    }
    ReferencePtr owned(head);
    if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC)
        return {};
    QString target = fromUtf8(git_reference_symbolic_target(head));
    const QString prefix = QStringLiteral("refs/heads/");
    return target.startsWith(prefix) ? target.mid(prefix.size()) : target;
}

bool GitRepository::readFile(const QString &revision, const QString &path, QByteArray *content, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("GitRepository", "no repository is open"));
    CommitPtr commit;
    if (!d->lookupCommit(revision, &commit, error))
        return false;
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit.get()) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read the tree of %1").arg(revision)));
    TreePtr ownedTree(tree);
    git_tree_entry *entry = nullptr;
    const QString sha = oidString(git_commit_id(commit.get()));
    if (git_tree_entry_bypath(&entry, tree, path.toUtf8().constData()) != 0) {
        git_error_clear();
        return fail(error, QCoreApplication::translate("GitRepository", "no such file at %1: %2").arg(sha.left(12), path));
    }
    TreeEntryPtr ownedEntry(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return fail(error, QCoreApplication::translate("GitRepository", "%1 at %2 is not a file").arg(path, sha.left(12)));
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, d->repo, git_tree_entry_id(entry)) != 0)
        return fail(error, gitError(QCoreApplication::translate("GitRepository", "cannot read %1 at %2").arg(path, sha.left(12))));
    BlobPtr ownedBlob(blob);
    *content = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    return true;
}

QList<GitTrailer> GitRepository::parseTrailers(const QString &message)
{
    initLibrary();
    QList<GitTrailer> out;
    git_message_trailer_array array{};
    const QByteArray utf8 = message.toUtf8();
    if (git_message_trailers(&array, utf8.constData()) != 0) {
        git_error_clear();
        return out;
    }
    for (size_t i = 0; i < array.count; ++i)
        out.append({fromUtf8(array.trailers[i].key), fromUtf8(array.trailers[i].value)});
    git_message_trailer_array_free(&array);
    return out;
}

QString GitRepository::composeMessage(const QString &message, const QList<GitTrailer> &trailers)
{
    QString text = message.trimmed();
    if (trailers.isEmpty())
        return text + QLatin1Char('\n');
    text += QStringLiteral("\n\n");
    for (const GitTrailer &t : trailers) {
        // A trailer value is one line; a newline would end the block early.
        QString value = t.value;
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += t.key + QStringLiteral(": ") + value.trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace dlrepro
