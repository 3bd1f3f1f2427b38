// embed: mean-pooled sentence embeddings from a TorchScript BERT-style encoder (Sentence-BERT's
// recipe, as the study used all-MiniLM-L6-v2). The only translation unit of part 1 with torch
// headers: <torch/script.h> is enough and much cheaper to compile than <torch/torch.h>.
#include "Handlers.h"
#include "ModelDirectory.h"

#include <torch/cuda.h>
#include <torch/script.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <numeric>

namespace dlrepro::tensor {

namespace {

struct LoadedEncoder {
    std::string file;
    std::string device = "cpu";
    std::filesystem::file_time_type stamp;
    torch::jit::Module module;
    std::size_t inputs = 0; // forward's arguments without self: 2 or 3
};

// "cpu" (the default), "cuda" or "cuda:N": where the encoder runs. A GPU that is not there is a
// clear error, not a silent fall back to the CPU (the GPU check compares the two).
torch::Device requestedDevice(const std::string &name)
{
    torch::Device device(torch::kCPU);
    try {
        device = torch::Device(name);
    } catch (const std::exception &) {
        throw RequestError("\"device\" must be cpu, cuda or cuda:N, not '" + name + "'");
    }
    if (device.is_cuda() && !torch::cuda::is_available())
        throw RequestError("device '" + name + "' was asked for, but this LibTorch sees no CUDA GPU"
                           " (Debian's libtorch is CPU-only; build dlrepro-tensor against a CUDA LibTorch)");
    if (device.is_cuda() && device.has_index() && device.index() >= static_cast<int>(torch::cuda::device_count()))
        throw RequestError("device '" + name + "' does not exist: " + std::to_string(torch::cuda::device_count())
                           + " CUDA device(s)");
    if (!device.is_cpu() && !device.is_cuda())
        throw RequestError("device '" + name + "' is not supported (cpu or cuda)");
    return device;
}

// One encoder stays loaded; a request for another directory (or a re-exported file, or another
// device) replaces it.
LoadedEncoder &encoderFor(const ModelDirectory &model, const torch::Device &device)
{
    static std::unique_ptr<LoadedEncoder> loaded;
    std::error_code ec;
    const auto stamp = std::filesystem::last_write_time(model.modelFile, ec);
    if (loaded && loaded->file == model.modelFile && loaded->stamp == stamp && loaded->device == device.str())
        return *loaded;
    loaded.reset();
    auto enc = std::make_unique<LoadedEncoder>();
    enc->file = model.modelFile;
    enc->stamp = stamp;
    try {
        enc->module = torch::jit::load(model.modelFile, device);
        enc->device = device.str();
    } catch (const std::exception &e) {
        std::string what = e.what();
        what = what.substr(0, what.find('\n'));
        throw RequestError("cannot load the TorchScript model " + model.modelFile + ": " + what);
    }
    enc->module.eval();
    const auto forward = enc->module.find_method("forward");
    if (!forward)
        throw RequestError("the TorchScript model " + model.modelFile + " has no forward method");
    const std::size_t args = forward->function().getSchema().arguments().size();
    enc->inputs = args > 0 ? args - 1 : 0;
    if (enc->inputs < 2)
        throw RequestError("the TorchScript model " + model.modelFile
                           + " must take (input_ids, attention_mask[, token_type_ids]); its forward takes "
                           + std::to_string(enc->inputs) + " input(s)");
    loaded = std::move(enc);
    return *loaded;
}

// The last hidden state, whatever the export returns: a tensor, a tuple/list whose first element
// it is (Hugging Face models traced with torchscript=True), or a dict holding it.
torch::Tensor lastHiddenState(const c10::IValue &out, const std::string &file)
{
    torch::Tensor t;
    if (out.isTensor())
        t = out.toTensor();
    else if (out.isTuple() && !out.toTupleRef().elements().empty() && out.toTupleRef().elements()[0].isTensor())
        t = out.toTupleRef().elements()[0].toTensor();
    else if (out.isList() && out.toListRef().size() > 0 && out.toListRef()[0].isTensor())
        t = out.toListRef()[0].toTensor();
    else if (out.isGenericDict()) {
        const auto dict = out.toGenericDict();
        const auto it = dict.find(c10::IValue(std::string("last_hidden_state")));
        if (it != dict.end() && it->value().isTensor())
            t = it->value().toTensor();
    }
    if (!t.defined() || t.dim() != 3)
        throw RequestError("the TorchScript model " + file
                           + " does not return a (batch, tokens, hidden) last hidden state");
    return t;
}

} // namespace

Json handleEmbed(const Json &request)
{
    const ModelDirectory model = readModelDirectory(request.value("model", std::string()));
    const WordPieceTokenizer &tokenizer = tokenizerFor(model);
    if (!request.contains("texts") || !request["texts"].is_array())
        throw RequestError("embed needs \"texts\", an array of strings");
    const bool normalize = request.value("normalize", true);
    const int batchSize = std::clamp(request.value("batch_size", 32), 1, 1024);

    const torch::Device device = requestedDevice(request.value("device", std::string("cpu")));
    LoadedEncoder &encoder = encoderFor(model, device); // loaded even for no texts: a warm-up call checks the model

    const Json &texts = request["texts"];
    std::vector<std::vector<std::int64_t>> ids;
    ids.reserve(texts.size());
    int truncated = 0;
    for (const Json &t : texts) {
        if (!t.is_string())
            throw RequestError("\"texts\" must hold strings only");
        bool cut = false;
        ids.push_back(tokenizer.encode(t.get_ref<const std::string &>(), &cut));
        truncated += cut ? 1 : 0;
    }

    // Batches of similar lengths pad less; the padding is masked, so the order changes nothing.
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a].size() < ids[b].size(); });

    c10::InferenceMode inference;
    std::vector<std::vector<float>> vectors(ids.size());
    std::int64_t dim = 0;
    for (std::size_t from = 0; from < order.size(); from += std::size_t(batchSize)) {
        const std::size_t to = std::min(order.size(), from + std::size_t(batchSize));
        std::size_t width = 0;
        for (std::size_t k = from; k < to; ++k)
            width = std::max(width, ids[order[k]].size());
        const auto rows = std::int64_t(to - from);
        torch::Tensor inputIds = torch::full({rows, std::int64_t(width)}, tokenizer.padId(), torch::kLong);
        torch::Tensor mask = torch::zeros({rows, std::int64_t(width)}, torch::kLong);
        auto idsA = inputIds.accessor<std::int64_t, 2>();
        auto maskA = mask.accessor<std::int64_t, 2>();
        for (std::size_t k = from; k < to; ++k) {
            const auto &row = ids[order[k]];
            for (std::size_t j = 0; j < row.size(); ++j) {
                idsA[std::int64_t(k - from)][std::int64_t(j)] = row[j];
                maskA[std::int64_t(k - from)][std::int64_t(j)] = 1;
            }
        }
        const torch::Tensor deviceIds = inputIds.to(device);
        const torch::Tensor deviceMask = mask.to(device);
        std::vector<c10::IValue> inputs{deviceIds, deviceMask};
        if (encoder.inputs >= 3)
            inputs.emplace_back(torch::zeros_like(deviceIds));
        c10::IValue out;
        try {
            out = encoder.module.forward(inputs);
        } catch (const std::exception &e) {
            std::string what = e.what();
            what = what.substr(0, what.find('\n'));
            throw RequestError("the TorchScript model " + model.modelFile + " failed: " + what);
        }
        const torch::Tensor hidden = lastHiddenState(out, model.modelFile).to(torch::kFloat);
        const torch::Tensor m = deviceMask.unsqueeze(-1).to(torch::kFloat);
        torch::Tensor pooled = (hidden * m).sum(1) / m.sum(1).clamp_min(1e-9);
        if (normalize)
            pooled = pooled / pooled.norm(2, 1, true).clamp_min(1e-12);
        pooled = pooled.to(torch::kCPU).contiguous();
        dim = pooled.size(1);
        const float *data = pooled.data_ptr<float>();
        for (std::size_t k = from; k < to; ++k) {
            const float *rowData = data + std::int64_t(k - from) * dim;
            vectors[order[k]].assign(rowData, rowData + dim);
        }
    }
    return Json{{"dim", dim}, {"count", vectors.size()}, {"vectors", vectors}, {"normalized", normalize},
                {"device", device.str()},
                {"truncated", truncated}, {"max_length", tokenizer.options().maxLength}};
}

} // namespace dlrepro::tensor
