#include "workspace/PackageImport.h"

#include "import/NotebookImport.h"
#include "import/ReportImport.h"
#include "rules/CsvReader.h"
#include "workspace/NotebookExport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace dlrepro {

namespace wf = workspace_files;

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

constexpr qint64 kMaxPackageFileBytes = 64 * 1024 * 1024;

bool readText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (file.size() > kMaxPackageFileBytes)
        return fail(error, QCoreApplication::translate("PackageImport", "%1 is too large (over 64 MB)").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot read %1: %2").arg(path, file.errorString()));
    *text = QString::fromUtf8(file.readAll());
    return true;
}

QString readOptional(const QString &path)
{
    QString text;
    return QFileInfo(path).isFile() && readText(path, &text, nullptr) ? text : QString();
}

QString withNewline(QString text)
{
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

void appendParagraph(Post *post, const QString &text)
{
    if (!post->text.isEmpty())
        post->text += QStringLiteral("\n\n");
    post->text += text;
}

void appendBlock(Post *post, const QString &code, CodeBlockKind kind, const QString &language)
{
    if (code.trimmed().isEmpty())
        return;
    if (!post->text.isEmpty())
        post->text += QStringLiteral("\n\n");
    CodeBlock block;
    block.text = code.endsWith(QLatin1Char('\n')) ? code.chopped(1) : code;
    block.kind = kind;
    block.language = language;
    block.span = {post->text.size(), block.text.size()};
    post->text += block.text;
    post->codeBlocks.append(block);
}


// The id of a replication-package bug as a report id: Stack Overflow question numbers become
// so:<n> with the question's address.
void identify(Report *report, const QString &bugId)
{
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    if (number.match(bugId).hasMatch()) {
        report->source = ReportSource::StackOverflow;
        report->id = QStringLiteral("so:") + bugId;
        report->url = QStringLiteral("https://stackoverflow.com/questions/") + bugId;
    } else {
        report->id = bugId;
    }
}

QString csvValue(const QMap<QString, QString> &row, std::initializer_list<const char *> names)
{
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        for (const char *name : names)
            if (it.key().trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0 && !it.value().trimmed().isEmpty())
                return it.value().trimmed();
    return {};
}

bool readReplicationBug(const QString &dir, const QString &csvPath, PackageContent *out, QString *error)
{
    const QDir folder(dir);
    const QString bugId = QFileInfo(dir).fileName();
    out->mainCode = readOptional(folder.filePath(QString(wf::kMain)));
    out->originalSnippet = readOptional(folder.filePath(QString(wf::kOriginalSnippet)));
    if (out->mainCode.trimmed().isEmpty() && out->originalSnippet.trimmed().isEmpty())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 is not a replication-package bug folder: it has "
                                                                        "neither main.py nor original_code_snippet.py")
                               .arg(dir));
    if (out->mainCode.trimmed().isEmpty())
        out->mainCode = out->originalSnippet;
    if (out->originalSnippet.trimmed().isEmpty())
        out->originalSnippet = out->mainCode;
    out->requirements = readOptional(folder.filePath(QString(wf::kRequirements)));
    out->output = readOptional(folder.filePath(QStringLiteral("output.txt")));
    if (!csvPath.isEmpty()) {
        if (!findCsvRow(csvPath, bugId, &out->csvRow, error))
            return false;
        if (out->csvRow.isEmpty())
            out->warnings << QCoreApplication::translate("PackageImport", "%1 has no row for bug %2").arg(csvPath, bugId);
    }

    Report &report = out->report;
    identify(&report, bugId);
    const QString link = csvValue(out->csvRow, {"Link", "URL", "Post Link", "Stack Overflow Link", "Issue Link"});
    if (link.startsWith(QStringLiteral("http")))
        report.url = link;
    report.title = csvValue(out->csvRow, {"Title", "Post Title", "Issue Title", "Question Title"});
    if (report.title.isEmpty())
        report.title = QCoreApplication::translate("PackageImport", "Replication package bug %1").arg(bugId);
    const QString framework = csvValue(out->csvRow, {"Framework", "Library"});
    if (!framework.isEmpty())
        report.tags << framework.toLower().split(QRegularExpression(QStringLiteral("\\s*[+/,]\\s*")), Qt::SkipEmptyParts);
    report.body.format = MarkupFormat::PlainText;
    appendParagraph(&report.body, QCoreApplication::translate("PackageImport", "Imported from the replication package folder %1.").arg(dir));
    const QString bugType = csvValue(out->csvRow, {"Type of Bug", "Bug Type", "bug_type"});
    if (!bugType.isEmpty())
        appendParagraph(&report.body, QCoreApplication::translate("PackageImport", "Type of bug: %1").arg(bugType));
    appendBlock(&report.body, out->originalSnippet, CodeBlockKind::Code, QStringLiteral("python"));
    if (!out->output.trimmed().isEmpty()) {
        appendParagraph(&report.body, QCoreApplication::translate("PackageImport", "Output of the reproduction (output.txt):"));
        static const QRegularExpression traceback(QStringLiteral("Traceback \\(most recent call last\\)|^\\w+(Error|Exception):"),
                                                  QRegularExpression::MultilineOption);
        appendBlock(&report.body, out->output,
                    traceback.match(out->output).hasMatch() ? CodeBlockKind::Traceback : CodeBlockKind::Console, QString());
    }
    return true;
}

