#include "DemoNetwork.h"

#include "core/model/AgendaItem.h"
#include "core/model/Attendance.h"
#include "core/model/Meeting.h"
#include "core/model/Member.h"
#include "core/model/Organisation.h"
#include "core/schedule/JapaneseHolidays.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <iterator>
#include <random>

namespace renkei {

namespace {

QString text(const char16_t *value)
{
    return value ? QString::fromUtf16(value) : QString();
}

// Random choices from raw mt19937 outputs: the std distributions differ between standard libraries,
// and the demo must come out the same everywhere.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}

    int below(qsizetype n) { return n <= 0 ? 0 : int(m_engine() % quint32(n)); }
    // low..high, both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }
    bool perMille(int chance) { return below(1000) < chance; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(i + 1));
    }

private:
    std::mt19937 m_engine;
};

// Japan has kept one offset all year since 1951, so no time-zone database is needed.
QDateTime tokyo(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone(9 * 3600));
}

QString katakana(const QString &hiragana)
{
    QString out = hiragana;
    for (QChar &c : out)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    return out;
}

// ---- The map: one ward of the network with its 8 zones (圏域), and three neighbouring wards.

constexpr char16_t homeWard[] = u"みなと坂区";

struct WardSeed
{
    const char16_t *name;
    bool inArea;
    const char16_t *town; // for addresses in a ward without zones
};

constexpr WardSeed wardSeeds[] = {
    {homeWard, true, u"坂上"},
    {u"かもめ区", false, u"浜風"},
    {u"北山区", false, u"北山台"},
    {u"西野区", false, u"西野"},
};

struct ZoneSeed
{
    const char16_t *ward;
    const char16_t *name;
    const char16_t *town;
};

constexpr ZoneSeed zoneSeeds[] = {
    {homeWard, u"汐見圏域", u"汐見"},    {homeWard, u"青葉台圏域", u"青葉台"},
    {homeWard, u"桜川圏域", u"桜川"},    {homeWard, u"港南圏域", u"港南"},
    {homeWard, u"坂上圏域", u"坂上"},    {homeWard, u"柳町圏域", u"柳町"},
    {homeWard, u"東雲圏域", u"東雲"},    {homeWard, u"緑ヶ丘圏域", u"緑ヶ丘"},
    {u"かもめ区", u"浜風圏域", u"浜風"}, {u"かもめ区", u"松原圏域", u"松原"},
};

// ---- Organisations (所属). `area` is a zone, or a ward for those that serve a whole ward.

struct OrganisationSeed
{
    const char *key; // also the e-mail domain
    OrganisationKind kind;
    const char16_t *name;
    const char16_t *area;
};

using OK = OrganisationKind;
constexpr OrganisationSeed organisationSeeds[] = {
    {"minatozaka-naika", OK::Clinic, u"みなと坂内科クリニック", u"坂上圏域"},
    {"shiomi-fc", OK::Clinic, u"汐見ファミリークリニック", u"汐見圏域"},
    {"aobadai-zaitaku", OK::Clinic, u"青葉台在宅クリニック", u"青葉台圏域"},
    {"sakuragawa-seikei", OK::Clinic, u"桜川整形外科クリニック", u"桜川圏域"},
    {"konan-clinic", OK::Clinic, u"こうなん内科・こどもクリニック", u"港南圏域"},
    {"yanagimachi-heart", OK::Clinic, u"柳町ハートクリニック", u"柳町圏域"},
    {"shinonome-zaitaku", OK::Clinic, u"しののめ在宅診療所", u"東雲圏域"},
    {"midorigaoka-mental", OK::Clinic, u"緑ヶ丘こころのクリニック", u"緑ヶ丘圏域"},
    {"minatozaka-chuo", OK::Hospital, u"みなと坂中央病院", u"港南圏域"},
    {"shinonome-reha", OK::Hospital, u"東雲リハビリテーション病院", u"東雲圏域"},
    {"kamome-general", OK::Hospital, u"かもめ総合病院", u"浜風圏域"},
    {"shiomi-dental", OK::DentalClinic, u"汐見歯科医院", u"汐見圏域"},
    {"aobadai-dental", OK::DentalClinic, u"青葉台デンタルクリニック", u"青葉台圏域"},
    {"yanagimachi-dental", OK::DentalClinic, u"やなぎまち歯科", u"柳町圏域"},
    {"midori-houmon-shika", OK::DentalClinic, u"みどり訪問歯科クリニック", u"緑ヶ丘圏域"},
    {"sakuragawa-ph", OK::Pharmacy, u"さくら川薬局", u"桜川圏域"},
    {"minatozaka-ph", OK::Pharmacy, u"みなと坂調剤薬局", u"坂上圏域"},
    {"aoba-ph", OK::Pharmacy, u"あおば薬局 青葉台店", u"青葉台圏域"},
    {"himawari-ph", OK::Pharmacy, u"ひまわり薬局 港南店", u"港南圏域"},
    {"shinonome-ph", OK::Pharmacy, u"東雲在宅支援薬局", u"東雲圏域"},
    {"vn-minatozaka", OK::VisitingNurseStation, u"訪問看護ステーションみなと坂", u"坂上圏域"},
    {"vn-shiomi", OK::VisitingNurseStation, u"訪問看護ステーションしおみ", u"汐見圏域"},
    {"vn-aoba", OK::VisitingNurseStation, u"あおば訪問看護ステーション", u"青葉台圏域"},
    {"vn-shinonome", OK::VisitingNurseStation, u"東雲訪問看護リハビリステーション", u"東雲圏域"},
    {"vn-kamome", OK::VisitingNurseStation, u"訪問看護ステーションかもめ", u"松原圏域"},
    {"cp-minatozaka", OK::CareManagementOffice, u"みなと坂ケアプランセンター", u"坂上圏域"},
    {"cp-shiokaze", OK::CareManagementOffice, u"居宅介護支援事業所しおかぜ", u"汐見圏域"},
    {"cp-aobadai", OK::CareManagementOffice, u"青葉台居宅介護支援センター", u"青葉台圏域"},
    {"cp-sakuragawa", OK::CareManagementOffice, u"桜川ケアマネジメント", u"桜川圏域"},
    {"cp-midori", OK::CareManagementOffice, u"ケアプランみどり", u"緑ヶ丘圏域"},
    {"cp-kitayama", OK::CareManagementOffice, u"北山ケアプランサービス", u"北山区"},
    {"hk-shiomi", OK::SupportCentre, u"汐見地域包括支援センター", u"汐見圏域"},
    {"hk-aobadai", OK::SupportCentre, u"青葉台地域包括支援センター", u"青葉台圏域"},
    {"hk-sakuragawa", OK::SupportCentre, u"桜川地域包括支援センター", u"桜川圏域"},
    {"hk-konan", OK::SupportCentre, u"港南地域包括支援センター", u"港南圏域"},
    {"hk-sakaue", OK::SupportCentre, u"坂上地域包括支援センター", u"坂上圏域"},
    {"hk-yanagimachi", OK::SupportCentre, u"柳町地域包括支援センター", u"柳町圏域"},
    {"hk-shinonome", OK::SupportCentre, u"東雲地域包括支援センター", u"東雲圏域"},
    {"hk-midorigaoka", OK::SupportCentre, u"緑ヶ丘地域包括支援センター", u"緑ヶ丘圏域"},
    {"city-minatozaka", OK::WardOffice, u"みなと坂区役所 高齢者福祉課", homeWard},
    {"minato-fukushiyogu", OK::Company, u"株式会社みなと福祉用具", u"港南圏域"},
    {"helper-sakamichi", OK::Company, u"ヘルパーステーションさかみち", u"柳町圏域"},
    {"carelink", OK::Company, u"株式会社ケアリンク", u"西野区"},
    {"shiomi-no-sato", OK::Other, u"特別養護老人ホーム 汐見の里", u"汐見圏域"},
    {"minatozaka-college", OK::Other, u"みなと坂医療福祉専門学校", u"桜川圏域"},
};

