#include "ReadableText.h"

namespace dlrepro {

void TextBuilder::appendFlowing(QStringView text)
{
    m_out.reserve(m_out.size() + text.size());
    for (QChar c : text) {
        if (c.isSpace() && c != QChar(0xA0)) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_out.isEmpty() && m_out.back() != u'\n' && m_out.back() != u' ')
            m_out.append(u' ');
        m_pendingSpace = false;
        m_out.append(c == QChar(0xA0) ? QChar(u' ') : c);
    }
}

void TextBuilder::trimTrailingSpaces()
{
    while (m_out.size() > m_protectedEnd && (m_out.back() == u' ' || m_out.back() == u'\t'))
        m_out.chop(1);
}

void TextBuilder::appendNewline()
{
    trimTrailingSpaces();
    m_out.append(u'\n');
    m_pendingSpace = false;
}

void TextBuilder::breakLines(int count)
{
    m_pendingSpace = false;
    trimTrailingSpaces();
    if (m_out.isEmpty())
        return;
    int have = 0;
    for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n' && have < count; --i)
        ++have;
    for (; have < count; ++have)
        m_out.append(u'\n');
}

void TextBuilder::appendCodeBlock(const QString &code, const QString &language, CodeBlockKind kind)
{
    breakLines(2);
    beginCode();
    m_out.append(code);
    endCode(language, kind);
}

bool TextBuilder::endCode(const QString &language, CodeBlockKind kind)
{
    const qsizetype start = m_codeStart;
    m_codeStart = -1;
    if (start < 0)
        return false;
    while (m_out.size() > start && m_out.back() == u'\n')
        m_out.chop(1);
    bool blank = true;
    for (qsizetype i = start; i < m_out.size() && blank; ++i)
        blank = m_out.at(i).isSpace();
    if (blank) {
        m_out.truncate(start);
        return false;
    }
    CodeBlock block;
    block.text = m_out.mid(start);
    block.kind = kind;
    block.language = language;
    block.span = TextSpan{start, m_out.size() - start};
    m_blocks.append(block);
    m_protectedEnd = m_out.size();
    breakLines(2);
    return true;
}

void TextBuilder::addShiftedBlocks(const QList<CodeBlock> &blocks, qsizetype offset)
{
    for (CodeBlock b : blocks) {
        b.span.start += offset;
        m_blocks.append(b);
        m_protectedEnd = qMax(m_protectedEnd, b.span.end());
    }
}

ReadableText TextBuilder::finish()
{
    if (m_codeStart >= 0)
        endCode(QString());
    while (m_out.size() > m_protectedEnd && m_out.back().isSpace())
        m_out.chop(1);
    return ReadableText{std::move(m_out), std::move(m_blocks)};
}

QString normalizeLanguage(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("py") || n == QLatin1String("py3") || n == QLatin1String("python3")
        || n == QLatin1String("python2") || n == QLatin1String("ipython")
        || n == QLatin1String("ipython3") || n == QLatin1String("pycon"))
        return QStringLiteral("python");
    if (n == QLatin1String("js"))
        return QStringLiteral("javascript");
    if (n == QLatin1String("sh") || n == QLatin1String("shell"))
        return QStringLiteral("bash");
    if (n == QLatin1String("none") || n == QLatin1String("default") || n == QLatin1String("plaintext"))
        return QString();
    return n;
}

Post makePost(const ReadableText &readable, const QString &original, MarkupFormat format)
{
    Post post;
    post.text = readable.text;
    post.codeBlocks = readable.codeBlocks;
    post.format = format;
    if (original != readable.text)
        post.original = original;
    return post;
}

} // namespace dlrepro