// `!pip install a b==1` / `%pip install -q c` → requirement lines; options are left out.
QStringList pipRequirements(const QString &line)
{
    static const QRegularExpression pip(QStringLiteral(R"(^\s*[!%]\s*(?:python3?\s+-m\s+)?pip3?\s+install\s+(.*)$)"));
    const QRegularExpressionMatch m = pip.match(line);
    if (!m.hasMatch())
        return {};
    QStringList requirements;
    const QStringList tokens = QProcess::splitCommand(m.captured(1));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == QStringLiteral("-r") || t == QStringLiteral("-c") || t == QStringLiteral("-f") || t == QStringLiteral("-i")
            || t == QStringLiteral("--index-url") || t == QStringLiteral("--extra-index-url"))
            ++i; // the option's value
        else if (!t.startsWith(QLatin1Char('-')))
            requirements << t;
    }
    return requirements;
}

// Notebook code as a Python file: IPython magics and shell lines are commented out (they are
// not Python), pip installs collected as requirements.
QString notebookCodeAsPython(const QJsonArray &cells, QStringList *requirements)
{
    QStringList parts;
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        if (cell.value(QStringLiteral("cell_type")).toString() != QStringLiteral("code"))
            continue;
        QStringList lines = notebookSourceText(cell.value(QStringLiteral("source"))).split(QLatin1Char('\n'));
        for (QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1Char('!')) || trimmed.startsWith(QLatin1Char('%'))) {
                *requirements << pipRequirements(line);
                line = QStringLiteral("# ") + line;
            }
        }
        const QString code = lines.join(QLatin1Char('\n')).trimmed();
        if (!code.isEmpty())
            parts << code;
    }
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// The code inside the first fenced block of Markdown text.
QString firstFencedCode(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral(R"(^(`{3,})[^\n]*\n(.*?)^\1\s*$)"),
                                          QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = fence.match(markdown);
    return m.hasMatch() ? m.captured(2) : QString();
}

