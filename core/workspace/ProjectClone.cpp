#include "workspace/ProjectClone.h"

#include "online/OnlineReport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <git2.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace dlrepro {

namespace {

void ensureLibgit2()
{
    // Reference-counted by libgit2; never shut down so other users of the library stay valid.
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

QString lastGitError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QCoreApplication::translate("ProjectClone", "unknown libgit2 error");
}

struct CloneState {
    const CloneRequest *request = nullptr;
    CloneProgress progress;
    bool cancelled = false;
    int credentialAttempts = 0;
    bool offeredToken = false;
    QString authProblem; // why the credentials ran out, in words
};

bool report(CloneState *state)
{
    if (state->cancelled)
        return false;
    if (state->request->onProgress && !state->request->onProgress(state->progress))
        state->cancelled = true;
    return !state->cancelled;
}

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<CloneState *>(payload);
    CloneProgress &p = state->progress;
    p.totalObjects = stats->total_objects;
    p.receivedObjects = stats->received_objects;
    p.indexedObjects = stats->indexed_objects;
    p.receivedBytes = static_cast<qint64>(stats->received_bytes);
    p.stage = stats->received_objects < stats->total_objects || stats->total_objects == 0
                  ? CloneProgress::Stage::Receiving
                  : CloneProgress::Stage::Indexing;
    return report(state) ? 0 : GIT_EUSER;
}

void onCheckout(const char *path, size_t completed, size_t total, void *payload)
{
    auto *state = static_cast<CloneState *>(payload);
    CloneProgress &p = state->progress;
    p.stage = CloneProgress::Stage::Checkout;
    p.checkoutCompleted = static_cast<qint64>(completed);
    p.checkoutTotal = static_cast<qint64>(total);
    p.path = path ? QString::fromUtf8(path) : QString();
    // A checkout cannot be interrupted from here: a cancel takes effect once it returns.
    report(state);
}

QByteArray environmentToken()
{
    for (const char *name : {"GIT_TOKEN", "GITHUB_TOKEN"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

int onCredentials(git_credential **out, const char *, const char *userFromUrl, unsigned int allowed,
                  void *payload)
{
    auto *state = static_cast<CloneState *>(payload);
    // libgit2 asks again after a rejected credential; the same one would be rejected forever.
    if (++state->credentialAttempts > 2) {
        state->authProblem = state->offeredToken
            ? QCoreApplication::translate("ProjectClone", "authentication failed with the token from GIT_TOKEN/GITHUB_TOKEN")
            : QCoreApplication::translate("ProjectClone", "authentication required (set GIT_TOKEN or GITHUB_TOKEN for https, "
                                                          "or run an SSH agent for ssh)");
        return GIT_EAUTH;
    }
    const QByteArray user = userFromUrl && *userFromUrl ? QByteArray(userFromUrl) : qgetenv("GIT_USERNAME");
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            state->authProblem = QCoreApplication::translate(
                "ProjectClone", "the repository needs an SSH key and no SSH agent is running (SSH_AUTH_SOCK)");
            return GIT_EAUTH;
        }
        return git_credential_ssh_key_from_agent(out, user.isEmpty() ? "git" : user.constData());
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        const QByteArray token = environmentToken();
        if (token.isEmpty()) {
            state->authProblem = QCoreApplication::translate(
                "ProjectClone", "the repository asks for credentials: set GIT_TOKEN or GITHUB_TOKEN");
            return GIT_EAUTH;
        }
        state->offeredToken = true;
        return git_credential_userpass_plaintext_new(out, user.isEmpty() ? "x-access-token" : user.constData(),
                                                     token.constData());
    }
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user.isEmpty() ? "git" : user.constData());
    return GIT_PASSTHROUGH;
}

