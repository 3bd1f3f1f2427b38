#pragma once

#include "domain/InformationCategory.h"
#include "report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// One sentence of a report's prose and where it lies in Post::text.
struct Statement
{
    QString text;
    TextSpan span;
};

// What a statement is scored against: the study's key phrases of one information category
// (thesis section 4.3.7 step 3(b)) and a small hand-made expansion of them for lexical scorers
// (an embedding scorer uses the key phrases alone).
struct StatementQuery
{
    InformationCategory category = InformationCategory::Data;
    QStringList keyPhrases;
    QStringList expansion;
};

StatementQuery statementQuery(InformationCategory category);

// Scores every statement against a query; higher is more relevant. Implementations must be
// deterministic. A LibTorch sentence-embedding scorer (cosine of mean-pooled all-MiniLM-L6-v2
// embeddings, as the study did) plugs in here.
class StatementScorer
{
public:
    virtual ~StatementScorer() = default;
    virtual QString id() const = 0; // "lexical-bm25", ...
    virtual QList<double> score(const QList<Statement> &statements, const StatementQuery &query) const = 0;
};

// The default: Okapi BM25 (k1 = 1.2, b = 0.75) with the statements as the collection, over
// lower-cased word tokens (letters and digits; '_' and punctuation split words) reduced by a
// light suffix stripper (stemWord). Key-phrase words weigh 1, expansion words 0.5; a statement
// holding a whole multi-word key phrase gets a bonus of 1 per phrase.
class LexicalStatementScorer : public StatementScorer
{
public:
    QString id() const override { return QStringLiteral("lexical-bm25"); }
    QList<double> score(const QList<Statement> &statements, const StatementQuery &query) const override;
};

// A light English suffix stripper (inflection, then one derivational suffix; the stem keeps at
// least 3 letters; a doubled final consonant left by -ing/-ed is undoubled): "evaluation",
// "evaluate", "evaluated" → "evalu"; "layers" → "lay"; "logging" → "log". Not Porter, but
// consistent on both sides of the comparison, which is all the scorer needs.
QString stemWord(const QString &lowerWord);
// Lower-cased, stemmed word tokens of a text.
QStringList stemmedTokens(const QString &text);

// Splits a post's prose into statements as the study did: at '. ' (a full stop followed by
// white space), and also at line breaks, which in readable text end paragraphs and list items.
// Code blocks (code, console output, tracebacks) are skipped. The closing full stop is dropped,
// as the study's split on '.' drops it. Statements without a letter are left out.
QList<Statement> splitStatements(const Post &post);

struct RankedStatement
{
    Statement statement;
    double score = 0;
    int index = 0; // position among the post's statements
};

// Scores the post's statements for the category, best first; ties keep text order.
QList<RankedStatement> rankStatements(const Post &post, InformationCategory category,
                                      const StatementScorer &scorer);

// The default scorer, shared (it holds no state).
const StatementScorer &defaultStatementScorer();

} // namespace dlrepro
