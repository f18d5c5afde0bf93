#pragma once

#include "core/Result.h"
#include "core/io/RosterField.h"
#include "core/io/RosterHeaders.h"
#include "core/io/TextEncoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace renkei {

class Database;

// What to do with a row that is, as far as can be told, a member already in the database or an
// earlier row of the same file.
enum class DuplicateAction
{
    Skip,   // keep the member as they are
    Update, // overwrite the member's fields with the row's (the columns the file has)
    Add,    // add the row as another member
};

QString duplicateActionKey(DuplicateAction action);
std::optional<DuplicateAction> duplicateActionFromKey(const QString &key);
QStringList duplicateActionKeys();
QString duplicateActionLabel(DuplicateAction action);

// The lists whose entries a roster names: 職種, 所属, エリア.
enum class ReferenceKind
{
    Profession,
    Organisation,
    Area,
};

QString referenceKindKey(ReferenceKind kind);
std::optional<ReferenceKind> referenceKindFromKey(const QString &key);
QString referenceKindLabel(ReferenceKind kind);

// The first rows of a roster file, decoded, for the user to look at before importing.
struct RosterPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingCertain = true;
    QChar separator;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;               // the line each row starts on
    QList<Error> problems;          // in those rows (bad bytes, quotes), or of the file as a whole
    RosterHeaders::Mapping mapping; // as recognised from the header
};

// A row that looks like a member who is already there.
struct RosterDuplicate
{
    enum class Reason
    {
        SameNameAndReading,
        SameEmail,
        SameReadingAndPhone,
        SameId,
    };

    int line = 0;
    QString name;        // as the row gives it
    qint64 memberId = 0; // the member it matches
    int earlierLine = 0; // the row that member was added from, when it came from this file
    QString memberName;
    Reason reason = Reason::SameNameAndReading;
    DuplicateAction action = DuplicateAction::Skip; // what the import did, or would do
    bool changes = false;                           // for an update: whether the row changes anything

    QString reasonText() const;
};

// A profession, organisation or area that the file names and the database does not have.
struct UnknownReference
{
    ReferenceKind kind = ReferenceKind::Profession;
    QString name; // as first written in the file
    int rows = 0; // how many rows name it
    int firstLine = 0;
    int column = 0;
    qint64 id = 0; // the entry it was mapped to or created as; 0 when neither
    bool created = false;
};

// What an import found and did. Nothing is written unless ok().
struct RosterImportReport
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingCertain = true;
    QChar separator;
    QStringList header;
    RosterHeaders::Mapping columns;

    int rows = 0; // rows after the header, blank ones not counted
    int imported = 0;
    int updated = 0;
    int skipped = 0; // duplicates skipped, and duplicates to update that the row would not change
    int rowsWithProblems = 0;

    QList<Error> problems; // each with its line and column; the first Options::maxListed of them
    int problemCount = 0;
    QList<RosterDuplicate> duplicates; // the first Options::maxListed of them
    int duplicateCount = 0;
    QList<UnknownReference> unknown;

    QStringList indexesRebuilt; // built once at the end of a large import instead of row by row
    bool written = false;       // committed to the database
    bool cancelled = false;

    bool ok() const { return problemCount == 0 && !cancelled; }
    // Counts a problem, and lists it while fewer than `maxListed` are.
    void addProblem(const Error &error, int maxListed);
};

// A problem at a line and column of a roster (from 1; 0 for none).
Error rosterProblem(QString message, int line, int column);

// Brings a roster (CSV, as Excel writes it) into the members: every row is read, mapped, validated
// and compared with the members already there, and then everything is written in one transaction,
// or nothing when any row has a problem. The file is read as a stream and duplicates are found
// through the database's indexes, so memory does not grow with the file.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::RosterImport)

public:
    // How unknown names of one list are handled.
    struct Choices
    {
        bool createUnknown = false;   // create entries the file names and the list lacks
        QHash<QString, qint64> mapTo; // a name as written (compared folded) → an existing entry
    };

    struct Options
    {
        std::optional<TextEncoding> encoding; // empty: detected
        std::optional<QChar> separator;       // empty: detected
        // The field of each column; empty: recognised from the header, with `headerOverrides`
        // (header → field key, or "" to leave the column out) winning over recognition.
        RosterHeaders::Mapping columns;
        QHash<QString, QString> headerOverrides;
        DuplicateAction onDuplicate = DuplicateAction::Skip;
        QHash<int, DuplicateAction> decisions; // by line, overriding onDuplicate for those rows
        Choices professions;
        Choices organisations;
        Choices areas;
        bool dryRun = false; // do everything, then roll back
        // Called every few hundred rows with the bytes read so far; returning false cancels.
        std::function<bool(qint64)> progress;
        int maxListed = 1000; // problems and duplicates listed one by one; the rest are counted
    };

    explicit RosterImport(Database &db) : m_db(db) {}

    // The header and first `rowCount` rows of a file, decoded.
    static Result<RosterPreview> preview(const QString &path, std::optional<TextEncoding> encoding = {},
                                         std::optional<QChar> separator = {}, int rowCount = 20);
    static RosterPreview preview(QIODevice &device, std::optional<TextEncoding> encoding = {},
                                 std::optional<QChar> separator = {}, int rowCount = 20);

    RosterImportReport run(const QString &path, const Options &options);
    RosterImportReport run(QIODevice &device, const Options &options);

private:
    Database &m_db;
};

} // namespace renkei
