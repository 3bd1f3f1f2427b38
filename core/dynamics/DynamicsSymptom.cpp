#include "dynamics/DynamicsSymptom.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace dlrepro {

namespace {


QString fmt(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 3);
}

// The layers with a gradient at a step, in model order.
QList<int> gradientLayers(const DynamicsReport &r, int si)
{
    QList<int> out;
    for (int li = 0; li < r.layers.size(); ++li)
        if (r.cell(si, li).present && r.cell(si, li).hasGradient)
            out.append(li);
    return out;
}

bool enoughSteps(int showing, int checked, double fraction)
{
    return checked > 0 && showing > 0 && double(showing) >= fraction * double(checked) - 1e-12;
}

void gradientRatioSymptoms(const DynamicsReport &r, const DynamicsThresholds &t, QList<DynamicsSymptom> *out)
{
    int checked = 0, vanishing = 0, exploding = 0;
    int worstVanishing = -1, worstExploding = -1, firstNonFinite = -1;
    double minRatio = INFINITY, maxRatio = 0, firstNormAtMin = 0;
    QString nonFiniteLayer;
    for (int si = 0; si < r.steps.size(); ++si) {
        const QList<int> layers = gradientLayers(r, si);
        for (int li = 0; li < r.layers.size() && firstNonFinite < 0; ++li) {
            const LayerStepStatistics &c = r.cell(si, li);
            const bool weightsBad = c.property(DynamicsProperty::Weights).nan + c.property(DynamicsProperty::Weights).inf > 0;
            if (c.present && (c.gradientNonFinite || weightsBad)) {
                firstNonFinite = si;
                nonFiniteLayer = r.layers.at(li);
            }
        }
        if (layers.size() < 2)
            continue;
        const double first = r.cell(si, layers.first()).gradNorm;
        const double last = r.cell(si, layers.last()).gradNorm;
        if (!std::isfinite(first) || !std::isfinite(last) || last <= 0 || first <= 0)
            continue; // no ratio; a layer whose gradient is exactly zero is dying, not vanishing
        ++checked;
        const double ratio = first / last;
        if (ratio < t.vanishingMaxNormRatio && first < t.vanishingMaxFirstNorm) {
            ++vanishing;
            if (ratio < minRatio) {
                minRatio = ratio;
                worstVanishing = si;
                firstNormAtMin = first;
            }
        }
        if (ratio > t.explodingMinNormRatio) {
            ++exploding;
            if (ratio > maxRatio) {
                maxRatio = ratio;
                worstExploding = si;
            }
        }
    }
    if (enoughSteps(vanishing, checked, t.vanishingMinStepFraction) && worstVanishing >= 0) {
        DynamicsSymptom s;
        s.kind = DynamicsSymptomKind::VanishingGradients;
        s.layer = r.layers.at(gradientLayers(r, worstVanishing).first());
        s.step = r.steps.at(worstVanishing);
        s.value = minRatio;
        s.threshold = t.vanishingMaxNormRatio;
        s.comparison = QStringLiteral("<");
        s.measure = QStringLiteral("first/last gradient-norm ratio");
        s.stepsShowing = vanishing;
        s.stepsChecked = checked;
        s.evidence = QCoreApplication::translate("DynamicsSymptom",
            "the first layer's gradient norm (%1, layer %2) is %3 of the last layer's at step %4 "
            "(below %5 and %6); %7 of %8 saved steps show it")
            .arg(fmt(firstNormAtMin), s.layer, fmt(minRatio)).arg(s.step)
            .arg(fmt(t.vanishingMaxNormRatio), fmt(t.vanishingMaxFirstNorm)).arg(vanishing).arg(checked);
        out->append(s);
    }
    if (t.explodingOnNonFinite && firstNonFinite >= 0) {
        DynamicsSymptom s;
        s.kind = DynamicsSymptomKind::ExplodingGradients;
        s.layer = nonFiniteLayer;
        s.step = r.steps.at(firstNonFinite);
        s.value = std::nan("");
        s.threshold = 0;
        s.comparison = QStringLiteral("non-finite");
        s.measure = QStringLiteral("NaN or Inf in gradients or weights");
        s.stepsShowing = 1;
        s.stepsChecked = int(r.steps.size());
        s.evidence = QCoreApplication::translate("DynamicsSymptom",
            "layer %1 has NaN or Inf gradients or weights from step %2 on")
            .arg(s.layer).arg(s.step);
        out->append(s);
    } else if (enoughSteps(exploding, checked, t.explodingMinStepFraction) && worstExploding >= 0) {
        DynamicsSymptom s;
        s.kind = DynamicsSymptomKind::ExplodingGradients;
        s.layer = r.layers.at(gradientLayers(r, worstExploding).first());
        s.step = r.steps.at(worstExploding);
        s.value = maxRatio;
        s.threshold = t.explodingMinNormRatio;
        s.comparison = QStringLiteral(">");
        s.measure = QStringLiteral("first/last gradient-norm ratio");
        s.stepsShowing = exploding;
        s.stepsChecked = checked;
        s.evidence = QCoreApplication::translate("DynamicsSymptom",
            "the first layer's gradient norm (layer %1) is %2 times the last layer's at step %3 "
            "(above %4); %5 of %6 saved steps show it")
            .arg(s.layer, fmt(maxRatio)).arg(s.step).arg(fmt(t.explodingMinNormRatio))
            .arg(exploding).arg(checked);
        out->append(s);
    }
}

