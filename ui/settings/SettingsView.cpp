#include "SettingsView.h"

#include "AreasEditor.h"
#include "OrganisationsEditor.h"
#include "ProfessionsEditor.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/text/Language.h"
#include "ui/undo/RosterEdits.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace renkei {

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

SettingsView::SettingsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("settingsView"));
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("settingsUndoStack"));
    m_edits = new RosterEdits(*m_undoStack, [this](const QString &message) { emit errorOccurred(message); });
    // Undo and redo change the lists under the editors' feet.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &SettingsView::reload);

    m_professions = new ProfessionsEditor(*m_edits, this);
    m_organisations = new OrganisationsEditor(*m_edits, this);
    m_areas = new AreasEditor(*m_edits, this);
    for (EntryListEditor *editor :
         {static_cast<EntryListEditor *>(m_professions), static_cast<EntryListEditor *>(m_organisations),
          static_cast<EntryListEditor *>(m_areas)})
        connect(editor, &EntryListEditor::errorOccurred, this, &SectionView::errorOccurred);

    auto *database = new QWidget(this);
    // A path can be longer than the window: a read-only line scrolls instead of widening it.
    m_path = new QLineEdit(database);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setReadOnly(true);
    m_path->setFrame(false);
    m_path->setAccessibleName(tr("Database file"));
    QPalette pathPalette = m_path->palette();
    pathPalette.setColor(QPalette::Base, Qt::transparent);
    m_path->setPalette(pathPalette);
    m_schema = valueLabel(QStringLiteral("schemaVersion"), database);
    m_language = valueLabel(QStringLiteral("languageInUse"), database);
    auto *form = new QFormLayout(database);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("Schema version:"), m_schema);
    form->addRow(tr("Language:"), m_language);
    // The language of printed documents belongs to the network, not to this screen: an English-speaking
    // organiser still hands out Japanese sheets.
    m_documentLanguage = new QComboBox(database);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguage"));
    // Named in the screen's language (日本語, 英語 on a Japanese screen): the organiser reads this one.
    m_documentLanguage->addItem(tr("Japanese"), Language::code(DocumentLanguage::Japanese));
    m_documentLanguage->addItem(tr("English"), Language::code(DocumentLanguage::English));
    m_documentLanguage->setToolTip(tr("The language of sign-in sheets, badges, certificates, agendas, "
                                      "announcements, reports and calendars, for everyone using this file."));
    form->addRow(tr("Printed documents:"), m_documentLanguage);
    connect(m_documentLanguage, &QComboBox::activated, this, &SettingsView::saveDocumentLanguage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_professions, tr("&Professions"));
    m_tabs->addTab(m_organisations, tr("&Organisations"));
    m_tabs->addTab(m_areas, tr("A&reas"));
    m_tabs->addTab(database, tr("Data&base"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
}

SettingsView::~SettingsView()
{
    delete m_edits;
}

void SettingsView::saveDocumentLanguage()
{
    if (!m_db)
        return;
    const std::optional<DocumentLanguage> language =
        Language::fromCode(m_documentLanguage->currentData().toString());
    if (!language)
        return;
    if (Status saved = SettingsRepository(*m_db).setDocumentLanguage(*language); !saved)
        emit errorOccurred(saved.error().toString());
}

void SettingsView::setDatabase(Database *db)
{
    m_db = db;
    m_edits->setDatabase(db);
    // Language names are written in their own language, as language menus do.
    const QLocale locale;
    m_language->setText(Language::nativeName(Language::isJapanese() ? DocumentLanguage::Japanese
                                                                    : DocumentLanguage::English));
    m_language->setToolTip(locale.name());
    m_documentLanguage->setEnabled(db != nullptr);
    if (db) {
        if (Result<DocumentLanguage> language = SettingsRepository(*db).documentLanguage())
            m_documentLanguage->setCurrentIndex(m_documentLanguage->findData(Language::code(*language)));
        else
            emit errorOccurred(language.error().toString());
        m_path->setText(QDir::toNativeSeparators(db->path()));
        m_path->setCursorPosition(0);
        m_schema->setText(tr("%1 (this version of Renkei writes version %2)")
                              .arg(db->schemaVersion())
                              .arg(Database::currentSchemaVersion()));
    } else {
        m_path->clear();
        m_schema->clear();
    }
    // The lists are read when the section is shown: a large roster opens no slower for them.
    if (isVisible() || !db)
        reload();
    else
        m_seenChanges = -2;
}

void SettingsView::reload()
{
    m_professions->reload();
    m_organisations->reload();
    m_areas->reload();
    m_seenChanges = m_db ? m_db->changeCount() : -1;
}

void SettingsView::showEvent(QShowEvent *event)
{
    // Members added or edited elsewhere change the counts shown here.
    if (m_db && m_db->changeCount() != m_seenChanges)
        reload();
    SectionView::showEvent(event);
}

} // namespace renkei
