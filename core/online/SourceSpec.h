#pragma once

#include <QString>

namespace dlrepro {

// Where an online report lives, parsed from what a user types or pastes: "so:123",
// "gh:owner/repo#12", or a Stack Overflow / GitHub web address.
struct SourceSpec {
    enum class Kind { Invalid, StackOverflow, GitHub };

    Kind kind = Kind::Invalid;
    qint64 questionId = 0; // StackOverflow
    QString owner;         // GitHub
    QString repo;          // GitHub
    qint64 number = 0;     // GitHub issue or pull request number
    QString error;         // why the input was refused (Invalid only); names no input

    bool isValid() const { return kind != Kind::Invalid; }
    QString id() const;     // "so:123", "gh:owner/repo#12"; empty when invalid
    QString webUrl() const; // https://stackoverflow.com/q/123, https://github.com/owner/repo/issues/12
};

// True for input that is meant as an online source, well-formed or not: a so:/gh: prefix or an
// http(s) address. Callers route such input to the fetcher, which explains what is wrong with a
// malformed one, instead of reporting a confusing "no such file".
bool looksLikeSourceSpec(const QString &input);

SourceSpec parseSourceSpec(const QString &input);

} // namespace dlrepro
