#include "SettingsView.h"

#include "storage/Database.h"
#include "storage/ProfessionRepository.h"
#include "text/Language.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
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

    auto *database = new QGroupBox(tr("Database"), this);
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

    auto *professions = new QGroupBox(tr("Professions"), this);
    m_professions = new QTableWidget(0, 3, professions);
    m_professions->setObjectName(QStringLiteral("professionTable"));
    m_professions->setHorizontalHeaderLabels({tr("Profession"), tr("Category"), tr("In lists")});
    m_professions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_professions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_professions->setAlternatingRowColors(true);
    m_professions->setWordWrap(false);
    m_professions->verticalHeader()->hide();
    m_professions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_professions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_professions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_professions->setAccessibleName(tr("Professions"));
    auto *professionLayout = new QVBoxLayout(professions);
    professionLayout->addWidget(m_professions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(database);
    layout->addWidget(professions, 1);

    setFocusProxy(m_professions);
}

void SettingsView::setDatabase(Database *db)
{
    // Language names are written in their own language, as language menus do.
    const QLocale locale;
    m_language->setText(Language::isJapanese() ? QStringLiteral("日本語") : QStringLiteral("English"));
    m_language->setToolTip(locale.name());
    m_professions->setRowCount(0);
    if (!db) {
        m_path->clear();
        m_schema->clear();
        return;
    }

    m_path->setText(QDir::toNativeSeparators(db->path()));
    m_path->setCursorPosition(0);
    m_schema->setText(tr("%1 (this version of Renkei writes version %2)")
                          .arg(db->schemaVersion())
                          .arg(Database::currentSchemaVersion()));

    auto all = ProfessionRepository(*db).all();
    if (!all) {
        emit errorOccurred(all.error().toString());
        return;
    }
    m_professions->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const Profession &profession = all->at(row);
        m_professions->setItem(row, 0, new QTableWidgetItem(profession.displayName()));
        m_professions->setItem(row, 1, new QTableWidgetItem(professionCategoryLabel(profession.category)));
        m_professions->setItem(row, 2, new QTableWidgetItem(profession.hidden ? tr("Hidden") : tr("Shown")));
    }
}

} // namespace renkei
