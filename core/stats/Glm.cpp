#include "stats/Glm.h"

#include "stats/LinearAlgebra.h"
#include "rules/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace dlrepro {

namespace {

constexpr double kFloatEps = 2.220446049250313e-16; // numpy's finfo(float).eps, statsmodels' FLOAT_EPS
constexpr double kZ975 = 1.959963984540054;         // scipy.stats.norm.ppf(0.975)

// statsmodels' Logit link and Binomial variance clip probabilities to [eps, 1 − eps] before
// dividing by them; doing the same keeps every IRLS step equal to theirs.
double clipProbability(double p) { return std::clamp(p, kFloatEps, 1.0 - kFloatEps); }

double logit(double p)
{
    const double c = clipProbability(p);
    return std::log(c / (1.0 - c));
}

double inverseLogit(double eta) { return 1.0 / (1.0 + std::exp(-eta)); }

// Binomial deviance as statsmodels computes it: the ratios y/μ and (1−y)/(1−μ) are clipped
// below at eps, so a 0 response contributes 0·log(eps) = 0.
double binomialDeviance(const std::vector<double> &y, const std::vector<double> &mu)
{
    double sum = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double a = std::max(y[i] / mu[i], kFloatEps);
        const double b = std::max((1.0 - y[i]) / (1.0 - mu[i]), kFloatEps);
        sum += y[i] * std::log(a) + (1.0 - y[i]) * std::log(b);
    }
    return 2.0 * sum;
}

double binomialLogLikelihood(const std::vector<double> &y, const std::vector<double> &mu)
{
    double sum = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (y[i] > 0)
            sum += y[i] * std::log(mu[i]);
        if (y[i] < 1)
            sum += (1.0 - y[i]) * std::log(1.0 - mu[i]);
    }
    return sum;
}

} // namespace

bool fitBinomialGlm(const DesignMatrix &x, const std::vector<double> &y, const GlmOptions &options, GlmFit *fit,
                    QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const int n = x.rows;
    const int p = x.cols();
    if (n <= 0 || p <= 0)
        return fail(QCoreApplication::translate("Glm", "the model has no observations or no terms"));
    if (x.values.size() != std::size_t(n) * std::size_t(p) || y.size() != std::size_t(n))
        return fail(QCoreApplication::translate("Glm", "the design has %1 rows but the response has %2 values").arg(n).arg(y.size()));
    for (int i = 0; i < n; ++i)
        if (y[std::size_t(i)] != 0.0 && y[std::size_t(i)] != 1.0)
            return fail(QCoreApplication::translate("Glm", "response value %1 of row %2 is not 0 or 1").arg(y[std::size_t(i)]).arg(i + 1));
    for (double v : x.values)
        if (!std::isfinite(v))
            return fail(QCoreApplication::translate("Glm", "the design matrix holds a value that is not a finite number"));
    if (options.maxIterations < 1)
        return fail(QCoreApplication::translate("Glm", "the iteration limit must be at least 1"));

    linalg::Matrix design(n, p);
    design.a = x.values;

    std::vector<double> mu(static_cast<std::size_t>(n)), eta(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        mu[std::size_t(i)] = (y[std::size_t(i)] + 0.5) / 2.0;
        eta[std::size_t(i)] = logit(mu[std::size_t(i)]);
    }
    double previousDeviance = binomialDeviance(y, mu);

    GlmFit result;
    result.observations = n;
    std::vector<double> beta(std::size_t(p), 0.0);
    linalg::Svd svd;
    int rank = 0;
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        // The working response z and weights w of the logit link: w = μ(1−μ), z = η + (y−μ)/w.
        linalg::Matrix weighted(n, p);
        std::vector<double> rhs(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            const double c = clipProbability(mu[std::size_t(i)]);
            const double w = c * (1.0 - c);
            const double z = eta[std::size_t(i)] + (y[std::size_t(i)] - mu[std::size_t(i)]) / w;
            const double sw = std::sqrt(w);
            for (int j = 0; j < p; ++j)
                weighted(i, j) = sw * design(i, j);
            rhs[std::size_t(i)] = sw * z;
        }
        svd = linalg::svdJacobi(weighted);
        beta = linalg::pinvSolve(svd, rhs, linalg::kPinvCutoff, &rank);
        for (int i = 0; i < n; ++i) {
            double e = 0;
            for (int j = 0; j < p; ++j)
                e += design(i, j) * beta[std::size_t(j)];
            eta[std::size_t(i)] = e;
            mu[std::size_t(i)] = inverseLogit(e);
        }
        const double deviance = binomialDeviance(y, mu);
        result.iterations = iteration + 1;
        bool separated = true;
        for (int i = 0; separated && i < n; ++i)
            separated = std::abs(mu[std::size_t(i)] - y[std::size_t(i)]) <= 1e-8;
        if (separated) {
            result.perfectSeparation = true;
            previousDeviance = deviance;
            break;
        }
        const bool converged = std::abs(previousDeviance - deviance) <= options.tolerance;
        previousDeviance = deviance;
        if (converged) {
            result.converged = true;
            break;
        }
    }

    // Standard errors from the last step's weighted design, as statsmodels' final WLS does.
    const linalg::Matrix cov = linalg::pinvGram(svd, linalg::kPinvCutoff);
    const std::vector<bool> aliased = linalg::aliasedColumns(design);
    result.rank = rank;
    result.residualDf = n - rank;
    result.deviance = previousDeviance;
    result.logLikelihood = binomialLogLikelihood(y, mu);
    result.aic = -2.0 * result.logLikelihood + 2.0 * rank;

    // statsmodels' null model is always the constant-only one (μ = mean y), intercept or not.
    double ybar = 0;
    for (double v : y)
        ybar += v;
    ybar /= n;
    const std::vector<double> nullMu(std::size_t(n), ybar);
    result.nullDeviance = binomialDeviance(y, nullMu);

    for (int j = 0; j < p; ++j) {
        GlmTerm t;
        t.name = x.columns.value(j);
        t.estimate = beta[std::size_t(j)];
        t.stdError = std::sqrt(std::max(0.0, cov(j, j)));
        t.z = t.stdError > 0 ? t.estimate / t.stdError : std::numeric_limits<double>::quiet_NaN();
        t.p = std::isnan(t.z) ? std::numeric_limits<double>::quiet_NaN() : std::erfc(std::abs(t.z) / std::sqrt(2.0));
        t.ciLow = t.estimate - kZ975 * t.stdError;
        t.ciHigh = t.estimate + kZ975 * t.stdError;
        t.oddsRatio = std::exp(t.estimate);
        t.aliased = aliased[std::size_t(j)];
        if (t.aliased)
            result.aliasedColumns << t.name;
        result.terms << t;
    }
    *fit = result;
    return true;
}

