#include "workspace/NotebookExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dlrepro {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QJsonObject roleMetadata(QLatin1StringView role)
{
    return {{QStringLiteral("dlrepro"), QJsonObject{{QStringLiteral("role"), QString(role)}}}};
}

QJsonObject markdownCell(QLatin1StringView role, const QString &text)
{
    return {{QStringLiteral("cell_type"), QStringLiteral("markdown")},
            {QStringLiteral("metadata"), roleMetadata(role)},
            {QStringLiteral("source"), notebookSourceLines(text)}};
}

QJsonObject codeCell(QLatin1StringView role, const QString &code, const QJsonArray &outputs = {})
{
    return {{QStringLiteral("cell_type"), QStringLiteral("code")},
            {QStringLiteral("execution_count"), QJsonValue::Null},
            {QStringLiteral("metadata"), roleMetadata(role)},
            {QStringLiteral("outputs"), outputs},
            {QStringLiteral("source"), notebookSourceLines(code)}};
}

// A fence longer than any backtick run inside the code, so the code cannot close it.
QString fenced(const QString &code, const QString &language = QStringLiteral("python"))
{
    int longest = 0, run = 0;
    for (QChar c : code) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    QString body = code;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + language + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

// The report body as Markdown: Markdown as written; other formats as their readable text with
// each code block fenced.
QString bodyMarkdown(const Post &body)
{
    if (body.format == MarkupFormat::Markdown)
        return body.original.isEmpty() ? body.text : body.original;
    QString text;
    qsizetype at = 0;
    for (const CodeBlock &block : body.codeBlocks) {
        if (!block.span.isValid() || block.span.start < at || block.span.end() > body.text.size())
            continue;
        text += body.text.mid(at, block.span.start - at);
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        const bool code = block.kind == CodeBlockKind::Code;
        text += fenced(block.text, code ? (block.language.isEmpty() ? QStringLiteral("python") : block.language)
                                        : QStringLiteral("text"));
        at = block.span.end();
    }
    text += body.text.mid(at);
    return text;
}

QString reportMarkdown(const WorkspacePackageContent &content)
{
    const Report &r = content.report;
    QString text = QStringLiteral("# %1\n\n").arg(r.title.isEmpty() ? r.id : r.title);
    QStringList facts;
    if (!r.url.isEmpty())
        facts << QCoreApplication::translate("NotebookExport", "Source: <%1>").arg(r.url);
    else if (!r.id.isEmpty())
        facts << QCoreApplication::translate("NotebookExport", "Report: %1").arg(r.id);
    if (!content.bugType.isEmpty())
        facts << QCoreApplication::translate("NotebookExport", "Bug type: %1").arg(content.bugType);
    if (!r.tags.isEmpty())
        facts << QCoreApplication::translate("NotebookExport", "Tags: %1").arg(r.tags.join(QStringLiteral(", ")));
    for (const QString &fact : std::as_const(facts))
        text += QStringLiteral("- ") + fact + QLatin1Char('\n');
    if (!facts.isEmpty())
        text += QLatin1Char('\n');
    return text + bodyMarkdown(r.body);
}

QString verdictMarkdown(const WorkspacePackageContent &content)
{
    QString text = QCoreApplication::translate("NotebookExport", "## Verdict") + QStringLiteral("\n\n");
    const QJsonObject &v = content.verdict;
    if (v.isEmpty()) {
        text += QCoreApplication::translate("NotebookExport", "Not verified yet.") + QLatin1Char('\n');
    } else {
        text += QCoreApplication::translate("NotebookExport", "**%1**: %2 of %3 seeds show the bug.")
                    .arg(v.value(QStringLiteral("status")).toString())
                    .arg(v.value(QStringLiteral("seeds_showing")).toInt())
                    .arg(v.value(QStringLiteral("seeds_run")).toInt())
                + QStringLiteral("\n\n");
        const QString reason = v.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            text += reason + QStringLiteral("\n\n");
        const QString interpreter = v.value(QStringLiteral("interpreter")).toString();
        if (!interpreter.isEmpty())
            text += QCoreApplication::translate("NotebookExport", "Interpreter: `%1`, device: %2")
                        .arg(interpreter, v.value(QStringLiteral("device")).toString())
                    + QStringLiteral("\n\n");
    }
    if (!content.actions.isEmpty()) {
        text += QCoreApplication::translate("NotebookExport", "Edit actions used:") + QStringLiteral("\n\n");
        for (const QString &action : content.actions)
            text += QStringLiteral("- ") + action + QLatin1Char('\n');
    }
    if (!content.headSha.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("NotebookExport", "Workspace commit: `%1`").arg(content.headSha) + QLatin1Char('\n');
    return text;
}

} // namespace

QJsonArray notebookSourceLines(const QString &text)
{
    QJsonArray lines;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), at);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(at, end - at));
        at = end;
    }
    return lines;
}

