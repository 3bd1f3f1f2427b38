#pragma once

#include "stats/CohenKappa.h"

#include <QByteArray>
#include <QString>

namespace dlrepro {

class ProjectStore;

// Two annotators' labels from a CSV with one row per unit (bug) and the columns A1V1..A1Vk
// (first annotator) and A2V1..A2Vk (second), any order, case-insensitive; cells 0/1 (also
// yes/no, true/false). Every other column is kept: the unit id is those cells joined with " / "
// (the row number when there are none). Labels are named V1..Vk. Returns false with a message
// naming the line and column on a gap in the numbering, unequal k, or a cell that is not 0/1.
bool readTwoRaterCsv(const QByteArray &data, TwoRaterLabels *out, QString *error);
bool readTwoRaterCsvFile(const QString &path, TwoRaterLabels *out, QString *error);

// The ten edit-action labels of the bugs both annotators labelled in a project database, in
// key order; bugs where either annotator recorded no actions are left out. With empty names the
// project must have exactly two annotators. Unit ids are "<source>:<id>".
bool readTwoRaterProject(const ProjectStore &store, QString firstAnnotator, QString secondAnnotator, TwoRaterLabels *out,
                         QString *error);

} // namespace dlrepro
