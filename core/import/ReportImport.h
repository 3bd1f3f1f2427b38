#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlrepro {

// The formats a report arrives in (product brief, "Data formats it meets").
enum class InputFormat {
    Auto,              // sniff from the content (and the file name only as a tie-breaker)
    StackExchangeJson, // API 2.3: a question object or {"items": [...]}, answers/comments inside
    PostsXml,          // data-dump rows: one <row/> or a whole <posts> file
    GitHubIssueJson,   // REST issue object (comments separately, see parseGitHubIssue)
    Markdown,
    PlainText,
    Html,              // a saved question page or an HTML fragment
    Notebook,          // Jupyter nbformat 4
    ReportJson,        // dlrepro's own report JSON ("schema": "dlrepro.report/1") or JSON lines of it
};

QString inputFormatId(InputFormat format); // auto, stackexchange, posts-xml, github, markdown, text, html, notebook, report
bool parseInputFormat(const QString &id, InputFormat *out);

// The outcome of an import: the reports found, or one error that names the input and says what
// is wrong ("report.json: invalid JSON at offset 120: unterminated string"). Never both.
struct ImportResult {
    QList<Report> reports;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static ImportResult failure(const QString &input, const QString &what);
};

// Reads a file. Refuses binary files, files over maxBytes, and inputs that hold no question or
// issue (an answer row alone, an empty body) with a clear error.
ImportResult importReportFile(const QString &path, InputFormat format = InputFormat::Auto);

// Parses bytes already in memory; inputName is used in error messages and as the report id
// when the data carries none.
ImportResult importReportData(const QByteArray &data, InputFormat format, const QString &inputName);

// A GitHub issue plus the array its comments_url returns (may be empty).
ImportResult importGitHubIssue(const QByteArray &issueJson, const QByteArray &commentsJson,
                               const QString &inputName);

// Largest input the importers accept, in bytes (a 10 MB body must still work).
constexpr qint64 kMaxReportFileBytes = 64 * 1024 * 1024;

} // namespace dlrepro
