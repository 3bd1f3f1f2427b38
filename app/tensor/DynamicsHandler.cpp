// The dynamics request: reads the step files a --dynamics run saved (torch.save, zip format) with
// torch::jit::pickle_load (torch::pickle_load) and computes Table 3.2's operators per layer, step and property. The
// statistics themselves are plain C++ (DynamicsStatistics); torch is only the file reader here.
#include "DynamicsStatistics.h"
#include "Handlers.h"

#include <ATen/ATen.h>
#include <torch/csrc/jit/serialization/pickle.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

namespace dlrepro::tensor {

namespace {

namespace fs = std::filesystem;

const char *const kProperties[] = {"weights", "biases", "weight_grads", "bias_grads"};

std::vector<char> readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw RequestError("cannot read " + path.string());
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Json readIndex(const fs::path &dir)
{
    const fs::path path = dir / "index.json";
    if (!fs::exists(path))
        throw RequestError("the folder " + dir.string()
                           + " has no index.json (was the run started with --dynamics?)");
    try {
        std::ifstream in(path);
        Json index = Json::parse(in);
        if (index.value("schema", std::string()) != "dlrepro-dynamics")
            throw RequestError(path.string() + " is not a dlrepro dynamics index");
        return index;
    } catch (const Json::exception &e) {
        throw RequestError(path.string() + " is not valid JSON: " + e.what());
    }
}

std::vector<float> toFloats(const at::Tensor &tensor)
{
    const at::Tensor flat = tensor.detach().reshape({-1}).to(at::kFloat).contiguous();
    const float *data = flat.data_ptr<float>();
    return std::vector<float>(data, data + flat.numel());
}

Json scalar(const c10::Dict<c10::IValue, c10::IValue> &item, const char *key)
{
    const auto it = item.find(c10::IValue(std::string(key)));
    if (it == item.end() || !it->value().isTensor())
        return Json();
    const at::Tensor t = it->value().toTensor();
    if (t.numel() != 1)
        return Json();
    if (t.scalar_type() == at::kBool)
        return Json(t.item<bool>());
    if (at::isIntegralType(t.scalar_type(), false))
        return Json(t.item<int64_t>());
    const double v = t.item<double>();
    return std::isfinite(v) ? Json(v) : Json(); // null: non-finite (the norm overflowed or is NaN)
}

Json layerStatistics(const c10::Dict<c10::IValue, c10::IValue> &item, double epsilon)
{
    Json out = Json::object();
    for (const char *property : kProperties) {
        const auto it = item.find(c10::IValue(std::string(property)));
        if (it == item.end() || !it->value().isTensor())
            continue;
        out[property] = statisticsToJson(computeStatistics(toFloats(it->value().toTensor()), epsilon));
    }
    for (const char *key : {"grad_norm", "weight_grad_norm", "bias_grad_norm", "numel_weights",
                            "numel_biases", "has_grad"})
        out[key] = scalar(item, key);
    // Python wrote the exact norms; a norm that overflowed float64 or a NaN gradient is null
    // there, so say which it was.
    const Json &g = out["weight_grads"];
    out["grad_nonfinite"] = g.is_object() && (g.value("nan", 0) > 0 || g.value("inf", 0) > 0);
    return out;
}

Json stepRecord(const fs::path &file, double epsilon)
{
    const c10::IValue value = torch::jit::pickle_load(readFile(file));
    if (!value.isGenericDict())
        throw RequestError(file.string() + " does not hold a dictionary of layers");
    Json layers = Json::object();
    Json order = Json::array();
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isGenericDict())
            continue;
        const std::string name = entry.key().toStringRef();
        layers[name] = layerStatistics(entry.value().toGenericDict(), epsilon);
        order.push_back(name);
    }
    return Json{{"layers", layers}, {"order", order}};
}

// index.json's fields, read leniently: a field that is absent, null or of another type reads as
// its default, so an index written by hand or by an older capture still gives statistics.
template<typename T>
T field(const Json &object, const char *key, T fallback)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    try {
        return it->template get<T>();
    } catch (const Json::exception &) {
        return fallback;
    }
}

Json arrayField(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : Json::array();
}

} // namespace

Json handleDynamics(const Json &request)
{
    if (!request.contains("dir") || !request["dir"].is_string())
        throw RequestError("dynamics needs \"dir\": the run's dynamics folder");
    const fs::path dir(request["dir"].get<std::string>());
    if (!fs::is_directory(dir))
        throw RequestError("the dynamics folder " + dir.string() + " does not exist");
    const double epsilon = request.value("sparsity_epsilon", 1e-6);
    if (!(epsilon >= 0))
        throw RequestError("sparsity_epsilon must be a number >= 0");
    const Json index = readIndex(dir);

    Json records = Json::array();
    Json errors = Json::array();
    for (const Json &step : arrayField(index, "steps")) {
        if (!step.is_object())
            continue;
        const std::string file = field(step, "file", std::string());
        if (file.empty() || file.find('/') != std::string::npos || file.find("..") != std::string::npos) {
            errors.push_back("a step in index.json names no file of this folder");
            continue;
        }
        try {
            Json record = stepRecord(dir / file, epsilon);
            record["step"] = field(step, "step", 0);
            record["epoch"] = field(step, "epoch", 0);
            record["file"] = file;
            records.push_back(std::move(record));
        } catch (const std::exception &e) {
            // One unreadable step (a run killed while saving) must not hide the others.
            errors.push_back(file + ": " + e.what());
        }
    }
    Json result{{"dir", dir.string()},
                {"layers", arrayField(index, "layers")},
                {"models", arrayField(index, "models")},
                {"schedule", field(index, "schedule", std::string())},
                {"optimizer_steps", field(index, "optimizer_steps", 0)},
                {"losses", arrayField(index, "losses")},
                {"stopped", field(index, "stopped", std::string())},
                {"sampled_layers", arrayField(index, "sampled_layers")},
                {"capture_errors", arrayField(index, "errors")},
                {"sparsity_epsilon", epsilon},
                {"records", records},
                {"errors", errors}};
    return result;
}

} // namespace dlrepro::tensor
