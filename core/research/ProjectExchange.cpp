// Import and export of the replication package's CSVs. Each header cell gets a role (what part of
// the project it reads and writes); the import records the header, the spellings it met and the
// rows' order, and the export renders the same roles back, so that export(import(f)) == f.
#include "ProjectExchange.h"

#include "rules/CsvReader.h"
#include "rules/TransactionExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace dlrepro {

namespace {

struct KindRow {
    ProjectFileKind kind;
    const char *id;
    const char *fileName;
    const char *source; // the bugs' source; empty: from the row
};
constexpr KindRow kKinds[] = {
    {ProjectFileKind::Auto, "auto", "", ""},
    {ProjectFileKind::ManualReproduction, "manual", "Dataset_Manual_Reproduction.csv", ""},
    {ProjectFileKind::StackOverflowEditActions, "so-edit-actions", "Dataset_EditActions.csv", "stackoverflow"},
    {ProjectFileKind::StackOverflowInformation, "so-information", "Dataset_CriticalActions.csv", "stackoverflow"},
    {ProjectFileKind::GitHubEditActions, "github-edit-actions", "ManualReproduction_Github_Bugs.csv", "github"},
    {ProjectFileKind::GitHubInformation, "github-information", "Dataset_Github_CriticalInformation.csv", "github"},
};

const KindRow &kindRow(ProjectFileKind k)
{
    for (const auto &r : kKinds)
        if (r.kind == k)
            return r;
    return kKinds[0];
}

// What a header cell reads and writes.
struct Role {
    enum Kind { Type, Flag, Outcome, Architecture, Framework, BugExtra, BugId, Source, Url, Title, Tags,
                Verdict, Minutes, Effort, Modification, KeyActions, ReproExtra };
    Kind kind = BugExtra;
    Item item;
    QString key; // BugExtra, ReproExtra
};

bool isGithub(ProjectFileKind k)
{
    return k == ProjectFileKind::GitHubEditActions || k == ProjectFileKind::GitHubInformation;
}

bool isActions(ProjectFileKind k)
{
    return k == ProjectFileKind::StackOverflowEditActions || k == ProjectFileKind::GitHubEditActions;
}

bool isInformation(ProjectFileKind k)
{
    return k == ProjectFileKind::StackOverflowInformation || k == ProjectFileKind::GitHubInformation;
}

QString simplifiedHeader(const QString &cell)
{
    return cell.simplified().toLower();
}

// The manual-reproduction file's columns as the thesis describes what was recorded per bug (its
// exact header is not published): link, title, tags, framework, architecture, type, outcome,
// time, effort, minor/major modification, key actions. Any other column is kept as it is.
bool manualRole(const QString &name, Role *role)
{
    static const QHash<QString, Role::Kind> kinds = {
        {QStringLiteral("#"), Role::BugId},          {QStringLiteral("id"), Role::BugId},
        {QStringLiteral("bug id"), Role::BugId},     {QStringLiteral("post id"), Role::BugId},
        {QStringLiteral("source"), Role::Source},    {QStringLiteral("url"), Role::Url},
        {QStringLiteral("link"), Role::Url},         {QStringLiteral("post link"), Role::Url},
        {QStringLiteral("title"), Role::Title},      {QStringLiteral("tags"), Role::Tags},
        {QStringLiteral("framework"), Role::Framework}, {QStringLiteral("architecture"), Role::Architecture},
        {QStringLiteral("type of bug"), Role::Type}, {QStringLiteral("bug type"), Role::Type},
        {QStringLiteral("type"), Role::Type},        {QStringLiteral("reproducible?"), Role::Verdict},
        {QStringLiteral("reproducible"), Role::Verdict}, {QStringLiteral("reproduced"), Role::Verdict},
        {QStringLiteral("reproduced?"), Role::Verdict},
        {QStringLiteral("time taken"), Role::Minutes}, {QStringLiteral("time taken (minutes)"), Role::Minutes},
        {QStringLiteral("time taken (mins)"), Role::Minutes}, {QStringLiteral("time (minutes)"), Role::Minutes},
        {QStringLiteral("minutes"), Role::Minutes},  {QStringLiteral("time spent"), Role::Minutes},
        {QStringLiteral("effort"), Role::Effort},    {QStringLiteral("effort level"), Role::Effort},
        {QStringLiteral("modification"), Role::Modification}, {QStringLiteral("modification type"), Role::Modification},
        {QStringLiteral("type of modification"), Role::Modification},
        {QStringLiteral("key actions"), Role::KeyActions}, {QStringLiteral("key action"), Role::KeyActions},
    };
    const auto it = kinds.constFind(simplifiedHeader(name));
    if (it != kinds.constEnd()) {
        role->kind = it.value();
        return true;
    }
    role->kind = Role::ReproExtra;
    role->key = name;
    return true;
}

// The role of header cell `name` in a file of `kind`; false when that kind has no such column.
bool roleOf(ProjectFileKind kind, const QString &name, Role *role)
{
    const QString lower = simplifiedHeader(name);
    switch (kind) {
    case ProjectFileKind::ManualReproduction:
        return manualRole(name, role);
    case ProjectFileKind::StackOverflowEditActions:
    case ProjectFileKind::StackOverflowInformation:
        if (lower == QLatin1String("type of bug")) {
            role->kind = Role::Type;
            return true;
        }
        if (kind == ProjectFileKind::StackOverflowEditActions) {
            if (lower == QLatin1String("architecture")) { role->kind = Role::Architecture; return true; }
            if (lower == QLatin1String("framework")) { role->kind = Role::Framework; return true; }
            if (lower == QLatin1String("reproducible?")) { role->kind = Role::Outcome; return true; }
            if (lower.endsWith(QLatin1String(" present?"))) { role->kind = Role::BugExtra; role->key = name; return true; }
            EditAction a;
            if (name.size() > 1 && parseEditAction(name, &a)) { role->kind = Role::Flag; role->item = Item::action(a); return true; }
        } else {
            InformationCategory c;
            if (name.size() > 1 && parseInformationCategory(name, &c)) {
                role->kind = Role::Flag;
                role->item = Item::information(c);
                return true;
            }
        }
        return false;
    case ProjectFileKind::GitHubEditActions:
    case ProjectFileKind::GitHubInformation:
        if (name == QLatin1String("#")) { role->kind = Role::BugId; return true; }
        if (lower == QLatin1String("type")) { role->kind = Role::Type; return true; }
        if (name.size() == 1 && name.at(0).isUpper()) {
            Item item;
            const ItemClass cls = kind == ProjectFileKind::GitHubEditActions ? ItemClass::EditAction : ItemClass::Information;
            if (parseItem(name, cls, &item)) { role->kind = Role::Flag; role->item = item; return true; }
            return false;
        }
        // bug_type, root_cause, symptom, commit, repository and whatever else describes the bug.
        role->kind = Role::BugExtra;
        role->key = name;
        return !name.trimmed().isEmpty();
    case ProjectFileKind::Auto:
        break;
    }
    return false;
}

ProjectFileKind sniff(const QStringList &header, const QString &family)
{
    QSet<QString> h;
    for (const QString &c : header)
        h.insert(simplifiedHeader(c));
    const bool wantActions = family.isEmpty() || family == QLatin1String("editactions");
    const bool wantInformation = family.isEmpty() || family == QLatin1String("critical");
    const bool wantManual = family.isEmpty() || family == QLatin1String("manual");
    if (h.contains(QStringLiteral("#")) && h.contains(QStringLiteral("type")) && family != QLatin1String("manual")) {
        const bool actions = h.contains(QStringLiteral("r")) || h.contains(QStringLiteral("v")) || h.contains(QStringLiteral("o"));
        if (actions && wantActions)
            return ProjectFileKind::GitHubEditActions;
        if (!actions && wantInformation)
            return ProjectFileKind::GitHubInformation;
        return ProjectFileKind::Auto;
    }
    int actions = 0, information = 0, manual = 0;
    for (const QString &c : header) {
        Role r;
        actions += roleOf(ProjectFileKind::StackOverflowEditActions, c, &r) && r.kind == Role::Flag;
        information += roleOf(ProjectFileKind::StackOverflowInformation, c, &r) && r.kind == Role::Flag;
        manual += manualRole(c, &r) && r.kind != Role::ReproExtra && r.kind != Role::Type && r.kind != Role::Framework
            && r.kind != Role::Architecture;
    }
    if (wantManual && (family == QLatin1String("manual") || (manual >= 2 && actions == 0 && information == 0)))
        return ProjectFileKind::ManualReproduction;
    if (!h.contains(QStringLiteral("type of bug")))
        return ProjectFileKind::Auto;
    if (wantActions && (actions > information || !wantInformation))
        return ProjectFileKind::StackOverflowEditActions;
    if (wantInformation)
        return ProjectFileKind::StackOverflowInformation;
    return ProjectFileKind::Auto;
}

// The replication files' own spellings, for a project that never imported a file of a kind.
QString defaultTypeSpelling(ProjectFileKind kind, BugType t)
{
    if (t == BugType::Unknown)
        return QString();
    if (kind == ProjectFileKind::ManualReproduction)
        return bugTypeName(t);
    QString name;
    switch (t) {
    case BugType::Training: name = QStringLiteral("Training"); break;
    case BugType::Model: name = QStringLiteral("Model"); break;
    case BugType::TensorInput: name = QStringLiteral("Tensor and Input"); break;
    case BugType::Api: name = QStringLiteral("API"); break;
    case BugType::Gpu: name = QStringLiteral("GPU"); break;
    case BugType::Mixed: name = QStringLiteral("Mixed"); break;
    case BugType::Unknown: break;
    }
    return isGithub(kind) ? name : name + QStringLiteral(" Bug");
}

QStringList defaultHeader(ProjectFileKind kind)
{
    QStringList h;
    switch (kind) {
    case ProjectFileKind::ManualReproduction:
        return {QStringLiteral("Source"), QStringLiteral("Id"), QStringLiteral("Post Link"), QStringLiteral("Title"),
                QStringLiteral("Tags"), QStringLiteral("Framework"), QStringLiteral("Architecture"),
                QStringLiteral("Type of Bug"), QStringLiteral("Reproducible?"), QStringLiteral("Time Taken (minutes)"),
                QStringLiteral("Effort Level"), QStringLiteral("Modification Type"), QStringLiteral("Key Actions")};
    case ProjectFileKind::StackOverflowEditActions:
        h = QStringList{QStringLiteral("Architecture"), QStringLiteral("Reproducible?"), QStringLiteral("Type of Bug"),
                        QStringLiteral("Framework")};
        for (EditAction a : allEditActions())
            h << editActionName(a);
        return h;
    case ProjectFileKind::StackOverflowInformation:
        h << QStringLiteral("Type of Bug");
        for (InformationCategory c : allInformationCategories())
            h << informationName(c);
        return h;
    case ProjectFileKind::GitHubEditActions:
    case ProjectFileKind::GitHubInformation:
        h = QStringList{QStringLiteral("#"), QStringLiteral("bug_type"), QStringLiteral("root_cause"), QStringLiteral("symptom"),
                        QStringLiteral("commit"), QStringLiteral("repository"), QStringLiteral("type")};
        if (kind == ProjectFileKind::GitHubEditActions) {
            for (EditAction a : allEditActions())
                h << QString(editActionLetter(a));
        } else {
            for (InformationCategory c : {InformationCategory::Data, InformationCategory::Model, InformationCategory::Hyperparameters,
                                          InformationCategory::Logs, InformationCategory::CodeSnippet})
                h << QString(informationLetter(c));
        }
        return h;
    case ProjectFileKind::Auto:
        break;
    }
    return h;
}

QString sourceFromUrl(const QString &url)
{
    if (url.contains(QLatin1String("stackoverflow.com")) || url.contains(QLatin1String("stackexchange.com")))
        return QStringLiteral("stackoverflow");
    if (url.contains(QLatin1String("github.com")))
        return QStringLiteral("github");
    return QStringLiteral("manual");
}

// Tags as a file writes them: "<a><b>" (Stack Overflow), or joined by a separator.
QStringList splitTags(const QString &text, QString *style)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.startsWith(QLatin1Char('<')) && t.endsWith(QLatin1Char('>'))) {
        *style = QStringLiteral("angle");
        return t.mid(1, t.size() - 2).split(QStringLiteral("><"));
    }
    for (const QString &sep : {QStringLiteral(", "), QStringLiteral(","), QStringLiteral("; "), QStringLiteral(";"),
                               QStringLiteral("|"), QStringLiteral(" ")}) {
        if (t.contains(sep)) {
            *style = sep;
            return t.split(sep);
        }
    }
    return {t};
}