QString oidText(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

// Checks the commit out (worktree and index) and detaches HEAD there.
bool checkoutCommit(git_repository *repo, const QString &revision, CloneState *state, CloneResult *result)
{
    git_object *object = nullptr;
    const QByteArray spec = (revision + QStringLiteral("^{commit}")).toUtf8();
    if (git_revparse_single(&object, repo, spec.constData()) != 0) {
        result->error = QCoreApplication::translate("ProjectClone", "the commit %1 does not exist in %2").arg(revision, state->request->url);
        return false;
    }
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    // The worktree is our own fresh, empty clone: nothing there to protect.
    options.checkout_strategy = GIT_CHECKOUT_FORCE;
    options.progress_cb = onCheckout;
    options.progress_payload = state;
    bool ok = git_checkout_tree(repo, object, &options) == 0;
    if (!ok)
        result->error = QCoreApplication::translate("ProjectClone", "could not check out %1: %2").arg(revision, lastGitError());
    else if (git_repository_set_head_detached(repo, git_object_id(object)) != 0) {
        result->error = QCoreApplication::translate("ProjectClone", "could not detach HEAD at %1: %2").arg(revision, lastGitError());
        ok = false;
    }
    if (ok) {
        result->commitSha = oidText(git_object_id(object));
        result->commitSummary = QString::fromUtf8(git_commit_summary(reinterpret_cast<git_commit *>(object)));
    }
    git_object_free(object);
    return ok;
}

bool headCommit(git_repository *repo, CloneResult *result)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repo, "HEAD^{commit}") != 0) {
        result->error = QCoreApplication::translate("ProjectClone", "the repository %1 has no commits").arg(result->directory);
        return false;
    }
    result->commitSha = oidText(git_object_id(object));
    result->commitSummary = QString::fromUtf8(git_commit_summary(reinterpret_cast<git_commit *>(object)));
    git_object_free(object);
    return true;
}

// The folder the clone goes to: absent, or an empty folder.
bool checkTarget(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (!info.exists())
        return true;
    if (!info.isDir()) {
        *error = QCoreApplication::translate("ProjectClone", "%1 exists and is not a folder").arg(directory);
        return false;
    }
    if (!QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = QCoreApplication::translate("ProjectClone", "%1 exists and is not empty").arg(directory);
        return false;
    }
    return true;
}

} // namespace

int CloneProgress::percent() const
{
    auto part = [](qint64 done, qint64 total) { return total > 0 ? double(done) / double(total) : 0.0; };
    double value = 0.0;
    switch (stage) {
    case Stage::Receiving:
        value = 45.0 * part(receivedObjects, totalObjects);
        break;
    case Stage::Indexing:
        value = 45.0 + 45.0 * part(indexedObjects, totalObjects);
        break;
    case Stage::Checkout:
        value = 90.0 + 10.0 * part(checkoutCompleted, checkoutTotal);
        break;
    }
    return qBound(0, int(value), 100);
}

