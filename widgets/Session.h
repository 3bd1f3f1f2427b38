#pragma once

#include "domain/BugType.h"
#include "domain/EditAction.h"
#include "report/Report.h"
#include "run/RunResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace dlrepro {

// Everything the workbench needs to pick up where the user left: the report, the bug type
// they chose, the snippet, the run settings, and the last runs (the verdict is decided again
// from them, so a session never holds a verdict that its runs do not support). One JSON file,
// format "dlrepro-session", version 1.
struct Session {
    Report report;
    std::optional<BugType> bugTypeOverride;
    QString code;
    QList<int> chosenBlocks;
    QString interpreter;
    QString device = QStringLiteral("auto");
    int seeds = 5;
    double tolerance = 0.05;
    QString expected;        // the run pane's field
    QList<RunResult> runs;   // the last run, if any
    bool runsVerified = false;
    QString verifiedExpected; // the field's text when those runs were verified
    // The edit actions applied to the code, in order ("appliedActions": their ids). Added
    // within version 1: older files lack it (empty) and older readers ignore it.
    QList<EditAction> appliedActions;

    QByteArray toJson() const;
    // false with a message naming what is wrong; never crashes on a foreign or broken file.
    static bool fromJson(const QByteArray &data, Session *out, QString *error);

    bool save(const QString &path, QString *error) const; // atomic (QSaveFile)
    static bool load(const QString &path, Session *out, QString *error);
};

constexpr int kSessionVersion = 1;
QString sessionFileFilter(); // for file dialogs: "dlrepro sessions (*.dlrepro)"

} // namespace dlrepro
