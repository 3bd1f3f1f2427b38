#include "HtmlPageImport.h"

#include "HtmlEntities.h"
#include "HtmlText.h"
#include "HtmlTokenizer.h"
#include "StackExchangeImport.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dlrepro {

namespace {

struct PageAnswer {
    QString id;
    bool accepted = false;
    int score = 0;
    QString bodyHtml;
    bool hasBody = false;
};

// What one pass over a page finds. Regions are tracked by div depth only, which is all a
// saved question page needs and survives unclosed <p>s and <li>s.
struct PageScan {
    QString pageTitle;
    QString questionTitle;
    QString questionId;
    QString canonicalUrl;
    QString questionBodyHtml;
    bool hasQuestionBody = false;
    QStringList questionTags;
    QStringList otherTags;
    QList<PageAnswer> answers;
};

QString collapsed(const QString &text)
{
    return decodeHtmlEntities(text).simplified();
}

PageScan scanPage(QStringView html)
{
    PageScan scan;
    HtmlTokenizer tokenizer(html);
    HtmlToken t;
    int divDepth = 0;
    int questionDepth = -1;
    bool questionSeen = false;
    int answerDepth = -1;
    int bodyDepth = -1;
    qsizetype bodyStart = 0;
    bool inH1 = false;
    enum class Capture { None, PageTitle, QuestionTitle, Tag };
    Capture capture = Capture::None;
    QString captured;
    bool tagInQuestion = false;

    while (tokenizer.next(&t)) {
        if (t.type == HtmlToken::Text) {
            if (capture != Capture::None)
                captured += html.mid(t.start, t.end - t.start);
            continue;
        }
        const bool start = t.type == HtmlToken::StartTag;
        if (t.name == QLatin1String("div")) {
            if (start && !t.selfClosing) {
                const QString id = t.attribute(QLatin1StringView("id"));
                if (!questionSeen && (id == QLatin1String("question") || t.hasClass(QLatin1StringView("question")))) {
                    questionSeen = true;
                    questionDepth = divDepth;
                    scan.questionId = t.attribute(QLatin1StringView("data-questionid"));
                } else if (questionDepth < 0 && answerDepth < 0 && t.hasClass(QLatin1StringView("answer"))) {
                    answerDepth = divDepth;
                    PageAnswer a;
                    a.id = t.attribute(QLatin1StringView("data-answerid"));
                    if (a.id.isEmpty() && id.startsWith(QLatin1String("answer-")))
                        a.id = id.mid(7);
                    a.accepted = t.hasClass(QLatin1StringView("accepted-answer"));
                    a.score = t.attribute(QLatin1StringView("data-score")).toInt();
                    scan.answers.append(a);
                } else if (bodyDepth < 0
                           && (t.hasClass(QLatin1StringView("s-prose")) || t.hasClass(QLatin1StringView("js-post-body")))
                           && ((questionDepth >= 0 && !scan.hasQuestionBody)
                               || (answerDepth >= 0 && !scan.answers.last().hasBody))) {
                    bodyDepth = divDepth;
                    bodyStart = t.end;
                }
                ++divDepth;
            } else if (!start && divDepth > 0) {
                --divDepth;
                if (divDepth == bodyDepth) {
                    const QString body = html.mid(bodyStart, t.start - bodyStart).toString();
                    if (questionDepth >= 0) {
                        scan.questionBodyHtml = body;
                        scan.hasQuestionBody = true;
                    } else if (answerDepth >= 0) {
                        scan.answers.last().bodyHtml = body;
                        scan.answers.last().hasBody = true;
                    }
                    bodyDepth = -1;
                }
                if (divDepth == questionDepth)
                    questionDepth = -1;
                if (divDepth == answerDepth)
                    answerDepth = -1;
            }
            continue;
        }
        if (t.name == QLatin1String("h1")) {
            inH1 = start;
            continue;
        }
        if (t.name == QLatin1String("title")) {
            if (start && scan.pageTitle.isEmpty()) {
                capture = Capture::PageTitle;
                captured.clear();
            } else if (!start && capture == Capture::PageTitle) {
                scan.pageTitle = collapsed(captured);
                capture = Capture::None;
            }
            continue;
        }
        if (t.name == QLatin1String("link") && start
            && t.attribute(QLatin1StringView("rel")) == QLatin1String("canonical")) {
            scan.canonicalUrl = t.attribute(QLatin1StringView("href"));
            continue;
        }
        if (t.name == QLatin1String("a")) {
            if (start && capture == Capture::None) {
                if (inH1 && t.hasClass(QLatin1StringView("question-hyperlink")) && scan.questionTitle.isEmpty()) {
                    capture = Capture::QuestionTitle;
                    captured.clear();
                } else if (t.hasClass(QLatin1StringView("post-tag"))) {
                    capture = Capture::Tag;
                    tagInQuestion = questionDepth >= 0;
                    captured.clear();
                }
            } else if (!start && capture == Capture::QuestionTitle) {
                scan.questionTitle = collapsed(captured);
                capture = Capture::None;
            } else if (!start && capture == Capture::Tag) {
                const QString tag = collapsed(captured);
                QStringList &tags = tagInQuestion ? scan.questionTags : scan.otherTags;
                if (!tag.isEmpty() && !tags.contains(tag))
                    tags.append(tag);
                capture = Capture::None;
            }
        }
    }
    if (bodyDepth >= 0) { // the page ended inside a body: keep what there is
        const QString body = html.mid(bodyStart).toString();
        if (questionDepth >= 0) {
            scan.questionBodyHtml = body;
            scan.hasQuestionBody = true;
        } else if (answerDepth >= 0) {
            scan.answers.last().bodyHtml = body;
            scan.answers.last().hasBody = true;
        }
    }
    return scan;
}

QString questionIdFromUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("/questions/(\\d+)"));
    const QRegularExpressionMatch m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "python - Keras model accuracy - Stack Overflow" → "Keras model accuracy"
