#include "CorpusSelector.h"

#include "CorpusFilters.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryFile>

namespace dlrepro {

namespace {

// Candidate questions waiting for their accepted answer: the question rows on disk, an index
// in memory keyed by the accepted answer's id.
class PendingQuestions
{
public:
    bool open()
    {
        m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/dlrepro-select-XXXXXX.spool"));
        return m_file.open();
    }
    QString errorString() const { return m_file.errorString(); }

    // False when another question already waits for the same answer id (a broken dump) or the
    // spool cannot be written.
    bool add(const PostRow &q, bool *duplicate)
    {
        *duplicate = m_index.contains(q.acceptedAnswerId);
        if (*duplicate)
            return false;
        const qint64 offset = m_file.size();
        if (!m_file.seek(offset))
            return false;
        QDataStream s(&m_file);
        s << q.id << q.acceptedAnswerId << qint32(q.score) << q.creationDate << q.title << q.body << q.tags;
        if (s.status() != QDataStream::Ok)
            return false;
        m_index.insert(q.acceptedAnswerId, Entry{q.id, offset});
        return true;
    }

    // The question waiting for this answer, taken out of the waiting list.
    bool take(const PostRow &answer, PostRow *question)
    {
        const auto it = m_index.constFind(answer.id);
        if (it == m_index.cend())
            return false;
        // An answer row says whose answer it is; one to another question is not this one.
        if (answer.parentId != 0 && answer.parentId != it->questionId)
            return false;
        const qint64 offset = it->offset;
        m_index.erase(it);
        if (!m_file.seek(offset))
            return false;
        QDataStream s(&m_file);
        qint32 score = 0;
        s >> question->id >> question->acceptedAnswerId >> score >> question->creationDate >> question->title
            >> question->body >> question->tags;
        question->score = score;
        question->postTypeId = 1;
        return s.status() == QDataStream::Ok;
    }

    // Whether an answer listed earlier than its question could still be waiting: in a file
    // ordered by Id, only one whose id is below its question's.
    bool mayHaveEarlierAnswers(bool idsAscending) const
    {
        if (!idsAscending)
            return !m_index.isEmpty();
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
            if (it.key() < it->questionId)
                return true;
        return false;
    }

    qsizetype size() const { return m_index.size(); }
    bool isEmpty() const { return m_index.isEmpty(); }

private:
    struct Entry {
        qint64 questionId;
        qint64 offset;
    };
    QTemporaryFile m_file;
    QHash<qint64, Entry> m_index;
};

QString xmlError(const PostsXmlReader &reader)
{
    const QString e = reader.error();
    if (e.contains(QLatin1String("line"), Qt::CaseInsensitive))
        return e;
    return QStringLiteral("invalid XML at line %1: %2").arg(reader.lineNumber()).arg(e);
}

} // namespace

CorpusSelector::CorpusSelector(SelectOptions options) : m_options(std::move(options)) {}

bool CorpusSelector::runFile(const QString &path, const Sink &sink)
{
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        m_error = path + QStringLiteral(": is a directory, not a Posts.xml file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return false;
    }
    if (!run(&file, sink)) {
        m_error = path + QStringLiteral(": ") + m_error;
        return false;
    }
    return true;
}

bool CorpusSelector::run(QIODevice *posts, const Sink &sink)
{
    m_stats = SelectStats();
    m_error.clear();
    PendingQuestions pending;
    if (!pending.open()) {
        m_error = QStringLiteral("cannot create a temporary spool file: ") + pending.errorString();
        return false;
    }

    auto drop = [this](SelectDrop why) { ++m_stats.dropped[why]; };

    auto emitQuestion = [&](const PostRow &q, const PostRow &a) {
        SelectedQuestion selected;
        selected.report = reportFromQuestionRow(q);
        selected.report.answers << acceptedAnswerFromRow(a);
        selected.framework = frameworkForTags(q.tags, m_options.frameworks);
        selected.bugType = bugTypeForTags(q.tags, &selected.bugTypeParts);
        ++m_stats.kept;
        ++m_stats.counts[selected.framework][selected.bugType];
        if (!sink(selected)) {
            m_error = QStringLiteral("cannot write the selected questions");
            return false;
        }
        return true;
    };

    // Each question is dropped by the first filter it fails (SelectDrop's order).
    auto candidate = [&](const PostRow &q) {
        if (frameworkForTags(q.tags, m_options.frameworks).isEmpty())
            return drop(SelectDrop::NoFrameworkTag), false;
        const bool ranged = m_options.since.isValid() || m_options.until.isValid();
        if (ranged
            && (!q.creationDate.isValid() || (m_options.since.isValid() && q.creationDate < m_options.since)
                || (m_options.until.isValid() && q.creationDate > m_options.until)))
            return drop(SelectDrop::OutOfDateRange), false;
        if (titleHasExcludedWord(q.title))
            return drop(SelectDrop::TitleKeyword), false;
        if (!htmlHasCodeBlock(q.body))
            return drop(SelectDrop::NoCodeBlock), false;
        if (q.acceptedAnswerId <= 0)
            return drop(SelectDrop::NoAcceptedAnswer), false;
        if (q.score <= 0)
            return drop(SelectDrop::ScoreNotPositive), false;
        if (!m_options.keepUntyped && bugTypeForTags(q.tags) == BugType::Unknown)
            return drop(SelectDrop::NoBugTypeTag), false;
        return true;
    };

    PostsXmlReader reader(posts);
    PostRow row;
    bool idsAscending = true;
    qint64 lastId = 0;
    while (reader.readNext(&row)) {
        ++m_stats.rowsRead;
        idsAscending = idsAscending && row.id > lastId;
        lastId = row.id;
        if (row.postTypeId == 1) {
            ++m_stats.questions;
            if (!candidate(row))
                continue;
            bool duplicate = false;
            if (!pending.add(row, &duplicate)) {
                if (!duplicate) {
                    m_error = QStringLiteral("cannot write the temporary spool file: ") + pending.errorString();
                    return false;
                }
                drop(SelectDrop::AcceptedAnswerMissing);
                continue;
            }
            m_stats.peakPending = qMax(m_stats.peakPending, qint64(pending.size()));
        } else if (row.postTypeId == 2) {
            ++m_stats.answers;
            PostRow question;
            if (pending.take(row, &question) && !emitQuestion(question, row))
                return false;
        } else {
            ++m_stats.otherRows;
        }
    }
    if (!reader.error().isEmpty()) {
        m_error = xmlError(reader);
        return false;
    }

    // Answers listed before their questions (never in a dump ordered by Id, where an answer's
    // id is above its question's, but in hand-made or merged files): one more pass over the
    // answers, when the input can be read again and such an answer may exist.
    if (pending.mayHaveEarlierAnswers(idsAscending) && !posts->isSequential() && posts->seek(0)) {
        m_stats.secondPass = true;
        PostsXmlReader again(posts);
        while (!pending.isEmpty() && again.readNext(&row)) {
            PostRow question;
            if (row.postTypeId == 2 && pending.take(row, &question) && !emitQuestion(question, row))
                return false;
        }
        if (!again.error().isEmpty()) {
            m_error = xmlError(again);
            return false;
        }
    }
    m_stats.dropped[SelectDrop::AcceptedAnswerMissing] += pending.size();
    return true;
}

CorpusSelector::Sink jsonLinesSink(QIODevice *out)
{
    return [out](const SelectedQuestion &q) {
        QByteArray line = QJsonDocument(selectedQuestionToJson(q)).toJson(QJsonDocument::Compact);
        line.append('\n');
        return out->write(line) == line.size();
    };
}

} // namespace dlrepro