// ---- Members: how many of each profession, and where they work (keys of organisationSeeds).

struct ProfessionSeed
{
    const char16_t *name;
    int members;
    const char *workplaces; // space-separated; empty: no organisation
};

constexpr ProfessionSeed professionSeeds[] = {
    {u"医師", 20,
     "minatozaka-naika shiomi-fc aobadai-zaitaku sakuragawa-seikei konan-clinic yanagimachi-heart "
     "shinonome-zaitaku midorigaoka-mental minatozaka-chuo minatozaka-chuo shinonome-reha kamome-general"},
    {u"歯科医師", 8, "shiomi-dental aobadai-dental yanagimachi-dental midori-houmon-shika"},
    {u"薬剤師", 14, "sakuragawa-ph minatozaka-ph aoba-ph himawari-ph shinonome-ph minatozaka-chuo"},
    {u"看護師", 10, "minatozaka-chuo shinonome-reha kamome-general aobadai-zaitaku shinonome-zaitaku"},
    {u"訪問看護師", 14, "vn-minatozaka vn-shiomi vn-aoba vn-shinonome vn-kamome"},
    {u"保健師", 4, "city-minatozaka hk-konan hk-midorigaoka"},
    {u"理学療法士", 8, "shinonome-reha minatozaka-chuo vn-shinonome kamome-general"},
    {u"作業療法士", 5, "shinonome-reha vn-shinonome"},
    {u"言語聴覚士", 3, "shinonome-reha minatozaka-chuo"},
    {u"管理栄養士", 4, "minatozaka-chuo shinonome-reha shiomi-no-sato"},
    {u"歯科衛生士", 4, "shiomi-dental aobadai-dental yanagimachi-dental midori-houmon-shika"},
    {u"介護支援専門員", 22,
     "cp-minatozaka cp-shiokaze cp-aobadai cp-sakuragawa cp-midori cp-kitayama hk-sakaue"},
    {u"医療ソーシャルワーカー", 5, "minatozaka-chuo shinonome-reha kamome-general"},
    {u"社会福祉士", 6, "hk-shiomi hk-aobadai hk-sakuragawa hk-konan hk-yanagimachi hk-shinonome"},
    {u"介護福祉士", 4, "shiomi-no-sato helper-sakamichi"},
    {u"訪問介護員", 3, "helper-sakamichi"},
    {u"福祉用具専門相談員", 3, "minato-fukushiyogu"},
    {u"地域包括支援センター職員", 4, "hk-sakaue hk-midorigaoka hk-shinonome hk-konan"},
    {u"行政職員", 3, "city-minatozaka"},
    {u"企業", 2, "carelink minato-fukushiyogu"},
    {u"学生", 2, "minatozaka-college"},
    {u"その他", 2, ""},
};

struct NameSeed
{
    const char16_t *kanji;
    const char16_t *kana;
    const char *romaji;
};

// Family names covering the 五十音 rows, common ones and a few rare ones.
// clang-format off
constexpr NameSeed familyNames[] = {
    {u"青木", u"あおき", "aoki"}, {u"秋山", u"あきやま", "akiyama"}, {u"安藤", u"あんどう", "ando"},
    {u"浅野", u"あさの", "asano"}, {u"石井", u"いしい", "ishii"}, {u"井上", u"いのうえ", "inoue"},
    {u"五十嵐", u"いがらし", "igarashi"}, {u"岩崎", u"いわさき", "iwasaki"}, {u"上田", u"うえだ", "ueda"},
    {u"内田", u"うちだ", "uchida"}, {u"梅原", u"うめはら", "umehara"}, {u"遠藤", u"えんどう", "endo"},
    {u"江口", u"えぐち", "eguchi"}, {u"大野", u"おおの", "ono"}, {u"岡本", u"おかもと", "okamoto"},
    {u"小川", u"おがわ", "ogawa"}, {u"太田", u"おおた", "ota"}, {u"加藤", u"かとう", "kato"},
    {u"川口", u"かわぐち", "kawaguchi"}, {u"金子", u"かねこ", "kaneko"}, {u"菊地", u"きくち", "kikuchi"},
    {u"木村", u"きむら", "kimura"}, {u"北村", u"きたむら", "kitamura"}, {u"工藤", u"くどう", "kudo"},
    {u"久保", u"くぼ", "kubo"}, {u"栗原", u"くりはら", "kurihara"}, {u"見城", u"けんじょう", "kenjo"},
    {u"小林", u"こばやし", "kobayashi"}, {u"近藤", u"こんどう", "kondo"}, {u"後藤", u"ごとう", "goto"},
    {u"斎藤", u"さいとう", "saito"}, {u"佐々木", u"ささき", "sasaki"}, {u"佐藤", u"さとう", "sato"},
    {u"坂本", u"さかもと", "sakamoto"}, {u"清水", u"しみず", "shimizu"}, {u"島田", u"しまだ", "shimada"},
    {u"柴田", u"しばた", "shibata"}, {u"杉山", u"すぎやま", "sugiyama"}, {u"鈴木", u"すずき", "suzuki"},
    {u"須藤", u"すどう", "sudo"}, {u"関", u"せき", "seki"}, {u"瀬戸", u"せと", "seto"},
    {u"園田", u"そのだ", "sonoda"}, {u"相馬", u"そうま", "soma"}, {u"高橋", u"たかはし", "takahashi"},
    {u"田中", u"たなか", "tanaka"}, {u"竹内", u"たけうち", "takeuchi"}, {u"千葉", u"ちば", "chiba"},
    {u"辻", u"つじ", "tsuji"}, {u"土屋", u"つちや", "tsuchiya"}, {u"寺田", u"てらだ", "terada"},
    {u"徳永", u"とくなが", "tokunaga"}, {u"富田", u"とみた", "tomita"}, {u"中村", u"なかむら", "nakamura"},
    {u"中川", u"なかがわ", "nakagawa"}, {u"長尾", u"ながお", "nagao"}, {u"西田", u"にしだ", "nishida"},
    {u"新山", u"にいやま", "niiyama"}, {u"沼田", u"ぬまた", "numata"}, {u"根岸", u"ねぎし", "negishi"},
    {u"野口", u"のぐち", "noguchi"}, {u"野村", u"のむら", "nomura"}, {u"橋本", u"はしもと", "hashimoto"},
    {u"長谷川", u"はせがわ", "hasegawa"}, {u"浜田", u"はまだ", "hamada"}, {u"樋口", u"ひぐち", "higuchi"},
    {u"平野", u"ひらの", "hirano"}, {u"福田", u"ふくだ", "fukuda"}, {u"藤井", u"ふじい", "fujii"},
    {u"逸見", u"へんみ", "hemmi"}, {u"星野", u"ほしの", "hoshino"}, {u"本田", u"ほんだ", "honda"},
    {u"松本", u"まつもと", "matsumoto"}, {u"丸山", u"まるやま", "maruyama"}, {u"前田", u"まえだ", "maeda"},
    {u"三浦", u"みうら", "miura"}, {u"宮本", u"みやもと", "miyamoto"}, {u"村上", u"むらかみ", "murakami"},
    {u"武藤", u"むとう", "muto"}, {u"目黒", u"めぐろ", "meguro"}, {u"森", u"もり", "mori"},
    {u"望月", u"もちづき", "mochizuki"}, {u"山田", u"やまだ", "yamada"}, {u"山本", u"やまもと", "yamamoto"},
    {u"矢野", u"やの", "yano"}, {u"湯川", u"ゆかわ", "yukawa"}, {u"結城", u"ゆうき", "yuki"},
    {u"横山", u"よこやま", "yokoyama"}, {u"吉田", u"よしだ", "yoshida"}, {u"渡辺", u"わたなべ", "watanabe"},
    {u"和田", u"わだ", "wada"},
};
// clang-format on