bool readNotebook(const QString &path, PackageContent *out, QString *error)
{
    QFile file(path);
    if (file.size() > kMaxPackageFileBytes)
        return fail(error, QCoreApplication::translate("PackageImport", "%1 is too large (over 64 MB)").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QCoreApplication::translate("PackageImport", "%1: invalid JSON at offset %2: %3")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    const QJsonObject notebook = document.object();
    if (!document.isObject() || !notebook.value(QStringLiteral("cells")).isArray())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 is not a Jupyter notebook: it has no cells").arg(path));
    const QJsonArray cells = notebook.value(QStringLiteral("cells")).toArray();
    const QString name = QFileInfo(path).fileName();

    // A notebook dlrepro exported: each part comes back from its cell.
    QHash<QString, QString> byRole;
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        const QString role = cell.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("dlrepro")).toObject()
                                 .value(QStringLiteral("role")).toString();
        if (!role.isEmpty() && !byRole.contains(role))
            byRole.insert(role, notebookSourceText(cell.value(QStringLiteral("source"))));
    }
    if (byRole.contains(QString(notebook_roles::kMain)) && byRole.contains(QString(notebook_roles::kReport))) {
        const ImportResult imported = importReportData(byRole.value(QString(notebook_roles::kReport)).toUtf8(),
                                                       InputFormat::Markdown, name);
        if (!imported.ok())
            return fail(error, imported.error);
        out->report = imported.reports.first();
        const QJsonObject meta = notebook.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("dlrepro")).toObject();
        const QString id = meta.value(QStringLiteral("report")).toString();
        if (!id.isEmpty())
            out->report.id = id;
        // The exported report starts with "# <title>"; the title is the report's, not its body's.
        static const QRegularExpression heading(QStringLiteral("^# (.+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch title = heading.match(byRole.value(QString(notebook_roles::kReport)));
        if (title.hasMatch())
            out->report.title = title.captured(1).trimmed();
        out->mainCode = byRole.value(QString(notebook_roles::kMain));
        QString requirements = byRole.value(QString(notebook_roles::kRequirements));
        if (requirements.startsWith(QStringLiteral("%%writefile")))
            requirements = requirements.section(QLatin1Char('\n'), 1);
        out->requirements = requirements;
        out->originalSnippet = firstFencedCode(byRole.value(QString(notebook_roles::kOriginal)));
        return true;
    }

    const ImportResult imported = importNotebook(notebook, QString::fromUtf8(bytes), name);
    if (!imported.ok())
        return fail(error, imported.error);
    out->report = imported.reports.first();
    QStringList requirements;
    out->mainCode = notebookCodeAsPython(cells, &requirements);
    if (out->mainCode.trimmed().isEmpty())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 has no code cells").arg(path));
    out->originalSnippet = out->mainCode;
    requirements.removeDuplicates();
    out->requirements = requirements.isEmpty() ? QString() : requirements.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return true;
}

bool readAIFaultBench(const QString &dir, PackageContent *out, QString *error)
{
    const QDir folder(dir);
    if (!readText(folder.filePath(QStringLiteral("repro.py")), &out->mainCode, error))
        return false;
    const QStringList reportNames{QStringLiteral("report.md"), QStringLiteral("issue.md"), QStringLiteral("bug_report.md"),
                                  QStringLiteral("report.json"), QStringLiteral("issue.json"), QStringLiteral("report.txt"),
                                  QStringLiteral("issue.txt"), QStringLiteral("README.md")};
    for (const QString &name : reportNames) {
        if (!QFileInfo(folder.filePath(name)).isFile())
            continue;
        const ImportResult imported = importReportFile(folder.filePath(name));
        if (!imported.ok())
            return fail(error, imported.error);
        out->report = imported.reports.first();
        break;
    }
    const QString bugId = QFileInfo(dir).fileName();
    if (out->report.id.isEmpty() || out->report.body.text.trimmed().isEmpty()) {
        out->warnings << QCoreApplication::translate("PackageImport", "%1 has no report file (report.md, issue.md, issue.json, …)").arg(dir);
        out->report = Report();
        out->report.id = bugId;
        out->report.title = QCoreApplication::translate("PackageImport", "AIFaultBench bug %1").arg(bugId);
        appendParagraph(&out->report.body, QCoreApplication::translate("PackageImport", "Imported from %1.").arg(dir));
        appendBlock(&out->report.body, out->mainCode, CodeBlockKind::Code, QStringLiteral("python"));
    } else if (out->report.id.endsWith(QStringLiteral(".md")) || out->report.id.endsWith(QStringLiteral(".txt"))
               || out->report.id.endsWith(QStringLiteral(".json"))) {
        out->report.id = bugId; // a file name says nothing; the folder names the bug
    }
    const QFileInfoList requirementFiles = folder.entryInfoList({QStringLiteral("requirements*.txt")}, QDir::Files, QDir::Name);
    if (!requirementFiles.isEmpty())
        out->requirements = readOptional(requirementFiles.first().filePath());
    const QFileInfoList scripts = folder.entryInfoList({QStringLiteral("*.sh"), QStringLiteral("*.bash")}, QDir::Files, QDir::Name);
    for (const QFileInfo &script : scripts) {
        const ProjectReference reference = parseCloneScript(readOptional(script.filePath()));
        if (reference.isValid()) {
            out->project = reference;
            break;
        }
    }
    if (!out->project.isValid() && !scripts.isEmpty())
        out->warnings << QCoreApplication::translate("PackageImport", "no git clone command found in %1").arg(scripts.first().fileName());
    if (!out->project.isValid())
        out->project = findProjectReference(out->report);
    return true;
}

} // namespace

