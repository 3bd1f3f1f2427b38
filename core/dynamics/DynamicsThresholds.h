#pragma once
// The symptom detectors' thresholds, from resources/knowledge/dynamics-thresholds.json (embedded
// as :/dlrepro/knowledge/dynamics-thresholds.json) or a user's copy of that file.

#include <QString>

namespace dlrepro {

struct DynamicsThresholds {
    // Vanishing: first/last layer gradient-norm ratio below, and the first layer's norm below.
    double vanishingMaxNormRatio = 1e-3;
    double vanishingMaxFirstNorm = 1e-4;
    double vanishingMinStepFraction = 0.5;
    // Exploding: that ratio above, or any NaN/Inf gradient or weight.
    double explodingMinNormRatio = 70;
    bool explodingOnNonFinite = true;
    double explodingMinStepFraction = 0.5;
    // Dying ReLU: a layer's weight gradients exactly zero in at least this fraction.
    double dyingMinZeroFraction = 0.7;
    double dyingMinStepFraction = 0.5;
    // Oscillating loss: the direction of the loss changes at this fraction of steps and the mean
    // step-to-step change is this fraction of the mean loss.
    int oscillatingMinPoints = 10;
    double oscillatingMinDirectionChanges = 0.5;
    double oscillatingMinRelativeAmplitude = 0.1;
    // Slow convergence: the last tenth of the loss series is lower than the first tenth by less
    // than this fraction.
    int slowMinPoints = 10;
    double slowMaxRelativeDecrease = 0.05;
    double sparsityEpsilon = 1e-6;

    // The embedded defaults.
    static DynamicsThresholds defaults();
    // A JSON file of the same shape; keys it lacks keep the defaults. False with *error.
    static bool load(const QString &path, DynamicsThresholds *out, QString *error);
    static bool fromJson(const QByteArray &data, const QString &origin, DynamicsThresholds *out,
                         QString *error);
};

} // namespace dlrepro
