#pragma once

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace dlrepro {

// One <row/> of a Stack Exchange data dump's Posts.xml, attributes decoded (Body is HTML).
struct PostRow {
    qint64 id = 0;
    int postTypeId = 0; // 1 question, 2 answer
    qint64 parentId = 0;
    qint64 acceptedAnswerId = 0;
    int score = 0;
    QDateTime creationDate;
    QString title;
    QString body; // HTML
    QStringList tags; // from "<a><b>" or "|a|b|"
    int answerCount = 0;
};

// Streams rows from a Posts.xml of any size with constant memory: one row in memory at a time.
class PostsXmlReader
{
public:
    explicit PostsXmlReader(QIODevice *device);

    // Reads the next <row>. Returns false at the end or on an error (see error()).
    bool readNext(PostRow *row);
    QString error() const; // empty when the input ended cleanly
    qint64 rowsRead() const { return m_rows; }
    qint64 lineNumber() const { return m_xml.lineNumber(); }

private:
    QXmlStreamReader m_xml;
    qint64 m_rows = 0;
    QString m_error;
};

QStringList parseDumpTags(const QString &tags);

} // namespace dlrepro
