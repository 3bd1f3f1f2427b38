#pragma once

#include "stats/TableFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dlrepro {

// A design matrix: n rows × p named columns, row-major.
struct DesignMatrix
{
    QStringList columns;
    int rows = 0;
    std::vector<double> values; // rows × columns.size()

    int cols() const { return int(columns.size()); }
    double at(int r, int c) const { return values[std::size_t(r) * std::size_t(cols()) + std::size_t(c)]; }
};

struct GlmOptions
{
    int maxIterations = 100; // statsmodels' default
    double tolerance = 1e-8; // |deviance change| at or below it ends the iteration (statsmodels' atol)
};

struct GlmTerm
{
    QString name;
    double estimate = 0;
    double stdError = 0;
    double z = 0;
    double p = 0;       // two-sided, normal distribution
    double ciLow = 0;   // 95%: estimate ∓ 1.959963984540054 × stdError
    double ciHigh = 0;
    double oddsRatio = 0; // exp(estimate)
    bool aliased = false; // a linear combination of the columns before it
};

struct GlmFit
{
    QList<GlmTerm> terms;   // one per design column, in order
    bool converged = false;
    int iterations = 0;
    bool perfectSeparation = false; // every fitted probability equals its 0/1 response
    int rank = 0;
    QStringList aliasedColumns;
    int observations = 0;
    int residualDf = 0;     // observations − rank
    double deviance = 0;
    double nullDeviance = 0;
    double logLikelihood = 0;
    double aic = 0;
};

// Binomial GLM with logit link fitted by IRLS exactly as statsmodels 0.13 does
// (sm.GLM(y, X, family=sm.families.Binomial()).fit()): start μ = (y + ½)/2, each step a weighted
// least-squares solve by pseudo-inverse (the minimum-norm solution when X is rank-deficient),
// stop when the deviance changes by at most options.tolerance, covariance pinv(XᵀWX) with the
// last step's weights. y must be 0/1. Returns false with a message on bad shapes or values.
bool fitBinomialGlm(const DesignMatrix &x, const std::vector<double> &y, const GlmOptions &options, GlmFit *fit,
                    QString *error = nullptr);

// A data table read from a CSV: a header and rows of text cells.
struct DataTable
{
    QStringList headers;
    QList<QStringList> rows;
};

// Reads an RFC 4180 CSV whose first record is the header. Returns false with a message naming
// the line on a CSV error, an empty file or a row with more cells than the header.
bool readDataTableCsv(const QByteArray &data, DataTable *table, QString *error);

struct GlmFormula
{
    QString response;
    QStringList terms;   // columns used as numbers, or as dummies when listed in dummies
    QStringList dummies; // categorical columns: one 0/1 column per level, named <column>_<level>
    // false: the first level (sorted: numerically when all levels are numbers, else by text)
    // is the reference and has no column; true: every level keeps its column next to the
    // intercept, as the thesis's Table 4.11 did (the design is then rank-deficient).
    bool keepAllDummies = false;
    bool intercept = true; // a leading column named "Intercept" of ones
};

// Builds y and X from the table. The response must be 0/1 (also true/false, yes/no); numeric
// terms must parse as numbers. Returns false with a message naming the column and row.
bool buildGlmDesign(const DataTable &table, const GlmFormula &formula, DesignMatrix *x, std::vector<double> *y,
                    QString *error = nullptr);

// Table 4.11: Variable, Estimate, Std. Error, z value, Pr > |z|, 95% CI, Effect Size (OR).
TextTable glmTable(const GlmFit &fit);

} // namespace dlrepro
