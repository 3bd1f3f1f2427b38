#include "PostsXmlReader.h"

namespace dlrepro {

PostsXmlReader::PostsXmlReader(QIODevice *device) : m_xml(device) { }

bool PostsXmlReader::readNext(PostRow *row)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType type = m_xml.readNext();
        if (type == QXmlStreamReader::Invalid)
            break;
        if (type != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("row"))
            continue;
        const QXmlStreamAttributes a = m_xml.attributes();
        *row = PostRow();
        row->id = a.value(QLatin1String("Id")).toLongLong();
        row->postTypeId = a.value(QLatin1String("PostTypeId")).toInt();
        row->parentId = a.value(QLatin1String("ParentId")).toLongLong();
        row->acceptedAnswerId = a.value(QLatin1String("AcceptedAnswerId")).toLongLong();
        row->score = a.value(QLatin1String("Score")).toInt();
        row->answerCount = a.value(QLatin1String("AnswerCount")).toInt();
        // Dump dates carry no zone; they are UTC.
        row->creationDate = QDateTime::fromString(a.value(QLatin1String("CreationDate")).toString(), Qt::ISODateWithMs);
        if (row->creationDate.isValid())
            row->creationDate.setTimeSpec(Qt::UTC);
        row->title = a.value(QLatin1String("Title")).toString();
        row->body = a.value(QLatin1String("Body")).toString();
        row->tags = parseDumpTags(a.value(QLatin1String("Tags")).toString());
        ++m_rows;
        return true;
    }
    if (m_xml.hasError() && m_error.isEmpty())
        m_error = QStringLiteral("invalid XML at line %1, column %2: %3")
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.columnNumber())
                      .arg(m_xml.errorString());
    return false;
}

QString PostsXmlReader::error() const
{
    return m_error;
}

QStringList parseDumpTags(const QString &tags)
{
    const QString t = tags.trimmed();
    if (t.isEmpty())
        return {};
    QStringList out;
    if (t.startsWith(u'<')) {
        // "<python><keras>": the text between each '<' and its '>'.
        qsizetype i = 0;
        while (i < t.size()) {
            const qsizetype open = t.indexOf(u'<', i);
            if (open < 0)
                break;
            const qsizetype close = t.indexOf(u'>', open + 1);
            if (close < 0)
                break;
            const QString tag = t.mid(open + 1, close - open - 1).trimmed();
            if (!tag.isEmpty())
                out.append(tag);
            i = close + 1;
        }
        return out;
    }
    const QChar separator = t.contains(u'|') ? QChar(u'|') : QChar(u' ');
    for (const QString &tag : t.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace dlrepro
