#pragma once

#include "core/io/BatchQueue.h"
#include "core/io/CsvReader.h"
#include "core/io/RosterImport.h"
#include "core/storage/MemberColumns.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace renkei {

// A row of a roster as the reader leaves it: its cells read into a member and checked as far as that
// needs no database. The names of its profession, organisation and area are resolved afterwards
// (RosterReferences), in file order, on the thread that writes.
struct RosterRow
{
    int line = 0;
    bool blank = false;
    QList<Error> problems;      // of its cells, in column order
    QList<Error> fieldProblems; // MemberRepository::validateFields, listed after the references'
    Member member;
    qint64 idInFile = 0;
    QString area, profession, organisation;          // the cells
    QString areaKey, professionKey, organisationKey; // folded (KanaText::searchKey)
    QString reading, email;                          // what duplicates are found by (RosterDuplicateFinder)
    MemberColumns::Keys stored;                      // the search key without the organisation's part yet
};

// Reads a roster file: its header (which column holds which field, and whether the columns make
// sense), then its rows, decoded, parsed and validated on a thread of its own while the caller
// resolves and writes the ones before — the two halves of an import take about as long as each
// other. Rows travel in batches through a queue of a few batches at most, so memory does not grow
// with the file.
class RosterReader
{
public:
    struct Batch
    {
        std::vector<RosterRow> rows;
        qint64 bytesRead = 0;
    };

    RosterReader(QIODevice &device, const RosterImport::Options &options);
    ~RosterReader();
    RosterReader(const RosterReader &) = delete;
    RosterReader &operator=(const RosterReader &) = delete;

    // Reads the header into the report (encoding, separator, header, columns) with its problems;
    // false when there is none or its columns cannot be imported.
    bool readHeader(RosterImportReport &report);

    // Starts reading the rows after the header on the reading thread.
    void start();
    // The next batch in file order; false when there are no more. The batch it replaces is handed
    // back to the reading thread, which frees its rows: that thread has time to spare.
    bool next(Batch &batch);
    // Ends the reading thread, at the end of the file or early.
    void stop();
    // Why reading stopped early (a file that cannot be read or decoded); ok at the end of the file.
    Status status() const { return m_csv.status(); }

    // A record read into a row: no database and no state that changes, so safe on the reading thread.
    RosterRow parse(const CsvRecord &record) const;

    // The column of a field, from 0; -1 when the file has none.
    int columnOf(RosterField field) const { return m_columnOf.value(int(field), -1); }
    bool has(RosterField field) const { return columnOf(field) >= 0; }

    // 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日, 20240401, 令和6年4月1日, R6.4.1, H31/4/30,
    // optionally followed by a time (Excel's "2024/4/1 0:00"). An empty text gives a null date;
    // nothing when the text is not a date.
    static std::optional<QDate> parseDate(const QString &text);
    // How a roster is read as CSV: the encoding and separator given, or detected when empty.
    static CsvReader::Options csvOptions(std::optional<TextEncoding> encoding,
                                         std::optional<QChar> separator);

private:
    void read();
    QString cell(const CsvRecord &record, RosterField field, bool trim = true) const;
    int fieldColumn(const QString &field) const;

    static constexpr size_t batchRows = 256;

    CsvReader m_csv;
    const RosterImport::Options &m_options;
    QHash<int, int> m_columnOf; // field → column index; read by both threads, written before they start
    qsizetype m_headerColumns = 0;
    BatchQueue<Batch> m_queue{8};
    std::mutex m_spentMutex;
    std::vector<Batch> m_spent; // batches the writing thread is done with, for this one to free
    std::thread m_thread;
};

} // namespace renkei
