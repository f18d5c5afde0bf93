#include "YesNo.h"

#include "core/text/KanaText.h"

namespace renkei {

namespace {

// Folded as KanaText::searchKey folds (width, case, katakana as hiragana, no spaces).
const char16_t *const yesWords[] = {
    u"はい",   u"yes",      u"y",      u"true", u"t",    u"1",  u"on", u"ok",   u"○",  u"〇",   u"◯",
    u"●",      u"◎",        u"有",     u"有り", u"あり", u"可", u"済", u"済み", u"要", u"希望", u"同意",
    u"同意済", u"同意済み", u"掲載可", u"会員", u"する", u"れ", u"✓",  u"✔",    u"☑",  u"まる"};
const char16_t *const noWords[] = {u"いいえ", u"no", u"n",    u"false",  u"f",    u"0",        u"off",
                                   u"×",      u"✕",  u"✖",    u"☓",      u"無",   u"無し",     u"なし",
                                   u"不可",   u"否", u"不要", u"不同意", u"拒否", u"掲載不可", u"非会員",
                                   u"しない", u"未", u"-",    u"ー",     u"―",    u"‐",        u"ばつ"};

} // namespace

std::optional<bool> YesNo::parse(const QString &text)
{
    const QString key = KanaText::searchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const char16_t *word : yesWords)
        if (key == QStringView(word))
            return true;
    for (const char16_t *word : noWords)
        if (key == QStringView(word))
            return false;
    return std::nullopt;
}

QString YesNo::text(bool value)
{
    return value ? tr("yes") : tr("no");
}

} // namespace renkei
