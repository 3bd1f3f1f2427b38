#include "WordPieceTokenizer.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace dlrepro::tensor {

namespace {

#include "UnicodeTables.inc"

template <std::size_t N>
bool inRanges(const CodeRange (&table)[N], char32_t cp)
{
    const auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                                     [](char32_t c, const CodeRange &r) { return c < r.first; });
    return it != std::begin(table) && cp <= std::prev(it)->last;
}

std::u32string decodeUtf8(std::string_view s)
{
    // Malformed sequences become U+FFFD, which the clean-up then drops (as Python's
    // errors="replace" decoding followed by BERT's _clean_text would).
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int len = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            len = 1;
            cp = b;
        } else if ((b & 0xE0) == 0xC0) {
            len = 2;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4;
            cp = b & 0x07;
        }
        bool ok = len > 0 && i + std::size_t(len) <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + std::size_t(k)]);
            ok = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += std::size_t(len);
    }
    return out;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(const std::u32string &s, std::size_t from = 0, std::size_t to = std::u32string::npos)
{
    std::string out;
    to = std::min(to, s.size());
    for (std::size_t i = from; i < to; ++i)
        appendUtf8(out, s[i]);
    return out;
}

// BERT's _is_whitespace: \t \n \r count as white space although they are control characters.
bool isWhitespace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || inRanges(kSpaceSeparator, c);
}

// Hugging Face's _is_control (category C*, which the Rust tokenizers use too), minus \t \n \r.
bool isControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return inRanges(kOther, c);
}

// BERT's _is_punctuation: all non-letter/number ASCII such as ^ $ ` counts, then category P*.
bool isPunctuation(char32_t c)
{
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
        return true;
    return inRanges(kPunctuation, c);
}

// BERT's _is_chinese_char: the CJK Unified Ideographs blocks (not Japanese kana or Hangul).
bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool isLetterLike(char32_t c)
{
    // For the final-sigma rule only: a previous/next character that a fold leaves unchanged or
    // maps to something is "cased" when it is neither white space, punctuation nor control.
    return !isWhitespace(c) && !isPunctuation(c) && !isControl(c);
}

// str.lower(), NFD and dropping Mn, for one code point of an uncased model's text.
void foldInto(char32_t c, std::u32string &out)
{
    if (c >= 0xAC00 && c <= 0xD7A3) {
        // Hangul syllables decompose into conjoining jamo, which are letters and stay.
        const char32_t s = c - 0xAC00;
        out.push_back(0x1100 + s / (21 * 28));
        out.push_back(0x1161 + (s % (21 * 28)) / 28);
        if (s % 28)
            out.push_back(0x11A7 + s % 28);
        return;
    }
    const auto it = std::lower_bound(std::begin(kFold), std::end(kFold), c,
                                     [](const FoldEntry &e, char32_t cp) { return e.cp < cp; });
    if (it == std::end(kFold) || it->cp != c) {
        out.push_back(c);
        return;
    }
    for (int k = 0; k < it->n; ++k)
        out.push_back(it->out[k]);
}

} // namespace

WordPieceTokenizer::WordPieceTokenizer(const std::string &vocabPath, Options options)
    : m_options(options)
{
    std::ifstream in(vocabPath, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read the vocabulary " + vocabPath);
    std::string line;
    std::int64_t id = 0;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
            line.pop_back();
        m_vocab.emplace(line, id++); // the first of duplicate lines wins, as in BERT's load_vocab
    }
    auto require = [&](const char *token) {
        const auto it = m_vocab.find(token);
        if (it == m_vocab.end())
            throw std::runtime_error("the vocabulary " + vocabPath + " has no " + token + " token");
        return it->second;
    };
    m_cls = require("[CLS]");
    m_sep = require("[SEP]");
    m_unk = require("[UNK]");
    const auto pad = m_vocab.find("[PAD]");
    m_pad = pad == m_vocab.end() ? 0 : pad->second;
    if (m_options.maxLength < 2)
        throw std::runtime_error("max_length must be at least 2");
}

