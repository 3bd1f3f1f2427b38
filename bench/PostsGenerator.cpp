#include "PostsGenerator.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include <map>

namespace dlrepro::bench {

namespace {

template <size_t N>
QString pick(QRandomGenerator &rng, const char *const (&items)[N])
{
    return QString::fromUtf8(items[rng.bounded(int(N))]);
}

const char *const kFrameworks[] = {"pytorch", "tensorflow", "keras", "pytorch", "tensorflow",
                                   "scikit-learn", "numpy", "pandas"};
const char *const kTypeTags[] = {"layer", "model", "activation-function", "tensor", "loss-function",
                                 "training-data", "optimization", "loss", "learning-rate", "nan",
                                 "gpu", "cuda", "nvidia", "valueerror", "typeerror", "attributeerror",
                                 "python", "deep-learning", "neural-network", "conv-neural-network",
                                 "machine-learning", "dataloader", "lstm", "computer-vision"};
const char *const kTitles[] = {
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x512 and 256x10)",
    "Loss becomes nan after a few epochs",
    "ValueError: Input 0 of layer sequential is incompatible with the layer",
    "CUDA out of memory when training with batch size 32",
    "How to concatenate two tensors along a new axis",
    "Validation accuracy stays at 0.5 for binary classification",
    "AttributeError: 'Tensor' object has no attribute 'numpy'",
    "Model predicts the same class for every input",
    "Unable to install tensorflow-gpu on Windows",
    "Custom layer fails to build with a None dimension",
    "Expected all tensors to be on the same device, but found cuda:0 and cpu",
    "LSTM output shape does not match the target shape",
};
const char *const kProse[] = {
    "I am training a small convolutional network on my own images and the loss does not go down.",
    "The same code worked with an older version of the framework.",
    "My input has shape (300, 5, 720) and the labels are integers between 0 and 9.",
    "I tried lowering the learning rate to 0.0001 but nothing changed.",
    "The dataset is MNIST, normalised to [0, 1] with float32 pixels.",
    "Here is the full traceback I get when calling fit:",
    "Any idea what I am doing wrong?",
    "I use two hidden layers with 128 and 64 units and relu activations.",
};
const char *const kCode[] = {
    "import torch\nimport torch.nn as nn\n\nmodel = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))\n"
    "optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\nfor x, y in loader:\n    loss = criterion(model(x), y)\n"
    "    loss.backward()\n    optimizer.step()\n",
    "import tensorflow as tf\nmodel = tf.keras.Sequential([\n    tf.keras.layers.Dense(12, activation='relu'),\n"
    "    tf.keras.layers.Dense(3, activation='softmax')])\nmodel.compile(loss='sparse_categorical_crossentropy', "
    "optimizer='adam', metrics=['accuracy'])\nmodel.fit(x_train, y_train, epochs=10, batch_size=32)\n",
    "x = torch.randn(64, 512).cuda()\nw = torch.randn(256, 10)\nout = x @ w\n",
    "from keras.layers import LSTM, Dense\nmodel.add(LSTM(50, input_shape=(5, 720)))\nmodel.add(Dense(1))\n",
};
const char *const kTraceback[] = {
    "Traceback (most recent call last):\n  File \"train.py\", line 42, in &lt;module&gt;\n    out = model(x)\n"
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x512 and 256x10)\n",
    "Epoch 1/10\n1875/1875 [==============================] - 3s 1ms/step - loss: nan - accuracy: 0.0987\n",
    "ValueError: Shapes (None, 1) and (None, 10) are incompatible\n",
};

QString paragraph(QRandomGenerator &rng)
{
    QString p = QStringLiteral("<p>");
    const int sentences = 1 + rng.bounded(3);
    for (int i = 0; i < sentences; ++i)
        p += (i ? QStringLiteral(" ") : QString()) + pick(rng, kProse);
    return p + QStringLiteral("</p>\n");
}

