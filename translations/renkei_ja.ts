<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Roster, meetings and attendance for a care network.</source>
        <translation>医療・介護連携ネットワークの名簿・会合・出欠管理。</translation>
    </message>
    <message>
        <source>The database to open (*.renkei).</source>
        <translation>開くデータベース（*.renkei）。</translation>
    </message>
</context>
<context>
    <name>renkei::ActivityReport</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the report as CSV instead.</source>
        <translation>PDFは、フォントを読み込むプログラム（GUI版または renkei-cli）でのみ作成できます。代わりにレポートをCSVで保存してください。</translation>
    </message>
    <message>
        <source>Save the report as .pdf, .csv or .json, not .%1.</source>
        <translation>レポートは .pdf、.csv、.json のいずれかで保存してください（.%1 は使用できません）。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>programme</comment>
        <extracomment>Between the items of a meeting&apos;s programme in one line; Japanese: 、</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: annual activity report, %2</source>
        <extracomment>The report&apos;s title: %1 the series, %2 the fiscal year (FY2025); Japanese: %1 %2 年間活動実績報告</extracomment>
        <translation>%1 %2 年間活動実績報告</translation>
    </message>
    <message>
        <source>%1: activity report</source>
        <extracomment>The report&apos;s title for a period that is not a fiscal year; Japanese: %1 活動実績報告</extracomment>
        <translation>%1 活動実績報告</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>people</comment>
        <extracomment>A number of people in the summary (%1 is 1,234); Japanese: %1名</extracomment>
        <translation>%1名</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <extracomment>The period the report covers, from a date to a date; Japanese: 対象期間：%1〜%2</extracomment>
        <translation>対象期間：%1〜%2</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. 実績の概要</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>meetings</comment>
        <extracomment>The number of meetings held (%1); Japanese: %1回</extracomment>
        <translation>%1回</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>延べ参加者数</translation>
    </message>
    <message>
        <source>(members / guests)</source>
        <translation>（うち会員／ゲスト）</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>実参加者数</translation>
    </message>
    <message>
        <source>Average per meeting</source>
        <translation>1回あたり平均参加者数</translation>
    </message>
    <message>
        <source>Professions taking part</source>
        <translation>参加職種数</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>professions</comment>
        <extracomment>The number of professions that took part (%1); Japanese: %1職種</extracomment>
        <translation>%1職種</translation>
    </message>
    <message>
        <source>First-timers</source>
        <comment>summary</comment>
        <translation>初参加者数</translation>
    </message>
    <message>
        <source>In area / out of area / not recorded</source>
        <translation>区内／区外／不明</translation>
    </message>
    <message>
        <source>2. Meetings held</source>
        <translation>2. 開催実績</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Theme and programme</source>
        <translation>テーマ・内容</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種別参加者数</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <extracomment>How many of a meeting&apos;s attendees were guests; Japanese: うちゲスト%n</extracomment>
        <translation>
            <numerusform>うちゲスト%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings were held in this period.</source>
        <translation>この期間に開催した会はありません。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>3. Attendance by profession</source>
        <translation>3. 職種別参加状況</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>People</source>
        <translation>実人数</translation>
    </message>
    <message>
        <source>Attendances add up each meeting&apos;s attendees; people counts each person once (guests told apart by name).</source>
        <translation>延べ参加者数は各回の参加者の合計、実人数は期間中に1回以上参加した人数です（ゲストは氏名で区別）。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>First-timers</source>
        <comment>column</comment>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>参加職種数</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaBuilder</name>
    <message>
        <source>Agenda items</source>
        <translation>次第の項目</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Earlier meeting to copy the agenda from</source>
        <translation>次第をコピーする過去の会合</translation>
    </message>
    <message>
        <source>&amp;Copy Its Agenda</source>
        <translation>その次第をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>コピー元:</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all; ends at %1.</source>
        <translation>
            <numerusform>合計%n分。%1に終了します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all.</source>
        <translation>
            <numerusform>合計%n分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Its Agenda</source>
        <translation>その次第をコピー</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n item(s) of this agenda with the agenda of %1?</source>
        <extracomment>%1 the meeting copied from, such as &quot;No. 46 (2026/10/13) 多職種連携の事例&quot;</extracomment>
        <translation>
            <numerusform>この次第の%n件の項目を、%1の次第で置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaDocument</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the agenda as HTML instead.</source>
        <translation>PDF はフォントを読み込むプログラム（GUI または renkei-cli）でのみ作成できます。代わりに次第を HTML で保存してください。</translation>
    </message>
    <message>
        <source>Save the agenda as .pdf, .html or .txt, not .%1.</source>
        <translation>次第は .pdf、.html または .txt で保存してください（.%1 は使用できません）。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>An agenda item&apos;s length when the meeting has no start time; Japanese: %1分</extracomment>
        <translation>%1分</translation>
    </message>
    <message>
        <source>, </source>
        <comment>social gathering</comment>
        <extracomment>Between the social gathering&apos;s time and venue; Japanese: one full-width space</extracomment>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <source>fee %1</source>
        <extracomment>The social gathering&apos;s fee; Japanese: 会費 %1</extracomment>
        <translation>会費 %1</translation>
    </message>
    <message>
        <source>%2 — %1</source>
        <extracomment>The agenda&apos;s heading: %1 the meeting&apos;s number (No. 42), %2 the word Agenda; Japanese: %1 %2</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItem</name>
    <message>
        <source>Opening</source>
        <translation>開会</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講演</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>事例検討</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>ハンズオン</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>意見交換</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>連絡事項</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>閉会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItemDelegate</name>
    <message>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A member, or any name (a guest speaker)</source>
        <translation>会員名、または任意の名前（外部講師など）</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>発表者</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaTemplate</name>
    <message>
        <source>Choose another meeting&apos;s agenda to copy.</source>
        <translation>次第をコピーする別の会合を選んでください。</translation>
    </message>
    <message>
        <source>Meeting %1 has no agenda to copy.</source>
        <translation>会合 %1 にはコピーできる次第がありません。</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaTimetable</name>
    <message numerus="yes">
        <source>The programme runs %n minute(s) past the end time (%1).</source>
        <extracomment>Japanese: 次第が終了時刻（%1）を%n分超えています。</extracomment>
        <translation>
            <numerusform>次第が終了時刻（%1）を%n分超えています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::Announcement</name>
    <message>
        <source>  </source>
        <comment>indent</comment>
        <extracomment>The indent of lines under a heading; Japanese: one full-width space</extracomment>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <source>- %1:</source>
        <extracomment>A heading of the announcement; Japanese: ■%1</extracomment>
        <translation>■%1</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <extracomment>A heading and its value on one line; Japanese: ■%1：%2</extracomment>
        <translation>■%1：%2</translation>
    </message>
    <message>
        <source>%1: invitation</source>
        <extracomment>The announcement&apos;s first line; %1 is the series and meeting number. Japanese: 【%1のご案内】</extracomment>
        <translation>【%1のご案内】</translation>
    </message>
    <message>
        <source>You are warmly invited to %1.</source>
        <extracomment>The announcement&apos;s greeting, one or more lines; %1 is the series and meeting number.</extracomment>
        <translation>いつもお世話になっております。
%1を下記のとおり開催いたします。皆さまのご参加をお待ちしております。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>presenter</comment>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>fee %1</source>
        <extracomment>The social gathering&apos;s fee; Japanese: 会費 %1</extracomment>
        <translation>会費 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>social</comment>
        <extracomment>Between the social gathering&apos;s time, venue and fee; Japanese: one full-width space</extracomment>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <source>by replying to this message</source>
        <extracomment>How to reply when the organiser names no way; Japanese: このメッセージへの返信で</extracomment>
        <translation>このメッセージへの返信で</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1で</translation>
    </message>
    <message>
        <source>Please let us know whether you will come by %1, %2.</source>
        <extracomment>%1 the reply-by date, %2 how to reply; Japanese: %1までに、%2出欠をお知らせください。</extracomment>
        <translation>%1までに、%2出欠をお知らせください。</translation>
    </message>
    <message>
        <source>Please also say whether you will join the social gathering.</source>
        <translation>懇親会への出欠もあわせてお知らせください。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>Who to ask about the meeting; Japanese: お問い合わせ：%1</extracomment>
        <translation>お問い合わせ：%1</translation>
    </message>
