#pragma once

#include "core/io/RosterImport.h"

#include <QHash>
#include <QWizard>

#include <optional>

namespace renkei {

class Database;

// Brings a roster file (CSV from Excel) into the members, step by step: the file and its encoding
// with the first rows decoded; which column holds what; every problem by line and column; the
// duplicates, each to skip, update or add; the unknown professions, organisations and areas, each
// to create or map; then one transaction that writes everything, or nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        CheckPage,
        DuplicatesPage,
        UnknownPage,
        ConfirmPage,
        ResultPage,
    };

    explicit ImportWizard(Database &db, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    // Empty: detected.
    void setEncoding(std::optional<TextEncoding> encoding);

    // The last check (a dry run) and the import itself, once it has run.
    const RosterImportReport &checkReport() const { return m_check; }
    const RosterImportReport &importReport() const { return m_result; }
    bool imported() const { return m_result.written; }

    // The options as the user has chosen them so far.
    RosterImport::Options options(bool dryRun) const;

signals:
    // The import has written to the database.
    void membersImported();

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportCheckPage;
    friend class ImportDuplicatesPage;
    friend class ImportUnknownPage;
    friend class ImportConfirmPage;

    // Reads the file's first rows again with the current encoding; why not when it cannot be read.
    Status readPreview();
    RosterImportReport run(bool dryRun);
    static QString unknownKey(ReferenceKind kind, const QString &name);

    Database &m_db;
    QString m_path;
    std::optional<TextEncoding> m_encoding;
    RosterPreview m_preview;
    RosterHeaders::Mapping m_mapping;
    RosterImportReport m_check;
    RosterImportReport m_result;
    DuplicateAction m_defaultAction = DuplicateAction::Skip;
    QHash<int, DuplicateAction> m_decisions;
    QHash<QString, qint64> m_unknownChoices; // kind and folded name → existing id; 0: create
};

} // namespace renkei