QString joinTags(const QStringList &tags, const QString &style)
{
    if (tags.isEmpty())
        return QString();
    if (style == QLatin1String("angle") || style.isEmpty())
        return QLatin1Char('<') + tags.join(QStringLiteral("><")) + QLatin1Char('>');
    return tags.join(style);
}

QString formatMinutes(double m)
{
    return QString::number(m, 'g', 15);
}

bool parseYesNo(const QString &v, std::optional<bool> *out)
{
    const QString l = v.trimmed().toLower();
    if (l.isEmpty())
        *out = std::nullopt;
    else if (l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("y"))
        *out = true;
    else if (l == QLatin1String("no") || l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("n"))
        *out = false;
    else
        return false;
    return true;
}

} // namespace

QString projectFileKindId(ProjectFileKind kind)
{
    return QString::fromLatin1(kindRow(kind).id);
}

bool parseProjectFileKind(const QString &text, ProjectFileKind *out)
{
    for (const auto &r : kKinds)
        if (text.trimmed().toLower() == QLatin1String(r.id)) {
            *out = r.kind;
            return true;
        }
    return false;
}

QString projectFileName(ProjectFileKind kind)
{
    return QString::fromLatin1(kindRow(kind).fileName);
}

QList<ProjectFileKind> allProjectFileKinds()
{
    return {ProjectFileKind::ManualReproduction, ProjectFileKind::StackOverflowEditActions,
            ProjectFileKind::StackOverflowInformation, ProjectFileKind::GitHubEditActions, ProjectFileKind::GitHubInformation};
}

