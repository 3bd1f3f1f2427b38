// dlrepro-cli project: the research project database from the shell: create it, import the
// replication package's CSVs, list and filter bugs, annotate, pre-fill from a workspace, settle
// final labels, export in the study's formats.
#include "Commands.h"

#include "research/ProjectExchange.h"
#include "research/ProjectStore.h"
#include "research/WorkspacePrefill.h"
#include "rules/TransactionExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dlrepro::cli {

namespace {

struct Context {
    QString sub;
    Io io;
    int usage(const QString &message) const
    {
        io.err << "dlrepro-cli project " << sub << ": " << message << '\n';
        return 2;
    }
};

std::unique_ptr<ProjectStore> open(const Context &c, const QString &path, OpenMode mode)
{
    QString error;
    auto store = openProject(path, &error, mode);
    if (!store)
        c.io.err << "dlrepro-cli project " << c.sub << ": " << error << '\n';
    return store;
}

// "12" (the project's number), "github:#2" / "stackoverflow:123" (source:id), or a bare id that
// one source has.
std::optional<ProjectBug> resolveBug(const ProjectStore &store, const QString &ref)
{
    bool isNumber = false;
    const qint64 key = ref.toLongLong(&isNumber);
    const int colon = ref.indexOf(QLatin1Char(':'));
    if (colon > 0)
        if (auto b = store.findBug(ref.left(colon), ref.mid(colon + 1)))
            return b;
    for (const QString &source : {QStringLiteral("stackoverflow"), QStringLiteral("github"), QStringLiteral("manual")})
        if (auto b = store.findBug(source, ref))
            return b;
    if (isNumber)
        return store.bug(key);
    return std::nullopt;
}

bool parseItemList(const QString &text, ItemClass cls, ItemSet *out, QString *bad)
{
    *out = ItemSet();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return true;
    const QStringList parts = trimmed.contains(QLatin1Char(',')) ? trimmed.split(QLatin1Char(','))
                                                                  : QStringList{trimmed};
    for (const QString &part : parts) {
        Item item;
        if (parseItem(part.trimmed(), cls, &item) && item.itemClass() == cls) {
            out->insert(item);
            continue;
        }
        // "DLR": letters of the class.
        ItemSet letters;
        if (part.trimmed().size() > 1 && ItemSet::parseLetters(part.trimmed(), cls, &letters)) {
            for (Item i : letters.items())
                out->insert(i);
            continue;
        }
        *bad = part.trimmed();
        return false;
    }
    return true;
}

QString optionalText(const std::optional<bool> &b)
{
    return b ? (*b ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("-");
}

QJsonObject annotationJson(const Annotation &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("annotator"), a.annotator);
    o.insert(QStringLiteral("bugType"), bugTypeId(a.bugType));
    o.insert(QStringLiteral("subFault"), a.subFault);
    QJsonArray info, actions;
    for (Item i : a.information.items())
        info << i.id().section(QLatin1Char(':'), 1);
    for (Item i : a.actions.items())
        actions << i.id().section(QLatin1Char(':'), 1);
    o.insert(QStringLiteral("information"), info);
    o.insert(QStringLiteral("actions"), actions);
    o.insert(QStringLiteral("minutes"), a.minutes ? QJsonValue(*a.minutes) : QJsonValue());
    o.insert(QStringLiteral("reproduced"), a.reproduced ? QJsonValue(*a.reproduced) : QJsonValue());
    o.insert(QStringLiteral("notes"), a.notes);
    o.insert(QStringLiteral("prefilled"), a.prefilled);
    o.insert(QStringLiteral("savedAt"), a.savedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

void printAnnotation(QTextStream &out, const Annotation &a)
{
    out << (a.annotator.isEmpty() ? QCoreApplication::translate("cli", "final label") : a.annotator) << ": " << bugTypeId(a.bugType);
    if (!a.subFault.isEmpty())
        out << " (" << a.subFault << ')';
    out << "  " << QCoreApplication::translate("cli", "information") << ' ' << (a.information.isEmpty() ? QStringLiteral("-") : a.information.letters(ItemClass::Information))
        << "  " << QCoreApplication::translate("cli", "actions") << ' ' << (a.actions.isEmpty() ? QStringLiteral("-") : a.actions.letters(ItemClass::EditAction))
        << "  " << QCoreApplication::translate("cli", "reproduced") << ' ' << optionalText(a.reproduced);
    if (a.minutes)
        out << "  " << QString::number(*a.minutes) << " min";
    if (a.prefilled)
        out << "  " << QCoreApplication::translate("cli", "(pre-filled, to confirm)");
    out << '\n';
}

// The label options shared by annotate and settle, applied over `a`.
void addLabelOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("type"), QCoreApplication::translate("cli", "Bug type: training, model, tensor, api, gpu, mixed (or T M I A G X)."), QStringLiteral("T")},
        {QStringLiteral("sub-fault"), QCoreApplication::translate("cli", "Sub-fault: Optimisation, Loss function, Hyperparameters, Layer, Model."), QStringLiteral("S")},
        {QStringLiteral("actions"), QCoreApplication::translate("cli", "Edit actions used: ids, names or letters, comma-separated (\"D,L,R\" or \"DLR\"); none."),
         QStringLiteral("list")},
        {QStringLiteral("info"), QCoreApplication::translate("cli", "Information present: data, model, hyperparameters, code, logs (or letters); none."),
         QStringLiteral("list")},
        {QStringLiteral("time"), QCoreApplication::translate("cli", "Minutes taken."), QStringLiteral("M")},
        {QStringLiteral("outcome"), QCoreApplication::translate("cli", "reproduced or not-reproduced (yes/no)."), QStringLiteral("O")},
        {QStringLiteral("notes"), QCoreApplication::translate("cli", "Free notes."), QStringLiteral("text")},
    });
}

