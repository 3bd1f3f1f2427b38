#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// A half-open range [start, start + length) of UTF-16 code units in a Post's readable text.
struct TextSpan {
    qsizetype start = -1;
    qsizetype length = 0;

    bool isValid() const { return start >= 0; }
    qsizetype end() const { return start + length; }
    bool contains(const TextSpan &o) const { return isValid() && o.start >= start && o.end() <= end(); }
    bool overlaps(const TextSpan &o) const { return isValid() && o.isValid() && o.start < end() && start < o.end(); }
    bool operator==(const TextSpan &) const = default;
};

enum class ReportSource { File, StackOverflow, GitHub };
enum class MarkupFormat { PlainText, Markdown, Html, Notebook };

// What a block inside a post holds. Importers set Code; the extraction step tells code from
// pasted console output and tracebacks, because only code goes into a snippet.
enum class CodeBlockKind { Code, Console, Traceback };

QString codeBlockKindId(CodeBlockKind kind); // code, console, traceback

struct CodeBlock {
    QString text;
    CodeBlockKind kind = CodeBlockKind::Code;
    QString language; // "python" from a fence info string, class="lang-py", a notebook; may be empty
    TextSpan span;    // where the block's text lies in the owning Post::text
};

// One piece of writing: a question, an issue body, an answer, or a comment.
struct Post {
    QString id;
    QString author;
    QDateTime created;
    int score = 0;
    QString text;     // readable plain text; code blocks appear verbatim, at CodeBlock::span
    QString original; // as received (HTML, Markdown, notebook JSON); empty when the same as text
    MarkupFormat format = MarkupFormat::PlainText;
    QList<CodeBlock> codeBlocks;
};

struct Answer {
    Post post;
    bool accepted = false;
    QList<Post> comments;
};

// A bug report: a Stack Overflow question or a GitHub issue, with what was said about it.
struct Report {
    ReportSource source = ReportSource::File;
    QString id;  // "so:64520473", "gh:owner/repo#12", or the file name
    QString url; // canonical web address when known
    QString title;
    QStringList tags; // Stack Overflow tags or GitHub label names, as given
    Post body;
    QList<Answer> answers;
    QList<Post> comments; // on the question/issue itself
    QString acceptedAnswerId;
    QString repository; // GitHub "owner/repo"
    QString state;      // GitHub "open"/"closed"

    const Answer *acceptedAnswer() const;
    bool hasCode() const;
};

QString reportSourceId(ReportSource source); // file, stackoverflow, github
QString markupFormatId(MarkupFormat format); // text, markdown, html, notebook

} // namespace dlrepro