CloneResult cloneProject(const CloneRequest &request)
{
    ensureLibgit2();
    CloneResult result;
    if (request.url.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("ProjectClone", "no repository url given");
        return result;
    }
    if (request.directory.isEmpty()) {
        result.error = QCoreApplication::translate("ProjectClone", "no target folder given");
        return result;
    }
    const QFileInfo target(request.directory);
    result.directory = target.absoluteFilePath();
    if (!checkTarget(result.directory, &result.error))
        return result;
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = QCoreApplication::translate("ProjectClone", "cannot create the folder %1").arg(parent);
        return result;
    }
    QTemporaryDir staging(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral(".clone-XXXXXX"));
    if (!staging.isValid()) {
        result.error = QCoreApplication::translate("ProjectClone", "cannot create a temporary folder in %1: %2").arg(parent, staging.errorString());
        return result;
    }

    CloneState state;
    state.request = &request;
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.fetch_opts.callbacks.transfer_progress = onTransfer;
    options.fetch_opts.callbacks.credentials = onCredentials;
    options.fetch_opts.callbacks.payload = &state;
    // With a commit to check out, the default branch's files would be written only to be replaced.
    options.checkout_opts.checkout_strategy = request.commit.isEmpty() ? GIT_CHECKOUT_SAFE : GIT_CHECKOUT_NONE;
    options.checkout_opts.progress_cb = onCheckout;
    options.checkout_opts.progress_payload = &state;

    git_repository *repo = nullptr;
    const QByteArray url = request.url.trimmed().toUtf8();
    const QByteArray path = QFile::encodeName(staging.path());
    const int rc = git_clone(&repo, url.constData(), path.constData(), &options);
    if (rc != 0 || state.cancelled) {
        if (state.cancelled)
            result.cancelled = true;
        else
            result.error = QCoreApplication::translate("ProjectClone", "could not clone %1: %2")
                               .arg(request.url, state.authProblem.isEmpty() ? lastGitError() : state.authProblem);
        git_repository_free(repo);
        return result;
    }
    result.receivedBytes = state.progress.receivedBytes;
    const bool ok = request.commit.isEmpty() ? headCommit(repo, &result)
                                             : checkoutCommit(repo, request.commit.trimmed(), &state, &result);
    result.files = state.progress.checkoutTotal;
    git_repository_free(repo);
    if (!ok)
        return result;
    if (state.cancelled) {
        result.cancelled = true;
        return result;
    }
    // rename(2) replaces an empty target folder, and is atomic on one file system.
    if (std::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(result.directory).constData()) != 0) {
        result.error = QCoreApplication::translate("ProjectClone", "cannot move the clone into %1: %2").arg(result.directory, QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    staging.setAutoRemove(false);
    return result;
}

// ---- references in reports -------------------------------------------------------------------

QString normalizeGitHubRepository(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(?:https?://|git@|ssh://git@)?(?:www\.)?github\.com[/:])?([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+?)(?:\.git)?/*$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return m.captured(1) + QLatin1Char('/') + m.captured(2);
}

QString ProjectReference::cloneUrl() const
{
    if (!url.isEmpty())
        return url;
    return repository.isEmpty() ? QString() : QStringLiteral("https://github.com/%1.git").arg(repository);
}

ProjectReference findProjectReference(const QString &text, const QString &defaultRepository)
{
    static const QRegularExpression atCommit(
        QStringLiteral(R"(github\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)/(?:commit|tree|blob)/([0-9a-fA-F]{7,40})\b)"));
    static const QRegularExpression repositoryOnly(
        QStringLiteral(R"(github\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+))"));
    static const QRegularExpression bareCommit(
        QStringLiteral(R"(\bcommit\s+(?:id\s+|sha\s+)?[`'"]?([0-9a-fA-F]{7,40})\b)"),
        QRegularExpression::CaseInsensitiveOption);

    ProjectReference reference;
    const QRegularExpressionMatch full = atCommit.match(text);
    if (full.hasMatch()) {
        reference.repository = normalizeGitHubRepository(full.captured(1) + QLatin1Char('/') + full.captured(2));
        reference.commit = full.captured(3).toLower();
        reference.evidence = full.captured(0);
        return reference;
    }
    QString repository = normalizeGitHubRepository(defaultRepository);
    QString repositoryEvidence;
    // GitHub's own pages (issues, pulls) name the repository too; skip its reserved first segments.
    auto it = repositoryOnly.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        static const QStringList reserved{QStringLiteral("orgs"), QStringLiteral("settings"), QStringLiteral("topics"),
                                          QStringLiteral("marketplace"), QStringLiteral("features")};
        if (reserved.contains(m.captured(1)))
            continue;
        const QString named = normalizeGitHubRepository(m.captured(1) + QLatin1Char('/') + m.captured(2));
        if (!named.isEmpty()) {
            if (repository.isEmpty())
                repository = named;
            repositoryEvidence = m.captured(0);
            break;
        }
    }
    const QRegularExpressionMatch commit = bareCommit.match(text);
    if (commit.hasMatch() && !repository.isEmpty()) {
        reference.repository = repository;
        reference.commit = commit.captured(1).toLower();
        reference.evidence = commit.captured(0);
        return reference;
    }
    reference.repository = repository;
    reference.evidence = repositoryEvidence;
    return reference;
}

ProjectReference findProjectReference(const Report &report)
{
    QStringList texts{report.title, report.body.text};
    for (const Post &comment : report.comments)
        texts.append(comment.text);
    for (const Answer &answer : report.answers)
        texts.append(answer.post.text);
    ProjectReference repositoryOnly;
    for (const QString &text : std::as_const(texts)) {
        const ProjectReference found = findProjectReference(text, report.repository);
        if (found.isValid() && !found.commit.isEmpty())
            return found;
        if (!repositoryOnly.isValid() && found.isValid())
            repositoryOnly = found;
    }
    return repositoryOnly;
}

// ---- entry scripts ---------------------------------------------------------------------------