bool applyLabelOptions(const QCommandLineParser &p, Annotation *a, QString *error)
{
    if (p.isSet(QStringLiteral("type")) && !parseBugType(p.value(QStringLiteral("type")), &a->bugType)) {
        *error = QCoreApplication::translate("cli", "--type: unknown bug type '%1'").arg(p.value(QStringLiteral("type")));
        return false;
    }
    if (p.isSet(QStringLiteral("sub-fault"))) {
        const QString v = p.value(QStringLiteral("sub-fault"));
        a->subFault = canonicalSubFault(v);
        if (a->subFault.isEmpty() && !v.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("cli", "--sub-fault: unknown sub-fault '%1' (one of: %2)").arg(v, allSubFaults().join(QStringLiteral(", ")));
            return false;
        }
    }
    QString bad;
    if (p.isSet(QStringLiteral("actions"))) {
        if (!parseItemList(p.value(QStringLiteral("actions")), ItemClass::EditAction, &a->actions, &bad)) {
            *error = QCoreApplication::translate("cli", "--actions: unknown edit action '%1'").arg(bad);
            return false;
        }
        a->actionsRecorded = true;
    }
    if (p.isSet(QStringLiteral("info"))) {
        if (!parseItemList(p.value(QStringLiteral("info")), ItemClass::Information, &a->information, &bad)) {
            *error = QCoreApplication::translate("cli", "--info: unknown information category '%1'").arg(bad);
            return false;
        }
        a->informationRecorded = true;
    }
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        const double m = p.value(QStringLiteral("time")).toDouble(&ok);
        if (!ok || m < 0 || !qIsFinite(m)) {
            *error = QCoreApplication::translate("cli", "--time expects minutes >= 0, not '%1'").arg(p.value(QStringLiteral("time")));
            return false;
        }
        a->minutes = m;
    }
    if (p.isSet(QStringLiteral("outcome"))) {
        const QString v = p.value(QStringLiteral("outcome")).trimmed().toLower();
        if (v == QLatin1String("reproduced") || v == QLatin1String("yes"))
            a->reproduced = true;
        else if (v == QLatin1String("not-reproduced") || v == QLatin1String("no"))
            a->reproduced = false;
        else if (v.isEmpty() || v == QLatin1String("unknown"))
            a->reproduced.reset();
        else {
            *error = QCoreApplication::translate("cli", "--outcome expects reproduced or not-reproduced, not '%1'").arg(v);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("notes")))
        a->notes = p.value(QStringLiteral("notes"));
    return true;
}

