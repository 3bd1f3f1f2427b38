#pragma once
// A training-dynamics symptom as part of what a reproduction must show (thesis section 3.4:
// "the reproduction must show vanishing gradients"): every seed's captured tensors are checked
// for the required symptoms and the verdict takes them into account.

#include "dynamics/DynamicsSymptom.h"
#include "dynamics/DynamicsThresholds.h"
#include "verify/Verdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlrepro {

class TensorClient;

struct SeedSymptoms {
    int seed = 0;
    bool captured = false;             // the seed saved dynamics the helper could read
    QList<DynamicsSymptomKind> found;  // distinct kinds, in detection order
    QString error;                     // why nothing was captured or read
};

// Reads each seed's dynamics under runDirectory (<dir>/seed-N/dynamics) through the helper and
// detects the symptoms.
QList<SeedSymptoms> collectSeedSymptoms(TensorClient *client, const QString &runDirectory, const QList<int> &seeds,
                                        const DynamicsThresholds &thresholds);

// Folds the required symptoms into a verdict. A seed "shows" them when it shows every one.
// With `symptomsOnly` (no error or metric was expected) the symptoms decide alone: all seeds →
// Reproduced, some → Intermittent, none → NotReproduced (symptom_missing), no seed captured →
// Inconclusive (no_dynamics). Otherwise a Reproduced verdict stays so only when every seed shows
// them; some → Intermittent (symptom_partial), none → NotReproduced (symptom_missing); a verdict
// that is not Reproduced is kept, with the symptoms said in its reason.
Verdict requireSymptoms(Verdict verdict, const QList<DynamicsSymptomKind> &required, const QList<SeedSymptoms> &seeds,
                        bool symptomsOnly);

// {"required": [ids], "seeds": [{"seed", "captured", "found": [ids], "error"}]} for the verdict JSON.
QJsonObject symptomEvidenceToJson(const QList<DynamicsSymptomKind> &required, const QList<SeedSymptoms> &seeds);

} // namespace dlrepro