QString notebookSourceText(const QJsonValue &source)
{
    if (source.isString())
        return source.toString();
    QString text;
    const QJsonArray lines = source.toArray();
    for (const QJsonValue &line : lines)
        text += line.toString();
    return text;
}

QJsonObject notebookFromContent(const WorkspacePackageContent &content)
{
    namespace role = notebook_roles;
    QJsonArray cells;
    cells.append(markdownCell(role::kReport, reportMarkdown(content)));
    QString requirements = content.requirements;
    if (!requirements.isEmpty() && !requirements.endsWith(QLatin1Char('\n')))
        requirements += QLatin1Char('\n');
    cells.append(codeCell(role::kRequirements, QStringLiteral("%%writefile requirements.txt\n") + requirements));
    cells.append(codeCell(role::kInstall, QStringLiteral("%pip install -r requirements.txt")));

    QJsonArray outputs;
    const QString output = content.output();
    if (!output.isEmpty())
        outputs.append(QJsonObject{{QStringLiteral("output_type"), QStringLiteral("stream")},
                                   {QStringLiteral("name"), QStringLiteral("stdout")},
                                   {QStringLiteral("text"), notebookSourceLines(output)}});
    cells.append(codeCell(role::kMain, content.mainCode, outputs));
    if (!content.originalSnippet.trimmed().isEmpty())
        cells.append(markdownCell(role::kOriginal, QCoreApplication::translate("NotebookExport", "## Original code snippet (as reported)") + QStringLiteral("\n\n")
                                                       + fenced(content.originalSnippet)));
    cells.append(markdownCell(role::kVerdict, verdictMarkdown(content)));

    const QJsonObject metadata{
        {QStringLiteral("kernelspec"), QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                                   {QStringLiteral("language"), QStringLiteral("python")},
                                                   {QStringLiteral("name"), QStringLiteral("python3")}}},
        {QStringLiteral("language_info"), QJsonObject{{QStringLiteral("name"), QStringLiteral("python")}}},
        {QStringLiteral("dlrepro"), QJsonObject{{QStringLiteral("report"), content.report.id},
                                                {QStringLiteral("commit"), content.headSha},
                                                {QStringLiteral("bug_type"), content.bugType}}},
    };
    return {{QStringLiteral("cells"), cells},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("nbformat"), 4},
            {QStringLiteral("nbformat_minor"), 4}};
}

bool exportNotebook(const QString &workspaceDirectory, const QString &outPath, bool replace,
                    PackageExportResult *result, QString *error)
{
    WorkspacePackageContent content;
    if (!readWorkspacePackageContent(workspaceDirectory, &content, error))
        return false;
    const QFileInfo target(outPath);
    if (target.isDir())
        return fail(error, QCoreApplication::translate("NotebookExport", "%1 is a folder; give the notebook's file name (…/bug.ipynb)").arg(outPath));
    if (target.exists() && !replace)
        return fail(error, QCoreApplication::translate("NotebookExport", "%1 already exists (replace it with --force)").arg(outPath));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(error, QCoreApplication::translate("NotebookExport", "cannot create the folder %1").arg(target.absolutePath()));
    QSaveFile file(target.absoluteFilePath()); // a temporary file beside it, renamed on commit()
    const QByteArray json = QJsonDocument(notebookFromContent(content)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(error, QCoreApplication::translate("NotebookExport", "cannot write %1: %2").arg(outPath, file.errorString()));
    if (result) {
        result->path = target.absoluteFilePath();
        result->warnings = content.warnings;
    }
    return true;
}

} // namespace dlrepro