QString packageKindId(PackageKind kind)
{
    switch (kind) {
    case PackageKind::ReplicationBug: return QStringLiteral("replication");
    case PackageKind::Notebook: return QStringLiteral("notebook");
    case PackageKind::AIFaultBench: return QStringLiteral("aifaultbench");
    case PackageKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

PackageKind detectPackageKind(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.suffix().compare(QStringLiteral("ipynb"), Qt::CaseInsensitive) == 0 ? PackageKind::Notebook
                                                                                         : PackageKind::Unknown;
    if (!info.isDir())
        return PackageKind::Unknown;
    const QDir dir(path);
    if (QFileInfo(dir.filePath(QStringLiteral("repro.py"))).isFile())
        return PackageKind::AIFaultBench;
    if (QFileInfo(dir.filePath(QString(wf::kMain))).isFile() || QFileInfo(dir.filePath(QString(wf::kOriginalSnippet))).isFile())
        return PackageKind::ReplicationBug;
    return PackageKind::Unknown;
}

ProjectReference parseCloneScript(const QString &script)
{
    ProjectReference reference;
    QHash<QString, QString> variables;
    static const QRegularExpression assignment(QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(\S*)\s*$)"));
    static const QRegularExpression variable(QStringLiteral(R"(\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?)"));
    static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{7,40}$"));
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:&&|\|\||;|\|)\s*)"));
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.section(QLatin1Char('#'), 0, 0).trimmed(); // comments
        const QRegularExpressionMatch a = assignment.match(line);
        if (a.hasMatch()) {
            QString value = a.captured(2);
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            variables.insert(a.captured(1), value);
            continue;
        }
        QString expanded = line;
        for (auto m = variable.globalMatch(line); m.hasNext();) {
            const QRegularExpressionMatch v = m.next();
            if (variables.contains(v.captured(1)))
                expanded.replace(v.captured(0), variables.value(v.captured(1)));
        }
        for (const QString &command : expanded.split(separators, Qt::SkipEmptyParts)) {
            const QStringList tokens = QProcess::splitCommand(command);
            const qsizetype git = tokens.indexOf(QStringLiteral("git"));
            if (git < 0)
                continue;
            qsizetype i = git + 1;
            while (i < tokens.size() && tokens.at(i).startsWith(QLatin1Char('-'))) // git -C dir …
                i += tokens.at(i) == QStringLiteral("-C") || tokens.at(i) == QStringLiteral("-c") ? 2 : 1;
            if (i >= tokens.size())
                continue;
            const QString verb = tokens.at(i);
            const QStringList rest = tokens.mid(i + 1);
            if (verb == QStringLiteral("clone")) {
                for (qsizetype k = 0; k < rest.size(); ++k) {
                    const QString &t = rest.at(k);
                    if (t == QStringLiteral("-b") || t == QStringLiteral("--branch") || t == QStringLiteral("--depth")
                        || t == QStringLiteral("-o") || t == QStringLiteral("--origin")) {
                        ++k;
                        continue;
                    }
                    if (t.startsWith(QLatin1Char('-')))
                        continue;
                    reference.evidence = command;
                    reference.repository = normalizeGitHubRepository(t);
                    reference.url = t;
                    break;
                }
            } else if (verb == QStringLiteral("checkout") || verb == QStringLiteral("reset") || verb == QStringLiteral("switch")) {
                for (const QString &t : rest)
                    if (sha.match(t).hasMatch()) {
                        reference.commit = t.toLower();
                        break;
                    }
            }
        }
    }
    return reference;
}