void dyingReluSymptoms(const DynamicsReport &r, const DynamicsThresholds &t, QList<DynamicsSymptom> *out)
{
    for (int li = 0; li < r.layers.size(); ++li) {
        int checked = 0, showing = 0, firstStep = -1;
        double worst = 0;
        for (int si = 0; si < r.steps.size(); ++si) {
            const LayerStepStatistics &c = r.cell(si, li);
            const TensorStatisticValues &g = c.property(DynamicsProperty::WeightGradients);
            if (!c.present || !c.hasGradient || !g.present || g.count == 0 || std::isnan(g.zeros))
                continue;
            ++checked;
            if (g.zeros >= t.dyingMinZeroFraction) {
                ++showing;
                if (firstStep < 0)
                    firstStep = si;
                worst = std::max(worst, g.zeros);
            }
        }
        if (!enoughSteps(showing, checked, t.dyingMinStepFraction))
            continue;
        DynamicsSymptom s;
        s.kind = DynamicsSymptomKind::DyingRelu;
        s.layer = r.layers.at(li);
        s.step = r.steps.at(firstStep);
        s.value = worst;
        s.threshold = t.dyingMinZeroFraction;
        s.comparison = QStringLiteral(">=");
        s.measure = QStringLiteral("fraction of exactly-zero weight gradients");
        s.stepsShowing = showing;
        s.stepsChecked = checked;
        s.evidence = QCoreApplication::translate("DynamicsSymptom",
            "%1% of layer %2's weight gradients are exactly zero (from step %3; threshold %4%); "
            "%5 of %6 saved steps show it")
            .arg(fmt(100 * worst), s.layer).arg(s.step).arg(fmt(100 * t.dyingMinZeroFraction))
            .arg(showing).arg(checked);
        out->append(s);
    }
}

QList<LossPoint> finiteLosses(const DynamicsReport &r)
{
    QList<LossPoint> out;
    for (const LossPoint &p : r.losses)
        if (std::isfinite(p.value))
            out.append(p);
    return out;
}

void lossSymptoms(const DynamicsReport &r, const DynamicsThresholds &t, QList<DynamicsSymptom> *out)
{
    const QList<LossPoint> loss = finiteLosses(r);
    // A loss that overflowed is the exploding detector's business, not a slow or oscillating one.
    if (loss.size() < r.losses.size())
        return;
    if (loss.size() >= qMax(3, t.oscillatingMinPoints)) {
        int changes = 0, pairs = 0;
        double sumAbs = 0, sumLoss = 0;
        for (int i = 0; i + 1 < loss.size(); ++i)
            sumAbs += std::fabs(loss.at(i + 1).value - loss.at(i).value);
        for (const LossPoint &p : loss)
            sumLoss += std::fabs(p.value);
        for (int i = 0; i + 2 < loss.size(); ++i) {
            const double d1 = loss.at(i + 1).value - loss.at(i).value;
            const double d2 = loss.at(i + 2).value - loss.at(i + 1).value;
            ++pairs;
            if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))
                ++changes;
        }
        const double changeFraction = pairs ? double(changes) / pairs : 0;
        const double meanLoss = sumLoss / loss.size();
        const double amplitude = meanLoss > 0 ? (sumAbs / (loss.size() - 1)) / meanLoss : 0;
        if (changeFraction >= t.oscillatingMinDirectionChanges
            && amplitude >= t.oscillatingMinRelativeAmplitude) {
            // Evidence: the biggest jump.
            int at = 0;
            double biggest = -1;
            for (int i = 0; i + 1 < loss.size(); ++i) {
                const double d = std::fabs(loss.at(i + 1).value - loss.at(i).value);
                if (d > biggest) {
                    biggest = d;
                    at = i + 1;
                }
            }
            DynamicsSymptom s;
            s.kind = DynamicsSymptomKind::OscillatingLoss;
            s.step = loss.at(at).step;
            s.value = changeFraction;
            s.threshold = t.oscillatingMinDirectionChanges;
            s.comparison = QStringLiteral(">=");
            s.measure = QStringLiteral("fraction of steps where the loss changes direction");
            s.stepsShowing = changes;
            s.stepsChecked = pairs;
            s.evidence = QCoreApplication::translate("DynamicsSymptom",
                "the loss changes direction at %1% of steps (threshold %2%) with a mean "
                "step-to-step change of %3% of the mean loss (threshold %4%); the biggest jump "
                "is at step %5")
                .arg(fmt(100 * changeFraction), fmt(100 * t.oscillatingMinDirectionChanges),
                     fmt(100 * amplitude), fmt(100 * t.oscillatingMinRelativeAmplitude))
                .arg(s.step);
            out->append(s);
        }
    }
    if (loss.size() >= qMax(2, t.slowMinPoints)) {
        const int tenth = qMax(1, int(loss.size()) / 10);
        double head = 0, tail = 0;
        for (int i = 0; i < tenth; ++i) {
            head += loss.at(i).value;
            tail += loss.at(loss.size() - 1 - i).value;
        }
        head /= tenth;
        tail /= tenth;
        const double decrease = head != 0 ? (head - tail) / std::fabs(head) : 0;
        if (decrease < t.slowMaxRelativeDecrease) {
            DynamicsSymptom s;
            s.kind = DynamicsSymptomKind::SlowConvergence;
            s.step = loss.last().step;
            s.value = decrease;
            s.threshold = t.slowMaxRelativeDecrease;
            s.comparison = QStringLiteral("<");
            s.measure = QStringLiteral("relative decrease of the loss, first to last tenth");
            s.stepsShowing = int(loss.size());
            s.stepsChecked = int(loss.size());
            s.evidence = QCoreApplication::translate("DynamicsSymptom",
                "the loss went from %1 to %2 over %3 steps: a decrease of %4% (less than %5%)")
                .arg(fmt(head), fmt(tail)).arg(loss.size())
                .arg(fmt(100 * decrease), fmt(100 * t.slowMaxRelativeDecrease));
            out->append(s);
        }
    }
}

} // namespace