bool importProjectFile(ProjectStore &store, const QString &path, ProjectImportReport *report, QString *error,
                       ProjectFileKind kind, const QString &family)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    ProjectImportReport ignoredReport;
    ProjectImportReport *rep = report ? report : &ignoredReport;
    *rep = ProjectImportReport();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *err = QCoreApplication::translate("ProjectExchange", "%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > qint64(256) * 1024 * 1024) {
        *err = QCoreApplication::translate("ProjectExchange", "%1: file larger than 256 MiB").arg(path);
        return false;
    }
    const QByteArray data = file.readAll();
    QList<CsvRecord> records;
    CsvError csvError;
    if (!CsvReader::parse(data, &records, &csvError)) {
        *err = QStringLiteral("%1:%2:%3: %4").arg(path).arg(csvError.line).arg(csvError.column).arg(csvError.message);
        return false;
    }
    if (records.isEmpty()) {
        *err = QCoreApplication::translate("ProjectExchange", "%1: the file is empty (no header row)").arg(path);
        return false;
    }
    const QStringList header = records.first().fields;
    if (kind == ProjectFileKind::Auto)
        kind = sniff(header, family);
    if (kind == ProjectFileKind::Auto) {
        *err = QCoreApplication::translate("ProjectExchange", "%1:1: not a replication file the project reads: header \"%2\"")
                   .arg(path, header.join(QLatin1Char(',')).left(200));
        return false;
    }
    rep->kind = kind;

    QList<Role> roles;
    bool hasType = false, hasFlags = false, hasId = false;
    QSet<int> seenItems;
    for (int c = 0; c < header.size(); ++c) {
        Role r;
        if (!roleOf(kind, header.at(c), &r)) {
            *err = QCoreApplication::translate("ProjectExchange", "%1:1:%2 (%3): unknown column for the %4 format")
                       .arg(path).arg(c + 1).arg(header.at(c).left(100), projectFileKindId(kind));
            return false;
        }
        if (r.kind == Role::Flag) {
            if (seenItems.contains(r.item.index())) {
                *err = QCoreApplication::translate("ProjectExchange", "%1:1:%2 (%3): repeats item %4").arg(path).arg(c + 1).arg(header.at(c), r.item.id());
                return false;
            }
            seenItems.insert(r.item.index());
        }
        hasType |= r.kind == Role::Type;
        hasFlags |= r.kind == Role::Flag;
        hasId |= r.kind == Role::BugId;
        roles << r;
    }
    if (kind != ProjectFileKind::ManualReproduction && (!hasType || !hasFlags)) {
        *err = QCoreApplication::translate("ProjectExchange", "%1:1: the %2 format needs a bug type column and item columns").arg(path, projectFileKindId(kind));
        return false;
    }
    if (isGithub(kind) && !hasId) {
        *err = QCoreApplication::translate("ProjectExchange", "%1:1: the %2 format needs the \"#\" column").arg(path, projectFileKindId(kind));
        return false;
    }

    const QString kindId = projectFileKindId(kind);
    const QString settledBy = QStringLiteral("import:") + QFileInfo(path).fileName();
    ProjectFileFormat format;
    format.header = header;
    if (data.endsWith('\n'))
        format.spellings.insert(QStringLiteral("final-newline"), QStringLiteral("1"));
    if (data.contains("\r\n"))
        format.spellings.insert(QStringLiteral("line-end"), QStringLiteral("crlf"));
    QList<qint64> rowKeys;
    QSet<qint64> seenKeys;

    const bool ok = store.batch(
        [&](QString *batchError) {
            for (qsizetype r = 1; r < records.size(); ++r) {
                const CsvRecord &rec = records.at(r);
                auto fail = [&](int column, const QString &message) {
                    *batchError = QStringLiteral("%1:%2:%3 (%4): %5")
                                      .arg(path)
                                      .arg(rec.line)
                                      .arg(column + 1)
                                      .arg(column < header.size() ? header.at(column) : QString(), message);
                    return false;
                };
                if (rec.fields.size() != roles.size())
                    return fail(int(qMin(rec.fields.size(), roles.size())),
                                QCoreApplication::translate("ProjectExchange", "%1 fields where the header has %2").arg(rec.fields.size()).arg(roles.size()));

                // Find or make the bug.
                QString source = QString::fromLatin1(kindRow(kind).source);
                QString id;
                QString url;
                for (int c = 0; c < roles.size(); ++c) {
                    const QString v = rec.fields.at(c).trimmed();
                    if (roles.at(c).kind == Role::BugId)
                        id = v;
                    else if (roles.at(c).kind == Role::Source && !v.isEmpty())
                        source = v;
                    else if (roles.at(c).kind == Role::Url)
                        url = v;
                }
                if (source.isEmpty())
                    source = sourceFromUrl(url);
                if (id.isEmpty()) {
                    if (isGithub(kind))
                        return fail(0, QCoreApplication::translate("ProjectExchange", "a GitHub row needs its \"#\""));
                    // Rows without an id are numbered in file order; a re-import updates them.
                    id = !url.isEmpty() && kind == ProjectFileKind::ManualReproduction ? url : kindId + QLatin1Char('-') + QString::number(r);
                }
                ProjectBug bug = store.findBug(source, id).value_or(ProjectBug());
                const bool isNew = bug.key == 0;
                bug.source = source;
                bug.id = id;
                Annotation label;
                bool labelTouched = false;
                if (!isNew)
                    if (auto f = store.finalLabel(bug.key))
                        label = *f;
                if (isNew || !store.finalLabel(bug.key)) {
                    label.informationRecorded = false;
                    label.actionsRecorded = false;
                }
                BugReproduction repro;
                bool reproTouched = false;
                if (!isNew)
                    if (auto existing = store.reproduction(bug.key))
                        repro = *existing;
                if (isActions(kind)) {
                    label.actionsRecorded = true;
                    label.actions = ItemSet();
                    labelTouched = true;
                } else if (isInformation(kind)) {
                    label.informationRecorded = true;
                    label.information = ItemSet();
                    labelTouched = true;
                }

                for (int c = 0; c < roles.size(); ++c) {
                    const Role &role = roles.at(c);
                    const QString raw = rec.fields.at(c);
                    const QString v = raw.trimmed();
                    switch (role.kind) {
                    case Role::Type:
                        if (v.isEmpty() && kind == ProjectFileKind::ManualReproduction)
                            break;
                        if (!parseBugType(v, &label.bugType))
                            return fail(c, QCoreApplication::translate("ProjectExchange", "unknown bug type \"%1\"").arg(v.left(100)));
                        format.spellings.insert(QStringLiteral("type:") + bugTypeId(label.bugType), v);
                        labelTouched = true;
                        break;
                    case Role::Flag:
                        if (v == QLatin1String("1")) {
                            (role.item.itemClass() == ItemClass::EditAction ? label.actions : label.information).insert(role.item);
                        } else if (v != QLatin1String("0")) {
                            return fail(c, QCoreApplication::translate("ProjectExchange", "expected 0 or 1: \"%1\"").arg(v.left(100)));
                        }
                        break;
                    case Role::Outcome:
                    case Role::Verdict: {
                        std::optional<bool> b;
                        if (!parseYesNo(v, &b))
                            return fail(c, QCoreApplication::translate("ProjectExchange", "expected Yes or No: \"%1\"").arg(v.left(100)));
                        if (b)
                            format.spellings.insert(*b ? QStringLiteral("yes") : QStringLiteral("no"), v);
                        if (role.kind == Role::Outcome) {
                            label.reproduced = b;
                            labelTouched = true;
                        } else {
                            repro.reproduced = b;
                            reproTouched = true;
                        }
                        break;
                    }
                    case Role::Architecture:
                        if (v == QLatin1String("-")) {
                            format.spellings.insert(QStringLiteral("architecture:none"), v);
                            bug.architecture.clear();
                        } else {
                            bug.architecture = v;
                        }
                        break;
                    case Role::Framework:
                        bug.framework = v;
                        break;
                    case Role::BugExtra:
                        bug.extra.insert(role.key, raw);
                        break;
                    case Role::BugId:
                    case Role::Source:
                        break;
                    case Role::Url:
                        bug.url = v;
                        break;
                    case Role::Title:
                        bug.title = raw;
                        break;
                    case Role::Tags: {
                        QString style;
                        bug.tags = splitTags(v, &style);
                        if (!style.isEmpty())
                            format.spellings.insert(QStringLiteral("tags"), style);
                        break;
                    }
                    case Role::Minutes: {
                        reproTouched = true;
                        if (v.isEmpty()) {
                            repro.minutesSpent.reset();
                            break;
                        }
                        bool okNumber = false;
                        const double m = v.toDouble(&okNumber);
                        if (!okNumber || m < 0 || !qIsFinite(m))
                            return fail(c, QCoreApplication::translate("ProjectExchange", "expected a number of minutes >= 0: \"%1\"").arg(v.left(100)));
                        repro.minutesSpent = m;
                        break;
                    }
                    case Role::Effort:
                        repro.effortLevel = v;
                        reproTouched = true;
                        break;
                    case Role::Modification:
                        if (!parseModification(v, &repro.modification))
                            return fail(c, QCoreApplication::translate("ProjectExchange", "expected Minor or Major: \"%1\"").arg(v.left(100)));
                        if (!v.isEmpty())
                            format.spellings.insert(QStringLiteral("modification:") + modificationId(repro.modification), v);
                        reproTouched = true;
                        break;
                    case Role::KeyActions:
                        repro.keyActions = raw;
                        reproTouched = true;
                        break;
                    case Role::ReproExtra:
                        repro.extra.insert(role.key, raw);
                        reproTouched = true;
                        break;
                    }
                }
                if (!store.putBug(&bug, batchError))
                    return false;
                if (kind == ProjectFileKind::ManualReproduction)
                    reproTouched = true; // a row of this file is a reproduction attempt
                if (reproTouched && !store.putReproduction(bug.key, repro, batchError))
                    return false;
                if (labelTouched && !store.settle(bug.key, label, settledBy, batchError))
                    return false;
                ++rep->rows;
                (isNew ? rep->bugsCreated : rep->bugsUpdated) += 1;
                if (!seenKeys.contains(bug.key)) {
                    seenKeys.insert(bug.key);
                    rowKeys << bug.key;
                }
            }
            return store.putFileFormat(kindId, format, rowKeys, batchError);
        },
        err);
    if (!ok)
        *rep = ProjectImportReport();
    return ok;
}

