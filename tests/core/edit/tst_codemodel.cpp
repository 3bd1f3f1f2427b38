#include "edit/CodeModel.h"

#include <QTest>

using namespace dlrepro;

// "a|b" → {"a", "b"}; "" → {} (the strict string macros forbid QStringList{"a"}).
static QStringList names(const char *list)
{
    return QString::fromUtf8(list).split(u'|', Qt::SkipEmptyParts);
}

class tst_CodeModel : public QObject {
    Q_OBJECT
private slots:
    void imports_data();
    void imports();
    void undefinedNames_data();
    void undefinedNames();
    void scopes();
    void calls_data();
    void calls();
    void assignments();
    void normalisation_data();
    void normalisation();
    void python2Print();
    void brokenCodeStillModelled();
    void utf8Positions();
    void largeInput();
};

static QString importsText(const CodeModel &m)
{
    QStringList l;
    for (const CodeImport &i : m.imports())
        l << QStringLiteral("%1|%2|%3|%4|%5").arg(i.module, i.name, i.alias).arg(i.level).arg(i.boundName());
    return l.join(u';');
}

void tst_CodeModel::imports_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "import numpy as np\nimport torch.nn\n"
                           << "numpy||np|0|np;torch.nn|||0|torch";
    QTest::newRow("from") << "from torch.utils.data import DataLoader, TensorDataset as TD\n"
                          << "torch.utils.data|DataLoader||0|DataLoader;torch.utils.data|TensorDataset|TD|0|TD";
    QTest::newRow("relative and star") << "from . import util\nfrom ..models import *\n"
                                       << "|util||1|util;models|*||2|";
    QTest::newRow("multiple in one") << "import os, sys as system\n" << "os|||0|os;sys||system|0|system";
    QTest::newRow("inside function") << "def f():\n    import pandas as pd\n    return pd\n" << "pandas||pd|0|pd";
}

void tst_CodeModel::imports()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(importsText(CodeModel::parse(code)), expected);
}

void tst_CodeModel::undefinedNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("imports and builtins") << "import numpy as np\nx = np.zeros(3)\nprint(len(x), y)\n"
                                          << names("y");
    QTest::newRow("function params and locals")
        << "def train(model, data):\n    for xb, yb in data:\n        out = model(xb)\n        loss = criterion(out, yb)\n    return loss\n"
        << names("criterion");
    QTest::newRow("use before definition counts") << "f()\ndef f():\n    return g\ng = 1\n" << names("");
    QTest::newRow("class scope invisible from methods")
        << "class A:\n    k = 1\n    def m(self):\n        return k\n" << names("k");
    QTest::newRow("comprehension") << "ys = [x * w for x in xs if x]\n" << names("w|xs");
    QTest::newRow("lambda and with/except")
        << "f = lambda a, b=c: a + b\nwith open(p) as fh:\n    pass\ntry:\n    pass\nexcept ValueError as e:\n    print(e, fh)\n"
        << names("c|p");
    QTest::newRow("global in function") << "def f():\n    global counter\n    counter = 1\nprint(counter)\n"
                                        << names("");
    QTest::newRow("attributes and keywords are not names")
        << "import torch\nm = torch.nn.Linear(in_features=3, out_features=n)\nm.weight.data\n" << names("n");
    QTest::newRow("augmented assignment reads") << "total += 1\n" << names("");
    QTest::newRow("f-string") << "print(f\"{acc:.2f} {lossval}\")\nacc = 1\n" << names("lossval");
}

void tst_CodeModel::undefinedNames()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    QCOMPARE(CodeModel::parse(code).undefinedNames(), expected);
}

void tst_CodeModel::scopes()
{
    const CodeModel m = CodeModel::parse(QStringLiteral(
        "class Net(nn.Module):\n    def forward(self, x):\n        return [v for v in x]\n"));
    QStringList kinds;
    for (const CodeScope &s : m.scopes())
        kinds << scopeKindId(s.kind) + u':' + s.name + u':' + QString::number(s.parent);
    QCOMPARE(kinds, names("module::-1|class:Net:0|function:forward:1|comprehension::2"));
    QCOMPARE(m.scopes()[2].span.line, 2);
    QCOMPARE(m.undefinedNames(), names("nn"));
    // x is a parameter of forward
    bool param = false;
    for (const NameDefinition &d : m.definitions())
        param |= d.name == QLatin1String("x") && d.kind == DefinitionKind::Parameter && d.scope == 2;
    QVERIFY(param);
}

void tst_CodeModel::calls_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("keras fit") << "model.fit(X, y, nb_epoch=10, batch_size=32)\n"
                               << "model.fit(X,y,nb_epoch=10,batch_size=32)";
    QTest::newRow("nested") << "nn.CrossEntropyLoss(size_average=False)(out, t)\n"
                            << "(out,t);nn.CrossEntropyLoss(size_average=False)";
    QTest::newRow("splats") << "f(*a, **kw)\n" << "f(*=*a,**=**kw)";
    QTest::newRow("multi-line") << "Dense(64,\n      activation='relu',\n      init='uniform')\n"
                                << "Dense(64,activation='relu',init='uniform')";
}

void tst_CodeModel::calls()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const CodeModel m = CodeModel::parse(code);
    QStringList l;
    for (const CodeCall &c : m.calls()) {
        QStringList args;
        for (const CallArgument &a : c.arguments)
            args << (a.keyword.isEmpty() ? a.valueText : a.keyword + u'=' + a.valueText);
        l << c.callee + u'(' + args.join(u',') + u')';
    }
    QCOMPARE(l.join(u';'), expected);
    // value spans index the code
    for (const CodeCall &c : m.calls())
        for (const CallArgument &a : c.arguments)
            QCOMPARE(m.text(a.valueSpan), a.valueText);
}