// clang-format off
constexpr NameSeed givenNames[] = {
    {u"健一", u"けんいち", "kenichi"}, {u"誠", u"まこと", "makoto"}, {u"大輔", u"だいすけ", "daisuke"},
    {u"翔太", u"しょうた", "shota"}, {u"隆", u"たかし", "takashi"}, {u"修", u"おさむ", "osamu"},
    {u"直樹", u"なおき", "naoki"}, {u"拓也", u"たくや", "takuya"}, {u"亮", u"りょう", "ryo"},
    {u"和也", u"かずや", "kazuya"}, {u"悠斗", u"ゆうと", "yuto"}, {u"康弘", u"やすひろ", "yasuhiro"},
    {u"正樹", u"まさき", "masaki"}, {u"慎也", u"しんや", "shinya"}, {u"啓介", u"けいすけ", "keisuke"},
    {u"信之", u"のぶゆき", "nobuyuki"}, {u"勇気", u"ゆうき", "yuki"}, {u"蓮", u"れん", "ren"},
    {u"博", u"ひろし", "hiroshi"}, {u"哲也", u"てつや", "tetsuya"}, {u"智之", u"ともゆき", "tomoyuki"},
    {u"剛", u"つよし", "tsuyoshi"}, {u"陽介", u"ようすけ", "yosuke"}, {u"智子", u"ともこ", "tomoko"},
    {u"裕子", u"ゆうこ", "yuko"}, {u"恵子", u"けいこ", "keiko"}, {u"由美", u"ゆみ", "yumi"},
    {u"真理子", u"まりこ", "mariko"}, {u"愛", u"あい", "ai"}, {u"陽子", u"ようこ", "yoko"},
    {u"千尋", u"ちひろ", "chihiro"}, {u"香織", u"かおり", "kaori"}, {u"奈々", u"なな", "nana"},
    {u"美咲", u"みさき", "misaki"}, {u"涼子", u"りょうこ", "ryoko"}, {u"理恵", u"りえ", "rie"},
    {u"麻衣", u"まい", "mai"}, {u"久美子", u"くみこ", "kumiko"}, {u"綾乃", u"あやの", "ayano"},
    {u"瑞穂", u"みずほ", "mizuho"}, {u"朋美", u"ともみ", "tomomi"}, {u"紀子", u"のりこ", "noriko"},
    {u"遥", u"はるか", "haruka"}, {u"結衣", u"ゆい", "yui"}, {u"ひかり", u"ひかり", "hikari"},
    {u"明美", u"あけみ", "akemi"}, {u"幸子", u"さちこ", "sachiko"}, {u"直美", u"なおみ", "naomi"},
    {u"早紀", u"さき", "saki"}, {u"恵美", u"えみ", "emi"}, {u"順子", u"じゅんこ", "junko"},
    {u"友里", u"ゆり", "yuri"}, {u"絵里", u"えり", "eri"}, {u"あおい", u"あおい", "aoi"},
};
// clang-format on

// The people the story needs by name: the network's officers and a few whose names test the edges
// (髙 and 﨑, long names, names written in katakana, rare initials).
enum class Office
{
    None,
    Chair,
    ViceChair,
    Secretariat
};

struct NamedMemberSeed
{
    const char16_t *family;
    const char16_t *given;
    const char16_t *familyKana;
    const char16_t *givenKana;
    const char *romaji; // "family given"
    const char16_t *profession;
    const char *workplace;
    int joinedYear, joinedMonth, joinedDay;
    Office office;
    const char16_t *notes;
};

constexpr NamedMemberSeed namedMembers[] = {
    {u"髙田", u"健一", u"たかだ", u"けんいち", "takada kenichi", u"医師", "minatozaka-naika", 2019, 4, 9,
     Office::Chair, u"会長。医師会在宅医療担当理事。"},
    {u"宮﨑", u"美穂", u"みやざき", u"みほ", "miyazaki miho", u"介護支援専門員", "cp-minatozaka", 2019, 4, 9,
     Office::ViceChair, u"副会長(ケアマネジャー部会)"},
    {u"小比類巻", u"亜希子", u"こひるいまき", u"あきこ", "kohiruimaki akiko", u"訪問看護師", "vn-minatozaka",
     2019, 4, 9, Office::ViceChair, u"副会長(訪問看護部会)"},
    {u"根本", u"浩二", u"ねもと", u"こうじ", "nemoto koji", u"行政職員", "city-minatozaka", 2021, 4, 13,
     Office::Secretariat, u"事務局(区役所)"},
    {u"山口", u"さくら", u"やまぐち", u"さくら", "yamaguchi sakura", u"地域包括支援センター職員", "hk-sakaue",
     2019, 4, 9, Office::Secretariat, u"事務局(坂上地域包括支援センター)"},
    {u"勅使河原", u"龍之介", u"てしがわら", u"りゅうのすけ", "teshigawara ryunosuke", u"理学療法士",
     "shinonome-reha", 2020, 10, 13, Office::None, nullptr},
    {u"グエン", u"ティ・ラン", u"グエン", u"ティ・ラン", "nguyen thilan", u"介護福祉士", "shiomi-no-sato",
     2023, 6, 13, Office::None, u"EPA介護福祉士。ベトナム語の通訳も可。"},
    {u"スミス", u"エミリー", u"スミス", u"エミリー", "smith emily", u"学生", "minatozaka-college", 2026, 4,
     14, Office::None, u"留学生"},
    {u"李", u"美玲", u"リ", u"メイリン", "li meiling", u"薬剤師", "shinonome-ph", 2022, 2, 8, Office::None,
     nullptr},
    {u"冷泉", u"彩", u"れいぜい", u"あや", "reizei aya", u"医師", "midorigaoka-mental", 2021, 6, 8,
     Office::None, nullptr},
    {u"六角", u"俊介", u"ろっかく", u"しゅんすけ", "rokkaku shunsuke", u"歯科医師", "midori-houmon-shika",
     2019, 4, 9, Office::None, nullptr},
    {u"良知", u"拓也", u"らち", u"たくや", "rachi takuya", u"薬剤師", "minatozaka-ph", 2024, 6, 11,
     Office::None, nullptr},
};

// ---- Meetings: every second month on the 2nd Tuesday, 19:00–20:30, fiscal years 2024 to 2026.

struct ItemSeed
{
    AgendaKind kind;
    const char16_t *title;
    int minutes;
    // A profession (a member of it presents), "@ward" (the ward office's officer), "@secretariat",
    // "=" (the previous item's presenter), or empty with `presenterText` for an outside speaker.
    const char16_t *presenter;
    const char16_t *presenterText;
};

enum class Venue
{
    Default,
    HospitalHall,
    WardOffice
};

struct ThemeSeed
{
    const char16_t *theme;
    ItemSeed items[3]; // the programme between the information sharing and the announcements
    Venue venue;
    int fee;       // yen; -1: the series' default
    int socialFee; // 0: no 懇親会 (social gathering)
    const char16_t *summary;
};