QString dynamicsSymptomId(DynamicsSymptomKind k)
{
    switch (k) {
    case DynamicsSymptomKind::VanishingGradients: return QStringLiteral("vanishing_gradients");
    case DynamicsSymptomKind::ExplodingGradients: return QStringLiteral("exploding_gradients");
    case DynamicsSymptomKind::DyingRelu: return QStringLiteral("dying_relu");
    case DynamicsSymptomKind::OscillatingLoss: return QStringLiteral("oscillating_loss");
    case DynamicsSymptomKind::SlowConvergence: return QStringLiteral("slow_convergence");
    }
    return {};
}

QString dynamicsSymptomName(DynamicsSymptomKind k)
{
    switch (k) {
    case DynamicsSymptomKind::VanishingGradients: return QCoreApplication::translate("DynamicsSymptom", "vanishing gradients");
    case DynamicsSymptomKind::ExplodingGradients: return QCoreApplication::translate("DynamicsSymptom", "exploding gradients");
    case DynamicsSymptomKind::DyingRelu: return QCoreApplication::translate("DynamicsSymptom", "dying ReLU");
    case DynamicsSymptomKind::OscillatingLoss: return QCoreApplication::translate("DynamicsSymptom", "oscillating loss");
    case DynamicsSymptomKind::SlowConvergence: return QCoreApplication::translate("DynamicsSymptom", "slow convergence");
    }
    return {};
}

QList<DynamicsSymptomKind> allDynamicsSymptoms()
{
    return {DynamicsSymptomKind::VanishingGradients, DynamicsSymptomKind::ExplodingGradients,
            DynamicsSymptomKind::DyingRelu, DynamicsSymptomKind::OscillatingLoss,
            DynamicsSymptomKind::SlowConvergence};
}

bool parseDynamicsSymptom(const QString &text, DynamicsSymptomKind *out)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (DynamicsSymptomKind k : allDynamicsSymptoms()) {
        const QString id = dynamicsSymptomId(k);
        if (t == id || (!t.isEmpty() && id.startsWith(t + QLatin1Char('_')))) {
            *out = k;
            return true;
        }
    }
    return false;
}

QJsonObject DynamicsSymptom::toJson() const
{
    auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{QStringLiteral("symptom"), dynamicsSymptomId(kind)},
                       {QStringLiteral("name"), dynamicsSymptomName(kind)},
                       {QStringLiteral("layer"), layer},
                       {QStringLiteral("step"), step},
                       {QStringLiteral("value"), num(value)},
                       {QStringLiteral("threshold"), num(threshold)},
                       {QStringLiteral("comparison"), comparison},
                       {QStringLiteral("measure"), measure},
                       {QStringLiteral("steps_showing"), stepsShowing},
                       {QStringLiteral("steps_checked"), stepsChecked},
                       {QStringLiteral("evidence"), evidence}};
}

QList<DynamicsSymptom> detectDynamicsSymptoms(const DynamicsReport &report,
                                              const DynamicsThresholds &thresholds)
{
    QList<DynamicsSymptom> out;
    gradientRatioSymptoms(report, thresholds, &out);
    dyingReluSymptoms(report, thresholds, &out);
    lossSymptoms(report, thresholds, &out);
    return out;
}

} // namespace dlrepro
