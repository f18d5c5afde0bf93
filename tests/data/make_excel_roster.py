#!/usr/bin/env python3
"""Writes the Excel-style roster fixtures: Shift_JIS (CP932) with CRLF line ends, quoted fields,
a full-width space between family and given names, a blank row of commas, a cell with a line
break, doubled quotes, and (in the first file) a few bad rows. Run it from anywhere; the fixtures
are committed, so tests never depend on it."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = ["No.", "氏名", "フリガナ", "職種", "所属", "圏域", "メールアドレス", "電話番号", "FAX",
          "医師会", "名簿掲載", "備考"]

GOOD = [
    ["1", "髙橋\u3000﨑子", "タカハシ\u3000サキコ", "看護師", "みなと坂中央病院", "港南圏域",
     "takahashi@example.jp", "03-1111-2222", "", "", "○", ""],
    ["2", "山田\u3000太郎", "ヤマダ\u3000タロウ", "医師", "みなと坂内科クリニック", "坂上圏域",
     "yamada@example.jp", "03-1234-5678", "03-1234-5679", "有", "○", "院長, 在宅医療"],
    ["6", "伊藤\u3000健太", "イトウ\u3000ケンタ", "理学療法士", "東雲リハビリテーション病院", "東雲圏域",
     "ito@example.jp", "０３－６６６６－７７７７", "", "", "はい", "複数行の\n備考です"],
    ["9", "中村\u3000大輔", "ナカムラ\u3000ダイスケ", "医師", "みなと坂中央病院", "みなと坂区/港南圏域",
     "nakamura@example.jp", "03-7777-8888", "", "いいえ", "はい", "\"先生\"と呼ばれたい"],
    ["10", "小林 由美", "コバヤシ ユミ", "介護支援専門員", "ケアプランみどり", "緑ヶ丘圏域",
     "kobayashi@example.jp", "03-9999-0000", "03-9999-0001", "", "×", ""],
]

# In the bad file (header on line 1, a blank row on line 4) these are lines 5 to 9: an e-mail address
# that is not one (column 7), no reading (column 3), "たぶん" is not yes or no (column 11), a
# profession the network does not have (column 4), a phone number that is not one (column 8).
BAD = [
    ["3", "佐藤\u3000花子", "サトウ\u3000ハナコ", "訪問看護師", "訪問看護ステーションみなと坂", "坂上圏域",
     "sato@example", "03-2222-3333", "", "", "○", ""],
    ["4", "鈴木\u3000一郎", "", "薬剤師", "さくら川薬局", "桜川圏域",
     "suzuki@example.jp", "03-3333-4444", "", "", "○", ""],
    ["5", "田中\u3000美咲", "タナカ\u3000ミサキ", "介護支援専門員", "居宅介護支援事業所しおかぜ", "汐見圏域",
     "tanaka@example.jp", "03-4444-5555", "", "", "たぶん", ""],
    ["7", "渡辺 陽子", "ワタナベ ヨウコ", "看護士", "かもめ総合病院", "浜風圏域",
     "watanabe@example.jp", "03-5555-6666", "", "", "○", ""],
    ["8", "加藤\u3000直美", "カトウ\u3000ナオミ", "社会福祉士", "汐見地域包括支援センター", "汐見圏域",
     "kato@example.jp", "123", "", "", "○", ""],
]


def field(text):
    # As Excel writes CSV: quoted only when it must be.
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""').replace("\n", "\r\n") + '"'
    return text


def write(name, rows):
    lines = [",".join(field(f) for f in HEADER)]
    for row in rows:
        lines.append(",".join(field(f) for f in row))
        if row[0] == "2":
            lines.append("," * (len(HEADER) - 1))  # Excel's blank row
    data = ("\r\n".join(lines) + "\r\n").encode("cp932")
    (HERE / name).write_bytes(data)


write("excel-roster-sjis.csv", [GOOD[0], GOOD[1], BAD[0], BAD[1], BAD[2], BAD[3], BAD[4]] + GOOD[2:])
write("excel-roster-sjis-fixed.csv", GOOD)