bool findCsvRow(const QString &csvPath, const QString &bugId, QMap<QString, QString> *row, QString *error)
{
    row->clear();
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot read %1: %2").arg(csvPath, file.errorString()));
    QList<CsvRecord> records;
    CsvError csvError;
    if (!CsvReader::parse(file.readAll(), &records, &csvError))
        return fail(error, QCoreApplication::translate("PackageImport", "%1:%2: %3").arg(csvPath).arg(csvError.line).arg(csvError.message));
    if (records.isEmpty())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 is empty").arg(csvPath));
    const QStringList header = records.first().fields;
    static const QStringList idNames{QStringLiteral("#"), QStringLiteral("id"), QStringLiteral("bug id"), QStringLiteral("bug_id"),
                                     QStringLiteral("bugid"), QStringLiteral("post id"), QStringLiteral("postid"),
                                     QStringLiteral("question id"), QStringLiteral("so id"), QStringLiteral("issue id"),
                                     QStringLiteral("bug"), QStringLiteral("no."), QStringLiteral("number")};
    QList<qsizetype> idColumns, linkColumns;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed().toLower();
        if (idNames.contains(name))
            idColumns << c;
        else if (name.contains(QStringLiteral("link")) || name.contains(QStringLiteral("url")))
            linkColumns << c;
    }
    if (idColumns.isEmpty() && linkColumns.isEmpty())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 has no id column (#, ID, Bug ID, Post ID, …) and no link column")
                               .arg(csvPath));
    const QRegularExpression inLink(QStringLiteral("/%1(?:[/?#]|$)").arg(QRegularExpression::escape(bugId)));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r).fields;
        bool match = false;
        for (qsizetype c : std::as_const(idColumns))
            match = match || (c < fields.size() && fields.at(c).trimmed() == bugId);
        for (qsizetype c : std::as_const(linkColumns))
            match = match || (c < fields.size() && inLink.match(fields.at(c).trimmed()).hasMatch());
        if (!match)
            continue;
        for (qsizetype c = 0; c < header.size(); ++c)
            row->insert(header.at(c).trimmed(), c < fields.size() ? fields.at(c) : QString());
        return true;
    }
    return true; // no row: the caller warns
}

bool readPackage(const QString &path, const QString &csvPath, PackageContent *out, QString *error)
{
    *out = PackageContent();
    if (!QFileInfo::exists(path))
        return fail(error, QCoreApplication::translate("PackageImport", "%1 does not exist").arg(path));
    out->kind = detectPackageKind(path);
    if (!csvPath.isEmpty() && out->kind != PackageKind::ReplicationBug)
        out->warnings << QCoreApplication::translate("PackageImport", "--csv applies to replication-package bug folders only");
    switch (out->kind) {
    case PackageKind::ReplicationBug:
        return readReplicationBug(QFileInfo(path).absoluteFilePath(), csvPath, out, error);
    case PackageKind::Notebook:
        return readNotebook(path, out, error);
    case PackageKind::AIFaultBench:
        return readAIFaultBench(QFileInfo(path).absoluteFilePath(), out, error);
    case PackageKind::Unknown:
        break;
    }
    return fail(error, QCoreApplication::translate("PackageImport", "%1 is not a package: expected a replication-package bug folder "
                                                                    "(main.py or original_code_snippet.py), an AIFaultBench bug "
                                                                    "folder (repro.py) or a notebook (.ipynb)")
                           .arg(path));
}