QByteArray exportProjectCsv(const ProjectStore &store, ProjectFileKind kind)
{
    const QString kindId = projectFileKindId(kind);
    const std::optional<ProjectFileFormat> saved = store.fileFormat(kindId);
    const QStringList header = saved ? saved->header : defaultHeader(kind);
    const QMap<QString, QString> spellings = saved ? saved->spellings : QMap<QString, QString>();
    QList<Role> roles;
    for (const QString &h : header) {
        Role r;
        roleOf(kind, h, &r);
        roles << r;
    }
    const QString source = QString::fromLatin1(kindRow(kind).source);

    // The imported rows in file order, then the project's other bugs that fit, in key order.
    QList<qint64> keys = store.fileRows(kindId);
    QSet<qint64> listed(keys.begin(), keys.end());
    const int total = store.countBugs();
    for (int offset = 0; offset < total; offset += 1000)
        for (const BugSummary &s : store.listBugs(BugFilter(), offset, 1000))
            if (!listed.contains(s.bug.key))
                keys << s.bug.key;

    const QString lineEnd = spellings.value(QStringLiteral("line-end")) == QLatin1String("crlf") ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList lines;
    lines << CsvReader::formatRecord(header);
    auto yesNo = [&](const std::optional<bool> &b) {
        if (!b)
            return QString();
        return *b ? spellings.value(QStringLiteral("yes"), QStringLiteral("Yes")) : spellings.value(QStringLiteral("no"), QStringLiteral("No"));
    };
    for (qint64 key : keys) {
        const std::optional<ProjectBug> bug = store.bug(key);
        if (!bug)
            continue;
        const std::optional<Annotation> label = store.label(key);
        const std::optional<BugReproduction> repro = store.reproduction(key);
        if (kind == ProjectFileKind::ManualReproduction) {
            if (!repro)
                continue;
        } else {
            if (bug->source != source || !label)
                continue;
            if (isActions(kind) ? !label->actionsRecorded : !label->informationRecorded)
                continue;
        }
        QStringList cells;
        for (const Role &role : roles) {
            switch (role.kind) {
            case Role::Type: {
                const BugType t = label ? label->bugType : BugType::Unknown;
                cells << spellings.value(QStringLiteral("type:") + bugTypeId(t), defaultTypeSpelling(kind, t));
                break;
            }
            case Role::Flag: {
                const bool on = label && (role.item.itemClass() == ItemClass::EditAction ? label->actions : label->information).contains(role.item);
                cells << (on ? QStringLiteral("1") : QStringLiteral("0"));
                break;
            }
            case Role::Outcome:
                cells << yesNo(label ? label->reproduced : std::nullopt);
                break;
            case Role::Verdict:
                cells << yesNo(repro ? repro->reproduced : std::nullopt);
                break;
            case Role::Architecture:
                cells << (bug->architecture.isEmpty() ? spellings.value(QStringLiteral("architecture:none"),
                                                                       kind == ProjectFileKind::StackOverflowEditActions ? QStringLiteral("-") : QString())
                                                      : bug->architecture);
                break;
            case Role::Framework:
                cells << bug->framework;
                break;
            case Role::BugExtra:
                cells << bug->extra.value(role.key);
                break;
            case Role::BugId:
                cells << bug->id;
                break;
            case Role::Source:
                cells << bug->source;
                break;
            case Role::Url:
                cells << bug->url;
                break;
            case Role::Title:
                cells << bug->title;
                break;
            case Role::Tags:
                cells << joinTags(bug->tags, spellings.value(QStringLiteral("tags")));
                break;
            case Role::Minutes:
                cells << (repro && repro->minutesSpent ? formatMinutes(*repro->minutesSpent) : QString());
                break;
            case Role::Effort:
                cells << (repro ? repro->effortLevel : QString());
                break;
            case Role::Modification: {
                const QString id = repro ? modificationId(repro->modification) : QString();
                QString spelt = id;
                if (!id.isEmpty())
                    spelt[0] = spelt.at(0).toUpper();
                cells << (id.isEmpty() ? QString() : spellings.value(QStringLiteral("modification:") + id, spelt));
                break;
            }
            case Role::KeyActions:
                cells << (repro ? repro->keyActions : QString());
                break;
            case Role::ReproExtra:
                cells << (repro ? repro->extra.value(role.key) : QString());
                break;
            }
        }
        lines << CsvReader::formatRecord(cells);
    }
    QString text = lines.join(lineEnd);
    if (!saved || spellings.value(QStringLiteral("final-newline")) == QLatin1String("1"))
        text += lineEnd;
    return text.toUtf8();
}

