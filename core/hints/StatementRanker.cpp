#include "StatementRanker.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dlrepro {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

bool endsWithDoubleConsonant(const QString &s)
{
    if (s.size() < 2)
        return false;
    const QChar a = s.at(s.size() - 1);
    if (a != s.at(s.size() - 2) || !a.isLetter())
        return false;
    return !QStringLiteral("aeioulsz").contains(a);
}

// Replaces suffix by replacement when the word ends with it and the stem keeps 3 letters.
bool replaceSuffix(QString &s, QLatin1String suffix, QLatin1String replacement = QLatin1String(""))
{
    if (!s.endsWith(suffix) || s.size() - suffix.size() < 3)
        return false;
    s.chop(suffix.size());
    s += replacement;
    return true;
}

bool isSpace(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.isSpace(); }
bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

} // namespace

StatementQuery statementQuery(InformationCategory category)
{
    // Key phrases: the study's (product brief, "Hints"); Hyperparameters has none there, these
    // are written alike. Expansions: the words reports use for the same things.
    StatementQuery q;
    q.category = category;
    switch (category) {
    case InformationCategory::Data:
        q.keyPhrases = words({"data shape", "data type", "data distribution"});
        q.expansion = words({"shape", "dtype", "float32", "float64", "int64", "range", "distribution", "samples",
                             "columns", "rows", "dataset", "input", "inputs", "features", "labels", "target",
                             "values", "classes", "images", "csv", "normalized", "scaled", "imbalanced"});
        break;
    case InformationCategory::Model:
        q.keyPhrases = words({"neural network architecture", "layers", "neurons", "activation functions"});
        q.expansion = words({"network", "architecture", "layer", "hidden", "nodes", "units", "dense", "conv2d",
                             "lstm", "cnn", "rnn", "ann", "mlp", "relu", "sigmoid", "softmax", "tanh", "model",
                             "input layer", "output layer", "embedding", "dropout"});
        break;
    case InformationCategory::Hyperparameters:
        q.keyPhrases = words({"batch size", "learning rate", "number of epochs", "optimizer", "loss function"});
        q.expansion = words({"batch", "epochs", "lr", "adam", "sgd", "rmsprop", "momentum", "decay", "dropout",
                             "iterations", "steps", "hyperparameters", "regularization", "weight decay"});
        break;
    case InformationCategory::CodeSnippet:
        q.keyPhrases = words({"training code", "evaluation script"});
        q.expansion = words({"code", "snippet", "script", "train", "evaluate", "fit", "compile", "predict",
                             "function", "implementation", "preprocessing", "loop", "program", "notebook"});
        break;
    case InformationCategory::Logs:
        q.keyPhrases = words({"error logs", "diagnostic messages"});
        q.expansion = words({"error", "traceback", "exception", "warning", "message", "log", "output", "loss",
                             "accuracy", "acc", "val", "epoch", "nan", "printed", "prints", "shows", "raises",
                             "stack trace"});
        break;
    }
    return q;
}

QString stemWord(const QString &lowerWord)
{
    QString s = lowerWord;
    if (s.size() <= 3)
        return s;
    // Inflection.
    if (!replaceSuffix(s, QLatin1String("sses"), QLatin1String("ss"))
        && !replaceSuffix(s, QLatin1String("ies"), QLatin1String("y")) && !s.endsWith(QLatin1String("ss"))
        && !s.endsWith(QLatin1String("us")) && !s.endsWith(QLatin1String("is"))) {
        if (!replaceSuffix(s, QLatin1String("es")))
            replaceSuffix(s, QLatin1String("s"));
    }
    if (replaceSuffix(s, QLatin1String("ing")) || replaceSuffix(s, QLatin1String("ed"))) {
        if (endsWithDoubleConsonant(s))
            s.chop(1);
        else if (s.endsWith(QLatin1String("at")) || s.endsWith(QLatin1String("iz")) || s.endsWith(QLatin1String("bl")))
            s += QLatin1Char('e'); // evaluat(ed) → evaluate, so that it meets evaluate/evaluation
    }
    replaceSuffix(s, QLatin1String("ly"));
    // One derivational suffix, longest first.
    static const char *const kSuffixes[] = {"ization", "isation", "izer", "iser", "ation", "ition", "ment", "ness",
                                            "ion", "ity", "ate", "ize", "ise", "ive", "al", "er", "e"};
    for (const char *suffix : kSuffixes)
        if (replaceSuffix(s, QLatin1String(suffix)))
            break;
    return s;
}

