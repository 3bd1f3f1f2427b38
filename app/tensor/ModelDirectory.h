#pragma once
// A sentence-encoder directory as the user exports it (resources/models/export_minilm.py):
// model.pt (TorchScript), vocab.txt and, optionally, dlrepro-model.json with
// {"model": "model.pt", "vocab": "vocab.txt", "lower_case": true, "max_length": 256}.
// No torch here: the tokenize command must not pay for it.
#include "WordPieceTokenizer.h"

#include <memory>
#include <string>

namespace dlrepro::tensor {

struct ModelDirectory {
    std::string dir;
    std::string modelFile; // absolute
    std::string vocabFile; // absolute
    WordPieceTokenizer::Options tokenizer;
};

// Reads and checks the directory; throws RequestError naming the directory and what is wrong.
ModelDirectory readModelDirectory(const std::string &dir);

// The tokenizer of a directory, kept for the next request for the same directory.
const WordPieceTokenizer &tokenizerFor(const ModelDirectory &model);

} // namespace dlrepro::tensor
