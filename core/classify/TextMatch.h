#pragma once

#include <QLatin1String>
#include <QString>

namespace dlrepro::classify {

// True when needle occurs in hay starting at a word boundary (when the needle starts with a
// word character) and, when wholeWord, ending at one too ("nan" must not match "banana";
// "converg" with wholeWord false matches "convergence"). Linear in hay: each occurrence is
// checked once, so a 10 MB body full of near misses stays cheap.
bool containsPhrase(const QString &hay, QLatin1String needle, bool wholeWord,
                    Qt::CaseSensitivity cs = Qt::CaseSensitive);

// As containsPhrase, but returns what matched, completed to the end of its word
// ("deprecat" → "deprecated"), so a reason quotes the report's own word; empty when absent.
QString matchedPhrase(const QString &hay, QLatin1String needle, bool wholeWord,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive);

// True when `name` is used as a keyword argument or assignment ("epochs=10", "lr = 0.1").
bool containsAssignment(const QString &hay, QLatin1String name);

} // namespace dlrepro::classify