QStringList stemmedTokens(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out << stemWord(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << stemWord(word);
    return out;
}

QList<Statement> splitStatements(const Post &post)
{
    QList<TextSpan> code;
    for (const CodeBlock &b : post.codeBlocks)
        if (b.span.isValid())
            code << b.span;
    std::sort(code.begin(), code.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });

    const QString &text = post.text;
    QList<Statement> out;
    auto addStatement = [&](qsizetype start, qsizetype end) {
        while (start < end && isSpace(text.at(start)))
            ++start;
        while (end > start && isSpace(text.at(end - 1)))
            --end;
        if (end > start && text.at(end - 1) == QLatin1Char('.'))
            --end;
        while (end > start && isSpace(text.at(end - 1)))
            --end;
        bool hasLetter = false;
        for (qsizetype i = start; i < end && !hasLetter; ++i)
            hasLetter = text.at(i).isLetter();
        if (hasLetter)
            out.append({text.mid(start, end - start), TextSpan{start, end - start}});
    };

    qsizetype pos = 0;
    qsizetype nextCode = 0;
    while (pos < text.size()) {
        while (nextCode < code.size() && code.at(nextCode).end() <= pos)
            ++nextCode;
        const qsizetype segmentEnd =
            nextCode < code.size() ? std::min<qsizetype>(text.size(), std::max(pos, code.at(nextCode).start)) : text.size();
        qsizetype start = pos;
        for (qsizetype i = pos; i < segmentEnd; ++i) {
            const QChar c = text.at(i);
            if (isLineBreak(c)) {
                // A line wrapped inside a sentence ("prints accuracy=50% every\ntime") goes on:
                // it ends in a word or a comma and the next line starts in lower case.
                qsizetype before = i;
                while (before > start && isSpace(text.at(before - 1)))
                    --before;
                qsizetype after = i + 1;
                while (after < segmentEnd && (text.at(after) == QLatin1Char(' ') || text.at(after) == QLatin1Char('\r')))
                    ++after;
                const bool wrapped = before > start && after < segmentEnd
                    && (text.at(before - 1).isLetterOrNumber() || text.at(before - 1) == QLatin1Char(','))
                    && text.at(after).isLower();
                if (wrapped)
                    continue;
                addStatement(start, i);
                start = i + 1;
            } else if (c == QLatin1Char('.') && i + 1 < segmentEnd && isSpace(text.at(i + 1))) {
                addStatement(start, i + 1);
                start = i + 1;
            }
        }
        addStatement(start, segmentEnd);
        if (nextCode >= code.size())
            break;
        pos = std::max(segmentEnd, code.at(nextCode).end());
        ++nextCode;
    }
    return out;
}

QList<double> LexicalStatementScorer::score(const QList<Statement> &statements, const StatementQuery &query) const
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QHash<QString, double> weight;
    QList<QStringList> phrases;
    for (const QString &p : query.expansion)
        for (const QString &t : stemmedTokens(p))
            weight[t] = std::max(weight.value(t), 0.5);
    for (const QString &p : query.keyPhrases) {
        const QStringList tokens = stemmedTokens(p);
        for (const QString &t : tokens)
            weight[t] = 1.0;
        if (tokens.size() > 1)
            phrases << tokens;
    }

    QList<QStringList> docs;
    docs.reserve(statements.size());
    double totalLength = 0;
    QHash<QString, int> df;
    for (const Statement &s : statements) {
        docs << stemmedTokens(s.text);
        totalLength += double(docs.last().size());
        QStringList seen;
        for (const QString &t : std::as_const(docs.last()))
            if (weight.contains(t) && !seen.contains(t)) {
                seen << t;
                ++df[t];
            }
    }
    const double n = double(statements.size());
    const double avg = n > 0 && totalLength > 0 ? totalLength / n : 1.0;

    QList<double> scores;
    scores.reserve(statements.size());
    for (const QStringList &doc : std::as_const(docs)) {
        QHash<QString, int> tf;
        for (const QString &t : doc)
            if (weight.contains(t))
                ++tf[t];
        double score = 0;
        const double norm = k1 * (1 - b + b * double(doc.size()) / avg);
        for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
            const double d = df.value(it.key());
            const double idf = std::log(1.0 + (n - d + 0.5) / (d + 0.5));
            score += weight.value(it.key()) * idf * (double(it.value()) * (k1 + 1)) / (double(it.value()) + norm);
        }
        for (const QStringList &phrase : std::as_const(phrases)) {
            for (qsizetype i = 0; i + phrase.size() <= doc.size(); ++i) {
                if (std::equal(phrase.cbegin(), phrase.cend(), doc.cbegin() + i)) {
                    score += 1.0;
                    break;
                }
            }
        }
        scores << score;
    }
    return scores;
}

QList<RankedStatement> rankStatements(const Post &post, InformationCategory category, const StatementScorer &scorer)
{
    const QList<Statement> statements = splitStatements(post);
    const QList<double> scores = scorer.score(statements, statementQuery(category));
    QList<RankedStatement> out;
    for (qsizetype i = 0; i < statements.size(); ++i)
    {
        // A scorer's NaN would break the sort's ordering; it ranks last.
        const double score = i < scores.size() && !std::isnan(scores.at(i)) ? scores.at(i) : -1e300;
        out.append({statements.at(i), score, int(i)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RankedStatement &a, const RankedStatement &b) { return a.score > b.score; });
    return out;
}

const StatementScorer &defaultStatementScorer()
{
    static const LexicalStatementScorer scorer;
    return scorer;
}

} // namespace dlrepro
