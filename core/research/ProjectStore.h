#pragma once

#include "db/Database.h"
#include "domain/BugType.h"
#include "rules/Item.h"
#include "rules/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace dlrepro {

// A bug of a research project: where it comes from and what kind of code it is about.
struct ProjectBug
{
    qint64 key = 0;   // the project's own number; 0 for a bug not stored yet
    QString source;   // "stackoverflow", "github", or free text
    QString id;       // the source's id ("#12", a post id); (source, id) is unique in a project
    QString url;
    QString title;
    QStringList tags;
    QString framework;    // "TF + Keras", "PyTorch", ...
    QString architecture; // "CNN", "MLP", ...
    // Columns of imported files that the project does not model (root cause, symptom, commit,
    // "Code Snippet Present?", ...): kept so that exporting gives the file back.
    QMap<QString, QString> extra;

    friend bool operator==(const ProjectBug &, const ProjectBug &) = default;
};

// How much the reported code had to change to reproduce the bug.
enum class Modification { Unknown, Minor, Major };
QString modificationId(Modification m); // "", "minor", "major"
bool parseModification(const QString &text, Modification *out); // "minor"/"Minor"/"major"/""

// One reproduction attempt of a bug (at most one per bug): what the workbench or a person did.
// (Not "Reproduction": core/edit/actions/Reproducer.h has a dlrepro::Reproduction already.)
struct BugReproduction
{
    QString workspace;              // the reproduction workspace folder, or empty
    std::optional<bool> reproduced; // the verdict; empty when not decided
    std::optional<double> minutesSpent;
    QString effortLevel; // free text as the source spells it ("Low", "High", ...)
    Modification modification = Modification::Unknown;
    QString keyActions; // what made it reproduce, in words
    QMap<QString, QString> extra;

    friend bool operator==(const BugReproduction &, const BugReproduction &) = default;
};

// One annotator's label of one bug (or, with an empty annotator, the bug's settled final label).
struct Annotation
{
    QString annotator;
    BugType bugType = BugType::Unknown;
    QString subFault;        // canonical sub-fault (canonicalSubFault), or empty
    ItemSet information;     // information items present in the report
    ItemSet actions;         // edit-action items used
    // Whether the annotator decided each class: an imported file may record only one of them
    // (Dataset_CriticalActions.csv has no actions). A form save records both.
    bool informationRecorded = true;
    bool actionsRecorded = true;
    std::optional<double> minutes;  // time taken
    std::optional<bool> reproduced; // outcome
    QString notes;
    QDateTime savedAt;      // set by the store on every save (UTC)
    bool prefilled = false; // values came from a workspace and still wait for the annotator

    // Whether two labels differ in what agreement is measured on: type, sub-fault, items.
    bool sameLabel(const Annotation &other) const;
    Transaction toTransaction() const;

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

struct Annotator
{
    QString name; // unique, what annotations refer to
    QString fullName;
    friend bool operator==(const Annotator &, const Annotator &) = default;
};

// Filters of the bugs table. Empty/unset members do not filter. They run in SQL on indexed
// columns, so that a project of 100 000 bugs filters without loading it.
struct BugFilter
{
    std::optional<BugType> bugType; // the final label's type, else any annotation's type
    QString framework;              // exact, case-insensitive
    std::optional<bool> reproduced; // the final label's outcome, else the reproduction's verdict
    QString annotator;              // bugs this annotator has annotated
    bool disagreementOnly = false;  // two annotations with different labels, not settled yet
    QString text;                   // substring of id, title or tags
};

// One row of the bugs table: the bug and what the table shows about it.
struct BugSummary
{
    ProjectBug bug;
    BugType bugType = BugType::Unknown; // final label's, else the first annotation's
    std::optional<bool> reproduced;
    int annotationCount = 0;
    bool disagreement = false;
    bool settled = false;
};

// Which transactions mining gets.
struct TransactionSelection
{
    // Empty: per bug its final label when settled, else the annotation when only one annotator
    // labelled it or all agree; bugs with an unsettled disagreement are left out.
    // A name: that annotator's labels only.
    QString annotator;
};

// What the import of one kind of replication file saw (see ProjectExchange.h): its header cells
// in order and how it spelt values ("type:training" -> "Training Bug", "yes" -> "Yes").
struct ProjectFileFormat
{
    QStringList header;
    QMap<QString, QString> spellings;
};

// The project database, independent of where it is stored (SQLite file now, a team server later).
// Every write is one transaction: a process killed at any moment leaves each bug, reproduction
// and annotation as it was before or after a whole write. Methods returning bool give false
// with *error set to a message for the user.
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    virtual QString location() const = 0;
    virtual Database &database() = 0;

