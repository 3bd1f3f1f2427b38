// dlrepro-cli edit: one edit action on a snippet — the diff, the proposal JSON, or in place.
#include "Commands.h"

#include "edit/EditActionEngine.h"
#include "extract/FactExtractor.h"
#include "import/ReportImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dlrepro::cli {

namespace {

bool writeAtomically(const QString &path, const QString &text, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(text.toUtf8());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
} // namespace

int runEdit(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Apply one edit action (thesis Table 4.5) to a snippet: D input data, N network,\n"
           "H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,\n"
           "P dataset, M models, V version migration. Prints the diff unless told otherwise."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("snippet"), QCoreApplication::translate("cli", "The Python file."));
    const QCommandLineOption action(QStringLiteral("action"), QCoreApplication::translate("cli", "The action's letter (or id)."), QStringLiteral("letter"));
    const QCommandLineOption report(QStringLiteral("report"), QCoreApplication::translate("cli", "The bug report whose facts guide the action."),
                                    QStringLiteral("report"));
    const QCommandLineOption diff(QStringLiteral("diff"), QCoreApplication::translate("cli", "Print a unified diff (the default)."));
    const QCommandLineOption inPlace(QStringLiteral("in-place"), QCoreApplication::translate("cli", "Rewrite the snippet (and write extra files beside it)."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the proposal as JSON."));
    parser.addOptions({action, report, diff, inPlace, json});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli edit"));
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli edit: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        io.err << "dlrepro-cli edit: " << QCoreApplication::translate("cli", "expected exactly one snippet (see --help)") << '\n';
        return 2;
    }
    if (!parser.isSet(action)) {
        io.err << "dlrepro-cli edit: " << QCoreApplication::translate("cli", "--action is required (D, N, H, R, L, O, C, P, M or V)") << '\n';
        return 2;
    }
    if (int(parser.isSet(diff)) + int(parser.isSet(inPlace)) + int(parser.isSet(json)) > 1) {
        io.err << "dlrepro-cli edit: " << QCoreApplication::translate("cli", "--diff, --in-place and --json exclude each other") << '\n';
        return 2;
    }
    EditAction act;
    if (!parseEditAction(parser.value(action), &act)) {
        io.err << "dlrepro-cli edit: " << QCoreApplication::translate("cli", "unknown action '%1' (expected D, N, H, R, L, O, C, P, M or V)")
                                              .arg(parser.value(action))
               << '\n';
        return 2;
    }
    if (!EditActionRegistry::builtin().find(act)) {
        io.err << "dlrepro-cli edit: " << QCoreApplication::translate("cli", "the action %1 (%2) is not available in this build")
                                              .arg(editActionLetter(act))
                                              .arg(editActionName(act))
               << '\n';
        return 2;
    }

    const QString path = inputs.first();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        io.err << "error: " << path << ": " << (file.errorString().isEmpty() ? QCoreApplication::translate("cli", "not a file") : file.errorString())
               << '\n';
        return 2;
    }
    const QString code = QString::fromUtf8(file.readAll());
    file.close();

    Report rep;
    QList<Fact> facts;
    const bool haveReport = parser.isSet(report);
    if (haveReport) {
        const ImportResult imported = importReportFile(parser.value(report));
        if (!imported.ok() || imported.reports.isEmpty()) {
            io.err << "error: " << (imported.ok() ? parser.value(report) + QStringLiteral(": ") + QCoreApplication::translate("cli", "no report found")
                                                  : imported.error)
                   << '\n';
            return 2;
        }
        rep = imported.reports.first();
        classifyCodeBlocks(rep);
        facts = extractFacts(rep);
    }

    Proposal p;
    QString error;
    if (!proposeEdit(act, code, facts, haveReport ? &rep : nullptr, &p, &error)) {
        io.err << "dlrepro-cli edit: " << error << '\n';
        return 2;
    }

    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(proposalToJson(p)).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QDir dir = QFileInfo(path).absoluteDir();
    if (parser.isSet(inPlace)) {
        if (p.hasChanges() && !writeAtomically(path, p.newCode, &error)) {
            io.err << "error: " << path << ": " << error << '\n';
            return 2;
        }
        for (auto it = p.files.begin(); it != p.files.end(); ++it) {
            if (!writeAtomically(dir.filePath(it.key()), it.value(), &error)) {
                io.err << "error: " << dir.filePath(it.key()) << ": " << error << '\n';
                return 2;
            }
            io.out << QCoreApplication::translate("cli", "wrote %1").arg(dir.filePath(it.key())) << '\n';
        }
    }
    if (!p.hasChanges()) {
        io.out << QCoreApplication::translate("cli", "nothing to do: %1").arg(p.nothingToDo) << '\n';
    } else if (parser.isSet(inPlace)) {
        io.out << QCoreApplication::translate("cli", "%1: %n change(s) applied", nullptr, int(p.changes.size())).arg(path) << '\n';
    } else {
        io.out << p.diff(QFileInfo(path).fileName());
    }
    if (!parser.isSet(inPlace))
        for (auto it = p.files.begin(); it != p.files.end(); ++it)
            io.out << "=== " << it.key() << " ===\n" << it.value();
    for (const QString &q : p.questions)
        io.err << QCoreApplication::translate("cli", "question: %1").arg(q) << '\n';
    return 0;
}

} // namespace dlrepro::cli
