// dlrepro-tensor's WordPiece tokenizer (app/tensor/WordPieceTokenizer), through its tokenize
// command, against the reference BERT tokenizer in tiny_bert.py on 334 sentences: accents, Greek
// final sigma, CJK, Hangul, emoji, control and zero-width characters, punctuation of all kinds,
// words over 100 characters, unknown words, and one sentence truncated at 512.
#include "tensor/TensorClient.h"

#include "TinyBertFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace dlrepro;

class TestWordPieceTokenizer : public QObject
{
    Q_OBJECT

    tensortest::TinyBert m_bert;
    TensorClient m_client;

private Q_SLOTS:
    void initTestCase()
    {
        if (tensortest::helperPath().isEmpty())
            QSKIP("dlrepro-tensor is not built (DLREPRO_BUILD_TENSOR=OFF)");
        QVERIFY2(m_bert.make(), qPrintable(m_bert.error));
        m_client.setHelperPath(tensortest::helperPath());
    }

    void idsEqualTheReferenceImplementation()
    {
        const QJsonArray sentences = m_bert.reference.value(QLatin1String("sentences")).toArray();
        const QJsonArray expected = m_bert.reference.value(QLatin1String("ids")).toArray();
        QVERIFY(sentences.size() > 300);
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), sentences);
        args.insert(QLatin1String("pieces"), true);
        const TensorReply reply = m_client.call(QStringLiteral("tokenize"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error));
        const QJsonArray ids = reply.result.value(QLatin1String("ids")).toArray();
        const QJsonArray pieces = reply.result.value(QLatin1String("pieces")).toArray();
        QCOMPARE(ids.size(), expected.size());
        int unknown = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY2(ids.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("sentence %1 \"%2\": got %3, expected %4")
                                    .arg(i)
                                    .arg(sentences.at(i).toString().left(80),
                                         QString::fromUtf8(QJsonDocument(ids.at(i).toArray()).toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(expected.at(i).toArray()).toJson(QJsonDocument::Compact)))));
            unknown += pieces.at(i).toArray().contains(QStringLiteral("[UNK]")) ? 1 : 0;
        }
        QVERIFY(unknown > 10); // the set does exercise unknown and over-long words
        QCOMPARE(ids.last().toArray().size(), 512); // the long one, truncated
    }

    void emptyTextsAreClsAndSep()
    {
        // White space, zero-width and nothing at all leave no word: [CLS] [SEP] only.
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), QJsonArray{QString(), QStringLiteral(" \t\n"), QStringLiteral("\u200b")});
        const TensorReply reply = m_client.call(QStringLiteral("tokenize"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error));
        for (const QJsonValue &v : reply.result.value(QLatin1String("ids")).toArray())
            QCOMPARE(v.toArray().size(), 2);
    }

    void badVocabularyIsNamed()
    {
        QTemporaryDir dir;
        QFile model(dir.filePath(QStringLiteral("model.pt")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.close();
        QFile vocab(dir.filePath(QStringLiteral("vocab.txt")));
        QVERIFY(vocab.open(QIODevice::WriteOnly));
        vocab.write("[PAD]\nhello\n");
        vocab.close();
        QJsonObject args;
        args.insert(QLatin1String("model"), dir.path());
        args.insert(QLatin1String("texts"), QJsonArray{QStringLiteral("hello")});
        const TensorReply reply = m_client.call(QStringLiteral("tokenize"), args);
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(QLatin1String("[CLS]")) && reply.error.contains(QLatin1String("vocab.txt")),
                 qPrintable(reply.error));
    }
};

QTEST_GUILESS_MAIN(TestWordPieceTokenizer)
#include "tst_wordpiecetokenizer.moc"
