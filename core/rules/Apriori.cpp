#include "Apriori.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace dlrepro {

namespace {

struct VectorHash {
    size_t operator()(const std::vector<int> &v) const noexcept
    {
        size_t h = 1469598103934665603ull;
        for (int x : v)
            h = (h ^ size_t(unsigned(x))) * 1099511628211ull;
        return h;
    }
};
using CountMap = std::unordered_map<std::vector<int>, qint64, VectorHash>;

bool lexLess(const std::vector<int> &a, const std::vector<int> &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

__extension__ typedef __int128 Int128; // exact products of counts up to 2^63

// Sign of a/b − c/d for positive b, d, exactly.
int compareFractions(Int128 a, Int128 b, Int128 c, Int128 d)
{
    const Int128 l = a * d, r = c * b;
    return l < r ? -1 : (l > r ? 1 : 0);
}

} // namespace

bool aprioriRuleLess(const AssociationRule &a, const AssociationRule &b)
{
    if (a.count != b.count)
        return a.count > b.count;
    if (int c = compareFractions(a.count, a.antecedentCount, b.count, b.antecedentCount))
        return c > 0;
    // lift = count·N / (countX·countY); N is common.
    if (int c = compareFractions(a.count, Int128(a.antecedentCount) * a.consequentCount, b.count,
                                 Int128(b.antecedentCount) * b.consequentCount))
        return c > 0;
    if (a.antecedent != b.antecedent)
        return lexLess(a.antecedent, b.antecedent);
    return lexLess(a.consequent, b.consequent);
}

bool runApriori(const TransactionMatrix &data, const AprioriOptions &options, AprioriResult *result,
                QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!(options.minSupport >= 0.0 && options.minSupport <= 1.0))
        return fail(QStringLiteral("minimum support must be between 0 and 1"));
    if (!(options.minConfidence >= 0.0 && options.minConfidence <= 1.0))
        return fail(QStringLiteral("minimum confidence must be between 0 and 1"));
    if (!(options.minLift >= 0.0) || std::isinf(options.minLift))
        return fail(QStringLiteral("minimum lift must be a finite number >= 0"));
    if (options.maxLength < 0)
        return fail(QStringLiteral("maximum length must be >= 0 (0 means no limit)"));

    *result = AprioriResult();
    const qint64 n = data.size();
    result->transactionCount = n;
    if (n == 0)
        return true;
    const qint64 minCount = std::max<qint64>(1, qint64(std::ceil(options.minSupport * double(n) - 1e-9)));
    const int maxLength = options.maxLength > 0 ? options.maxLength : std::numeric_limits<int>::max();
    const size_t words = size_t(data.wordCount());

    CountMap counts; // every frequent itemset, for the rules
    std::vector<std::vector<int>> level;
    std::vector<qint64> levelCounts;
    for (int item = 0; item < data.itemCount(); ++item) {
        qint64 c = 0;
        for (quint64 w : data.column(item))
            c += std::popcount(w);
        if (c >= minCount) {
            level.push_back({item});
            levelCounts.push_back(c);
        }
    }

