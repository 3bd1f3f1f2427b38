#include "HtmlTokenizer.h"

#include "HtmlEntities.h"

namespace dlrepro {

namespace {

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

bool isTagNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'_';
}

bool isHtmlSpace(QChar c) { return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f'; }

bool isRawTextElement(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style")
        || name == QLatin1String("title") || name == QLatin1String("textarea");
}

} // namespace

QString HtmlToken::attribute(QLatin1StringView attrName) const
{
    for (const auto &a : attributes)
        if (a.first == attrName)
            return a.second;
    return QString();
}

QStringList HtmlToken::classes() const
{
    return attribute(QLatin1StringView("class")).split(u' ', Qt::SkipEmptyParts);
}

bool HtmlToken::hasClass(QLatin1StringView cls) const
{
    for (const auto &a : attributes) {
        if (a.first != QLatin1String("class"))
            continue;
        const QStringView v(a.second);
        qsizetype from = 0;
        while ((from = v.indexOf(cls, from)) >= 0) {
            const qsizetype end = from + cls.size();
            const bool startOk = from == 0 || isHtmlSpace(v.at(from - 1));
            const bool endOk = end == v.size() || isHtmlSpace(v.at(end));
            if (startOk && endOk)
                return true;
            from = end;
        }
    }
    return false;
}

void HtmlTokenizer::emitText(qsizetype from, qsizetype to, HtmlToken *token)
{
    token->type = HtmlToken::Text;
    token->name.clear();
    token->attributes.clear();
    token->selfClosing = false;
    token->start = from;
    token->end = to;
    m_pos = to;
}

bool HtmlTokenizer::next(HtmlToken *token)
{
    const qsizetype n = m_s.size();
    if (!m_rawTextEnd.isEmpty()) {
        qsizetype end = m_s.indexOf(m_rawTextEnd, m_pos, Qt::CaseInsensitive);
        m_rawTextEnd.clear();
        if (end < 0)
            end = n;
        if (end > m_pos) {
            emitText(m_pos, end, token);
            return true;
        }
    }
    while (m_pos < n) {
        const QChar c = m_s.at(m_pos);
        if (c != u'<') {
            qsizetype lt = m_s.indexOf(u'<', m_pos);
            emitText(m_pos, lt < 0 ? n : lt, token);
            return true;
        }
        const qsizetype lt = m_pos;
        const QChar c1 = lt + 1 < n ? m_s.at(lt + 1) : QChar();
        if (c1 == u'!' || c1 == u'?') {
            qsizetype end;
            if (m_s.mid(lt).startsWith(QLatin1String("<!--"))) {
                end = m_s.indexOf(QLatin1String("-->"), lt + 4);
                end = end < 0 ? n : end + 3;
            } else {
                end = m_s.indexOf(u'>', lt + 2);
                end = end < 0 ? n : end + 1;
            }
            m_pos = end;
            continue;
        }
        if (isAsciiLetter(c1)) {
            if (readStartTag(lt, token))
                return true;
            emitText(lt, n, token); // an unterminated tag: the rest is text
            return true;
        }
        if (c1 == u'/' && lt + 2 < n && isAsciiLetter(m_s.at(lt + 2))) {
            if (readEndTag(lt, token))
                return true;
            emitText(lt, n, token);
            return true;
        }
        // A lone '<' ("a < b"): text up to the next '<'.
        const qsizetype nextLt = m_s.indexOf(u'<', lt + 1);
        emitText(lt, nextLt < 0 ? n : nextLt, token);
        return true;
    }
    return false;
}

bool HtmlTokenizer::readStartTag(qsizetype lt, HtmlToken *token)
{
    const qsizetype n = m_s.size();
    qsizetype i = lt + 1;
    while (i < n && isTagNameChar(m_s.at(i)))
        ++i;
    token->type = HtmlToken::StartTag;
    token->name = m_s.mid(lt + 1, i - lt - 1).toString().toLower();
    token->attributes.clear();
    token->selfClosing = false;
    token->start = lt;
    while (true) {
        while (i < n && isHtmlSpace(m_s.at(i)))
            ++i;
        if (i >= n)
            return false;
        const QChar c = m_s.at(i);
        if (c == u'>') {
            ++i;
            break;
        }
        if (c == u'/') {
            if (i + 1 < n && m_s.at(i + 1) == u'>') {
                token->selfClosing = true;
                i += 2;
                break;
            }
            ++i;
            continue;
        }
        const qsizetype nameStart = i;
        while (i < n && !isHtmlSpace(m_s.at(i)) && m_s.at(i) != u'=' && m_s.at(i) != u'>'
               && m_s.at(i) != u'/')
            ++i;
        if (i == nameStart) // a stray '=' or quote
            ++i;
        QString attrName = m_s.mid(nameStart, i - nameStart).toString().toLower();
        qsizetype j = i;
        while (j < n && isHtmlSpace(m_s.at(j)))
            ++j;
        QString value;
        if (j < n && m_s.at(j) == u'=') {
            ++j;
            while (j < n && isHtmlSpace(m_s.at(j)))
                ++j;
            if (j >= n)
                return false;
            const QChar q = m_s.at(j);
            if (q == u'"' || q == u'\'') {
                const qsizetype close = m_s.indexOf(q, j + 1);
                if (close < 0)
                    return false;
                value = decodeHtmlEntities(m_s.mid(j + 1, close - j - 1));
                i = close + 1;
            } else {
                qsizetype k = j;
                while (k < n && !isHtmlSpace(m_s.at(k)) && m_s.at(k) != u'>')
                    ++k;
                value = decodeHtmlEntities(m_s.mid(j, k - j));
                i = k;
            }
        }
        token->attributes.append(qMakePair(std::move(attrName), std::move(value)));
    }
    token->end = i;
    m_pos = i;
    if (!token->selfClosing && isRawTextElement(token->name))
        m_rawTextEnd = QStringLiteral("</") + token->name;
    return true;
}

bool HtmlTokenizer::readEndTag(qsizetype lt, HtmlToken *token)
{
    const qsizetype n = m_s.size();
    qsizetype i = lt + 2;
    while (i < n && isTagNameChar(m_s.at(i)))
        ++i;
    const qsizetype gt = m_s.indexOf(u'>', i);
    if (gt < 0)
        return false;
    token->type = HtmlToken::EndTag;
    token->name = m_s.mid(lt + 2, i - lt - 2).toString().toLower();
    token->attributes.clear();
    token->selfClosing = false;
    token->start = lt;
    token->end = gt + 1;
    m_pos = gt + 1;
    return true;
}

} // namespace dlrepro