bool writeOut(const QString &path, const QByteArray &data, Io io, QString *error)
{
    if (path == QLatin1String("-")) {
        io.out << QString::fromUtf8(data);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QCoreApplication::translate("cli", "%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int run(const Context &c, const QStringList &rest)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QString &sub = c.sub;
    Io io = c.io;
    if (sub == QLatin1String("init")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Create an empty project database (SQLite)."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file to create."));
    } else if (sub == QLatin1String("import")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Import replication CSVs into a project (all rows of a file, or none)."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file (created if missing)."));
        p.addPositionalArgument(QStringLiteral("csv"), QCoreApplication::translate("cli", "Dataset_Manual_Reproduction.csv, Dataset_EditActions.csv, "
                                                         "Dataset_CriticalActions.csv, ManualReproduction_Github_Bugs.csv, "
                                                         "Dataset_Github_CriticalInformation.csv"),
                                QStringLiteral("<csv...>"));
        p.addOption({QStringLiteral("kind"), QCoreApplication::translate("cli", "auto (default), manual, editactions or critical."), QStringLiteral("kind")});
    } else if (sub == QLatin1String("export")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Export a project: csv (the replication files; --out is a folder, or a file with --kind), "
                                      "transactions (the one-letter format), json (everything). --out - prints."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file."));
        p.addOptions({{QStringLiteral("format"), QCoreApplication::translate("cli", "csv, transactions or json."), QStringLiteral("F")},
                      {QStringLiteral("out"), QCoreApplication::translate("cli", "Where to write."), QStringLiteral("P")},
                      {QStringLiteral("kind"), QCoreApplication::translate("cli", "csv: one file of this kind (manual, so-edit-actions, so-information, "
                                                 "github-edit-actions, github-information)."),
                       QStringLiteral("kind")},
                      {QStringLiteral("items"), QCoreApplication::translate("cli", "transactions: actions (default) or information."), QStringLiteral("class")}});
    } else if (sub == QLatin1String("list")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "List the project's bugs, filtered."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file."));
        p.addOptions({{QStringLiteral("type"), QCoreApplication::translate("cli", "Bug type."), QStringLiteral("T")},
                      {QStringLiteral("framework"), QCoreApplication::translate("cli", "Framework."), QStringLiteral("name")},
                      {QStringLiteral("reproduced"), QCoreApplication::translate("cli", "yes or no."), QStringLiteral("yes|no")},
                      {QStringLiteral("annotator"), QCoreApplication::translate("cli", "Bugs this annotator labelled."), QStringLiteral("name")},
                      {QStringLiteral("disagreement"), QCoreApplication::translate("cli", "Only bugs whose annotators disagree (not settled).")},
                      {QStringLiteral("text"), QCoreApplication::translate("cli", "Substring of id, title or tags."), QStringLiteral("text")},
                      {QStringLiteral("offset"), QCoreApplication::translate("cli", "First row (default 0)."), QStringLiteral("N")},
                      {QStringLiteral("limit"), QCoreApplication::translate("cli", "Rows (default 50)."), QStringLiteral("N")},
                      {QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")}});
    } else if (sub == QLatin1String("annotate")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Save (or change fields of) an annotator's label of a bug. The other annotator's label "
                                      "is shown only once both are saved."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file."));
        p.addPositionalArgument(QStringLiteral("bug"), QCoreApplication::translate("cli", "The bug: its number, source:id, or id."));
        p.addOption({QStringLiteral("annotator"), QCoreApplication::translate("cli", "Who annotates (required)."), QStringLiteral("A")});
        p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
        addLabelOptions(p);
    } else if (sub == QLatin1String("prefill")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Pre-fill an annotation from a reproduction workspace's transaction.json."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file."));
        p.addPositionalArgument(QStringLiteral("bug"), QCoreApplication::translate("cli", "The bug."));
        p.addPositionalArgument(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace folder."));
        p.addOption({QStringLiteral("annotator"), QCoreApplication::translate("cli", "Whose annotation (required)."), QStringLiteral("A")});
        p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    } else if (sub == QLatin1String("settle")) {
        p.setApplicationDescription(QCoreApplication::translate("cli", "Settle a bug's final label: from one annotator's (--from), the agreed one, and/or the "
                                      "label options."));
        p.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The project file."));
        p.addPositionalArgument(QStringLiteral("bug"), QCoreApplication::translate("cli", "The bug."));
        p.addOption({QStringLiteral("by"), QCoreApplication::translate("cli", "Who settles (required)."), QStringLiteral("A")});
        p.addOption({QStringLiteral("from"), QCoreApplication::translate("cli", "Start from this annotator's label."), QStringLiteral("A")});
        p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
        addLabelOptions(p);
    } else {
        return c.usage(QCoreApplication::translate("cli", "unknown subcommand '%1' (init, import, export, list, annotate, prefill, settle)").arg(sub));
    }

    QStringList argv = rest;
    argv.prepend(QStringLiteral("dlrepro-cli project ") + sub);
    if (!p.parse(argv))
        return c.usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        io.out << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const int wanted = sub == QLatin1String("prefill") ? 3
        : (sub == QLatin1String("annotate") || sub == QLatin1String("settle")) ? 2
                                                                               : 1;
    if (sub == QLatin1String("import") ? pos.size() < 2 : pos.size() != wanted)
        return c.usage(QCoreApplication::translate("cli", "wrong number of arguments (see --help)"));
    const bool json = p.optionNames().contains(QStringLiteral("json")) && p.isSet(QStringLiteral("json"));

    if (sub == QLatin1String("init")) {
        if (QFileInfo::exists(pos.at(0)))
            return c.usage(QCoreApplication::translate("cli", "%1 already exists").arg(pos.at(0)));
        if (!open(c, pos.at(0), OpenMode::CreateIfMissing))
            return 2;
        io.out << QCoreApplication::translate("cli", "created %1").arg(pos.at(0)) << '\n';
        return 0;
    }
    if (sub == QLatin1String("import")) {
        QString family = p.value(QStringLiteral("kind")).trimmed().toLower();
        if (family == QLatin1String("auto"))
            family.clear();
        if (!family.isEmpty() && family != QLatin1String("manual") && family != QLatin1String("editactions")
            && family != QLatin1String("critical"))
            return c.usage(QCoreApplication::translate("cli", "--kind expects auto, manual, editactions or critical, not '%1'").arg(family));
        for (const QString &csv : pos.mid(1))
            if (!QFileInfo(csv).isFile())
                return c.usage(QCoreApplication::translate("cli", "%1: no such file").arg(csv));
        auto store = open(c, pos.at(0), OpenMode::CreateIfMissing);
        if (!store)
            return 2;
        for (const QString &csv : pos.mid(1)) {
            ProjectImportReport report;
            QString error;
            if (!importProjectFile(*store, csv, &report, &error, ProjectFileKind::Auto, family)) {
                io.err << "dlrepro-cli project import: " << error << '\n';
                return 2;
            }
            io.out << QCoreApplication::translate("cli", "%1: %2 rows as %3 (%4 new bugs, %5 updated)")
                          .arg(csv)
                          .arg(report.rows)
                          .arg(projectFileKindId(report.kind))
                          .arg(report.bugsCreated)
                          .arg(report.bugsUpdated)
                   << '\n';
        }
        return 0;
    }

    auto store = open(c, pos.at(0), OpenMode::ExistingOnly);
    if (!store)
        return 2;

    if (sub == QLatin1String("export")) {
        const QString format = p.value(QStringLiteral("format"));
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty())
            return c.usage(QCoreApplication::translate("cli", "--out is required"));
        QString error;
        if (format == QLatin1String("csv")) {
            if (p.isSet(QStringLiteral("kind"))) {
                ProjectFileKind kind;
                if (!parseProjectFileKind(p.value(QStringLiteral("kind")), &kind) || kind == ProjectFileKind::Auto)
                    return c.usage(QCoreApplication::translate("cli", "--kind: unknown kind '%1'").arg(p.value(QStringLiteral("kind"))));
                if (!writeOut(out, exportProjectCsv(*store, kind), io, &error))
                    return c.usage(error);
                return 0;
            }
            QStringList written;
            if (!exportProjectCsvFiles(*store, out, &written, &error))
                return c.usage(error);
            for (const QString &w : written)
                io.out << QCoreApplication::translate("cli", "wrote %1").arg(w) << '\n';
            return 0;
        }
        if (format == QLatin1String("transactions")) {
            ItemClass cls = ItemClass::EditAction;
            const QString items = p.value(QStringLiteral("items"));
            if (!items.isEmpty() && items != QLatin1String("actions")) {
                if (items != QLatin1String("information"))
                    return c.usage(QCoreApplication::translate("cli", "--items expects actions or information, not '%1'").arg(items));
                cls = ItemClass::Information;
            }
            if (!writeOut(out, exportProjectLetters(*store, cls), io, &error))
                return c.usage(error);
            return 0;
        }
        if (format == QLatin1String("json")) {
            if (!writeOut(out, exportProjectJson(*store), io, &error))
                return c.usage(error);
            return 0;
        }
        return c.usage(QCoreApplication::translate("cli", "--format expects csv, transactions or json, not '%1'").arg(format));
    }

    if (sub == QLatin1String("list")) {
        BugFilter filter;
        if (p.isSet(QStringLiteral("type"))) {
            BugType type;
            if (!parseBugType(p.value(QStringLiteral("type")), &type))
                return c.usage(QCoreApplication::translate("cli", "--type: unknown bug type '%1'").arg(p.value(QStringLiteral("type"))));
            filter.bugType = type;
        }
        filter.framework = p.value(QStringLiteral("framework"));
        if (p.isSet(QStringLiteral("reproduced"))) {
            const QString v = p.value(QStringLiteral("reproduced")).toLower();
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return c.usage(QCoreApplication::translate("cli", "--reproduced expects yes or no, not '%1'").arg(v));
            filter.reproduced = v == QLatin1String("yes");
        }
        filter.annotator = p.value(QStringLiteral("annotator"));
        filter.disagreementOnly = p.isSet(QStringLiteral("disagreement"));
        filter.text = p.value(QStringLiteral("text"));
        bool okOffset = true, okLimit = true;
        const int offset = p.isSet(QStringLiteral("offset")) ? p.value(QStringLiteral("offset")).toInt(&okOffset) : 0;
        const int limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&okLimit) : 50;
        if (!okOffset || !okLimit || offset < 0 || limit < 0)
            return c.usage(QCoreApplication::translate("cli", "--offset and --limit expect numbers >= 0"));
        const int total = store->countBugs(filter);
        const QList<BugSummary> rows = store->listBugs(filter, offset, limit);
        if (json) {
            QJsonArray arr;
            for (const BugSummary &s : rows) {
                QJsonObject o;
                o.insert(QStringLiteral("key"), s.bug.key);
                o.insert(QStringLiteral("source"), s.bug.source);
                o.insert(QStringLiteral("id"), s.bug.id);
                o.insert(QStringLiteral("title"), s.bug.title);
                o.insert(QStringLiteral("framework"), s.bug.framework);
                o.insert(QStringLiteral("bugType"), bugTypeId(s.bugType));
                o.insert(QStringLiteral("reproduced"), s.reproduced ? QJsonValue(*s.reproduced) : QJsonValue());
                o.insert(QStringLiteral("annotations"), s.annotationCount);
                o.insert(QStringLiteral("disagreement"), s.disagreement);
                o.insert(QStringLiteral("settled"), s.settled);
                arr << o;
            }
            QJsonObject root{{QStringLiteral("total"), total}, {QStringLiteral("offset"), offset}, {QStringLiteral("bugs"), arr}};
            io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
            return 0;
        }
        io.out << QCoreApplication::translate("cli", "%1 bugs").arg(total) << '\n';
        for (const BugSummary &s : rows) {
            io.out << s.bug.key << '\t' << s.bug.source << ':' << s.bug.id << '\t' << bugTypeId(s.bugType) << '\t'
                   << (s.bug.framework.isEmpty() ? QStringLiteral("-") : s.bug.framework) << '\t' << optionalText(s.reproduced)
                   << '\t' << s.annotationCount << (s.disagreement ? QStringLiteral("\tdisagreement") : QString())
                   << (s.settled ? QStringLiteral("\tsettled") : QString());
            if (!s.bug.title.isEmpty())
                io.out << '\t' << s.bug.title;
            io.out << '\n';
        }
        return 0;
    }

    const std::optional<ProjectBug> bug = resolveBug(*store, pos.at(1));
    if (!bug)
        return c.usage(QCoreApplication::translate("cli", "%1: no bug '%2'").arg(pos.at(0), pos.at(1)));

    if (sub == QLatin1String("annotate")) {
        const QString annotator = p.value(QStringLiteral("annotator")).trimmed();
        if (annotator.isEmpty())
            return c.usage(QCoreApplication::translate("cli", "--annotator is required"));
        Annotation a = store->annotation(bug->key, annotator).value_or(Annotation());
        a.annotator = annotator;
        a.prefilled = false; // saved by the annotator: confirmed
        QString error;
        if (!applyLabelOptions(p, &a, &error))
            return c.usage(error);
        if (!store->putAnnotation(bug->key, a, &error)) {
            io.err << "dlrepro-cli project annotate: " << error << '\n';
            return 2;
        }
        const QList<Annotation> visible = store->annotationsVisibleTo(annotator, bug->key);
        if (json) {
            QJsonArray arr;
            for (const Annotation &v : visible)
                arr << annotationJson(v);
            io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bug"), bug->key}, {QStringLiteral("visible"), arr}})
                                            .toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const Annotation &v : visible)
            printAnnotation(io.out, v);
        return 0;
    }

    if (sub == QLatin1String("prefill")) {
        const QString annotator = p.value(QStringLiteral("annotator")).trimmed();
        if (annotator.isEmpty())
            return c.usage(QCoreApplication::translate("cli", "--annotator is required"));
        Annotation a;
        QString error;
        if (!prefillAnnotation(*store, bug->key, pos.at(2), annotator, &a, &error)) {
            io.err << "dlrepro-cli project prefill: " << error << '\n';
            return 2;
        }
        if (json)
            io.out << QString::fromUtf8(QJsonDocument(annotationJson(a)).toJson(QJsonDocument::Indented));
        else
            printAnnotation(io.out, a);
        return 0;
    }

    // settle
    const QString by = p.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty())
        return c.usage(QCoreApplication::translate("cli", "--by is required"));
    Annotation label;
    if (p.isSet(QStringLiteral("from"))) {
        const auto from = store->annotation(bug->key, p.value(QStringLiteral("from")));
        if (!from)
            return c.usage(QCoreApplication::translate("cli", "%1 has not annotated bug %2").arg(p.value(QStringLiteral("from")), pos.at(1)));
        label = *from;
    } else if (const auto agreed = store->label(bug->key)) {
        label = *agreed;
    } else {
        bool anyLabelOption = false;
        for (const char *o : {"type", "actions", "info"})
            anyLabelOption |= p.isSet(QLatin1String(o));
        if (!anyLabelOption)
            return c.usage(QCoreApplication::translate("cli", "the annotators of bug %1 disagree: give --from or the label (--type, --actions, --info)").arg(pos.at(1)));
    }
    label.annotator.clear();
    label.prefilled = false;
    QString error;
    if (!applyLabelOptions(p, &label, &error))
        return c.usage(error);
    if (!store->settle(bug->key, label, by, &error)) {
        io.err << "dlrepro-cli project settle: " << error << '\n';
        return 2;
    }
    const Annotation settled = store->finalLabel(bug->key).value_or(label);
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(annotationJson(settled)).toJson(QJsonDocument::Indented));
    else
        printAnnotation(io.out, settled);
    return 0;
}

} // namespace

int runProject(const QStringList &args, Io io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out)
            << QCoreApplication::translate("cli", "Usage: dlrepro-cli project <subcommand> <db> ...\n"
                 "A research project database (SQLite) of bugs, reproductions and annotations.\n"
                 "  init <db>                                   create an empty project\n"
                 "  import <db> <csv>... [--kind auto|manual|editactions|critical]\n"
                 "  export <db> --format csv|transactions|json --out P [--kind K] [--items actions|information]\n"
                 "  list <db> [--type T] [--framework F] [--reproduced yes|no] [--annotator A] [--disagreement] [--json]\n"
                 "  annotate <db> <bug> --annotator A [--type T] [--actions ...] [--info ...] [--time M] [--outcome O] [--notes N]\n"
                 "  prefill <db> <bug> <workspace-dir> --annotator A\n"
                 "  settle <db> <bug> --by A [--from ANNOTATOR] [label options]\n"
                 "Each subcommand has --help.\n");
        return args.isEmpty() ? 2 : 0;
    }
    Context c{args.first(), io};
    return run(c, args.mid(1));
}

} // namespace dlrepro::cli
