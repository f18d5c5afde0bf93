#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

enum class ProfessionCategory
{
    Medical,
    Dental,
    Pharmacy,
    Nursing,
    Rehabilitation,
    Care,
    Welfare,
    Government,
    Company,
    Other
};

QString professionCategoryKey(ProfessionCategory category);
std::optional<ProfessionCategory> professionCategoryFromKey(const QString &key);
QStringList professionCategoryKeys();
QString professionCategoryLabel(ProfessionCategory category);

// 職種 (profession): one entry of the organiser's list, named in Japanese and English.
struct Profession
{
    qint64 id = 0;
    QString nameJa;
    QString nameEn;
    ProfessionCategory category = ProfessionCategory::Other;
    int displayOrder = 0;
    bool hidden = false;

    // The name in the language the application runs in.
    QString displayName() const;
};

} // namespace renkei