std::vector<std::string> WordPieceTokenizer::basicTokens(std::string_view utf8) const
{
    const std::u32string text = decodeUtf8(utf8);
    // _clean_text and _tokenize_chinese_chars, then split on white space.
    std::u32string cleaned;
    cleaned.reserve(text.size());
    for (const char32_t c : text) {
        if (c == 0 || c == 0xFFFD || isControl(c))
            continue;
        if (isWhitespace(c)) {
            cleaned.push_back(U' ');
        } else if (isCjk(c)) {
            cleaned.push_back(U' ');
            cleaned.push_back(c);
            cleaned.push_back(U' ');
        } else {
            cleaned.push_back(c);
        }
    }

    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < cleaned.size()) {
        while (i < cleaned.size() && cleaned[i] == U' ')
            ++i;
        std::size_t end = i;
        while (end < cleaned.size() && cleaned[end] != U' ')
            ++end;
        if (end == i)
            break;
        std::u32string word;
        if (m_options.lowerCase) {
            for (std::size_t k = i; k < end; ++k) {
                const char32_t c = cleaned[k];
                // Python's lower() gives a final sigma at the end of a word.
                if (c == 0x03A3 && k > i && isLetterLike(cleaned[k - 1]) && (k + 1 == end || !isLetterLike(cleaned[k + 1])))
                    word.push_back(0x03C2);
                else
                    foldInto(c, word);
            }
        } else {
            word = cleaned.substr(i, end - i);
        }
        // _run_split_on_punc: every punctuation character is a token of its own.
        std::size_t start = 0;
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (isPunctuation(word[k])) {
                if (k > start)
                    out.push_back(encodeUtf8(word, start, k));
                out.push_back(encodeUtf8(word, k, k + 1));
                start = k + 1;
            }
        }
        if (start < word.size())
            out.push_back(encodeUtf8(word, start));
        i = end;
    }
    return out;
}

void WordPieceTokenizer::wordPiece(const std::u32string &word, std::vector<std::string> &out) const
{
    if (word.size() > std::size_t(m_options.maxCharsPerWord)) {
        out.emplace_back("[UNK]");
        return;
    }
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < word.size()) {
        std::size_t end = word.size();
        std::string found;
        while (start < end) {
            std::string candidate = start > 0 ? "##" : "";
            candidate += encodeUtf8(word, start, end);
            if (m_vocab.count(candidate)) {
                found = std::move(candidate);
                break;
            }
            --end;
        }
        if (found.empty()) {
            out.emplace_back("[UNK]"); // the whole word, as BERT does
            return;
        }
        pieces.push_back(std::move(found));
        start = end;
    }
    out.insert(out.end(), pieces.begin(), pieces.end());
}

std::vector<std::string> WordPieceTokenizer::wordPieces(std::string_view utf8) const
{
    std::vector<std::string> out;
    for (const std::string &token : basicTokens(utf8))
        wordPiece(decodeUtf8(token), out);
    return out;
}

std::vector<std::int64_t> WordPieceTokenizer::encode(std::string_view utf8, bool *truncated) const
{
    const std::vector<std::string> pieces = wordPieces(utf8);
    const std::size_t room = std::size_t(m_options.maxLength) - 2;
    if (truncated)
        *truncated = pieces.size() > room;
    std::vector<std::int64_t> ids;
    ids.reserve(std::min(pieces.size(), room) + 2);
    ids.push_back(m_cls);
    for (std::size_t i = 0; i < pieces.size() && i < room; ++i) {
        const auto it = m_vocab.find(pieces[i]);
        ids.push_back(it == m_vocab.end() ? m_unk : it->second);
    }
    ids.push_back(m_sep);
    return ids;
}

} // namespace dlrepro::tensor
