#pragma once

#include "study/StudyStore.h"

#include <optional>

namespace dlrepro {

// The assignment (thesis section 4.3.7, Table 4.3): stratified by deep-learning experience (Q1),
// the group by permuted blocks of two within the stratum, so that each stratum splits evenly
// between control and experimental; the set by permuted blocks of all sets within the group, so
// that each group meets every set equally often. The permutations come from the design's seed
// and the block's key alone: the same seed and enrolment order give the same assignment.
QString assignmentStratum(const Demographics &d); // "dl:1-5"
StudyGroup assignedGroup(quint64 seed, const QString &stratum, int slot);
QString assignedSet(quint64 seed, const QList<StudySet> &sets, StudyGroup group, int slot);

// Enrols a participant: a unique random id, the assignment above (slots counted per stratum and
// per group, withdrawn participants included), all in one transaction.
std::optional<Participant> enrolParticipant(StudyStore &store, const Demographics &demographics, QString *error);

} // namespace dlrepro
