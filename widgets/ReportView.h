#pragma once

#include "inspect/Inspection.h"

#include <QList>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace dlrepro {

// The report pane: title, tags as chips, and the body with every fact's span highlighted in its
// information category's colour, above a legend. Code blocks are monospaced and shaded by kind.
// The body text goes into the document verbatim (one document position per UTF-16 unit), so a
// fact's TextSpan maps to document positions by adding one offset.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    void setInspection(const Inspection &inspection);
    void clear();

    // Selects the fact's span in the browser and scrolls to it; false when the fact has no span
    // in the body (it came from the title or the tags).
    bool selectFact(int index);

    // At most this many facts are coloured (the first in the text); all stay selectable.
    static constexpr int kMaxHighlights = 20000;
    int highlightedCount() const { return m_highlighted; }

    QTextBrowser *browser() const { return m_browser; }
    QWidget *legend() const { return m_legend; } // the colour legend under the report
    // Document position of a body offset; -1 when outside the body.
    int documentPosition(qsizetype bodyOffset) const;
    QString selectedText() const; // the browser's selection, newlines as '\n'

    // The hint's focus statement: marked (over the fact colours) until the next call; an
    // invalid span clears it. showFocus() selects it and scrolls to it.
    void setFocusSpan(const TextSpan &span);
    TextSpan focusSpan() const { return m_focusSpan; }
    bool showFocus();

    // The answers and comments, below the body: one clickable header per answer (the accepted
    // one first and marked) that folds its text away, and one for the question's comments.
    // They follow the body in the document, so body offsets keep their positions.
    int answerCount() const { return int(m_answers.size()); }
    QString answerHeader(int index) const; // in display order, without the fold arrow
    bool isAnswerExpanded(int index) const;
    void setAnswerExpanded(int index, bool expanded);
    bool commentsExpanded() const { return m_commentsExpanded; }
    void setCommentsExpanded(bool expanded);

signals:
    void factActivated(int index); // the user clicked a highlight

private:
    void onAnchorClicked(const QUrl &url);
    void renderDiscussion();
    bool isAccepted(int index) const;

    QTextBrowser *m_browser = nullptr;
    QWidget *m_legend = nullptr;
    QList<TextSpan> m_factSpans;
    int m_bodyStart = 0;
    qsizetype m_bodyLength = 0;
    int m_highlighted = 0;
    TextSpan m_focusSpan;
    QList<Answer> m_answers; // display order
    QList<bool> m_answerExpanded;
    QList<Post> m_comments;
    QString m_acceptedId;
    bool m_commentsExpanded = false;
    int m_discussionStart = -1;
};

} // namespace dlrepro
