#pragma once
// BERT's tokenizer (google-research/bert tokenization.py, as Hugging Face's BertTokenizer runs
// it): a basic tokenizer (clean-up, CJK characters split off, lower-casing and accent stripping
// for uncased models, punctuation split) and then greedy longest-match-first WordPiece with "##"
// continuations. Plain C++: the helper has no Qt. Character classes come from UnicodeTables.inc,
// generated from Python's unicodedata so that the ids equal the Python tokenizer's.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dlrepro::tensor {

class WordPieceTokenizer
{
public:
    struct Options {
        bool lowerCase = true; // also strips accents, as BERT's uncased models do
        int maxLength = 512;   // ids per sequence, [CLS] and [SEP] included
        int maxCharsPerWord = 100; // longer words become [UNK]
    };

    // Reads vocab.txt (one token per line, the id is the line number). Throws std::runtime_error
    // naming the file when it cannot be read or lacks [CLS], [SEP] or [UNK].
    WordPieceTokenizer(const std::string &vocabPath, Options options);

    // The basic tokenizer's words (UTF-8), before WordPiece.
    std::vector<std::string> basicTokens(std::string_view utf8) const;
    // WordPiece tokens of one text, without [CLS]/[SEP] and untruncated.
    std::vector<std::string> wordPieces(std::string_view utf8) const;
    // [CLS] pieces [SEP] as ids, the pieces cut so that the whole fits maxLength. `truncated`
    // tells whether anything was cut.
    std::vector<std::int64_t> encode(std::string_view utf8, bool *truncated = nullptr) const;

    std::int64_t padId() const { return m_pad; }
    std::size_t vocabularySize() const { return m_vocab.size(); }
    const Options &options() const { return m_options; }

private:
    void wordPiece(const std::u32string &word, std::vector<std::string> &out) const;

    std::unordered_map<std::string, std::int64_t> m_vocab;
    Options m_options;
    std::int64_t m_cls = 0, m_sep = 0, m_unk = 0, m_pad = 0;
};

} // namespace dlrepro::tensor
