#include "ModelFactExtractor.h"

#include "ExtractSupport.h"

#include <iterator>

namespace dlrepro {

namespace {

using Row = extract::PatternRow;

// Acronyms are matched case-sensitively: "ann" or "gan" in prose are rarely the architecture.
const Row kArchitectures[] = {
    {u"\\bMLPs?\\b|\\bMLP(?:Classifier|Regressor)\\b", "MLP", true, "mlp"},
    {u"\\bmulti-?layer(?:ed)?\\h{1,3}perceptrons?\\b", "MLP", false, "multi"},
    {u"\\bANNs?\\b", "ANN", true, "ann"},
    {u"\\bartificial\\h{1,3}neural\\h{1,3}networks?\\b", "ANN", false, "artificial"},
    {u"(?<![\\w-])CNNs?\\b|\\bConvNets?\\b", "CNN", true, "cnn|convnet"},
    {u"\\bconvolutional\\h{1,3}(?:neural\\h{1,3})?networks?\\b", "CNN", false, "convolutional"},
    {u"\\bConv[123][dD]\\b", "CNN", true, "conv"},
    {u"\\bRNNs?\\b|\\bSimpleRNN\\b", "RNN", true, "rnn|simplernn"},
    {u"\\brecurrent\\h{1,3}neural\\h{1,3}networks?\\b", "RNN", false, "recurrent"},
    {u"\\b(?:bi-?directional\\h{1,3})?LSTMs?\\b|\\blong\\h{1,3}short[\\h-]term\\h{1,3}memory\\b", "LSTM", false, "bi|lstm|long"},
    {u"\\bGRUs?\\b", "GRU", false, "gru"},
    {u"\\b(?:DC|W|Cycle)?GANs?\\b", "GAN", true, "gan|dcgan|wgan|cyclegan"},
    {u"\\bgenerative\\h{1,3}adversarial\\h{1,3}networks?\\b", "GAN", false, "generative"},
    {u"\\bVAEs?\\b|\\bvariational\\h{1,3}auto-?encoders?\\b", "VAE", false, "vae|variational"},
    {u"(?<!variational\\h)\\bauto-?encoders?\\b", "autoencoder", false, "auto"},
    {u"\\bres-?net[-_]?(?:\\d{2,3})?(?:v2)?\\b", "ResNet", false, "res"},
    {u"\\bvgg[-_]?(?:\\d{2})?\\b", "VGG", false, "vgg"},
    {u"\\bBERT\\b|\\bbert-(?:base|large)\\b|\\bBert(?:Model|ForSequenceClassification|Tokenizer)\\b", "BERT", false, "bert"},
    {u"\\bdistil-?bert\\b", "DistilBERT", false, "distil"},
    {u"\\broberta\\b", "RoBERTa", false, "roberta"},
    {u"\\bT5\\b|\\bt5-(?:small|base|large)\\b", "T5", true, "t5"},
    {u"\\bgpt-?2\\b", "GPT-2", false, "gpt"},
    {u"(?<!from\\h)(?<!import\\h)\\btransformers?\\b(?!\\.)", "transformer", false, "transformer"},
    {u"\\bu-?net\\b", "U-Net", false, "u"},
    {u"\\bmultinomial\\h{1,3}logistic\\h{1,3}regression\\b", "multinomial logistic regression", false, "multinomial"},
    {u"(?<!multinomial\\h)\\blogistic\\h{1,3}regression\\b|\\bLogisticRegression\\b", "logistic regression", false, "logistic"},
    {u"\\blinear\\h{1,3}regression\\b|\\bLinearRegression\\b", "linear regression", false, "linear"},
    {u"\\binception(?:[-_]?v\\d)?\\b", "Inception", false, "inception"},
    {u"\\bmobilenet(?:[-_]?v\\d)?\\b", "MobileNet", false, "mobilenet"},
    {u"\\befficientnet(?:[-_]?b\\d)?\\b", "EfficientNet", false, "efficientnet"},
    {u"\\bdensenet(?:[-_]?\\d{3})?\\b", "DenseNet", false, "densenet"},
    {u"\\balexnet\\b", "AlexNet", false, "alexnet"},
    {u"\\blenet(?:-?5)?\\b", "LeNet", false, "lenet"},
    {u"\\byolo(?:v\\d)?\\b", "YOLO", false, "yolo"},
    {u"\\bseq2seq\\b|\\bsequence[\\h-]to[\\h-]sequence\\b", "seq2seq", false, "seq2seq|sequence"},
};

const QRegularExpression &activationPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![A-Za-z0-9])(leaky[\h_-]?relu|p?relu6?|selu|gelu|elu|sigmoid|hard[_-]?sigmoid|log[\h_-]?softmax|softmax|tanh|swish|silu|softplus|softsign|mish)(?![A-Za-z0-9]))"));
    return re;
}

