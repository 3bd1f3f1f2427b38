#include "NotebookImport.h"

#include "MarkdownText.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dlrepro {

namespace {

// nbformat stores multi-line strings as a string or as an array of lines (each with its '\n').
QString joinedSource(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    QString out;
    for (const QJsonValue &part : v.toArray())
        out += part.toString();
    return out;
}

QString headingTitle(const QString &markdown)
{
    for (QStringView line : QStringView(markdown).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.startsWith(u'#')) {
            qsizetype i = 0;
            while (i < t.size() && t.at(i) == u'#')
                ++i;
            const QStringView title = t.mid(i).trimmed();
            if (!title.isEmpty())
                return title.toString();
        }
    }
    return QString();
}

QString withoutTrailingNewlines(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (s.endsWith(u'\n'))
        s.chop(1);
    return s;
}

} // namespace

QString stripAnsiEscapes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text.at(i) != QChar(0x1B)) {
            out.append(text.at(i++));
            continue;
        }
        ++i;
        if (i >= n)
            break;
        const QChar kind = text.at(i++);
        if (kind == u'[') { // CSI: parameters, then a final byte in @..~
            while (i < n && !(text.at(i) >= u'@' && text.at(i) <= u'~'))
                ++i;
            ++i;
        } else if (kind == u']') { // OSC: up to BEL or ESC '\'
            while (i < n && text.at(i) != QChar(0x07) && text.at(i) != QChar(0x1B))
                ++i;
            if (i < n && text.at(i) == QChar(0x1B))
                ++i;
            ++i;
        }
    }
    return out;
}

ImportResult importNotebook(const QJsonObject &nb, const QString &original, const QString &inputName)
{
    const int major = nb.value(QLatin1String("nbformat")).toInt();
    if (major != 4)
        return ImportResult::failure(inputName,
            QStringLiteral("notebook format %1 is not supported (nbformat 4 is)").arg(major));
    if (!nb.value(QLatin1String("cells")).isArray())
        return ImportResult::failure(inputName, QStringLiteral("notebook has no \"cells\" array"));
    const QJsonObject meta = nb.value(QLatin1String("metadata")).toObject();
    QString language = meta.value(QLatin1String("kernelspec")).toObject().value(QLatin1String("language")).toString();
    if (language.isEmpty())
        language = meta.value(QLatin1String("language_info")).toObject().value(QLatin1String("name")).toString();
    language = language.isEmpty() ? QStringLiteral("python") : normalizeLanguage(language);

    TextBuilder out;
    QString title;
    for (const QJsonValue &cv : nb.value(QLatin1String("cells")).toArray()) {
        const QJsonObject cell = cv.toObject();
        const QString type = cell.value(QLatin1String("cell_type")).toString();
        const QString source = joinedSource(cell.value(QLatin1String("source")));
        if (type == QLatin1String("markdown") || type == QLatin1String("raw")) {
            if (title.isEmpty() && type == QLatin1String("markdown"))
                title = headingTitle(source);
            const ReadableText text = type == QLatin1String("markdown")
                ? markdownToText(source) : ReadableText{withoutTrailingNewlines(source), {}};
            if (text.text.isEmpty())
                continue;
            out.breakLines(2);
            const qsizetype offset = out.size();
            out.appendVerbatim(text.text);
            out.addShiftedBlocks(text.codeBlocks, offset);
            continue;
        }
        if (type != QLatin1String("code"))
            continue;
        out.appendCodeBlock(withoutTrailingNewlines(source), language);
        for (const QJsonValue &ov : cell.value(QLatin1String("outputs")).toArray()) {
            const QJsonObject output = ov.toObject();
            const QString outputType = output.value(QLatin1String("output_type")).toString();
            QString text;
            if (outputType == QLatin1String("stream")) {
                text = joinedSource(output.value(QLatin1String("text")));
            } else if (outputType == QLatin1String("error")) {
                QStringList lines;
                for (const QJsonValue &l : output.value(QLatin1String("traceback")).toArray())
                    lines.append(l.toString());
                text = lines.isEmpty()
                    ? output.value(QLatin1String("ename")).toString() + QStringLiteral(": ")
                          + output.value(QLatin1String("evalue")).toString()
                    : lines.join(u'\n');
            } else if (outputType == QLatin1String("execute_result")) {
                text = joinedSource(output.value(QLatin1String("data")).toObject().value(QLatin1String("text/plain")));
            }
            text = withoutTrailingNewlines(stripAnsiEscapes(text));
            // Marked Code like every importer's blocks: the extraction step classifies them.
            out.appendCodeBlock(text, QString());
        }
    }
    Report r;
    r.source = ReportSource::File;
    r.id = inputName;
    r.title = title.isEmpty() ? QFileInfo(inputName).completeBaseName() : title;
    r.body = makePost(out.finish(), original, MarkupFormat::Notebook);
    if (r.body.text.trimmed().isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("the notebook has no text or code"));
    ImportResult result;
    result.reports.append(r);
    return result;
}

} // namespace dlrepro
