#pragma once

#include <vector>

// The little dense linear algebra the GLM needs, in double precision (no Eigen on the target
// systems): a row-major matrix, a one-sided Jacobi SVD for pseudo-inverse solves and a
// Householder QR that finds aliased (linearly dependent) columns.
namespace dlrepro::linalg {

struct Matrix
{
    int rows = 0;
    int cols = 0;
    std::vector<double> a; // row-major

    Matrix() = default;
    Matrix(int r, int c) : rows(r), cols(c), a(std::size_t(r) * std::size_t(c), 0.0) {}
    double &operator()(int r, int c) { return a[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; }
    double operator()(int r, int c) const { return a[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; }
};

// A = U·diag(s)·Vᵀ with U rows×cols (orthonormal columns where s > 0), s ≥ 0 unsorted, V
// cols×cols orthogonal. One-sided (Hestenes) Jacobi: column pairs are rotated until every pair
// is orthogonal to machine precision; the singular values are then the column norms. Accurate
// to high relative precision, also for tiny singular values, which is what deciding the rank
// needs.
struct Svd
{
    Matrix u;
    std::vector<double> s;
    Matrix v;
};
Svd svdJacobi(const Matrix &a);

// Singular values at or below relativeCutoff × max(s) count as zero (the rank-deficient
// directions). numpy.linalg.pinv's default is 1e-15; see kPinvCutoff.
inline constexpr double kPinvCutoff = 1e-13;

// The minimum-norm least-squares solution x = A⁺b, and the rank used.
std::vector<double> pinvSolve(const Svd &svd, const std::vector<double> &b, double relativeCutoff, int *rank = nullptr);
// (AᵀA)⁺ = V·diag(1/s²)·Vᵀ over the kept singular values.
Matrix pinvGram(const Svd &svd, double relativeCutoff);

// Householder QR without pivoting that skips a column whose remaining norm is at most
// relativeTolerance × its original norm (all-zero columns included): such a column lies in the
// span of the columns before it. Returns one flag per column, true for aliased ones.
std::vector<bool> aliasedColumns(const Matrix &a, double relativeTolerance = 1e-10);

} // namespace dlrepro::linalg
