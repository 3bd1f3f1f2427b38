#include "stats/LinearAlgebra.h"

#include <algorithm>
#include <cmath>

namespace dlrepro::linalg {

Svd svdJacobi(const Matrix &a)
{
    const int m = a.rows;
    const int n = a.cols;
    // Work on columns: store U column-major for cache-friendly column sweeps.
    std::vector<double> u(std::size_t(m) * std::size_t(n));
    for (int r = 0; r < m; ++r)
        for (int c = 0; c < n; ++c)
            u[std::size_t(c) * std::size_t(m) + std::size_t(r)] = a(r, c);
    std::vector<double> v(std::size_t(n) * std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        v[std::size_t(i) * std::size_t(n) + std::size_t(i)] = 1.0;
    auto col = [&](std::vector<double> &x, int rows, int c) { return x.data() + std::size_t(c) * std::size_t(rows); };

    const double eps = 2.220446049250313e-16;
    for (int sweep = 0; sweep < 80; ++sweep) {
        bool rotated = false;
        for (int p = 0; p < n - 1; ++p) {
            for (int q = p + 1; q < n; ++q) {
                double *up = col(u, m, p);
                double *uq = col(u, m, q);
                double alpha = 0, beta = 0, gamma = 0;
                for (int i = 0; i < m; ++i) {
                    alpha += up[i] * up[i];
                    beta += uq[i] * uq[i];
                    gamma += up[i] * uq[i];
                }
                if (gamma == 0.0 || std::abs(gamma) <= eps * std::sqrt(alpha * beta))
                    continue;
                rotated = true;
                const double zeta = (beta - alpha) / (2.0 * gamma);
                const double t = (zeta >= 0 ? 1.0 : -1.0) / (std::abs(zeta) + std::sqrt(1.0 + zeta * zeta));
                const double c = 1.0 / std::sqrt(1.0 + t * t);
                const double s = c * t;
                for (int i = 0; i < m; ++i) {
                    const double x = up[i];
                    const double y = uq[i];
                    up[i] = c * x - s * y;
                    uq[i] = s * x + c * y;
                }
                double *vp = col(v, n, p);
                double *vq = col(v, n, q);
                for (int i = 0; i < n; ++i) {
                    const double x = vp[i];
                    const double y = vq[i];
                    vp[i] = c * x - s * y;
                    vq[i] = s * x + c * y;
                }
            }
        }
        if (!rotated)
            break;
    }

    Svd out;
    out.u = Matrix(m, n);
    out.v = Matrix(n, n);
    out.s.assign(std::size_t(n), 0.0);
    for (int c = 0; c < n; ++c) {
        const double *uc = col(u, m, c);
        double norm = 0;
        for (int i = 0; i < m; ++i)
            norm += uc[i] * uc[i];
        norm = std::sqrt(norm);
        out.s[std::size_t(c)] = norm;
        for (int i = 0; i < m; ++i)
            out.u(i, c) = norm > 0 ? uc[i] / norm : 0.0;
        const double *vc = col(v, n, c);
        for (int i = 0; i < n; ++i)
            out.v(i, c) = vc[i];
    }
    return out;
}

namespace {

double cutoffOf(const Svd &svd, double relativeCutoff)
{
    double smax = 0;
    for (double s : svd.s)
        smax = std::max(smax, s);
    return relativeCutoff * smax;
}

} // namespace

std::vector<double> pinvSolve(const Svd &svd, const std::vector<double> &b, double relativeCutoff, int *rank)
{
    const int m = svd.u.rows;
    const int n = svd.u.cols;
    const double cutoff = cutoffOf(svd, relativeCutoff);
    std::vector<double> x(std::size_t(n), 0.0);
    int kept = 0;
    for (int k = 0; k < n; ++k) {
        const double s = svd.s[std::size_t(k)];
        if (!(s > cutoff))
            continue;
        ++kept;
        double ub = 0;
        for (int i = 0; i < m; ++i)
            ub += svd.u(i, k) * b[std::size_t(i)];
        const double coef = ub / s;
        for (int j = 0; j < n; ++j)
            x[std::size_t(j)] += svd.v(j, k) * coef;
    }
    if (rank)
        *rank = kept;
    return x;
}

Matrix pinvGram(const Svd &svd, double relativeCutoff)
{
    const int n = svd.v.rows;
    const double cutoff = cutoffOf(svd, relativeCutoff);
    Matrix g(n, n);
    for (int k = 0; k < n; ++k) {
        const double s = svd.s[std::size_t(k)];
        if (!(s > cutoff))
            continue;
        const double w = 1.0 / (s * s);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                g(i, j) += svd.v(i, k) * svd.v(j, k) * w;
    }
    return g;
}

std::vector<bool> aliasedColumns(const Matrix &a, double relativeTolerance)
{
    const int m = a.rows;
    const int n = a.cols;
    Matrix w = a;
    std::vector<bool> aliased(std::size_t(n), false);
    int k = 0; // rows already used by Householder reflections
    for (int c = 0; c < n; ++c) {
        double original = 0;
        for (int i = 0; i < m; ++i)
            original += a(i, c) * a(i, c);
        original = std::sqrt(original);
        double rest = 0;
        for (int i = k; i < m; ++i)
            rest += w(i, c) * w(i, c);
        rest = std::sqrt(rest);
        if (k >= m || rest <= relativeTolerance * original) {
            aliased[std::size_t(c)] = true;
            continue;
        }
        // Reflect rows k..m-1 so that column c becomes (±rest, 0, …, 0) there.
        std::vector<double> h(std::size_t(m - k));
        for (int i = k; i < m; ++i)
            h[std::size_t(i - k)] = w(i, c);
        h[0] += h[0] >= 0 ? rest : -rest;
        double hh = 0;
        for (double x : h)
            hh += x * x;
        for (int j = c; j < n; ++j) {
            double dot = 0;
            for (int i = k; i < m; ++i)
                dot += h[std::size_t(i - k)] * w(i, j);
            const double f = 2.0 * dot / hh;
            for (int i = k; i < m; ++i)
                w(i, j) -= f * h[std::size_t(i - k)];
        }
        ++k;
    }
    return aliased;
}

} // namespace dlrepro::linalg
