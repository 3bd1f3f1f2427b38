#pragma once
// Table 3.2's operators over one layer's weights, biases or gradients (thesis chapter 3): plain
// C++, no torch, so the helper's torch translation units stay few and this stays testable.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

namespace dlrepro::tensor {

struct TensorStatistics {
    std::size_t count = 0;  // all values, non-finite included
    std::size_t nan = 0;
    std::size_t inf = 0;
    std::size_t zeros = 0;  // exactly 0.0 (dying ReLU counts these)
    std::size_t nearZero = 0; // |x| <= epsilon: Table 3.2's sparsity
    // Over the finite values; NaN when there are none (var, std, skew, kurtosis: fewer than 2).
    double max = 0, min = 0, median = 0, mean = 0;
    double var = 0, std = 0; // population variance (ddof 0, numpy's default)
    double skew = 0;         // Fisher-Pearson g1 (scipy.stats.skew's default, bias=True)
    double kurtosis = 0;     // excess kurtosis g2 (scipy.stats.kurtosis's default, normal = 0)
    double sparsity = 0;     // nearZero / count
    double zeroFraction = 0; // zeros / count
};

// values is taken by value: the median sorts a copy.
TensorStatistics computeStatistics(std::vector<float> values, double epsilon);

// {"count", "max", ..., "sparsity", "zeros", "nan", "inf"}; NaN becomes null.
nlohmann::json statisticsToJson(const TensorStatistics &s);

} // namespace dlrepro::tensor