QString stripSiteName(QString title)
{
    const QString site = QStringLiteral(" - Stack Overflow");
    if (title.endsWith(site))
        title.chop(site.size());
    return title.trimmed();
}

} // namespace

ImportResult importHtml(const QString &html, const QString &inputName)
{
    const PageScan scan = scanPage(html);
    Report r;
    ImportResult result;
    if (scan.hasQuestionBody) {
        r.body = makePost(htmlToText(scan.questionBodyHtml), scan.questionBodyHtml, MarkupFormat::Html);
        QString id = scan.questionId;
        if (id.isEmpty())
            id = questionIdFromUrl(scan.canonicalUrl);
        if (!id.isEmpty()) {
            r.source = ReportSource::StackOverflow;
            r.id = QStringLiteral("so:") + id;
            r.url = scan.canonicalUrl.isEmpty() ? stackOverflowQuestionUrl(id.toLongLong()) : scan.canonicalUrl;
            r.body.id = id;
        } else {
            r.id = inputName;
        }
        r.title = scan.questionTitle.isEmpty() ? stripSiteName(scan.pageTitle) : scan.questionTitle;
        r.tags = scan.questionTags.isEmpty() ? scan.otherTags : scan.questionTags;
        for (const PageAnswer &pa : scan.answers) {
            if (!pa.hasBody)
                continue;
            Answer a;
            a.post = makePost(htmlToText(pa.bodyHtml), pa.bodyHtml, MarkupFormat::Html);
            a.post.id = pa.id;
            a.post.score = pa.score;
            a.accepted = pa.accepted;
            if (pa.accepted)
                r.acceptedAnswerId = pa.id;
            r.answers.append(a);
        }
        if (r.body.text.trimmed().isEmpty())
            return ImportResult::failure(inputName, QStringLiteral("the question on this page has an empty body"));
    } else {
        r.id = inputName;
        r.body = makePost(htmlToText(html), html, MarkupFormat::Html);
        r.title = scan.pageTitle;
        if (r.title.isEmpty())
            r.title = r.body.text.section(u'\n', 0, 0).left(200).trimmed();
        r.tags = scan.otherTags;
        if (r.body.text.trimmed().isEmpty())
            return ImportResult::failure(inputName, QStringLiteral("empty body (the HTML holds no text)"));
    }
    result.reports.append(r);
    return result;
}

} // namespace dlrepro
