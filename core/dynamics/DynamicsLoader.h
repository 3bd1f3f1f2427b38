#pragma once
// Finding a run's dynamics folder and asking dlrepro-tensor for its statistics.

#include "dynamics/DynamicsReport.h"

#include <QString>

namespace dlrepro {

class TensorClient;

// path is a dynamics folder (it holds index.json), a seed's folder (…/seed-3, holding
// dynamics/), or a run's base folder (holding seed-N/): then seed picks one (-1: the lowest seed
// that has dynamics). Empty with *error saying what is missing.
QString findDynamicsDirectory(const QString &path, int seed, QString *error);

// Sends the "dynamics" request and builds the report. When the run recorded no loss through
// backward(), the "loss" metric values of the seed's result.json (dlrepro.report or the printed
// output) are the loss series instead.
bool loadDynamicsReport(TensorClient *client, const QString &dynamicsDirectory, double sparsityEpsilon,
                        DynamicsReport *out, QString *error);

} // namespace dlrepro