    std::vector<quint64> prefixBits(words);
    for (int k = 1;; ++k) {
        for (size_t i = 0; i < level.size(); ++i) {
            counts.emplace(level[i], levelCounts[i]);
            result->itemsets.push_back({level[i], levelCounts[i], double(levelCounts[i]) / double(n)});
        }
        if (k >= maxLength || level.size() < 2)
            break;

        // Join: level is sorted lexicographically, so itemsets sharing the first k−1 items are
        // consecutive; each pair (i < j) in such a group gives level[i] + last(level[j]).
        std::vector<std::vector<int>> next;
        std::vector<qint64> nextCounts;
        std::vector<int> candidate(size_t(k) + 1);
        std::vector<int> subset(static_cast<size_t>(k));
        size_t groupStart = 0;
        while (groupStart < level.size()) {
            size_t groupEnd = groupStart + 1;
            while (groupEnd < level.size()
                   && std::equal(level[groupStart].begin(), level[groupStart].end() - 1, level[groupEnd].begin()))
                ++groupEnd;
            for (size_t i = groupStart; i < groupEnd; ++i) {
                bool prefixReady = false;
                for (size_t j = i + 1; j < groupEnd; ++j) {
                    std::copy(level[i].begin(), level[i].end(), candidate.begin());
                    candidate[size_t(k)] = level[j].back();
                    // Prune: the subsets without one of the first k−1 items must be frequent
                    // (the two without the last or the second-last item are level[i], level[j]).
                    bool keep = true;
                    for (int drop = 0; keep && drop + 1 < k; ++drop) {
                        size_t o = 0;
                        for (int p = 0; p <= k; ++p)
                            if (p != drop)
                                subset[o++] = candidate[size_t(p)];
                        keep = counts.count(subset) > 0;
                    }
                    if (!keep)
                        continue;
                    if (!prefixReady) {
                        const auto &first = data.column(level[i][0]);
                        std::copy(first.begin(), first.end(), prefixBits.begin());
                        for (size_t p = 1; p < level[i].size(); ++p) {
                            const auto &col = data.column(level[i][p]);
                            for (size_t w = 0; w < words; ++w)
                                prefixBits[w] &= col[w];
                        }
                        prefixReady = true;
                    }
                    const auto &last = data.column(candidate[size_t(k)]);
                    qint64 c = 0;
                    for (size_t w = 0; w < words; ++w)
                        c += std::popcount(prefixBits[w] & last[w]);
                    if (c >= minCount) {
                        next.push_back(candidate);
                        nextCounts.push_back(c);
                    }
                }
            }
            groupStart = groupEnd;
        }
        if (next.empty())
            break;
        level = std::move(next);
        levelCounts = std::move(nextCounts);
    }

    std::stable_sort(result->itemsets.begin(), result->itemsets.end(),
                     [](const FrequentItemset &a, const FrequentItemset &b) {
                         if (a.items.size() != b.items.size())
                             return a.items.size() < b.items.size();
                         if (a.count != b.count)
                             return a.count > b.count;
                         return a.items < b.items;
                     });

    auto classOf = [&options](int item) {
        return item >= 0 && size_t(item) < options.itemClasses.size() ? options.itemClasses[size_t(item)] : -1;
    };
    const double dn = double(n);
    std::vector<int> x, y;
    for (const FrequentItemset &z : result->itemsets) {
        const size_t k = z.items.size();
        if (k < 2)
            continue;
        if (k >= 63)
            return fail(QStringLiteral("itemsets of 63 or more items are not supported for rules"));
        const quint64 all = (quint64(1) << k) - 1;
        for (quint64 mask = 1; mask < all; ++mask) {
            x.clear();
            y.clear();
            for (size_t p = 0; p < k; ++p)
                ((mask >> p) & 1 ? x : y).push_back(z.items[p]);
            if (options.consequentClass >= 0
                && !std::all_of(y.begin(), y.end(), [&](int item) { return classOf(item) == options.consequentClass; }))
                continue;
            const qint64 cx = counts.at(x);
            const qint64 cy = counts.at(y);
            const double confidence = double(z.count) / double(cx);
            if (confidence < options.minConfidence - 1e-12)
                continue;
            const double sy = double(cy) / dn;
            const double lift = confidence / sy;
            if (lift < options.minLift - 1e-12)
                continue;
            AssociationRule r;
            r.antecedent = x;
            r.consequent = y;
            r.count = z.count;
            r.antecedentCount = cx;
            r.consequentCount = cy;
            r.support = z.support;
            r.confidence = confidence;
            r.lift = lift;
            r.leverage = z.support - (double(cx) / dn) * sy;
            r.conviction = z.count == cx ? std::numeric_limits<double>::infinity() : (1.0 - sy) / (1.0 - confidence);
            result->rules.push_back(std::move(r));
        }
    }
    std::sort(result->rules.begin(), result->rules.end(),
              aprioriRuleLess);
    return true;
}

} // namespace dlrepro
