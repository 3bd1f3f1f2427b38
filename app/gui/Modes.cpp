#include "Modes.h"

#include "SettingsDialog.h"
#include "run/EnvironmentDiscovery.h"
#include "study/StudyWindow.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace dlrepro {

QString preferredInterpreter()
{
    const WorkbenchSettings settings = WorkbenchSettings::load();
    if (!settings.interpreter.isEmpty())
        return settings.interpreter;
    // Probes are cached on disk, so after the first start this costs a few file reads.
    const QList<PythonEnvironment> environments = EnvironmentDiscovery().discover();
    const EnvironmentDiscovery::DefaultChoice choice = EnvironmentDiscovery::chooseDefault(environments);
    if (choice.index >= 0)
        return environments.at(choice.index).interpreter;
    return QStringLiteral("python3");
}

std::unique_ptr<QWidget> openStudyMode(const QString &database, QString participant, QString *error)
{
    error->clear();
    if (participant.isEmpty()) {
        bool ok = false;
        participant = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "User study"),
                                            QCoreApplication::translate("main", "Participant id:"), QLineEdit::Normal,
                                            QString(), &ok)
                          .trimmed();
        if (!ok || participant.isEmpty())
            return nullptr;
    }
    std::unique_ptr<StudyWindow> window = StudyWindow::open(database, participant, error);
    if (!window)
        return nullptr;
    window->setInterpreter(preferredInterpreter());
    return window;
}

} // namespace dlrepro