QString codeBlock(const QString &code)
{
    return QStringLiteral("<pre class=\"lang-py s-code-block\"><code>") + code + QStringLiteral("</code></pre>\n");
}

QString questionBody(QRandomGenerator &rng)
{
    QString body = paragraph(rng);
    // One question in ten has inline code only (no block): the code filter drops it.
    if (rng.bounded(10) == 0)
        return body + QStringLiteral("<p>Calling <code>model.fit()</code> never returns.</p>\n");
    QString code = pick(rng, kCode);
    code.replace(QLatin1Char('<'), QLatin1String("&lt;")).replace(QLatin1Char('>'), QLatin1String("&gt;"));
    body += codeBlock(code) + paragraph(rng);
    if (rng.bounded(2))
        body += codeBlock(pick(rng, kTraceback));
    return body;
}

QString answerBody(QRandomGenerator &rng)
{
    QString body = paragraph(rng);
    if (rng.bounded(2))
        body += codeBlock(QStringLiteral("loss = criterion(out.float(), y.long())\n"));
    return body;
}

QString date(QRandomGenerator &rng, qint64 *secs)
{
    // 2019-01-01 .. 2024-01-01, so the study's May 2020 – May 2023 range drops some.
    if (*secs == 0)
        *secs = 1546300800 + qint64(rng.bounded(157766400));
    return QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

struct PendingAnswer {
    qint64 id;
    qint64 parentId;
    qint64 questionSecs;
};

void writeRow(QXmlStreamWriter &w, const QList<std::pair<QString, QString>> &attributes)
{
    w.writeStartElement(QStringLiteral("row"));
    for (const auto &a : attributes)
        w.writeAttribute(a.first, a.second);
    w.writeEndElement();
}

} // namespace

