// Snippet assembly: which of a report's code blocks make the snippet, in which order, and what
// the prose and printed output add to it.
#include "edit/actions/SnippetAssembly.h"
#include "extract/FactExtractor.h"
#include "import/ReportImport.h"

#include <QFile>
#include <QTest>

using namespace dlrepro;

namespace {

Report markdownReport(const QString &markdown)
{
    const ImportResult imported = importReportData(markdown.toUtf8(), InputFormat::Markdown, QStringLiteral("post.md"));
    if (!imported.ok() || imported.reports.isEmpty())
        return {};
    Report r = imported.reports.first();
    classifyCodeBlocks(r);
    return r;
}

QString fence(const QString &code) { return QStringLiteral("```\n") + code + QStringLiteral("```\n\n"); }

} // namespace

class tst_SnippetAssembly : public QObject {
    Q_OBJECT
private slots:
    void assemble_data();
    void assemble();
    void devsetReport_data();
    void devsetReport();
    void noCode();
    void manyBlocksAreCapped();
    void invalidUtf8();
};

void tst_SnippetAssembly::assemble_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("blocksUsed");
    QTest::addColumn<QStringList>("noteStarts");

    const QString use = QStringLiteral("model = Net()\nout = model(x)\n");
    const QString def = QStringLiteral("class Net(nn.Module):\n    def forward(self, x):\n        return x\n");
    QTest::newRow("definitions first")
        << (QStringLiteral("# Q\n\nI call it like this:\n\n") + fence(use) + QStringLiteral("and the model is:\n\n") + fence(def))
        << def + use << 2 << QStringList{QStringLiteral("reordered the code blocks")};

    QTest::newRow("post order kept when already right")
        << (QStringLiteral("# Q\n\n") + fence(def) + fence(use)) << def + use << 2 << QStringList{};

    QTest::newRow("console and traceback skipped")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("import torch\ny = torch.zeros(3).view(2, 2)\n"))
            + fence(QStringLiteral("Epoch 1/10\nloss: 0.693\n"))
            + fence(QStringLiteral("Traceback (most recent call last):\n  File \"a.py\", line 2, in <module>\n"
                                   "    y = torch.zeros(3).view(2, 2)\nRuntimeError: shape '[2, 2]' is invalid for input of size 3\n")))
        << QStringLiteral("import torch\ny = torch.zeros(3).view(2, 2)\n") << 1 << QStringList{};

    QTest::newRow("inline driver call appended")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("def train(epochs):\n    print(epochs)\n"))
            + QStringLiteral("I run it with `train(5)` and nothing happens; `print(foo)` is unrelated.\n"))
        << QStringLiteral("def train(epochs):\n    print(epochs)\ntrain(5)\n") << 1
        << QStringList{QStringLiteral("added the driver code quoted in the text: train(5)")};

    QTest::newRow("driver already in the code not repeated")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("def train(epochs):\n    print(epochs)\ntrain(5)\n"))
            + QStringLiteral("Calling `train(5)` prints 5.\n"))
        << QStringLiteral("def train(epochs):\n    print(epochs)\ntrain(5)\n") << 1 << QStringList{};

    QTest::newRow("assignment in a sentence defines an undefined name before its first use")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("import torch\nimport torch.nn as nn\nx = torch.zeros(2, 8)\nout = model(x)\n"))
            + QStringLiteral("My model is simply model = nn.Linear(8, 3) and x == f(1) holds.\n"))
        << QStringLiteral("import torch\nimport torch.nn as nn\nx = torch.zeros(2, 8)\nmodel = nn.Linear(8, 3)\nout = model(x)\n") << 1
        << QStringList{QStringLiteral("added the assignments quoted in the text: model = nn.Linear(8, 3)")};

    QTest::newRow("assignment in an inline code span, inside a function's use")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("y = torch.tensor([0, 2])\ndef loss():\n    return (target_onehot - 1).sum()\n"))
            + QStringLiteral("The target is `target_onehot = F.one_hot(y, 3).float()`.\n"))
        << QStringLiteral("y = torch.tensor([0, 2])\ntarget_onehot = F.one_hot(y, 3).float()\ndef loss():\n    return (target_onehot - 1).sum()\n") << 1
        << QStringList{QStringLiteral("added the assignments quoted in the text: target_onehot = F.one_hot(y, 3).float()")};

    QTest::newRow("assignment for a name the code defines is left out")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("model = nn.Linear(4, 2)\nout = model(x)\n"))
            + QStringLiteral("Before, I had `model = nn.Linear(8, 3)`.\n"))
        << QStringLiteral("model = nn.Linear(4, 2)\nout = model(x)\n") << 1 << QStringList{};

    QTest::newRow("printed tensor becomes data")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("import torch\nloss = torch.log(x).sum()\n"))
            + QStringLiteral("where x prints as\n\n")
            + fence(QStringLiteral(">>> x\ntensor([[ 1., -5.],\n        [ 2.,  3.]], requires_grad=True)\n")))
        << QStringLiteral("# dlrepro: values printed in the report\nx = torch.tensor([[ 1., -5.], [ 2., 3.]])\n"
                          "import torch\nloss = torch.log(x).sum()\n")
        << 1 << QStringList{QStringLiteral("turned printed values into data: x = torch.tensor([[ 1., -5.], [ 2., 3.]])")};

    QTest::newRow("printed tensor without torch import adds it")
        << (QStringLiteral("# Q\n\n") + fence(QStringLiteral("y = w * 2\n")) + QStringLiteral("Printing gives\n\n")
            + fence(QStringLiteral(">>> w\ntensor([0.5000, 1.5000], grad_fn=<AddBackward0>)\n")))
        << QStringLiteral("import torch\n# dlrepro: values printed in the report\nw = torch.tensor([0.5000, 1.5000])\ny = w * 2\n")
        << 1 << QStringList{QStringLiteral("turned printed values into data: w = torch.tensor([0.5000, 1.5000])")};
}

