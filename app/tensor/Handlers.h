#pragma once
// The requests dlrepro-tensor serves. Each handler takes the request object and returns the
// result object (main.cpp wraps it in {"id", "ok": true, "result"}); it throws RequestError (or
// any std::exception) for a bad request, which becomes {"id", "ok": false, "error"}.
// Torch headers belong in the handler translation units only, never in this header.
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace dlrepro::tensor {

using Json = nlohmann::json;

struct RequestError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// EmbedHandler.cpp: sentence embeddings with a TorchScript BERT-style encoder.
Json handleEmbed(const Json &request);
// TokenizeHandler.cpp: the WordPiece ids embed would use (no torch).
Json handleTokenize(const Json &request);
// DynamicsHandler.cpp: per-layer statistics of the tensors a --dynamics run saved.
Json handleDynamics(const Json &request);

} // namespace dlrepro::tensor