namespace {

bool skippedFolder(const QString &name)
{
    static const QStringList names{QStringLiteral("venv"), QStringLiteral("env"), QStringLiteral("site-packages"),
                                   QStringLiteral("node_modules"), QStringLiteral("__pycache__"),
                                   QStringLiteral("build"), QStringLiteral("dist")};
    return name.startsWith(QLatin1Char('.')) || names.contains(name);
}

bool isTestFile(const QString &relative)
{
    const QString name = relative.section(QLatin1Char('/'), -1);
    return name.startsWith(QStringLiteral("test_")) || name.endsWith(QStringLiteral("_test.py"))
        || name == QStringLiteral("conftest.py") || name == QStringLiteral("setup.py")
        || relative.startsWith(QStringLiteral("tests/")) || relative.contains(QStringLiteral("/tests/"));
}

// `python train.py --epochs 1`, `python3 -m pkg.train`, `!python main.py` in README files.
void readmeCommands(const QString &root, QHash<QString, EntryScript> *scripts)
{
    static const QRegularExpression command(
        QStringLiteral(R"((?:^|[\s`$!>])python(?:3(?:\.\d+)?)?\s+(-m\s+)?([A-Za-z0-9_./-]+)([^\n`|&;]*))"),
        QRegularExpression::MultilineOption);
    const QFileInfoList readmes = QDir(root).entryInfoList({QStringLiteral("README*"), QStringLiteral("readme*")},
                                                           QDir::Files);
    for (const QFileInfo &readme : readmes) {
        QFile file(readme.filePath());
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto it = command.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString script = m.captured(2);
            if (!m.captured(1).isEmpty())
                script = script.replace(QLatin1Char('.'), QLatin1Char('/')) + QStringLiteral(".py");
            if (script.startsWith(QStringLiteral("./")))
                script = script.mid(2);
            if (!script.endsWith(QStringLiteral(".py")) || !QFileInfo(QDir(root).filePath(script)).isFile())
                continue;
            EntryScript &entry = (*scripts)[script];
            if (entry.path.isEmpty())
                entry.path = script;
            // The command without the quote or prompt character in front of it.
            QString commandText = m.captured(0).trimmed();
            while (!commandText.isEmpty() && QStringLiteral("`$!>").contains(commandText.front()))
                commandText = commandText.mid(1).trimmed();
            const QString reason = QCoreApplication::translate("ProjectClone", "%1 runs it: %2")
                                       .arg(readme.fileName(), commandText);
            if (entry.arguments.isEmpty() && !entry.reasons.contains(reason)) {
                entry.arguments = QProcess::splitCommand(m.captured(3).trimmed());
                entry.reasons.append(reason);
                entry.score += 40;
            }
        }
    }
}

bool hasMainGuard(const QString &path)
{
    static const QRegularExpression guard(QStringLiteral(R"(^if\s+__name__\s*==\s*['"]__main__['"]\s*:)"),
                                          QRegularExpression::MultilineOption);
    QFile file(path);
    if (file.size() > 2 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return false;
    return guard.match(QString::fromUtf8(file.readAll())).hasMatch();
}

} // namespace

QList<EntryScript> findEntryScripts(const QString &projectDirectory, int maxFiles)
{
    const QString root = QDir(projectDirectory).absolutePath();
    QHash<QString, EntryScript> scripts;
    readmeCommands(root, &scripts);

    int seen = 0;
    QStringList pending{root};
    while (!pending.isEmpty() && seen < maxFiles) {
        const QDir dir(pending.takeFirst()); // breadth first: top-level scripts before deep ones
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                                                        QDir::Name);
        for (const QFileInfo &info : entries) {
            if (info.isDir()) {
                if (!skippedFolder(info.fileName()))
                    pending.append(info.filePath());
                continue;
            }
            if (info.suffix() != QStringLiteral("py") || ++seen > maxFiles)
                continue;
            const QString relative = QDir(root).relativeFilePath(info.filePath());
            if (isTestFile(relative) && !scripts.contains(relative))
                continue;
            const QString name = info.completeBaseName().toLower();
            QStringList reasons;
            int score = 0;
            if (hasMainGuard(info.filePath())) {
                reasons.append(QCoreApplication::translate("ProjectClone", "has an if __name__ == \"__main__\" block"));
                score += 20;
            }
            if (name.startsWith(QStringLiteral("train"))) {
                reasons.append(QCoreApplication::translate("ProjectClone", "named train*.py"));
                score += 15;
            } else if (name == QStringLiteral("main") || name == QStringLiteral("__main__")) {
                reasons.append(QCoreApplication::translate("ProjectClone", "named %1").arg(info.fileName()));
                score += 15;
            } else if (name.startsWith(QStringLiteral("run")) || name == QStringLiteral("demo")
                       || name == QStringLiteral("example")) {
                reasons.append(QCoreApplication::translate("ProjectClone", "named %1").arg(info.fileName()));
                score += 5;
            }
            if (score == 0 && !scripts.contains(relative))
                continue;
            EntryScript &entry = scripts[relative];
            entry.path = relative;
            entry.reasons.append(reasons);
            entry.score += score - 2 * int(relative.count(QLatin1Char('/')));
        }
    }
    QList<EntryScript> list = scripts.values();
    std::sort(list.begin(), list.end(), [](const EntryScript &a, const EntryScript &b) {
        return a.score != b.score ? a.score > b.score : a.path < b.path;
    });
    return list;
}

