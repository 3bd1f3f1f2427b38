// dlrepro-cli workspace clone|export|import: GitHub projects at their buggy commit, and
// reproduction packages (replication layout, Jupyter notebooks, AIFaultBench folders) in and out.
#include "WorkspacePackageCommands.h"

#include "workspace/NotebookExport.h"
#include "workspace/PackageImport.h"
#include "workspace/ProjectClone.h"
#include "workspace/ReplicationExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace dlrepro::cli {

namespace {

// Parses; 0 to go on, else the exit code (help printed: 0 is returned through *done).
int parseArguments(QCommandLineParser &parser, const QString &name, const QStringList &args, Io io, bool *done)
{
    parser.addHelpOption();
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli workspace ") + name);
    *done = false;
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli workspace " << name << ": " << parser.errorText() << '\n';
        *done = true;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        *done = true;
    }
    return 0;
}

int fail(Io io, const QString &name, const QString &message)
{
    io.err << "dlrepro-cli workspace " << name << ": " << message << '\n';
    return 2;
}

void printWarnings(Io io, const QString &name, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        io.err << "dlrepro-cli workspace " << name << ": " << QCoreApplication::translate("cli", "warning: %1").arg(warning) << '\n';
}

QJsonArray entryScriptsJson(const QList<EntryScript> &scripts)
{
    QJsonArray array;
    for (const EntryScript &s : scripts)
        array.append(QJsonObject{{QStringLiteral("path"), s.path},
                                 {QStringLiteral("arguments"), QJsonArray::fromStringList(s.arguments)},
                                 {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)},
                                 {QStringLiteral("score"), s.score}});
    return array;
}

} // namespace