void tst_CodeModel::assignments()
{
    const CodeModel m = CodeModel::parse(QStringLiteral("a = b = 1\nx, y = f()\nn += 2\n"));
    QCOMPARE(m.assignments().size(), 3);
    QCOMPARE(m.assignments()[0].targets, names("a|b"));
    QCOMPARE(m.assignments()[0].valueText, QStringLiteral("1"));
    QCOMPARE(m.assignments()[1].targets, names("x, y"));
    QCOMPARE(m.assignments()[2].op, QStringLiteral("+="));
    QCOMPARE(m.assignments()[2].span.line, 3);
}

void tst_CodeModel::normalisation_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kinds");
    QTest::newRow("console") << ">>> import torch\n>>> for i in range(2):\n...     print(i)\n0\n1\n"
                             << "import torch\nfor i in range(2):\n    print(i)\n# 0\n# 1\n"
                             << "prompt@1,prompt@2,prompt@3,output@4,output@5";
    QTest::newRow("ipython") << "In [3]: x = 1\n   ...: y = 2\nOut[3]: 2\n"
                             << "x = 1\ny = 2\n# Out[3]: 2\n" << "prompt@1,prompt@2,output@3";
    QTest::newRow("magics") << "!pip install torch\n%matplotlib inline\nx = 5 % 2\n"
                            << "# !pip install torch\n# %matplotlib inline\nx = 5 % 2\n" << "magic@1,magic@2";
    QTest::newRow("mixed tabs") << "if x:\n    a = 1\n\tb = 2\n" << "if x:\n    a = 1\n    b = 2\n" << "tabs@3";
    QTest::newRow("tabs only: untouched") << "if x:\n\ta = 1\n" << "if x:\n\ta = 1\n" << "";
    QTest::newRow("plain ellipsis untouched") << "def f():\n    ...\n" << "def f():\n    ...\n" << "";
}

void tst_CodeModel::normalisation()
{
    QFETCH(QString, source);
    QFETCH(QString, code);
    QFETCH(QString, kinds);
    const CodeModel m = CodeModel::parse(source);
    QCOMPARE(m.source(), source);
    QCOMPARE(m.code(), code);
    QStringList k;
    for (const Normalisation &n : m.normalisations())
        k << normalisationKindId(n.kind) + u'@' + QString::number(n.line);
    QCOMPARE(k.join(u','), kinds);
    QVERIFY(!m.hasSyntaxErrors());
}

void tst_CodeModel::python2Print()
{
    const CodeModel m = CodeModel::parse(QStringLiteral("x = 1\nprint \"value:\", x, y\n"));
    QVERIFY(!m.hasSyntaxErrors());
    QCOMPARE(m.undefinedNames(), names("y"));
    int prints = 0;
    for (const SyntaxNode &n : m.nodes())
        prints += n.type == QLatin1String("print_statement");
    QCOMPARE(prints, 1);
}

void tst_CodeModel::brokenCodeStillModelled()
{
    const CodeModel m = CodeModel::parse(QStringLiteral(
        "import torch\nmodel = Net(\nfor epoch in range(10)\n    loss = criterion(out, y)\nz = torch.ones(3)\n"));
    QVERIFY(m.hasSyntaxErrors());
    QVERIFY(m.syntaxErrors().first().span.line >= 2);
    QCOMPARE(m.imports().size(), 1);
    QCOMPARE(m.imports().first().module, QStringLiteral("torch"));
    QVERIFY(m.undefinedNames().contains(QStringLiteral("criterion")));
    // total garbage does not crash and still has a module node
    const CodeModel g = CodeModel::parse(QStringLiteral("))) ((( : : def class \x01 \"\"\""));
    QVERIFY(g.hasSyntaxErrors());
    QVERIFY(!g.nodes().isEmpty());
    QCOMPARE(CodeModel::parse(QString()).undefinedNames(), names(""));
}

void tst_CodeModel::utf8Positions()
{
    const QString code = QStringLiteral("s = \"héllo 😀\"\nnombre_año = 1\nprint(s, nombre_año, größe)\n");
    const CodeModel m = CodeModel::parse(code);
    QVERIFY(!m.hasSyntaxErrors());
    QCOMPARE(m.undefinedNames(), QStringList{QStringLiteral("größe")});
    const QList<NameUse> uses = m.usesOf(QStringLiteral("größe"));
    QCOMPARE(uses.size(), 1);
    QCOMPARE(m.text(uses.first().span), QStringLiteral("größe"));
    QCOMPARE(uses.first().span.line, 3);
    QCOMPARE(uses.first().span.column, 22);
    const CodeCall &print = m.calls().first();
    QCOMPARE(print.arguments[1].valueText, QStringLiteral("nombre_año"));
    QCOMPARE(m.assignments().first().valueText, QStringLiteral("\"héllo 😀\""));
    // invalid UTF-8 arrives as U+FFFD and is still parsed
    const CodeModel bad = CodeModel::parse(QString::fromUtf8("x = '\xff\xfe'\ny = x\n"));
    QCOMPARE(bad.assignments().size(), 2);
}

void tst_CodeModel::largeInput()
{
    QString code;
    for (int i = 0; i < 50000; ++i)
        code += QStringLiteral("x%1 = x%2 + 1\n").arg(i + 1).arg(i);
    code += QString(5000, u'(');
    const CodeModel m = CodeModel::parse(code);
    QCOMPARE(m.undefinedNames(), names("x0"));
    QVERIFY(m.hasSyntaxErrors());
}

QTEST_GUILESS_MAIN(tst_CodeModel)
#include "tst_codemodel.moc"
