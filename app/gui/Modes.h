#pragma once
// The workbench's other top-level modes, started from the command line instead of the
// workbench window: a participant's study session and a research project.
#include <QString>

#include <memory>

class QWidget;

namespace dlrepro {

// The Python the study runs snippets with: the workbench's setting when there is one, else the
// interpreter discovery prefers (the first with a deep-learning framework).
QString preferredInterpreter();

// Opens the participant's study session (asking the facilitator for the participant id when
// `participant` is empty). Returns the window, or null with *error set (an empty *error: the
// facilitator cancelled).
std::unique_ptr<QWidget> openStudyMode(const QString &database, QString participant, QString *error);

} // namespace dlrepro
