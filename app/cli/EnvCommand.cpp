// dlrepro-cli env: the Python interpreters found, what each can run, and which is the default.
#include "Commands.h"

#include "run/EnvironmentDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlrepro::cli {

namespace {

QString gpuSummary(const PythonEnvironment &e)
{
    if (!e.hasPackage(QStringLiteral("torch")))
        return QCoreApplication::translate("cli", "CUDA not probed (no torch)");
    if (!e.cudaAvailable)
        return QCoreApplication::translate("cli", "no CUDA device");
    QStringList gpus;
    for (const GpuInfo &g : e.gpus)
        gpus << QStringLiteral("%1 (%2 GiB)").arg(g.name).arg(double(g.memoryBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    return QCoreApplication::translate("cli", "CUDA %1, cuDNN %2, driver %3: %4")
        .arg(e.cudaVersion, e.cudnnVersion.isEmpty() ? QCoreApplication::translate("cli", "-") : e.cudnnVersion,
             e.driverVersion.isEmpty() ? QCoreApplication::translate("cli", "-") : e.driverVersion, gpus.join(QStringLiteral(", ")));
}
} // namespace

int runEnv(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the Python interpreters found ($DLREPRO_PYTHON, an active virtualenv or conda env,\n"
           "python3 on PATH, /usr/bin/python3, conda envs, registered venvs), what each can import\n"
           "and whether it sees a GPU, and which one run/verify use by default and why."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON: {default, reason, environments[]}."));
    const QCommandLineOption refresh(QStringLiteral("refresh"), QCoreApplication::translate("cli", "Probe every interpreter again, ignoring the cache."));
    parser.addOptions({json, refresh});
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli env"));
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli env: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "dlrepro-cli env: " << QCoreApplication::translate("cli", "takes no arguments (see --help)") << '\n';
        return 2;
    }

    const EnvironmentDiscovery discovery;
    const QList<PythonEnvironment> envs = discovery.discover(parser.isSet(refresh));
    const EnvironmentDiscovery::DefaultChoice choice = EnvironmentDiscovery::chooseDefault(envs);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (int i = 0; i < envs.size(); ++i) {
            QJsonObject o = envs.at(i).toJson();
            o.insert(QStringLiteral("default"), i == choice.index);
            list.append(o);
        }
        const QJsonObject doc{{QStringLiteral("default"), choice.index >= 0 ? QJsonValue(envs.at(choice.index).interpreter)
                                                                            : QJsonValue()},
                              {QStringLiteral("reason"), choice.reason},
                              {QStringLiteral("environments"), list}};
        io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return envs.isEmpty() ? 1 : 0;
    }

    if (envs.isEmpty()) {
        io.out << QCoreApplication::translate("cli", "No Python interpreter found. Set DLREPRO_PYTHON or put python3 on PATH.") << '\n';
        return 1;
    }
    for (int i = 0; i < envs.size(); ++i) {
        const PythonEnvironment &e = envs.at(i);
        io.out << (i == choice.index ? "* " : "  ") << e.interpreter << "  [" << e.origin << "]\n";
        if (!e.isUsable()) {
            io.out << "      " << QCoreApplication::translate("cli", "unusable: %1").arg(e.probeError) << '\n';
            continue;
        }
        io.out << "      Python " << e.pythonVersion << '\n';
        const QString packages = e.packageSummary();
        io.out << "      " << (packages.isEmpty() ? QCoreApplication::translate("cli", "none of the probed packages") : packages) << '\n';
        io.out << "      " << gpuSummary(e) << '\n';
    }
    io.out << '\n'
           << (choice.index >= 0 ? QCoreApplication::translate("cli", "Default (*): %1").arg(choice.reason) : QCoreApplication::translate("cli", "No usable interpreter."))
           << '\n';
    return choice.index >= 0 ? 0 : 1;
}

} // namespace dlrepro::cli
