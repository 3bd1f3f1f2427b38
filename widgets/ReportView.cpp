#include "ReportView.h"

#include "CategoryStyle.h"
#include "FlowLayout.h"

#include <QFontDatabase>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dlrepro {

namespace {

const QString kFactScheme = QStringLiteral("fact");
const QString kAnswerScheme = QStringLiteral("answer");
const QString kCommentsScheme = QStringLiteral("comments");

// QTextCursor::insertText turns "\r\n" into one paragraph break and treats \r and the frame
// markers as breaks too: replace them one for one so that body offsets stay document offsets.
QString verbatimBodyText(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t u = ch.unicode();
        if (u == u'\r' || u == 0xFDD0 || u == 0xFDD1 || u == 0)
            ch = QLatin1Char(' ');
    }
    return out;
}

QLabel *legendChip(const QString &name, const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<span style=\"background-color:%1; color:#000000;\">&nbsp;%2&nbsp;</span>")
                       .arg(color.name(), name.toHtmlEscaped()));
    return label;
}

} // namespace

ReportView::ReportView(QWidget *parent) : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    // A reading pane with fixed pastel highlights: keep it light whatever the desktop theme.
    QPalette pal = m_browser->palette();
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, Qt::black);
    m_browser->setPalette(pal);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReportView::onAnchorClicked);

    // A flow layout: at the default pane widths one row clips the last labels.
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    auto *legend = new FlowLayout(m_legend, 6, 2);
    legend->setContentsMargins(2, 2, 2, 2);
    legend->addTitle(new QLabel(tr("Highlights:"), m_legend));
    for (const LegendEntry &e : highlightLegend())
        legend->addWidget(legendChip(e.name, e.color, m_legend));
    legend->addGroupGap(12);
    legend->addTitle(new QLabel(tr("Blocks:"), m_legend));
    for (CodeBlockKind k : {CodeBlockKind::Code, CodeBlockKind::Console, CodeBlockKind::Traceback})
        legend->addWidget(legendChip(codeBlockKindName(k), codeBlockColor(k).darker(108), m_legend));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_legend);
}

void ReportView::clear()
{
    m_browser->setExtraSelections({});
    m_focusSpan = TextSpan();
    m_browser->clear();
    m_factSpans.clear();
    m_bodyStart = 0;
    m_bodyLength = 0;
    m_answers.clear();
    m_answerExpanded.clear();
    m_comments.clear();
    m_acceptedId.clear();
    m_commentsExpanded = false;
    m_discussionStart = -1;
}

