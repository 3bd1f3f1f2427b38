// EmbeddingStatementScorer (core/hints): cosine of the helper's embeddings against the key
// phrases, max or mean over phrases; and the lexical fallback, with its reason, when no model is
// configured, the folder is missing, the model is broken or the helper is absent.
#include "hints/EmbeddingStatementScorer.h"
#include "tensor/TensorClient.h"

#include "TinyBertFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace dlrepro;

namespace {

QList<Statement> statements(const QStringList &texts)
{
    QList<Statement> out;
    for (const QString &t : texts)
        out.append({t, TextSpan{}});
    return out;
}

const QStringList kTexts{QStringLiteral("The input data shape is (32, 28, 28)."),
                         QStringLiteral("I get NaN loss after 3 epochs"),
                         QStringLiteral("model.fit(x_train, y_train, batch_size=64)"),
                         QStringLiteral("Café, naïve résumé")};

} // namespace

class TestEmbeddingStatementScorer : public QObject
{
    Q_OBJECT

    tensortest::TinyBert m_bert;

    QList<QList<double>> embeddings(TensorClient &client, const QStringList &texts)
    {
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), QJsonArray::fromStringList(texts));
        const TensorReply reply = client.call(QStringLiteral("embed"), args);
        QList<QList<double>> out;
        for (const QJsonValue &v : reply.result.value(QLatin1String("vectors")).toArray()) {
            QList<double> vec;
            for (const QJsonValue &x : v.toArray())
                vec << x.toDouble();
            out << vec;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_embeddingstatementscorer"));
        qunsetenv("DLREPRO_EMBEDDING_MODEL");
        if (!tensortest::helperPath().isEmpty())
            QVERIFY2(m_bert.make(), qPrintable(m_bert.error));
    }

    void scoresAreCosinesAgainstTheKeyPhrases_data()
    {
        QTest::addColumn<bool>("mean");
        QTest::newRow("max over phrases") << false;
        QTest::newRow("mean over phrases") << true;
    }

    void scoresAreCosinesAgainstTheKeyPhrases()
    {
        QFETCH(bool, mean);
        if (tensortest::helperPath().isEmpty())
            QSKIP("dlrepro-tensor is not built");
        TensorClient client;
        client.setHelperPath(tensortest::helperPath());
        EmbeddingStatementScorer scorer(m_bert.modelDir, &client);
        scorer.setAggregation(mean ? EmbeddingStatementScorer::Aggregation::Mean : EmbeddingStatementScorer::Aggregation::Max);
        QVERIFY2(scorer.warmUp(), qPrintable(scorer.fallbackReason()));
        QCOMPARE(scorer.id(), mean ? QStringLiteral("embedding-minilm-mean") : QStringLiteral("embedding-minilm-max"));

        const StatementQuery query = statementQuery(InformationCategory::Data);
        const QList<double> scores = scorer.score(statements(kTexts), query);
        QVERIFY2(!scorer.isFallingBack(), qPrintable(scorer.fallbackReason()));
        QCOMPARE(scores.size(), kTexts.size());

        // The same cosines from the raw vectors.
        const QList<QList<double>> s = embeddings(client, kTexts);
        const QList<QList<double>> p = embeddings(client, query.keyPhrases);
        QCOMPARE(p.size(), query.keyPhrases.size());
        for (qsizetype i = 0; i < kTexts.size(); ++i) {
            double best = -2, sum = 0;
            for (const QList<double> &phrase : p) {
                double dot = 0;
                for (qsizetype k = 0; k < phrase.size(); ++k)
                    dot += phrase.at(k) * s.at(i).at(k);
                best = std::max(best, dot);
                sum += dot;
            }
            const double expected = mean ? sum / double(p.size()) : best;
            QVERIFY2(std::abs(scores.at(i) - expected) < 1e-5,
                     qPrintable(QStringLiteral("statement %1: %2 vs %3").arg(i).arg(scores.at(i)).arg(expected)));
            QVERIFY(scores.at(i) <= 1.0 + 1e-6 && scores.at(i) >= -1.0 - 1e-6);
        }
        // The phrase vectors are cached: a second scoring gives the same numbers.
        QCOMPARE(scorer.score(statements(kTexts), query), scores);
        QCOMPARE(client.starts(), 1);
        QVERIFY(scorer.score({}, query).isEmpty());
    }

    void ranksThroughTheStatementRanker()
    {
        if (tensortest::helperPath().isEmpty())
            QSKIP("dlrepro-tensor is not built");
        qputenv("DLREPRO_TENSOR", tensortest::helperPath().toUtf8());
        EmbeddingStatementScorer scorer(m_bert.modelDir); // its own client, found through the environment
        Post post;
        post.text = kTexts.join(QLatin1Char('\n'));
        const QList<RankedStatement> ranked = rankStatements(post, InformationCategory::Model, scorer);
        qunsetenv("DLREPRO_TENSOR");
        QVERIFY2(!scorer.isFallingBack(), qPrintable(scorer.fallbackReason()));
        QCOMPARE(ranked.size(), splitStatements(post).size());
        QVERIFY(ranked.size() >= 3);
        for (qsizetype i = 1; i < ranked.size(); ++i)
            QVERIFY(ranked.at(i - 1).score >= ranked.at(i).score);
    }

    void fallsBackToLexicalAndSaysWhy_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing configured") << QStringLiteral("none") << QStringLiteral("no sentence-embedding model is configured");
        QTest::newRow("folder missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("broken model") << QStringLiteral("broken") << QStringLiteral("cannot load the TorchScript model");
        QTest::newRow("no helper") << QStringLiteral("no-helper") << QStringLiteral("dlrepro-tensor is not installed");
    }

    void fallsBackToLexicalAndSaysWhy()
    {
        QFETCH(QString, situation);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString modelDir;
        TensorClient client;
        client.setHelperPath(tensortest::helperPath());
        if (situation == QLatin1String("missing"))
            modelDir = dir.filePath(QStringLiteral("not-there"));
        if (situation == QLatin1String("broken")) {
            if (tensortest::helperPath().isEmpty())
                QSKIP("dlrepro-tensor is not built");
            modelDir = dir.path();
            QFile f(dir.filePath(QStringLiteral("model.pt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a model");
            f.close();
            QVERIFY(QFile::copy(m_bert.modelDir + QStringLiteral("/vocab.txt"), dir.filePath(QStringLiteral("vocab.txt"))));
        }
        if (situation == QLatin1String("no-helper")) {
            modelDir = dir.path();
            client.setHelperPath(QString());
        }
        EmbeddingStatementScorer scorer(modelDir, &client);
        const StatementQuery query = statementQuery(InformationCategory::Data);
        const QList<double> scores = scorer.score(statements(kTexts), query);
        QVERIFY(scorer.isFallingBack());
        QVERIFY2(scorer.fallbackReason().contains(expected), qPrintable(scorer.fallbackReason()));
        QCOMPARE(scorer.id(), LexicalStatementScorer().id());
        QCOMPARE(scores, LexicalStatementScorer().score(statements(kTexts), query));
        QVERIFY(!scorer.warmUp());
    }

    void modelFolderComesFromTheEnvironmentOrTheSettings()
    {
        QSettings().setValue(EmbeddingStatementScorer::settingsKey(), QStringLiteral("/from/settings"));
        QCOMPARE(EmbeddingStatementScorer::configuredModelDir(), QStringLiteral("/from/settings"));
        qputenv("DLREPRO_EMBEDDING_MODEL", "/from/env");
        QCOMPARE(EmbeddingStatementScorer::configuredModelDir(), QStringLiteral("/from/env"));
        qunsetenv("DLREPRO_EMBEDDING_MODEL");
        QSettings().remove(EmbeddingStatementScorer::settingsKey());
        QVERIFY(EmbeddingStatementScorer::configuredModelDir().isEmpty());
        QCOMPARE(EmbeddingStatementScorer::settingsKey(), QStringLiteral("hints/embeddingModelDir"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingStatementScorer)
#include "tst_embeddingstatementscorer.moc"
