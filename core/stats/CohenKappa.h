#pragma once

#include "stats/TableFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dlrepro {

// Cohen's kappa of two raters who labelled the same items with nominal labels:
// κ = (p_o − p_e) / (1 − p_e), p_o the observed agreement, p_e the agreement expected by chance
// from each rater's marginal label frequencies.
struct Kappa
{
    double kappa = 0;
    double observed = 0; // p_o
    double expected = 0; // p_e
    int items = 0;
    // p_e == 1: both raters gave every item one and the same label. κ is 0/0 there; sklearn's
    // cohen_kappa_score returns nan. We return κ = 1 (they agree on every item, which is what
    // an annotation study means by agreement) and set this flag so callers can exclude it.
    bool degenerate = false;
};

// Labels are any integers (0/1 for the edit actions). Both vectors must have the same, non-zero
// length; otherwise returns a Kappa with items == 0 and kappa NaN.
Kappa cohenKappa(const std::vector<int> &first, const std::vector<int> &second);

// What the mean over units does with a degenerate unit (both raters constant and equal).
enum class DegenerateUnits {
    CountAsOne, // κ = 1 enters the mean (the default; see Kappa::degenerate)
    Exclude,    // left out of the mean, as numpy.nanmean over sklearn's nan would do
};

// Two annotators' binary labels (0/1) of the same units, e.g. bugs × the ten edit actions.
struct TwoRaterLabels
{
    QStringList labels;                      // the k label names (columns)
    QStringList unitIds;                     // one per unit (bug); may be empty strings
    QList<std::vector<int>> first, second;   // per unit, k values each
};

struct UnitAgreement
{
    QString unitId;
    Kappa kappa;
};

struct LabelAgreement
{
    QString label;
    Kappa kappa; // over the units, for this label only
};

struct AgreementReport
{
    QList<UnitAgreement> perUnit;   // κ per unit over its k labels (the thesis's per-bug κ)
    double meanKappa = 0;           // mean of perUnit (the thesis's 54.5% / 89.1% / 85.4%)
    int unitsInMean = 0;
    int degenerateUnits = 0;
    Kappa pooled;                   // κ over all unit × label decisions at once
    QList<LabelAgreement> perLabel; // κ per label over the units
    DegenerateUnits policy = DegenerateUnits::CountAsOne;
};

// Returns false with a message when the shapes disagree or a value is not 0/1.
bool computeAgreement(const TwoRaterLabels &data, DegenerateUnits policy, AgreementReport *report,
                      QString *error = nullptr);

// Tables for export (TableFormat): one row per unit (id, κ, p_o, p_e) with the mean and pooled
// rows last; one row per label.
TextTable agreementUnitTable(const AgreementReport &report);
TextTable agreementLabelTable(const AgreementReport &report);

} // namespace dlrepro