    // Bugs. putBug inserts or, for an existing (source, id) or key, updates; sets bug->key.
    virtual bool putBug(ProjectBug *bug, QString *error) = 0;
    virtual std::optional<ProjectBug> bug(qint64 key) const = 0;
    virtual std::optional<ProjectBug> findBug(const QString &source, const QString &id) const = 0;
    virtual bool removeBug(qint64 key, QString *error) = 0; // with its reproduction and labels
    virtual int countBugs(const BugFilter &filter = {}) const = 0;
    // Rows in key order (import order); `offset`/`limit` page through them.
    virtual QList<BugSummary> listBugs(const BugFilter &filter, int offset, int limit) const = 0;
    virtual QStringList frameworks() const = 0; // distinct, for the filter's choices

    // Reproductions, one per bug.
    virtual bool putReproduction(qint64 bugKey, const BugReproduction &r, QString *error) = 0;
    virtual std::optional<BugReproduction> reproduction(qint64 bugKey) const = 0;

    // Annotators. putAnnotation adds an unknown annotator by itself.
    virtual bool putAnnotator(const Annotator &a, QString *error) = 0;
    virtual QList<Annotator> annotators() const = 0;

    // Annotations, one per (bug, annotator): put replaces it whole and stamps savedAt.
    virtual bool putAnnotation(qint64 bugKey, const Annotation &a, QString *error) = 0;
    virtual std::optional<Annotation> annotation(qint64 bugKey, const QString &annotator) const = 0;
    virtual bool removeAnnotation(qint64 bugKey, const QString &annotator, QString *error) = 0;
    // All annotations of a bug, unblinded (agreement, export). Ordered by annotator name.
    virtual QList<Annotation> annotations(qint64 bugKey) const = 0;
    // The blind rule: the viewer's own annotation always; the others' only once the viewer has
    // saved theirs (so each side labels before it sees the other).
    virtual QList<Annotation> annotationsVisibleTo(const QString &viewer, qint64 bugKey) const = 0;
    // Bugs labelled by both annotators, in key order: (a's label, b's label) per bug.
    virtual QList<QPair<Annotation, Annotation>> annotationPairs(const QString &a, const QString &b) const = 0;

    // The settled final label (annotator field empty). settle stores it and records who settled.
    virtual bool settle(qint64 bugKey, const Annotation &finalLabel, const QString &settledBy, QString *error) = 0;
    virtual std::optional<Annotation> finalLabel(qint64 bugKey) const = 0;
    virtual bool unsettle(qint64 bugKey, QString *error) = 0;

    // The bug's label for mining and export: the final label, else the saved annotations when
    // they all agree (annotator and notes cleared); none otherwise.
    virtual std::optional<Annotation> label(qint64 bugKey) const = 0;

    // The import's record of a file kind, and its rows' bugs in file order (replaced whole).
    virtual bool putFileFormat(const QString &kind, const ProjectFileFormat &format, const QList<qint64> &rowBugKeys,
                               QString *error) = 0;
    virtual std::optional<ProjectFileFormat> fileFormat(const QString &kind) const = 0;
    virtual QList<qint64> fileRows(const QString &kind) const = 0;

    // The transactions for mining (Apriori, the thesis tables), with the bug's metadata.
    virtual QList<Transaction> transactions(const TransactionSelection &selection = {}) const = 0;

    // Several writes as one transaction (an import): `work` calls the store's own methods, which
    // then join this transaction instead of opening their own.
    virtual bool batch(const std::function<bool(QString *error)> &work, QString *error) = 0;

protected:
    ProjectStore() = default;
};

// The project database's schema (application "dlrepro-project").
const Schema &projectSchema();

// Opens (creating if allowed) the project at `path`, an SQLite file. A newer, foreign or damaged
// file gives nullptr and a message naming it, and is left as it was.
std::unique_ptr<ProjectStore> openProject(const QString &path, QString *error,
                                          OpenMode mode = OpenMode::CreateIfMissing);

} // namespace dlrepro
