#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

enum class ColumnAlign { Left, Right, Center };

// A table of text cells as the thesis prints them (Tables 4.9–4.11, the agreement table): one
// value shared by the GUI's export, the CLI and the study's analysis, written out as CSV,
// GitHub Markdown, a LaTeX tabular or aligned plain text. Cells are already formatted.
struct TextTable
{
    QString caption;             // CSV: not written; Markdown: a bold line above; LaTeX: \caption
    QString label;               // LaTeX \label{...} when not empty (only with a caption)
    QStringList headers;         // column headers; may be empty (no header row)
    QList<QStringList> rows;     // rows shorter than the widest are padded with empty cells
    QList<ColumnAlign> alignment; // per column; missing entries are Left

    int columnCount() const;
};

// RFC 4180: CRLF line ends, a field quoted only when it holds a comma, quote, CR or LF, quotes
// doubled. The header row first when there is one.
QString toCsv(const TextTable &table);
// GitHub-flavoured Markdown: '|' and '\' in cells escaped, line breaks become <br>, alignment
// row from TextTable::alignment.
QString toMarkdown(const TextTable &table);
// A table environment with a tabular (booktabs rules) when there is a caption, a bare tabular
// otherwise; every cell escaped with latexEscape.
QString toLatex(const TextTable &table);
// Columns padded to their widest cell, two spaces between, a dashed line under the header.
QString toPlainText(const TextTable &table);

// Escapes LaTeX's special characters (# $ % & _ { } ~ ^ \) so that the text prints as is.
QString latexEscape(const QString &text);

} // namespace dlrepro