namespace {

bool parseBinary(const QString &text, double *out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1"_s || t == u"1.0"_s || t == u"true"_s || t == u"yes"_s) {
        *out = 1;
        return true;
    }
    if (t == u"0"_s || t == u"0.0"_s || t == u"false"_s || t == u"no"_s) {
        *out = 0;
        return true;
    }
    return false;
}

bool parseValue(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(v)) {
        *out = v;
        return true;
    }
    return parseBinary(text, out);
}

// Levels in the order pandas' get_dummies gives them: numerically when every level is a number,
// else by text.
QStringList sortedLevels(const QList<QString> &values)
{
    QStringList levels;
    for (const QString &v : values)
        if (!levels.contains(v))
            levels << v;
    bool numeric = true;
    for (const QString &l : levels) {
        bool ok = false;
        l.toDouble(&ok);
        numeric = numeric && ok;
    }
    if (numeric)
        std::sort(levels.begin(), levels.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    else
        std::sort(levels.begin(), levels.end());
    return levels;
}

} // namespace

bool buildGlmDesign(const DataTable &table, const GlmFormula &formula, DesignMatrix *x, std::vector<double> *y, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto columnOf = [&](const QString &name) { return int(table.headers.indexOf(name)); };
    const int responseColumn = columnOf(formula.response);
    if (formula.response.isEmpty())
        return fail(QCoreApplication::translate("Glm", "no response column given"));
    if (responseColumn < 0)
        return fail(QCoreApplication::translate("Glm", "the response column '%1' is not in the table (columns: %2)")
                        .arg(formula.response, table.headers.join(u", "_s)));
    if (formula.terms.isEmpty() && !formula.intercept)
        return fail(QCoreApplication::translate("Glm", "the model has no terms"));
    for (const QString &d : formula.dummies)
        if (!formula.terms.contains(d))
            return fail(QCoreApplication::translate("Glm", "the dummy column '%1' is not one of the terms").arg(d));
    QList<int> termColumns;
    for (const QString &term : formula.terms) {
        const int c = columnOf(term);
        if (c < 0)
            return fail(QCoreApplication::translate("Glm", "the term '%1' is not a column of the table (columns: %2)")
                            .arg(term, table.headers.join(u", "_s)));
        if (c == responseColumn)
            return fail(QCoreApplication::translate("Glm", "the response '%1' cannot also be a term").arg(term));
        if (termColumns.contains(c))
            return fail(QCoreApplication::translate("Glm", "the term '%1' is listed twice").arg(term));
        termColumns << c;
    }
    const int n = int(table.rows.size());
    if (n == 0)
        return fail(QCoreApplication::translate("Glm", "the table has no rows"));
    auto cell = [&](int row, int column) { return table.rows.at(row).value(column).trimmed(); };

    DesignMatrix design;
    design.rows = n;
    std::vector<std::vector<double>> columns;
    if (formula.intercept) {
        design.columns << u"Intercept"_s;
        columns.emplace_back(std::size_t(n), 1.0);
    }
    for (qsizetype t = 0; t < formula.terms.size(); ++t) {
        const QString &term = formula.terms.at(t);
        const int c = termColumns.at(t);
        if (formula.dummies.contains(term)) {
            QList<QString> values;
            for (int r = 0; r < n; ++r) {
                if (cell(r, c).isEmpty())
                    return fail(QCoreApplication::translate("Glm", "row %1: the column '%2' is empty").arg(r + 1).arg(term));
                values << cell(r, c);
            }
            const QStringList levels = sortedLevels(values);
            for (qsizetype l = formula.keepAllDummies ? 0 : 1; l < levels.size(); ++l) {
                design.columns << term + u'_' + levels.at(l);
                std::vector<double> d(static_cast<std::size_t>(n));
                for (int r = 0; r < n; ++r)
                    d[std::size_t(r)] = values.at(r) == levels.at(l) ? 1.0 : 0.0;
                columns.push_back(std::move(d));
            }
            continue;
        }
        std::vector<double> v(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r)
            if (!parseValue(cell(r, c), &v[std::size_t(r)]))
                return fail(QCoreApplication::translate("Glm", "row %1: the column '%2' holds '%3', which is not a number "
                                                               "(list it with --dummies if it is categorical)")
                                .arg(r + 1)
                                .arg(term, cell(r, c)));
        design.columns << term;
        columns.push_back(std::move(v));
    }
    if (columns.empty())
        return fail(QCoreApplication::translate("Glm", "the model has no columns"));

    std::vector<double> response(static_cast<std::size_t>(n));
    for (int r = 0; r < n; ++r)
        if (!parseBinary(cell(r, responseColumn), &response[std::size_t(r)]))
            return fail(QCoreApplication::translate("Glm", "row %1: the response '%2' holds '%3'; it must be 0 or 1")
                            .arg(r + 1)
                            .arg(formula.response, cell(r, responseColumn)));

    design.values.resize(std::size_t(n) * columns.size());
    for (int r = 0; r < n; ++r)
        for (std::size_t c = 0; c < columns.size(); ++c)
            design.values[std::size_t(r) * columns.size() + c] = columns[c][std::size_t(r)];
    *x = design;
    *y = response;
    return true;
}