bool generatePostsXml(const QString &path, qint64 rows, quint32 seed, GeneratedPosts *info, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QRandomGenerator rng(seed);
    QXmlStreamWriter w(&file);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("posts"));

    *info = GeneratedPosts();
    // Row r has Id r + 1, so the file is in Id order like a real dump. A question reserves the
    // rows its answers will take (a few rows later, sometimes thousands), so that it knows its
    // accepted answer's id; answers reserved past the end never come, as in a dump cut at a date.
    std::map<qint64, PendingAnswer> reserved; // row → answer written there
    for (qint64 row = 0; row < rows; ++row) {
        const auto slot = reserved.find(row);
        if (slot != reserved.end()) {
            const PendingAnswer a = slot->second;
            reserved.erase(slot);
            qint64 secs = a.questionSecs + 600 + rng.bounded(86400 * 30);
            writeRow(w, {{QStringLiteral("Id"), QString::number(a.id)},
                         {QStringLiteral("PostTypeId"), QStringLiteral("2")},
                         {QStringLiteral("ParentId"), QString::number(a.parentId)},
                         {QStringLiteral("CreationDate"), date(rng, &secs)},
                         {QStringLiteral("Score"), QString::number(rng.bounded(-1, 25))},
                         {QStringLiteral("Body"), answerBody(rng)},
                         {QStringLiteral("OwnerUserId"), QString::number(rng.bounded(1, 900000))},
                         {QStringLiteral("CommentCount"), QString::number(rng.bounded(4))},
                         {QStringLiteral("ContentLicense"), QStringLiteral("CC BY-SA 4.0")}});
            ++info->answers;
            continue;
        }
        const qint64 id = row + 1;
        const int answers = rng.bounded(4); // 0..3
        qint64 acceptedId = 0;
        qint64 secs = 0;
        const QString created = date(rng, &secs);
        for (int i = 0; i < answers; ++i) {
            // Most answers come soon; one in twenty thousands of rows later.
            qint64 at = row + (rng.bounded(20) == 0 ? rng.bounded(500, 5000) : rng.bounded(1, 60));
            while (reserved.count(at))
                ++at;
            reserved.insert({at, PendingAnswer{at + 1, id, secs}});
            if (acceptedId == 0 && rng.bounded(3) != 0)
                acceptedId = at + 1;
        }
        QStringList tags{pick(rng, kFrameworks)};
        const int extra = 1 + rng.bounded(3);
        for (int i = 0; i < extra; ++i)
            tags << pick(rng, kTypeTags);
        QList<std::pair<QString, QString>> attributes{
            {QStringLiteral("Id"), QString::number(id)},
            {QStringLiteral("PostTypeId"), QStringLiteral("1")}};
        if (acceptedId)
            attributes.append({QStringLiteral("AcceptedAnswerId"), QString::number(acceptedId)});
        attributes.append({{QStringLiteral("CreationDate"), created},
                           {QStringLiteral("Score"), QString::number(rng.bounded(-3, 40))},
                           {QStringLiteral("ViewCount"), QString::number(rng.bounded(10, 50000))},
                           {QStringLiteral("Body"), questionBody(rng)},
                           {QStringLiteral("OwnerUserId"), QString::number(rng.bounded(1, 900000))},
                           {QStringLiteral("Title"), pick(rng, kTitles)},
                           {QStringLiteral("Tags"), QLatin1Char('<') + tags.join(QLatin1String("><")) + QLatin1Char('>')},
                           {QStringLiteral("AnswerCount"), QString::number(answers)},
                           {QStringLiteral("CommentCount"), QString::number(rng.bounded(5))},
                           {QStringLiteral("ContentLicense"), QStringLiteral("CC BY-SA 4.0")}});
        writeRow(w, attributes);
        ++info->questions;
    }
    w.writeEndElement();
    w.writeEndDocument();
    info->rows = rows;
    info->bytes = file.size();
    if (w.hasError() || !file.flush()) {
        *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

QByteArray typicalQuestionXml()
{
    // A question like the thesis's examples: prose with shapes and hyperparameters, a code
    // block, and the error it raised.
    QString body = QStringLiteral(
        "<p>I am training an LSTM on sequences of shape (300, 5, 720) with batch size 32 and the Adam "
        "optimizer (learning rate 0.001), 10 epochs. Training fails right away:</p>\n");
    body += codeBlock(QStringLiteral(
        "import tensorflow as tf\nmodel = tf.keras.Sequential([\n    tf.keras.layers.LSTM(50, input_shape=(5, 720)),\n"
        "    tf.keras.layers.Dense(1, activation='sigmoid')])\nmodel.compile(loss='binary_crossentropy', "
        "optimizer='adam', metrics=['accuracy'])\nmodel.fit(x_train, y_train, epochs=10, batch_size=32)\n"));
    body += QStringLiteral("<p>The error:</p>\n");
    body += codeBlock(QStringLiteral(
        "Traceback (most recent call last):\n  File \"train.py\", line 12, in &lt;module&gt;\n"
        "    model.fit(x_train, y_train, epochs=10, batch_size=32)\n"
        "ValueError: Input 0 of layer \"sequential\" is incompatible with the layer: expected shape=(None, 5, 720), "
        "found shape=(None, 300, 5, 720)\n"));
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("posts"));
    writeRow(w, {{QStringLiteral("Id"), QStringLiteral("64520473")},
                 {QStringLiteral("PostTypeId"), QStringLiteral("1")},
                 {QStringLiteral("AcceptedAnswerId"), QStringLiteral("64520999")},
                 {QStringLiteral("CreationDate"), QStringLiteral("2020-10-25T09:12:44.123")},
                 {QStringLiteral("Score"), QStringLiteral("3")},
                 {QStringLiteral("Body"), body},
                 {QStringLiteral("Title"), QStringLiteral("ValueError: Input 0 of layer sequential is incompatible")},
                 {QStringLiteral("Tags"), QStringLiteral("<python><tensorflow><keras><lstm><valueerror>")}});
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace dlrepro::bench
