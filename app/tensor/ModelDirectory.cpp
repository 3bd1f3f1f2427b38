#include "ModelDirectory.h"

#include "Handlers.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

namespace dlrepro::tensor {

namespace fs = std::filesystem;

ModelDirectory readModelDirectory(const std::string &dir)
{
    if (dir.empty())
        throw RequestError("no model directory given (\"model\")");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw RequestError("the model directory " + dir + " does not exist or is not a directory");
    ModelDirectory m;
    m.dir = fs::absolute(dir, ec).string();
    std::string model = "model.pt";
    std::string vocab = "vocab.txt";
    const fs::path config = fs::path(m.dir) / "dlrepro-model.json";
    if (fs::exists(config, ec)) {
        std::ifstream in(config);
        Json j;
        try {
            j = Json::parse(in);
            model = j.value("model", model);
            vocab = j.value("vocab", vocab);
            m.tokenizer.lowerCase = j.value("lower_case", m.tokenizer.lowerCase);
            m.tokenizer.maxLength = j.value("max_length", m.tokenizer.maxLength);
        } catch (const Json::exception &e) {
            throw RequestError(config.string() + " is not a valid model description: " + e.what());
        }
        if (m.tokenizer.maxLength < 2 || m.tokenizer.maxLength > 8192)
            throw RequestError(config.string() + ": max_length must be between 2 and 8192");
    }
    m.modelFile = (fs::path(m.dir) / model).string();
    m.vocabFile = (fs::path(m.dir) / vocab).string();
    if (!fs::is_regular_file(m.modelFile, ec))
        throw RequestError("the model directory " + m.dir + " has no TorchScript model " + model
                           + " (export one with resources/models/export_minilm.py)");
    if (!fs::is_regular_file(m.vocabFile, ec))
        throw RequestError("the model directory " + m.dir + " has no vocabulary " + vocab);
    return m;
}

const WordPieceTokenizer &tokenizerFor(const ModelDirectory &model)
{
    using Key = std::tuple<std::string, bool, int>;
    static std::map<Key, std::unique_ptr<WordPieceTokenizer>> cache;
    const Key key{model.vocabFile, model.tokenizer.lowerCase, model.tokenizer.maxLength};
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 4)
            cache.clear(); // a handful of models at most; no need for an LRU
        try {
            it = cache.emplace(key, std::make_unique<WordPieceTokenizer>(model.vocabFile, model.tokenizer)).first;
        } catch (const RequestError &) {
            throw;
        } catch (const std::exception &e) {
            throw RequestError(e.what());
        }
    }
    return *it->second;
}

} // namespace dlrepro::tensor