using AK = AgendaKind;
constexpr ThemeSeed themeSeeds[] = {
    {u"顔の見える関係づくり ― 今年度の活動計画",
     {{AK::InformationSharing, u"今年度の活動計画と役員紹介", 15, u"@chair", nullptr},
      {AK::Discussion, u"グループワーク:自己紹介と「困りごと」の共有", 50, nullptr, nullptr},
      {}},
     Venue::Default,
     -1,
     4000,
     u"役員紹介と今年度の活動計画を確認。グループワークでは事業所間の連絡の取りづらさが話題になった。"},
    {u"在宅での看取りを支える",
     {{AK::Lecture, u"在宅看取りの実際 ― 診療所の立場から", 35, u"医師", nullptr},
      {AK::CaseReview, u"自宅で最期を迎えた方の事例の振り返り", 20, u"訪問看護師", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"在宅看取りの流れと夜間の連絡体制について。訪問看護からの事例報告に質問が多かった。"},
    {u"口腔ケアと誤嚥性肺炎の予防",
     {{AK::Lecture, u"口から食べるを支える口腔ケア", 25, u"歯科医師", nullptr},
      {AK::HandsOn, u"スポンジブラシと舌ブラシを使ってみよう", 30, u"歯科衛生士", nullptr},
      {AK::Discussion, u"質疑応答", 10, nullptr, nullptr}},
     Venue::HospitalHall,
     1000,
     0,
     u"口腔ケアの実技。参加者同士でスポンジブラシを試した。歯科への相談窓口の案内あり。"},
    {u"ポリファーマシーと服薬支援",
     {{AK::Lecture, u"高齢者のポリファーマシー", 30, u"薬剤師", nullptr},
      {AK::CaseReview, u"服薬管理が難しい一人暮らしの方の事例", 25, u"介護支援専門員", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"残薬と多剤服用の実例。お薬手帳の一冊化を多職種で呼びかけることになった。"},
    {u"ACP(人生会議)を地域で進める",
     {{AK::Lecture, u"ACPの基本と地域での取り組み", 30, nullptr, u"かもめ大学 看護学部 教授 山岸 みどり 氏"},
      {AK::CaseReview, u"本人の思いをつなぐ ― 入退院を繰り返す方の事例", 25, u"介護支援専門員", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     5000,
     u"ACPの講演と事例検討。本人の意思を記録して共有する方法を次回以降も検討する。"},
    {u"災害時の要配慮者支援",
     {{AK::InformationSharing, u"避難行動要支援者名簿と個別避難計画", 25, u"@ward", nullptr},
      {AK::Discussion, u"災害時の連絡体制をグループで考える", 40, nullptr, nullptr},
      {}},
     Venue::WardOffice,
     0,
     0,
     u"区の個別避難計画の説明。災害時の安否確認の連絡網を圏域ごとに作ることを確認。"},
    {u"認知症の方の地域生活を支える",
     {{AK::Lecture, u"認知症の早期発見と地域での支え方", 30, u"医師", nullptr},
      {AK::CaseReview, u"一人暮らしの認知症高齢者の事例", 25, u"地域包括支援センター職員", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     4000,
     u"認知症の早期発見と相談先。地域包括支援センターの事例に各職種から意見が出た。"},
    {u"退院支援と退院前カンファレンス",
     {{AK::Lecture, u"病院からみた退院支援", 25, u"医療ソーシャルワーカー", nullptr},
      {AK::CaseReview, u"退院前カンファレンスが生きた事例", 30, u"看護師", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"退院前カンファレンスの進め方。病院と在宅の情報共有シートの試行を提案。"},
    {u"フレイル予防と在宅の栄養",
     {{AK::Lecture, u"在宅高齢者の低栄養とフレイル", 25, u"管理栄養士", nullptr},
      {AK::HandsOn, u"とろみ剤の使い方を体験しよう", 30, u"言語聴覚士", nullptr},
      {AK::Discussion, u"質疑応答", 10, nullptr, nullptr}},
     Venue::HospitalHall,
     1000,
     0,
     u"フレイル予防と栄養。とろみ剤の実技は好評で、次年度も実技を入れる要望あり。"},
    {u"褥瘡ケアの基本",
     {{AK::Lecture, u"在宅でできる褥瘡の予防とケア", 20, u"訪問看護師", nullptr},
      {AK::HandsOn, u"体位変換とポジショニングの実技", 35, u"理学療法士", nullptr},
      {AK::Discussion, u"質疑応答", 10, nullptr, nullptr}},
     Venue::HospitalHall,
     1000,
     0,
     u"褥瘡予防と体位変換の実技。福祉用具専門相談員からマットレス選びの補足あり。"},
    {u"医師とケアマネジャーの連携",
     {{AK::InformationSharing, u"医療・介護連絡票の使い方", 15, u"介護支援専門員", nullptr},
      {AK::Discussion, u"医師とケアマネのざっくばらん意見交換", 50, nullptr, nullptr},
      {}},
     Venue::Default,
     -1,
     5000,
     u"連絡票の使い方を説明。医師への相談のタイミングについて率直な意見交換ができた。"},
    {u"ICTを使った情報共有",
     {{AK::Lecture, u"医療介護連携ツールのご紹介", 25, u"企業", nullptr},
      {AK::HandsOn, u"スマートフォンで使ってみよう", 30, u"=", nullptr},
      {AK::Discussion, u"質疑応答", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"連携ツールの紹介と実演。個人情報の扱いについて質問があり、区の指針を確認した。"},
    {u"嚥下評価とミールラウンド",
     {{AK::Lecture, u"嚥下の評価とミールラウンド", 25, u"言語聴覚士", nullptr},
      {AK::HandsOn, u"嚥下調整食の試食", 30, u"管理栄養士", nullptr},
      {AK::Discussion, u"質疑応答", 10, nullptr, nullptr}},
     Venue::HospitalHall,
     1000,
     4000,
     u"ミールラウンドの実際と嚥下調整食の試食。施設と在宅で食形態の呼び方をそろえる課題が出た。"},
    {u"独居高齢者と身寄りのない方の支援",
     {{AK::Lecture, u"身寄りのない方の入院・施設入所と成年後見", 25, u"社会福祉士", nullptr},
      {AK::CaseReview, u"身寄りのない方の在宅生活を支えた事例", 30, u"介護支援専門員", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"身寄りのない方の支援と成年後見制度。地域包括支援センターとの連携の流れを確認。"},
    {u"医療的ケア児の在宅支援",
     {{AK::Lecture, u"医療的ケア児と家族を地域で支える", 30, nullptr,
       u"みなと坂こども発達支援センター 小児科医 森川 陽菜 氏"},
      {AK::CaseReview, u"人工呼吸器を使う子どもへの訪問看護", 25, u"訪問看護師", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"医療的ケア児の在宅支援。小児を受ける訪問看護ステーションの一覧を作ることになった。"},
    {u"精神疾患をもつ方の在宅支援",
     {{AK::Lecture, u"地域で暮らす精神疾患をもつ方への支援", 30, u"医師", nullptr},
      {AK::CaseReview, u"受診につながらない方への多職種の関わり", 25, u"保健師", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::Default,
     -1,
     0,
     u"精神疾患をもつ方の支援。保健師の事例から、受診につなぐまでの多職種の役割を整理。"},
    {u"地域で支える在宅緩和ケア",
     {{AK::Lecture, u"在宅緩和ケアの基本と医療用麻薬", 30, u"医師", nullptr},
      {AK::CaseReview, u"がん終末期の方の在宅療養を支えた薬局の関わり", 25, u"薬剤師", nullptr},
      {AK::Discussion, u"意見交換", 10, nullptr, nullptr}},
     Venue::HospitalHall,
     -1,
     5000,
     u"会場予約済み。講師・事例提供者の了承済み。"},
    {u"今年度のふりかえりと来年度に向けて",
     {{AK::InformationSharing, u"今年度の活動報告", 15, u"@secretariat", nullptr},
      {AK::Discussion, u"来年度やってみたいこと", 50, nullptr, nullptr},
      {}},
     Venue::Default,
     -1,
     0,
     u"会場予約済み。"},
};
static_assert(std::size(themeSeeds) == DemoNetwork::meetingCount);

// People from outside the network who come as guests.
struct GuestSeed
{
    const char16_t *name;
    const char16_t *kana;
    const char16_t *profession;
    const char16_t *organisation;
};

constexpr GuestSeed guestSeeds[] = {
    {u"大森 由香", u"おおもり ゆか", u"看護師", u"かもめ総合病院"},
    {u"杉本 直人", u"すぎもと なおと", u"学生", u"みなと坂医療福祉専門学校"},
    {u"松井 千夏", u"まつい ちなつ", u"介護支援専門員", u"北山ケアプランサービス"},
    {u"藤原 大地", u"ふじわら だいち", u"理学療法士", u"西野リハビリクリニック"},
    {u"岸本 恵美", u"きしもと えみ", u"社会福祉士", u"浜風地域包括支援センター"},
    {u"今井 健", u"いまい けん", u"薬剤師", u"北山薬局"},
    {u"青山 紗季", u"あおやま さき", u"学生", u"かもめ大学 看護学部"},
    {u"中島 哲也", u"なかじま てつや", u"企業", u"株式会社メディカルブリッジ"},
    {u"原田 美和", u"はらだ みわ", u"その他", u"みなと坂区民生委員協議会"},
    {u"小野寺 翼", u"おのでら つばさ", u"医師", u"かもめ総合病院"},
    {u"菅原 このみ", u"すがわら このみ", u"歯科衛生士", u"西野歯科"},
    {u"ウィリアムズ ケイト", u"ウィリアムズ ケイト", u"学生", u"かもめ大学 看護学部"},
};

// ---- The story being written.

struct AreaInfo
{
    qint64 id = 0;
    QString ward;
    QString town;
    bool inArea = true;
};

struct OrganisationInfo
{
    qint64 id = 0;
    QString key;
    QString name;
    QString areaName;
    QString address;
    QString phone;
    QString fax;
    OrganisationKind kind = OrganisationKind::Other;
};

struct Person
{
    Member member;
    QString romaji; // "family given"
    QString profession;
    QString workplace; // organisation key
    Office office = Office::None;
    QDate leftOn;       // archived after this date; invalid: still active
    int propensity = 0; // how likely (per mille) they come to a meeting
    bool inArea = true;
};

struct MeetingPlan
{
    Meeting meeting;
    const ThemeSeed *seed = nullptr;
    QList<AgendaItem> agenda;
    QSet<qint64> presenters;
};

class Story
{
public:
    Story(Database &db, const DemoNetwork::Options &options)
        : m_db(db), m_dice(options.seed), m_today(options.referenceDate)
    {}

    Status write()
    {
        m_db.setClock([this] { return m_now; });
        m_now = tokyo(QDate(2024, 3, 20), QTime(10, 0));
        Status done = m_db.transaction([this]() -> Status {
            for (auto step : {&Story::addAreas, &Story::addOrganisations, &Story::addMembers,
                              &Story::addMeetings, &Story::archiveLeavers})
                if (Status s = (this->*step)(); !s)
                    return s;
            return {};
        });
        m_db.setClock({});
        return done;
    }

private:
    Status addAreas();
    Status addOrganisations();
    Status addMembers();
    Status addMeetings();
    Status archiveLeavers();

    QString address(const QString &areaName);
    QString email(const Person &person, const OrganisationInfo *workplace);
    QList<Person> people();
    qint64 presenterFor(const QString &spec, const QDate &date, qint64 previous);
    const Person *officer(Office office, int turn) const;
    bool activeOn(const Person &person, const QDate &date) const
    {
        return person.member.joinedOn <= date && (!person.leftOn.isValid() || person.leftOn > date);
    }
    Status addAttendance(const MeetingPlan &plan);
    QList<Attendance> heldAttendance(const MeetingPlan &plan);
    QList<Attendance> registrations(const MeetingPlan &plan);
    Guest guest(const GuestSeed &seed);

    Database &m_db;
    Dice m_dice;
    QDate m_today;
    QDateTime m_now;
    QHash<QString, AreaInfo> m_areas;
    QHash<QString, OrganisationInfo> m_organisations;
    QHash<QString, qint64> m_professions;
    QList<Person> m_people; // in the order they were added
    qint64 m_seriesId = 0;
    QSet<QString> m_emails;
    QHash<qint64, int> m_presentations; // by member id
    int m_streetNumber = 0;
    int m_phoneNumber = 0;
};

Status Story::addAreas()
{
    AreaRepository areas(m_db);
    int order = 0;
    for (const WardSeed &seed : wardSeeds) {
        Area ward;
        ward.name = text(seed.name);
        ward.inArea = seed.inArea;
        ward.displayOrder = order += 10;
        Result<qint64> id = areas.add(ward);
        if (!id)
            return id.error();
        m_areas.insert(ward.name, {*id, ward.name, text(seed.town), seed.inArea});
        int zoneOrder = 0;
        for (const ZoneSeed &zoneSeed : zoneSeeds) {
            if (text(zoneSeed.ward) != ward.name)
                continue;
            Area zone;
            zone.parentId = *id;
            zone.name = text(zoneSeed.name);
            zone.inArea = seed.inArea;
            zone.displayOrder = zoneOrder += 10;
            Result<qint64> zoneId = areas.add(zone);
            if (!zoneId)
                return zoneId.error();
            m_areas.insert(zone.name, {*zoneId, ward.name, text(zoneSeed.town), seed.inArea});
        }
    }
    return {};
}

QString Story::address(const QString &areaName)
{
    const AreaInfo &area = m_areas.value(areaName);
    ++m_streetNumber;
    return QStringLiteral("%1%2%3-%4-%5")
        .arg(area.ward, area.town)
        .arg(1 + m_dice.below(4))
        .arg(1 + (m_streetNumber * 7) % 23)
        .arg(1 + m_dice.below(18));
}

Status Story::addOrganisations()
{
    OrganisationRepository organisations(m_db);
    for (const OrganisationSeed &seed : organisationSeeds) {
        OrganisationInfo info;
        info.key = QString::fromLatin1(seed.key);
        info.name = text(seed.name);
        info.kind = seed.kind;
        info.areaName = text(seed.area);
        info.address = address(info.areaName);
        // 03-0000-xxxx: a number no telephone in Japan has.
        m_phoneNumber += 20;
        info.phone = QStringLiteral("03-0000-%1").arg(1000 + m_phoneNumber);
        info.fax = QStringLiteral("03-0000-%1").arg(1001 + m_phoneNumber);

        Organisation organisation;
        organisation.name = info.name;
        organisation.kind = info.kind;
        organisation.areaId = m_areas.value(info.areaName).id;
        organisation.address = info.address;
        organisation.phone = info.phone;
        if (info.kind != OrganisationKind::Company || m_dice.percent(50))
            organisation.fax = info.fax;
        Result<qint64> id = organisations.add(organisation);
        if (!id)
            return id.error();
        info.id = *id;
        m_organisations.insert(info.key, info);
    }
    return {};
}

QString Story::email(const Person &person, const OrganisationInfo *workplace)
{
    const QStringList romaji = person.romaji.split(QLatin1Char(' '));
    const QString family = romaji.value(0);
    const QString given = romaji.value(1);
    QString local;
    QString domain;
    if (workplace) {
        local = m_dice.percent(70) ? given.left(1) + QLatin1Char('.') + family : family;
        domain =
            workplace->key + (workplace->kind == OrganisationKind::Company ? QLatin1String(".example.com")
                                                                           : QLatin1String(".example.jp"));
    } else {
        local = family + QLatin1Char('.') + given;
        domain = QStringLiteral("example.com");
    }
    QString address = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(address);
    return address;
}

QList<Person> Story::people()
{
    QList<Person> people;
    QHash<QString, int> named; // per profession
    for (const NamedMemberSeed &seed : namedMembers) {
        Person p;
        p.member.familyName = text(seed.family);
        p.member.givenName = text(seed.given);
        p.member.familyKana = text(seed.familyKana);
        p.member.givenKana = text(seed.givenKana);
        // A story told as of an earlier day has no one joining after it.
        p.member.joinedOn =
            std::min(QDate(seed.joinedYear, seed.joinedMonth, seed.joinedDay), m_today.addDays(-30));
        p.member.notes = text(seed.notes);
        p.romaji = QString::fromLatin1(seed.romaji);
        p.profession = text(seed.profession);
        p.workplace = QString::fromLatin1(seed.workplace);
        p.office = seed.office;
        p.propensity = seed.office == Office::None ? 550 : 960;
        people << p;
        named[p.profession] += 1;
    }

    QList<int> vacancies; // one profession (index into professionSeeds) per member still to invent
    for (int i = 0; i < int(std::size(professionSeeds)); ++i)
        for (int n = named.value(text(professionSeeds[i].name)); n < professionSeeds[i].members; ++n)
            vacancies << i;
    m_dice.shuffle(vacancies);

    QList<int> families;
    QHash<int, int> workplaceTurn; // per profession: spreads members over its workplaces
    const QDate founding(2019, 4, 9);
    const int span = int(QDate(2019, 5, 1).daysTo(m_today.addDays(-7)));
    for (int n = 0; n < vacancies.size(); ++n) {
        if (families.isEmpty()) {
            for (int i = 0; i < int(std::size(familyNames)); ++i)
                families << i;
            m_dice.shuffle(families);
        }
        const NameSeed &family = familyNames[families.takeLast()];
        const NameSeed &given = givenNames[m_dice.below(std::size(givenNames))];
        const ProfessionSeed &profession = professionSeeds[vacancies.at(n)];

        Person p;
        p.member.familyName = text(family.kanji);
        p.member.givenName = text(given.kanji);
        p.member.familyKana = text(family.kana);
        p.member.givenKana = text(given.kana);
        // Lists typed in long ago carry readings in katakana.
        if (m_dice.percent(8)) {
            p.member.familyKana = katakana(p.member.familyKana);
            p.member.givenKana = katakana(p.member.givenKana);
        }
        p.romaji = QString::fromLatin1(family.romaji) + QLatin1Char(' ') + QString::fromLatin1(given.romaji);
        p.profession = text(profession.name);
        const QStringList workplaces =
            QString::fromLatin1(profession.workplaces).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!workplaces.isEmpty()) {
            const int turn = workplaceTurn[vacancies.at(n)]++;
            p.workplace = workplaces.at((turn + vacancies.at(n)) % workplaces.size());
        }
        p.member.joinedOn = n < 30 ? founding : QDate(2019, 5, 1).addDays(m_dice.below(span + 1));
        const int kind = m_dice.below(100);
        p.propensity = kind < 30 ? 720 : kind < 70 ? 380 : 110;
        if (p.profession == QStringLiteral("その他"))
            p.member.notes = m_dice.percent(50) ? QStringLiteral("民生委員") : QStringLiteral("家族会代表");
        people << p;
    }

    std::stable_sort(people.begin(), people.end(),
                     [](const Person &a, const Person &b) { return a.member.joinedOn < b.member.joinedOn; });
    return people;
}

Status Story::addMembers()
{
    ProfessionRepository professions(m_db);
    for (const ProfessionSeed &seed : professionSeeds) {
        Result<Profession> found = professions.findByName(text(seed.name));
        if (!found)
            return found.error();
        m_professions.insert(text(seed.name), found->id);
    }

    QList<Person> people = this->people();
    const QList<QString> homeZones = [] {
        QList<QString> zones;
        for (const ZoneSeed &zone : zoneSeeds)
            if (text(zone.ward) == QString::fromUtf16(homeWard))
                zones << text(zone.name);
        return zones;
    }();
    const QDate firstDayInRenkei(2024, 3, 20);

    MemberRepository members(m_db);
    for (int i = 0; i < people.size(); ++i) {
        Person &p = people[i];
        Member &m = p.member;
        const OrganisationInfo *workplace =
            m_organisations.contains(p.workplace) ? &m_organisations[p.workplace] : nullptr;
        m.professionId = m_professions.value(p.profession);
        if (workplace) {
            m.organisationId = workplace->id;
            m.areaId = m_areas.value(workplace->areaName).id;
            p.inArea = m_areas.value(workplace->areaName).inArea;
        } else {
            m.areaId = m_areas.value(m_dice.pick(homeZones)).id;
        }
        if (m_dice.percent(92) || p.office != Office::None)
            m.email = email(p, workplace);
        if (workplace && m_dice.percent(45)) {
            m.phone = workplace->phone;
        } else {
            // 090-0000-xxxx and 080-0000-xxxx: mobile numbers nobody has.
            m.phone = QStringLiteral("%1-0000-%2")
                          .arg(m_dice.percent(70) ? QLatin1String("090") : QLatin1String("080"))
                          .arg(1000 + (i * 37) % 9000, 4, 10, QLatin1Char('0'));
        }
        if (workplace && (p.profession == QStringLiteral("医師") || p.profession == QStringLiteral("薬剤師")))
            m.fax = workplace->fax;
        m.medicalAssociation = p.profession == QStringLiteral("医師") && p.inArea && m_dice.percent(85);
        m.consentRoster = p.office != Office::None || m_dice.percent(85);
        m.consentEmail = !m.email.isEmpty() && (p.office != Office::None || m_dice.percent(90));

        // Word of mouth: many joined because a colleague or a neighbour brought them.
        if (i > 0 && m.joinedOn > people.first().member.joinedOn && m_dice.percent(40)) {
            QList<int> earlier;
            QList<int> colleagues;
            for (int j = 0; j < i; ++j) {
                if (people.at(j).member.joinedOn >= m.joinedOn)
                    continue;
                earlier << j;
                if (!p.workplace.isEmpty() && people.at(j).workplace == p.workplace)
                    colleagues << j;
            }
            if (!earlier.isEmpty()) {
                const int j = !colleagues.isEmpty() && m_dice.percent(60) ? m_dice.pick(colleagues)
                                                                          : m_dice.pick(earlier);
                m.referredById = people.at(j).member.id;
            }
        }

        const QDate entered = std::max(m.joinedOn, firstDayInRenkei);
        m_now = tokyo(entered, QTime(10, 0).addSecs(i * 40));
        Result<qint64> id = members.add(m);
        if (!id)
            return id.error();
        m.id = *id;
    }

    // A handful have left: retired, moved away, changed jobs.
    QList<int> leavers;
    for (int i = 0; i < people.size(); ++i)
        if (people.at(i).office == Office::None && people.at(i).member.joinedOn < QDate(2023, 1, 1) &&
            !people.at(i).member.notes.contains(QStringLiteral("副会長")))
            leavers << i;
    m_dice.shuffle(leavers);
    const QDate leftFrom(2024, 5, 1);
    const int leftSpan = int(leftFrom.daysTo(m_today.addDays(-45)));
    for (int k = 0; k < 6 && k < leavers.size(); ++k)
        people[leavers.at(k)].leftOn = leftFrom.addDays(m_dice.below(leftSpan + 1));

    m_people = people;
    return {};
}

const Person *Story::officer(Office office, int turn) const
{
    QList<const Person *> found;
    for (const Person &p : m_people)
        if (p.office == office)
            found << &p;
    if (found.isEmpty())
        return nullptr;
    return found.at(turn % found.size());
}

qint64 Story::presenterFor(const QString &spec, const QDate &date, qint64 previous)
{
    if (spec.isEmpty())
        return 0;
    if (spec == QLatin1String("="))
        return previous;
    if (spec == QLatin1String("@chair"))
        return officer(Office::Chair, 0)->member.id;
    if (spec == QLatin1String("@ward") || spec == QLatin1String("@secretariat")) {
        const QString profession = spec == QLatin1String("@ward")
                                       ? QStringLiteral("行政職員")
                                       : QStringLiteral("地域包括支援センター職員");
        for (const Person &p : m_people)
            if (p.office == Office::Secretariat && p.profession == profession)
                return p.member.id;
        return 0;
    }
    // Someone of the profession who has been a member for a while; in-area members first, and each
    // presents as seldom as possible.
    QList<const Person *> candidates;
    for (const Person &p : m_people)
        if (p.profession == spec && p.office == Office::None && activeOn(p, date) &&
            p.member.joinedOn.daysTo(date) > 60)
            candidates << &p;
    const bool anyInArea =
        std::any_of(candidates.begin(), candidates.end(), [](const Person *p) { return p->inArea; });
    if (anyInArea)
        candidates.removeIf([](const Person *p) { return !p->inArea; });
    if (candidates.isEmpty())
        return 0;
    int fewest = INT_MAX;
    for (const Person *p : candidates)
        fewest = std::min(fewest, m_presentations.value(p->member.id));
    candidates.removeIf([&](const Person *p) { return m_presentations.value(p->member.id) > fewest; });
    const qint64 id = m_dice.pick(candidates)->member.id;
    m_presentations[id] += 1;
    return id;
}

Status Story::addMeetings()
{
    const OrganisationInfo &hospital = m_organisations[QStringLiteral("minatozaka-chuo")];
    const OrganisationInfo &wardOffice = m_organisations[QStringLiteral("city-minatozaka")];

    Series series;
    series.name = DemoNetwork::seriesName();
    series.firstNumber = DemoNetwork::firstMeetingNumber;
    series.defaultVenue = QStringLiteral("みなと坂区医師会館 3階ホール");
    series.defaultAddress = QStringLiteral("みなと坂区坂上1-5-8");
    series.defaultStart = QTime(19, 0);
    series.defaultEnd = QTime(20, 30);
    series.defaultFee = 500;
    series.defaultCapacity = 80;
    series.notes =
        QStringLiteral("みなと坂区の医療と介護の多職種連携の会。2019年4月発足、偶数月の第2火曜日に開催。");
    Result<qint64> seriesId = SeriesRepository(m_db).add(series);
    if (!seriesId)
        return seriesId.error();
    m_seriesId = *seriesId;

    MeetingRepository meetings(m_db);
    constexpr int months[] = {4, 6, 8, 10, 12, 2};
    for (int i = 0; i < DemoNetwork::meetingCount; ++i) {
        const ThemeSeed &seed = themeSeeds[i];
        const int fiscalYear = 2024 + i / 6;
        const int month = months[i % 6];
        QDate date(month >= 4 ? fiscalYear : fiscalYear + 1, month, 1);
        date = date.addDays((Qt::Tuesday - date.dayOfWeek() + 7) % 7 + 7); // the 2nd Tuesday
        // A holiday, or お盆 (Obon), when many offices close, moves the meeting a week on.
        auto avoided = [](const QDate &d) {
            return JapaneseHolidays::isHoliday(d) || (d.month() == 8 && d.day() >= 13 && d.day() <= 16);
        };
        while (avoided(date))
            date = date.addDays(7);

        MeetingPlan plan;
        plan.seed = &seed;
        Meeting &m = plan.meeting;
        m.seriesId = m_seriesId;
        m.number = DemoNetwork::firstMeetingNumber + i;
        m.date = date;
        m.start = series.defaultStart;
        m.end = series.defaultEnd;
        m.theme = text(seed.theme);
        m.fee = seed.fee < 0 ? series.defaultFee : seed.fee;
        switch (seed.venue) {
        case Venue::Default:
            m.venue = series.defaultVenue;
            m.address = series.defaultAddress;
            m.capacity = series.defaultCapacity;
            break;
        case Venue::HospitalHall:
            m.venue = QStringLiteral("みなと坂中央病院 2階講堂");
            m.address = hospital.address;
            m.capacity = 40;
            break;
        case Venue::WardOffice:
            m.venue = QStringLiteral("みなと坂区役所 5階大会議室");
            m.address = wardOffice.address;
            m.capacity = 60;
            break;
        }
        m.status = date < m_today ? MeetingStatus::Held : MeetingStatus::Planned;
        if (seed.socialFee > 0) {
            m.hasSocial = true;
            m.socialVenue =
                month == 12 ? QStringLiteral("ダイニング汐風") : QStringLiteral("和食処 さかみち");
            m.socialStart = QTime(20, 45);
            m.socialFee = seed.socialFee;
        }

        // 次第 (the programme): opening, news, the theme's items, announcements, closing — 90 minutes.
        auto item = [&](AgendaKind kind, const QString &title, int minutes, qint64 presenter,
                        const QString &presenterText = {}) {
            AgendaItem a;
            a.kind = kind;
            a.title = title;
            a.minutes = minutes;
            a.presenterMemberId = presenter;
            a.presenterText = presenterText;
            plan.agenda << a;
            if (presenter)
                plan.presenters.insert(presenter);
        };
        item(AgendaKind::Opening, QStringLiteral("開会・会長挨拶"), 5, officer(Office::Chair, 0)->member.id);
        item(AgendaKind::InformationSharing, QStringLiteral("区・地域包括支援センターからの情報提供"), 10,
             presenterFor(i % 2 ? QStringLiteral("@secretariat") : QStringLiteral("@ward"), date, 0));
        qint64 previous = 0;
        for (const ItemSeed &s : seed.items) {
            if (!s.title)
                continue;
            previous = presenterFor(text(s.presenter), date, previous);
            item(s.kind, text(s.title), s.minutes, previous, text(s.presenterText));
        }
        item(AgendaKind::Announcement, QStringLiteral("事務局からのお知らせ"), 5,
             presenterFor(QStringLiteral("@secretariat"), date, 0));
        item(AgendaKind::Closing, QStringLiteral("閉会挨拶"), 5, officer(Office::ViceChair, i)->member.id);

        const QList<Attendance> rows =
            m.status == MeetingStatus::Held ? heldAttendance(plan) : registrations(plan);
        if (m.status == MeetingStatus::Held) {
            int came = 0, guests = 0, social = 0;
            for (const Attendance &a : rows) {
                if (a.status != AttendanceStatus::Attended)
                    continue;
                ++came;
                guests += a.isGuest() ? 1 : 0;
                social += a.social ? 1 : 0;
            }
            m.notes =
                QStringLiteral("参加 %1名(うちゲスト %2名)。").arg(came).arg(guests) + text(seed.summary);
            if (m.hasSocial)
                m.notes += QStringLiteral("懇親会 %1名。").arg(social);
        } else {
            m.notes = text(seed.summary);
        }

        Result<qint64> id = meetings.add(m);
        if (!id)
            return id.error();
        m.id = *id;
        if (Status s = meetings.setAgenda(m.id, plan.agenda); !s)
            return s;
        AttendanceRepository attendance(m_db);
        for (Attendance a : rows) {
            a.meetingId = m.id;
            if (Result<qint64> added = attendance.add(a); !added)
                return added.error();
        }
    }
    return {};
}

Guest Story::guest(const GuestSeed &seed)
{
    Guest g;
    g.name = text(seed.name);
    g.kana = text(seed.kana);
    g.professionId = m_professions.value(text(seed.profession));
    g.organisation = text(seed.organisation);
    return g;
}

QList<Attendance> Story::heldAttendance(const MeetingPlan &plan)
{
    const Meeting &m = plan.meeting;
    QList<const Person *> invited;
    for (const Person &p : m_people)
        if (activeOn(p, m.date))
            invited << &p;
    m_dice.shuffle(invited);
    // Presenters and officers first: their places are never in doubt.
    std::stable_partition(invited.begin(), invited.end(), [&](const Person *p) {
        return plan.presenters.contains(p->member.id) || p->office != Office::None;
    });

    QList<Attendance> rows;
    int seats = m.capacity.value_or(INT_MAX);
    auto registeredBefore = [&](int earliestDays) {
        const QDate day = m.date.addDays(-m_dice.between(1, earliestDays));
        return tokyo(day, QTime(m_dice.between(8, 22), m_dice.below(60)));
    };
    for (const Person *p : invited) {
        Attendance a;
        a.memberId = p->member.id;
        const bool presenter = plan.presenters.contains(p->member.id);
        if (presenter) {
            a.role = AttendanceRole::Presenter;
            a.status = AttendanceStatus::Attended;
        } else if (p->office != Office::None) {
            a.role = AttendanceRole::Staff;
            a.status = m_dice.percent(95) ? AttendanceStatus::Attended : AttendanceStatus::Cancelled;
        } else {
            if (!m_dice.perMille(p->propensity) || seats <= 0)
                continue;
            const int r = m_dice.below(100);
            a.status = r < 6    ? AttendanceStatus::Cancelled
                       : r < 13 ? AttendanceStatus::Absent
                                : AttendanceStatus::Attended;
            a.walkIn = a.status == AttendanceStatus::Attended && m_dice.percent(8);
        }
        if (a.status != AttendanceStatus::Cancelled)
            --seats;
        if (a.status == AttendanceStatus::Attended) {
            const QTime arrival = a.role == AttendanceRole::Participant
                                      ? (a.walkIn ? QTime(18, 55).addSecs(60 * m_dice.below(26))
                                                  : QTime(18, 30).addSecs(60 * m_dice.below(41)))
                                      : QTime(18, 10).addSecs(60 * m_dice.below(16));
            a.checkedInAt = tokyo(m.date, arrival);
            a.social = m.hasSocial && m_dice.percent(a.role == AttendanceRole::Participant ? 35 : 80);
            a.feePaid = m.fee > 0 && a.role == AttendanceRole::Participant && m_dice.percent(96);
        }
        a.registeredAt =
            a.walkIn ? a.checkedInAt : registeredBefore(a.role == AttendanceRole::Participant ? 28 : 45);
        rows << a;
    }

    QList<int> guests;
    for (int i = 0; i < int(std::size(guestSeeds)); ++i)
        guests << i;
    m_dice.shuffle(guests);
    const int guestCount = std::min(m_dice.between(0, 4), std::max(seats, 0));
    for (int k = 0; k < guestCount; ++k) {
        Attendance a;
        a.guest = guest(guestSeeds[guests.at(k)]);
        a.status = AttendanceStatus::Attended;
        a.walkIn = m_dice.percent(40);
        a.checkedInAt = tokyo(m.date, QTime(18, 35).addSecs(60 * m_dice.below(40)));
        a.registeredAt = a.walkIn ? a.checkedInAt : registeredBefore(14);
        a.social = m.hasSocial && m_dice.percent(25);
        a.feePaid = m.fee > 0;
        rows << a;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Attendance &a, const Attendance &b) {
        return a.registeredAt < b.registeredAt;
    });
    return rows;
}

QList<Attendance> Story::registrations(const MeetingPlan &plan)
{
    const Meeting &m = plan.meeting;
    // Invitations go out about two months ahead; meetings further off have only their speakers.
    const qint64 daysAhead = m_today.daysTo(m.date);
    const bool soon = daysAhead <= 60;
    const bool announced = daysAhead <= 120;
    const QDate invitationsSent = soon ? m_today.addDays(-26) : m_today.addDays(-12);
    const int window = int(invitationsSent.daysTo(m_today)) - 1;
    auto registrationTime = [&] {
        return tokyo(invitationsSent.addDays(m_dice.below(window + 1)),
                     QTime(m_dice.between(7, 22), m_dice.below(60)));
    };

    QList<Attendance> rows;
    for (const Person &p : m_people) {
        if (!activeOn(p, m_today))
            continue;
        Attendance a;
        a.memberId = p.member.id;
        if (plan.presenters.contains(p.member.id)) {
            a.role = AttendanceRole::Presenter;
            a.registeredAt = tokyo(invitationsSent.addDays(-20), QTime(10, 0));
        } else if (p.office != Office::None) {
            if (!announced)
                continue;
            a.role = AttendanceRole::Staff;
            a.registeredAt = tokyo(invitationsSent, QTime(9, 0));
        } else {
            if (!announced || !m_dice.perMille(soon ? p.propensity * 7 / 10 : p.propensity / 5))
                continue;
            a.registeredAt = registrationTime();
            if (m_dice.percent(5))
                a.status = AttendanceStatus::Cancelled;
        }
        rows << a;
    }
    if (soon) {
        for (int k : {2, 5}) {
            Attendance a;
            a.guest = guest(guestSeeds[k]);
            a.registeredAt = registrationTime();
            rows << a;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Attendance &a, const Attendance &b) {
        return a.registeredAt < b.registeredAt;
    });
    // Places go in order of registration; the rest wait.
    int seats = m.capacity.value_or(INT_MAX);
    for (Attendance &a : rows) {
        if (a.status == AttendanceStatus::Cancelled)
            continue;
        if (seats > 0 || a.role != AttendanceRole::Participant)
            --seats;
        else
            a.status = AttendanceStatus::Waitlisted;
    }
    return rows;
}

Status Story::archiveLeavers()
{
    static const char16_t *const reasons[] = {u"退職", u"転居", u"異動", u"事業所の閉鎖"};
    MemberRepository members(m_db);
    for (const Person &p : m_people) {
        if (!p.leftOn.isValid())
            continue;
        Member m = p.member;
        m.archived = true;
        const QString note = QStringLiteral("%1年%2月 %3のため退会")
                                 .arg(p.leftOn.year())
                                 .arg(p.leftOn.month())
                                 .arg(text(reasons[m_dice.below(std::size(reasons))]));
        m.notes = m.notes.isEmpty() ? note : m.notes + QLatin1Char('\n') + note;
        m_now = tokyo(p.leftOn, QTime(17, 30));
        if (Status s = members.update(m); !s)
            return s;
    }
    return {};
}

} // namespace

QString DemoNetwork::seriesName()
{
    return QStringLiteral("みなと坂医介連");
}

Status DemoNetwork::fill(Database &db, quint32 seed)
{
    Options options;
    options.seed = seed;
    return fill(db, options);
}

Status DemoNetwork::fill(Database &db, const Options &options)
{
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    Result<int> members = MemberRepository(db).count(everyone);
    if (!members)
        return members.error();
    Result<QList<Series>> series = SeriesRepository(db).all();
    if (!series)
        return series.error();
    Result<QList<Area>> areas = AreaRepository(db).all();
    if (!areas)
        return areas.error();
    if (*members > 0)
        return Error{tr("This database already has members (%1); the demo network only goes into a new, "
                        "empty database.")
                         .arg(*members)};
    if (!series->isEmpty() || !areas->isEmpty())
        return Error{tr("The database already has areas or meetings; the demo network only goes into a new, "
                        "empty database.")};
    if (!options.referenceDate.isValid())
        return Error{tr("The demo network needs a valid reference date.")};
    return Story(db, options).write();
}

} // namespace renkei
