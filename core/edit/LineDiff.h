#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

struct DiffLine {
    enum Op { Equal, Delete, Insert };
    Op op = Equal;
    QString text;
    int oldLine = 0; // 1-based; 0 for an insertion
    int newLine = 0; // 1-based; 0 for a deletion
};

// A shortest line edit script (Myers' O(ND) algorithm, common prefix/suffix stripped first).
// Past `maxEdits` differing lines it gives up minimality and replaces the differing middle as
// one block, so that huge unrelated inputs stay fast and bounded in memory.
QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines, int maxEdits = 2000);

// Splits text into lines for diffing ("a\nb\n" → {"a", "b"}; "a\nb" → {"a", "b"}).
QStringList splitDiffLines(const QString &text);

// A unified diff ("--- a/name", "+++ b/name", "@@ -l,n +l,n @@" hunks); empty when equal.
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

} // namespace dlrepro
