#include "workspace/Workspace.h"

#include "edit/EditActionEngine.h"
#include "edit/actions/SnippetAssembly.h"
#include "online/OnlineReport.h"
#include "report/ReportJson.h"
#include "rules/TransactionExport.h"
#include "run/Runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace dlrepro {

namespace wf = workspace_files;
namespace wt = workspace_trailers;

namespace {

inline constexpr QLatin1StringView kWorkspaceSchema{"dlrepro.workspace/1"};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The question's own code, as the reporter pasted it (console output and tracebacks left out).
QString originalSnippet(const Report &report)
{
    QStringList blocks;
    for (const CodeBlock &b : report.body.codeBlocks)
        if (b.kind == CodeBlockKind::Code && !b.text.trimmed().isEmpty())
            blocks << b.text.trimmed();
    return blocks.isEmpty() ? QString() : blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// pip names of the frameworks the report names; versions are left to the first verification,
// which records what the runs imported.
QString initialRequirements(const QStringList &frameworks)
{
    static const QHash<QString, QString> pipName{
        {QStringLiteral("pytorch"), QStringLiteral("torch")},
        {QStringLiteral("torch"), QStringLiteral("torch")},
        {QStringLiteral("tensorflow"), QStringLiteral("tensorflow")},
        {QStringLiteral("keras"), QStringLiteral("keras")},
        {QStringLiteral("jax"), QStringLiteral("jax")},
        {QStringLiteral("scikit-learn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
    };
    QStringList lines;
    for (const QString &f : frameworks) {
        const QString name = pipName.value(f.toLower());
        if (!name.isEmpty() && !lines.contains(name))
            lines << name;
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool requirementsAreEmpty(const QString &content)
{
    const QStringList lines = content.split(QLatin1Char('\n'));
    return std::all_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        const QString t = l.trimmed();
        return t.isEmpty() || t.startsWith(QLatin1Char('#'));
    });
}

QJsonObject workspaceReportJson(const Inspection &inspection)
{
    QJsonArray information;
    for (const InformationAssessment &a : inspection.information)
        information.append(QJsonObject{{QStringLiteral("category"), informationId(a.category)},
                                       {QStringLiteral("present"), a.present},
                                       {QStringLiteral("confidence"), a.confidence},
                                       {QStringLiteral("evidence"), a.evidence}});
    QJsonArray facts;
    for (const Fact &f : inspection.facts)
        facts.append(factToJson(f));
    return QJsonObject{{QStringLiteral("schema"), QString(kWorkspaceSchema)},
                       {QStringLiteral("report"), reportToJson(inspection.report)},
                       {QStringLiteral("bugType"), bugTypeId(inspection.bugType.type)},
                       {QStringLiteral("bugTypeReason"), inspection.bugType.reason},
                       {QStringLiteral("frameworks"), QJsonArray::fromStringList(inspection.frameworks)},
                       {QStringLiteral("information"), information},
                       {QStringLiteral("facts"), facts},
                       {QStringLiteral("expectation"), expectationToJson(expectationFromInspection(inspection))}};
}

// A workspace file name an action brings (requirements.txt, data files): plain relative paths
// inside the workspace only, never its git folder.
bool isSafeRelativePath(const QString &name)
{
    if (name.isEmpty() || QDir::isAbsolutePath(name) || name.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String("..") || p == QLatin1String(".") || p == QLatin1String(".git");
    });
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(error, QCoreApplication::translate("Workspace", "cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(data) != data.size() || !f.commit())
        return fail(error, QCoreApplication::translate("Workspace", "cannot write %1: %2").arg(path, f.errorString()));
    return true;
}

QString workspaceStepId(WorkspaceStep step)
{
    switch (step) {
    case WorkspaceStep::Create: return QStringLiteral("create");
    case WorkspaceStep::Action: return QStringLiteral("action");
    case WorkspaceStep::Checkpoint: return QStringLiteral("checkpoint");
    case WorkspaceStep::Verify: return QStringLiteral("verify");
    case WorkspaceStep::Revert: return QStringLiteral("revert");
    case WorkspaceStep::Transaction: return QStringLiteral("transaction");
    case WorkspaceStep::Other: break;
    }
    return QStringLiteral("other");
}

bool parseWorkspaceStep(const QString &id, WorkspaceStep *out)
{
    for (WorkspaceStep s : {WorkspaceStep::Create, WorkspaceStep::Action, WorkspaceStep::Checkpoint, WorkspaceStep::Verify,
                            WorkspaceStep::Revert, WorkspaceStep::Transaction, WorkspaceStep::Other}) {
        if (id.trimmed().compare(workspaceStepId(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool parseVerdictStatus(const QString &id, VerdictStatus *out)
{
    for (VerdictStatus s : {VerdictStatus::Reproduced, VerdictStatus::Intermittent, VerdictStatus::NotReproduced,
                            VerdictStatus::Inconclusive}) {
        if (id.trimmed().compare(verdictStatusId(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

struct Workspace::Private {
    GitRepository repo;
    QString directory;
    Report report;
    QJsonObject reportJson;
    mutable std::optional<Inspection> inspection;

    QString path(QLatin1StringView file) const { return directory + QLatin1Char('/') + file; }

    bool refuseLocked(QString *error) const
    {
        QString why;
        if (repo.isLocked(&why))
            return !fail(error, why);
        return false;
    }

    // Commits manual edits when there are any; *sha stays empty when the tree was clean.
    bool checkpointIfDirty(const QString &message, QString *sha, QString *error)
    {
        bool dirty = false;
        if (!repo.isDirty(&dirty, error))
            return false;
        if (!dirty)
            return true;
        return repo.commitAll(message, {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Checkpoint)}}, sha, error);
    }
};

Workspace::Workspace() = default;
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;

bool Workspace::create(const QString &reportInput, const QString &directory, Workspace *out, QString *error)
{
    const ImportResult imported = loadReport(reportInput);
    if (!imported.ok())
        return fail(error, imported.error);
    return create(imported.reports.first(), directory, out, error);
}

bool Workspace::create(const Report &report, const QString &directory, Workspace *out, QString *error)
{
    const QFileInfo target(directory);
    if (target.exists() && !target.isDir())
        return fail(error, QCoreApplication::translate("Workspace", "%1 exists and is not a folder").arg(directory));
    if (target.isDir() && !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(error, QCoreApplication::translate("Workspace", "%1 exists and is not empty: a new workspace needs a new or empty folder").arg(directory));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(error, QCoreApplication::translate("Workspace", "cannot create the folder %1").arg(parent));

    // Built beside the target and renamed into place, so a failure leaves nothing half-made.
    QTemporaryDir staging(parent + QStringLiteral("/.dlrepro-workspace-XXXXXX"));
    if (!staging.isValid())
        return fail(error, QCoreApplication::translate("Workspace", "cannot create a temporary folder in %1: %2").arg(parent, staging.errorString()));

    const Inspection inspection = inspectReport(report);
    const QString original = originalSnippet(inspection.report);
    QString main = assembleSnippet(inspection.report).code;
    if (main.trimmed().isEmpty())
        main = original;
    if (!main.isEmpty() && !main.endsWith(QLatin1Char('\n')))
        main += QLatin1Char('\n');

    const auto stage = [&](QLatin1StringView file, const QByteArray &data) {
        return writeFileAtomically(staging.path() + QLatin1Char('/') + file, data, error);
    };
    if (!stage(wf::kReport, jsonBytes(workspaceReportJson(inspection))) || !stage(wf::kOriginalSnippet, original.toUtf8())
        || !stage(wf::kMain, main.toUtf8()) || !stage(wf::kRequirements, initialRequirements(inspection.frameworks).toUtf8()))
        return false;
    {
        GitRepository repo;
        if (!GitRepository::init(staging.path(), &repo, error))
            return false;
        const QString title = report.title.isEmpty() ? report.id : report.title;
        const QString message = QCoreApplication::translate("Workspace", "Create the workspace for %1: %2").arg(report.id, title);
        if (!repo.commitAll(message,
                            {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Create)},
                             {QStringLiteral("Report"), report.id}},
                            nullptr, error))
            return false;
    }
    if (target.isDir() && !QDir().rmdir(directory))
        return fail(error, QCoreApplication::translate("Workspace", "cannot replace the empty folder %1").arg(directory));
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return fail(error, QCoreApplication::translate("Workspace", "cannot move the new workspace to %1").arg(directory));
    return open(directory, out, error);
}

bool Workspace::isWorkspace(const QString &directory)
{
    Workspace w;
    return open(directory, &w, nullptr);
}

bool Workspace::open(const QString &directory, Workspace *out, QString *error)
{
    const auto notWorkspace = [&](const QString &why) {
        return fail(error, QCoreApplication::translate("Workspace", "%1 is not a dlrepro workspace: %2").arg(directory, why));
    };
    if (!QFileInfo(directory).isDir())
        return notWorkspace(QCoreApplication::translate("Workspace", "no such folder"));
    GitRepository repo;
    QString gitError;
    if (!GitRepository::open(directory, &repo, &gitError))
        return notWorkspace(QCoreApplication::translate("Workspace", "it is not a git repository"));
    const QString root = repo.workingDirectory();
    for (QLatin1StringView file : {wf::kReport, wf::kMain})
        if (!QFileInfo::exists(root + QLatin1Char('/') + file))
            return notWorkspace(QCoreApplication::translate("Workspace", "it has no %1").arg(file));
    QFile reportFile(root + QLatin1Char('/') + wf::kReport);
    if (!reportFile.open(QIODevice::ReadOnly))
        return notWorkspace(QCoreApplication::translate("Workspace", "cannot read %1").arg(wf::kReport));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reportFile.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return notWorkspace(QCoreApplication::translate("Workspace", "%1 is not valid JSON (%2)").arg(wf::kReport, parseError.errorString()));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("schema")).toString() != kWorkspaceSchema)
        return notWorkspace(QCoreApplication::translate("Workspace", "%1 is not a workspace report (schema '%2')").arg(wf::kReport, QString(kWorkspaceSchema)));
    Report report;
    QString why;
    if (!reportFromJson(json.value(QStringLiteral("report")).toObject(), &report, &why))
        return notWorkspace(QCoreApplication::translate("Workspace", "%1: %2").arg(wf::kReport, why));

    auto d = std::make_unique<Private>();
    d->repo = std::move(repo);
    d->directory = root;
    d->report = report;
    d->reportJson = json;
    out->d = std::move(d);
    return true;
}

bool Workspace::isOpen() const
{
    return d && d->repo.isOpen();
}

QString Workspace::directory() const
{
    return d ? d->directory : QString();
}

QString Workspace::path(QLatin1StringView file) const
{
    return d ? d->path(file) : QString();
}

GitRepository &Workspace::repository()
{
    return d->repo;
}

const GitRepository &Workspace::repository() const
{
    return d->repo;
}

const Report &Workspace::report() const
{
    return d->report;
}

const Inspection &Workspace::inspection() const
{
    if (!d->inspection)
        d->inspection = inspectReport(d->report);
    return *d->inspection;
}

QString Workspace::mainCode() const
{
    return readText(d->path(wf::kMain));
}

bool Workspace::proposeAction(EditAction action, Proposal *out, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    const Inspection &i = inspection();
    return proposeEdit(action, mainCode(), i.facts, &i.report, out, error);
}

bool Workspace::applyAction(EditAction action, QString *sha, QString *error, Proposal *applied)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    if (!d->checkpointIfDirty(QCoreApplication::translate("Workspace", "Manual edits before %1").arg(editActionName(action)), nullptr, error))
        return false;
    Proposal proposal;
    if (!proposeAction(action, &proposal, error))
        return false;
    if (!commitAction(proposal, proposal.newCode, sha, error))
        return false;
    if (applied)
        *applied = proposal;
    return true;
}

bool Workspace::recordAction(const Proposal &proposal, const QString &resultCode, QString *sha, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    bool dirty = true;
    if (readText(d->path(wf::kMain)) == resultCode && d->repo.isDirty(&dirty, nullptr) && !dirty)
        return fail(error, QCoreApplication::translate("Workspace", "nothing to do: main.py already holds that code"));
    // What the snippet was before the action is the user's own work: it gets its own commit, so
    // that the action's commit holds the action's change alone.
    if (readText(d->path(wf::kMain)) != proposal.originalCode
        && !writeFileAtomically(d->path(wf::kMain), proposal.originalCode.toUtf8(), error))
        return false;
    if (!d->checkpointIfDirty(QCoreApplication::translate("Workspace", "Manual edits before %1").arg(editActionName(proposal.action)), nullptr, error))
        return false;
    return commitAction(proposal, resultCode, sha, error);
}

bool Workspace::commitAction(const Proposal &proposal, const QString &resultCode, QString *sha, QString *error)
{
    const EditAction action = proposal.action;
    QMap<QString, QString> changedFiles;
    for (auto it = proposal.files.cbegin(); it != proposal.files.cend(); ++it) {
        if (!isSafeRelativePath(it.key()))
            return fail(error, QCoreApplication::translate("Workspace", "the action wants to write '%1', which is not a path inside the workspace").arg(it.key()));
        if (readText(d->directory + QLatin1Char('/') + it.key()) != it.value())
            changedFiles.insert(it.key(), it.value());
    }
    if (resultCode == readText(d->path(wf::kMain)) && changedFiles.isEmpty()) {
        const QString why = proposal.nothingToDo.isEmpty() ? QCoreApplication::translate("Workspace", "the action changes nothing") : proposal.nothingToDo;
        return fail(error, QCoreApplication::translate("Workspace", "nothing to do: %1").arg(why));
    }

    // Written, then committed; on failure the files are put back as they were.
    QMap<QString, std::optional<QByteArray>> before;
    const auto remember = [&](const QString &name) {
        QFile f(d->directory + QLatin1Char('/') + name);
        before.insert(name, f.open(QIODevice::ReadOnly) ? std::optional<QByteArray>(f.readAll()) : std::nullopt);
    };
    const auto restore = [&] {
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString p = d->directory + QLatin1Char('/') + it.key();
            if (it.value())
                writeFileAtomically(p, *it.value(), nullptr);
            else
                QFile::remove(p);
        }
    };
    remember(QString(wf::kMain));
    for (auto it = changedFiles.cbegin(); it != changedFiles.cend(); ++it)
        remember(it.key());
    bool written = writeFileAtomically(d->path(wf::kMain), resultCode.toUtf8(), error);
    for (auto it = changedFiles.cbegin(); written && it != changedFiles.cend(); ++it)
        written = writeFileAtomically(d->directory + QLatin1Char('/') + it.key(), it.value().toUtf8(), error);

    QString rationale = proposal.rationale.trimmed();
    if (rationale.isEmpty())
        rationale = QCoreApplication::translate("Workspace", "applied by dlrepro");
    QString message = editActionName(action) + QStringLiteral(": ") + rationale.section(QLatin1Char('\n'), 0, 0);
    QStringList body;
    if (rationale.contains(QLatin1Char('\n')))
        body << rationale;
    for (const CodeChange &c : proposal.changes)
        if (!c.description.isEmpty())
            body << QStringLiteral("- ") + (c.line > 0 ? QCoreApplication::translate("Workspace", "line %1: ").arg(c.line) : QString()) + c.description;
    if (resultCode != proposal.newCode)
        body << QCoreApplication::translate("Workspace", "(the proposal was adjusted by hand before it was applied)");
    if (!body.isEmpty())
        message += QStringLiteral("\n\n") + body.join(QLatin1Char('\n'));
    const QList<GitTrailer> trailers{{QString(wt::kEditAction), QString(editActionLetter(action))},
                                     {QString(wt::kStep), workspaceStepId(WorkspaceStep::Action)}};
    if (!written || !d->repo.commitAll(message, trailers, sha, error)) {
        restore();
        return false;
    }
    return true;
}

bool Workspace::checkpoint(const QString &message, QString *sha, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    const QString m = message.trimmed().isEmpty() ? QCoreApplication::translate("Workspace", "Checkpoint: manual edits") : message;
    return d->repo.commitAll(m, {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Checkpoint)}}, sha, error);
}

Expectation Workspace::reportExpectation() const
{
    return expectationFromInspection(inspection());
}

bool Workspace::prepareVerification(WorkspaceVerifyOptions *options, QString *checkpointSha, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    if (options->request.interpreter.isEmpty())
        return fail(error, QCoreApplication::translate("Workspace", "no Python interpreter given to run %1").arg(wf::kMain));
    if (!options->expectation.isValid())
        options->expectation = reportExpectation();
    if (!options->expectation.isValid())
        return fail(error, QCoreApplication::translate("Workspace", "nothing to verify against: the report quotes no error and no observed metric; "
                                "give the error or metric that should be seen"));
    if (!d->checkpointIfDirty(QCoreApplication::translate("Workspace", "Manual edits before verification"), checkpointSha, error))
        return false;
    options->request.snippetPath = d->path(wf::kMain);
    if (options->context.interpreter.isEmpty())
        options->context.interpreter = options->request.interpreter;
    if (options->context.device.isEmpty())
        options->context.device = options->request.device;
    return true;
}

bool Workspace::verify(const WorkspaceVerifyOptions &options, WorkspaceVerification *out, QString *error)
{
    WorkspaceVerifyOptions prepared = options;
    QString checkpointSha;
    if (!prepareVerification(&prepared, &checkpointSha, error))
        return false;
    const QList<RunResult> runs = Runner::runSeeds(prepared.request);
    if (runs.isEmpty())
        return fail(error, QCoreApplication::translate("Workspace", "the runner did not start"));
    if (!recordVerification(prepared, runs, out, error))
        return false;
    out->checkpointSha = checkpointSha;
    return true;
}

bool Workspace::recordVerification(const WorkspaceVerifyOptions &options, const QList<RunResult> &runs,
                                   WorkspaceVerification *out, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    *out = WorkspaceVerification();
    out->runs = runs;
    out->verdict = decideVerdict(options.expectation, runs, options.context);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Milliseconds keep two verifications in the same second apart.
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QStringList written;
    for (const RunResult &run : runs) {
        const QString name = QStringLiteral("%1/%2-%3.json").arg(wf::kRunsDir, stamp).arg(run.seed);
        QJsonObject o = runResultToJson(run);
        o.insert(QStringLiteral("recordedAt"), now.toString(Qt::ISODateWithMs));
        if (!writeFileAtomically(d->directory + QLatin1Char('/') + name, jsonBytes(o), error))
            return false;
        written << name;
    }
    QJsonObject verdictJson = verdictToJson(out->verdict);
    verdictJson.insert(QStringLiteral("runs"), QJsonArray::fromStringList(written));
    verdictJson.insert(QStringLiteral("recordedAt"), now.toString(Qt::ISODateWithMs));
    if (!writeFileAtomically(d->path(wf::kVerdict), jsonBytes(verdictJson), error))
        return false;
    if (requirementsAreEmpty(readText(d->path(wf::kRequirements)))) {
        for (const RunResult &run : runs) {
            const QString requirements = requirementsText(run);
            if (!requirements.trimmed().isEmpty()) {
                if (!writeFileAtomically(d->path(wf::kRequirements), requirements.toUtf8(), error))
                    return false;
                break;
            }
        }
    }
    out->runFiles = written;
    const Verdict &v = out->verdict;
    const QString status = verdictStatusId(v.status);
    const QString message = QCoreApplication::translate("Workspace", "Verify: %1 (%2 of %3 seeds show the bug)\n\n%4")
                                .arg(status)
                                .arg(v.seedsShowing)
                                .arg(v.seeds.size())
                                .arg(v.reason);
    return d->repo.commitAll(message,
                             {{QString(wt::kVerdict), status}, {QString(wt::kStep), workspaceStepId(WorkspaceStep::Verify)}},
                             &out->sha, error, true);
}

bool Workspace::history(QList<WorkspaceEntry> *out, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    QList<GitCommitInfo> commits;
    if (!d->repo.log(&commits, error))
        return false;
    out->clear();
    out->reserve(commits.size());
    static const QRegularExpression revertsLine(QStringLiteral("This reverts commit ([0-9a-f]{40})"));
    for (const GitCommitInfo &c : std::as_const(commits)) {
        WorkspaceEntry e;
        e.commit = c;
        const QString step = c.trailer(QString(wt::kStep));
        if (step.isEmpty() || !parseWorkspaceStep(step, &e.step))
            e.step = c.summary.startsWith(QLatin1String("Revert \"")) ? WorkspaceStep::Revert : WorkspaceStep::Other;
        EditAction action;
        const QString letter = c.trailer(QString(wt::kEditAction));
        if (!letter.isEmpty() && parseEditAction(letter, &action))
            e.action = action;
        VerdictStatus status;
        const QString verdict = c.trailer(QString(wt::kVerdict));
        if (!verdict.isEmpty() && parseVerdictStatus(verdict, &status))
            e.verdict = status;
        e.revertedSha = c.trailer(QString(wt::kReverts));
        if (e.revertedSha.isEmpty() && e.step == WorkspaceStep::Revert) {
            const QRegularExpressionMatch m = revertsLine.match(c.message);
            if (m.hasMatch())
                e.revertedSha = m.captured(1);
        }
        out->append(e);
    }
    // Oldest first: a revert undoes its target; a revert of a revert brings the target back.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out->size(); ++i)
        index.insert(out->at(i).commit.sha, i);
    for (qsizetype i = out->size() - 1; i >= 0; --i) {
        WorkspaceEntry &e = (*out)[i];
        if (e.step != WorkspaceStep::Revert || e.revertedSha.isEmpty())
            continue;
        const auto target = index.constFind(e.revertedSha);
        if (target == index.cend())
            continue;
        WorkspaceEntry &undone = (*out)[*target];
        undone.reverted = true;
        if (!e.action)
            e.action = undone.action;
        if (undone.step == WorkspaceStep::Revert && !undone.revertedSha.isEmpty()) {
            const auto original = index.constFind(undone.revertedSha);
            if (original != index.cend())
                (*out)[*original].reverted = false;
        }
    }
    return true;
}

bool Workspace::revertAction(const QString &sha, QString *newSha, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    return d->repo.revert(sha, newSha, error, {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Revert)}});
}

bool Workspace::branch(const QString &name, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    bool dirty = false;
    if (!d->repo.isDirty(&dirty, error))
        return false;
    if (dirty)
        return fail(error, QCoreApplication::translate("Workspace", "%1 has uncommitted changes: save a checkpoint before branching").arg(d->directory));
    return d->repo.createBranch(name, error) && d->repo.switchTo(name, error);
}

bool Workspace::switchBranch(const QString &name, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    return d->repo.switchTo(name, error);
}

bool Workspace::recordedVerdict(const QString &revision, RecordedVerdict *out, QString *error) const
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    *out = RecordedVerdict();
    GitCommitInfo info;
    if (!d->repo.commitInfo(revision, &info, error))
        return false;
    out->sha = info.sha;
    QByteArray data;
    QString why;
    if (!d->repo.readFile(info.sha, QString(wf::kVerdict), &data, &why))
        return true; // never verified at that commit
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject())
        return fail(error, QCoreApplication::translate("Workspace", "%1 at %2 is not valid JSON (%3)").arg(wf::kVerdict, info.sha.left(12), parseError.errorString()));
    const QJsonObject o = doc.object();
    out->json = o;
    if (!parseVerdictStatus(o.value(QStringLiteral("status")).toString(), &out->status))
        return fail(error, QCoreApplication::translate("Workspace", "%1 at %2 has an unknown status '%3'")
                               .arg(wf::kVerdict, info.sha.left(12), o.value(QStringLiteral("status")).toString()));
    out->present = true;
    out->reasonId = o.value(QStringLiteral("reason_id")).toString();
    out->reason = o.value(QStringLiteral("reason")).toString();
    out->seeds = o.value(QStringLiteral("seeds_run")).toInt();
    out->seedsShowing = o.value(QStringLiteral("seeds_showing")).toInt();
    const QJsonValue mean = o.value(QStringLiteral("metric")).toObject().value(QStringLiteral("mean"));
    if (mean.isDouble())
        out->metricMean = mean.toDouble();
    return true;
}

bool Workspace::compareVerdicts(const QString &revisionA, const QString &revisionB, VerdictComparison *out,
                                QString *error) const
{
    *out = VerdictComparison();
    if (!recordedVerdict(revisionA, &out->a, error) || !recordedVerdict(revisionB, &out->b, error))
        return false;
    const auto describe = [](const RecordedVerdict &v) {
        if (!v.present)
            return QCoreApplication::translate("Workspace", "not verified");
        QString s = QCoreApplication::translate("Workspace", "%1 (%2/%3 seeds)").arg(verdictStatusId(v.status)).arg(v.seedsShowing).arg(v.seeds);
        if (v.metricMean)
            s += QCoreApplication::translate("Workspace", ", mean %1").arg(*v.metricMean, 0, 'g', 4);
        return s;
    };
    out->statusChanged = out->a.present != out->b.present || (out->a.present && out->a.status != out->b.status);
    out->summary = QCoreApplication::translate("Workspace", "%1 at %2 → %3 at %4")
                       .arg(describe(out->a), out->a.sha.left(8), describe(out->b), out->b.sha.left(8));
    return true;
}

bool Workspace::deriveTransaction(WorkspaceTransaction *out, QString *error) const
{
    QList<WorkspaceEntry> entries;
    if (!history(&entries, error))
        return false;
    if (entries.isEmpty())
        return fail(error, QCoreApplication::translate("Workspace", "%1 has no commits").arg(d->directory));
    *out = WorkspaceTransaction();
    Transaction &t = out->transaction;
    BugType type = BugType::Unknown;
    parseBugType(d->reportJson.value(QStringLiteral("bugType")).toString(), &type);
    t.bugType = type;
    for (const QJsonValue &v : d->reportJson.value(QStringLiteral("information")).toArray()) {
        const QJsonObject o = v.toObject();
        InformationCategory c;
        if (o.value(QStringLiteral("present")).toBool() && parseInformationCategory(o.value(QStringLiteral("category")).toString(), &c))
            t.items.insert(Item::information(c));
    }
    t.informationRecorded = true;
    t.actionsRecorded = true;
    t.bugId = d->report.id;
    t.source = reportSourceId(d->report.source);
    const QJsonArray frameworks = d->reportJson.value(QStringLiteral("frameworks")).toArray();
    if (!frameworks.isEmpty())
        t.framework = frameworks.first().toString();

    QString lastSha;
    out->started = entries.constLast().commit.time;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const WorkspaceEntry &e = entries.at(i);
        if (e.step == WorkspaceStep::Transaction)
            continue;
        out->finished = e.commit.time;
        lastSha = e.commit.sha;
        if (e.step == WorkspaceStep::Action && e.action && !e.reverted && !out->actionsInOrder.contains(*e.action))
            out->actionsInOrder << *e.action;
        if (e.step == WorkspaceStep::Verify && e.verdict)
            out->verdict = e.verdict;
    }
    for (EditAction a : std::as_const(out->actionsInOrder))
        t.items.insert(Item::action(a));
    t.minutesTaken = std::round(double(out->started.secsTo(out->finished)) / 60.0 * 100.0) / 100.0;
    if (out->verdict)
        t.reproduced = *out->verdict == VerdictStatus::Reproduced;
    QString order;
    for (EditAction a : std::as_const(out->actionsInOrder))
        order += editActionLetter(a);
    t.extra.insert(QStringLiteral("actionOrder"), order);
    t.extra.insert(QStringLiteral("verdict"), out->verdict ? verdictStatusId(*out->verdict) : QStringLiteral("none"));
    t.extra.insert(QStringLiteral("head"), lastSha);
    t.extra.insert(QStringLiteral("branch"), d->repo.currentBranch());
    t.extra.insert(QStringLiteral("started"), out->started.toString(Qt::ISODate));
    t.extra.insert(QStringLiteral("finished"), out->finished.toString(Qt::ISODate));
    out->json = QJsonDocument::fromJson(exportTransactionsJson({t})).object();
    return true;
}

bool Workspace::transaction(WorkspaceTransaction *out, QString *error)
{
    if (!isOpen())
        return fail(error, QCoreApplication::translate("Workspace", "no workspace is open"));
    if (d->refuseLocked(error))
        return false;
    QStringList changed;
    if (!d->repo.changedPaths(&changed, error))
        return false;
    changed.removeAll(QString(wf::kTransaction));
    if (!changed.isEmpty()
        && !d->repo.commitAll(QCoreApplication::translate("Workspace", "Checkpoint: manual edits"), {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Checkpoint)}},
                              nullptr, error))
        return false;
    if (!deriveTransaction(out, error))
        return false;
    const QByteArray data = jsonBytes(out->json);
    QFile existing(d->path(wf::kTransaction));
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == data) {
        bool dirty = false;
        if (!d->repo.isDirty(&dirty, error))
            return false;
        if (!dirty)
            return true;
    }
    if (!writeFileAtomically(d->path(wf::kTransaction), data, error))
        return false;
    const Transaction &t = out->transaction;
    const QString message = QCoreApplication::translate("Workspace", "Transaction: %1 bug, actions %2, verdict %3")
                                .arg(bugTypeId(t.bugType),
                                     t.extra.value(QStringLiteral("actionOrder")).isEmpty() ? QCoreApplication::translate("Workspace", "none")
                                                                                            : t.extra.value(QStringLiteral("actionOrder")),
                                     t.extra.value(QStringLiteral("verdict")));
    QString sha;
    return d->repo.commitAll(message, {{QString(wt::kStep), workspaceStepId(WorkspaceStep::Transaction)}}, &sha, error);
}

} // namespace dlrepro