</context>
<context>
    <name>renkei::AnnouncementDialog</name>
    <message>
        <source>Announcement of %1</source>
        <translation>%1の案内文</translation>
    </message>
    <message>
        <source>by replying to the message; or a form&apos;s address, an e-mail address</source>
        <translation>このメールに返信、またはフォームのURL・メールアドレス</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和)</source>
        <translation>日付を和暦（令和）で表記</translation>
    </message>
    <message>
        <source>The announcement</source>
        <translation>案内文</translation>
    </message>
    <message>
        <source>Reply &amp;by:</source>
        <translation>返信期限(&amp;B):</translation>
    </message>
    <message>
        <source>Reply &amp;how:</source>
        <translation>返信方法(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>連絡先(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>renkei::AreaDialog</name>
    <message>
        <source>New Ward</source>
        <translation>新しい区</translation>
    </message>
    <message>
        <source>New Zone</source>
        <translation>新しい圏域</translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation>地区の編集</translation>
    </message>
    <message>
        <source>(none: this is a ward)</source>
        <translation>（なし：これは区です）</translation>
    </message>
    <message>
        <source>In the network&apos;s &amp;own area (区内)</source>
        <translation>区内(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>区(&amp;W):</translation>
    </message>
</context>
<context>
    <name>renkei::AreaRepository</name>
    <message>
        <source>reading the areas</source>
        <translation>地区一覧の読み込み</translation>
    </message>
    <message>
        <source>reading an area</source>
        <translation>地区の読み込み</translation>
    </message>
    <message>
        <source>There is no area with id %1.</source>
        <translation>ID %1 の地区はありません。</translation>
    </message>
    <message>
        <source>There is no area named “%1”.</source>
        <translation>「%1」という地区はありません。</translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation>「%1」という名前の地区が複数あります。「区/圏域」の形式で指定してください。</translation>
    </message>
    <message>
        <source>The area&apos;s name is required.</source>
        <translation>地区名は必須です。</translation>
    </message>
    <message>
        <source>An area cannot lie within itself.</source>
        <translation>地区をその地区自体の中に含めることはできません。</translation>
    </message>
    <message>
        <source>The ward this zone belongs to does not exist.</source>
        <translation>この圏域が属する区が存在しません。</translation>
    </message>
    <message>
        <source>A zone belongs to a ward, not to another zone.</source>
        <translation>圏域は区に属します。別の圏域には属せません。</translation>
    </message>
    <message>
        <source>This ward has zones, so it cannot become a zone itself.</source>
        <translation>この区には圏域があるため、圏域にすることはできません。</translation>
    </message>
    <message>
        <source>There is already an area named “%1” here.</source>
        <translation>ここにはすでに「%1」という地区があります。</translation>
    </message>
    <message>
        <source>adding an area</source>
        <translation>地区の追加</translation>
    </message>
    <message>
        <source>saving an area</source>
        <translation>地区の保存</translation>
    </message>
    <message>
        <source>hiding an area</source>
        <translation>地区の非表示</translation>
    </message>
    <message>
        <source>counting uses of an area</source>
        <translation>地区の使用数の集計</translation>
    </message>
    <message>
        <source>restoring an area</source>
        <translation>地区の復元</translation>
    </message>
    <message>
        <source>This area is used by %1 members, organisations or zones; hide it or merge it into another instead.</source>
        <translation>この地区は%1件の会員・事業所・圏域で使われています。削除せずに、非表示にするか別の地区に統合してください。</translation>
    </message>
    <message>
        <source>deleting an area</source>
        <translation>地区の削除</translation>
    </message>
    <message>
        <source>An area cannot be merged into itself.</source>
        <translation>地区を同じ地区に統合することはできません。</translation>
    </message>
    <message>
        <source>“%1” has zones; merge it into a ward, not into a zone.</source>
        <translation>「%1」には圏域があります。圏域ではなく区に統合してください。</translation>
    </message>
    <message>
        <source>An area cannot be merged into one of its own zones.</source>
        <translation>地区をその地区の圏域に統合することはできません。</translation>
    </message>
    <message>
        <source>merging areas</source>
        <translation>地区の統合</translation>
    </message>
    <message>
        <source>undoing a merge of areas</source>
        <translation>地区の統合の取り消し</translation>
    </message>
</context>
<context>
    <name>renkei::AreasEditor</name>
    <message>
        <source>&amp;Add Ward…</source>
        <translation>区を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Zone…</source>
        <translation>圏域を追加(&amp;Z)…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>区内/区外</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>一覧に表示</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>区内</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>区外</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Merge Area</source>
        <translation>地区の統合</translation>
    </message>
</context>
<context>
    <name>renkei::Attendance</name>
    <message>
        <source>Invited</source>
        <translation>案内済み</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>申込</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCertificates</name>
    <message>
        <source>No one is recorded as having attended this meeting yet.</source>
        <translation>この会合にはまだ出席者が記録されていません。</translation>
    </message>
    <message>
        <source>Member %1 is not recorded as having attended this meeting.</source>
        <translation>会員 %1 はこの会合への出席が記録されていません。</translation>
    </message>
    <message>
        <source>The certificates could not be printed: the printer or file did not start.</source>
        <translation>参加証明書を印刷できませんでした：プリンターまたはファイルを開始できませんでした。</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>参加証明書</translation>
    </message>
    <message>
        <source>This is to certify that the person named above attended the following meeting.</source>
        <translation>上記の者は、下記の会合に出席したことを証明します。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Time and length on a certificate of attendance; Japanese: %1（%2時間）</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1（%2時間）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The serial number of a certificate: meeting number and person; Japanese: 第%1号</extracomment>
        <translation>第%1号</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>certificate name</comment>
        <extracomment>The attendee&apos;s name on a certificate; Japanese adds the honorific: %1 様</extracomment>
        <translation>%1 殿</translation>
    </message>
    <message>
        <source>There is no one to make a certificate for.</source>
        <translation>参加証明書を作成する対象者がいません。</translation>
    </message>
    <message>
        <source>%1 — certificates of attendance</source>
        <extracomment>The title of the certificates&apos; PDF; %1 is the series and meeting number</extracomment>
        <translation>%1 — 参加証明書</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCsvDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose UTF-8 to keep every character.</source>
        <translation>何も保存しませんでした。すべての文字を保持するには UTF-8 を選択してください。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存しませんでした：%1</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceDocuments</name>
    <message>
        <source>Sign-in &amp;Sheet...</source>
        <translation>受付名簿(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>名札(&amp;B)</translation>
    </message>
    <message>
        <source>Name badges for the people chosen, or for everyone registered</source>
        <translation>選択した人、または申込者全員の名札</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>参加証明書(&amp;C)</translation>
    </message>
    <message>
        <source>Certificates of attendance for the people chosen, or for everyone who came</source>
        <translation>選択した人、または出席者全員の参加証明書</translation>
    </message>
    <message>
        <source>Gri&amp;d</source>
        <translation>出席表(&amp;D)</translation>
    </message>
    <message>
        <source>Print Preview...</source>
        <translation>印刷プレビュー...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDFとして保存...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSVを書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>Attendance &amp;List of This Meeting...</source>
        <translation>この会合の出席者一覧(&amp;L)…</translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of the Fiscal Year...</source>
        <translation>年度の出席一覧表(&amp;M)…</translation>
    </message>
    <message>
        <source>The attendance grid of %1 for %2: everyone who came × the year&apos;s meetings</source>
        <translation>%1の%2の出席表：出席者全員×その年度の会合</translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of %1 (%2)...</source>
        <translation>%1（%2）の出席一覧表(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>先に会合を選択してください。</translation>
    </message>
    <message>
        <source>Name Badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Save the Name Badges</source>
        <translation>名札の保存</translation>
    </message>
    <message>
        <source>%1_badges.pdf</source>
        <translation>%1_名札.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) to %1.</source>
        <translation>
            <numerusform>名札%n枚を%1に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates of Attendance</source>
        <translation>参加証明書</translation>
    </message>
    <message>
        <source>Save the Certificates</source>
        <translation>参加証明書の保存</translation>
    </message>
    <message>
        <source>%1_certificates.pdf</source>
        <translation>%1_参加証明書.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation>
            <numerusform>参加証明書%n枚を%1に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates are chosen by member: for a guest, choose no one and print them for everyone who came. Nothing was printed.</source>
        <translation>参加証明書は会員ごとに選択します。ゲストの分は、誰も選択せずに出席者全員分を印刷してください。何も印刷していません。</translation>
    </message>
    <message>
        <source>None of the people chosen is recorded as having attended this meeting, so there is no certificate to print. Choose no one to print them for everyone who came.</source>
        <translation>選択した人のうち、この会合への出席が記録されている人がいないため、印刷する参加証明書はありません。出席者全員分を印刷するには、誰も選択しないでください。</translation>
    </message>
    <message>
        <source>Save the Attendance Grid</source>
        <translation>出席表の保存</translation>
    </message>
    <message>
        <source>%1_%2_attendance_grid.pdf</source>
        <translation>%1_%2_出席表.pdf</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>「%1」を%2に保存しました。</translation>
    </message>
    <message>
        <source>Save the Attendance List</source>
        <translation>出席者一覧の保存</translation>
    </message>
    <message>
        <source>%1_attendance.csv</source>
        <translation>%1_出席者一覧.csv</translation>
    </message>
    <message>
        <source>Save the Attendance Matrix of %1 (%2)</source>
        <translation>%1（%2）の出席一覧表の保存</translation>
    </message>
    <message>
        <source>%1_%2_attendance_matrix.csv</source>
        <translation>%1_%2_出席一覧表.csv</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n行を%1に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceExport</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation>会員・ゲスト</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A meeting&apos;s column: its number (第12回) and date</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Times attended</source>
        <translation>出席回数</translation>
    </message>
    <message>
        <source>Members attended</source>
        <translation>出席会員数</translation>
    </message>
    <message>
        <source>Guests attended</source>
        <translation>出席ゲスト数</translation>
    </message>
    <message>
        <source>Everyone attended</source>
        <translation>出席者数（合計）</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</source>
        <translation>
            <numerusform>%n件の値を %1 で書き出せません。似た文字への置き換えに同意するか、UTF-8 を選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceFacts</name>
    <message>
        <source>reading attendance for a report</source>
        <translation>レポート用の出欠の読み込み</translation>
    </message>
    <message>
        <source>reading the meetings that followed</source>
        <translation>その後の会合の読み込み</translation>
    </message>
    <message>
        <source>reading who came to the meetings that followed</source>
        <translation>その後の会合の出席者の読み込み</translation>
    </message>
    <message>
        <source>reading who had come before</source>
        <translation>以前の出席者の読み込み</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceGrid</name>
    <message>
        <source>%1 — attendance in %2</source>
        <extracomment>Title of the attendance grid; %1 the series, %2 the fiscal year. Japanese: %1 %2 出席一覧</extracomment>
        <translation>%1 %2 出席表</translation>
    </message>
    <message>
        <source>The attendance grid could not be printed: the printer or file did not start.</source>
        <translation>出席表を印刷できませんでした（プリンターまたはファイルを開けませんでした）。</translation>
    </message>
    <message>
        <source>✓ attended</source>
        <extracomment>The attendance grid&apos;s legend; Japanese: ✓ 出席</extracomment>
        <translation>✓ 出席</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <extracomment>A guest&apos;s name on the attendance grid; Japanese: %1（ゲスト）</extracomment>
        <translation>%1（ゲスト）</translation>
    </message>
</context>
<context>
    <name>renkei::AttendancePanel</name>
    <message>
        <source>&amp;Reception...</source>
        <translation>受付(&amp;R)...</translation>
    </message>
    <message>
        <source>The check-in screen for the reception desk</source>
        <translation>受付窓口用の受付画面</translation>
    </message>
    <message>
        <source>Record from &amp;Paper...</source>
        <translation>紙の名簿から記録(&amp;P)...</translation>
    </message>
    <message>
        <source>Add &amp;Guest...</source>
        <translation>ゲストを追加(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Invite...</source>
        <translation>案内(&amp;I)...</translation>
    </message>
    <message>
        <source>Add a member: type a few letters of the name or reading</source>
        <translation>会員を追加：氏名またはふりがなの一部を入力</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Set S&amp;tatus</source>
        <translation>状態を設定(&amp;T)</translation>
    </message>
    <message>
        <source>Set R&amp;ole</source>
        <translation>役割を設定(&amp;O)</translation>
    </message>
    <message>
        <source>Make &amp;Member...</source>
        <translation>会員にする(&amp;M)...</translation>
    </message>
    <message>
        <source>The guest becomes a member, keeping the meetings they came to</source>
        <translation>ゲストを会員にします（参加した会合の記録はそのまま残ります）</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>%1 of %2 places taken · %3 waiting · %4 here</source>
        <translation>定員%2人中%1人 · キャンセル待ち%3人 · 来場%4人</translation>
    </message>
    <message>
        <source>%1 registered (no limit) · %2 waiting · %3 here</source>
        <translation>申込%1人（定員なし） · キャンセル待ち%2人 · 来場%3人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know: %1.</source>
        <translation>キャンセル待ちから繰り上がりました。次の方に連絡してください：%1。</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>先に会合を選択してください。</translation>
    </message>
    <message>
        <source>%1 is on the list already (%2).</source>
        <translation>%1さんはすでにリストにあります（%2）。</translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation>定員に達しています。%1さんはキャンセル待ち%2番目です。</translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1さんの申込を登録しました。</translation>
    </message>
    <message>
        <source>%1 registered as a guest.</source>
        <translation>%1さんをゲストとして登録しました。</translation>
    </message>
    <message numerus="yes">
        <source>The meeting is full: %n person(s) went onto the waiting list.</source>
        <translation>
            <numerusform>定員に達しているため、%n人がキャンセル待ちになりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n person(s) off the list.</source>
        <translation>
            <numerusform>%n人をリストから外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n member(s).</source>
        <translation>
            <numerusform>会員%n人の申込を登録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s).</source>
        <translation>
            <numerusform>会員%n人を案内済みにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait for a place.</source>
        <translation>
            <numerusform>そのうち%n人はキャンセル待ちです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n人はすでにリストにありました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Guest</source>
        <translation>ゲストの追加</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a member now; %n meeting(s) they came to as a guest are in their history.</source>
        <translation>
            <numerusform>%1さんを会員にしました。ゲストとして参加した%n回の会合は履歴に含まれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &amp;Up from the Waiting List</source>
        <translation>キャンセル待ちから繰り上げ(&amp;U)</translation>
    </message>
    <message>
        <source>Places are free while people wait: give them the places, first come first served</source>
        <translation>定員に空きがあり、キャンセル待ちの人がいます。申込順に繰り上げます</translation>
    </message>
    <message>
        <source>No one moved up: the meeting has taken place, or is cancelled.</source>
        <translation>繰り上げはありませんでした。会合は開催済みか、中止されています。</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceRepository</name>
    <message>
        <source>reading the attendance</source>
        <translation>出欠の読み込み</translation>
    </message>
    <message>
        <source>reading a member&apos;s attendance</source>
        <translation>会員の出欠の読み込み</translation>
    </message>
    <message>
        <source>There is no attendance record with id %1.</source>
        <translation>ID %1 の出欠記録はありません。</translation>
    </message>
    <message>
        <source>The meeting does not exist.</source>
        <translation>会合が存在しません。</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>ゲストの氏名を入力してください。</translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation>ふりがな「%1」はかなで入力してください。</translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation>選択した職種は存在しません。</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>会員が存在しません。</translation>
    </message>
    <message>
        <source>This member is already on the meeting&apos;s list.</source>
        <translation>この会員はすでにこの会合の一覧に登録されています。</translation>
    </message>
    <message>
        <source>adding to the attendance</source>
        <translation>出欠への追加</translation>
    </message>
    <message>
        <source>saving the attendance</source>
        <translation>出欠の保存</translation>
    </message>
    <message>
        <source>removing from the attendance</source>
        <translation>出欠からの削除</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1（ゲスト）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付</translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeOrder</name>
    <message>
        <source>By reading (五十音)</source>
        <translation>ふりがな順（五十音）</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種順</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>所属順</translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeRepository</name>
    <message>
        <source>reading the meeting&apos;s list</source>
        <translation>会合の一覧の読み込み</translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation>会員の読み込み</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>ID %1 の会員はいません。</translation>
    </message>
    <message>
        <source>reading the guests&apos; attendance</source>
        <translation>ゲストの出欠の読み込み</translation>
    </message>
    <message>
        <source>looking for members</source>
        <translation>会員の検索</translation>
    </message>
</context>
<context>
    <name>renkei::BreakdownModel</name>
    <message>
        <source>Attendances</source>
        <translation>延べ参加者数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>renkei::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>画像を %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>グラフの印刷</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>グラフを%1に保存しました。</translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDesk</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation>この出欠記録は別の会合のものです。</translation>
    </message>
    <message>
        <source>No profession given</source>
        <translation>職種の指定なし</translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDialog</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Reception — %1</source>
        <translation>受付 — %1</translation>
    </message>
    <message>
        <source>Type a few letters of the name or its reading, then Enter</source>
        <translation>名前またはふりがなを数文字入力して Enter を押してください</translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation>参加費支払済み(&amp;P)</translation>
    </message>
    <message>
        <source>Stays for the &amp;social gathering</source>
        <translation>懇親会に参加(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo Check-in</source>
        <translation>受付を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Walk-in Guest...</source>
        <translation>当日参加のゲスト(&amp;W)...</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>来場予定</translation>
    </message>
    <message>
        <source>not registered — Enter lets them in as a walk-in</source>
        <translation>申込なし — Enter で当日参加として受付します</translation>
    </message>
    <message>
        <source>here since %1</source>
        <translation>%1 に受付済み</translation>
    </message>
    <message>
        <source>%1&#x3000;%2
%3 — %4</source>
        <extracomment>A person found at the reception desk: name, reading; then profession and organisation, and status</extracomment>
        <translation>%1&#x3000;%2
%3 — %4</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1（ゲスト）</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 はすでに受付済みです（%2）。</translation>
    </message>
    <message>
        <source>✓ %1 — walk-in, %2</source>
        <extracomment>At the reception desk, after Enter: who was checked in and when</extracomment>
        <translation>✓ %1 — 当日参加、%2</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation>%1 の受付を取り消しました。</translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>当日参加のゲスト</translation>
    </message>
    <message>
        <source>✓ %1 — walk-in guest, %2</source>
        <translation>✓ %1 — 当日参加のゲスト、%2</translation>
    </message>
    <message>
        <source>Here: %1 of %2</source>
        <extracomment>The reception desk&apos;s running total</extracomment>
        <translation>受付済み：%1 / %2</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDay</name>
    <message>
        <source>%1, every year</source>
        <extracomment>A closed day that comes back every year; Japanese: 毎年 %1</extracomment>
        <translation>毎年 %1</translation>
    </message>
    <message>
        <source>%1–%2, every year</source>
        <extracomment>Closed days that come back every year; Japanese: 毎年 %1〜%2</extracomment>
        <translation>毎年 %1〜%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of closed days; Japanese: %1〜%2</extracomment>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDayRepository</name>
    <message>
        <source>reading the closed days</source>
        <translation>休業日一覧の読み込み</translation>
    </message>
    <message>
        <source>reading a closed day</source>
        <translation>休業日の読み込み</translation>
    </message>
    <message>
        <source>There is no closed day with id %1.</source>
        <translation>ID %1 の休業日はありません。</translation>
    </message>
    <message>
        <source>Give the closed days a name, such as Obon.</source>
        <translation>休業日に名前（例：お盆）を付けてください。</translation>
    </message>
    <message>
        <source>The first closed day is not a valid date.</source>
        <translation>最初の休業日が有効な日付ではありません。</translation>
    </message>
    <message>
        <source>The last closed day cannot be before the first.</source>
        <translation>最後の休業日を最初の休業日より前にすることはできません。</translation>
    </message>
    <message>
        <source>A range of closed days can be a year long at most.</source>
        <translation>休業日の期間は最長1年です。</translation>
    </message>
    <message>
        <source>adding a closed day</source>
        <translation>休業日の追加</translation>
    </message>
    <message>
        <source>saving a closed day</source>
        <translation>休業日の保存</translation>
    </message>
    <message>
        <source>deleting a closed day</source>
        <translation>休業日の削除</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDaysDialog</name>
    <message>
        <source>Closed Days</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Meetings are not planned on these days, as on public holidays.</source>
        <translation>これらの日には、祝日と同様に会合を計画しません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>such as Obon, or the hall&apos;s closed days</source>
        <translation>お盆、会場の休館日など</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日付:</translation>
    </message>
</context>
<context>
    <name>renkei::CsvReader</name>
    <message>
        <source>The quoted field that starts here is never closed: a quote is missing.</source>
        <translation>ここから始まる引用符付きのフィールドが閉じられていません：引用符が不足しています。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>引用符付きフィールドの閉じ引用符の後に文字があります。引用符付きフィールド内の引用符は2つ重ねて（&quot;&quot;）記述する必要があります。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s “Unicode text”); save it as “CSV UTF-8” or “CSV” instead.</source>
        <translation>このファイルは UTF-16 のテキスト（Excel の「Unicode テキスト」）です。「CSV UTF-8」または「CSV」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The text encoding %1 is not available.</source>
        <translation>文字コード %1 は利用できません。</translation>
    </message>
    <message>
        <source>The record that starts on this line is longer than %1 bytes; a quote is probably never closed.</source>
        <translation>この行から始まるレコードが %1 バイトを超えています。引用符が閉じられていない可能性があります。</translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation>フィールドに %1 のテキストとして無効なバイトが含まれています。ファイルの文字コードが異なっていませんか？</translation>
    </message>
    <message>
        <source>The bytes %1 are not valid %2 text; is the file in another encoding?</source>
        <translation>バイト %1 は %2 のテキストとして無効です。ファイルの文字コードが異なっていませんか？</translation>
    </message>
    <message>
        <source>The line holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation>行に %1 のテキストとして無効なバイトが含まれています。ファイルの文字コードが異なっていませんか？</translation>
    </message>
</context>
<context>
    <name>renkei::CsvSaveFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation>「%1」が開かれていません。</translation>
    </message>
</context>
<context>
    <name>renkei::CsvWriter</name>
    <message>
        <source>Record %1 has a character that cannot be written in %2.</source>
        <translation>レコード %1 に %2 で書き出せない文字が含まれています。</translation>
    </message>
    <message>
        <source>The CSV could not be written: the file is not open for writing.</source>
        <translation>CSV を書き出せませんでした：ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1</source>
        <translation>CSV を書き出せませんでした：%1</translation>
    </message>
</context>
<context>
    <name>renkei::Database</name>
    <message>
        <source>This is a folder, not a Renkei database file.</source>
        <translation>これはフォルダーです。Renkei のデータベースファイルではありません。</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name for a new database.</source>
        <translation>ファイルがすでに存在します。新しいデータベースには新しい名前を付けてください。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>ファイルを読み込めません：アクセス権がありません。</translation>
    </message>
    <message>
        <source>This file is not a Renkei database (it is not an SQLite database). It was left unchanged.</source>
        <translation>このファイルは Renkei のデータベースではありません（SQLite データベースではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database file could not be created: %1</source>
        <translation>データベースファイルを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバーがありません（パッケージ libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>データベースを開けませんでした：%1</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read (%1). It was left unchanged; restore it from a backup.</source>
        <translation>データベースが破損しているため読み込めません（%1）。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>This SQLite file was not made by Renkei. It was left unchanged.</source>
        <translation>この SQLite ファイルは Renkei で作成されたものではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Renkei (schema %1; this version reads up to %2). Please update Renkei. The file was left unchanged.</source>
        <translation>このデータベースは新しいバージョンの Renkei で書き込まれています（スキーマ %1。このバージョンで読めるのは %2 までです）。Renkei を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). It was left unchanged; restore it from a backup.</source>
        <translation>データベースが破損しています（%1）。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation>外部キーの有効化</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging: %1</source>
        <translation>データベースを先行書き込みログ（WAL）に切り替えられませんでした：%1</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>同期モードの設定</translation>
    </message>
    <message>
        <source>marking the file as a Renkei database</source>
        <translation>Renkei データベースとしての識別情報の書き込み</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>スキーマバージョンの記録</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed: %3</source>
        <translation>データベースをスキーマ %1（%2）に更新できませんでした。何も変更していません：%3</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <source>undoing the changes</source>
        <translation>変更の取り消し</translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <extracomment>%1 is what was being done (e.g. &quot;saving a member&quot;), %2 the database&apos;s own message</extracomment>
        <translation>%1中にデータベースでエラーが発生しました：%2</translation>
    </message>
</context>
<context>
    <name>renkei::DemoNetwork</name>
    <message>
        <source>This database already has members (%1); the demo network only goes into a new, empty database.</source>
        <translation>このデータベースにはすでに会員がいます（%1人）。デモ用ネットワークは新しい空のデータベースにのみ作成できます。</translation>
    </message>
    <message>
        <source>The database already has areas or meetings; the demo network only goes into a new, empty database.</source>
        <translation>このデータベースにはすでに地区または会合があります。デモ用ネットワークは新しい空のデータベースにのみ作成できます。</translation>
    </message>
    <message>
        <source>The demo network needs a valid reference date.</source>
        <translation>デモ用ネットワークには有効な基準日が必要です。</translation>
    </message>
</context>
<context>
    <name>renkei::DemoSeed</name>
    <message>
        <source>The demo network&apos;s data names an unknown area: %1</source>
        <translation>デモ用ネットワークのデータに不明な地区があります：%1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data could not be read: %1</source>
        <translation>デモ用ネットワークのデータを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data is not valid JSON: %1</source>
        <translation>デモ用ネットワークのデータが正しいJSONではありません：%1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data is not a JSON object.</source>
        <translation>デモ用ネットワークのデータがJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The demo network&apos;s data lacks &apos;%1&apos; or has it in the wrong form.</source>
        <translation>デモ用ネットワークのデータに「%1」がないか、形式が正しくありません。</translation>
    </message>
</context>
<context>
    <name>renkei::DocumentFile</name>
    <message>
        <source>This is a folder; give a file name.</source>
        <translation>これはフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ファイルを保存できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>renkei::DocumentOutput</name>
    <message>
        <source>Saved to %1.</source>
        <translation>%1に保存しました。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>renkei::DocumentText</name>
    <message>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>参加費</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>A meeting&apos;s fee when there is none</extracomment>
        <translation>無料</translation>
    </message>
    <message>
        <source>To attend</source>
        <extracomment>The heading of how to reply to an invitation</extracomment>
        <translation>参加申込</translation>
    </message>
    <message>
        <source>: </source>
        <comment>label and value</comment>
        <extracomment>Between a label and its value on a printed line (&quot;Date: …&quot;); Japanese: a full-width colon</extracomment>
        <translation>：</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list</comment>
        <extracomment>Between the items of a list on one printed line; Japanese: 、</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>  </source>
        <comment>gap</comment>
        <extracomment>Between the parts of a printed line (a time and a title); Japanese: one full-width space</extracomment>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>The year of a printed date (%1 is 2026); Japanese: %1年</extracomment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>ddd d MMMM %1</source>
        <extracomment>A printed date as a QDate format, %1 the year: Tue 13 January 2026; Japanese: %1M月d日（ddd）</extracomment>
        <translation>%1M月d日（ddd）</translation>
    </message>
    <message>
        <source>ddd d MMMM</source>
        <extracomment>A printed date without the year as a QDate format: Tue 6 January; Japanese: M月d日（ddd）</extracomment>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A time with no end: from 20:45; Japanese: %1〜</extracomment>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>From a time to another: 19:00–20:30; Japanese: %1〜%2</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time</comment>
        <extracomment>A date and its times: Tue 13 January 2026, 19:00–20:30; Japanese: %1%2 (no space)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A fiscal year (April to March) by the year it begins in; Japanese: %1年度</extracomment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The number of a meeting in its series; Japanese: 第%1回</extracomment>
        <translation>第%1回</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yen (%1 is 3,000); Japanese: %1円</extracomment>
        <translation>%1円</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>A number of people (a meeting&apos;s places); Japanese: %n名</extracomment>
        <translation>
            <numerusform>%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted theme; Japanese: 「%1」</extracomment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source> (%1)</source>
        <extracomment>A parenthetical after a name (its address, organisation or fee); Japanese: （%1） with no space</extracomment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>An agenda item&apos;s kind and its title: [Lecture] Care at home; Japanese: 【%1】%2</extracomment>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開会</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講演</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>事例検討</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>ハンズオン</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>意見交換</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>閉会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>renkei::EntryListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in Lists</source>
        <translation>一覧に表示(&amp;S)</translation>
    </message>
    <message>
        <source>Offer this entry in lists again</source>
        <translation>この項目を再び一覧に表示します</translation>
    </message>
    <message>
        <source>Keep this entry for the members who have it, but stop offering it</source>
        <translation>この項目を使っている会員にはそのまま残し、一覧には表示しないようにします</translation>
    </message>
    <message>
        <source>In use: hide it or merge it into another instead</source>
        <translation>使用中です。非表示にするか、別の項目に統合してください</translation>
    </message>
</context>
<context>
    <name>renkei::Error</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1、%2行目、%3列目</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2行目</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>renkei::ExportDialog</name>
    <message>
        <source>Export the Roster</source>
        <translation>名簿の書き出し</translation>
    </message>
    <message>
        <source>The members the list shows (its search and filters)</source>
        <translation>一覧に表示されている会員（検索・絞り込みの結果）</translation>
    </message>
    <message>
        <source>All members who are not archived</source>
        <translation>アーカイブ済みでないすべての会員</translation>
    </message>
    <message>
        <source>&amp;Shared roster: only members who agreed to appear on one</source>
        <translation>共有名簿(&amp;S)：掲載に同意した会員のみ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>Columns (drag to reorder)</source>
        <translation>列（ドラッグで並べ替え）</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>名簿.csv</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>列を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Nothing was exported. Choose UTF-8 to keep every character.</source>
        <translation>何も書き出しませんでした。すべての文字を保持するには UTF-8 を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>会員%n人を%1に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who have not agreed to appear on shared rosters were left out.</source>
        <translation>
            <numerusform>共有名簿への掲載に同意していない会員%n人は除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were written with replacements.</source>
        <translation>
            <numerusform>%n件の値を置き換えて書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1 Cannot Hold</source>
        <translation>%1で表せない文字</translation>
    </message>
    <message>
        <source>%1 has no form for the characters below. They can be written with a look-alike (〜 as ～, 𠮷 as 吉) or 〓; choose UTF-8 instead to keep them.</source>
        <translation>%1では以下の文字を表せません。似た文字（〜を～、𠮷を吉）または〓に置き換えて書き出すことができます。そのまま残すには UTF-8 を選択してください。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Will be written as</source>
        <translation>置き換え後</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>&amp;Replace and Export</source>
        <translation>置き換えて書き出し(&amp;R)</translation>
    </message>
    <message>
        <source>A shared roster also leaves blank the e-mail address of members who have not agreed to be e-mailed, and the notes. Untick for the organiser&apos;s own copy, which holds everyone, whole.</source>
        <translation>共有名簿では、メール連絡に同意していない会員のメールアドレスとメモも空欄になります。全員の情報をすべて含む世話人用の名簿にするには、チェックを外してください。</translation>
    </message>
    <message numerus="yes">
        <source>The e-mail address of %n member(s) who have not agreed to be e-mailed was left blank.</source>
        <translation>
            <numerusform>メール連絡に同意していない会員%n人のメールアドレスは空欄にしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::FiscalYear</name>
    <message>
        <source>“%1” is not a fiscal year; write its first year, for example 2026 (April 2026 to March 2027).</source>
        <translation>「%1」は年度ではありません。開始年で入力してください（例：2026 は2026年4月〜2027年3月）。</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A fiscal year (April to March) by the year it begins in; Japanese: %1年度</extracomment>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>renkei::GuestConversion</name>
    <message>
        <source>This attendance is a member&apos;s, not a guest&apos;s.</source>
        <translation>この出欠記録はゲストではなく会員のものです。</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>所属：%1</translation>
    </message>
</context>
<context>
    <name>renkei::GuestDialog</name>
    <message>
        <source>Family name, a space, given name</source>
        <translation>姓、スペース、名の順</translation>
    </message>
    <message>
        <source>In kana, e.g. やまだ はなこ</source>
        <translation>ふりがな（例：やまだ はなこ）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>ふりがな(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>職種(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O):</translation>
    </message>
</context>
<context>
    <name>renkei::GuestToMemberDialog</name>
    <message>
        <source>Make the Guest a Member</source>
        <translation>ゲストを会員にする</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>&amp;Name (family, given):</source>
        <translation>氏名（姓、名）(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading (family, given):</source>
        <translation>ふりがな（姓、名）(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>職種(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <source>Every meeting this person came to as a guest becomes part of the new member&apos;s history.</source>
        <translation>この人がゲストとして参加したすべての会合が、新しい会員の履歴に加わります。</translation>
    </message>
    <message>
        <source>Make &amp;Member</source>
        <translation>会員にする(&amp;M)</translation>
    </message>
</context>
<context>
    <name>renkei::HtmlPdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDFの作成を開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>renkei::ICalendar</name>
    <message>
        <source>This meeting is cancelled.</source>
        <translation>中止になりました。</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>theme</comment>
        <extracomment>A calendar event&apos;s title after the meeting&apos;s: its theme; Japanese: 「%1」</extracomment>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>renkei::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>名簿の選択</translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the names below read correctly; if not, choose the encoding by hand.</source>
        <translation>Excel で保存した CSV ファイル（「CSV」または「CSV UTF-8」）を選んでください。下の名前が正しく表示されているか確認し、正しくない場合は文字コードを手動で選んでください。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Import a Roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>%1 として読み込みました。</translation>
    </message>
    <message>
        <source>Read as %1, as found in the file.</source>
        <translation>ファイルの指定どおり %1 として読み込みました。</translation>
    </message>
    <message>
        <source>Read as %1, the likelier guess: the file is not valid in any encoding. Check the names below.</source>
        <translation>可能性の高い %1 として読み込みました。ファイルはどの文字コードとしても正しくありません。下の名前を確認してください。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Renkei recognised the usual headers. Choose what each column holds, or “Not imported”.</source>
        <translation>Renkei が一般的な見出しを認識しました。各列の内容を選ぶか、「取り込まない」を選んでください。</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>1行目</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>全行のチェック</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in Excel.</source>
        <translation>Excel でファイルを修正した後、もう一度読み込みます。</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>全%n行を取り込めます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file before anything is imported; nothing has been written.</source>
        <translation>
            <numerusform>取り込む前に、ファイル内の%n件の問題を修正する必要があります。まだ何も書き込まれていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>最初の%n件を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members who are already there</source>
        <translation>登録済みの会員</translation>
    </message>
    <message>
        <source>These rows look like members Renkei has (or earlier rows of the file). Skip keeps the member as they are; Update writes the file&apos;s columns over theirs; Add makes another member.</source>
        <translation>これらの行は、Renkei に登録済みの会員（またはファイル内の前の行）と同一人物の可能性があります。「スキップ」は会員をそのまま残し、「更新」はファイルの列で上書きし、「追加」は別の会員として登録します。</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル内</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>類似する会員</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>&amp;For every row below:</source>
        <translation>以下のすべての行(&amp;F):</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（%2行目）</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) take the choice above.</source>
        <translation>
            <numerusform>ほか%n行にも上の選択が適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>New professions, organisations and areas</source>
        <translation>新しい職種・事業所・地区</translation>
    </message>
    <message>
        <source>The file names these, and Renkei does not have them yet. Create each, or choose the entry it means.</source>
        <translation>ファイルに記載されていますが、Renkei にまだ登録されていない項目です。それぞれ新規作成するか、該当する項目を選んでください。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>ファイル内の名前</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>「%1」を作成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>取り込みませんでした：%n件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the import.</source>
        <translation>
            <numerusform>%n件の問題があるため取り込めません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be added, %2 updated and %3 skipped; %4 new list entries will be created. Everything is written at once, or nothing.</source>
        <translation>%1件を追加、%2件を更新、%3件をスキップし、一覧の項目を%4件新規作成します。すべて一括で書き込まれるか、何も書き込まれないかのどちらかです。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3</source>
        <translation>取り込み %1件、更新 %2件、スキップ %3件</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>名簿をチェックしています…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>名簿を取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>renkei::InviteDialog</name>
    <message>
        <source>Invite Members</source>
        <translation>会員の案内</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>現役の会員</translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation>アーカイブ済みの会員</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>すべての会員</translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation>区内・区外</translation>
    </message>
    <message>
        <source>In the area only</source>
        <translation>区内のみ</translation>
    </message>
    <message>
        <source>Out of the area only</source>
        <translation>区外のみ</translation>
    </message>
    <message>
        <source>Only those who came to one of the last</source>
        <translation>直近の会合に1回以上出席した会員のみ:</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation>回</translation>
    </message>
    <message>
        <source>&amp;Register them at once (a full meeting puts the rest on the waiting list)</source>
        <translation>すぐに申込にする(&amp;R)（定員に達した場合、残りはキャンセル待ちになります）</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>案内(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>申込(&amp;R)</translation>
    </message>
    <message>
        <source>Members who match every choice below; none ticked in a list means any.</source>
        <translation>以下のすべての条件に該当する会員です。一覧でチェックがない場合は、すべてが対象になります。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match; %1 of them on the list already.</source>
        <translation>
            <numerusform>%n人が該当します（うち%1人はすでに一覧にあります）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Renkei</source>
        <translation>Renkeiについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>The new database could not be created. %1</source>
        <translation>新しいデータベースを作成できませんでした。%1</translation>
    </message>
    <message>
        <source>The database could not be opened. %1</source>
        <translation>データベースを開けませんでした。%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei)</source>
        <translation>Renkeiデータベース (*.renkei)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei);;All files (*)</source>
        <translation>Renkeiデータベース (*.renkei);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>About Renkei</source>
        <translation>Renkeiについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Renkei %1&lt;/h3&gt;&lt;p&gt;For organisers of regional multi-professional care networks: the roster of members, meetings, attendance and reports, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Renkei %1&lt;/h3&gt;&lt;p&gt;地域の多職種連携ネットワークの世話人のためのアプリケーションです。会員名簿、会合、出欠、レポートを1つのファイルで管理できます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>renkei::Meeting</name>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The ordinal of a meeting in its series; Japanese: 第%1回</extracomment>
        <translation>第%1回</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingAgendaPane</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>&amp;Japanese era dates</source>
        <translation>和暦で表記(&amp;J)</translation>
    </message>
    <message>
        <source>Agendas saved as PDF, web page or text give their dates in the Japanese era (令和8年1月13日).</source>
        <translation>PDF、Webページ、テキストで保存する次第の日付を和暦で表記します（令和8年1月13日）。</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>%1の次第</translation>
    </message>
    <message>
        <source>Agenda of %1: %2</source>
        <translation>%1の次第：%2</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>次第はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::MeetingEditor</name>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation>円</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The editor&apos;s title: series and meeting number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>会場:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>参加費:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>住所(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>参加費(&amp;F):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>定員(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes or minutes:</source>
        <translation>メモ・議事録(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>次第(&amp;A)</translation>
    </message>
    <message>
        <source>%1: no meeting should fall on it.</source>
        <extracomment>Next to a meeting&apos;s date that is a holiday or closed day</extracomment>
        <translation>%1：この日には会合を開催しないでください。</translation>
    </message>
    <message>
        <source>Social &amp;gathering (懇親会)</source>
        <translation>懇親会(&amp;G)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U):</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingFiguresModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a meeting with its section: &quot;By profession: Nurse&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingPlanner</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of a year, e.g. &quot;June 2026&quot;; Japanese: %2年%1 (2026年6月)</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to %3, outside the planned range.</source>
        <extracomment>%1 the rule&apos;s date, %2 the holiday or closed day, %3 the new date</extracomment>
        <translation>%1（%2）のため計画期間外の%3に変更</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the next business day.</source>
        <extracomment>Japanese: %1（%2）のため翌営業日に変更</extracomment>
        <translation>%1（%2）のため翌営業日に変更</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the previous business day.</source>
        <extracomment>Japanese: %1（%2）のため前営業日に変更</extracomment>
        <translation>%1（%2）のため前営業日に変更</translation>
    </message>
    <message>
        <source>No meeting: %1 is %2.</source>
        <extracomment>%1 a date, %2 a holiday&apos;s name; Japanese: %1は%2のため休み</extracomment>
        <translation>%1は%2のため休み</translation>
    </message>
    <message>
        <source>No meeting: %1 has no %2 %3.</source>
        <extracomment>%1 a month, %2 the ordinal week, %3 the weekday; Japanese: %1には%2%3がないため休み</extracomment>
        <translation>%1には%2%3がないため休み</translation>
    </message>
    <message>
        <source>No meeting: %1 (%2) would move onto a date the plan already has.</source>
        <translation>%1（%2）の振替先が計画済みの日と重なるため休み</translation>
    </message>
    <message>
        <source>No meeting: there is no business day within two weeks of %1 (%2).</source>
        <translation>%1（%2）から2週間以内に営業日がないため休み</translation>
    </message>
    <message>
        <source>%1 (%2) becomes %3</source>
        <extracomment>A meeting whose number changes, e.g. &quot;No. 42 (8/11/26) becomes No. 41&quot;</extracomment>
        <translation>%1（%2）→%3</translation>
    </message>
    <message numerus="yes">
        <source>%n planned meeting(s) will be removed, with %1 registration(s).</source>
        <translation>
            <numerusform>予定の会合%n回と、その申込%1件が削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumbered: %1.</source>
        <translation>回数を振り直しました：%1。</translation>
    </message>
    <message>
        <source>Choose the fiscal year to plan.</source>
        <translation>計画する年度を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n meeting(s) in %2, the first %3 on %4. To change the rhythm, re-plan from one of them.</source>
        <translation>
            <numerusform>%1には%2の会合がすでに%n回あります（最初は%4の%3）。開催ペースを変えるには、そのいずれかから計画し直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has meetings after %2 (%3 on %4); plan the years in order.</source>
        <translation>%1には%2より後の会合がすでにあります（%4の%3）。年度は順番に計画してください。</translation>
    </message>
    <message>
        <source>%1 on %2 belongs to another series.</source>
        <translation>%2の%1は別のシリーズの会合です。</translation>
    </message>
    <message>
        <source>%1 on %2 has been held; the rhythm can only change from a meeting that has not.</source>
        <translation>%2の%1は開催済みです。開催ペースは未開催の会合からのみ変更できます。</translation>
    </message>
    <message>
        <source>%1 is on %2, after the end of %3.</source>
        <translation>%1は%2で、%3の終了後です。</translation>
    </message>
    <message>
        <source>The plan runs to the end of %1, where the last meeting it replaces is (%2).</source>
        <translation>計画は、置き換える最後の会合（%2）がある%1の終わりまでとなります。</translation>
    </message>
    <message>
        <source>%1 on %2 is in the past.</source>
        <translation>%2の%1は過去の会合です。</translation>
    </message>
    <message>
        <source>%1 moved to %2, outside %3.</source>
        <translation>%1は%3の範囲外の%2に移動しました。</translation>
    </message>
    <message>
        <source>Public holidays are only known from %1 to %2; check the dates of %3 by hand.</source>
        <translation>祝日は%1から%2までしか分かりません。%3の日付は手作業で確認してください。</translation>
    </message>
    <message>
        <source>The rule gives no meeting from %1 to %2.</source>
        <translation>このルールでは%1から%2までに開催日がありません。</translation>
    </message>
    <message>
        <source>The meetings changed since the preview; preview the plan again.</source>
        <translation>プレビューの後に会合が変更されました。もう一度プレビューしてください。</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingReport</name>
    <message>
        <source>Guests (no area)</source>
        <translation>ゲスト（地区なし）</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Signed up in advance</source>
        <translation>事前申込</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Of whom walk-ins</source>
        <translation>うち当日参加</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Still registered (not marked)</source>
        <translation>申込のまま（出欠未入力）</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>案内済み</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>参加者の内訳</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Presenters and staff</source>
        <translation>発表者・スタッフ</translation>
    </message>
    <message>
        <source>At the social gathering</source>
        <translation>懇親会参加</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>参加費支払済み</translation>
    </message>
    <message>
        <source>Fees collected (yen)</source>
        <translation>参加費の集金額（円）</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種別</translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation>区内・区外</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>区内</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>区外</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>地区別</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation>会合一覧の読み込み</translation>
    </message>
    <message>
        <source>reading a meeting</source>
        <translation>会合の読み込み</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会合はありません。</translation>
    </message>
    <message>
        <source>The series has no meeting number %1.</source>
        <translation>このシリーズに第%1回の会合はありません。</translation>
    </message>
    <message>
        <source>numbering a meeting</source>
        <translation>会合の番号付け</translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation>ID %1 のシリーズはありません。</translation>
    </message>
    <message>
        <source>The meeting must belong to an existing series.</source>
        <translation>会合は既存のシリーズに属している必要があります。</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>会合には有効な日付が必要です。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>参加費にマイナスの値は指定できません。</translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee cannot be negative.</source>
        <translation>懇親会の参加費にマイナスの値は指定できません。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>定員は1以上にしてください。</translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be 1 or more.</source>
        <translation>会合の回数は1以上にしてください。</translation>
    </message>
    <message>
        <source>The series already has a meeting number %1 (on %2).</source>
        <translation>このシリーズにはすでに第%1回の会合があります（%2）。</translation>
    </message>
    <message>
        <source>adding a meeting</source>
        <translation>会合の追加</translation>
    </message>
    <message>
        <source>saving a meeting</source>
        <translation>会合の保存</translation>
    </message>
    <message>
        <source>deleting a meeting</source>
        <translation>会合の削除</translation>
    </message>
    <message>
        <source>%1 people attended this meeting; mark it cancelled instead of deleting it.</source>
        <translation>この会合には%1人が出席しています。削除せずに中止にしてください。</translation>
    </message>
    <message>
        <source>reading an agenda</source>
        <translation>次第の読み込み</translation>
    </message>
    <message>
        <source>An agenda item needs a title or a kind.</source>
        <translation>次第の項目にはタイトルまたは種類が必要です。</translation>
    </message>
    <message>
        <source>An agenda item lasts between 0 and 1440 minutes, not %1.</source>
        <translation>次第の項目の所要時間は0〜1440分で指定してください。%1 は指定できません。</translation>
    </message>
    <message>
        <source>The presenter is not a member; write their name instead.</source>
        <translation>発表者が会員ではありません。代わりに氏名を入力してください。</translation>
    </message>
    <message>
        <source>Agenda item %1: %2</source>
        <translation>次第の項目%1：%2</translation>
    </message>
    <message>
        <source>saving an agenda</source>
        <translation>次第の保存</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingTableModel</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A meeting&apos;s time range: start–end</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation>シリーズ(&amp;S):</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>&amp;Plan a Year...</source>
        <translation>1年分を計画(&amp;P)...</translation>
    </message>
    <message>
        <source>A&amp;genda...</source>
        <translation>次第(&amp;G)...</translation>
    </message>
    <message>
        <source>Save Agenda as P&amp;DF...</source>
        <translation>次第をPDFで保存(&amp;D)...</translation>
    </message>
    <message>
        <source>A&amp;nnouncement...</source>
        <translation>案内文(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Calendar File...</source>
        <translation>カレンダーファイル(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Renumber...</source>
        <translation>番号を振り直す(&amp;R)...</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 held</source>
        <translation>
            <numerusform>会合%n回（開催済み%1回）</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting numbers no longer follow the dates. Renumbering would change: %1.</source>
        <translation>会合の番号が日付順になっていません。番号を振り直すと次のように変わります：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s), %1 to %2.</source>
        <translation>
            <numerusform>%1〜%2の会合を%n回計画しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>先に会合を選択してください。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webページ (*.html)</translation>
    </message>
    <message>
        <source>Save the Agenda</source>
        <translation>次第の保存</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Saved the agenda to %1.</source>
        <translation>次第を%1に保存しました。</translation>
    </message>
    <message>
        <source>Choose a series first.</source>
        <translation>先にシリーズを選択してください。</translation>
    </message>
    <message>
        <source>The meetings of %1</source>
        <translation>%1の会合</translation>
    </message>
    <message>
        <source>All the meetings of the series</source>
        <translation>シリーズのすべての会合</translation>
    </message>
    <message>
        <source>Save the Calendar File</source>
        <translation>カレンダーファイルの保存</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n meeting(s) to %1; importing it again updates the same events.</source>
        <translation>
            <numerusform>会合%n回を%1に保存しました。再度取り込むと、同じ予定が更新されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumbered: %1.</source>
        <translation>番号を振り直しました：%1。</translation>
    </message>
    <message>
        <source>Ne&amp;w Series...</source>
        <translation>新規シリーズ(&amp;W)…</translation>
    </message>
    <message>
        <source>Ed&amp;it Series...</source>
        <translation>シリーズを編集(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete Series...</source>
        <translation>シリーズを削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit &amp;Meeting...</source>
        <translation>会合を編集(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>会合の編集</translation>
    </message>
    <message>
        <source>No meeting series yet: start with &lt;a href=&quot;new-series&quot;&gt;New Series...&lt;/a&gt;</source>
        <translation>シリーズがまだありません。&lt;a href=&quot;new-series&quot;&gt;新規シリーズ…&lt;/a&gt;から始めてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 held; meets %2</source>
        <translation>
            <numerusform>会合%n回（開催済み%1回）・開催：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a series without meetings can be deleted.</source>
        <translation>削除できるのは会合のないシリーズだけです。</translation>
    </message>
    <message>
        <source>Added the series %1. Plan its meetings with Plan a Year.</source>
        <translation>シリーズ「%1」を追加しました。「1年分を計画」で会合を計画してください。</translation>
    </message>
    <message>
        <source>Delete Series</source>
        <translation>シリーズの削除</translation>
    </message>
    <message>
        <source>Delete the meeting series %1?</source>
        <translation>シリーズ「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>It has no meetings. This cannot be undone.</source>
        <translation>このシリーズには会合がありません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted the series %1.</source>
        <translation>シリーズ「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>renkei::MemberAttendanceModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（アーカイブ済み）</translation>
    </message>
    <message>
        <source>● came, × absent, △ cancelled, · not signed up</source>
        <translation>● 出席、× 欠席、△ 取消、· 申込なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席回数</translation>
    </message>
    <message>
        <source>Of meetings</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>最終出席日</translation>
    </message>
    <message>
        <source>Meeting by meeting</source>
        <translation>回ごとの出欠</translation>
    </message>
</context>
<context>
    <name>renkei::MemberBulkWriter</name>
    <message>
        <source>adding a member</source>
        <translation>会員の追加</translation>
    </message>
    <message>
        <source>saving a member</source>
        <translation>会員の保存</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>ID %1 の会員はいません。</translation>
    </message>
    <message>
        <source>looking for members who may be the same person</source>
        <translation>同一人物の可能性がある会員の検索</translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation>会員一覧の読み込み</translation>
    </message>
    <message>
        <source>reading the indexes of %1</source>
        <translation>%1 の索引の読み込み</translation>
    </message>
    <message>
        <source>setting the index %1 aside</source>
        <translation>索引 %1 の一時削除</translation>
    </message>
    <message>
        <source>building the index %1</source>
        <translation>索引 %1 の作成</translation>
    </message>
</context>
<context>
    <name>renkei::MemberEditor</name>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3 — &lt;i&gt;%4&lt;/i&gt;</source>
        <extracomment>A possible duplicate: &quot;&lt;b&gt;山田 太郎&lt;/b&gt; (やまだ たろう) — 医師, … — same e-mail address&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2） — %3 — &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新規会員</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>会員の編集</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>姓のふりがな</translation>
    </message>
    <message>
        <source>Reading of the family name</source>
        <translation>姓の読み</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>名のふりがな</translation>
    </message>
    <message>
        <source>Reading of the given name</source>
        <translation>名の読み</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>入力して所属を検索</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>新規(&amp;W)…</translation>
    </message>
    <message>
        <source>Add an organisation that is not in the list yet</source>
        <translation>一覧にまだない所属を追加します</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Medical associat&amp;ion member (医師会)</source>
        <translation>医師会会員(&amp;I)</translation>
    </message>
    <message>
        <source>May appear on shared &amp;rosters</source>
        <translation>共有名簿への掲載に同意(&amp;R)</translation>
    </message>
    <message>
        <source>Rosters given to other members and partner organisations list only the members who agreed.</source>
        <translation>他の会員や連携先に渡す名簿には、同意した会員だけが掲載されます。</translation>
    </message>
    <message>
        <source>May be &amp;contacted by e-mail</source>
        <translation>メールでの連絡に同意(&amp;C)</translation>
    </message>
    <message>
        <source>Copied e-mail addresses include only the members who agreed.</source>
        <translation>コピーされるメールアドレスには、同意した会員だけが含まれます。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M)：</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>ふりがな(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>職種(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地区(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>FAX(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>入会日(&amp;J)：</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>紹介者(&amp;B)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>メモ(&amp;T)：</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>保存して新規(&amp;N)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose an organisation, or add it with New….</source>
        <translation>「%1」は一覧にありません。所属を選ぶか、「新規…」で追加してください。</translation>
    </message>
    <message>
        <source>Choose a member from the list that drops down, or leave this empty.</source>
        <translation>表示される一覧から会員を選ぶか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This may be someone already on the roster:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Check before saving: choose Save Anyway to save, or Cancel and edit the existing member instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;すでに名簿に登録されている人かもしれません：&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;保存する前に確認してください。保存するには「このまま保存」を、既存の会員を編集するには「キャンセル」を選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>このまま保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>renkei::MemberFilterBar</name>
    <message>
        <source>Search by name, reading, organisation or e-mail</source>
        <translation>氏名、ふりがな、所属、メールで検索</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>会員を検索</translation>
    </message>
    <message>
        <source>Professions to show</source>
        <translation>表示する職種</translation>
    </message>
    <message>
        <source>Show &amp;All Professions</source>
        <translation>すべての職種を表示(&amp;A)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation>区内・区外</translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation>区内と区外</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>区内</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>区外</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>有効・アーカイブ済み</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>有効な会員</translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation>アーカイブ済みの会員</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>すべての会員</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての地区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profession in the filter list with how many members it shows: &quot;Nurse (12)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Professions: all</source>
        <translation>職種(&amp;P): すべて</translation>
    </message>
    <message>
        <source>&amp;Professions: %1</source>
        <extracomment>%1 the professions chosen, &quot;Nurse, Pharmacist&quot;</extracomment>
        <translation>職種(&amp;P): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Professions: %n chosen</source>
        <translation>
            <numerusform>職種(&amp;P): %n件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地区(&amp;A):</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>所在(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
</context>
<context>
    <name>renkei::MemberPicker</name>
    <message>
        <source>Type a name or reading to choose a member</source>
        <translation>氏名またはふりがなを入力して会員を選択</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member offered in a drop-down: name, reading and organisation</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2）、%3</translation>
    </message>
    <message>
        <source>%1 [archived]</source>
        <extracomment>A member offered in a drop-down who is archived</extracomment>
        <translation>%1［アーカイブ済み］</translation>
    </message>
</context>
<context>
    <name>renkei::MemberRepository</name>
    <message>
        <source>counting the members</source>
        <translation>会員数の集計</translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation>会員の読み込み</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>ID %1 の会員はいません。</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>姓は必須です。</translation>
    </message>
    <message>
        <source>The reading of the family name is required.</source>
        <translation>姓のふりがなは必須です。</translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation>ふりがな「%1」はかなで入力してください。</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>「%1」はメールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>「%1」は電話番号の形式ではありません。</translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation>「%1」は FAX 番号の形式ではありません。</translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation>選択した職種は存在しません。</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist.</source>
        <translation>選択した所属は存在しません。</translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation>選択した地区は存在しません。</translation>
    </message>
    <message>
        <source>A member cannot have referred themselves.</source>
        <translation>本人を紹介者にすることはできません。</translation>
    </message>
    <message>
        <source>The member who referred them does not exist.</source>
        <translation>紹介者の会員が存在しません。</translation>
    </message>
    <message>
        <source>adding a member</source>
        <translation>会員の追加</translation>
    </message>
    <message>
        <source>restoring a member</source>
        <translation>会員の復元</translation>
    </message>
    <message>
        <source>saving a member</source>
        <translation>会員の保存</translation>
    </message>
    <message>
        <source>looking for members who may be the same person</source>
        <translation>同一人物の可能性がある会員の検索</translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation>氏名とふりがなが同じ</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates reasons in a list: &quot;same name and reading, same phone number&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>updating the members&apos; search</source>
        <translation>会員検索の更新</translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation>会員一覧の読み込み</translation>
    </message>
    <message>
        <source>archiving a member</source>
        <translation>会員のアーカイブ</translation>
    </message>
    <message>
        <source>reading a member&apos;s history</source>
        <translation>会員の履歴の読み込み</translation>
    </message>
    <message>
        <source>%1 has attended, presented or referred others; archive them instead, so that their history stays.</source>
        <translation>%1には出席・発表・紹介の記録があります。履歴が残るよう、削除ではなくアーカイブしてください。</translation>
    </message>
    <message>
        <source>deleting a member</source>
        <translation>会員の削除</translation>
    </message>
</context>
<context>
    <name>renkei::MemberTableModel</name>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>renkei::MembersView</name>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>新規会員(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+N)</source>
        <translation>会員を追加します（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit the chosen member (F2 or Enter)</source>
        <translation>選択した会員を編集します（F2 または Enter）</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>アーカイブする(&amp;H)</translation>
    </message>
    <message>
        <source>Take the chosen members off the active roster, keeping their history</source>
        <translation>選択した会員を、履歴を残したまま現役の名簿から外します</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Bring the chosen archived members back to the active roster</source>
        <translation>選択したアーカイブ済みの会員を現役の名簿に戻します</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete a member who has no history (entered by mistake)</source>
        <translation>履歴のない会員（誤って登録した会員）を削除します</translation>
    </message>
    <message>
        <source>Copy E-&amp;mail Addresses</source>
        <translation>メールアドレスをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the addresses of the members shown who may be e-mailed, for the BCC line of one message</source>
        <translation>表示中の会員のうち、メール連絡可の会員のアドレスを1通のメールの BCC 欄用にコピーします</translation>
    </message>
    <message>
        <source>&amp;Fax List…</source>
        <translation>FAX 一覧(&amp;F)…</translation>
    </message>
    <message>
        <source>Save Fax List</source>
        <translation>FAX 一覧の保存</translation>
    </message>
    <message>
        <source>fax-list.csv</source>
        <translation>fax-list.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Save the fax numbers of the members shown as a CSV file, one line a number</source>
        <translation>表示中の会員の FAX 番号を、1行に1番号の CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Shared &amp;Roster…</source>
        <translation>共有名簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Save Shared Roster</source>
        <translation>共有名簿の保存</translation>
    </message>
    <message>
        <source>roster.pdf</source>
        <translation>roster.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Save the members shown who agreed to appear on shared rosters as a PDF to print or send</source>
        <translation>表示中の会員のうち、共有名簿への掲載に同意した会員を、印刷・送付用の PDF として保存します</translation>
    </message>
    <message>
        <source>Sho&amp;w All</source>
        <translation>すべて表示(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>検索とフィルターを解除します</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file (as Excel saves it)</source>
        <translation>CSV ファイル（Excel で保存したもの）から名簿を取り込みます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the roster as a CSV file that Excel opens</source>
        <translation>名簿を Excel で開ける CSV ファイルとして書き出します</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Instead</source>
        <translation>代わりにアーカイブする</translation>
    </message>
    <message>
        <source>%1 has attended meetings, presented or referred others, so they cannot be deleted.</source>
        <translation>%1 は会合への出席、発表、または紹介の履歴があるため削除できません。</translation>
    </message>
    <message>
        <source>Archive them instead? Archived members keep their history and can be restored at any time.</source>
        <translation>代わりにアーカイブしますか？アーカイブ済みの会員は履歴が残り、いつでも復元できます。</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>会員の削除</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the roster?</source>
        <translation>%1（%2）を名簿から削除しますか？</translation>
    </message>
    <message>
        <source>They have no attendance, presentations or referrals. Edit ▸ Undo brings them back.</source>
        <translation>この会員には出欠・発表・紹介の履歴がありません。［編集］▸［元に戻す］で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n e-mail address(es) for the BCC line of one message.</source>
        <translation>
            <numerusform>1通のメールの BCC 欄用に、%n件のメールアドレスをコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who did not agree to be contacted by e-mail were left out.</source>
        <translation>
            <numerusform>メール連絡に同意していない会員%n人を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no e-mail address.</source>
        <translation>
            <numerusform>%n人の会員にメールアドレスがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the fax list: %n number(s).</source>
        <translation>
            <numerusform>FAX 一覧を保存しました：%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no fax number of their own or of their organisation.</source>
        <translation>
            <numerusform>%n人の会員に、本人または所属の FAX 番号がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the shared roster with %n member(s).</source>
        <translation>
            <numerusform>%n人の会員を載せた共有名簿を保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who did not agree to appear on shared rosters were left out.</source>
        <translation>
            <numerusform>共有名簿への掲載に同意していない会員%n人を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation>会員を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>会員(&amp;M)</translation>
    </message>
</context>
<context>
    <name>renkei::MergeDialog</name>
    <message>
        <source>&amp;Merge “%1” into:</source>
        <translation>「%1」の統合先(&amp;M):</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will move to the chosen entry, and “%1” will be removed. Edit ▸ Undo takes the merge back.</source>
        <translation>
            <numerusform>%n人の会員が選択した項目に移動し、「%1」は削除されます。［編集］▸［元に戻す］で統合を取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
</context>
<context>
    <name>renkei::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>renkei::Migration</name>
    <message>
        <source>creating the tables</source>
        <translation>テーブルの作成</translation>
    </message>
    <message>
        <source>adding the default professions</source>
        <translation>既定の職種の追加</translation>
    </message>
    <message>
        <source>adding the planning tables</source>
        <translation>計画用テーブルの追加</translation>
    </message>
    <message>
        <source>updating the members&apos; search keys</source>
        <translation>会員の検索キーの更新</translation>
    </message>
</context>
<context>
    <name>renkei::NameBadges</name>
    <message>
        <source>Staff</source>
        <extracomment>Tag on a name badge; Japanese: スタッフ</extracomment>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Presenter</source>
        <extracomment>Tag on a name badge; Japanese: 講師</extracomment>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>Tag on a name badge; Japanese: ゲスト</extracomment>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Attendance record %1 is not on the list of this meeting.</source>
        <translation>出欠記録 %1 はこの会合の一覧にありません。</translation>
    </message>
    <message>
        <source>The name badges could not be printed: the printer or file did not start.</source>
        <translation>名札を印刷できませんでした：プリンターまたはファイルを開始できませんでした。</translation>
    </message>
    <message>
        <source>%1 — name badges</source>
        <extracomment>The title of the name badges&apos; PDF; %1 is the series and meeting number</extracomment>
        <translation>%1 — 名札</translation>
    </message>
</context>
<context>
    <name>renkei::Organisation</name>
    <message>
        <source>Clinic</source>
        <translation>診療所</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Dental clinic</source>
        <translation>歯科診療所</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>薬局</translation>
    </message>
    <message>
        <source>Visiting-nurse station</source>
        <translation>訪問看護ステーション</translation>
    </message>
    <message>
        <source>Care-management office</source>
        <translation>居宅介護支援事業所</translation>
    </message>
    <message>
        <source>Community support centre</source>
        <translation>地域包括支援センター</translation>
    </message>
    <message>
        <source>Ward office</source>
        <translation>区役所</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>新しい事業所</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>事業所の編集</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地区(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>住所(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>FAX(&amp;F):</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationRepository</name>
    <message>
        <source>reading the organisations</source>
        <translation>事業所一覧の読み込み</translation>
    </message>
    <message>
        <source>reading an organisation</source>
        <translation>事業所の読み込み</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>ID %1 の事業所はありません。</translation>
    </message>
    <message>
        <source>There is no organisation named “%1”.</source>
        <translation>「%1」という事業所はありません。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>事業所名は必須です。</translation>
    </message>
    <message>
        <source>There is already an organisation named “%1” in this area.</source>
        <translation>この地区にはすでに「%1」という事業所があります。</translation>
    </message>
    <message>
        <source>The area could not be checked.</source>
        <translation>地区を確認できませんでした。</translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation>選択した地区が存在しません。</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>「%1」は電話番号の形式ではありません。</translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation>「%1」はFAX番号の形式ではありません。</translation>
    </message>
    <message>
        <source>adding an organisation</source>
        <translation>事業所の追加</translation>
    </message>
    <message>
        <source>saving an organisation</source>
        <translation>事業所の保存</translation>
    </message>
    <message>
        <source>hiding an organisation</source>
        <translation>事業所の非表示</translation>
    </message>
    <message>
        <source>restoring an organisation</source>
        <translation>事業所の復元</translation>
    </message>
    <message>
        <source>This organisation is used by %1 members; hide it or merge it into another instead.</source>
        <translation>この事業所は%1人の会員の所属として使われています。削除せずに、非表示にするか別の事業所に統合してください。</translation>
    </message>
    <message>
        <source>deleting an organisation</source>
        <translation>事業所の削除</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>事業所を同じ事業所に統合することはできません。</translation>
    </message>
    <message>
        <source>merging organisations</source>
        <translation>事業所の統合</translation>
    </message>
    <message>
        <source>undoing a merge of organisations</source>
        <translation>事業所の統合の取り消し</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationsEditor</name>
    <message>
        <source>Find an organisation</source>
        <translation>事業所を検索</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>一覧に表示</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Merge Organisation</source>
        <translation>事業所の統合</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>renkei::PaperRecordingDialog</name>
    <message>
        <source>Record from the Sign-in Sheet</source>
        <translation>受付名簿から記録</translation>
    </message>
    <message>
        <source>Tick who came, in the order of the paper sheet. Space ticks the row and moves on.</source>
        <translation>紙の受付名簿の順に、出席した人にチェックを付けてください。スペースキーで行にチェックを付けて次の行へ進みます。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>A member written on a blank row: type their name</source>
        <translation>空欄の行に記入された会員：名前を入力</translation>
    </message>
    <message>
        <source>Walk-in &amp;Guest...</source>
        <translation>当日参加のゲスト(&amp;G)...</translation>
    </message>
    <message>
        <source>Mark the Rest &amp;Absent</source>
        <translation>残りを欠席にする(&amp;A)</translation>
    </message>
    <message>
        <source>Everyone still registered, not ticked as attended, did not come.</source>
        <translation>申込のまま出席のチェックがない人は全員、欠席として記録されます。</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1（ゲスト）</translation>
    </message>
    <message>
        <source>%1 attended</source>
        <translation>%1 の出席</translation>
    </message>
    <message>
        <source>%1 did not attend</source>
        <translation>%1 の欠席</translation>
    </message>
    <message>
        <source>%1 at the social gathering</source>
        <translation>%1 の懇親会参加</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 の支払い</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) absent</source>
        <translation>
            <numerusform>%n人を欠席にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>%n人を欠席にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>当日参加のゲスト</translation>
    </message>
    <message>
        <source>Attended: %1 of %2. Absent: %3.</source>
        <translation>出席：%1人 / %2人。欠席：%3人。</translation>
    </message>
</context>
<context>
    <name>renkei::PlanningDialog</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Plan the Meetings of %1</source>
        <translation>%1の会合の計画</translation>
    </message>
    <message>
        <source>FY</source>
        <extracomment>Before the year in the fiscal-year box; Japanese: (empty, with the suffix 年度)</extracomment>
        <translation>西暦</translation>
    </message>
    <message>
        <source>The whole fiscal year</source>
        <translation>年度全体</translation>
    </message>
    <message>
        <source>From %1 (%2) on: a new rhythm</source>
        <translation>%1（%2）以降：新しい開催ルール</translation>
    </message>
    <message>
        <source>&amp;Closed Days...</source>
        <translation>休業日(&amp;C)...</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The planned dates</source>
        <translation>計画した日程</translation>
    </message>
    <message>
        <source>C&amp;reate Meetings</source>
        <translation>会合を作成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>変更前：%1</translation>
    </message>
    <message>
        <source>renumbered from %1</source>
        <translation>番号変更（旧%1）</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>会合はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 to %2.</source>
        <translation>
            <numerusform>会合%n回（%1〜%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the New Rhythm</source>
        <translation>新しい開催ルールを適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>renkei::PrintedPage</name>
    <message>
        <source>Printed documents can only be made by a program that loads fonts (the GUI, or renkei-cli).</source>
        <translation>印刷文書はフォントを読み込むプログラム（GUI または renkei-cli）でのみ作成できます。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page number at the foot of printed documents: page %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>renkei::Profession</name>
    <message>
        <source>Medical</source>
        <translation>医療</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>歯科</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>薬局</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>看護</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>リハビリ</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>介護</translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation>福祉</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionDialog</name>
    <message>
        <source>New Profession</source>
        <translation>新しい職種</translation>
    </message>
    <message>
        <source>Edit Profession</source>
        <translation>職種の編集</translation>
    </message>
    <message>
        <source>Visiting nurse</source>
        <translation>訪問看護師</translation>
    </message>
    <message>
        <source>&amp;Japanese name:</source>
        <translation>日本語名(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英語名(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C):</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionRepository</name>
    <message>
        <source>reading the professions</source>
        <translation>職種一覧の読み込み</translation>
    </message>
    <message>
        <source>reading a profession</source>
        <translation>職種の読み込み</translation>
    </message>
    <message>
        <source>There is no profession with id %1.</source>
        <translation>ID %1 の職種はありません。</translation>
    </message>
    <message>
        <source>There is no profession named “%1”.</source>
        <translation>「%1」という職種はありません。</translation>
    </message>
    <message>
        <source>The Japanese name is required.</source>
        <translation>日本語名は必須です。</translation>
    </message>
    <message>
        <source>There is already a profession named “%1”.</source>
        <translation>「%1」という職種はすでにあります。</translation>
    </message>
    <message>
        <source>adding a profession</source>
        <translation>職種の追加</translation>
    </message>
    <message>
        <source>saving a profession</source>
        <translation>職種の保存</translation>
    </message>
    <message>
        <source>hiding a profession</source>
        <translation>職種の非表示</translation>
    </message>
    <message>
        <source>restoring a profession</source>
        <translation>職種の復元</translation>
    </message>
    <message>
        <source>reordering the professions</source>
        <translation>職種の並べ替え</translation>
    </message>
    <message>
        <source>This profession is used by %1 members or guests; hide it or merge it into another instead.</source>
        <translation>この職種は%1人の会員・ゲストが使用しています。削除せずに、非表示にするか別の職種に統合してください。</translation>
    </message>
    <message>
        <source>deleting a profession</source>
        <translation>職種の削除</translation>
    </message>
    <message>
        <source>A profession cannot be merged into itself.</source>
        <translation>職種を同じ職種に統合することはできません。</translation>
    </message>
    <message>
        <source>merging professions</source>
        <translation>職種の統合</translation>
    </message>
    <message>
        <source>undoing a merge of professions</source>
        <translation>職種の統合の取り消し</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionsEditor</name>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>一覧に表示</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Merge Profession</source>
        <translation>職種の統合</translation>
    </message>
</context>
<context>
    <name>renkei::ReferenceList</name>
    <message>
        <source>looking up an entry</source>
        <translation>項目の検索</translation>
    </message>
    <message>
        <source>counting uses of an entry</source>
        <translation>項目の使用数の集計</translation>
    </message>
    <message>
        <source>There is no entry with id %1.</source>
        <translation>ID %1 の項目はありません。</translation>
    </message>
</context>
<context>
    <name>renkei::Registration</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation>この出欠記録は別の会合のものです。</translation>
    </message>
</context>
<context>
    <name>renkei::ReportCharts</name>
    <message>
        <source>Attendance per meeting, by profession</source>
        <translation>会合ごとの参加者数（職種別）</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>開催回</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attendances by profession</source>
        <translation>職種別の延べ参加者数</translation>
    </message>
    <message>
        <source>Members, month by month</source>
        <translation>会員数の推移（月別）</translation>
    </message>
    <message>
        <source>Joined that month</source>
        <translation>その月の入会者数</translation>
    </message>
    <message>
        <source>Members at the month&apos;s end</source>
        <translation>月末の会員数</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>A month under a chart&apos;s bar: 2026/4</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会者数</translation>
    </message>
</context>
<context>
    <name>renkei::ReportLabels</name>
    <message>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
</context>
<context>
    <name>renkei::ReportLapsedTab</name>
    <message>
        <source>Not seen at any of the &amp;last</source>
        <translation>最近参加していない会員の判定：直近(&amp;L)</translation>
    </message>
    <message>
        <source>A first-timer came &amp;back when at one of the next</source>
        <translation>初参加者の再参加の判定：その後(&amp;B)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>回の会合</translation>
    </message>
    <message numerus="yes">
        <source>Members who came during the period but to none of its last %n meeting(s), longest gone first: people to get in touch with.</source>
        <translation>
            <numerusform>期間中に参加したものの、直近%n回の会合には参加していない会員です（最後の参加が古い順）。声かけの候補です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ReportMeetingsModel</name>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>職種数</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Fees (yen)</source>
        <translation>参加費（円）</translation>
    </message>
</context>
<context>
    <name>renkei::ReportMeetingsTab</name>
    <message>
        <source>No meetings were held in this period.</source>
        <translation>この期間に開催された会合はありません。</translation>
    </message>
    <message>
        <source>Choose a meeting to see its figures.</source>
        <translation>会合を選ぶと集計が表示されます。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2：%3</translation>
    </message>
</context>
<context>
    <name>renkei::ReportMixTab</name>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>renkei::ReportPeriod</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates: &quot;2026/04/01 – 2026/09/30&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>renkei::ReportsView</name>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Save Activity Report…</source>
        <translation>年間活動実績報告を保存…</translation>
    </message>
    <message>
        <source>The annual activity report for the ward: A4 PDF, CSV or JSON.</source>
        <translation>区に提出する年間活動実績報告です（A4 の PDF、CSV、JSON）。</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>シリーズ(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range</extracomment>
        <translation>〜</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>開催回数</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>延べ参加者数</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>実参加人数</translation>
    </message>
    <message>
        <source>Per meeting on average</source>
        <translation>1回あたりの平均</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>First-timers who came back</source>
        <translation>初参加後の再参加</translation>
    </message>
    <message>
        <source>Not seen lately</source>
        <translation>最近参加していない会員</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Not Seen Lately</source>
        <translation>最近参加していない会員</translation>
    </message>
    <message>
        <source>Professions and Areas</source>
        <translation>職種・地区</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>The range of dates ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>No series yet: plan a meeting first.</source>
        <translation>シリーズがまだありません。まず会合を計画してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 by members, %2 by guests</source>
        <translation>会員 %1、ゲスト %2</translation>
    </message>
    <message>
        <source>%1 members and %2 guests (told apart by name)</source>
        <translation>会員%1人、ゲスト%2人（ゲストは氏名で区別）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 first-timers came to one of the next %n meeting(s)</source>
        <translation>
            <numerusform>初参加%2人のうち%1人が、その後%n回以内の会合に再参加</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 activity report %2</source>
        <translation>%1 活動実績報告 %2</translation>
    </message>
    <message>
        <source>Save Activity Report</source>
        <translation>年間活動実績報告の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;表計算ソフト用 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a series with meetings first.</source>
        <translation>先に会合のあるシリーズを選択してください。</translation>
    </message>
    <message>
        <source>Saved the activity report to %1.</source>
        <translation>活動実績報告を%1に保存しました。</translation>
    </message>
</context>
<context>
    <name>renkei::RosterEdits</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 のアーカイブ</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n member(s)</source>
        <translation>
            <numerusform>%n人の会員のアーカイブ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n member(s)</source>
        <translation>
            <numerusform>%n人の会員の復元</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>Add the profession %1</source>
        <translation>職種 %1 の追加</translation>
    </message>
    <message>
        <source>Edit the profession %1</source>
        <translation>職種 %1 の編集</translation>
    </message>
    <message>
        <source>Hide the profession %1</source>
        <translation>職種 %1 の非表示</translation>
    </message>
    <message>
        <source>Show the profession %1</source>
        <translation>職種 %1 の表示</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 を %2 に統合</translation>
    </message>
    <message>
        <source>Delete the profession %1</source>
        <translation>職種 %1 の削除</translation>
    </message>
    <message>
        <source>Move the profession %1</source>
        <translation>職種 %1 の移動</translation>
    </message>
    <message>
        <source>Add the organisation %1</source>
        <translation>事業所 %1 の追加</translation>
    </message>
    <message>
        <source>Edit the organisation %1</source>
        <translation>事業所 %1 の編集</translation>
    </message>
    <message>
        <source>Hide the organisation %1</source>
        <translation>事業所 %1 の非表示</translation>
    </message>
    <message>
        <source>Show the organisation %1</source>
        <translation>事業所 %1 の表示</translation>
    </message>
    <message>
        <source>Delete the organisation %1</source>
        <translation>事業所 %1 の削除</translation>
    </message>
    <message>
        <source>Add the area %1</source>
        <translation>地区 %1 の追加</translation>
    </message>
    <message>
        <source>Edit the area %1</source>
        <translation>地区 %1 の編集</translation>
    </message>
    <message>
        <source>Hide the area %1</source>
        <translation>地区 %1 の非表示</translation>
    </message>
    <message>
        <source>Show the area %1</source>
        <translation>地区 %1 の表示</translation>
    </message>
    <message>
        <source>Delete the area %1</source>
        <translation>地区 %1 の削除</translation>
    </message>
</context>
<context>
    <name>renkei::RosterExport</name>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</source>
        <translation>
            <numerusform>%n件の値を%1で書き出せません。似た文字への置き換えに同意するか、UTF-8 を選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::RosterField</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>姓（ふりがな）</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>名（ふりがな）</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation>医師会</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation>共有名簿への掲載</translation>
    </message>
    <message>
        <source>E-mail contact</source>
        <translation>メール連絡</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>会員 ID</translation>
    </message>
</context>
<context>
    <name>renkei::RosterImport</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>ファイルが空です（見出し行がありません）。</translation>
    </message>
    <message>
        <source>No column is headed “%1”.</source>
        <translation>見出しが「%1」の列はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of: %2.</source>
        <translation>「%1」は項目名ではありません。次のいずれかを使用してください：%2。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both hold “%3”; leave one of them out.</source>
        <translation>列%1と列%2の両方が「%3」になっています。どちらかを外してください。</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names: map one to the full name, or two to the family and given names.</source>
        <translation>会員の氏名の列がありません。1列を氏名に、または2列を姓と名に割り当ててください。</translation>
    </message>
    <message>
        <source>The full name (column %1) and the family or given name cannot both be imported; leave one of them out.</source>
        <translation>氏名（列%1）と姓・名を両方取り込むことはできません。どちらかを外してください。</translation>
    </message>
    <message>
        <source>No column holds the readings of the names (furigana); every member needs one.</source>
        <translation>氏名のふりがなの列がありません。ふりがなはすべての会員に必要です。</translation>
    </message>
    <message>
        <source>The full reading (column %1) and the family or given reading cannot both be imported; leave one of them out.</source>
        <translation>ふりがな（列%1）と姓・名のふりがなを両方取り込むことはできません。どちらかを外してください。</translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation>「%1」という地区が複数あります。「区/圏域」の形で入力してください。</translation>
    </message>
    <message>
        <source>There is no profession named “%1”; create it or map it to one that exists.</source>
        <translation>「%1」という職種はありません。作成するか、既存の職種に割り当ててください。</translation>
    </message>
    <message>
        <source>There is no organisation named “%1”; create it or map it to one that exists.</source>
        <translation>「%1」という所属はありません。作成するか、既存の所属に割り当ててください。</translation>
    </message>
    <message>
        <source>There is no area named “%1”; create it or map it to one that exists.</source>
        <translation>「%1」という地区はありません。作成するか、既存の地区に割り当ててください。</translation>
    </message>
    <message>
        <source>The row has more columns than the header (%1).</source>
        <translation>この行は見出し行（%1列）より列が多くなっています。</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).</source>
        <translation>「%1」は yes・no のどちらでもありません。yes または no（はい/いいえ、○/×、1/0）で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-04-01 or 2024/4/1.</source>
        <translation>「%1」は日付ではありません。2024-04-01 または 2024/4/1 の形で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a member ID (a whole number).</source>
        <translation>「%1」は会員 ID（整数）ではありません。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Add as another member</source>
        <translation>別の会員として追加</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation>氏名とふりがなが同じ</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same reading and phone number</source>
        <translation>ふりがなと電話番号が同じ</translation>
    </message>
    <message>
        <source>same member ID</source>
        <translation>会員 ID が同じ</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>「%1」を開けませんでした：%2</translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRule</name>
    <message>
        <source>the last day</source>
        <extracomment>Japanese: 末日</extracomment>
        <translation>末日</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A day of the month; Japanese: %1日</extracomment>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Move to the next business day</source>
        <extracomment>Japanese: 翌営業日に移す</extracomment>
        <translation>翌営業日に移す</translation>
    </message>
    <message>
        <source>Move to the previous business day</source>
        <extracomment>Japanese: 前営業日に移す</extracomment>
        <translation>前営業日に移す</translation>
    </message>
    <message>
        <source>Skip that meeting</source>
        <extracomment>Japanese: その回は休み</extracomment>
        <translation>その回は休み</translation>
    </message>
    <message>
        <source>Every %1 months would not fall in the same months each year; choose every 1, 2, 3, 4, 6 or 12 months, or twice a month.</source>
        <translation>%1か月ごとでは毎年同じ月になりません。1、2、3、4、6、12か月ごと、または月2回から選んでください。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>月は1〜12で指定してください。</translation>
    </message>
    <message>
        <source>A month to start from only applies to meetings every 2 months or more.</source>
        <translation>開始月は、2か月以上ごとの開催にのみ指定できます。</translation>
    </message>
    <message>
        <source>The rule needs a day: a week and a weekday (week=2;weekday=tue for the 2nd Tuesday), or a day of the month (day=15).</source>
        <translation>開催ルールには日の指定が必要です。週と曜日（第2火曜日なら week=2;weekday=tue）、または日付（day=15）を指定してください。</translation>
    </message>
    <message>
        <source>Give either weeks with a weekday or days of the month, not both.</source>
        <translation>週と曜日、または日付のどちらか一方を指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>A week is 1 to 5 or last, not %1.</source>
        <translation>週には1〜5または last を指定してください。%1 は指定できません。</translation>
    </message>
    <message>
        <source>A day of the month is 1 to 31 or last, not %1.</source>
        <translation>日付には1〜31または last を指定してください。%1 は指定できません。</translation>
    </message>
    <message>
        <source>Twice a month needs two different weeks or days, such as week=1,3 or day=10,25.</source>
        <translation>月2回の場合は、異なる2つの週または日付を指定してください（例：week=1,3、day=10,25）。</translation>
    </message>
    <message numerus="yes">
        <source>Meeting every %n month(s) takes one week or one day; for two meetings a month write every=twice.</source>
        <translation>
            <numerusform>%nか月ごとの開催では、週または日付を1つだけ指定します。月2回開催する場合は every=twice と指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekday is missing.</source>
        <translation>曜日が指定されていません。</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>終了時刻を指定するには開始時刻が必要です。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Write each part of a rule as name=value, not “%1”.</source>
        <translation>ルールの各項目は name=value の形式で書いてください。「%1」は正しくありません。</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>「%1」が2回指定されています。</translation>
    </message>
    <message>
        <source>every= takes a number of months (1, 2, 3, 4, 6 or 12) or twice, not “%1”.</source>
        <translation>every= には月数（1、2、3、4、6、12）または twice を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>week= takes 1 to 5 or last (two for twice a month: 1,3), not “%1”.</source>
        <translation>week= には1〜5または last を指定してください（月2回の場合は2つ：1,3）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>weekday= takes mon, tue, wed, thu, fri, sat or sun, not “%1”.</source>
        <translation>weekday= には mon、tue、wed、thu、fri、sat、sun のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>day= takes a day from 1 to 31 or last (two for twice a month: 10,25), not “%1”.</source>
        <translation>day= には1〜31の日付または last を指定してください（月2回の場合は2つ：10,25）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>month= takes a month from 1 to 12, not “%1”.</source>
        <translation>month= には1〜12の月を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 19:00.</source>
        <translation>「%1」は時刻ではありません。19:00 の形式で書いてください。</translation>
    </message>
    <message>
        <source>holiday= takes next, previous or skip, not “%1”.</source>
        <translation>holiday= には next、previous、skip のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>“%1” is not part of a rule; a rule is made of every, week, weekday, day, month, start, end and holiday.</source>
        <translation>「%1」はルールの項目ではありません。ルールは every、week、weekday、day、month、start、end、holiday で構成されます。</translation>
    </message>
    <message>
        <source>The rule is empty.</source>
        <translation>ルールが空です。</translation>
    </message>
    <message>
        <source>The rule needs every= (every=1 for monthly, every=2 for every other month, every=twice for twice a month).</source>
        <translation>ルールには every= が必要です（毎月は every=1、隔月は every=2、月2回は every=twice）。</translation>
    </message>
    <message>
        <source>week= needs a weekday= (week=2;weekday=tue).</source>
        <translation>week= には weekday= が必要です（week=2;weekday=tue）。</translation>
    </message>
    <message>
        <source>weekday= needs a week= (week=2 for the 2nd, week=last for the last).</source>
        <translation>weekday= には week= が必要です（第2なら week=2、最終なら week=last）。</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>The first week of a month; Japanese: 第1</extracomment>
        <translation>第1</translation>
    </message>
    <message>
        <source>2nd</source>
        <extracomment>Japanese: 第2</extracomment>
        <translation>第2</translation>
    </message>
    <message>
        <source>3rd</source>
        <extracomment>Japanese: 第3</extracomment>
        <translation>第3</translation>
    </message>
    <message>
        <source>4th</source>
        <extracomment>Japanese: 第4</extracomment>
        <translation>第4</translation>
    </message>
    <message>
        <source>5th</source>
        <extracomment>Japanese: 第5</extracomment>
        <translation>第5</translation>
    </message>
    <message>
        <source>last</source>
        <extracomment>The last week of a month; Japanese: 最終</extracomment>
        <translation>最終</translation>
    </message>
    <message>
        <source>twice a month</source>
        <extracomment>Japanese: 月2回</extracomment>
        <translation>月2回</translation>
    </message>
    <message>
        <source>monthly</source>
        <extracomment>Japanese: 毎月</extracomment>
        <translation>毎月</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <extracomment>Japanese: 隔月 (with a month: 隔月（%1から）)</extracomment>
        <translation>隔月</translation>
    </message>
    <message>
        <source>every 2 months from %1</source>
        <translation>隔月（%1から）</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <extracomment>Japanese: %1か月ごと (with a month: %1か月ごと（%2から）)</extracomment>
        <translation>%1か月ごと</translation>
    </message>
    <message>
        <source>every %1 months from %2</source>
        <translation>%1か月ごと（%2から）</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <extracomment>The n-th weekday of a month, e.g. &quot;the 2nd Tuesday&quot;; Japanese: %1%2 (第2火曜日)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>the %1 and %2 %3</source>
        <extracomment>Two weeks of a month, e.g. &quot;the 1st and 3rd Wednesday&quot;; Japanese: %1・%2%3 (第1・第3水曜日)</extracomment>
        <translation>%1・%2%3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two days of a month; Japanese: %1・%2</extracomment>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A start time without an end; Japanese: %1〜</extracomment>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>How often and on which day, e.g. &quot;monthly on the 2nd Tuesday&quot;; Japanese: %1 %2</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <extracomment>How often, on which day and when, e.g. &quot;every 2 months on the 2nd Tuesday, 19:00–20:30&quot;; Japanese: %1 %2 %3 (隔月 第2火曜日 19:00〜20:30)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>on a holiday or closed day: the next business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは翌営業日</extracomment>
        <translation>祝日・休業日に当たるときは翌営業日</translation>
    </message>
    <message>
        <source>on a holiday or closed day: the previous business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは前営業日</extracomment>
        <translation>祝日・休業日に当たるときは前営業日</translation>
    </message>
    <message>
        <source>on a holiday or closed day: no meeting</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは休み</extracomment>
        <translation>祝日・休業日に当たるときは休み</translation>
    </message>
    <message>
        <source>A rule is name=value parts separated by semicolons:
  every=1|2|3|4|6|12|twice   monthly, every 2 months, ..., or twice a month
  week=1..5|last[,..]        the n-th weekday (two for twice a month: week=1,3)
  weekday=mon..sun           with week=
  day=1..31|last[,..]        or a day of the month (the 31st is the last day in shorter months)
  month=1..12                a month the rhythm meets in, with every=2 or more (optional)
  start=HH:MM end=HH:MM      the times (optional: the series&apos; default times)
  holiday=next|previous|skip on a holiday or closed day (default: next)
Example: every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next</source>
        <translation>ルールは、name=value の項目をセミコロンで区切って書きます：
  every=1|2|3|4|6|12|twice   毎月、隔月、…、または月2回
  week=1..5|last[,..]        第n週の曜日（月2回の場合は2つ：week=1,3）
  weekday=mon..sun           week= と組み合わせて指定
  day=1..31|last[,..]        または日付（31日は、短い月では末日）
  month=1..12                開催する月の1つ（every=2 以上のとき。省略可）
  start=HH:MM end=HH:MM      時刻（省略時はシリーズの既定の時刻）
  holiday=next|previous|skip 祝日・休業日に当たるとき（既定：next）
例：every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next</translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRuleEditor</name>
    <message>
        <source>last day</source>
        <extracomment>A day-of-month box at 0; Japanese: 末日</extracomment>
        <translation>末日</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>隔月</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>3か月ごと</translation>
    </message>
    <message>
        <source>Every 4 months</source>
        <translation>4か月ごと</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>6か月ごと</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>年1回</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>月2回</translation>
    </message>
    <message>
        <source>continuing from the last meeting</source>
        <translation>前回の会合から続けて</translation>
    </message>
    <message>
        <source>meeting in %1, ...</source>
        <translation>%1、…に開催</translation>
    </message>
    <message>
        <source>On the</source>
        <translation>曜日で指定</translation>
    </message>
    <message>
        <source>On day</source>
        <translation>日付で指定</translation>
    </message>
    <message>
        <source>The series&apos; times</source>
        <translation>シリーズの時刻</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>頻度：</translation>
    </message>
    <message>
        <source>Which day:</source>
        <translation>開催日：</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>時刻：</translation>
    </message>
    <message>
        <source>On a holiday:</source>
        <translation>祝日の場合：</translation>
    </message>
    <message>
        <source>As text:</source>
        <translation>文章表記：</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesDialog</name>
    <message>
        <source>New Meeting Series</source>
        <translation>新規シリーズ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1の編集</translation>
    </message>
    <message>
        <source>such as みなと坂医介連</source>
        <translation>例：みなと坂医介連</translation>
    </message>
    <message>
        <source>its first meeting here is %1</source>
        <extracomment>Next to the number a series&apos; meetings start from; %1 is 第N回 / No. N</extracomment>
        <translation>最初の会合は%1</translation>
    </message>
    <message>
        <source>For a network that met before Renkei: the number its first meeting here takes.</source>
        <translation>Renkei 導入前から開催しているネットワーク向け：Renkei で最初に記録する会合の回数です。</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>時刻(&amp;T):</translation>
    </message>
    <message>
        <source>The usual start and end time of a meeting.</source>
        <translation>会合の通常の開始時刻と終了時刻。</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation>円</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Numbering starts at:</source>
        <translation>開始回数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>住所(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>参加費(&amp;F):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>定員(&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesReport</name>
    <message>
        <source>reading the members who came</source>
        <translation>参加した会員の読み込み</translation>
    </message>
    <message>
        <source>counting the members over time</source>
        <translation>会員数の推移の集計</translation>
    </message>
    <message>
        <source>The report&apos;s period is not a valid range of dates.</source>
        <translation>レポートの期間が正しい日付の範囲ではありません。</translation>
    </message>
    <message>
        <source>Guests (no area)</source>
        <translation>ゲスト（地区なし）</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesRepository</name>
    <message>
        <source>reading the meeting series</source>
        <translation>シリーズ一覧の読み込み</translation>
    </message>
    <message>
        <source>reading a meeting series</source>
        <translation>シリーズの読み込み</translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation>ID %1 のシリーズはありません。</translation>
    </message>
    <message>
        <source>There is no meeting series named “%1”.</source>
        <translation>「%1」というシリーズはありません。</translation>
    </message>
    <message>
        <source>The series&apos; name is required.</source>
        <translation>シリーズ名は必須です。</translation>
    </message>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation>「%1」というシリーズはすでにあります。</translation>
    </message>
    <message>
        <source>The first meeting&apos;s number must be 1 or more.</source>
        <translation>最初の回の番号は1以上にしてください。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>参加費をマイナスにすることはできません。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>定員は1以上にしてください。</translation>
    </message>
    <message>
        <source>adding a meeting series</source>
        <translation>シリーズの追加</translation>
    </message>
    <message>
        <source>saving a meeting series</source>
        <translation>シリーズの保存</translation>
    </message>
    <message>
        <source>deleting a meeting series</source>
        <translation>シリーズの削除</translation>
    </message>
    <message>
        <source>This series has %1 meetings; only a series without meetings can be deleted.</source>
        <translation>このシリーズには会合が%1回あります。削除できるのは会合のないシリーズだけです。</translation>
    </message>
</context>
<context>
    <name>renkei::SettingsRepository</name>
    <message>
        <source>reading a setting</source>
        <translation>設定の読み込み</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>設定の保存</translation>
    </message>
    <message>
        <source>The database has no identity; it was not brought up to date.</source>
        <translation>データベースに識別情報がないため、最新の形式に更新しませんでした。</translation>
    </message>
    <message>
        <source>The document language &apos;%1&apos; stored in the database is not one Renkei knows (ja or en).</source>
        <translation>データベースに保存された書類の言語「%1」は、Renkei が扱える言語（ja または en）ではありません。</translation>
    </message>
</context>
<context>
    <name>renkei::SettingsView</name>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>スキーマバージョン：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>&amp;Professions</source>
        <translation>職種(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>事業所(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>データベース(&amp;B)</translation>
    </message>
    <message>
        <source>%1 (this version of Renkei writes version %2)</source>
        <translation>%1（このバージョンの Renkei はバージョン %2 で書き込みます）</translation>
    </message>
    <message>
        <source>The language of sign-in sheets, badges, certificates, agendas, announcements, reports and calendars, for everyone using this file.</source>
        <translation>出席簿・名札・参加証明書・次第・案内文・報告書・カレンダーの言語です。このファイルを使う全員に共通です。</translation>
    </message>
    <message>
        <source>Printed documents:</source>
        <translation>印刷する書類：</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>renkei::SharedRoster</name>
    <message>
        <source>The roster could not be printed.</source>
        <translation>名簿を印刷できませんでした。</translation>
    </message>
</context>
<context>
    <name>renkei::SheetOptionsDialog</name>
    <message>
        <source>Sign-in Sheet</source>
        <translation>受付名簿</translation>
    </message>
    <message>
        <source>Tick the columns to print; drag them into the order you want.</source>
        <translation>印刷する列にチェックを付け、ドラッグして並べ替えてください。</translation>
    </message>
    <message>
        <source>&amp;Keep these options for every meeting of the series</source>
        <translation>このシリーズのすべての会合でこの設定を使う(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>並び順(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>当日参加用の空欄行(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Columns after No. and name:</source>
        <translation>番号・氏名の後の列(&amp;C)：</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>印刷プレビュー(&amp;V)...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>PDF で保存(&amp;P)...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) and %1 blank rows on %2 page(s).</source>
        <translation>
            <numerusform>%n人と空欄%1行（%2ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>受付名簿</translation>
    </message>
    <message>
        <source>Save the Sign-in Sheet</source>
        <translation>受付名簿の保存</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to %1.</source>
        <translation>受付名簿を %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheet</name>
    <message>
        <source>%1 — sign-in sheet</source>
        <extracomment>The sign-in sheet&apos;s title; %1 is the series and meeting number. Japanese: %1 出席簿</extracomment>
        <translation>%1 受付名簿</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日時：%1</translation>
    </message>
    <message>
        <source>Date: %1    Venue: %2</source>
        <translation>日時：%1    会場：%2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>申込：%1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>テーマ：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>まだ申込者はいません。</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be printed: the printer or file did not start.</source>
        <translation>受付名簿を印刷できませんでした（プリンターまたはファイルを開けませんでした）。</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Heading of the sign-in sheet&apos;s reading column; Japanese: ふりがな</extracomment>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>Heading of the column people sign in; Japanese: 署名</extracomment>
        <translation>署名</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <extracomment>Heading of the tick-box column for staying to the social gathering; Japanese: 懇親会</extracomment>
        <translation>懇親会</translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheetLayout</name>
    <message>
        <source>&apos;%1&apos; is not a column of the sign-in sheet; the columns are: %2.</source>
        <translation>「%1」は受付名簿の列ではありません。使用できる列：%2。</translation>
    </message>
</context>
<context>
    <name>renkei::SqliteStatement</name>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>データベースが SQLite のデータベースではありません。</translation>
    </message>
</context>
<context>
    <name>renkei::StartPage</name>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>A Renkei database is one file that holds your network&apos;s members, meetings and attendance. Create a new one, or open a file you already have.</source>
        <translation>Renkeiのデータベースは、ネットワークの会員、会合、出欠をまとめて保存する1つのファイルです。新しく作成するか、既存のファイルを開いてください。</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新しいデータベース…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
</context>
<context>
    <name>renkei::TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM 付き、Excel）</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows, CP932)</source>
        <translation>Shift_JIS（Windows、CP932）</translation>
    </message>
</context>
<context>
    <name>renkei::YesNo</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>renkei::cli</name>
    <message>
        <source>Include archived members.</source>
        <translation>アーカイブ済みの会員も含めます。</translation>
    </message>
    <message>
        <source>Only archived members.</source>
        <translation>アーカイブ済みの会員のみ。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AgendaCommand</name>
    <message>
        <source>Write a meeting&apos;s agenda (次第) as .pdf, .html or .txt; or copy an earlier meeting&apos;s agenda.</source>
        <translation>会合の次第を .pdf、.html または .txt で書き出します。または、以前の会合の次第をコピーします。</translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>会合の ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .pdf (A4), .html or .txt.</source>
        <translation>書き出すファイル。拡張子で形式が決まります：.pdf（A4）、.html または .txt。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of this meeting&apos;s.</source>
        <translation>最初に、会合の次第をこの会合の次第のコピーで置き換えます。</translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of the latest earlier meeting&apos;s of the series.</source>
        <translation>最初に、会合の次第を、同じシリーズの直前の会合の次第のコピーで置き換えます。</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation>日付を和暦で表示します（令和8年1月13日）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>会合を --meeting で指定してください。</translation>
    </message>
    <message>
        <source>Use either --copy-from or --copy-previous, not both.</source>
        <translation>--copy-from と --copy-previous はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>書き出すファイルを --out で指定してください。</translation>
    </message>
    <message>
        <source>No earlier meeting of the series has an agenda to copy.</source>
        <translation>同じシリーズの以前の会合に、コピーできる次第がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) from meeting %1.</source>
        <translation>
            <numerusform>会合 %1 から%n件の項目をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AnnounceCommand</name>
    <message>
        <source>Print a meeting&apos;s announcement (案内文) to paste into a group chat or an e-mail.</source>
        <translation>会合の案内文を表示します。グループチャットやメールに貼り付けて使えます。</translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>会合の ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The day to reply by (default: a week before the meeting).</source>
        <translation>返信期限（既定：会合の1週間前）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>How to reply: a form&apos;s address, an e-mail address... (default: by replying to the message).</source>
        <translation>返信方法：フォームのアドレス、メールアドレスなど（既定：このメッセージへの返信）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Who to ask, and how.</source>
        <translation>問い合わせ先とその方法。</translation>
    </message>
    <message>
        <source>Write to this file instead of printing.</source>
        <translation>表示する代わりにこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation>日付を和暦で表記します（令和8年1月13日）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>--meeting で会合を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-01-06.</source>
        <translation>「%1」は日付ではありません。2026-01-06 の形で入力してください。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AreasListCommand</name>
    <message>
        <source>List the wards, each followed by its zones, with how many members and organisations are in each (a ward counts its zones&apos; too; archived members included).</source>
        <translation>区とその圏域を一覧表示し、それぞれの会員数と事業所数を示します（区の数には圏域の分も含みます。アーカイブ済みの会員も含みます）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <source>In area</source>
        <translation>区内</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceArguments</name>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>会合のID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出すPDFファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>「%1」は引数を取りません。</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>--meeting で会合を指定してください。</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out.</source>
        <translation>--out で書き出すPDFファイルを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf: the document is written as a PDF.</source>
        <translation>「%1」の末尾が .pdf ではありません。文書はPDFとして書き出されます。</translation>
    </message>
    <message>
        <source>--%1 takes ids, whole numbers, not &apos;%2&apos;.</source>
        <translation>--%1 にはIDを整数で指定してください（「%2」は使えません）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%1 に%nページを書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n行を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the attendance list of a meeting as CSV.</source>
        <translation>会合の出欠一覧を CSV で書き出します。</translation>
    </message>
    <message>
        <source>The meeting&apos;s ID.</source>
        <translation>会合の ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出す CSV ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; にはファイルを1つ指定してください。</translation>
    </message>
    <message>
        <source>--meeting takes the meeting&apos;s ID, a whole number.</source>
        <translation>--meeting には会合の ID（整数）を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceInviteCommand</name>
    <message>
        <source>Invite a selection of members to a meeting: by profession, area, organisation or recent attendance.</source>
        <translation>会員を選んで会合に案内します：職種、地区、所属、最近の出席状況で選択できます。</translation>
    </message>
    <message>
        <source>Members of this profession (repeat, or separate with commas).</source>
        <translation>この職種の会員（繰り返し指定するか、カンマで区切ります）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Members in this area; a ward includes its zones (repeat, or separate with commas).</source>
        <translation>この地区の会員。区を指定するとその圏域も含みます（繰り返し指定するか、カンマで区切ります）。</translation>
    </message>
    <message>
        <source>Members of this organisation (repeat for more).</source>
        <translation>この所属の会員（複数の場合は繰り返し指定します）。</translation>
    </message>
    <message>
        <source>Members who are active (the default), archived, or all.</source>
        <translation>現役の会員（既定）、アーカイブ済み、またはすべて。</translation>
    </message>
    <message>
        <source>active|archived|all</source>
        <translation>active|archived|all</translation>
    </message>
    <message>
        <source>yes: only members in the network&apos;s own area; no: only those outside.</source>
        <translation>yes：区内の会員のみ、no：区外の会員のみ。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>yes: only members of the medical association (医師会); no: only others.</source>
        <translation>yes：医師会の会員のみ、no：医師会以外のみ。</translation>
    </message>
    <message>
        <source>Only members who came to at least one of the series&apos; last N meetings.</source>
        <translation>シリーズの直近 N 回の会合のうち、1回以上出席した会員のみ。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Register them at once instead of inviting them (a full meeting&apos;s waiting list applies).</source>
        <translation>案内せずにすぐ申込にします（定員に達した会合ではキャンセル待ちになります）。</translation>
    </message>
    <message>
        <source>List the members the selection names; change nothing.</source>
        <translation>選択条件に該当する会員を一覧表示します。何も変更しません。</translation>
    </message>
    <message>
        <source>--status takes active, archived or all.</source>
        <translation>--status には active、archived または all を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation>--%1 には yes または no を指定してください（&apos;%2&apos; は無効です）。</translation>
    </message>
    <message>
        <source>--recent takes a number of meetings, 1 or more.</source>
        <translation>--recent には会合の回数（1以上）を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The selection names %n member(s):</source>
        <translation>
            <numerusform>選択条件に該当する会員は%n人です：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n member(s).</source>
        <translation>
            <numerusform>%n人の会員を申込にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s).</source>
        <translation>
            <numerusform>%n人の会員を案内しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait for a place: the meeting is full.</source>
        <translation>
            <numerusform>うち%n人は定員に達したためキャンセル待ちです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were on the list already and were left as they were.</source>
        <translation>
            <numerusform>%n人の会員はすでに一覧にあったため、そのままにしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceListCommand</name>
    <message>
        <source>List everyone on a meeting&apos;s list, with status, role and check-in.</source>
        <translation>会合の参加者リストを、状態・役割・受付状況とともに一覧表示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation>table（整列表示、閲覧用）または csv（UTF-8、表計算ソフトやスクリプト用）。既定：table。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Only these statuses, separated by commas: %1.</source>
        <translation>この状態のみ（カンマ区切り）：%1。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>The order: %1. Default: kana.</source>
        <translation>並び順：%1。既定：kana。</translation>
    </message>
    <message>
        <source>order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation>不明な並び順「%1」です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation>不明な状態「%1」です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Places: %1 of %2 taken, %3 waiting. Attended: %4.</source>
        <translation>定員：%2人中%1人、キャンセル待ち%3人。出席：%4人。</translation>
    </message>
    <message>
        <source>Places: %1 taken (no limit), %2 waiting. Attended: %3.</source>
        <translation>申込：%1人（定員なし）、キャンセル待ち%2人。出席：%3人。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceMatrixCommand</name>
    <message>
        <source>Export members × the meetings of a series in a fiscal year (April to March) as CSV.</source>
        <translation>シリーズの年度（4月〜翌年3月）の会合について、会員×会合の出欠をCSVで書き出します。</translation>
    </message>
    <message>
        <source>The series&apos; name.</source>
        <translation>シリーズ名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The fiscal year, by the year it begins in April (2025, FY2025, 2025年度, 令和7年度).</source>
        <translation>年度。4月に始まる年で指定します（2025、FY2025、2025年度、令和7年度）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出すCSVファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>「%1」に指定できるファイルは1つです。</translation>
    </message>
    <message>
        <source>Give the series (--series) and the fiscal year (--fiscal-year).</source>
        <translation>シリーズ（--series）と年度（--fiscal-year）を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendancePromoteCommand</name>
    <message>
        <source>Give a meeting&apos;s free places to those waiting, in order.</source>
        <translation>会合の空き枠を、キャンセル待ちの人に順番に割り当てます。</translation>
    </message>
    <message>
        <source>No one moved up: there is no free place, or no one is waiting.</source>
        <translation>繰り上がった人はいません：空き枠がないか、キャンセル待ちの人がいません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceSetCommand</name>
    <message>
        <source>Register, cancel or record one person at a meeting (status, role, social gathering, fee).</source>
        <translation>会合への1人分の申込・取消・記録を行います（状態、役割、懇親会、参加費）。</translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know:</source>
        <translation>キャンセル待ちから繰り上がりました。本人に連絡してください：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The member&apos;s id; a member not on the list is added.</source>
        <translation>会員の ID。一覧にない会員は追加されます。</translation>
    </message>
    <message>
        <source>The attendance record&apos;s id (as &apos;attendance list&apos; shows it), for a guest.</source>
        <translation>ゲストの場合の出欠記録の ID（&apos;attendance list&apos; で表示されるもの）。</translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation>状態：%1。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>役割：%1。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Stays for the social gathering: yes or no.</source>
        <translation>懇親会に参加するか：yes または no。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Has paid the fee: yes or no.</source>
        <translation>参加費を支払済みか：yes または no。</translation>
    </message>
    <message>
        <source>Came unannounced: yes or no.</source>
        <translation>当日参加（事前連絡なし）か：yes または no。</translation>
    </message>
    <message>
        <source>Register even when the meeting is full, instead of the waiting list.</source>
        <translation>定員に達していても、キャンセル待ちにせず申込にします。</translation>
    </message>
    <message>
        <source>Give either --member or --attendance.</source>
        <translation>--member または --attendance のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation>不明な状態 &apos;%1&apos; です。%2 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use %2.</source>
        <translation>不明な役割 &apos;%1&apos; です。%2 を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation>--%1 には yes または no を指定してください（&apos;%2&apos; は無効です）。</translation>
    </message>
    <message>
        <source>--attendance takes the record&apos;s id, a whole number.</source>
        <translation>--attendance には出欠記録の ID（整数）を指定してください。</translation>
    </message>
    <message>
        <source>Attendance record %1 belongs to another meeting.</source>
        <translation>出欠記録 %1 は別の会合のものです。</translation>
    </message>
    <message>
        <source>--member takes the member&apos;s id, a whole number.</source>
        <translation>--member には会員の ID（整数）を指定してください。</translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation>会合は定員に達しています：%1 はキャンセル待ち%2番目です。</translation>
    </message>
    <message>
        <source>%1: on the waiting list, number %2.</source>
        <translation>%1：キャンセル待ち%2番目。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>One person&apos;s new status, e.g. &quot;山田 太郎: Registered.&quot;</extracomment>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::BadgesCommand</name>
    <message>
        <source>Write name badges (名札) for a meeting as an A4 PDF.</source>
        <translation>会合の名札をA4のPDFで書き出します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this member&apos;s badge (repeat, or separate ids with commas). Default: everyone registered or there.</source>
        <translation>この会員の名札のみ（繰り返し指定するか、IDをカンマで区切ります）。既定：申込者・出席者全員。</translation>
    </message>
    <message>
        <source>Blank badges to add, for walk-ins.</source>
        <translation>当日参加者用に追加する空白の名札の枚数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cards across a page (1–4). Default: 2.</source>
        <translation>1ページの横方向の枚数（1〜4）。既定：2。</translation>
    </message>
    <message>
        <source>Cards down a page (1–8). Default: 5.</source>
        <translation>1ページの縦方向の枚数（1〜8）。既定：5。</translation>
    </message>
    <message>
        <source>--blank takes a number from 0 to 1000.</source>
        <translation>--blank には0〜1000の数値を指定してください。</translation>
    </message>
    <message>
        <source>--columns takes 1 to 4 and --rows 1 to 8.</source>
        <translation>--columns には1〜4、--rows には1〜8を指定してください。</translation>
    </message>
    <message>
        <source>Member %1 is not on the list of meeting %2.</source>
        <translation>会員%1は会合%2のリストにありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s).</source>
        <translation>
            <numerusform>名札%n枚。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::CertificatesCommand</name>
    <message>
        <source>Write certificates of attendance (参加証明書) for a meeting as an A4 PDF, a page a person.</source>
        <translation>会合の参加証明書を A4 の PDF で書き出します（1人1ページ）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this member&apos;s certificate (repeat, or separate ids with commas). Default: everyone who attended.</source>
        <translation>この会員の証明書のみ（繰り返し指定するか、ID をカンマで区切って指定）。既定：出席者全員。</translation>
    </message>
    <message>
        <source>Who certifies, e.g. the network and its representative. Default: the series&apos; name.</source>
        <translation>証明者（例：ネットワーク名とその代表者）。既定：シリーズ名。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The date of issue (2026-04-14). Default: the meeting&apos;s date.</source>
        <translation>発行日（2026-04-14）。既定：会合の日付。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-14.</source>
        <translation>「%1」は日付ではありません。2026-04-14 の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The database file (default: $RENKEI_DB, or the one the Renkei window opens).</source>
        <translation>データベースファイル（既定：$RENKEI_DB、または Renkei のウィンドウで開くファイル）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliContext</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>使い方は「%1 --help」で確認できます。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysAddCommand</name>
    <message>
        <source>Add closed days: one day, a range, or a range every year (--yearly).</source>
        <translation>休業日を追加します：1日、期間、または毎年の期間（--yearly）。</translation>
    </message>
    <message>
        <source>What they are, such as お盆.</source>
        <translation>休業日の名前（例：お盆）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The first closed day.</source>
        <translation>最初の休業日。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last closed day (default: the first).</source>
        <translation>最後の休業日（既定：最初の休業日と同じ）。</translation>
    </message>
    <message>
        <source>The same days every year (the year of --from and --to is ignored).</source>
        <translation>毎年同じ日付にします（--from と --to の年は無視されます）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Give the first closed day with --from.</source>
        <translation>最初の休業日を --from で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-13.</source>
        <translation>&apos;%1&apos; は日付ではありません。2026-08-13 の形式で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-16.</source>
        <translation>&apos;%1&apos; は日付ではありません。2026-08-16 の形式で指定してください。</translation>
    </message>
    <message>
        <source>Added closed days %1: %2 (%3).</source>
        <translation>休業日 %1 を追加しました：%2（%3）。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysChangeCommand</name>
    <message>
        <source>Delete closed days.</source>
        <translation>休業日を削除します。</translation>
    </message>
    <message>
        <source>Use closed days again when planning.</source>
        <translation>計画時に休業日を再び使用します。</translation>
    </message>
    <message>
        <source>Keep closed days but stop using them when planning.</source>
        <translation>休業日を残したまま、計画時に使用しないようにします。</translation>
    </message>
    <message>
        <source>The closed days&apos; id, as &apos;closed-days list&apos; shows it.</source>
        <translation>休業日の ID（&apos;closed-days list&apos; で表示されるもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one id.</source>
        <translation>&apos;%1&apos; には ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>Deleted %1 (%2).</source>
        <translation>%1（%2）を削除しました。</translation>
    </message>
    <message>
        <source>%1 (%2) is on.</source>
        <translation>%1（%2）を有効にしました。</translation>
    </message>
    <message>
        <source>%1 (%2) is off.</source>
        <translation>%1（%2）を無効にしました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysListCommand</name>
    <message>
        <source>List the organiser&apos;s closed days (the year-end break, Obon, a venue&apos;s closed days).</source>
        <translation>事務局の休業日（年末年始、お盆、会場の休館日など）を一覧表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandGroup</name>
    <message>
        <source>Usage: %1 &lt;subcommand&gt; [options]</source>
        <translation>使い方：%1 &lt;サブコマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド：</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;subcommand&gt; --help&apos; for a subcommand&apos;s options.</source>
        <translation>サブコマンドのオプションは &apos;%1 &lt;サブコマンド&gt; --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; にはサブコマンドが必要です：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcommand of &apos;%2&apos;; try %3.</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; のサブコマンドではありません。%3 を試してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandLine</name>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Renkei on the command line: the members, meetings and attendance of a regional care network.</source>
        <translation>コマンドライン版Renkei：地域ケアネットワークの会員、会合、出欠を管理します。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド（下記参照）。</translation>
    </message>
    <message>
        <source>Work with the members.</source>
        <translation>会員を管理します。</translation>
    </message>
    <message>
        <source>Work with the organisations members work at.</source>
        <translation>会員の所属する事業所を管理します。</translation>
    </message>
    <message>
        <source>Work with the list of professions.</source>
        <translation>職種の一覧を管理します。</translation>
    </message>
    <message>
        <source>Work with the wards and zones.</source>
        <translation>区と圏域を管理します。</translation>
    </message>
    <message>
        <source>Work with the attendance of meetings.</source>
        <translation>会合の出欠を管理します。</translation>
    </message>
    <message>
        <source>Plan, list, show and change the meetings.</source>
        <translation>会合の計画、一覧、表示、変更を行います。</translation>
    </message>
    <message>
        <source>The organiser&apos;s closed days, avoided like holidays when planning.</source>
        <translation>事務局の休業日（計画時に祝日と同様に避けます）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>コマンドのオプションは「%1 &lt;command&gt; --help」で確認できます。</translation>
    </message>
    <message>
        <source>No command given. The commands are:</source>
        <translation>コマンドが指定されていません。コマンドは次のとおりです:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>「%1」はコマンドではありません。</translation>
    </message>
    <message>
        <source>Add, list, change and delete the meeting series (the runs of 第N回).</source>
        <translation>シリーズ（第N回と続く会合のまとまり）の追加、一覧、変更、削除を行います。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::DemoCommand</name>
    <message>
        <source>Fill a new database with a fictitious network to try Renkei with.</source>
        <translation>新しいデータベースに架空のネットワークを作成し、Renkei を試せるようにします。</translation>
    </message>
    <message>
        <source>Another variation of the same story (default: 1).</source>
        <translation>同じ筋書きの別のバリエーション（既定：1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &apos;%1&apos;.</source>
        <translation>シードは整数で指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Filled %1 with the demo network: %2 members, %3 meetings.</source>
        <translation>%1 にデモ用ネットワークを作成しました：会員%2人、会合%3回。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::DocumentLanguageOption</name>
    <message>
        <source>The language of printed documents: ja (Japanese) or en (English); default: the network&apos;s setting.</source>
        <translation>印刷する書類の言語：ja（日本語）または en（英語）。既定はネットワークの設定です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document language; give ja or en.</source>
        <translation>「%1」は書類の言語ではありません。ja か en を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ExportEncodingOptions</name>
    <message>
        <source>utf-8-bom (what Excel recognises), utf-8 or shift_jis (default: utf-8-bom).</source>
        <translation>utf-8-bom（Excel が認識する形式）、utf-8 または shift_jis（既定：utf-8-bom）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Agree to replacing characters Shift_JIS cannot hold with look-alikes (〜 with ～, 𠮷 with 吉) or 〓. Without it such an export is refused and the values listed.</source>
        <translation>Shift_JIS で表せない文字を似た文字（〜 を ～、𠮷 を 吉）または 〓 に置き換えることに同意します。指定しない場合、そのような書き出しは行わず、該当する値を一覧表示します。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use utf-8-bom, utf-8 or shift_jis.</source>
        <translation>不明な文字コード「%1」です。utf-8-bom、utf-8、shift_jis のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>%1, %2: “%3” has %4; it would be written “%5”.</source>
        <extracomment>%1 who, %2 the column, %3 the value, %4 the characters, %5 the value as it would be written</extracomment>
        <translation>%1、%2：「%3」には%4が含まれるため、「%5」と書き出されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Add --replace-unrepresentable to agree to the replacements above, or choose --encoding utf-8-bom.</source>
        <translation>
            <numerusform>%n件の値を %1 で書き出せません。上記の置き換えに同意する場合は --replace-unrepresentable を付けるか、--encoding utf-8-bom を指定してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::GridCommand</name>
    <message>
        <source>Write a series&apos; attendance grid for a fiscal year (people × meetings) as an A4 landscape PDF.</source>
        <translation>シリーズの年度の出席表（参加者×会合）をA4横のPDFで書き出します。</translation>
    </message>
    <message>
        <source>The series&apos; name (may be left out when there is only one).</source>
        <translation>シリーズ名（シリーズが1つだけの場合は省略可）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The fiscal year, April to March: 2026, FY2026, 2026年度 or 令和8年度.</source>
        <translation>年度（4月〜翌年3月）：2026、FY2026、2026年度、令和8年度。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Empty rows for newcomers. Default: 10.</source>
        <translation>新規参加者用の空白行の数。既定：10。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year.</source>
        <translation>--fiscal-year で年度を指定してください。</translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to 500.</source>
        <translation>--blank-rows には0〜500の数値を指定してください。</translation>
    </message>
    <message>
        <source>Meetings: %1. People: %2.</source>
        <translation>会合：%1。参加者：%2。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::HolidaysCommand</name>
    <message>
        <source>List Japan&apos;s public holidays in a range (and the organiser&apos;s closed days with --closed).</source>
        <translation>指定した期間の日本の祝日を一覧表示します（--closed で事務局の休業日も表示します）。</translation>
    </message>
    <message>
        <source>The first day (default: 1 January of this year).</source>
        <translation>最初の日（既定：今年の1月1日）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last day (default: 31 December of the first day&apos;s year).</source>
        <translation>最後の日（既定：最初の日と同じ年の12月31日）。</translation>
    </message>
    <message>
        <source>Include the organiser&apos;s closed days (from the database).</source>
        <translation>事務局の休業日（データベースに登録されたもの）も含めます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>「%1」には引数を指定できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-01.</source>
        <translation>「%1」は日付ではありません。2026-04-01 の形式で書いてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2027-03-31.</source>
        <translation>「%1」は日付ではありません。2027-03-31 の形式で書いてください。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to に --from より前の日付は指定できません。</translation>
    </message>
    <message>
        <source>Public holidays are known from %1 to %2.</source>
        <translation>祝日のデータは%1から%2までです。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ICalCommand</name>
    <message>
        <source>Write the meetings as a calendar file (.ics) to import into a calendar; importing it again updates the same events.</source>
        <translation>会合をカレンダーに取り込むためのカレンダーファイル（.ics）として書き出します。再度取り込むと同じ予定が更新されます。</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>書き出す .ics ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation>このシリーズの会合のみ。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Only this fiscal year&apos;s meetings.</source>
        <translation>この年度の会合のみ。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>書き出すファイルを --out で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1.</source>
        <translation>
            <numerusform>%n件の会合を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::InitCommand</name>
    <message>
        <source>Create a new, empty database (refuses an existing file).</source>
        <translation>新しい空のデータベースを作成します（既存のファイルには作成しません）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingArguments</name>
    <message>
        <source>The database has no meeting series yet.</source>
        <translation>データベースに会合のシリーズがまだありません。</translation>
    </message>
    <message>
        <source>Choose the series with --series: %1.</source>
        <translation>--series でシリーズを選択してください：%1。</translation>
    </message>
    <message>
        <source>A meeting is given by its id (a number, as &apos;meetings list&apos; shows), not &apos;%1&apos;.</source>
        <translation>会合はID（「meetings list」で表示される番号）で指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and its weekday in the command line&apos;s lists; Japanese: %1（%2）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Japanese: %1〜</extracomment>
        <translation>%1〜</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>Japanese: %1〜%2</extracomment>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsEditCommand</name>
    <message>
        <source>Change a meeting by hand: its date, times, venue, fee, status and more.</source>
        <translation>会合の日付・時刻・会場・参加費・状態などを個別に変更します。</translation>
    </message>
    <message>
        <source>The date.</source>
        <translation>日付。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The start time.</source>
        <translation>開始時刻。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The end time.</source>
        <translation>終了時刻。</translation>
    </message>
    <message>
        <source>The venue.</source>
        <translation>会場。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The venue&apos;s address.</source>
        <translation>会場の住所。</translation>
    </message>
    <message>
        <source>The fee in yen.</source>
        <translation>参加費（円）。</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>The number of places (0: no limit).</source>
        <translation>定員（0：制限なし）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>The theme.</source>
        <translation>テーマ。</translation>
    </message>
    <message>
        <source>planned, held or cancelled.</source>
        <translation>planned（予定）、held（開催済み）、cancelled（中止）のいずれか。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Notes or minutes.</source>
        <translation>メモ・議事録。</translation>
    </message>
    <message>
        <source>The social gathering&apos;s venue (turns it on).</source>
        <translation>懇親会の会場（指定すると懇親会ありになります）。</translation>
    </message>
    <message>
        <source>The social gathering&apos;s time.</source>
        <translation>懇親会の時刻。</translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee in yen.</source>
        <translation>懇親会の参加費（円）。</translation>
    </message>
    <message>
        <source>No social gathering.</source>
        <translation>懇親会なし。</translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation>会合の ID（&apos;meetings list&apos; で表示されるもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation>&apos;%1&apos; には会合の ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>--%1 does not take &apos;%2&apos;.</source>
        <translation>--%1 に「%2」は指定できません。</translation>
    </message>
    <message>
        <source>Saved %1 %2: %3 %4.</source>
        <extracomment>e.g. &quot;Saved みなと坂医介連 No. 46: 2026-10-20 (Tue) 19:00–20:30.&quot;</extracomment>
        <translation>%1 %2を保存しました：%3 %4。</translation>
    </message>
    <message>
        <source>Note: %1 is %2.</source>
        <translation>注意：%1は%2です。</translation>
    </message>
    <message>
        <source>Note: the numbers no longer follow the dates:</source>
        <translation>注意：回数が日付の順になっていません：</translation>
    </message>
    <message>
        <source>Run &apos;%1 meetings renumber --series &quot;%2&quot;&apos; to renumber them.</source>
        <translation>回数を振り直すには &apos;%1 meetings renumber --series &quot;%2&quot;&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsListCommand</name>
    <message>
        <source>List the meetings by date, of a series or a fiscal year.</source>
        <translation>シリーズまたは年度の会合を日付順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation>このシリーズの会合のみ。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Only the meetings of this fiscal year (April to March).</source>
        <translation>この年度（4月〜翌年3月）の会合のみ。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>table or csv. Default: table.</source>
        <translation>table または csv。既定：table。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsPlanCommand</name>
    <message>
        <source>Plan a fiscal year of meetings from a schedule rule (preview with --dry-run).</source>
        <translation>開催ルールに基づいて1年度分の会合を計画します（--dry-run でプレビュー）。</translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation>シリーズ（既定：唯一のシリーズ）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The fiscal year to plan, by the year it begins in (2027: April 2027 to March 2028).</source>
        <translation>計画する年度。開始する年で指定します（2027：2027年4月〜2028年3月）。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The schedule rule, written as above (default: the series&apos; saved rule).</source>
        <translation>開催ルール。上記の書式で指定します（既定：シリーズに保存されたルール）。</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Change the rhythm from this meeting of the series on (its number, 第N回): later planned meetings take the new dates.</source>
        <translation>シリーズのこの会合（回数、第N回）以降の開催ペースを変更します。以降の予定の会合は新しい日付になります。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Show the dates without writing anything.</source>
        <translation>何も書き込まずに日付を表示します。</translation>
    </message>
    <message>
        <source>Do not save the rule with the series.</source>
        <translation>ルールをシリーズに保存しません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Give the fiscal year to plan with --fiscal-year.</source>
        <translation>計画する年度を --fiscal-year で指定してください。</translation>
    </message>
    <message>
        <source>--from takes a meeting&apos;s number, not &apos;%1&apos;.</source>
        <translation>--from には会合の回数を指定してください（&apos;%1&apos; は無効です）。</translation>
    </message>
    <message>
        <source>%1 has no saved schedule rule; give one with --rule.</source>
        <translation>%1 には保存された開催ルールがありません。--rule で指定してください。</translation>
    </message>
    <message>
        <source>The rule “%1” is not valid: %2</source>
        <translation>ルール「%1」は無効です：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The heading of a plan: series, fiscal year, the rule in words</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>変更前：%1</translation>
    </message>
    <message>
        <source>was No. %1</source>
        <translation>変更前：第%1回</translation>
    </message>
    <message>
        <source>To be removed: %1, %2</source>
        <translation>削除予定：%1、%2</translation>
    </message>
    <message>
        <source>Removed: %1, %2</source>
        <translation>削除：%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would be removed with them.</source>
        <translation>
            <numerusform>あわせて%n件の申込が削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) were removed with them.</source>
        <translation>
            <numerusform>あわせて%n件の申込が削除されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>To be renumbered: %1</source>
        <translation>回数の振り直し予定：%1</translation>
    </message>
    <message>
        <source>Renumbered: %1</source>
        <translation>回数を振り直し：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n meeting(s) would be planned.</source>
        <translation>
            <numerusform>ドライラン：何も書き込んでいません。%n回の会合が計画されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s), No. %1 to No. %2.</source>
        <translation>
            <numerusform>%n回の会合（第%1回〜第%2回）を計画しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings were planned.</source>
        <translation>計画された会合はありません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsRenumberCommand</name>
    <message>
        <source>Put a series&apos; meeting numbers back in date order (preview with --dry-run).</source>
        <translation>シリーズの会合の番号を日付順に振り直します（--dry-run で事前に確認できます）。</translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation>シリーズ（既定：唯一のシリーズ）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Show the changes without writing them.</source>
        <translation>変更を書き込まずに表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>「%1」には引数を指定できません。</translation>
    </message>
    <message>
        <source>The numbers of %1 already follow the dates.</source>
        <translation>%1の番号はすでに日付順です。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n meeting(s) would be renumbered.</source>
        <translation>
            <numerusform>試行のみ：何も書き込んでいません。%n回の会合の番号が振り直されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %n meeting(s).</source>
        <translation>
            <numerusform>会合%n回の番号を振り直しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsShowCommand</name>
    <message>
        <source>Show a meeting with its programme and times.</source>
        <translation>会合を次第と時刻とともに表示します。</translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation>会合の ID（&apos;meetings list&apos; で表示されるもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation>&apos;%1&apos; には会合の ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <extracomment>Series, meeting number, id; e.g. &quot;みなと坂医介連 No. 46 (id 16)&quot;</extracomment>
        <translation>%1 %2（ID %3）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>参加費</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <source>%1 %2, %3 yen</source>
        <translation>%1 %2、%3円</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>No programme yet.</source>
        <translation>次第はまだありません。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備考：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all; ends at %1.</source>
        <translation>
            <numerusform>合計%n分、%1に終了します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MemberArguments</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The full name, family name first (&quot;山田 太郎&quot;).</source>
        <translation>氏名（姓を先に記入。例：「山田 太郎」）。</translation>
    </message>
    <message>
        <source>The reading of the full name in kana (&quot;やまだ たろう&quot;).</source>
        <translation>氏名のふりがな（例：「やまだ たろう」）。</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation>姓。</translation>
    </message>
    <message>
        <source>The given name.</source>
        <translation>名。</translation>
    </message>
    <message>
        <source>The reading of the family name, in kana.</source>
        <translation>姓のふりがな。</translation>
    </message>
    <message>
        <source>The reading of the given name, in kana.</source>
        <translation>名のふりがな。</translation>
    </message>
    <message>
        <source>The profession, by name (Japanese or English) or id.</source>
        <translation>職種。名前（日本語または英語）または ID で指定します。</translation>
    </message>
    <message>
        <source>The organisation, by name or id.</source>
        <translation>所属。名前または ID で指定します。</translation>
    </message>
    <message>
        <source>The area, by name (&quot;ward/zone&quot; when a zone&apos;s name is not unique) or id.</source>
        <translation>地区。名前（圏域名が重複する場合は「区/圏域」）または ID で指定します。</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>The phone number (03-1234-5678, with or without hyphens).</source>
        <translation>電話番号（03-1234-5678、ハイフンは有無どちらでも可）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>The fax number.</source>
        <translation>FAX 番号。</translation>
    </message>
    <message>
        <source>The id of the member who brought them in.</source>
        <translation>紹介者の会員 ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The day they joined (2026-04-01).</source>
        <translation>入会日（2026-04-01）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Member of the medical association (医師会): yes or no.</source>
        <translation>医師会の会員かどうか：yes または no。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>May appear on rosters shared with other members: yes or no.</source>
        <translation>他の会員と共有する名簿への掲載可否：yes または no。</translation>
    </message>
    <message>
        <source>May be contacted by e-mail: yes or no.</source>
        <translation>メール連絡の可否：yes または no。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>メモ。</translation>
    </message>
    <message>
        <source>“%1” is not a member&apos;s id; find it with &apos;members find&apos;.</source>
        <translation>「%1」は会員 ID ではありません。&apos;members find&apos; で確認してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one option: &quot;--email: “x” does not look like an e-mail address.&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-04-01.</source>
        <translation>「%1」は日付ではありません。2026-04-01 の形式で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>「%1」は yes でも no でもありません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MemberFilterArguments</name>
    <message>
        <source>Only members of this profession (repeat, or separate with commas).</source>
        <translation>この職種の会員のみ（繰り返し指定するか、カンマで区切ります）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Only members in this area; a ward includes its zones (repeat, or separate with commas).</source>
        <translation>この地区の会員のみ。区を指定するとその圏域も含みます（繰り返し指定するか、カンマで区切ります）。</translation>
    </message>
    <message>
        <source>Only members of this organisation (repeat for more).</source>
        <translation>この所属の会員のみ（複数の場合は繰り返し指定します）。</translation>
    </message>
    <message>
        <source>Only members in the network&apos;s own area.</source>
        <translation>ネットワークの地区内（区内）の会員のみ。</translation>
    </message>
    <message>
        <source>Only members outside it.</source>
        <translation>地区外（区外）の会員のみ。</translation>
    </message>
    <message>
        <source>Use either --all or --archived, not both.</source>
        <translation>--all と --archived は同時に指定できません。</translation>
    </message>
    <message>
        <source>Use either --in-area or --out-of-area, not both.</source>
        <translation>--in-area と --out-of-area は同時に指定できません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersAddCommand</name>
    <message>
        <source>Add a member. Someone who looks like an existing member (same name and reading, e-mail or phone) is refused unless --allow-duplicate is given.</source>
        <translation>会員を追加します。既存の会員と同一と思われる場合（氏名とふりがな、メール、電話のいずれかが同じ）は、--allow-duplicate を指定しない限り追加しません。</translation>
    </message>
    <message>
        <source>Add the member even when they look like an existing one.</source>
        <translation>既存の会員と同一と思われる場合でも追加します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation>「%1」には引数を指定できません。項目はオプションで指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>%1 (member %2) may be the same person: %3.</source>
        <extracomment>%1 a member&apos;s name, %2 their id, %3 why they look alike (&quot;same e-mail address&quot;)</extracomment>
        <translation>%1（会員%2）と同一人物の可能性があります：%3。</translation>
    </message>
    <message>
        <source>Nothing was added. Add them anyway with --allow-duplicate.</source>
        <translation>何も追加していません。それでも追加するには --allow-duplicate を指定してください。</translation>
    </message>
    <message>
        <source>Added %1 as member %2.</source>
        <translation>%1を会員%2として追加しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersArchiveCommand</name>
    <message>
        <source>Archive a member: off the active roster, their history kept.</source>
        <translation>会員をアーカイブします。現会員の名簿から外し、履歴は残します。</translation>
    </message>
    <message>
        <source>Restore an archived member to the active roster.</source>
        <translation>アーカイブ済みの会員を現会員の名簿に復元します。</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>会員の ID（一覧に表示されるもの）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation>&apos;%1&apos; には会員の ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>%1 (member %2) was already archived.</source>
        <translation>%1（会員 ID %2）はすでにアーカイブ済みです。</translation>
    </message>
    <message>
        <source>Archived %1 (member %2).</source>
        <translation>%1（会員 ID %2）をアーカイブしました。</translation>
    </message>
    <message>
        <source>%1 (member %2) is already active.</source>
        <translation>%1（会員 ID %2）はすでに有効です。</translation>
    </message>
    <message>
        <source>Restored %1 (member %2).</source>
        <translation>%1（会員 ID %2）を復元しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersEditCommand</name>
    <message>
        <source>Change the fields given of one member; the others stay as they are. An empty value clears a field.</source>
        <translation>1人の会員の指定したフィールドを変更します。それ以外のフィールドはそのままです。空の値を指定するとフィールドが消去されます。</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>会員の ID（一覧に表示されるもの）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id, then the fields to change.</source>
        <translation>&apos;%1&apos; には会員の ID を1つ指定し、続けて変更するフィールドを指定してください。</translation>
    </message>
    <message>
        <source>Give at least one field to change, such as --email.</source>
        <translation>変更するフィールドを1つ以上指定してください（例：--email）。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式 &apos;%1&apos; です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>Saved %1 (member %2).</source>
        <translation>%1（会員 %2）を保存しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersExportCommand</name>
    <message>
        <source>Export the roster as CSV that Excel opens (UTF-8 with BOM, UTF-8 or Shift_JIS).</source>
        <translation>Excelで開けるCSV（BOM付きUTF-8、UTF-8、Shift_JIS）で名簿を書き出します。</translation>
    </message>
    <message>
        <source>The columns, in order, separated by commas (default: %1). Fields: %2.</source>
        <translation>書き出す列を順にカンマ区切りで指定します（既定：%1）。項目：%2。</translation>
    </message>
    <message>
        <source>a,b,…</source>
        <translation>a,b,…</translation>
    </message>
    <message>
        <source>Only members whose name, reading or e-mail address holds this text.</source>
        <translation>氏名、ふりがな、メールアドレスにこの文字列を含む会員のみ。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Include the members who have not agreed to appear on shared rosters (for the organiser&apos;s own use). Without it the roster holds only those who agreed.</source>
        <translation>共有名簿への掲載に同意していない会員も含めます（世話人用）。指定しない場合は、同意した会員のみを書き出します。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出すCSVファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>「%1」に指定できるファイルは1つです。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation>「%1」は項目ではありません。項目は次のとおりです：%2。</translation>
    </message>
    <message>
        <source>--columns names no column.</source>
        <translation>--columns に列が指定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>会員%n人を%1に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n member(s) who have not agreed to appear on shared rosters (--all-members includes them).</source>
        <translation>
            <numerusform>共有名簿への掲載に同意していない会員%n人を除外しました（--all-members で含めます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced characters %1 cannot hold in %n value(s).</source>
        <translation>
            <numerusform>%1で表せない文字を含む%n件の値を置き換えました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the e-mail address blank for %n member(s) who have not agreed to be e-mailed.</source>
        <translation>
            <numerusform>メール連絡に同意していない会員%n人のメールアドレスを空欄にしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersFindCommand</name>
    <message>
        <source>Find members by name, reading, e-mail or organisation, as the members view searches: kana kind, width, spaces and case do not matter.</source>
        <translation>氏名・ふりがな・メール・所属で会員を検索します。会員画面の検索と同じく、ひらがな・カタカナ、全角・半角、スペース、大文字・小文字は区別しません。</translation>
    </message>
    <message>
        <source>What to look for (several words are one text).</source>
        <translation>検索する文字列（複数の語は1つの文字列として扱います）。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersImportCommand</name>
    <message>
        <source>Import a roster (CSV, as Excel saves it): every row or none.</source>
        <translation>名簿（Excel で保存した CSV）を取り込みます。全行を取り込むか、何も取り込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>auto, utf-8 or shift_jis (default: auto, found from the file).</source>
        <translation>auto、utf-8 または shift_jis（既定：auto、ファイルから判定）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Import the column headed HEADER as FIELD (or leave it out with HEADER=-); may be given more than once. Fields: %1.</source>
        <translation>見出しが HEADER の列を FIELD として取り込みます（HEADER=- で取り込みません）。複数回指定できます。フィールド：%1。</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>HEADER=FIELD</translation>
    </message>
    <message>
        <source>What to do with a row that is a member already there: skip, update or add (default: skip).</source>
        <translation>登録済みの会員と一致する行の処理：skip、update または add（既定：skip）。</translation>
    </message>
    <message>
        <source>action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Check every row and say what would happen, writing nothing.</source>
        <translation>全行をチェックして結果を表示します。何も書き込みません。</translation>
    </message>
    <message>
        <source>Create the professions, organisations and areas the file names and the database lacks.</source>
        <translation>ファイルに記載があり、データベースにない職種・事業所・地区を作成します。</translation>
    </message>
    <message>
        <source>Take NAME in the file&apos;s LIST column (profession, organisation or area) as the existing entry EXISTING; may be given more than once.</source>
        <translation>ファイルの LIST 列（profession、organisation または area）にある NAME を、既存の項目 EXISTING として扱います。複数回指定できます。</translation>
    </message>
    <message>
        <source>LIST:NAME=EXISTING</source>
        <translation>LIST:NAME=EXISTING</translation>
    </message>
    <message>
        <source>Also list the duplicates found and the entries created.</source>
        <translation>見つかった重複と作成した項目も一覧表示します。</translation>
    </message>
    <message>
        <source>The roster to import.</source>
        <translation>取り込む名簿。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; にはファイルを1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8 or shift_jis.</source>
        <translation>不明な文字コード &apos;%1&apos; です。auto、utf-8 または shift_jis を指定してください。</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD, not &apos;%1&apos;.</source>
        <translation>--map には HEADER=FIELD を指定してください（&apos;%1&apos; は無効です）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation>&apos;%1&apos; はフィールドではありません。フィールド：%2。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;; use skip, update or add.</source>
        <translation>不明な処理 &apos;%1&apos; です。skip、update または add を指定してください。</translation>
    </message>
    <message>
        <source>--map-value takes LIST:NAME=EXISTING with LIST profession, organisation or area, not &apos;%1&apos;.</source>
        <translation>--map-value には LIST:NAME=EXISTING（LIST は profession、organisation または area）を指定してください（&apos;%1&apos; は無効です）。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…ほか%n件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2 has the %3 as line %4 (%5): %6</source>
        <translation>%1行目：%2 は %4行目（%5）と%3が同じです：%6</translation>
    </message>
    <message>
        <source>line %1: %2 has the %3 as member %4 (ID %5): %6</source>
        <translation>%1行目：%2 は会員 %4（ID %5）と%3が同じです：%6</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more duplicate(s).</source>
        <translation>
            <numerusform>…ほか%n件の重複があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new %1: “%2” (%n row(s))</source>
        <translation>
            <numerusform>新しい%1：「%2」（%n行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>取り込みをキャンセルしました。何も取り込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n件の問題があります。何も取り込まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3</source>
        <translation>取り込み %1件、更新 %2件、スキップ %3件</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersListCommand</name>
    <message>
        <source>List the members in order of their readings (五十音).</source>
        <translation>会員をふりがな順（五十音）で一覧表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersShowCommand</name>
    <message>
        <source>Show every field of one member.</source>
        <translation>1人の会員のすべてのフィールドを表示します。</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>会員の ID（一覧に表示されるもの）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation>&apos;%1&apos; には会員の ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式 &apos;%1&apos; です。table または csv を指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::OrganisationsListCommand</name>
    <message>
        <source>List the organisations by name, with how many members work at each (archived members included).</source>
        <translation>事業所を名前順に一覧表示し、各事業所に所属する会員数（アーカイブ済みの会員を含む）を表示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ProfessionsListCommand</name>
    <message>
        <source>List the professions in display order, with how many members use each (archived members included).</source>
        <translation>職種を表示順に一覧表示し、それぞれの会員数（アーカイブ済みの会員を含む）も示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReferenceListCommand</name>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; には引数を指定できません。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReportCommand</name>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2、%3：%4</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1 %2（%3〜%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>開催 %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s), of which %1 by guests</source>
        <translation>
            <numerusform>延べ参加者 %n人（うちゲスト %1人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>実参加人数 %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per meeting on average</source>
        <translation>1回あたり平均 %1人</translation>
    </message>
    <message numerus="yes">
        <source>%n first-timer(s); %1 of %2 came back within %3 meetings</source>
        <translation>
            <numerusform>初参加 %n人（%2人中%1人が%3回以内に再参加）</numerusform>
        </translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>延べ参加者数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Show the figures of a meeting or of a series over a fiscal year, or save the annual activity report.</source>
        <translation>会合1回分、またはシリーズの年度の集計を表示します。年間活動実績報告の保存もできます。</translation>
    </message>
    <message>
        <source>The meeting to report on, by its id.</source>
        <translation>集計する会合（ID で指定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The series to report on (may be left out when there is only one).</source>
        <translation>集計するシリーズ（シリーズが1つだけの場合は省略できます）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The fiscal year, April to March, named by its first year (2026, 令和8年度). Default: the current one.</source>
        <translation>年度（4月〜翌年3月）。開始年で指定します（2026、令和8年度）。既定：今年度。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The first day of a range (2026-04-01).</source>
        <translation>期間の初日（2026-04-01）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The last day of a range (2027-03-31).</source>
        <translation>期間の最終日（2027-03-31）。</translation>
    </message>
    <message>
        <source>Save the annual activity report to this file: .pdf (A4), .csv (for spreadsheets) or .json.</source>
        <translation>年間活動実績報告をこのファイルに保存します：.pdf（A4）、.csv（表計算ソフト用）または .json。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>How to print the figures: table, csv or json. Default: table.</source>
        <translation>集計の出力形式：table、csv、json のいずれか。既定：table。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Write dates in the report with the Japanese era (令和).</source>
        <translation>レポートの日付を和暦（令和）で表記します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; に引数は指定できません。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table, csv or json.</source>
        <translation>不明な形式「%1」です。table、csv、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--meeting reports on one meeting; it takes only --format.</source>
        <translation>--meeting は1回の会合の集計です。併用できるのは --format だけです。</translation>
    </message>
    <message>
        <source>Give either --fiscal-year or --from and --to, not both.</source>
        <translation>--fiscal-year か、--from と --to のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>A range needs both --from and --to.</source>
        <translation>期間を指定するには --from と --to の両方が必要です。</translation>
    </message>
    <message>
        <source>Write dates as 2026-04-01.</source>
        <translation>日付は 2026-04-01 の形で入力してください。</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the activity report of %1, %2, to %3 (%n meeting(s)).</source>
        <translation>
            <numerusform>%1 %2の活動実績報告を %3 に保存しました（会合%n回）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not seen at the last %1 meetings</source>
        <translation>
            <numerusform>直近%1回の会合に来ていない会員：%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>A first-timer came back when they came to one of the next this many meetings. Default: 3.</source>
        <translation>初参加者がその後この回数以内の会合に参加した場合を、再参加とみなします。既定：3。</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>List as not seen lately the members who came to none of the period&apos;s last this many meetings. Default: 3.</source>
        <translation>期間中の直近この回数の会合に一度も参加していない会員を、最近参加していない会員として表示します。既定：3。</translation>
    </message>
    <message>
        <source>--%1 takes a number of meetings from 1 to 99, not &apos;%2&apos;.</source>
        <translation>--%1 には会合の回数を1〜99で指定してください。「%2」は指定できません。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::RosterOutput</name>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation>table（整列表示、閲覧用）または csv（UTF-8、表計算ソフトやスクリプト用）。既定：table。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A member who referred someone: &quot;12 佐藤 花子&quot; (id and name)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>姓（ふりがな）</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>名（ふりがな）</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation>医師会</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>紹介者</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation>共有名簿に掲載</translation>
    </message>
    <message>
        <source>May be e-mailed</source>
        <translation>メール送付可</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesAddCommand</name>
    <message>
        <source>Add a meeting series (--name is required) and print its id.</source>
        <translation>シリーズを追加し（--name は必須）、その ID を表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation>「%1」には引数を指定できません。項目はオプションで指定してください。</translation>
    </message>
    <message>
        <source>Give the series&apos; name with --name.</source>
        <translation>シリーズ名を --name で指定してください。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesArguments</name>
    <message>
        <source>The series&apos; name, such as みなと坂医介連.</source>
        <translation>シリーズ名（例：みなと坂医介連）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The number its first meeting in Renkei takes (第N回), for a network that met before. Default: 1.</source>
        <translation>Renkei で最初に記録する会合の回数（第N回）。Renkei 導入前から開催しているネットワーク向けです。既定：1。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The usual venue.</source>
        <translation>通常の会場。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The usual venue&apos;s address.</source>
        <translation>通常の会場の住所。</translation>
    </message>
    <message>
        <source>The usual start time.</source>
        <translation>通常の開始時刻。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The usual end time.</source>
        <translation>通常の終了時刻。</translation>
    </message>
    <message>
        <source>The usual fee in yen.</source>
        <translation>通常の参加費（円）。</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>The usual number of places (0: no limit).</source>
        <translation>通常の定員（0：制限なし）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Notes about the series.</source>
        <translation>シリーズについてのメモ。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as 19:00.</source>
        <translation>「%1」は時刻ではありません。19:00 の形式で書いてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one option: &quot;--start: &apos;25:00&apos; is not a time; write it as 19:00.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesEditCommand</name>
    <message>
        <source>Change a meeting series: its name, its first meeting&apos;s number or its usual venue, times, fee and places. Meetings already planned keep theirs.</source>
        <translation>シリーズの名前、最初の会合の回数、通常の会場・時刻・参加費・定員を変更します。計画済みの会合の設定は変わりません。</translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation>シリーズの ID（&apos;series list&apos; で表示されるもの）または名前。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|名前</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation>「%1」にはシリーズを1つ、ID または名前で指定してください。</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>変更する項目がありません。変更する項目をオプションで指定してください。</translation>
    </message>
    <message>
        <source>Saved series %1: %2.</source>
        <translation>シリーズ %1「%2」を保存しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesListCommand</name>
    <message>
        <source>List the meeting series with their usual venue, times, fee and number of meetings.</source>
        <translation>シリーズの一覧を、通常の会場・時刻・参加費・会合数とともに表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>「%1」には引数を指定できません。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>不明な形式「%1」です。table または csv を指定してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>From No.</source>
        <translation>開始回数</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>参加費</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合数</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesRemoveCommand</name>
    <message>
        <source>Delete a meeting series that has no meetings.</source>
        <translation>会合のないシリーズを削除します。</translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation>シリーズの ID（&apos;series list&apos; で表示されるもの）または名前。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|名前</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation>「%1」にはシリーズを1つ、ID または名前で指定してください。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <extracomment>%1 the series&apos; name, %2 why it was not deleted</extracomment>
        <translation>%1を削除できませんでした：%2</translation>
    </message>
    <message>
        <source>Deleted series %1: %2.</source>
        <translation>シリーズ %1「%2」を削除しました。</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SheetCommand</name>
    <message>
        <source>Write a meeting&apos;s sign-in sheet (出席簿) as an A4 PDF.</source>
        <translation>会合の受付名簿（出席簿）を A4 の PDF で書き出します。</translation>
    </message>
    <message>
        <source>The order: %1. Default: the series&apos; saved order, else kana.</source>
        <translation>並び順：%1。既定：シリーズに保存された順序、なければ kana。</translation>
    </message>
    <message>
        <source>order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Empty rows at the end, for walk-ins. Default: the series&apos; saved number, else 5.</source>
        <translation>当日参加用に末尾に追加する空欄の行数。既定：シリーズに保存された行数、なければ 5。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The columns after No. and the name, in order, separated by commas: %1. Default: the series&apos; saved columns, else %2.</source>
        <translation>No. と氏名の後に続く列を、順番にカンマ区切りで指定します：%1。既定：シリーズに保存された列、なければ %2。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Keep the columns, order and blank rows as the series&apos; layout.</source>
        <translation>列・並び順・空欄の行数をシリーズのレイアウトとして保存します。</translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation>不明な並び順 &apos;%1&apos; です。%2 を指定してください。</translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to %1.</source>
        <translation>--blank-rows には 0〜%1 の数を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in sheet lists %n person(s).</source>
        <translation>
            <numerusform>受付名簿には%n人が記載されています。</numerusform>
        </translation>
    </message>
</context>
</TS>