void tst_SnippetAssembly::assemble()
{
    QFETCH(QString, markdown);
    QFETCH(QString, code);
    QFETCH(int, blocksUsed);
    QFETCH(QStringList, noteStarts);
    const AssembledSnippet s = assembleSnippet(markdownReport(markdown));
    QCOMPARE(s.code, code);
    QCOMPARE(s.blocksUsed, blocksUsed);
    QCOMPARE(s.notes.size(), noteStarts.size());
    for (int i = 0; i < noteStarts.size(); ++i)
        QVERIFY2(s.notes.at(i).startsWith(noteStarts.at(i)), qPrintable(s.notes.at(i)));
}

// Real-format dev-set reports: the snippet is the code blocks, without the quoted errors.
void tst_SnippetAssembly::devsetReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::newRow("markdown, traceback left out")
        << QStringLiteral("so-linear-shape-mismatch.md")
        << QStringLiteral("import torch.nn as nn\nmodel = nn.Linear(28, 10)\nfor images, labels in train_loader:\n"
                          "    outputs = model(images.view(-1, 28 * 28))\n");
    QTest::newRow("stack exchange json, html entities decoded")
        << QStringLiteral("so-numpy-requires-grad.json")
        << QStringLiteral("model = nn.Linear(1, 1)\nx = torch.linspace(0, 1, 100).unsqueeze(1)\npredicted = model(x).numpy()\n"
                          "plt.plot(x.numpy(), predicted)\nplt.show()\n");
    QTest::newRow("two code blocks in post order")
        << QStringLiteral("so-cnn-batch-size-mismatch.md")
        << QStringLiteral("class Net(nn.Module):\n    def __init__(self):\n        super(Net, self).__init__()\n"
                          "        self.conv1 = nn.Conv2d(3, 6, 5)\n        self.pool = nn.MaxPool2d(2, 2)\n"
                          "        self.conv2 = nn.Conv2d(6, 16, 5)\n        self.fc1 = nn.Linear(16 * 10 * 10, 120)\n"
                          "        self.fc2 = nn.Linear(120, 10)\n\n    def forward(self, x):\n"
                          "        x = self.pool(F.relu(self.conv1(x)))\n        x = self.pool(F.relu(self.conv2(x)))\n"
                          "        x = x.view(-1, 16 * 10 * 10)\n        x = F.relu(self.fc1(x))\n        return self.fc2(x)\n"
                          "net = Net()\nfor inputs, labels in trainloader:\n    optimizer.zero_grad()\n    outputs = net(inputs)\n"
                          "    loss = criterion(outputs, labels)\n    loss.backward()\n    optimizer.step()\n");
}

void tst_SnippetAssembly::devsetReport()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    const ImportResult imported = importReportFile(QStringLiteral(DLREPRO_FIXTURES "/devset/") + file);
    QVERIFY2(imported.ok() && !imported.reports.isEmpty(), qPrintable(imported.error));
    Report r = imported.reports.first();
    classifyCodeBlocks(r);
    const AssembledSnippet s = assembleSnippet(r);
    QCOMPARE(s.code, code);
    QCOMPARE(s.notes, QStringList());
}

void tst_SnippetAssembly::noCode()
{
    const AssembledSnippet s = assembleSnippet(markdownReport(QStringLiteral("# Q\n\nMy loss is `nan`, why?\n")));
    QCOMPARE(s.code, QString());
    QCOMPARE(s.blocksUsed, 0);
    QCOMPARE(s.notes, QStringList());
}

void tst_SnippetAssembly::manyBlocksAreCapped()
{
    QString md = QStringLiteral("# Q\n\n");
    for (int i = 0; i < 250; ++i)
        md += fence(QStringLiteral("v%1 = %1\n").arg(i));
    const AssembledSnippet s = assembleSnippet(markdownReport(md));
    QCOMPARE(s.blocksUsed, 200);
    QVERIFY(s.code.startsWith(QStringLiteral("v0 = 0\nv1 = 1\n")));
    QVERIFY(s.code.endsWith(QStringLiteral("v199 = 199\n")));
    QCOMPARE(s.notes.size(), 1);
    QVERIFY(s.notes.first().contains(QStringLiteral("200 blocks")));
}

void tst_SnippetAssembly::invalidUtf8()
{
    QByteArray md = "# Q\n\n```\nx = 1\ny = '\xff\xfe'\n```\n";
    const ImportResult imported = importReportData(md, InputFormat::Markdown, QStringLiteral("bad.md"));
    QVERIFY(imported.ok());
    Report r = imported.reports.first();
    classifyCodeBlocks(r);
    const AssembledSnippet s = assembleSnippet(r);
    QVERIFY(s.code.startsWith(QStringLiteral("x = 1\ny = '")));
    QCOMPARE(s.blocksUsed, 1);
}

QTEST_GUILESS_MAIN(tst_SnippetAssembly)
#include "tst_snippetassembly.moc"