bool readDataTableCsv(const QByteArray &data, DataTable *table, QString *error)
{
    QList<CsvRecord> records;
    CsvError csvError;
    if (!CsvReader::parse(data, &records, &csvError)) {
        *error = QCoreApplication::translate("Glm", "line %1, field %2: %3").arg(csvError.line).arg(csvError.column).arg(csvError.message);
        return false;
    }
    if (records.isEmpty()) {
        *error = QCoreApplication::translate("Glm", "the file is empty");
        return false;
    }
    DataTable t;
    for (const QString &h : records.first().fields)
        t.headers << h.trimmed();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records.at(r).fields.size() > t.headers.size()) {
            *error = QCoreApplication::translate("Glm", "line %1 has %2 cells but the header has %3")
                         .arg(records.at(r).line)
                         .arg(records.at(r).fields.size())
                         .arg(t.headers.size());
            return false;
        }
        t.rows << records.at(r).fields;
    }
    *table = t;
    return true;
}

TextTable glmTable(const GlmFit &fit)
{
    auto num = [](double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : u"nan"_s; };
    TextTable t;
    t.caption = QCoreApplication::translate("Glm", "Binomial GLM (logit link) of %n observation(s)", nullptr, fit.observations);
    t.headers = QStringList{QCoreApplication::translate("Glm", "Variable"), QCoreApplication::translate("Glm", "Estimate"),
                            QCoreApplication::translate("Glm", "Std. Error"), QCoreApplication::translate("Glm", "z value"),
                            QCoreApplication::translate("Glm", "Pr > |z|"), QCoreApplication::translate("Glm", "95% CI low"),
                            QCoreApplication::translate("Glm", "95% CI high"), QCoreApplication::translate("Glm", "Effect Size (OR)")};
    t.alignment = {ColumnAlign::Left};
    for (int i = 1; i < 8; ++i)
        t.alignment << ColumnAlign::Right;
    for (const GlmTerm &term : fit.terms) {
        const bool isIntercept = term.name == u"Intercept"_s || term.name == u"const"_s;
        QString name = term.name;
        if (term.aliased)
            name += u" ("_s + QCoreApplication::translate("Glm", "aliased") + u')';
        // The thesis leaves the intercept's odds ratio out: it is a baseline odds, not a ratio.
        t.rows << QStringList{name, num(term.estimate, 4), num(term.stdError, 3), num(term.z, 3), num(term.p, 3),
                              num(term.ciLow, 3), num(term.ciHigh, 3), isIntercept ? u"-"_s : num(term.oddsRatio, 6)};
    }
    return t;
}

} // namespace dlrepro
