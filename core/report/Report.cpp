#include "Report.h"

namespace dlrepro {

QString codeBlockKindId(CodeBlockKind kind)
{
    switch (kind) {
    case CodeBlockKind::Code: return QStringLiteral("code");
    case CodeBlockKind::Console: return QStringLiteral("console");
    case CodeBlockKind::Traceback: return QStringLiteral("traceback");
    }
    return QString();
}

const Answer *Report::acceptedAnswer() const
{
    for (const Answer &a : answers)
        if (a.accepted || (!acceptedAnswerId.isEmpty() && a.post.id == acceptedAnswerId))
            return &a;
    return nullptr;
}

bool Report::hasCode() const
{
    for (const CodeBlock &b : body.codeBlocks)
        if (b.kind == CodeBlockKind::Code)
            return true;
    return false;
}

QString reportSourceId(ReportSource source)
{
    switch (source) {
    case ReportSource::File: return QStringLiteral("file");
    case ReportSource::StackOverflow: return QStringLiteral("stackoverflow");
    case ReportSource::GitHub: return QStringLiteral("github");
    }
    return QString();
}

QString markupFormatId(MarkupFormat format)
{
    switch (format) {
    case MarkupFormat::PlainText: return QStringLiteral("text");
    case MarkupFormat::Markdown: return QStringLiteral("markdown");
    case MarkupFormat::Html: return QStringLiteral("html");
    case MarkupFormat::Notebook: return QStringLiteral("notebook");
    }
    return QString();
}

} // namespace dlrepro
