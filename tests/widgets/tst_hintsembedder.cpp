// HintsEmbedder: the workbench's sentence-embedding ranking, off the UI thread, through the real
// dlrepro-tensor helper and a tiny BERT-shaped TorchScript model made at set-up.
#include "HintsEmbedder.h"
#include "TinyBertFixture.h"

#include "hints/Rulebook.h"
#include "inspect/Inspection.h"
#include "online/OnlineReport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace dlrepro;

class TestHintsEmbedder : public QObject
{
    Q_OBJECT

    tensortest::TinyBert m_bert;
    std::optional<Inspection> m_inspection;

    std::optional<Hints> rankWith(const QString &modelDir)
    {
        HintsEmbedder embedder;
        embedder.setModelDir(modelDir);
        std::optional<Hints> result;
        Qt::HANDLE callbackThread = nullptr;
        embedder.rank(*m_inspection, Rulebook::published(), [&](const Hints &h) {
            result = h;
            callbackThread = QThread::currentThreadId();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 120000); }();
        if (result)
            [&] { QCOMPARE(callbackThread, QThread::currentThreadId()); }(); // delivered on the UI thread
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (tensortest::helperPath().isEmpty())
            QSKIP("dlrepro-tensor is not built");
        qputenv("DLREPRO_TENSOR", tensortest::helperPath().toUtf8());
        QVERIFY2(m_bert.make(), qPrintable(m_bert.error));
        const ImportResult r = loadReport(QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/so-39525358-ann-accuracy.json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_inspection = inspectReport(r.reports.first());
    }

    void disabledWithoutAModel()
    {
        HintsEmbedder embedder;
        QVERIFY(!embedder.isEnabled());
        bool called = false;
        embedder.rank(*m_inspection, Rulebook::published(), [&](const Hints &) { called = true; });
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void ranksWithEmbeddings()
    {
        const std::optional<Hints> h = rankWith(m_bert.modelDir);
        QVERIFY(h);
        QVERIFY2(h->scorerId.startsWith(QStringLiteral("embedding")), qPrintable(h->scorerId));
        QVERIFY2(h->scorerNote.isEmpty(), qPrintable(h->scorerNote));
        QVERIFY(!h->focusStatement.isEmpty());
    }

    void badModelFallsBackAndSaysWhy()
    {
        const std::optional<Hints> h = rankWith(QStringLiteral("/nonexistent/model"));
        QVERIFY(h);
        QCOMPARE(h->scorerId, QStringLiteral("lexical-bm25"));
        QVERIFY2(h->scorerNote.contains(QStringLiteral("/nonexistent/model")), qPrintable(h->scorerNote));
    }

    // A newer request makes the older one's answer stale: only the last arrives.
    void staleResultsAreDropped()
    {
        HintsEmbedder embedder;
        embedder.setModelDir(m_bert.modelDir);
        int calls = 0;
        for (int i = 0; i < 3; ++i)
            embedder.rank(*m_inspection, Rulebook::published(), [&](const Hints &) { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 120000);
        QTest::qWait(200);
        QCOMPARE(calls, 1);
    }
};

QTEST_MAIN(TestHintsEmbedder)
#include "tst_hintsembedder.moc"
