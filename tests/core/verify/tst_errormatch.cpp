// Observed against reported errors: real pairs from PyTorch and Python.
#include "verify/ErrorMatch.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dlrepro;

namespace {
ExceptionInfo observed(const QString &type, const QString &message)
{
    ExceptionInfo e;
    e.type = type.section(QLatin1Char('.'), -1);
    e.qualifiedType = type;
    e.message = message;
    return e;
}
} // namespace

class TestErrorMatch : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("shape x-form") << "mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"
                                      << "mat1 and mat2 shapes cannot be multiplied (NxN and NxN)";
        QTest::newRow("bracket spacing") << "expected input[16,1,28,28] to have 3 channels, but got 1 channels instead"
                                         << "expected input[N, N, N, N] to have 3 channels, but got 1 channels instead";
        QTest::newRow("torch.Size") << "Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1]))"
                                    << "Using a target size (torch.Size([N])) that is different to the input size (torch.Size([N, N]))";
        QTest::newRow("tuple") << "Input 0 is incompatible with layer: expected shape=(None, 28, 28), found shape=(32, 784)"
                               << "Input 0 is incompatible with layer: expected shape=(None, 28, 28), found shape=(N, N)";
        QTest::newRow("one-element tuple") << "got shape (5,)" << "got shape (N,)";
        QTest::newRow("cuda oom sizes") << "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)"
                                        << "CUDA out of memory. Tried to allocate <size> (GPU 0; <size> total capacity)";
        QTest::newRow("bytes") << "DefaultCPUAllocator: can't allocate memory: you tried to allocate 34359738368 bytes."
                               << "DefaultCPUAllocator: can't allocate memory: you tried to allocate <size>.";
        QTest::newRow("path") << "[Errno 2] No such file or directory: '/home/alice/data/train.csv'"
                              << "[Errno 2] No such file or directory: '<path>'";
        QTest::newRow("windows path") << "No such file or directory: 'C:\\Users\\bob\\data\\train.csv'"
                                      << "No such file or directory: '<path>'";
        QTest::newRow("address") << "<__main__.Net object at 0x7f3a2c1d5e80> is not JSON serializable"
                                 << "<__main__.Net object at 0x<addr>> is not JSON serializable";
        QTest::newRow("line") << "invalid syntax (model.py, line 12)" << "invalid syntax (model.py, line <n>)";
        QTest::newRow("object id") << "tensor 140234567890123 was freed" << "tensor <id> was freed";
        QTest::newRow("quotes and spaces") << "module  \"torch\"   has no attribute\t\"Tensor2\""
                                           << "module 'torch' has no attribute 'Tensor2'";
        QTest::newRow("typographic quotes") << QStringLiteral("KeyError: \u2018label\u2019") << "KeyError: 'label'";
        QTest::newRow("numbers outside shapes kept") << "Target 5 is out of bounds." << "Target 5 is out of bounds.";
        QTest::newRow("dtype kept") << "expected scalar type Float but found Double"
                                    << "expected scalar type Float but found Double";
        QTest::newRow("device kept") << "Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"
                                     << "Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!";
        QTest::newRow("ratio not a path") << "loss 3/4 done" << "loss 3/4 done";
    }
    void normalise()
    {
        QFETCH(QString, message);
        QTEST(normaliseErrorMessage(message), "normalised");
    }

    void compare_data()
    {
        QTest::addColumn<QString>("observedType");
        QTest::addColumn<QString>("observedMessage");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("expectedMessage");
        QTest::addColumn<MatchLevel>("level");

        QTest::newRow("exact") << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"
                               << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"
                               << MatchLevel::Exact;
        QTest::newRow("batch size differs") << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (32x1568 and 784x128)"
                                            << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"
                                            << MatchLevel::Normalised;
        QTest::newRow("channels differ") << "RuntimeError"
                                         << "Given groups=1, weight of size [64, 3, 3, 3], expected input[8, 1, 28, 28] to have 3 channels, but got 1 channels instead"
                                         << "RuntimeError"
                                         << "Given groups=1, weight of size [64, 3, 3, 3], expected input[16, 4, 28, 28] to have 3 channels, but got 4 channels instead"
                                         << MatchLevel::TypeOnly;
        QTest::newRow("rank differs") << "ValueError" << "Using a target size (torch.Size([32])) that is different to the input size (torch.Size([32, 1]))"
                                      << "ValueError" << "Using a target size (torch.Size([64, 1])) that is different to the input size (torch.Size([64, 1, 1]))"
                                      << MatchLevel::TypeOnly;
        QTest::newRow("paths") << "builtins.FileNotFoundError" << "[Errno 2] No such file or directory: '/tmp/run-3/data.csv'"
                               << "FileNotFoundError" << "[Errno 2] No such file or directory: \"/home/alice/data.csv\""
                               << MatchLevel::Normalised;
        QTest::newRow("addresses") << "TypeError" << "<function <lambda> at 0x7f0011223344> is not a Module subclass"
                                   << "TypeError" << "<function <lambda> at 0x7fa9b8c7d6e5> is not a Module subclass"
                                   << MatchLevel::Normalised;
        // Memory amounts are normalised: the size a reproduction asks for depends on the data
        // the reproducer made up, the out-of-memory condition is the bug.
        QTest::newRow("cuda oom sizes") << "torch.cuda.OutOfMemoryError"
                                        << "CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 79.15 GiB total capacity; 78.10 GiB already allocated)"
                                        << "torch.cuda.OutOfMemoryError"
                                        << "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity; 5.43 GiB already allocated)"
                                        << MatchLevel::Normalised;
        QTest::newRow("different type") << "IndexError" << "index 5 is out of bounds for dimension 0 with size 3"
                                        << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"
                                        << MatchLevel::Different;
        QTest::newRow("different number outside shape") << "IndexError" << "Target 7 is out of bounds."
                                                        << "IndexError" << "Target 5 is out of bounds."
                                                        << MatchLevel::TypeOnly;
        QTest::newRow("type only given") << "KeyError" << "'label'" << "KeyError" << "" << MatchLevel::Exact;
        QTest::newRow("qualified vs short") << "torch.nn.modules.module.ModuleAttributeError" << "'Net' object has no attribute 'fc3'"
                                            << "ModuleAttributeError" << "'Net' object has no attribute 'fc3'"
                                            << MatchLevel::Exact;
        QTest::newRow("multi-line observed") << "RuntimeError"
                                             << "CUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronously reported at some other API call"
                                             << "RuntimeError" << "CUDA error: device-side assert triggered" << MatchLevel::Exact;
        QTest::newRow("truncated report") << "RuntimeError" << "Expected 4-dimensional input for 4-dimensional weight [32, 1, 5, 5], but got 2-dimensional input of size [64, 784] instead"
                                          << "RuntimeError" << "Expected 4-dimensional input for 4-dimensional weight [32, 1, 5, 5], but got ..."
                                          << MatchLevel::Normalised;
        QTest::newRow("no error") << "" << "" << "RuntimeError" << "x" << MatchLevel::NoError;
    }
    void compare()
    {
        QFETCH(QString, observedType);
        QFETCH(QString, observedMessage);
        QFETCH(QString, expectedType);
        QFETCH(QString, expectedMessage);
        const ErrorComparison c = compareErrors(observed(observedType, observedMessage), expectedType, expectedMessage);
        QTEST(c.level, "level");
        if (c.level != MatchLevel::NoError)
            QVERIFY(c.observedLine.startsWith(observedType.section(QLatin1Char('.'), -1)));
    }

    void ids()
    {
        QCOMPARE(matchLevelId(MatchLevel::Exact), QStringLiteral("exact"));
        QCOMPARE(matchLevelId(MatchLevel::Normalised), QStringLiteral("normalised"));
        QCOMPARE(matchLevelId(MatchLevel::TypeOnly), QStringLiteral("type_only"));
        QCOMPARE(matchLevelId(MatchLevel::Different), QStringLiteral("different"));
        QVERIFY(showsError(MatchLevel::Normalised));
        QVERIFY(!showsError(MatchLevel::TypeOnly));
    }

    void largeAndPathologicalInput()
    {
        // 10 MB of brackets, digits and slashes, and invalid UTF-8: linear, no crash.
        QString big;
        big.reserve(10 * 1024 * 1024);
        while (big.size() < 10 * 1024 * 1024)
            big += QStringLiteral("[1, 2, 3 /a/b/c 0x7f 12345678901 \"q\" (4x5x");
        QElapsedTimer t;
        t.start();
        const QString n = normaliseErrorMessage(big);
        QVERIFY(t.elapsed() < 20000);
        QVERIFY(n.size() < big.size());
        const QString invalid = QString::fromUtf8(QByteArray("RuntimeError \xff\xfe shapes (3x4)", 30));
        QVERIFY(normaliseErrorMessage(invalid).contains(QStringLiteral("(NxN)")));
    }
};

QTEST_GUILESS_MAIN(TestErrorMatch)
#include "tst_errormatch.moc"
