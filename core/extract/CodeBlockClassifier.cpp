#include "ExtractSupport.h"
#include "FactExtractor.h"

#include <QStringView>

namespace dlrepro {

namespace {

enum class LineKind { Blank, Code, Console, TracebackStart, TracebackFrame, ErrorLine, Other };

const QRegularExpression &codeLine()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(^\h{0,40}(?:(?:import|from\h+[\w.]{1,100}\h+import|def|class|for|while|if|elif|else|try|except|finally|with|return|raise|assert|yield|lambda|pass|break|continue|global|async\h+def)\b|print\())"
        R"(|^\h{0,40}@[\w.]{1,100})"
        R"(|^\h{0,40}#)"
        R"(|^\h{0,40}[A-Za-z_][\w.]{0,100}(?:\[[^\]\n]{0,100}\])?(?:\h*,\h*[A-Za-z_][\w.]{0,100}){0,10}\h*(?:[-+*/%]|//|\*\*)?=(?!=))"
        R"(|^\h{0,40}[A-Za-z_][\w.]{0,100}\(.{0,2000}\)\h*[:;]?\h*$)"
        R"(|^\h{0,40}[)\]}],?\h*$)"), false);
    return re;
}

const QRegularExpression &consoleLine()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(^\h{0,40}Epoch\h{1,4}\d{1,7}\h{0,3}/\h{0,3}\d{1,7})"
        R"(|^\h{0,40}\d{1,9}/\d{1,9}\h{1,4}\[[=>.]{0,200}\])"
        R"(|^\h{0,40}[$%>]\h)"
        R"(|^\h{0,40}>>>)"
        R"(|^\h{0,40}In\h\[\d{0,6}\]:)"
        R"(|^\h{0,40}(?i:(?:val_)?(?:loss|acc|accuracy))\h{0,3}[:=]\h{0,3}[-+\d.naif])"
        R"(|\h-\h(?:val_)?(?:loss|acc|accuracy):\h)"
        // Hand-printed training logs: "epoch 3 loss = 0.25", "Step [10/100]", "iter 200: ..."
        R"(|^\h{0,40}(?i:epoch|step|iter(?:ation)?|batch)\h{0,3}[:\[#(]?\h{0,3}\d)"
        R"(|^\h{0,40}[-+.eE\h\[\](),]{0,50}+\d[-+\d.eE\h\[\](),]{0,2000}+$)"
        R"(|^\h{0,40}(?:tensor|array)\(\[)"
        R"(|^\h{0,40}[=_-]{5,}\h*$)"
        R"(|^\h{0,40}(?:Total|Trainable|Non-trainable)\hparams:)"
        R"(|^\h{0,40}Model:\h")"
        R"(|^\h{0,40}Layer\h\(type\))"
        R"(|^\h{0,40}[A-Za-z_][\w.]{0,60}\h{1,10}:\h)"
        R"(|^\h{0,40}\d{4}-\d\d-\d\d\h\d\d:\d\d)"
        R"(|^\h{0,40}(?:WARNING|INFO|ERROR|DEBUG|[IWEF]\d{4})\b)"
        R"(|^\h{0,40}(?:Downloading|Collecting|Requirement\halready|Successfully|Using\h(?:TensorFlow|Theano)\hbackend))"),
        false);
    return re;
}

const QRegularExpression &errorLine()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(^\h{0,8}(?:[A-Za-z_]\w{0,60}+\.){0,12}+(?:[A-Z]\w{0,60}?(?:Error|Exception|Exit|Interrupt)|Exception|StopIteration)(?::\h|:$))"),
        false);
    return re;
}

LineKind lineKind(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return LineKind::Blank;
    if (line.size() > 4000)
        return LineKind::Other;
    if (t.startsWith(QLatin1String("Traceback (most recent call last)")))
        return LineKind::TracebackStart;
    if (t.startsWith(QLatin1String("File \"")) && t.contains(QLatin1String("\", line ")))
        return LineKind::TracebackFrame;
    if (t.startsWith(QLatin1String("During handling of the above exception"))
        || t.startsWith(QLatin1String("The above exception was the direct cause")))
        return LineKind::TracebackStart;
    if (errorLine().match(line).hasMatch())
        return LineKind::ErrorLine;
    if (consoleLine().match(line).hasMatch())
        return LineKind::Console;
    if (codeLine().match(line).hasMatch())
        return LineKind::Code;
    return LineKind::Other;
}

} // namespace

CodeBlockKind classifyCodeBlock(const QString &blockText)
{
    int code = 0, console = 0, traceback = 0, errors = 0;
    LineKind first = LineKind::Blank;
    bool inTraceback = false;
    for (QStringView line : QStringView(blockText).split(QLatin1Char('\n'))) {
        const LineKind k = lineKind(line);
        if (k == LineKind::Blank)
            continue;
        if (k == LineKind::TracebackStart || k == LineKind::TracebackFrame) {
            inTraceback = true;
            ++traceback;
        } else if (k == LineKind::ErrorLine) {
            ++errors;
            inTraceback = false;
        } else if (inTraceback) {
            // Source lines a traceback quotes under each frame are part of the traceback.
            ++traceback;
            continue;
        } else if (k == LineKind::Code) {
            ++code;
        } else if (k == LineKind::Console) {
            ++console;
        }
        if (first == LineKind::Blank && k != LineKind::Other)
            first = k;
    }
    // Code followed by the traceback it produced is still a snippet: the snippet is the point.
    if (first == LineKind::Code && code > 0)
        return CodeBlockKind::Code;
    if (traceback > 0 || (errors > 0 && code == 0))
        return CodeBlockKind::Traceback;
    if (console > code)
        return CodeBlockKind::Console;
    return CodeBlockKind::Code;
}

void classifyCodeBlocks(Report &report)
{
    auto classifyPost = [](Post &post) {
        for (CodeBlock &b : post.codeBlocks)
            b.kind = classifyCodeBlock(b.text);
    };
    classifyPost(report.body);
    for (Answer &a : report.answers) {
        classifyPost(a.post);
        for (Post &c : a.comments)
            classifyPost(c);
    }
    for (Post &c : report.comments)
        classifyPost(c);
}

} // namespace dlrepro
