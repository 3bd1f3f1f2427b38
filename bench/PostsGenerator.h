#pragma once

#include <QString>

namespace dlrepro::bench {

struct GeneratedPosts {
    qint64 rows = 0;
    qint64 questions = 0;
    qint64 answers = 0;
    qint64 bytes = 0;
};

// Writes a Stack Exchange Posts.xml of exactly `rows` rows: questions with framework and
// Table 4.1 tags, HTML bodies with code blocks and tracebacks, and their answers, listed a few
// to a few thousand rows after the question (as in a real dump). The same seed gives the same
// file. Returns false with *error set when the file cannot be written.
bool generatePostsXml(const QString &path, qint64 rows, quint32 seed, GeneratedPosts *info, QString *error);

// One typical question row (a Posts.xml document of one <row/>), for timing the pipeline.
QByteArray typicalQuestionXml();

} // namespace dlrepro::bench