bool importPackage(const QString &path, const QString &workspaceDirectory, const QString &csvPath,
                   PackageImportResult *result, QString *error)
{
    PackageContent content;
    if (!readPackage(path, csvPath, &content, error))
        return false;
    const QFileInfo target(workspaceDirectory);
    if (target.exists() && !target.isDir())
        return fail(error, QCoreApplication::translate("PackageImport", "%1 exists and is not a folder").arg(workspaceDirectory));
    if (target.isDir() && !QDir(workspaceDirectory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(error, QCoreApplication::translate("PackageImport", "%1 exists and is not empty: a new workspace needs a new or empty folder")
                               .arg(workspaceDirectory));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot create the folder %1").arg(parent));
    // The workspace is made and completed beside the target, then renamed into place.
    QTemporaryDir staging(parent + QStringLiteral("/.dlrepro-import-XXXXXX"));
    if (!staging.isValid())
        return fail(error, QCoreApplication::translate("PackageImport", "cannot create a temporary folder in %1: %2")
                               .arg(parent, staging.errorString()));
    const QString built = staging.filePath(QStringLiteral("workspace"));
    {
        Workspace workspace;
        if (!Workspace::create(content.report, built, &workspace, error))
            return false;
        const auto put = [&](QLatin1StringView file, const QString &text) {
            return writeFileAtomically(workspace.path(file), withNewline(text).toUtf8(), error);
        };
        // The package's own files replace what the workspace assembled from the report.
        if (!put(wf::kMain, content.mainCode))
            return false;
        if (!content.originalSnippet.trimmed().isEmpty() && content.kind != PackageKind::AIFaultBench
            && !put(wf::kOriginalSnippet, content.originalSnippet))
            return false;
        if (!content.requirements.trimmed().isEmpty() && !put(wf::kRequirements, content.requirements))
            return false;
        QJsonObject package{{QStringLiteral("schema"), QStringLiteral("dlrepro.package/1")},
                            {QStringLiteral("kind"), packageKindId(content.kind)},
                            {QStringLiteral("source"), QFileInfo(path).absoluteFilePath()}};
        if (!content.csvRow.isEmpty()) {
            QJsonObject row;
            for (auto it = content.csvRow.cbegin(); it != content.csvRow.cend(); ++it)
                row.insert(it.key(), it.value());
            package.insert(QStringLiteral("csv_row"), row);
            package.insert(QStringLiteral("csv"), QFileInfo(csvPath).absoluteFilePath());
        }
        if (!content.output.isEmpty())
            package.insert(QStringLiteral("output"), content.output);
        if (content.project.isValid())
            package.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("repository"), content.project.repository},
                                                                  {QStringLiteral("commit"), content.project.commit},
                                                                  {QStringLiteral("url"), content.project.cloneUrl()}});
        if (!writeFileAtomically(workspace.path(QLatin1StringView("package.json")),
                                 QJsonDocument(package).toJson(QJsonDocument::Indented), error))
            return false;
        const QString message = QCoreApplication::translate("PackageImport", "Import the %1 package %2")
                                    .arg(packageKindId(content.kind), QFileInfo(path).fileName());
        QString sha;
        if (!workspace.checkpoint(message, &sha, error))
            return false;
    }
    if (target.isDir() && !QDir().rmdir(workspaceDirectory))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot replace the empty folder %1").arg(workspaceDirectory));
    if (!QDir().rename(built, target.absoluteFilePath()))
        return fail(error, QCoreApplication::translate("PackageImport", "cannot move the new workspace to %1").arg(workspaceDirectory));
    if (result) {
        *result = PackageImportResult();
        result->kind = content.kind;
        result->directory = target.absoluteFilePath();
        result->project = content.project;
        result->warnings = content.warnings;
        Workspace opened;
        if (Workspace::open(result->directory, &opened, nullptr))
            opened.repository().headSha(&result->headSha, nullptr);
    }
    return true;
}

} // namespace dlrepro
