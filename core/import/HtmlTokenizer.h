#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace dlrepro {

struct HtmlToken {
    enum Type { Text, StartTag, EndTag };
    Type type = Text;
    QString name; // tags: lower-cased
    QList<QPair<QString, QString>> attributes; // names lower-cased, values entity-decoded
    bool selfClosing = false;
    qsizetype start = 0; // [start, end) in the source: the whole tag, or the raw text
    qsizetype end = 0;

    QString attribute(QLatin1StringView name) const;
    bool hasClass(QLatin1StringView cls) const;
    QStringList classes() const;
};

// A tolerant, streaming HTML tokenizer: never recursive, linear in the input. Comments,
// doctypes and processing instructions are skipped; a '<' that starts no tag is text; a tag
// left open at the end of the input makes the rest of the input text. The contents of
// script, style, title and textarea are one raw text token (entities not decoded there).
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html) : m_s(html) { }

    // Returns false at the end of the input.
    bool next(HtmlToken *token);
    QStringView source() const { return m_s; }

private:
    bool readStartTag(qsizetype lt, HtmlToken *token);
    bool readEndTag(qsizetype lt, HtmlToken *token);
    void emitText(qsizetype from, qsizetype to, HtmlToken *token);

    QStringView m_s;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // "</script" while inside a raw text element
};

} // namespace dlrepro
