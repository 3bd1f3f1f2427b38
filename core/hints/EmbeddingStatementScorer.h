#pragma once
// The study's statement scorer (thesis section 4.3.7 step 3(c)-(e)): Sentence-BERT embeddings
// (all-MiniLM-L6-v2: WordPiece, mean pooling over the attention mask) of every statement and of
// the top category's key phrases, and the cosine similarity between them. The model runs in the
// dlrepro-tensor helper (TensorClient), never in this process. Without a usable model it scores
// with the lexical scorer and says why in fallbackReason().

#include "hints/StatementRanker.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace dlrepro {

class TensorClient;

class EmbeddingStatementScorer : public StatementScorer
{
public:
    // The thesis computes a statement's cosine with each key phrase's embedding but does not say
    // how the per-phrase similarities become one score; Max (the statement's best phrase) is the
    // default, Mean is there to compare.
    enum class Aggregation { Max, Mean };

    static QString settingsKey(); // "hints/embeddingModelDir"
    // DLREPRO_EMBEDDING_MODEL when set, else the QSettings value of settingsKey(); may be empty.
    static QString configuredModelDir();

    // client: a warm helper to share (used from its own thread only); null: the scorer starts its
    // own on first use.
    explicit EmbeddingStatementScorer(const QString &modelDir = configuredModelDir(), TensorClient *client = nullptr);
    ~EmbeddingStatementScorer() override;

    void setAggregation(Aggregation a) { m_aggregation = a; }
    Aggregation aggregation() const { return m_aggregation; }

    // "embedding-minilm-max" / "embedding-minilm-mean" while embeddings are used; the lexical
    // scorer's id once it has fallen back.
    QString id() const override;
    QList<double> score(const QList<Statement> &statements, const StatementQuery &query) const override;

    // Starts the helper and loads the model now (scoring would do it on first use), so that the
    // first score() is quick and a bad model is found early. False when falling back.
    bool warmUp();

    bool isFallingBack() const { return !m_fallbackReason.isEmpty(); }
    // Why the lexical scorer is used instead, for the user: empty while embeddings are used.
    QString fallbackReason() const { return m_fallbackReason; }
    QString modelDir() const { return m_modelDir; }

private:
    TensorClient *client() const;
    // Unit vectors for texts, or an empty list (and the fallback reason set) on failure.
    QList<QList<float>> embed(const QStringList &texts) const;

    QString m_modelDir;
    Aggregation m_aggregation = Aggregation::Max;
    TensorClient *m_sharedClient = nullptr;
    mutable std::unique_ptr<TensorClient> m_ownClient;
    mutable QString m_fallbackReason;
    mutable QHash<QString, QList<float>> m_phraseCache;
    LexicalStatementScorer m_lexical;
};

} // namespace dlrepro
