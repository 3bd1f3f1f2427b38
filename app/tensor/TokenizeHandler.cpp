// tokenize: the WordPiece ids the embed command would feed the encoder. For tests and for users
// checking a vocabulary; it needs no torch and loads no model.
#include "Handlers.h"
#include "ModelDirectory.h"

namespace dlrepro::tensor {

Json handleTokenize(const Json &request)
{
    const ModelDirectory model = readModelDirectory(request.value("model", std::string()));
    const WordPieceTokenizer &tokenizer = tokenizerFor(model);
    if (!request.contains("texts") || !request["texts"].is_array())
        throw RequestError("tokenize needs \"texts\", an array of strings");
    const bool withPieces = request.value("pieces", false);
    Json ids = Json::array();
    Json pieces = Json::array();
    for (const Json &t : request["texts"]) {
        if (!t.is_string())
            throw RequestError("\"texts\" must hold strings only");
        const std::string &text = t.get_ref<const std::string &>();
        ids.push_back(tokenizer.encode(text));
        if (withPieces)
            pieces.push_back(tokenizer.wordPieces(text));
    }
    Json result{{"ids", std::move(ids)}, {"max_length", tokenizer.options().maxLength},
                {"lower_case", tokenizer.options().lowerCase}};
    if (withPieces)
        result["pieces"] = std::move(pieces);
    return result;
}

} // namespace dlrepro::tensor
