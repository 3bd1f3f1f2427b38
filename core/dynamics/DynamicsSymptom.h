#pragma once
// Training-dynamics symptoms (thesis chapter 3; AutoTrainer's detectors) found in a
// DynamicsReport, each with its evidence: the layer, the step, the value and the threshold.

#include "dynamics/DynamicsReport.h"
#include "dynamics/DynamicsThresholds.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlrepro {

enum class DynamicsSymptomKind { VanishingGradients, ExplodingGradients, DyingRelu, OscillatingLoss, SlowConvergence };

QString dynamicsSymptomId(DynamicsSymptomKind k);   // vanishing_gradients, exploding_gradients,
                                                    // dying_relu, oscillating_loss, slow_convergence
QString dynamicsSymptomName(DynamicsSymptomKind k); // translated: "vanishing gradients"
// Also accepts "vanishing", "exploding", "dying", "oscillating", "slow" and spaces for '_'.
bool parseDynamicsSymptom(const QString &text, DynamicsSymptomKind *out);
QList<DynamicsSymptomKind> allDynamicsSymptoms();

struct DynamicsSymptom {
    DynamicsSymptomKind kind = DynamicsSymptomKind::VanishingGradients;
    QString layer;     // the layer the evidence is about; empty for loss symptoms
    int step = 0;      // the optimizer step of the evidence
    double value = 0;  // the measured value (ratio, zero fraction, direction changes, decrease)
    double threshold = 0;
    QString comparison; // "<", ">", ">=", "non-finite"
    QString measure;    // what value is: "first/last gradient-norm ratio", …
    int stepsShowing = 0, stepsChecked = 0; // how many saved steps (or loss points) showed it
    QString evidence;   // one translated sentence with all of the above

    QJsonObject toJson() const;
};

QList<DynamicsSymptom> detectDynamicsSymptoms(const DynamicsReport &report,
                                              const DynamicsThresholds &thresholds);

} // namespace dlrepro
