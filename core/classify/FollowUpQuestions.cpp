#include "Classification.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
// Comments one could post under the report as they are. Worded for the bug type because the
// thing worth asking differs: a Tensor bug needs the exact input shape, a Training bug the data
// distribution, a GPU bug the batch size and nvidia-smi. Mixed and Unknown get the general one.
struct QuestionRow {
    InformationCategory category;
    BugType type; // Unknown = any other type
    const char *text;
};

constexpr QuestionRow kQuestions[] = {
    // Data
    {InformationCategory::Data, BugType::TensorInput,
     QT_TRANSLATE_NOOP("Classification",
                       "What are the shape and dtype of the input you pass to the model (e.g. print(x.shape, x.dtype))?")},
    {InformationCategory::Data, BugType::Training,
     QT_TRANSLATE_NOOP("Classification",
                       "What does your training data look like: its shape, dtype, value range, and how are the labels distributed?")},
    {InformationCategory::Data, BugType::Model,
     QT_TRANSLATE_NOOP("Classification",
                       "Which data do you feed the model: which dataset, and what shape does one batch have (e.g. print(x.shape))?")},
    {InformationCategory::Data, BugType::Api,
     QT_TRANSLATE_NOOP("Classification",
                       "What do you pass to the call that fails: its type, shape and dtype (e.g. print(type(x), x.shape, x.dtype))?")},
    {InformationCategory::Data, BugType::Gpu,
     QT_TRANSLATE_NOOP("Classification",
                       "How large are the inputs you put on the GPU: the shape and dtype of one batch?")},
    {InformationCategory::Data, BugType::Unknown,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you describe your input data: its shape, dtype, value range and which dataset it is?")},
    // Model
    {InformationCategory::Model, BugType::TensorInput,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you share the model definition, especially the input layer and the layer where the shapes stop matching (e.g. the output of model.summary())?")},
    {InformationCategory::Model, BugType::Gpu,
     QT_TRANSLATE_NOOP("Classification",
                       "Which model do you run on the GPU, and how large is it (e.g. model.summary() or its parameter count)?")},
    {InformationCategory::Model, BugType::Api,
     QT_TRANSLATE_NOOP("Classification",
                       "Which model or layer do you build with the API that fails? Could you show its definition?")},
    {InformationCategory::Model, BugType::Unknown,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you share the model definition: the layers, their sizes and activations (e.g. the output of model.summary() or print(model))?")},
    // Hyperparameters
    {InformationCategory::Hyperparameters, BugType::Training,
     QT_TRANSLATE_NOOP("Classification",
                       "Which optimizer, learning rate, loss function, batch size and number of epochs do you train with?")},
    {InformationCategory::Hyperparameters, BugType::Gpu,
     QT_TRANSLATE_NOOP("Classification",
                       "Which batch size do you use, and does the error still occur with a smaller one?")},
    {InformationCategory::Hyperparameters, BugType::TensorInput,
     QT_TRANSLATE_NOOP("Classification",
                       "Which batch size and loss function do you use, and how do you call fit (or your training loop)?")},
    {InformationCategory::Hyperparameters, BugType::Api,
     QT_TRANSLATE_NOOP("Classification",
                       "Which arguments (optimizer, loss, batch size, epochs) do you pass to the call that fails?")},
    {InformationCategory::Hyperparameters, BugType::Unknown,
     QT_TRANSLATE_NOOP("Classification",
                       "Which hyperparameters do you use: optimizer, learning rate, loss, batch size and epochs?")},
    // Code snippet
    {InformationCategory::CodeSnippet, BugType::Api,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you post a minimal, complete code snippet, with its imports, that raises the error?")},
    {InformationCategory::CodeSnippet, BugType::TensorInput,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you post a minimal code snippet that builds the input and the model and makes the call that fails?")},
    {InformationCategory::CodeSnippet, BugType::Training,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you post the training code: how the model is compiled and trained (the fit call or the training loop)?")},
    {InformationCategory::CodeSnippet, BugType::Model,
     QT_TRANSLATE_NOOP("Classification", "Could you post the code that defines and trains the model?")},
    {InformationCategory::CodeSnippet, BugType::Gpu,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you post a minimal code snippet that moves the model and the data to the GPU and fails?")},
    {InformationCategory::CodeSnippet, BugType::Unknown,
     QT_TRANSLATE_NOOP("Classification", "Could you post a minimal, complete code snippet that shows the problem?")},
    // Logs
    {InformationCategory::Logs, BugType::Training,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you paste the training log (loss and accuracy per epoch, for training and validation)?")},
    {InformationCategory::Logs, BugType::Gpu,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you paste the full error message and the output of nvidia-smi, with your CUDA and driver versions?")},
    {InformationCategory::Logs, BugType::Api,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you paste the full traceback, and the versions of the libraries you use (e.g. pip show tensorflow torch)?")},
    {InformationCategory::Logs, BugType::TensorInput,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you paste the full traceback, including the line that fails and the shapes it reports?")},
    {InformationCategory::Logs, BugType::Unknown,
     QT_TRANSLATE_NOOP("Classification",
                       "Could you paste the full traceback / the training log (loss and accuracy per epoch)?")},
};
} // namespace

QString followUpQuestion(InformationCategory category, BugType type)
{
    const char *fallback = nullptr;
    for (const auto &r : kQuestions) {
        if (r.category != category)
            continue;
        if (r.type == type && type != BugType::Unknown)
            return QCoreApplication::translate("Classification", r.text);
        if (r.type == BugType::Unknown)
            fallback = r.text;
    }
    return fallback ? QCoreApplication::translate("Classification", fallback) : QString();
}

} // namespace dlrepro