void ReportView::setInspection(const Inspection &inspection)
{
    clear();
    const Report &report = inspection.report;
    QTextDocument *doc = m_browser->document();
    doc->setDocumentMargin(10);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();

    const QFont baseFont = m_browser->font();
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(baseFont.pointSizeF() * 1.45);
    titleFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(4);
    cursor.setBlockFormat(titleBlock);
    const QString title = report.title.simplified();
    cursor.insertText(title.isEmpty() ? tr("(untitled report)") : title, titleFormat);

    QTextCharFormat metaFormat;
    metaFormat.setForeground(QColor(0x60, 0x60, 0x60));
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(4);
    QStringList meta;
    if (!report.id.isEmpty())
        meta << report.id.simplified();
    if (!report.url.isEmpty())
        meta << report.url.simplified();
    if (!report.state.isEmpty())
        meta << report.state;
    if (!meta.isEmpty()) {
        cursor.insertBlock(metaBlock, metaFormat);
        cursor.insertText(meta.join(QStringLiteral("  ·  ")), metaFormat);
    }

    if (!report.tags.isEmpty()) {
        cursor.insertBlock(metaBlock, QTextCharFormat());
        QTextCharFormat chip;
        chip.setBackground(QColor(0xDD, 0xE7, 0xF3));
        chip.setForeground(QColor(0x1A, 0x3D, 0x6B));
        for (const QString &tag : report.tags) {
            cursor.insertText(QChar(0xA0) + tag.simplified() + QChar(0xA0), chip);
            cursor.insertText(QStringLiteral("  "), QTextCharFormat());
        }
    }

    QTextBlockFormat bodyBlock;
    bodyBlock.setTopMargin(6);
    cursor.insertBlock(bodyBlock, QTextCharFormat());
    bodyBlock.setTopMargin(0);
    cursor.setBlockFormat(bodyBlock);
    m_bodyStart = cursor.position();
    const QString body = verbatimBodyText(report.body.text);
    m_bodyLength = body.size();
    cursor.insertText(body, QTextCharFormat());

    auto select = [&](const TextSpan &span) {
        if (!span.isValid() || span.length <= 0 || span.end() > m_bodyLength)
            return false;
        cursor.setPosition(m_bodyStart + int(span.start));
        cursor.setPosition(m_bodyStart + int(span.end()), QTextCursor::KeepAnchor);
        return true;
    };

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const CodeBlock &block : report.body.codeBlocks) {
        if (!select(block.span))
            continue;
        QTextCharFormat f;
        f.setFontFamilies(mono.families());
        f.setFontFixedPitch(true);
        if (block.kind == CodeBlockKind::Traceback)
            f.setForeground(QColor(0x8B, 0x1A, 0x1A));
        else if (block.kind == CodeBlockKind::Console)
            f.setForeground(QColor(0x28, 0x35, 0x93));
        cursor.mergeCharFormat(f);
        QTextBlockFormat b;
        b.setBackground(codeBlockColor(block.kind));
        b.setLeftMargin(8);
        b.setNonBreakableLines(false);
        cursor.mergeBlockFormat(b);
    }

    // Past a few thousand highlights the document formatting, not the reading, takes the time:
    // only the first facts in the text are coloured; all stay selectable from the list.
    // Longer spans first, so that a short fact inside a long one stays clickable on top.
    QList<int> order;
    for (int i = 0; i < inspection.facts.size(); ++i) {
        m_factSpans << inspection.facts.at(i).span;
        if (i < kMaxHighlights)
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return inspection.facts.at(a).span.length > inspection.facts.at(b).span.length;
    });
    m_highlighted = 0;
    for (int i : order) {
        const Fact &fact = inspection.facts.at(i);
        if (!select(fact.span))
            continue;
        QTextCharFormat f;
        f.setBackground(factColor(fact.kind));
        f.setForeground(Qt::black);
        f.setAnchor(true);
        f.setAnchorHref(kFactScheme + QLatin1Char(':') + QString::number(i));
        QString tip = factKindName(fact.kind);
        if (!fact.name.isEmpty())
            tip += QStringLiteral(": ") + fact.name;
        if (!fact.value.isEmpty())
            tip += QStringLiteral(" = ") + fact.value;
        f.setToolTip(tip);
        cursor.mergeCharFormat(f);
        ++m_highlighted;
    }
    cursor.endEditBlock();

    m_acceptedId = report.acceptedAnswerId;
    m_answers = report.answers;
    // The accepted answer first, then the best scored: the order a reader of the site sees.
    std::stable_sort(m_answers.begin(), m_answers.end(), [&](const Answer &a, const Answer &b) {
        const bool aa = a.accepted || (!m_acceptedId.isEmpty() && a.post.id == m_acceptedId);
        const bool ba = b.accepted || (!m_acceptedId.isEmpty() && b.post.id == m_acceptedId);
        if (aa != ba)
            return aa;
        return a.post.score > b.post.score;
    });
    for (int i = 0; i < m_answers.size(); ++i)
        m_answerExpanded << isAccepted(i);
    m_comments = report.comments;
    m_discussionStart = m_bodyStart + int(m_bodyLength);
    renderDiscussion();
    m_browser->moveCursor(QTextCursor::Start);
}

bool ReportView::isAccepted(int index) const
{
    const Answer &a = m_answers.at(index);
    return a.accepted || (!m_acceptedId.isEmpty() && a.post.id == m_acceptedId);
}