bool exportProjectCsvFiles(const ProjectStore &store, const QString &dir, QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("ProjectExchange", "%1: cannot create the folder").arg(dir);
        return false;
    }
    for (ProjectFileKind kind : allProjectFileKinds()) {
        const QByteArray csv = exportProjectCsv(store, kind);
        // Only the header: nothing of this kind in the project.
        QList<CsvRecord> records;
        CsvError csvError;
        if (CsvReader::parse(csv, &records, &csvError) && records.size() <= 1)
            continue;
        const QString path = QDir(dir).filePath(projectFileName(kind));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
            if (error)
                *error = QCoreApplication::translate("ProjectExchange", "%1: cannot write: %2").arg(path, out.errorString());
            return false;
        }
        if (written)
            *written << path;
    }
    return true;
}

QByteArray exportProjectLetters(const ProjectStore &store, ItemClass itemClass)
{
    QList<Transaction> list;
    for (const Transaction &t : store.transactions())
        if (itemClass == ItemClass::EditAction ? t.actionsRecorded : t.informationRecorded)
            list << t;
    return exportTransactionsLetters(list, itemClass);
}

namespace {

QJsonObject labelJson(const Annotation &a)
{
    QJsonObject o;
    if (!a.annotator.isEmpty())
        o.insert(QStringLiteral("annotator"), a.annotator);
    o.insert(QStringLiteral("bugType"), bugTypeId(a.bugType));
    if (!a.subFault.isEmpty())
        o.insert(QStringLiteral("subFault"), a.subFault);
    auto ids = [](const ItemSet &set) {
        QJsonArray arr;
        for (Item i : set.items())
            arr << i.id().section(QLatin1Char(':'), 1);
        return arr;
    };
    if (a.informationRecorded)
        o.insert(QStringLiteral("information"), ids(a.information));
    if (a.actionsRecorded)
        o.insert(QStringLiteral("actions"), ids(a.actions));
    if (a.minutes)
        o.insert(QStringLiteral("minutes"), *a.minutes);
    if (a.reproduced)
        o.insert(QStringLiteral("reproduced"), *a.reproduced);
    if (!a.notes.isEmpty())
        o.insert(QStringLiteral("notes"), a.notes);
    if (a.savedAt.isValid())
        o.insert(QStringLiteral("savedAt"), a.savedAt.toUTC().toString(Qt::ISODateWithMs));
    if (a.prefilled)
        o.insert(QStringLiteral("prefilled"), true);
    return o;
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QByteArray exportProjectJson(const ProjectStore &store)
{
    QJsonArray bugs;
    const int total = store.countBugs();
    for (int offset = 0; offset < total; offset += 1000) {
        for (const BugSummary &s : store.listBugs(BugFilter(), offset, 1000)) {
            const ProjectBug &b = s.bug;
            QJsonObject o;
            o.insert(QStringLiteral("source"), b.source);
            o.insert(QStringLiteral("id"), b.id);
            if (!b.url.isEmpty())
                o.insert(QStringLiteral("url"), b.url);
            if (!b.title.isEmpty())
                o.insert(QStringLiteral("title"), b.title);
            if (!b.tags.isEmpty())
                o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(b.tags));
            if (!b.framework.isEmpty())
                o.insert(QStringLiteral("framework"), b.framework);
            if (!b.architecture.isEmpty())
                o.insert(QStringLiteral("architecture"), b.architecture);
            if (!b.extra.isEmpty())
                o.insert(QStringLiteral("extra"), mapJson(b.extra));
            if (const auto r = store.reproduction(b.key)) {
                QJsonObject ro;
                if (!r->workspace.isEmpty())
                    ro.insert(QStringLiteral("workspace"), r->workspace);
                if (r->reproduced)
                    ro.insert(QStringLiteral("reproduced"), *r->reproduced);
                if (r->minutesSpent)
                    ro.insert(QStringLiteral("minutesSpent"), *r->minutesSpent);
                if (!r->effortLevel.isEmpty())
                    ro.insert(QStringLiteral("effortLevel"), r->effortLevel);
                if (r->modification != Modification::Unknown)
                    ro.insert(QStringLiteral("modification"), modificationId(r->modification));
                if (!r->keyActions.isEmpty())
                    ro.insert(QStringLiteral("keyActions"), r->keyActions);
                if (!r->extra.isEmpty())
                    ro.insert(QStringLiteral("extra"), mapJson(r->extra));
                o.insert(QStringLiteral("reproduction"), ro);
            }
            QJsonArray annotations;
            for (const Annotation &a : store.annotations(b.key))
                annotations << labelJson(a);
            if (!annotations.isEmpty())
                o.insert(QStringLiteral("annotations"), annotations);
            if (const auto f = store.finalLabel(b.key))
                o.insert(QStringLiteral("finalLabel"), labelJson(*f));
            bugs << o;
        }
    }
    QJsonArray annotators;
    for (const Annotator &a : store.annotators()) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), a.name);
        if (!a.fullName.isEmpty())
            o.insert(QStringLiteral("fullName"), a.fullName);
        annotators << o;
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("dlrepro-project"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("annotators"), annotators);
    root.insert(QStringLiteral("bugs"), bugs);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dlrepro
