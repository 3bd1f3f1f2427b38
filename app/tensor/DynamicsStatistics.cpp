#include "DynamicsStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dlrepro::tensor {

TensorStatistics computeStatistics(std::vector<float> values, double epsilon)
{
    TensorStatistics s;
    s.count = values.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> finite;
    finite.reserve(values.size());
    for (float v : values) {
        if (std::isnan(v)) {
            ++s.nan;
            continue;
        }
        if (std::isinf(v)) {
            ++s.inf;
            continue;
        }
        if (v == 0.0f)
            ++s.zeros;
        if (std::fabs(double(v)) <= epsilon)
            ++s.nearZero;
        finite.push_back(v);
    }
    s.sparsity = s.count ? double(s.nearZero) / double(s.count) : nan;
    s.zeroFraction = s.count ? double(s.zeros) / double(s.count) : nan;
    const std::size_t n = finite.size();
    if (n == 0) {
        s.max = s.min = s.median = s.mean = s.var = s.std = s.skew = s.kurtosis = nan;
        return s;
    }
    // Two passes in double: the mean first, then central moments (no catastrophic cancellation).
    double sum = 0;
    for (double v : finite)
        sum += v;
    s.mean = sum / double(n);
    double m2 = 0, m3 = 0, m4 = 0;
    for (double v : finite) {
        const double d = v - s.mean;
        const double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
    }
    m2 /= double(n);
    m3 /= double(n);
    m4 /= double(n);
    s.var = m2;
    s.std = std::sqrt(m2);
    if (n < 2) {
        s.skew = s.kurtosis = nan;
    } else if (m2 == 0) {
        // A constant layer (an all-zero gradient): scipy says nan; so do we.
        s.skew = s.kurtosis = nan;
    } else {
        s.skew = m3 / std::pow(m2, 1.5);
        s.kurtosis = m4 / (m2 * m2) - 3.0;
    }
    const auto [lo, hi] = std::minmax_element(finite.begin(), finite.end());
    s.min = *lo;
    s.max = *hi;
    // numpy's median: the mean of the two middle values when n is even.
    const std::size_t mid = n / 2;
    std::nth_element(finite.begin(), finite.begin() + mid, finite.end());
    const double upper = finite[mid];
    if (n % 2 == 1) {
        s.median = upper;
    } else {
        const double lower = *std::max_element(finite.begin(), finite.begin() + mid);
        s.median = (lower + upper) / 2.0;
    }
    return s;
}

namespace {

nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

} // namespace

nlohmann::json statisticsToJson(const TensorStatistics &s)
{
    return nlohmann::json{{"count", s.count},     {"max", number(s.max)},
                          {"min", number(s.min)}, {"median", number(s.median)},
                          {"mean", number(s.mean)}, {"var", number(s.var)},
                          {"std", number(s.std)}, {"skew", number(s.skew)},
                          {"kurtosis", number(s.kurtosis)}, {"sparsity", number(s.sparsity)},
                          {"zeros", number(s.zeroFraction)}, {"nan", s.nan},
                          {"inf", s.inf}};
}

} // namespace dlrepro::tensor
