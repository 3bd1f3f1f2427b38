#include "EmbeddingStatementScorer.h"

#include "tensor/TensorClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QThread>

namespace dlrepro {

namespace {

QString exportHint()
{
    return QCoreApplication::translate("EmbeddingStatementScorer",
                                       "export all-MiniLM-L6-v2 with resources/models/export_minilm.py and set %1 "
                                       "or DLREPRO_EMBEDDING_MODEL to its folder")
        .arg(EmbeddingStatementScorer::settingsKey());
}

double cosine(const QList<float> &a, const QList<float> &b)
{
    // The helper returns unit vectors, so the dot product is the cosine.
    double dot = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        dot += double(a.at(i)) * double(b.at(i));
    return dot;
}

} // namespace

QString EmbeddingStatementScorer::settingsKey()
{
    return QStringLiteral("hints/embeddingModelDir");
}

QString EmbeddingStatementScorer::configuredModelDir()
{
    const QString env = qEnvironmentVariable("DLREPRO_EMBEDDING_MODEL");
    if (!env.isEmpty())
        return env;
    return QSettings().value(settingsKey()).toString();
}

EmbeddingStatementScorer::EmbeddingStatementScorer(const QString &modelDir, TensorClient *client)
    : m_modelDir(modelDir)
    , m_sharedClient(client)
{
    // Only what can be checked without starting the helper; the model itself is checked by the
    // helper when it loads it (warmUp or the first score).
    if (m_modelDir.isEmpty()) {
        m_fallbackReason = QCoreApplication::translate("EmbeddingStatementScorer",
                                                       "no sentence-embedding model is configured; %1")
                               .arg(exportHint());
    } else if (!QFileInfo(m_modelDir).isDir()) {
        m_fallbackReason = QCoreApplication::translate("EmbeddingStatementScorer",
                                                       "the sentence-embedding model folder %1 does not exist; %2")
                               .arg(QDir::toNativeSeparators(m_modelDir), exportHint());
    } else if ((client ? client->helperPath() : TensorClient::locateHelper()).isEmpty()) {
        m_fallbackReason = QCoreApplication::translate("EmbeddingStatementScorer",
                                                       "the tensor helper dlrepro-tensor is not installed next to "
                                                       "%1 (nor named by DLREPRO_TENSOR)")
                               .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
    }
}

EmbeddingStatementScorer::~EmbeddingStatementScorer() = default;

QString EmbeddingStatementScorer::id() const
{
    if (isFallingBack())
        return m_lexical.id();
    return m_aggregation == Aggregation::Max ? QStringLiteral("embedding-minilm-max")
                                             : QStringLiteral("embedding-minilm-mean");
}

TensorClient *EmbeddingStatementScorer::client() const
{
    if (m_sharedClient && m_sharedClient->thread() == QThread::currentThread())
        return m_sharedClient;
    // A QProcess serves the thread it was made in; from another thread, a helper of its own.
    if (!m_ownClient || m_ownClient->thread() != QThread::currentThread()) {
        m_ownClient.reset();
        m_ownClient = std::make_unique<TensorClient>();
        if (m_sharedClient)
            m_ownClient->setHelperPath(m_sharedClient->helperPath());
    }
    return m_ownClient.get();
}

QList<QList<float>> EmbeddingStatementScorer::embed(const QStringList &texts) const
{
    QJsonObject args;
    args.insert(QLatin1String("model"), QFileInfo(m_modelDir).absoluteFilePath());
    args.insert(QLatin1String("texts"), QJsonArray::fromStringList(texts));
    args.insert(QLatin1String("normalize"), true);
    const TensorReply reply = client()->call(QStringLiteral("embed"), args);
    if (!reply.ok) {
        m_fallbackReason = QCoreApplication::translate("EmbeddingStatementScorer",
                                                       "the sentence-embedding model could not be used: %1")
                               .arg(reply.error);
        return {};
    }
    const QJsonArray vectors = reply.result.value(QLatin1String("vectors")).toArray();
    if (vectors.size() != texts.size()) {
        m_fallbackReason = QCoreApplication::translate("EmbeddingStatementScorer",
                                                       "the tensor helper returned %1 vectors for %2 texts")
                               .arg(vectors.size())
                               .arg(texts.size());
        return {};
    }
    QList<QList<float>> out;
    out.reserve(vectors.size());
    for (const QJsonValue &v : vectors) {
        QList<float> vec;
        const QJsonArray a = v.toArray();
        vec.reserve(a.size());
        for (const QJsonValue &x : a)
            vec << float(x.toDouble());
        out << vec;
    }
    return out;
}

bool EmbeddingStatementScorer::warmUp()
{
    if (isFallingBack())
        return false;
    embed({});
    return !isFallingBack();
}

QList<double> EmbeddingStatementScorer::score(const QList<Statement> &statements, const StatementQuery &query) const
{
    if (isFallingBack() || query.keyPhrases.isEmpty())
        return m_lexical.score(statements, query);
    if (statements.isEmpty())
        return {};

    QStringList texts;
    texts.reserve(statements.size() + query.keyPhrases.size());
    for (const Statement &s : statements)
        texts << s.text;
    QStringList newPhrases;
    for (const QString &p : query.keyPhrases)
        if (!m_phraseCache.contains(p) && !newPhrases.contains(p))
            newPhrases << p;
    const QList<QList<float>> vectors = embed(texts + newPhrases); // one request: one round trip
    if (vectors.isEmpty())
        return m_lexical.score(statements, query);
    for (qsizetype i = 0; i < newPhrases.size(); ++i)
        m_phraseCache.insert(newPhrases.at(i), vectors.at(statements.size() + i));

    QList<double> scores;
    scores.reserve(statements.size());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        double best = -2;
        double sum = 0;
        for (const QString &p : query.keyPhrases) {
            const double c = cosine(vectors.at(i), m_phraseCache.value(p));
            best = std::max(best, c);
            sum += c;
        }
        scores << (m_aggregation == Aggregation::Max ? best : sum / double(query.keyPhrases.size()));
    }
    return scores;
}

} // namespace dlrepro
