#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace dlrepro {

// What a markup converter produces: readable text plus the code blocks lying verbatim in it.
struct ReadableText {
    QString text;
    QList<CodeBlock> codeBlocks;
};

// Builds readable text piece by piece, keeping code block spans exact. Line breaks are merged
// as they are written (never by rewriting the text afterwards), so spans stay valid.
class TextBuilder
{
public:
    // Appends words; runs of whitespace become one space, none at a line start.
    void appendFlowing(QStringView text);
    // Appends text as it is (a line of Markdown, text inside <pre>).
    void appendVerbatim(QStringView text) { m_out.append(text); m_pendingSpace = false; }
    void appendNewline(); // a hard break (<br>), trailing spaces dropped
    // Ends the current line and makes sure `count` line breaks (1: new line, 2: blank line)
    // separate it from what follows. Nothing at the very start.
    void breakLines(int count);
    void setPendingSpace() { m_pendingSpace = true; }
    void appendCodeBlock(const QString &code, const QString &language,
                         CodeBlockKind kind = CodeBlockKind::Code);

    // Code written verbatim between beginCode() and endCode() becomes a block; trailing
    // newlines are not part of it. Returns false when the block was empty (nothing is kept).
    void beginCode() { m_codeStart = m_out.size(); m_pendingSpace = false; }
    bool inCode() const { return m_codeStart >= 0; }
    bool endCode(const QString &language, CodeBlockKind kind = CodeBlockKind::Code);

    qsizetype size() const { return m_out.size(); }
    bool isEmpty() const { return m_out.isEmpty(); }
    QChar lastChar() const { return m_out.isEmpty() ? QChar() : m_out.back(); }
    // Adds blocks found by another converter in text appended at `offset`.
    void addShiftedBlocks(const QList<CodeBlock> &blocks, qsizetype offset);

    ReadableText finish();

private:
    void trimTrailingSpaces();

    QString m_out;
    QList<CodeBlock> m_blocks;
    qsizetype m_codeStart = -1;
    qsizetype m_protectedEnd = 0; // text before this belongs to a finished block: never trimmed
    bool m_pendingSpace = false;
};

// "py", "python3", "ipython3" → "python"; "js" → "javascript"; other names lower-cased.
QString normalizeLanguage(QStringView name);

// Builds a Post from converted text; `original` is kept only when it differs from the text.
Post makePost(const ReadableText &readable, const QString &original, MarkupFormat format);

} // namespace dlrepro