QString ReportView::answerHeader(int index) const
{
    if (index < 0 || index >= m_answers.size())
        return QString();
    const Post &post = m_answers.at(index).post;
    const QString author = post.author.simplified();
    QStringList parts;
    if (isAccepted(index))
        parts << tr("accepted ✓");
    parts << tr("score %1").arg(post.score);
    return tr("Answer by %1").arg(author.isEmpty() ? tr("anonymous") : author) + QStringLiteral(" (")
           + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool ReportView::isAnswerExpanded(int index) const
{
    return index >= 0 && index < m_answerExpanded.size() && m_answerExpanded.at(index);
}

void ReportView::setAnswerExpanded(int index, bool expanded)
{
    if (index < 0 || index >= m_answerExpanded.size() || m_answerExpanded.at(index) == expanded)
        return;
    m_answerExpanded[index] = expanded;
    renderDiscussion();
}

void ReportView::setCommentsExpanded(bool expanded)
{
    if (m_comments.isEmpty() || m_commentsExpanded == expanded)
        return;
    m_commentsExpanded = expanded;
    renderDiscussion();
}

// Rewrites everything after the body, leaving the body's positions, highlights and the focus
// mark untouched.
void ReportView::renderDiscussion()
{
    if (m_discussionStart < 0)
        return;
    QTextDocument *doc = m_browser->document();
    const int scroll = m_browser->verticalScrollBar()->value();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.setPosition(std::min(m_discussionStart, doc->characterCount() - 1));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat plain;
    plain.setForeground(Qt::black);
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setForeground(QColor(0x1A, 0x3D, 0x6B));
    header.setAnchor(true);
    QTextCharFormat commentFormat;
    commentFormat.setForeground(QColor(0x50, 0x50, 0x50));
    commentFormat.setFontPointSize(m_browser->font().pointSizeF() * 0.92);

    auto insertHeader = [&](const QString &href, bool expanded, const QString &text, const QColor &background) {
        QTextBlockFormat block;
        block.setTopMargin(10);
        block.setBackground(background);
        cursor.insertBlock(block, QTextCharFormat());
        QTextCharFormat f = header;
        f.setAnchorHref(href);
        cursor.insertText((expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + text, f);
    };
    auto insertPost = [&](const Post &post, int indent) {
        QTextBlockFormat block;
        block.setLeftMargin(indent);
        block.setTopMargin(4);
        cursor.insertBlock(block, plain);
        const int start = cursor.position();
        const QString text = verbatimBodyText(post.text);
        cursor.insertText(text, plain);
        for (const CodeBlock &code : post.codeBlocks) {
            if (!code.span.isValid() || code.span.length <= 0 || code.span.end() > text.size())
                continue;
            QTextCursor c(doc);
            c.setPosition(start + int(code.span.start));
            c.setPosition(start + int(code.span.end()), QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setFontFamilies(mono.families());
            f.setFontFixedPitch(true);
            c.mergeCharFormat(f);
            QTextBlockFormat b;
            b.setBackground(codeBlockColor(code.kind));
            b.setLeftMargin(indent + 8);
            c.mergeBlockFormat(b);
        }
    };
    auto insertComments = [&](const QList<Post> &comments, int indent) {
        for (const Post &comment : comments) {
            QTextBlockFormat block;
            block.setLeftMargin(indent);
            block.setTopMargin(2);
            cursor.insertBlock(block, commentFormat);
            const QString author = comment.author.simplified();
            cursor.insertText(QStringLiteral("— ") + (author.isEmpty() ? tr("anonymous") : author)
                                  + QStringLiteral(": ") + verbatimBodyText(comment.text).simplified(),
                              commentFormat);
        }
    };

    if (!m_comments.isEmpty()) {
        insertHeader(kCommentsScheme + QLatin1Char(':'), m_commentsExpanded,
                     tr("%n comment(s)", nullptr, int(m_comments.size())), QColor(0xF2, 0xF2, 0xF2));
        if (m_commentsExpanded)
            insertComments(m_comments, 12);
    }
    for (int i = 0; i < m_answers.size(); ++i) {
        const Answer &answer = m_answers.at(i);
        insertHeader(kAnswerScheme + QLatin1Char(':') + QString::number(i), m_answerExpanded.at(i), answerHeader(i),
                     isAccepted(i) ? QColor(0xE3, 0xF4, 0xE1) : QColor(0xF2, 0xF2, 0xF2));
        if (!m_answerExpanded.at(i))
            continue;
        insertPost(answer.post, 12);
        if (!answer.comments.isEmpty())
            insertComments(answer.comments, 24);
    }
    cursor.endEditBlock();
    // A mark ending at the body's end was pushed past the text inserted there: place it again.
    const TextSpan focus = m_focusSpan; // a copy: setFocusSpan resets the member first
    setFocusSpan(focus);
    m_browser->verticalScrollBar()->setValue(scroll);
}

int ReportView::documentPosition(qsizetype bodyOffset) const
{
    if (bodyOffset < 0 || bodyOffset > m_bodyLength)
        return -1;
    return m_bodyStart + int(bodyOffset);
}

bool ReportView::selectFact(int index)
{
    if (index < 0 || index >= m_factSpans.size())
        return false;
    const TextSpan span = m_factSpans.at(index);
    if (!span.isValid() || span.length <= 0 || span.end() > m_bodyLength)
        return false;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(documentPosition(span.start));
    cursor.setPosition(documentPosition(span.end()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    return true;
}

QString ReportView::selectedText() const
{
    QString text = m_browser->textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void ReportView::setFocusSpan(const TextSpan &span)
{
    QList<QTextEdit::ExtraSelection> marks;
    m_focusSpan = TextSpan();
    if (span.isValid() && span.length > 0 && span.end() <= m_bodyLength) {
        m_focusSpan = span;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_browser->document());
        mark.cursor.setPosition(documentPosition(span.start));
        mark.cursor.setPosition(documentPosition(span.end()), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xFF, 0xF1, 0x76));
        mark.format.setForeground(Qt::black);
        mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        mark.format.setUnderlineColor(QColor(0xF5, 0x7F, 0x17));
        mark.format.setToolTip(tr("The most relevant statement for this bug type"));
        marks << mark;
    }
    m_browser->setExtraSelections(marks);
}

bool ReportView::showFocus()
{
    if (!m_focusSpan.isValid())
        return false;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(documentPosition(m_focusSpan.end()));
    m_browser->setTextCursor(cursor);
    cursor.setPosition(documentPosition(m_focusSpan.start));
    m_browser->setTextCursor(cursor); // lands the statement's start in view after its end
    m_browser->ensureCursorVisible();
    return true;
}

void ReportView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == kCommentsScheme) {
        setCommentsExpanded(!m_commentsExpanded);
        return;
    }
    if (url.scheme() == kAnswerScheme) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok)
            setAnswerExpanded(index, !isAnswerExpanded(index));
        return;
    }
    if (url.scheme() != kFactScheme)
        return;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok && index >= 0 && index < m_factSpans.size()) {
        selectFact(index);
        emit factActivated(index);
    }
}

} // namespace dlrepro
