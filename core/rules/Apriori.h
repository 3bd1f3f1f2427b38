#pragma once

#include "rules/TransactionMatrix.h"

#include <QString>

#include <vector>

namespace dlrepro {

struct AprioriOptions
{
    // An itemset is frequent when count >= max(1, ceil(minSupport × N − 1e-9)): itemsets that
    // never occur are never reported, even with minSupport 0.
    double minSupport = 0.1;
    double minConfidence = 0.0; // rules with confidence below it are dropped (1e-12 tolerance)
    double minLift = 0.0;       // likewise for lift
    int maxLength = 0;          // largest itemset (and so rule) length; 0 = no limit
    // When consequentClass >= 0, only rules whose consequent items all have
    // itemClasses[item] == consequentClass are produced. Items missing from itemClasses have
    // class -1.
    std::vector<int> itemClasses;
    int consequentClass = -1;
};

struct FrequentItemset
{
    std::vector<int> items; // ascending
    qint64 count = 0;
    double support = 0;
    friend bool operator==(const FrequentItemset &, const FrequentItemset &) = default;
};

struct AssociationRule
{
    std::vector<int> antecedent; // X, ascending, non-empty
    std::vector<int> consequent; // Y, ascending, non-empty, disjoint from X
    qint64 count = 0;            // transactions containing X ∪ Y
    qint64 antecedentCount = 0;
    qint64 consequentCount = 0;
    double support = 0;    // s(X ∪ Y)
    double confidence = 0; // s(X ∪ Y) / s(X)
    double lift = 0;       // confidence / s(Y)
    double leverage = 0;   // s(X ∪ Y) − s(X)·s(Y)
    double conviction = 0; // (1 − s(Y)) / (1 − confidence); +infinity when confidence is 1
};

struct AprioriResult
{
    qint64 transactionCount = 0;
    // Ordered by length ascending, then count descending, then item ids lexicographically.
    std::vector<FrequentItemset> itemsets;
    // Ordered by support descending, confidence descending, lift descending (all compared on
    // the exact integer counts, so no floating-point ties), then antecedent and consequent by
    // length ascending and item ids lexicographically.
    std::vector<AssociationRule> rules;
};

// The level-wise Apriori of Agrawal & Srikant: candidates of length k are joined from frequent
// (k−1)-itemsets sharing a (k−2)-prefix, pruned when any (k−1)-subset is infrequent, and counted
// by AND-ing the items' tid-list bitsets. Rules come from every split of every frequent itemset
// of length ≥ 2. Returns false with a message on invalid options.
bool runApriori(const TransactionMatrix &data, const AprioriOptions &options, AprioriResult *result,
                QString *error = nullptr);

// The order of AprioriResult::rules, exposed for callers that merge or re-rank rule lists.
bool aprioriRuleLess(const AssociationRule &a, const AssociationRule &b);

} // namespace dlrepro
