#pragma once

#include "CorpusReport.h"
#include "SelectOptions.h"
#include "SelectStats.h"

#include <QIODevice>
#include <QString>
#include <functional>

namespace dlrepro {

// The study's dataset construction over a Stack Exchange data dump (thesis 4.3.1–4.3.2):
// streams Posts.xml and hands over each question that passes every filter, with its accepted
// answer attached, as soon as that answer's row is read.
//
// Memory bound: one row at a time, plus, for each candidate question still waiting for its
// accepted answer, one hash entry (accepted answer id → question id and an offset, about 50
// bytes). The candidates' title, tags and body wait in a temporary spool file on disk, not in
// memory, so memory grows with the number of candidates waiting at once (SelectStats::
// peakPending), never with the size of the dump or of the bodies.
//
// Dumps list rows by Id, so an answer comes after its question. When a seekable input still
// has candidates waiting at its end whose answer may have been listed earlier (the rows were
// not in Id order, or an accepted answer's id is below its question's), a second pass looks
// for those answers; the ones still missing are counted as AcceptedAnswerMissing.
class CorpusSelector
{
public:
    // Receives each kept question; returning false stops the run (an output error).
    using Sink = std::function<bool(const SelectedQuestion &)>;

    explicit CorpusSelector(SelectOptions options = {});

    // Returns false on invalid XML, an unreadable input or a failing sink (see error()).
    bool run(QIODevice *posts, const Sink &sink);
    // Opens the file; error() then names it: "Posts.xml: invalid XML at line 3: …".
    bool runFile(const QString &path, const Sink &sink);

    QString error() const { return m_error; }
    const SelectStats &stats() const { return m_stats; }
    const SelectOptions &options() const { return m_options; }

private:
    SelectOptions m_options;
    SelectStats m_stats;
    QString m_error;
};

// A sink writing each question as one compact JSON line (selectedQuestionToJson) to out.
CorpusSelector::Sink jsonLinesSink(QIODevice *out);

} // namespace dlrepro