int runWorkspaceClone(const QStringList &args, Io io)
{
    const QString name = QStringLiteral("clone");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Clone a project at its buggy commit into a new workspace: <dir>/project is the clone (HEAD\n"
        "detached at the commit), main.py runs its entry script from there. The url and commit may\n"
        "come from a report that names them (github.com/o/r/commit/<sha>, \"commit abc1234\").\n"
        "Private repositories: GIT_TOKEN or GITHUB_TOKEN for https, an SSH agent for ssh.\n"
        "Then: dlrepro-cli workspace verify <dir> runs it with seeds.\n"
        "Exit status: 0 cloned, 2 bad input (clone failed, no such commit, folder not empty)."));
    parser.addPositionalArgument(QStringLiteral("url"), QCoreApplication::translate("cli", "The repository (https, ssh, file:// or a path); optional with --report."),
                                 QStringLiteral("[url]"));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The new workspace's folder (new or empty)."));
    parser.addOptions({
        {QStringLiteral("commit"), QCoreApplication::translate("cli", "The buggy commit (sha, abbreviated sha or any revision)."), QStringLiteral("sha")},
        {QStringLiteral("report"), QCoreApplication::translate("cli", "The bug report (a file, so:ID or gh:owner/repo#N)."), QStringLiteral("R")},
        {QStringLiteral("entry"), QCoreApplication::translate("cli", "The entry script, relative to the project (default: the best candidate)."),
         QStringLiteral("script.py")},
        {QStringLiteral("args"), QCoreApplication::translate("cli", "The entry script's arguments, as one shell-quoted string."), QStringLiteral("text")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON.")},
        {QStringLiteral("quiet"), QCoreApplication::translate("cli", "No progress on standard error.")},
    });
    bool done = false;
    if (const int rc = parseArguments(parser, name, args, io, &done); done)
        return rc;
    const QStringList positional = parser.positionalArguments();
    const bool haveReport = parser.isSet(QStringLiteral("report"));
    if (positional.size() != 2 && !(positional.size() == 1 && haveReport))
        return fail(io, name, QCoreApplication::translate("cli", "expected <url> <dir> (or <dir> with --report; see --help)"));

    ProjectWorkspaceRequest request;
    request.clone.url = positional.size() == 2 ? positional.first() : QString();
    request.clone.directory = positional.last();
    request.clone.commit = parser.value(QStringLiteral("commit"));
    request.reportInput = parser.value(QStringLiteral("report"));
    request.entryScript = parser.value(QStringLiteral("entry"));
    request.entryArguments = QProcess::splitCommand(parser.value(QStringLiteral("args")));
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || parser.isSet(QStringLiteral("json"));
    int lastPercent = -1;
    if (!quiet)
        request.clone.onProgress = [&](const CloneProgress &p) {
            const int percent = p.percent();
            if (percent / 10 != lastPercent / 10) {
                lastPercent = percent;
                io.err << QCoreApplication::translate("cli", "cloning: %1% (%2 of %3 objects, %4 KiB)")
                              .arg(percent)
                              .arg(p.stage == CloneProgress::Stage::Indexing ? p.indexedObjects : p.receivedObjects)
                              .arg(p.totalObjects)
                              .arg(p.receivedBytes / 1024)
                       << '\n';
                io.err.flush();
            }
            return true;
        };

    ProjectWorkspaceResult result;
    QString error;
    if (!createProjectWorkspace(request, &result, &error)) {
        if (!result.candidates.isEmpty() && !request.entryScript.isEmpty()) {
            io.err << QCoreApplication::translate("cli", "Entry scripts found:") << '\n';
            for (const EntryScript &s : std::as_const(result.candidates))
                io.err << "  " << s.path << '\n';
        }
        return fail(io, name, error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("workspace"), result.directory},
                            {QStringLiteral("project"), result.clone.directory},
                            {QStringLiteral("commit"), result.clone.commitSha},
                            {QStringLiteral("commit_summary"), result.clone.commitSummary},
                            {QStringLiteral("files"), result.clone.files},
                            {QStringLiteral("head"), result.headSha},
                            {QStringLiteral("entry"), entryScriptsJson({result.entry}).first()},
                            {QStringLiteral("candidates"), entryScriptsJson(result.candidates)}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    io.out << QCoreApplication::translate("cli", "Cloned %1 at %2 (%3) into %4")
                  .arg(request.clone.url.isEmpty() ? request.reportInput : request.clone.url, result.clone.commitSha.left(10),
                       result.clone.commitSummary, result.clone.directory)
           << '\n';
    io.out << QCoreApplication::translate("cli", "Entry script: %1").arg((QStringList{result.entry.path} + result.entry.arguments).join(QLatin1Char(' ')));
    if (!result.entry.reasons.isEmpty())
        io.out << " (" << result.entry.reasons.join(QStringLiteral("; ")) << ')';
    io.out << '\n';
    if (result.candidates.size() > 1) {
        io.out << QCoreApplication::translate("cli", "Other candidates (choose with --entry):") << '\n';
        for (const EntryScript &s : std::as_const(result.candidates))
            if (s.path != result.entry.path)
                io.out << "  " << s.path << "  " << s.reasons.join(QStringLiteral("; ")) << '\n';
    }
    io.out << QCoreApplication::translate("cli", "Workspace: %1 — run it with: dlrepro-cli workspace verify %1").arg(result.directory) << '\n';
    return 0;
}

int runWorkspaceExport(const QStringList &args, Io io)
{
    const QString name = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Export a workspace as of its last commit: --format replication writes\n"
        "<out>/Bugs/<id>/{main.py, original_code_snippet.py, requirements.txt, output.txt} (output.txt:\n"
        "the last verification's output); --format notebook writes a Jupyter notebook (nbformat 4:\n"
        "the report, the requirements and their install, the code with its output, the verdict).\n"
        "Exit status: 0 written, 2 bad input (not a workspace, target exists, bad format)."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addOptions({
        {QStringLiteral("format"), QCoreApplication::translate("cli", "replication or notebook."), QStringLiteral("format")},
        {QStringLiteral("out"), QCoreApplication::translate("cli", "replication: the package root (Bugs/ goes inside); notebook: the .ipynb file."),
         QStringLiteral("P")},
        {QStringLiteral("id"), QCoreApplication::translate("cli", "The bug's folder name under Bugs/ (default: from the report id)."), QStringLiteral("N")},
        {QStringLiteral("force"), QCoreApplication::translate("cli", "Replace an existing export.")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON.")},
    });
    bool done = false;
    if (const int rc = parseArguments(parser, name, args, io, &done); done)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(io, name, QCoreApplication::translate("cli", "expected exactly one workspace folder (see --help)"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("replication") && format != QStringLiteral("notebook"))
        return fail(io, name, QCoreApplication::translate("cli", "--format must be replication or notebook (got '%1')").arg(format));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(io, name, QCoreApplication::translate("cli", "--out is required"));
    if (parser.isSet(QStringLiteral("id")) && format != QStringLiteral("replication"))
        return fail(io, name, QCoreApplication::translate("cli", "--id applies to --format replication"));

    const QString workspace = parser.positionalArguments().first();
    const QString out = parser.value(QStringLiteral("out"));
    const bool force = parser.isSet(QStringLiteral("force"));
    PackageExportResult result;
    QString error;
    const bool ok = format == QStringLiteral("replication")
                        ? exportReplicationPackage(workspace, out, parser.value(QStringLiteral("id")), force, &result, &error)
                        : exportNotebook(workspace, out, force, &result, &error);
    if (!ok)
        return fail(io, name, error);
    printWarnings(io, name, result.warnings);
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("format"), format},
                                                              {QStringLiteral("path"), result.path},
                                                              {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}})
                                        .toJson(QJsonDocument::Indented));
    else
        io.out << QCoreApplication::translate("cli", "Exported %1 to %2").arg(workspace, result.path) << '\n';
    return 0;
}

