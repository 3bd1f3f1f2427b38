#pragma once

#include "domain/BugType.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlrepro {

// Why a question was not selected; a question is dropped by the first filter it fails, in this
// order (the thesis's order: tags and dates, then the four conceptual-question filters, then
// the bug-type tags of Table 4.1).
enum class SelectDrop {
    NoFrameworkTag,   // none of the --tags
    OutOfDateRange,   // created before --since or after --until
    TitleKeyword,     // "how", "install" or "build" in the title
    NoCodeBlock,      // no <pre> block and no multi-line <code> in the body
    NoAcceptedAnswer, // AcceptedAnswerId missing
    ScoreNotPositive, // score <= 0
    NoBugTypeTag,     // no tag of Table 4.1 (only when untyped questions are not kept)
    AcceptedAnswerMissing, // the accepted answer's row never came in the dump
};

QList<SelectDrop> allSelectDrops();
QString selectDropId(SelectDrop drop);          // no-framework-tag, out-of-date-range, ...
QString selectDropDescription(SelectDrop drop); // one line a user reads

// What one select run read, dropped and kept: the counts behind Table 4.2.
struct SelectStats {
    qint64 rowsRead = 0;
    qint64 questions = 0;
    qint64 answers = 0;
    qint64 otherRows = 0; // wiki excerpts, tag wikis, …: post types other than 1 and 2
    qint64 kept = 0;
    // The most questions ever waiting for their accepted answer at once: the memory bound.
    qint64 peakPending = 0;
    // Whether the input was read a second time for answers listed before their questions.
    bool secondPass = false;
    QMap<SelectDrop, qint64> dropped;
    // framework → bug type → kept questions; Unknown holds the untyped ones.
    QMap<QString, QMap<BugType, qint64>> counts;

    qint64 droppedBy(SelectDrop drop) const { return dropped.value(drop); }
    qint64 count(const QString &framework, BugType type) const { return counts.value(framework).value(type); }
    qint64 frameworkTotal(const QString &framework) const;
    qint64 typeTotal(BugType type) const;
};

// Table 4.2 by framework: one row per framework (in the given order), columns Training, Model,
// Tensor, API, GPU, Mixed (plus Untyped when any was kept), Total, and a Total row; then the
// rows read and how many questions each filter dropped.
QString selectStatsToText(const SelectStats &stats, const QStringList &frameworks);

} // namespace dlrepro