const QRegularExpression &proseLayers()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|single)\h{1,3})"
        R"(((?:hidden|dense|fully[\h-]connected|convolutional|conv|lstm|recurrent|input|output|linear)\h{1,3})?layers?\b)"
        R"((?:\h{0,2}\(\h{0,2}(\d{1,6})\h{1,3}(?:inputs?|outputs?|nodes|neurons|units)\h{0,2}\))?)"
        R"((?:(?:\h{1,3}(?:with|of|having|containing|each)){1,3}\h{1,3}(?:(?:size|width)\h{1,3}(\d{1,6}(?:\h{0,3}(?:,|and|&)\h{0,3}\d{1,6}){0,15}))"
        R"(|(\d{1,6}(?:\h{0,3}(?:,|and|&|,\h{0,3}and)\h{0,3}\d{1,6}){0,15})\h{1,3}(?:nodes|neurons|units|hidden\h{1,3}units|filters|cells|inputs?|outputs?)\b))?)"));
    return re;
}

// Layer constructors in code; the first integer argument that is the layer's width is
// argument 1 for Keras (units, filters) and the second for PyTorch (in, out).
const QRegularExpression &codeLayers()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w])((?:nn\.|layers\.|keras\.layers\.|tf\.keras\.layers\.)?)"
        R"((Dense|Linear|Conv[123][dD]|Conv[123]DTranspose|ConvTranspose[123]d|LSTM|GRU|SimpleRNN|RNN|Embedding))\()"
        R"(\h{0,3}(?:units\h{0,2}=\h{0,2}|filters\h{0,2}=\h{0,2})?(\d{1,7})?(?:\h{0,3},\h{0,3}(?:out_features\h{0,2}=\h{0,2}|hidden_size\h{0,2}=\h{0,2}|out_channels\h{0,2}=\h{0,2})?(\d{1,7}))?)"),
        false);
    return re;
}

QString canonicalActivation(QString a)
{
    a = a.toLower();
    a.remove(QLatin1Char(' '));
    a.remove(QLatin1Char('-'));
    a.remove(QLatin1Char('_'));
    if (a == QLatin1String("leakyrelu"))
        return QStringLiteral("leaky_relu");
    if (a == QLatin1String("logsoftmax"))
        return QStringLiteral("log_softmax");
    if (a == QLatin1String("hardsigmoid"))
        return QStringLiteral("hard_sigmoid");
    return a;
}

const extract::RowScanner &architectureScanner()
{
    static const extract::RowScanner scanner(kArchitectures, std::size(kArchitectures));
    return scanner;
}

} // namespace

QList<Fact> extractModelFacts(const QString &text)
{
    QList<Fact> facts;
    {
        architectureScanner().scan(text, [&](int row, qsizetype offset, const QRegularExpressionMatch &m) {
            Fact f = extract::makeFact(FactKind::Architecture, m, 0, offset);
            f.name = QString::fromLatin1(kArchitectures[row].name);
            f.value = m.captured(0);
            if (m.captured(0).contains(QLatin1String("Conv"), Qt::CaseSensitive) && f.name == QLatin1String("CNN")
                && m.captured(0).size() <= 15)
                f.confidence = 0.7; // a conv layer suggests, but does not make, a CNN
            facts.append(f);
        });
    }
    extract::forEachMatch(activationPattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Activation, m);
        f.name = canonicalActivation(m.captured(1));
        f.value = m.captured(0);
        facts.append(f);
    });
    extract::forEachMatch(proseLayers(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Layers, m);
        f.value = m.captured(0);
        f.number = extract::numberWord(m.capturedView(1));
        f.name = m.captured(2).trimmed().toLower();
        QString widths = m.captured(3);
        if (widths.isEmpty())
            widths = m.captured(4);
        if (widths.isEmpty())
            widths = m.captured(5);
        static const QRegularExpression digits(QStringLiteral("\\d{1,6}"));
        QStringList list;
        extract::forEachMatch(digits, widths, [&](const QRegularExpressionMatch &d) { list << d.captured(0); });
        f.detail = list.join(QLatin1Char(','));
        // "a layer" alone is too weak to count.
        if (f.detail.isEmpty() && f.name.isEmpty() && f.number <= 1)
            return;
        facts.append(f);
    });
    extract::forEachMatch(codeLayers(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Layers, m);
        f.name = m.captured(2);
        // The call up to its closing parenthesis on the same line, for the reader.
        const TextSpan line = extract::lineAround(text, m.capturedStart(0));
        qsizetype depth = 0, end = m.capturedEnd(0);
        for (qsizetype i = m.capturedStart(0); i < line.end() && i < m.capturedStart(0) + 300; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0) {
                end = i + 1;
                break;
            }
        }
        f.span.length = end - f.span.start;
        f.value = text.mid(f.span.start, f.span.length);
        const bool torch = m.captured(1) == QLatin1String("nn.") || f.name == QLatin1String("Linear")
            || f.name.endsWith(QLatin1Char('d'));
        const QString width = torch && m.capturedLength(4) > 0 ? m.captured(4) : m.captured(3);
        if (!width.isEmpty()) {
            f.number = width.toDouble();
            f.detail = width;
        }
        facts.append(f);
    });
    extract::dropContained(facts);
    return facts;
}

} // namespace dlrepro