// ---- a workspace around a cloned project ------------------------------------------------------

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A Python string literal for any text (a JSON string is one).
QString pythonLiteral(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString pythonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QString launcherCode(const QString &url, const QString &sha, const EntryScript &entry, const QString &finalProjectPath)
{
    QString code;
    code += QStringLiteral("# dlrepro: runs the project's entry script as `python %1` would, from the project's folder.\n")
                .arg((QStringList{entry.path} + entry.arguments).join(QLatin1Char(' ')));
    code += QStringLiteral("# project/ is %1 at commit %2, a clone with its own history (see project.json).\n")
                .arg(url, sha);
    code += QStringLiteral(
        "import os\n"
        "import runpy\n"
        "import sys\n"
        "\n");
    code += QStringLiteral("ENTRY = %1\n").arg(pythonLiteral(entry.path));
    code += QStringLiteral("ARGUMENTS = %1\n").arg(pythonList(entry.arguments));
    code += QStringLiteral(
        "\n"
        "PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), \"project\")\n"
        "if not os.path.isdir(PROJECT):  # the runner copied this file alone (a large project)\n");
    code += QStringLiteral("    PROJECT = %1\n").arg(pythonLiteral(finalProjectPath));
    code += QStringLiteral(
        "script = os.path.join(PROJECT, ENTRY)\n"
        "os.chdir(PROJECT)\n"
        "sys.path.insert(0, os.path.dirname(script))\n"
        "sys.argv = [script] + ARGUMENTS\n"
        "runpy.run_path(script, run_name=\"__main__\")\n");
    return code;
}

Report projectReport(const ProjectReference &project, const CloneResult &clone, const EntryScript &entry,
                     const QString &entryCode)
{
    Report report;
    const QString shortSha = clone.commitSha.left(7);
    if (!project.repository.isEmpty()) {
        report.source = ReportSource::GitHub;
        report.repository = project.repository;
        report.id = QStringLiteral("gh:%1@%2").arg(project.repository, shortSha);
        report.url = QStringLiteral("https://github.com/%1/commit/%2").arg(project.repository, clone.commitSha);
    } else {
        report.id = QStringLiteral("%1@%2").arg(QFileInfo(project.cloneUrl()).completeBaseName(), shortSha);
    }
    report.title = QStringLiteral("%1 at %2: %3")
                       .arg(project.repository.isEmpty() ? project.cloneUrl() : project.repository, shortSha,
                            clone.commitSummary);
    Post &body = report.body;
    body.text = QCoreApplication::translate("ProjectClone", "The project %1 at commit %2 (%3). Entry script: %4")
                    .arg(project.cloneUrl(), clone.commitSha, clone.commitSummary,
                         (QStringList{entry.path} + entry.arguments).join(QLatin1Char(' ')));
    if (!entryCode.trimmed().isEmpty()) {
        body.text += QStringLiteral("\n\n");
        CodeBlock block;
        block.text = entryCode.endsWith(QLatin1Char('\n')) ? entryCode.chopped(1) : entryCode;
        block.language = QStringLiteral("python");
        block.span = {body.text.size(), block.text.size()};
        body.text += block.text;
        body.codeBlocks.append(block);
    }
    return report;
}

// main.py (the launcher) and project.json (with entry and arguments) of a project workspace
// whose final folder is finalDirectory.
bool writeLauncher(Workspace &workspace, const QString &finalDirectory, const EntryScript &entry, QJsonObject *projectJson,
                   QString *error)
{
    projectJson->insert(QStringLiteral("entry"), entry.path);
    projectJson->insert(QStringLiteral("arguments"), QJsonArray::fromStringList(entry.arguments));
    const QString code = launcherCode(projectJson->value(QStringLiteral("url")).toString(),
                                      projectJson->value(QStringLiteral("commit")).toString(), entry,
                                      finalDirectory + QLatin1Char('/') + kProjectFolder);
    return writeFileAtomically(workspace.path(workspace_files::kMain), code.toUtf8(), error)
        && writeFileAtomically(workspace.path(QLatin1StringView("project.json")),
                               QJsonDocument(*projectJson).toJson(QJsonDocument::Indented), error);
}

bool writeFileOnce(const QString &path, const QByteArray &data, bool append, QString *error)
{
    QFile file(path);
    if (!file.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)) || file.write(data) != data.size())
        return failWith(error, QCoreApplication::translate("ProjectClone", "cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

bool createProjectWorkspace(const ProjectWorkspaceRequest &request, ProjectWorkspaceResult *result, QString *error)
{
    *result = ProjectWorkspaceResult();
    const QString target = QFileInfo(request.clone.directory).absoluteFilePath();
    if (request.clone.directory.isEmpty())
        return failWith(error, QCoreApplication::translate("ProjectClone", "no workspace folder given"));
    if (!checkTarget(target, error))
        return false;

    // The report first: it may name the repository and commit.
    std::optional<Report> given;
    ProjectReference project;
    if (!request.reportInput.isEmpty()) {
        const ImportResult imported = loadReport(request.reportInput);
        if (!imported.ok())
            return failWith(error, imported.error);
        given = imported.reports.first();
        project = findProjectReference(*given);
    }
    CloneRequest clone = request.clone;
    if (!clone.url.trimmed().isEmpty()) {
        const QString repository = normalizeGitHubRepository(clone.url);
        project.url = clone.url.trimmed();
        project.repository = repository;
        if (!clone.commit.isEmpty())
            project.commit = clone.commit;
    } else if (project.isValid()) {
        clone.url = project.cloneUrl();
    } else {
        return failWith(error, request.reportInput.isEmpty()
                                   ? QCoreApplication::translate("ProjectClone", "no repository url given")
                                   : QCoreApplication::translate("ProjectClone", "the report %1 names no GitHub repository: give its url")
                                         .arg(request.reportInput));
    }
    if (clone.commit.isEmpty())
        clone.commit = project.commit;

    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return failWith(error, QCoreApplication::translate("ProjectClone", "cannot create the folder %1").arg(parent));
    QTemporaryDir staging(parent + QStringLiteral("/.dlrepro-project-XXXXXX"));
    if (!staging.isValid())
        return failWith(error, QCoreApplication::translate("ProjectClone", "cannot create a temporary folder in %1: %2")
                                   .arg(parent, staging.errorString()));
    const QString clonePath = staging.filePath(QStringLiteral("clone"));
    clone.directory = clonePath;
    result->clone = cloneProject(clone);
    if (!result->clone.ok()) {
        if (error)
            *error = result->clone.cancelled ? QCoreApplication::translate("ProjectClone", "cancelled") : result->clone.error;
        return false;
    }

    result->candidates = findEntryScripts(clonePath);
    if (!request.entryScript.isEmpty()) {
        QString entryPath = QDir::cleanPath(request.entryScript);
        if (QDir::isAbsolutePath(entryPath) || entryPath.startsWith(QStringLiteral("../")))
            return failWith(error, QCoreApplication::translate("ProjectClone", "the entry script %1 must be a path inside the project")
                                       .arg(request.entryScript));
        if (!QFileInfo(QDir(clonePath).filePath(entryPath)).isFile())
            return failWith(error, QCoreApplication::translate("ProjectClone", "the entry script %1 does not exist at commit %2")
                                       .arg(request.entryScript, result->clone.commitSha.left(7)));
        result->entry.path = entryPath;
        for (const EntryScript &candidate : std::as_const(result->candidates))
            if (candidate.path == entryPath)
                result->entry = candidate;
        result->entry.reasons = {QCoreApplication::translate("ProjectClone", "chosen by the user")};
    } else if (!result->candidates.isEmpty()) {
        result->entry = result->candidates.first();
    } else {
        return failWith(error, QCoreApplication::translate("ProjectClone", "no entry script found in %1 at %2: give one (--entry script.py)")
                                   .arg(clone.url, result->clone.commitSha.left(7)));
    }
    if (!request.entryArguments.isEmpty())
        result->entry.arguments = request.entryArguments;

    QFile entryFile(QDir(clonePath).filePath(result->entry.path));
    const QString entryCode = entryFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(entryFile.readAll()) : QString();
    const Report report = given ? *given : projectReport(project, result->clone, result->entry, entryCode);

    const QString built = staging.filePath(QStringLiteral("workspace"));
    {
        Workspace workspace;
        if (!Workspace::create(report, built, &workspace, error))
            return false;
        // The clone keeps its own history; the workspace records the reproduction around it.
        const QString exclude = built + QStringLiteral("/.git/info/exclude");
        QDir().mkpath(QFileInfo(exclude).absolutePath());
        if (!writeFileOnce(exclude, QStringLiteral("/%1/\n").arg(kProjectFolder).toUtf8(), true, error))
            return false;
        if (!QDir().rename(clonePath, built + QLatin1Char('/') + kProjectFolder))
            return failWith(error, QCoreApplication::translate("ProjectClone", "cannot move the clone into the workspace"));
        QJsonObject projectJson{{QStringLiteral("url"), clone.url},
                                {QStringLiteral("repository"), project.repository},
                                {QStringLiteral("commit"), result->clone.commitSha},
                                {QStringLiteral("commit_summary"), result->clone.commitSummary},
                                {QStringLiteral("folder"), QString(kProjectFolder)}};
        if (!writeLauncher(workspace, target, result->entry, &projectJson, error))
            return false;
        const QStringList requirementFiles{QStringLiteral("requirements.txt")};
        const QString projectRequirements = QDir(built + QLatin1Char('/') + kProjectFolder).filePath(requirementFiles.first());
        QFile requirements(projectRequirements);
        if (requirements.open(QIODevice::ReadOnly)
            && !writeFileAtomically(workspace.path(workspace_files::kRequirements), requirements.readAll(), error))
            return false;
        const QString message = QCoreApplication::translate("ProjectClone", "Clone %1 at %2; entry script %3")
                                    .arg(clone.url, result->clone.commitSha.left(7), result->entry.path);
        if (!workspace.checkpoint(message, &result->headSha, error))
            return false;
    }
    if (QFileInfo(target).isDir() && !QDir().rmdir(target))
        return failWith(error, QCoreApplication::translate("ProjectClone", "cannot replace the empty folder %1").arg(target));
    if (!QDir().rename(built, target))
        return failWith(error, QCoreApplication::translate("ProjectClone", "cannot move the new workspace to %1").arg(target));
    result->directory = target;
    result->clone.directory = target + QLatin1Char('/') + kProjectFolder;
    return true;
}

bool setProjectEntry(const QString &workspaceDirectory, const EntryScript &entry, QString *sha, QString *error)
{
    Workspace workspace;
    if (!Workspace::open(workspaceDirectory, &workspace, error))
        return false;
    QFile file(workspace.path(QLatin1StringView("project.json")));
    QJsonObject projectJson = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    if (projectJson.isEmpty())
        return failWith(error, QCoreApplication::translate("ProjectClone", "%1 is not a project workspace (no project.json)")
                                   .arg(workspaceDirectory));
    const QString projectDir = workspace.directory() + QLatin1Char('/') + kProjectFolder;
    const QString entryPath = QDir::cleanPath(entry.path);
    if (entryPath.isEmpty() || QDir::isAbsolutePath(entryPath) || entryPath.startsWith(QStringLiteral("../"))
        || !QFileInfo(QDir(projectDir).filePath(entryPath)).isFile())
        return failWith(error, QCoreApplication::translate("ProjectClone", "the entry script %1 does not exist in %2")
                                   .arg(entry.path, projectDir));
    EntryScript chosen = entry;
    chosen.path = entryPath;
    if (!writeLauncher(workspace, workspace.directory(), chosen, &projectJson, error))
        return false;
    return workspace.checkpoint(QCoreApplication::translate("ProjectClone", "Entry script: %1")
                                    .arg((QStringList{chosen.path} + chosen.arguments).join(QLatin1Char(' '))),
                                sha, error);
}

} // namespace dlrepro