int runWorkspaceImport(const QStringList &args, Io io)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Create a workspace from a package: a replication-package bug folder (Bugs/<id>/ with main.py,\n"
        "original_code_snippet.py, requirements.txt, output.txt; with --csv its row of\n"
        "Dataset_Manual_Reproduction.csv), a Jupyter notebook (.ipynb), or an AIFaultBench-style bug\n"
        "folder (a report file, repro.py, requirements, a clone/checkout script).\n"
        "Exit status: 0 imported, 2 bad input (not a package, invalid notebook, folder not empty)."));
    parser.addPositionalArgument(QStringLiteral("path"), QCoreApplication::translate("cli", "The package: a folder or a .ipynb file."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The new workspace's folder (new or empty)."));
    parser.addOptions({
        {QStringLiteral("csv"), QCoreApplication::translate("cli", "The replication CSV that has the bug's row."), QStringLiteral("file")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON.")},
    });
    bool done = false;
    if (const int rc = parseArguments(parser, name, args, io, &done); done)
        return rc;
    if (parser.positionalArguments().size() != 2)
        return fail(io, name, QCoreApplication::translate("cli", "expected <path> <dir> (see --help)"));
    PackageImportResult result;
    QString error;
    if (!importPackage(parser.positionalArguments().at(0), parser.positionalArguments().at(1), parser.value(QStringLiteral("csv")),
                       &result, &error))
        return fail(io, name, error);
    printWarnings(io, name, result.warnings);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("kind"), packageKindId(result.kind)},
                      {QStringLiteral("workspace"), result.directory},
                      {QStringLiteral("head"), result.headSha},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
        if (result.project.isValid())
            o.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("url"), result.project.cloneUrl()},
                                                            {QStringLiteral("commit"), result.project.commit}});
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    io.out << QCoreApplication::translate("cli", "Imported the %1 package into %2").arg(packageKindId(result.kind), result.directory) << '\n';
    if (result.project.isValid())
        io.out << QCoreApplication::translate("cli", "It names the project %1 at %2: dlrepro-cli workspace clone %1 --commit %2 <dir>")
                      .arg(result.project.cloneUrl(), result.project.commit.isEmpty() ? QStringLiteral("HEAD") : result.project.commit)
               << '\n';
    return 0;
}

} // namespace dlrepro::cli
