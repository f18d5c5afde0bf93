<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Roster, meetings and attendance for a care network.</source>
        <translation>Roster, meetings and attendance for a care network.</translation>
    </message>
    <message>
        <source>The database to open (*.renkei).</source>
        <translation>The database to open (*.renkei).</translation>
    </message>
</context>
<context>
    <name>renkei::ActivityReport</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the report as CSV instead.</source>
        <translation>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the report as CSV instead.</translation>
    </message>
    <message>
        <source>Save the report as .pdf, .csv or .json, not .%1.</source>
        <translation>Save the report as .pdf, .csv or .json, not .%1.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>programme</comment>
        <extracomment>Between the items of a meeting&apos;s programme in one line; Japanese: 、</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: annual activity report, %2</source>
        <extracomment>The report&apos;s title: %1 the series, %2 the fiscal year (FY2025); Japanese: %1 %2 年間活動実績報告</extracomment>
        <translation>%1: annual activity report, %2</translation>
    </message>
    <message>
        <source>%1: activity report</source>
        <extracomment>The report&apos;s title for a period that is not a fiscal year; Japanese: %1 活動実績報告</extracomment>
        <translation>%1: activity report</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>people</comment>
        <extracomment>A number of people in the summary (%1 is 1,234); Japanese: %1名</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <extracomment>The period the report covers, from a date to a date; Japanese: 対象期間：%1〜%2</extracomment>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Summary</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>meetings</comment>
        <extracomment>The number of meetings held (%1); Japanese: %1回</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>(members / guests)</source>
        <translation>(members / guests)</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Average per meeting</source>
        <translation>Average per meeting</translation>
    </message>
    <message>
        <source>Professions taking part</source>
        <translation>Professions taking part</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>professions</comment>
        <extracomment>The number of professions that took part (%1); Japanese: %1職種</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>First-timers</source>
        <comment>summary</comment>
        <translation>First-timers</translation>
    </message>
    <message>
        <source>In area / out of area / not recorded</source>
        <translation>In area / out of area / not recorded</translation>
    </message>
    <message>
        <source>2. Meetings held</source>
        <translation>2. Meetings held</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Theme and programme</source>
        <translation>Theme and programme</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>By profession</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <extracomment>How many of a meeting&apos;s attendees were guests; Japanese: うちゲスト%n</extracomment>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings were held in this period.</source>
        <translation>No meetings were held in this period.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>3. Attendance by profession</source>
        <translation>3. Attendance by profession</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Attendances add up each meeting&apos;s attendees; people counts each person once (guests told apart by name).</source>
        <translation>Attendances add up each meeting&apos;s attendees; people counts each person once (guests told apart by name).</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>First-timers</source>
        <comment>column</comment>
        <translation>First-timers</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>Social gathering</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Professions</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaBuilder</name>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Add Item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Earlier meeting to copy the agenda from</source>
        <translation>Earlier meeting to copy the agenda from</translation>
    </message>
    <message>
        <source>&amp;Copy Its Agenda</source>
        <translation>&amp;Copy Its Agenda</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all; ends at %1.</source>
        <translation>
            <numerusform>%n minute in all; ends at %1.</numerusform>
            <numerusform>%n minutes in all; ends at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all.</source>
        <translation>
            <numerusform>%n minute in all.</numerusform>
            <numerusform>%n minutes in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Its Agenda</source>
        <translation>Copy Its Agenda</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n item(s) of this agenda with the agenda of %1?</source>
        <extracomment>%1 the meeting copied from, such as &quot;No. 46 (2026/10/13) 多職種連携の事例&quot;</extracomment>
        <translation>
            <numerusform>Replace the %n item of this agenda with the agenda of %1?</numerusform>
            <numerusform>Replace the %n items of this agenda with the agenda of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaDocument</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the agenda as HTML instead.</source>
        <translation>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the agenda as HTML instead.</translation>
    </message>
    <message>
        <source>Save the agenda as .pdf, .html or .txt, not .%1.</source>
        <translation>Save the agenda as .pdf, .html or .txt, not .%1.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>An agenda item&apos;s length when the meeting has no start time; Japanese: %1分</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>, </source>
        <comment>social gathering</comment>
        <extracomment>Between the social gathering&apos;s time and venue; Japanese: one full-width space</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>fee %1</source>
        <extracomment>The social gathering&apos;s fee; Japanese: 会費 %1</extracomment>
        <translation>fee %1</translation>
    </message>
    <message>
        <source>%2 — %1</source>
        <extracomment>The agenda&apos;s heading: %1 the meeting&apos;s number (No. 42), %2 the word Agenda; Japanese: %1 %2</extracomment>
        <translation>%2 — %1</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItem</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Information sharing</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Case review</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Hands-on</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItemDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A member, or any name (a guest speaker)</source>
        <translation>A member, or any name (a guest speaker)</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaTemplate</name>
    <message>
        <source>Choose another meeting&apos;s agenda to copy.</source>
        <translation>Choose another meeting&apos;s agenda to copy.</translation>
    </message>
    <message>
        <source>Meeting %1 has no agenda to copy.</source>
        <translation>Meeting %1 has no agenda to copy.</translation>
    </message>
</context>
<context>
    <name>renkei::AgendaTimetable</name>
    <message numerus="yes">
        <source>The programme runs %n minute(s) past the end time (%1).</source>
        <extracomment>Japanese: 次第が終了時刻（%1）を%n分超えています。</extracomment>
        <translation>
            <numerusform>The programme runs %n minute past the end time (%1).</numerusform>
            <numerusform>The programme runs %n minutes past the end time (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::Announcement</name>
    <message>
        <source>  </source>
        <comment>indent</comment>
        <extracomment>The indent of lines under a heading; Japanese: one full-width space</extracomment>
        <translation>  </translation>
    </message>
    <message>
        <source>- %1:</source>
        <extracomment>A heading of the announcement; Japanese: ■%1</extracomment>
        <translation>- %1:</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <extracomment>A heading and its value on one line; Japanese: ■%1：%2</extracomment>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <source>%1: invitation</source>
        <extracomment>The announcement&apos;s first line; %1 is the series and meeting number. Japanese: 【%1のご案内】</extracomment>
        <translation>%1: invitation</translation>
    </message>
    <message>
        <source>You are warmly invited to %1.</source>
        <extracomment>The announcement&apos;s greeting, one or more lines; %1 is the series and meeting number.</extracomment>
        <translation>You are warmly invited to %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>presenter</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>fee %1</source>
        <extracomment>The social gathering&apos;s fee; Japanese: 会費 %1</extracomment>
        <translation>fee %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>social</comment>
        <extracomment>Between the social gathering&apos;s time, venue and fee; Japanese: one full-width space</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>by replying to this message</source>
        <extracomment>How to reply when the organiser names no way; Japanese: このメッセージへの返信で</extracomment>
        <translation>by replying to this message</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Please let us know whether you will come by %1, %2.</source>
        <extracomment>%1 the reply-by date, %2 how to reply; Japanese: %1までに、%2出欠をお知らせください。</extracomment>
        <translation>Please let us know whether you will come by %1, %2.</translation>
    </message>
    <message>
        <source>Please also say whether you will join the social gathering.</source>
        <translation>Please also say whether you will join the social gathering.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>Who to ask about the meeting; Japanese: お問い合わせ：%1</extracomment>
        <translation>Contact: %1</translation>
    </message>
</context>
<context>
    <name>renkei::AnnouncementDialog</name>
    <message>
        <source>Announcement of %1</source>
        <translation>Announcement of %1</translation>
    </message>
    <message>
        <source>by replying to the message; or a form&apos;s address, an e-mail address</source>
        <translation>by replying to the message; or a form&apos;s address, an e-mail address</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和)</source>
        <translation>Dates in the Japanese era (令和)</translation>
    </message>
    <message>
        <source>The announcement</source>
        <translation>The announcement</translation>
    </message>
    <message>
        <source>Reply &amp;by:</source>
        <translation>Reply &amp;by:</translation>
    </message>
    <message>
        <source>Reply &amp;how:</source>
        <translation>Reply &amp;how:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>renkei::AreaDialog</name>
    <message>
        <source>New Ward</source>
        <translation>New Ward</translation>
    </message>
    <message>
        <source>New Zone</source>
        <translation>New Zone</translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation>Edit Area</translation>
    </message>
    <message>
        <source>(none: this is a ward)</source>
        <translation>(none: this is a ward)</translation>
    </message>
    <message>
        <source>In the network&apos;s &amp;own area (区内)</source>
        <translation>In the network&apos;s &amp;own area (区内)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Ward:</translation>
    </message>
</context>
<context>
    <name>renkei::AreaRepository</name>
    <message>
        <source>reading the areas</source>
        <translation>reading the areas</translation>
    </message>
    <message>
        <source>reading an area</source>
        <translation>reading an area</translation>
    </message>
    <message>
        <source>There is no area with id %1.</source>
        <translation>There is no area with id %1.</translation>
    </message>
    <message>
        <source>There is no area named “%1”.</source>
        <translation>There is no area named “%1”.</translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation>More than one area is named “%1”; write it as “ward/zone”.</translation>
    </message>
    <message>
        <source>The area&apos;s name is required.</source>
        <translation>The area&apos;s name is required.</translation>
    </message>
    <message>
        <source>An area cannot lie within itself.</source>
        <translation>An area cannot lie within itself.</translation>
    </message>
    <message>
        <source>The ward this zone belongs to does not exist.</source>
        <translation>The ward this zone belongs to does not exist.</translation>
    </message>
    <message>
        <source>A zone belongs to a ward, not to another zone.</source>
        <translation>A zone belongs to a ward, not to another zone.</translation>
    </message>
    <message>
        <source>This ward has zones, so it cannot become a zone itself.</source>
        <translation>This ward has zones, so it cannot become a zone itself.</translation>
    </message>
    <message>
        <source>There is already an area named “%1” here.</source>
        <translation>There is already an area named “%1” here.</translation>
    </message>
    <message>
        <source>adding an area</source>
        <translation>adding an area</translation>
    </message>
    <message>
        <source>saving an area</source>
        <translation>saving an area</translation>
    </message>
    <message>
        <source>hiding an area</source>
        <translation>hiding an area</translation>
    </message>
    <message>
        <source>counting uses of an area</source>
        <translation>counting uses of an area</translation>
    </message>
    <message>
        <source>restoring an area</source>
        <translation>restoring an area</translation>
    </message>
    <message>
        <source>This area is used by %1 members, organisations or zones; hide it or merge it into another instead.</source>
        <translation>This area is used by %1 members, organisations or zones; hide it or merge it into another instead.</translation>
    </message>
    <message>
        <source>deleting an area</source>
        <translation>deleting an area</translation>
    </message>
    <message>
        <source>An area cannot be merged into itself.</source>
        <translation>An area cannot be merged into itself.</translation>
    </message>
    <message>
        <source>“%1” has zones; merge it into a ward, not into a zone.</source>
        <translation>“%1” has zones; merge it into a ward, not into a zone.</translation>
    </message>
    <message>
        <source>An area cannot be merged into one of its own zones.</source>
        <translation>An area cannot be merged into one of its own zones.</translation>
    </message>
    <message>
        <source>merging areas</source>
        <translation>merging areas</translation>
    </message>
    <message>
        <source>undoing a merge of areas</source>
        <translation>undoing a merge of areas</translation>
    </message>
</context>
<context>
    <name>renkei::AreasEditor</name>
    <message>
        <source>&amp;Add Ward…</source>
        <translation>&amp;Add Ward…</translation>
    </message>
    <message>
        <source>Add &amp;Zone…</source>
        <translation>Add &amp;Zone…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>In or out</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In lists</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>In the area</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>Out of the area</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Merge Area</source>
        <translation>Merge Area</translation>
    </message>
</context>
<context>
    <name>renkei::Attendance</name>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Waitlisted</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCertificates</name>
    <message>
        <source>No one is recorded as having attended this meeting yet.</source>
        <translation>No one is recorded as having attended this meeting yet.</translation>
    </message>
    <message>
        <source>Member %1 is not recorded as having attended this meeting.</source>
        <translation>Member %1 is not recorded as having attended this meeting.</translation>
    </message>
    <message>
        <source>The certificates could not be printed: the printer or file did not start.</source>
        <translation>The certificates could not be printed: the printer or file did not start.</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Certificate of Attendance</translation>
    </message>
    <message>
        <source>This is to certify that the person named above attended the following meeting.</source>
        <translation>This is to certify that the person named above attended the following meeting.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Time and length on a certificate of attendance; Japanese: %1（%2時間）</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation>%1 (%2 hours)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The serial number of a certificate: meeting number and person; Japanese: 第%1号</extracomment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>certificate name</comment>
        <extracomment>The attendee&apos;s name on a certificate; Japanese adds the honorific: %1 様</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>There is no one to make a certificate for.</source>
        <translation>There is no one to make a certificate for.</translation>
    </message>
    <message>
        <source>%1 — certificates of attendance</source>
        <extracomment>The title of the certificates&apos; PDF; %1 is the series and meeting number</extracomment>
        <translation>%1 — certificates of attendance</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCsvDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose UTF-8 to keep every character.</source>
        <translation>Nothing was saved. Choose UTF-8 to keep every character.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceDocuments</name>
    <message>
        <source>Sign-in &amp;Sheet...</source>
        <translation>Sign-in &amp;Sheet...</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <source>Name badges for the people chosen, or for everyone registered</source>
        <translation>Name badges for the people chosen, or for everyone registered</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificates</translation>
    </message>
    <message>
        <source>Certificates of attendance for the people chosen, or for everyone who came</source>
        <translation>Certificates of attendance for the people chosen, or for everyone who came</translation>
    </message>
    <message>
        <source>Gri&amp;d</source>
        <translation>Gri&amp;d</translation>
    </message>
    <message>
        <source>Print Preview...</source>
        <translation>Print Preview...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
    <message>
        <source>Attendance &amp;List of This Meeting...</source>
        <translation>Attendance &amp;List of This Meeting...</translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of the Fiscal Year...</source>
        <translation>Attendance &amp;Matrix of the Fiscal Year...</translation>
    </message>
    <message>
        <source>The attendance grid of %1 for %2: everyone who came × the year&apos;s meetings</source>
        <translation>The attendance grid of %1 for %2: everyone who came × the year&apos;s meetings</translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of %1 (%2)...</source>
        <translation>Attendance &amp;Matrix of %1 (%2)...</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Name Badges</source>
        <translation>Name Badges</translation>
    </message>
    <message>
        <source>Save the Name Badges</source>
        <translation>Save the Name Badges</translation>
    </message>
    <message>
        <source>%1_badges.pdf</source>
        <translation>%1_badges.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badge(s) to %1.</source>
        <translation>
            <numerusform>Saved %n badge to %1.</numerusform>
            <numerusform>Saved %n badges to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates of Attendance</source>
        <translation>Certificates of Attendance</translation>
    </message>
    <message>
        <source>Save the Certificates</source>
        <translation>Save the Certificates</translation>
    </message>
    <message>
        <source>%1_certificates.pdf</source>
        <translation>%1_certificates.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation>
            <numerusform>Saved %n certificate to %1.</numerusform>
            <numerusform>Saved %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates are chosen by member: for a guest, choose no one and print them for everyone who came. Nothing was printed.</source>
        <translation>Certificates are chosen by member: for a guest, choose no one and print them for everyone who came. Nothing was printed.</translation>
    </message>
    <message>
        <source>None of the people chosen is recorded as having attended this meeting, so there is no certificate to print. Choose no one to print them for everyone who came.</source>
        <translation>None of the people chosen is recorded as having attended this meeting, so there is no certificate to print. Choose no one to print them for everyone who came.</translation>
    </message>
    <message>
        <source>Save the Attendance Grid</source>
        <translation>Save the Attendance Grid</translation>
    </message>
    <message>
        <source>%1_%2_attendance_grid.pdf</source>
        <translation>%1_%2_attendance_grid.pdf</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>Saved “%1” to %2.</translation>
    </message>
    <message>
        <source>Save the Attendance List</source>
        <translation>Save the Attendance List</translation>
    </message>
    <message>
        <source>%1_attendance.csv</source>
        <translation>%1_attendance.csv</translation>
    </message>
    <message>
        <source>Save the Attendance Matrix of %1 (%2)</source>
        <translation>Save the Attendance Matrix of %1 (%2)</translation>
    </message>
    <message>
        <source>%1_%2_attendance_matrix.csv</source>
        <translation>%1_%2_attendance_matrix.csv</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation>Member or guest</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>Social gathering</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>Fee paid</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A meeting&apos;s column: its number (第12回) and date</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times attended</source>
        <translation>Times attended</translation>
    </message>
    <message>
        <source>Members attended</source>
        <translation>Members attended</translation>
    </message>
    <message>
        <source>Guests attended</source>
        <translation>Guests attended</translation>
    </message>
    <message>
        <source>Everyone attended</source>
        <translation>Everyone attended</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</source>
        <translation>
            <numerusform>%n value cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</numerusform>
            <numerusform>%n values cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceFacts</name>
    <message>
        <source>reading attendance for a report</source>
        <translation>reading attendance for a report</translation>
    </message>
    <message>
        <source>reading the meetings that followed</source>
        <translation>reading the meetings that followed</translation>
    </message>
    <message>
        <source>reading who came to the meetings that followed</source>
        <translation>reading who came to the meetings that followed</translation>
    </message>
    <message>
        <source>reading who had come before</source>
        <translation>reading who had come before</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceGrid</name>
    <message>
        <source>%1 — attendance in %2</source>
        <extracomment>Title of the attendance grid; %1 the series, %2 the fiscal year. Japanese: %1 %2 出席一覧</extracomment>
        <translation>%1 — attendance in %2</translation>
    </message>
    <message>
        <source>The attendance grid could not be printed: the printer or file did not start.</source>
        <translation>The attendance grid could not be printed: the printer or file did not start.</translation>
    </message>
    <message>
        <source>✓ attended</source>
        <extracomment>The attendance grid&apos;s legend; Japanese: ✓ 出席</extracomment>
        <translation>✓ attended</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <extracomment>A guest&apos;s name on the attendance grid; Japanese: %1（ゲスト）</extracomment>
        <translation>%1 (guest)</translation>
    </message>
</context>
<context>
    <name>renkei::AttendancePanel</name>
    <message>
        <source>&amp;Reception...</source>
        <translation>&amp;Reception...</translation>
    </message>
    <message>
        <source>The check-in screen for the reception desk</source>
        <translation>The check-in screen for the reception desk</translation>
    </message>
    <message>
        <source>Record from &amp;Paper...</source>
        <translation>Record from &amp;Paper...</translation>
    </message>
    <message>
        <source>Add &amp;Guest...</source>
        <translation>Add &amp;Guest...</translation>
    </message>
    <message>
        <source>&amp;Invite...</source>
        <translation>&amp;Invite...</translation>
    </message>
    <message>
        <source>Add a member: type a few letters of the name or reading</source>
        <translation>Add a member: type a few letters of the name or reading</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Set S&amp;tatus</source>
        <translation>Set S&amp;tatus</translation>
    </message>
    <message>
        <source>Set R&amp;ole</source>
        <translation>Set R&amp;ole</translation>
    </message>
    <message>
        <source>Make &amp;Member...</source>
        <translation>Make &amp;Member...</translation>
    </message>
    <message>
        <source>The guest becomes a member, keeping the meetings they came to</source>
        <translation>The guest becomes a member, keeping the meetings they came to</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>%1 of %2 places taken · %3 waiting · %4 here</source>
        <translation>%1 of %2 places taken · %3 waiting · %4 here</translation>
    </message>
    <message>
        <source>%1 registered (no limit) · %2 waiting · %3 here</source>
        <translation>%1 registered (no limit) · %2 waiting · %3 here</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know: %1.</source>
        <translation>Moved up from the waiting list — let them know: %1.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>%1 is on the list already (%2).</source>
        <translation>%1 is on the list already (%2).</translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation>The meeting is full: %1 is on the waiting list, number %2.</translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 registered.</translation>
    </message>
    <message>
        <source>%1 registered as a guest.</source>
        <translation>%1 registered as a guest.</translation>
    </message>
    <message numerus="yes">
        <source>The meeting is full: %n person(s) went onto the waiting list.</source>
        <translation>
            <numerusform>The meeting is full: %n person went onto the waiting list.</numerusform>
            <numerusform>The meeting is full: %n people went onto the waiting list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n person(s) off the list.</source>
        <translation>
            <numerusform>Took %n person off the list.</numerusform>
            <numerusform>Took %n people off the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n member(s).</source>
        <translation>
            <numerusform>Registered %n member.</numerusform>
            <numerusform>Registered %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s).</source>
        <translation>
            <numerusform>Invited %n member.</numerusform>
            <numerusform>Invited %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait for a place.</source>
        <translation>
            <numerusform>%n of them waits for a place.</numerusform>
            <numerusform>%n of them wait for a place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n was on the list already.</numerusform>
            <numerusform>%n were on the list already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Guest</source>
        <translation>Add a Guest</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a member now; %n meeting(s) they came to as a guest are in their history.</source>
        <translation>
            <numerusform>%1 is a member now; %n meeting they came to as a guest is in their history.</numerusform>
            <numerusform>%1 is a member now; %n meetings they came to as a guest are in their history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &amp;Up from the Waiting List</source>
        <translation>Move &amp;Up from the Waiting List</translation>
    </message>
    <message>
        <source>Places are free while people wait: give them the places, first come first served</source>
        <translation>Places are free while people wait: give them the places, first come first served</translation>
    </message>
    <message>
        <source>No one moved up: the meeting has taken place, or is cancelled.</source>
        <translation>No one moved up: the meeting has taken place, or is cancelled.</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceRepository</name>
    <message>
        <source>reading the attendance</source>
        <translation>reading the attendance</translation>
    </message>
    <message>
        <source>reading a member&apos;s attendance</source>
        <translation>reading a member&apos;s attendance</translation>
    </message>
    <message>
        <source>There is no attendance record with id %1.</source>
        <translation>There is no attendance record with id %1.</translation>
    </message>
    <message>
        <source>The meeting does not exist.</source>
        <translation>The meeting does not exist.</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>A guest needs a name.</translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation>The reading “%1” must be written in kana.</translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation>The chosen profession does not exist.</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>The member does not exist.</translation>
    </message>
    <message>
        <source>This member is already on the meeting&apos;s list.</source>
        <translation>This member is already on the meeting&apos;s list.</translation>
    </message>
    <message>
        <source>adding to the attendance</source>
        <translation>adding to the attendance</translation>
    </message>
    <message>
        <source>saving the attendance</source>
        <translation>saving the attendance</translation>
    </message>
    <message>
        <source>removing from the attendance</source>
        <translation>removing from the attendance</translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (guest)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeOrder</name>
    <message>
        <source>By reading (五十音)</source>
        <translation>By reading (五十音)</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>By profession</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>By organisation</translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeRepository</name>
    <message>
        <source>reading the meeting&apos;s list</source>
        <translation>reading the meeting&apos;s list</translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation>reading a member</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>There is no member with id %1.</translation>
    </message>
    <message>
        <source>reading the guests&apos; attendance</source>
        <translation>reading the guests&apos; attendance</translation>
    </message>
    <message>
        <source>looking for members</source>
        <translation>looking for members</translation>
    </message>
</context>
<context>
    <name>renkei::BreakdownModel</name>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>renkei::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>The image could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Print Chart</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Saved the chart to %1.</translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDesk</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation>The attendance record belongs to another meeting.</translation>
    </message>
    <message>
        <source>No profession given</source>
        <translation>No profession given</translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDialog</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Reception — %1</source>
        <translation>Reception — %1</translation>
    </message>
    <message>
        <source>Type a few letters of the name or its reading, then Enter</source>
        <translation>Type a few letters of the name or its reading, then Enter</translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation>Fee &amp;paid</translation>
    </message>
    <message>
        <source>Stays for the &amp;social gathering</source>
        <translation>Stays for the &amp;social gathering</translation>
    </message>
    <message>
        <source>&amp;Undo Check-in</source>
        <translation>&amp;Undo Check-in</translation>
    </message>
    <message>
        <source>&amp;Walk-in Guest...</source>
        <translation>&amp;Walk-in Guest...</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>not registered — Enter lets them in as a walk-in</source>
        <translation>not registered — Enter lets them in as a walk-in</translation>
    </message>
    <message>
        <source>here since %1</source>
        <translation>here since %1</translation>
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
        <translation>%1 (guest)</translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation>%1 is already here (since %2).</translation>
    </message>
    <message>
        <source>✓ %1 — walk-in, %2</source>
        <extracomment>At the reception desk, after Enter: who was checked in and when</extracomment>
        <translation>✓ %1 — walk-in, %2</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation>Check-in of %1 taken back.</translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>Walk-in Guest</translation>
    </message>
    <message>
        <source>✓ %1 — walk-in guest, %2</source>
        <translation>✓ %1 — walk-in guest, %2</translation>
    </message>
    <message>
        <source>Here: %1 of %2</source>
        <extracomment>The reception desk&apos;s running total</extracomment>
        <translation>Here: %1 of %2</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDay</name>
    <message>
        <source>%1, every year</source>
        <extracomment>A closed day that comes back every year; Japanese: 毎年 %1</extracomment>
        <translation>%1, every year</translation>
    </message>
    <message>
        <source>%1–%2, every year</source>
        <extracomment>Closed days that come back every year; Japanese: 毎年 %1〜%2</extracomment>
        <translation>%1–%2, every year</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of closed days; Japanese: %1〜%2</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDayRepository</name>
    <message>
        <source>reading the closed days</source>
        <translation>reading the closed days</translation>
    </message>
    <message>
        <source>reading a closed day</source>
        <translation>reading a closed day</translation>
    </message>
    <message>
        <source>There is no closed day with id %1.</source>
        <translation>There is no closed day with id %1.</translation>
    </message>
    <message>
        <source>Give the closed days a name, such as Obon.</source>
        <translation>Give the closed days a name, such as Obon.</translation>
    </message>
    <message>
        <source>The first closed day is not a valid date.</source>
        <translation>The first closed day is not a valid date.</translation>
    </message>
    <message>
        <source>The last closed day cannot be before the first.</source>
        <translation>The last closed day cannot be before the first.</translation>
    </message>
    <message>
        <source>A range of closed days can be a year long at most.</source>
        <translation>A range of closed days can be a year long at most.</translation>
    </message>
    <message>
        <source>adding a closed day</source>
        <translation>adding a closed day</translation>
    </message>
    <message>
        <source>saving a closed day</source>
        <translation>saving a closed day</translation>
    </message>
    <message>
        <source>deleting a closed day</source>
        <translation>deleting a closed day</translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDaysDialog</name>
    <message>
        <source>Closed Days</source>
        <translation>Closed Days</translation>
    </message>
    <message>
        <source>Meetings are not planned on these days, as on public holidays.</source>
        <translation>Meetings are not planned on these days, as on public holidays.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>such as Obon, or the hall&apos;s closed days</source>
        <translation>such as Obon, or the hall&apos;s closed days</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
</context>
<context>
    <name>renkei::CsvReader</name>
    <message>
        <source>The quoted field that starts here is never closed: a quote is missing.</source>
        <translation>The quoted field that starts here is never closed: a quote is missing.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>Text follows the closing quote of a quoted field; a quote inside a quoted field must be written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s “Unicode text”); save it as “CSV UTF-8” or “CSV” instead.</source>
        <translation>The file is UTF-16 text (Excel&apos;s “Unicode text”); save it as “CSV UTF-8” or “CSV” instead.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not available.</source>
        <translation>The text encoding %1 is not available.</translation>
    </message>
    <message>
        <source>The record that starts on this line is longer than %1 bytes; a quote is probably never closed.</source>
        <translation>The record that starts on this line is longer than %1 bytes; a quote is probably never closed.</translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation>The field holds bytes that are not valid %1 text; is the file in another encoding?</translation>
    </message>
    <message>
        <source>The bytes %1 are not valid %2 text; is the file in another encoding?</source>
        <translation>The bytes %1 are not valid %2 text; is the file in another encoding?</translation>
    </message>
    <message>
        <source>The line holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation>The line holds bytes that are not valid %1 text; is the file in another encoding?</translation>
    </message>
</context>
<context>
    <name>renkei::CsvSaveFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation>“%1” was not opened.</translation>
    </message>
</context>
<context>
    <name>renkei::CsvWriter</name>
    <message>
        <source>Record %1 has a character that cannot be written in %2.</source>
        <translation>Record %1 has a character that cannot be written in %2.</translation>
    </message>
    <message>
        <source>The CSV could not be written: the file is not open for writing.</source>
        <translation>The CSV could not be written: the file is not open for writing.</translation>
    </message>
    <message>
        <source>The CSV could not be written: %1</source>
        <translation>The CSV could not be written: %1</translation>
    </message>
</context>
<context>
    <name>renkei::Database</name>
    <message>
        <source>This is a folder, not a Renkei database file.</source>
        <translation>This is a folder, not a Renkei database file.</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name for a new database.</source>
        <translation>The file already exists; choose a new name for a new database.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>The file cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>This file is not a Renkei database (it is not an SQLite database). It was left unchanged.</source>
        <translation>This file is not a Renkei database (it is not an SQLite database). It was left unchanged.</translation>
    </message>
    <message>
        <source>The database file could not be created: %1</source>
        <translation>The database file could not be created: %1</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read (%1). It was left unchanged; restore it from a backup.</source>
        <translation>The database is damaged and cannot be read (%1). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>This SQLite file was not made by Renkei. It was left unchanged.</source>
        <translation>This SQLite file was not made by Renkei. It was left unchanged.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Renkei (schema %1; this version reads up to %2). Please update Renkei. The file was left unchanged.</source>
        <translation>This database was written by a newer version of Renkei (schema %1; this version reads up to %2). Please update Renkei. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The database is damaged (%1). It was left unchanged; restore it from a backup.</source>
        <translation>The database is damaged (%1). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation>turning on foreign keys</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging: %1</source>
        <translation>The database could not be switched to write-ahead logging: %1</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>setting the synchronous mode</translation>
    </message>
    <message>
        <source>marking the file as a Renkei database</source>
        <translation>marking the file as a Renkei database</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>recording the schema version</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed: %3</source>
        <translation>Updating the database to schema %1 (%2) failed; nothing was changed: %3</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>saving the changes</translation>
    </message>
    <message>
        <source>undoing the changes</source>
        <translation>undoing the changes</translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <extracomment>%1 is what was being done (e.g. &quot;saving a member&quot;), %2 the database&apos;s own message</extracomment>
        <translation>The database failed while %1: %2</translation>
    </message>
</context>
<context>
    <name>renkei::DemoNetwork</name>
    <message>
        <source>This database already has members (%1); the demo network only goes into a new, empty database.</source>
        <translation>This database already has members (%1); the demo network only goes into a new, empty database.</translation>
    </message>
    <message>
        <source>The database already has areas or meetings; the demo network only goes into a new, empty database.</source>
        <translation>The database already has areas or meetings; the demo network only goes into a new, empty database.</translation>
    </message>
    <message>
        <source>The demo network needs a valid reference date.</source>
        <translation>The demo network needs a valid reference date.</translation>
    </message>
</context>
<context>
    <name>renkei::DemoSeed</name>
    <message>
        <source>The demo network&apos;s data names an unknown area: %1</source>
        <translation>The demo network&apos;s data names an unknown area: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data could not be read: %1</source>
        <translation>The demo network&apos;s data could not be read: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data is not valid JSON: %1</source>
        <translation>The demo network&apos;s data is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The demo network&apos;s data is not a JSON object.</source>
        <translation>The demo network&apos;s data is not a JSON object.</translation>
    </message>
    <message>
        <source>The demo network&apos;s data lacks &apos;%1&apos; or has it in the wrong form.</source>
        <translation>The demo network&apos;s data lacks &apos;%1&apos; or has it in the wrong form.</translation>
    </message>
</context>
<context>
    <name>renkei::DocumentFile</name>
    <message>
        <source>This is a folder; give a file name.</source>
        <translation>This is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>renkei::DocumentOutput</name>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
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
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>Social gathering</translation>
    </message>
    <message>
        <source>free</source>
        <extracomment>A meeting&apos;s fee when there is none</extracomment>
        <translation>free</translation>
    </message>
    <message>
        <source>To attend</source>
        <extracomment>The heading of how to reply to an invitation</extracomment>
        <translation>To attend</translation>
    </message>
    <message>
        <source>: </source>
        <comment>label and value</comment>
        <extracomment>Between a label and its value on a printed line (&quot;Date: …&quot;); Japanese: a full-width colon</extracomment>
        <translation>: </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list</comment>
        <extracomment>Between the items of a list on one printed line; Japanese: 、</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>  </source>
        <comment>gap</comment>
        <extracomment>Between the parts of a printed line (a time and a title); Japanese: one full-width space</extracomment>
        <translation>  </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>The year of a printed date (%1 is 2026); Japanese: %1年</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>ddd d MMMM %1</source>
        <extracomment>A printed date as a QDate format, %1 the year: Tue 13 January 2026; Japanese: %1M月d日（ddd）</extracomment>
        <translation>ddd d MMMM %1</translation>
    </message>
    <message>
        <source>ddd d MMMM</source>
        <extracomment>A printed date without the year as a QDate format: Tue 6 January; Japanese: M月d日（ddd）</extracomment>
        <translation>ddd d MMMM</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A time with no end: from 20:45; Japanese: %1〜</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>From a time to another: 19:00–20:30; Japanese: %1〜%2</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time</comment>
        <extracomment>A date and its times: Tue 13 January 2026, 19:00–20:30; Japanese: %1%2 (no space)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A fiscal year (April to March) by the year it begins in; Japanese: %1年度</extracomment>
        <translation>FY%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The number of a meeting in its series; Japanese: 第%1回</extracomment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yen (%1 is 3,000); Japanese: %1円</extracomment>
        <translation>¥%1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>A number of people (a meeting&apos;s places); Japanese: %n名</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted theme; Japanese: 「%1」</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source> (%1)</source>
        <extracomment>A parenthetical after a name (its address, organisation or fee); Japanese: （%1） with no space</extracomment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>An agenda item&apos;s kind and its title: [Lecture] Care at home; Japanese: 【%1】%2</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Information sharing</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Case review</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Hands-on</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>renkei::EntryListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Merge Into…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Show in Lists</source>
        <translation>&amp;Show in Lists</translation>
    </message>
    <message>
        <source>Offer this entry in lists again</source>
        <translation>Offer this entry in lists again</translation>
    </message>
    <message>
        <source>Keep this entry for the members who have it, but stop offering it</source>
        <translation>Keep this entry for the members who have it, but stop offering it</translation>
    </message>
    <message>
        <source>In use: hide it or merge it into another instead</source>
        <translation>In use: hide it or merge it into another instead</translation>
    </message>
</context>
<context>
    <name>renkei::Error</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, line %2, column %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
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
        <translation>Export the Roster</translation>
    </message>
    <message>
        <source>The members the list shows (its search and filters)</source>
        <translation>The members the list shows (its search and filters)</translation>
    </message>
    <message>
        <source>All members who are not archived</source>
        <translation>All members who are not archived</translation>
    </message>
    <message>
        <source>&amp;Shared roster: only members who agreed to appear on one</source>
        <translation>&amp;Shared roster: only members who agreed to appear on one</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Columns (drag to reorder)</source>
        <translation>Columns (drag to reorder)</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>roster.csv</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Tick at least one column.</translation>
    </message>
    <message>
        <source>Nothing was exported. Choose UTF-8 to keep every character.</source>
        <translation>Nothing was exported. Choose UTF-8 to keep every character.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>Exported %n member to %1.</numerusform>
            <numerusform>Exported %n members to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who have not agreed to appear on shared rosters were left out.</source>
        <translation>
            <numerusform>%n member who has not agreed to appear on shared rosters was left out.</numerusform>
            <numerusform>%n members who have not agreed to appear on shared rosters were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were written with replacements.</source>
        <translation>
            <numerusform>%n value was written with replacements.</numerusform>
            <numerusform>%n values were written with replacements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1 Cannot Hold</source>
        <translation>Characters %1 Cannot Hold</translation>
    </message>
    <message>
        <source>%1 has no form for the characters below. They can be written with a look-alike (〜 as ～, 𠮷 as 吉) or 〓; choose UTF-8 instead to keep them.</source>
        <translation>%1 has no form for the characters below. They can be written with a look-alike (〜 as ～, 𠮷 as 吉) or 〓; choose UTF-8 instead to keep them.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Will be written as</source>
        <translation>Will be written as</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>&amp;Replace and Export</source>
        <translation>&amp;Replace and Export</translation>
    </message>
    <message>
        <source>A shared roster also leaves blank the e-mail address of members who have not agreed to be e-mailed, and the notes. Untick for the organiser&apos;s own copy, which holds everyone, whole.</source>
        <translation>A shared roster also leaves blank the e-mail address of members who have not agreed to be e-mailed, and the notes. Untick for the organiser&apos;s own copy, which holds everyone, whole.</translation>
    </message>
    <message numerus="yes">
        <source>The e-mail address of %n member(s) who have not agreed to be e-mailed was left blank.</source>
        <translation>
            <numerusform>The e-mail address of %n member who has not agreed to be e-mailed was left blank.</numerusform>
            <numerusform>The e-mail address of %n members who have not agreed to be e-mailed was left blank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::FiscalYear</name>
    <message>
        <source>“%1” is not a fiscal year; write its first year, for example 2026 (April 2026 to March 2027).</source>
        <translation>“%1” is not a fiscal year; write its first year, for example 2026 (April 2026 to March 2027).</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A fiscal year (April to March) by the year it begins in; Japanese: %1年度</extracomment>
        <translation>FY%1</translation>
    </message>
</context>
<context>
    <name>renkei::GuestConversion</name>
    <message>
        <source>This attendance is a member&apos;s, not a guest&apos;s.</source>
        <translation>This attendance is a member&apos;s, not a guest&apos;s.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
</context>
<context>
    <name>renkei::GuestDialog</name>
    <message>
        <source>Family name, a space, given name</source>
        <translation>Family name, a space, given name</translation>
    </message>
    <message>
        <source>In kana, e.g. やまだ はなこ</source>
        <translation>In kana, e.g. やまだ はなこ</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Reading:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>renkei::GuestToMemberDialog</name>
    <message>
        <source>Make the Guest a Member</source>
        <translation>Make the Guest a Member</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Name (family, given):</source>
        <translation>&amp;Name (family, given):</translation>
    </message>
    <message>
        <source>&amp;Reading (family, given):</source>
        <translation>&amp;Reading (family, given):</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Every meeting this person came to as a guest becomes part of the new member&apos;s history.</source>
        <translation>Every meeting this person came to as a guest becomes part of the new member&apos;s history.</translation>
    </message>
    <message>
        <source>Make &amp;Member</source>
        <translation>Make &amp;Member</translation>
    </message>
</context>
<context>
    <name>renkei::HtmlPdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
</context>
<context>
    <name>renkei::ICalendar</name>
    <message>
        <source>This meeting is cancelled.</source>
        <translation>This meeting is cancelled.</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>theme</comment>
        <extracomment>A calendar event&apos;s title after the meeting&apos;s: its theme; Japanese: 「%1」</extracomment>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>renkei::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the names below read correctly; if not, choose the encoding by hand.</source>
        <translation>A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the names below read correctly; if not, choose the encoding by hand.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Import a Roster</source>
        <translation>Import a Roster</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <source>Read as %1, as found in the file.</source>
        <translation>Read as %1, as found in the file.</translation>
    </message>
    <message>
        <source>Read as %1, the likelier guess: the file is not valid in any encoding. Check the names below.</source>
        <translation>Read as %1, the likelier guess: the file is not valid in any encoding. Check the names below.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Renkei recognised the usual headers. Choose what each column holds, or “Not imported”.</source>
        <translation>Renkei recognised the usual headers. Choose what each column holds, or “Not imported”.</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in Excel.</source>
        <translation>Read the file again, after correcting it in Excel.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>All %n row can be imported.</numerusform>
            <numerusform>All %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be corrected in the file before anything is imported; nothing has been written.</source>
        <translation>
            <numerusform>%n problem must be corrected in the file before anything is imported; nothing has been written.</numerusform>
            <numerusform>%n problems must be corrected in the file before anything is imported; nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n is listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members who are already there</source>
        <translation>Members who are already there</translation>
    </message>
    <message>
        <source>These rows look like members Renkei has (or earlier rows of the file). Skip keeps the member as they are; Update writes the file&apos;s columns over theirs; Add makes another member.</source>
        <translation>These rows look like members Renkei has (or earlier rows of the file). Skip keeps the member as they are; Update writes the file&apos;s columns over theirs; Add makes another member.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Because of</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;For every row below:</source>
        <translation>&amp;For every row below:</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) take the choice above.</source>
        <translation>
            <numerusform>%n more row takes the choice above.</numerusform>
            <numerusform>%n more rows take the choice above.</numerusform>
        </translation>
    </message>
    <message>
        <source>New professions, organisations and areas</source>
        <translation>New professions, organisations and areas</translation>
    </message>
    <message>
        <source>The file names these, and Renkei does not have them yet. Create each, or choose the entry it means.</source>
        <translation>The file names these, and Renkei does not have them yet. Create each, or choose the entry it means.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the import.</source>
        <translation>
            <numerusform>%n problem stops the import.</numerusform>
            <numerusform>%n problems stop the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be added, %2 updated and %3 skipped; %4 new list entries will be created. Everything is written at once, or nothing.</source>
        <translation>%1 will be added, %2 updated and %3 skipped; %4 new list entries will be created. Everything is written at once, or nothing.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3</source>
        <translation>imported %1, updated %2, skipped %3</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>renkei::InviteDialog</name>
    <message>
        <source>Invite Members</source>
        <translation>Invite Members</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation>Archived members</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation>In and out of the area</translation>
    </message>
    <message>
        <source>In the area only</source>
        <translation>In the area only</translation>
    </message>
    <message>
        <source>Out of the area only</source>
        <translation>Out of the area only</translation>
    </message>
    <message>
        <source>Only those who came to one of the last</source>
        <translation>Only those who came to one of the last</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> meetings</translation>
    </message>
    <message>
        <source>&amp;Register them at once (a full meeting puts the rest on the waiting list)</source>
        <translation>&amp;Register them at once (a full meeting puts the rest on the waiting list)</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Professions</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Members who match every choice below; none ticked in a list means any.</source>
        <translation>Members who match every choice below; none ticked in a list means any.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match; %1 of them on the list already.</source>
        <translation>
            <numerusform>%n member matches; %1 of them on the list already.</numerusform>
            <numerusform>%n members match; %1 of them on the list already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Renkei</source>
        <translation>&amp;About Renkei</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>The new database could not be created. %1</source>
        <translation>The new database could not be created. %1</translation>
    </message>
    <message>
        <source>The database could not be opened. %1</source>
        <translation>The database could not be opened. %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei)</source>
        <translation>Renkei databases (*.renkei)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei);;All files (*)</source>
        <translation>Renkei databases (*.renkei);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Clear Menu</translation>
    </message>
    <message>
        <source>About Renkei</source>
        <translation>About Renkei</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Renkei %1&lt;/h3&gt;&lt;p&gt;For organisers of regional multi-professional care networks: the roster of members, meetings, attendance and reports, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Renkei %1&lt;/h3&gt;&lt;p&gt;For organisers of regional multi-professional care networks: the roster of members, meetings, attendance and reports, in one file.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>renkei::Meeting</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The ordinal of a meeting in its series; Japanese: 第%1回</extracomment>
        <translation>No. %1</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingAgendaPane</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Japanese era dates</source>
        <translation>&amp;Japanese era dates</translation>
    </message>
    <message>
        <source>Agendas saved as PDF, web page or text give their dates in the Japanese era (令和8年1月13日).</source>
        <translation>Agendas saved as PDF, web page or text give their dates in the Japanese era (令和8年1月13日).</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Agenda of %1</translation>
    </message>
    <message>
        <source>Agenda of %1: %2</source>
        <translation>Agenda of %1: %2</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::MeetingEditor</name>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation> yen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The editor&apos;s title: series and meeting number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Notes or minutes:</source>
        <translation>&amp;Notes or minutes:</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>%1: no meeting should fall on it.</source>
        <extracomment>Next to a meeting&apos;s date that is a holiday or closed day</extracomment>
        <translation>%1: no meeting should fall on it.</translation>
    </message>
    <message>
        <source>Social &amp;gathering (懇親会)</source>
        <translation>Social &amp;gathering (懇親会)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingFiguresModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a meeting with its section: &quot;By profession: Nurse&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingPlanner</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of a year, e.g. &quot;June 2026&quot;; Japanese: %2年%1 (2026年6月)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to %3, outside the planned range.</source>
        <extracomment>%1 the rule&apos;s date, %2 the holiday or closed day, %3 the new date</extracomment>
        <translation>Moved from %1 (%2) to %3, outside the planned range.</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the next business day.</source>
        <extracomment>Japanese: %1（%2）のため翌営業日に変更</extracomment>
        <translation>Moved from %1 (%2) to the next business day.</translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the previous business day.</source>
        <extracomment>Japanese: %1（%2）のため前営業日に変更</extracomment>
        <translation>Moved from %1 (%2) to the previous business day.</translation>
    </message>
    <message>
        <source>No meeting: %1 is %2.</source>
        <extracomment>%1 a date, %2 a holiday&apos;s name; Japanese: %1は%2のため休み</extracomment>
        <translation>No meeting: %1 is %2.</translation>
    </message>
    <message>
        <source>No meeting: %1 has no %2 %3.</source>
        <extracomment>%1 a month, %2 the ordinal week, %3 the weekday; Japanese: %1には%2%3がないため休み</extracomment>
        <translation>No meeting: %1 has no %2 %3.</translation>
    </message>
    <message>
        <source>No meeting: %1 (%2) would move onto a date the plan already has.</source>
        <translation>No meeting: %1 (%2) would move onto a date the plan already has.</translation>
    </message>
    <message>
        <source>No meeting: there is no business day within two weeks of %1 (%2).</source>
        <translation>No meeting: there is no business day within two weeks of %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) becomes %3</source>
        <extracomment>A meeting whose number changes, e.g. &quot;No. 42 (8/11/26) becomes No. 41&quot;</extracomment>
        <translation>%1 (%2) becomes %3</translation>
    </message>
    <message numerus="yes">
        <source>%n planned meeting(s) will be removed, with %1 registration(s).</source>
        <translation>
            <numerusform>%n planned meeting will be removed, with its registrations (%1).</numerusform>
            <numerusform>%n planned meetings will be removed, with their registrations (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumbered: %1.</source>
        <translation>Renumbered: %1.</translation>
    </message>
    <message>
        <source>Choose the fiscal year to plan.</source>
        <translation>Choose the fiscal year to plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n meeting(s) in %2, the first %3 on %4. To change the rhythm, re-plan from one of them.</source>
        <translation>
            <numerusform>%1 already has %n meeting in %2, the first %3 on %4. To change the rhythm, re-plan from one of them.</numerusform>
            <numerusform>%1 already has %n meetings in %2, the first %3 on %4. To change the rhythm, re-plan from one of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has meetings after %2 (%3 on %4); plan the years in order.</source>
        <translation>%1 already has meetings after %2 (%3 on %4); plan the years in order.</translation>
    </message>
    <message>
        <source>%1 on %2 belongs to another series.</source>
        <translation>%1 on %2 belongs to another series.</translation>
    </message>
    <message>
        <source>%1 on %2 has been held; the rhythm can only change from a meeting that has not.</source>
        <translation>%1 on %2 has been held; the rhythm can only change from a meeting that has not.</translation>
    </message>
    <message>
        <source>%1 is on %2, after the end of %3.</source>
        <translation>%1 is on %2, after the end of %3.</translation>
    </message>
    <message>
        <source>The plan runs to the end of %1, where the last meeting it replaces is (%2).</source>
        <translation>The plan runs to the end of %1, where the last meeting it replaces is (%2).</translation>
    </message>
    <message>
        <source>%1 on %2 is in the past.</source>
        <translation>%1 on %2 is in the past.</translation>
    </message>
    <message>
        <source>%1 moved to %2, outside %3.</source>
        <translation>%1 moved to %2, outside %3.</translation>
    </message>
    <message>
        <source>Public holidays are only known from %1 to %2; check the dates of %3 by hand.</source>
        <translation>Public holidays are only known from %1 to %2; check the dates of %3 by hand.</translation>
    </message>
    <message>
        <source>The rule gives no meeting from %1 to %2.</source>
        <translation>The rule gives no meeting from %1 to %2.</translation>
    </message>
    <message>
        <source>The meetings changed since the preview; preview the plan again.</source>
        <translation>The meetings changed since the preview; preview the plan again.</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingReport</name>
    <message>
        <source>Guests (no area)</source>
        <translation>Guests (no area)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Signed up in advance</source>
        <translation>Signed up in advance</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Of whom walk-ins</source>
        <translation>Of whom walk-ins</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Still registered (not marked)</source>
        <translation>Still registered (not marked)</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>First-timers</translation>
    </message>
    <message>
        <source>Presenters and staff</source>
        <translation>Presenters and staff</translation>
    </message>
    <message>
        <source>At the social gathering</source>
        <translation>At the social gathering</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>Fees collected (yen)</source>
        <translation>Fees collected (yen)</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>By profession</translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation>In or out of the area</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>In the area</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>Out of the area</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation>reading the meetings</translation>
    </message>
    <message>
        <source>reading a meeting</source>
        <translation>reading a meeting</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>There is no meeting with id %1.</translation>
    </message>
    <message>
        <source>The series has no meeting number %1.</source>
        <translation>The series has no meeting number %1.</translation>
    </message>
    <message>
        <source>numbering a meeting</source>
        <translation>numbering a meeting</translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation>There is no meeting series with id %1.</translation>
    </message>
    <message>
        <source>The meeting must belong to an existing series.</source>
        <translation>The meeting must belong to an existing series.</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>The meeting needs a valid date.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee cannot be negative.</source>
        <translation>The social gathering&apos;s fee cannot be negative.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>The capacity must be at least 1.</translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be 1 or more.</source>
        <translation>The meeting&apos;s number must be 1 or more.</translation>
    </message>
    <message>
        <source>The series already has a meeting number %1 (on %2).</source>
        <translation>The series already has a meeting number %1 (on %2).</translation>
    </message>
    <message>
        <source>adding a meeting</source>
        <translation>adding a meeting</translation>
    </message>
    <message>
        <source>saving a meeting</source>
        <translation>saving a meeting</translation>
    </message>
    <message>
        <source>deleting a meeting</source>
        <translation>deleting a meeting</translation>
    </message>
    <message>
        <source>%1 people attended this meeting; mark it cancelled instead of deleting it.</source>
        <translation>%1 people attended this meeting; mark it cancelled instead of deleting it.</translation>
    </message>
    <message>
        <source>reading an agenda</source>
        <translation>reading an agenda</translation>
    </message>
    <message>
        <source>An agenda item needs a title or a kind.</source>
        <translation>An agenda item needs a title or a kind.</translation>
    </message>
    <message>
        <source>An agenda item lasts between 0 and 1440 minutes, not %1.</source>
        <translation>An agenda item lasts between 0 and 1440 minutes, not %1.</translation>
    </message>
    <message>
        <source>The presenter is not a member; write their name instead.</source>
        <translation>The presenter is not a member; write their name instead.</translation>
    </message>
    <message>
        <source>Agenda item %1: %2</source>
        <translation>Agenda item %1: %2</translation>
    </message>
    <message>
        <source>saving an agenda</source>
        <translation>saving an agenda</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingTableModel</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A meeting&apos;s time range: start–end</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>renkei::MeetingsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Plan a Year...</source>
        <translation>&amp;Plan a Year...</translation>
    </message>
    <message>
        <source>A&amp;genda...</source>
        <translation>A&amp;genda...</translation>
    </message>
    <message>
        <source>Save Agenda as P&amp;DF...</source>
        <translation>Save Agenda as P&amp;DF...</translation>
    </message>
    <message>
        <source>A&amp;nnouncement...</source>
        <translation>A&amp;nnouncement...</translation>
    </message>
    <message>
        <source>&amp;Calendar File...</source>
        <translation>&amp;Calendar File...</translation>
    </message>
    <message>
        <source>&amp;Renumber...</source>
        <translation>&amp;Renumber...</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 held</source>
        <translation>
            <numerusform>%n meeting, %1 held</numerusform>
            <numerusform>%n meetings, %1 held</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting numbers no longer follow the dates. Renumbering would change: %1.</source>
        <translation>The meeting numbers no longer follow the dates. Renumbering would change: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s), %1 to %2.</source>
        <translation>
            <numerusform>Planned %n meeting, %1 to %2.</numerusform>
            <numerusform>Planned %n meetings, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Save the Agenda</source>
        <translation>Save the Agenda</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved the agenda to %1.</source>
        <translation>Saved the agenda to %1.</translation>
    </message>
    <message>
        <source>Choose a series first.</source>
        <translation>Choose a series first.</translation>
    </message>
    <message>
        <source>The meetings of %1</source>
        <translation>The meetings of %1</translation>
    </message>
    <message>
        <source>All the meetings of the series</source>
        <translation>All the meetings of the series</translation>
    </message>
    <message>
        <source>Save the Calendar File</source>
        <translation>Save the Calendar File</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n meeting(s) to %1; importing it again updates the same events.</source>
        <translation>
            <numerusform>Saved %n meeting to %1; importing it again updates the same events.</numerusform>
            <numerusform>Saved %n meetings to %1; importing it again updates the same events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumbered: %1.</source>
        <translation>Renumbered: %1.</translation>
    </message>
    <message>
        <source>Ne&amp;w Series...</source>
        <translation>Ne&amp;w Series...</translation>
    </message>
    <message>
        <source>Ed&amp;it Series...</source>
        <translation>Ed&amp;it Series...</translation>
    </message>
    <message>
        <source>De&amp;lete Series...</source>
        <translation>De&amp;lete Series...</translation>
    </message>
    <message>
        <source>Edit &amp;Meeting...</source>
        <translation>Edit &amp;Meeting...</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Edit Meeting</translation>
    </message>
    <message>
        <source>No meeting series yet: start with &lt;a href=&quot;new-series&quot;&gt;New Series...&lt;/a&gt;</source>
        <translation>No meeting series yet: start with &lt;a href=&quot;new-series&quot;&gt;New Series...&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 held; meets %2</source>
        <translation>
            <numerusform>%n meeting, %1 held; meets %2</numerusform>
            <numerusform>%n meetings, %1 held; meets %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a series without meetings can be deleted.</source>
        <translation>Only a series without meetings can be deleted.</translation>
    </message>
    <message>
        <source>Added the series %1. Plan its meetings with Plan a Year.</source>
        <translation>Added the series %1. Plan its meetings with Plan a Year.</translation>
    </message>
    <message>
        <source>Delete Series</source>
        <translation>Delete Series</translation>
    </message>
    <message>
        <source>Delete the meeting series %1?</source>
        <translation>Delete the meeting series %1?</translation>
    </message>
    <message>
        <source>It has no meetings. This cannot be undone.</source>
        <translation>It has no meetings. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Deleted the series %1.</source>
        <translation>Deleted the series %1.</translation>
    </message>
</context>
<context>
    <name>renkei::MemberAttendanceModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>● came, × absent, △ cancelled, · not signed up</source>
        <translation>● came, × absent, △ cancelled, · not signed up</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Of meetings</source>
        <translation>Of meetings</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Last came</translation>
    </message>
    <message>
        <source>Meeting by meeting</source>
        <translation>Meeting by meeting</translation>
    </message>
</context>
<context>
    <name>renkei::MemberBulkWriter</name>
    <message>
        <source>adding a member</source>
        <translation>adding a member</translation>
    </message>
    <message>
        <source>saving a member</source>
        <translation>saving a member</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>There is no member with id %1.</translation>
    </message>
    <message>
        <source>looking for members who may be the same person</source>
        <translation>looking for members who may be the same person</translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation>reading the members</translation>
    </message>
    <message>
        <source>reading the indexes of %1</source>
        <translation>reading the indexes of %1</translation>
    </message>
    <message>
        <source>setting the index %1 aside</source>
        <translation>setting the index %1 aside</translation>
    </message>
    <message>
        <source>building the index %1</source>
        <translation>building the index %1</translation>
    </message>
</context>
<context>
    <name>renkei::MemberEditor</name>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3 — &lt;i&gt;%4&lt;/i&gt;</source>
        <extracomment>A possible duplicate: &quot;&lt;b&gt;山田 太郎&lt;/b&gt; (やまだ たろう) — 医師, … — same e-mail address&quot;</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — %3 — &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>New Member</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>Family name in kana</translation>
    </message>
    <message>
        <source>Reading of the family name</source>
        <translation>Reading of the family name</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>Given name in kana</translation>
    </message>
    <message>
        <source>Reading of the given name</source>
        <translation>Reading of the given name</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Type to find an organisation</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>Add an organisation that is not in the list yet</source>
        <translation>Add an organisation that is not in the list yet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Medical associat&amp;ion member (医師会)</source>
        <translation>Medical associat&amp;ion member (医師会)</translation>
    </message>
    <message>
        <source>May appear on shared &amp;rosters</source>
        <translation>May appear on shared &amp;rosters</translation>
    </message>
    <message>
        <source>Rosters given to other members and partner organisations list only the members who agreed.</source>
        <translation>Rosters given to other members and partner organisations list only the members who agreed.</translation>
    </message>
    <message>
        <source>May be &amp;contacted by e-mail</source>
        <translation>May be &amp;contacted by e-mail</translation>
    </message>
    <message>
        <source>Copied e-mail addresses include only the members who agreed.</source>
        <translation>Copied e-mail addresses include only the members who agreed.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>Rea&amp;ding:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Referred &amp;by:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation>Save and &amp;New</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose an organisation, or add it with New….</source>
        <translation>“%1” is not in the list; choose an organisation, or add it with New….</translation>
    </message>
    <message>
        <source>Choose a member from the list that drops down, or leave this empty.</source>
        <translation>Choose a member from the list that drops down, or leave this empty.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This may be someone already on the roster:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Check before saving: choose Save Anyway to save, or Cancel and edit the existing member instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This may be someone already on the roster:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Check before saving: choose Save Anyway to save, or Cancel and edit the existing member instead.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Save Anyway</translation>
    </message>
</context>
<context>
    <name>renkei::MemberFilterBar</name>
    <message>
        <source>Search by name, reading, organisation or e-mail</source>
        <translation>Search by name, reading, organisation or e-mail</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Search members</translation>
    </message>
    <message>
        <source>Professions to show</source>
        <translation>Professions to show</translation>
    </message>
    <message>
        <source>Show &amp;All Professions</source>
        <translation>Show &amp;All Professions</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation>In or out of the area</translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation>In and out of the area</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>In the area</translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation>Out of the area</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>Active or archived</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation>Archived members</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profession in the filter list with how many members it shows: &quot;Nurse (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Professions: all</source>
        <translation>&amp;Professions: all</translation>
    </message>
    <message>
        <source>&amp;Professions: %1</source>
        <extracomment>%1 the professions chosen, &quot;Nurse, Pharmacist&quot;</extracomment>
        <translation>&amp;Professions: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Professions: %n chosen</source>
        <translation>
            <numerusform>&amp;Professions: %n chosen</numerusform>
            <numerusform>&amp;Professions: %n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>renkei::MemberPicker</name>
    <message>
        <source>Type a name or reading to choose a member</source>
        <translation>Type a name or reading to choose a member</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member offered in a drop-down: name, reading and organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 [archived]</source>
        <extracomment>A member offered in a drop-down who is archived</extracomment>
        <translation>%1 [archived]</translation>
    </message>
</context>
<context>
    <name>renkei::MemberRepository</name>
    <message>
        <source>counting the members</source>
        <translation>counting the members</translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation>reading a member</translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation>There is no member with id %1.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>The family name is required.</translation>
    </message>
    <message>
        <source>The reading of the family name is required.</source>
        <translation>The reading of the family name is required.</translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation>The reading “%1” must be written in kana.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>“%1” does not look like a phone number.</translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation>“%1” does not look like a fax number.</translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation>The chosen profession does not exist.</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist.</source>
        <translation>The chosen organisation does not exist.</translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation>The chosen area does not exist.</translation>
    </message>
    <message>
        <source>A member cannot have referred themselves.</source>
        <translation>A member cannot have referred themselves.</translation>
    </message>
    <message>
        <source>The member who referred them does not exist.</source>
        <translation>The member who referred them does not exist.</translation>
    </message>
    <message>
        <source>adding a member</source>
        <translation>adding a member</translation>
    </message>
    <message>
        <source>restoring a member</source>
        <translation>restoring a member</translation>
    </message>
    <message>
        <source>saving a member</source>
        <translation>saving a member</translation>
    </message>
    <message>
        <source>looking for members who may be the same person</source>
        <translation>looking for members who may be the same person</translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation>same name and reading</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates reasons in a list: &quot;same name and reading, same phone number&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>updating the members&apos; search</source>
        <translation>updating the members&apos; search</translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation>reading the members</translation>
    </message>
    <message>
        <source>archiving a member</source>
        <translation>archiving a member</translation>
    </message>
    <message>
        <source>reading a member&apos;s history</source>
        <translation>reading a member&apos;s history</translation>
    </message>
    <message>
        <source>%1 has attended, presented or referred others; archive them instead, so that their history stays.</source>
        <translation>%1 has attended, presented or referred others; archive them instead, so that their history stays.</translation>
    </message>
    <message>
        <source>deleting a member</source>
        <translation>deleting a member</translation>
    </message>
</context>
<context>
    <name>renkei::MemberTableModel</name>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>renkei::MembersView</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>&amp;New Member…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+N)</source>
        <translation>Add a member (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Edit the chosen member (F2 or Enter)</source>
        <translation>Edit the chosen member (F2 or Enter)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Take the chosen members off the active roster, keeping their history</source>
        <translation>Take the chosen members off the active roster, keeping their history</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Bring the chosen archived members back to the active roster</source>
        <translation>Bring the chosen archived members back to the active roster</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete a member who has no history (entered by mistake)</source>
        <translation>Delete a member who has no history (entered by mistake)</translation>
    </message>
    <message>
        <source>Copy E-&amp;mail Addresses</source>
        <translation>Copy E-&amp;mail Addresses</translation>
    </message>
    <message>
        <source>Copy the addresses of the members shown who may be e-mailed, for the BCC line of one message</source>
        <translation>Copy the addresses of the members shown who may be e-mailed, for the BCC line of one message</translation>
    </message>
    <message>
        <source>&amp;Fax List…</source>
        <translation>&amp;Fax List…</translation>
    </message>
    <message>
        <source>Save Fax List</source>
        <translation>Save Fax List</translation>
    </message>
    <message>
        <source>fax-list.csv</source>
        <translation>fax-list.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save the fax numbers of the members shown as a CSV file, one line a number</source>
        <translation>Save the fax numbers of the members shown as a CSV file, one line a number</translation>
    </message>
    <message>
        <source>Shared &amp;Roster…</source>
        <translation>Shared &amp;Roster…</translation>
    </message>
    <message>
        <source>Save Shared Roster</source>
        <translation>Save Shared Roster</translation>
    </message>
    <message>
        <source>roster.pdf</source>
        <translation>roster.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the members shown who agreed to appear on shared rosters as a PDF to print or send</source>
        <translation>Save the members shown who agreed to appear on shared rosters as a PDF to print or send</translation>
    </message>
    <message>
        <source>Sho&amp;w All</source>
        <translation>Sho&amp;w All</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a roster from a CSV file (as Excel saves it)</source>
        <translation>Import a roster from a CSV file (as Excel saves it)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the roster as a CSV file that Excel opens</source>
        <translation>Export the roster as a CSV file that Excel opens</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Instead</source>
        <translation>Archive Instead</translation>
    </message>
    <message>
        <source>%1 has attended meetings, presented or referred others, so they cannot be deleted.</source>
        <translation>%1 has attended meetings, presented or referred others, so they cannot be deleted.</translation>
    </message>
    <message>
        <source>Archive them instead? Archived members keep their history and can be restored at any time.</source>
        <translation>Archive them instead? Archived members keep their history and can be restored at any time.</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Delete Member</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the roster?</source>
        <translation>Delete %1 (%2) from the roster?</translation>
    </message>
    <message>
        <source>They have no attendance, presentations or referrals. Edit ▸ Undo brings them back.</source>
        <translation>They have no attendance, presentations or referrals. Edit ▸ Undo brings them back.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n e-mail address(es) for the BCC line of one message.</source>
        <translation>
            <numerusform>Copied %n e-mail address for the BCC line of one message.</numerusform>
            <numerusform>Copied %n e-mail addresses for the BCC line of one message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who did not agree to be contacted by e-mail were left out.</source>
        <translation>
            <numerusform>%n member who did not agree to be contacted by e-mail was left out.</numerusform>
            <numerusform>%n members who did not agree to be contacted by e-mail were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no e-mail address.</source>
        <translation>
            <numerusform>%n member has no e-mail address.</numerusform>
            <numerusform>%n members have no e-mail address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the fax list: %n number(s).</source>
        <translation>
            <numerusform>Saved the fax list: %n number.</numerusform>
            <numerusform>Saved the fax list: %n numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no fax number of their own or of their organisation.</source>
        <translation>
            <numerusform>%n member has no fax number of their own or of their organisation.</numerusform>
            <numerusform>%n members have no fax number of their own or of their organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the shared roster with %n member(s).</source>
        <translation>
            <numerusform>Saved the shared roster with %n member.</numerusform>
            <numerusform>Saved the shared roster with %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who did not agree to appear on shared rosters were left out.</source>
        <translation>
            <numerusform>%n member who did not agree to appear on shared rosters was left out.</numerusform>
            <numerusform>%n members who did not agree to appear on shared rosters were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation>&amp;Find Member</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
</context>
<context>
    <name>renkei::MergeDialog</name>
    <message>
        <source>&amp;Merge “%1” into:</source>
        <translation>&amp;Merge “%1” into:</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will move to the chosen entry, and “%1” will be removed. Edit ▸ Undo takes the merge back.</source>
        <translation>
            <numerusform>%n member will move to the chosen entry, and “%1” will be removed. Edit ▸ Undo takes the merge back.</numerusform>
            <numerusform>%n members will move to the chosen entry, and “%1” will be removed. Edit ▸ Undo takes the merge back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>renkei::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>renkei::Migration</name>
    <message>
        <source>creating the tables</source>
        <translation>creating the tables</translation>
    </message>
    <message>
        <source>adding the default professions</source>
        <translation>adding the default professions</translation>
    </message>
    <message>
        <source>adding the planning tables</source>
        <translation>adding the planning tables</translation>
    </message>
    <message>
        <source>updating the members&apos; search keys</source>
        <translation>updating the members&apos; search keys</translation>
    </message>
</context>
<context>
    <name>renkei::NameBadges</name>
    <message>
        <source>Staff</source>
        <extracomment>Tag on a name badge; Japanese: スタッフ</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Presenter</source>
        <extracomment>Tag on a name badge; Japanese: 講師</extracomment>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>Tag on a name badge; Japanese: ゲスト</extracomment>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Attendance record %1 is not on the list of this meeting.</source>
        <translation>Attendance record %1 is not on the list of this meeting.</translation>
    </message>
    <message>
        <source>The name badges could not be printed: the printer or file did not start.</source>
        <translation>The name badges could not be printed: the printer or file did not start.</translation>
    </message>
    <message>
        <source>%1 — name badges</source>
        <extracomment>The title of the name badges&apos; PDF; %1 is the series and meeting number</extracomment>
        <translation>%1 — name badges</translation>
    </message>
</context>
<context>
    <name>renkei::Organisation</name>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Dental clinic</source>
        <translation>Dental clinic</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Visiting-nurse station</source>
        <translation>Visiting-nurse station</translation>
    </message>
    <message>
        <source>Care-management office</source>
        <translation>Care-management office</translation>
    </message>
    <message>
        <source>Community support centre</source>
        <translation>Community support centre</translation>
    </message>
    <message>
        <source>Ward office</source>
        <translation>Ward office</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>New Organisation</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>Edit Organisation</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationRepository</name>
    <message>
        <source>reading the organisations</source>
        <translation>reading the organisations</translation>
    </message>
    <message>
        <source>reading an organisation</source>
        <translation>reading an organisation</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>There is no organisation with id %1.</translation>
    </message>
    <message>
        <source>There is no organisation named “%1”.</source>
        <translation>There is no organisation named “%1”.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>The organisation&apos;s name is required.</translation>
    </message>
    <message>
        <source>There is already an organisation named “%1” in this area.</source>
        <translation>There is already an organisation named “%1” in this area.</translation>
    </message>
    <message>
        <source>The area could not be checked.</source>
        <translation>The area could not be checked.</translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation>The chosen area does not exist.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>“%1” does not look like a phone number.</translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation>“%1” does not look like a fax number.</translation>
    </message>
    <message>
        <source>adding an organisation</source>
        <translation>adding an organisation</translation>
    </message>
    <message>
        <source>saving an organisation</source>
        <translation>saving an organisation</translation>
    </message>
    <message>
        <source>hiding an organisation</source>
        <translation>hiding an organisation</translation>
    </message>
    <message>
        <source>restoring an organisation</source>
        <translation>restoring an organisation</translation>
    </message>
    <message>
        <source>This organisation is used by %1 members; hide it or merge it into another instead.</source>
        <translation>This organisation is used by %1 members; hide it or merge it into another instead.</translation>
    </message>
    <message>
        <source>deleting an organisation</source>
        <translation>deleting an organisation</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>An organisation cannot be merged into itself.</translation>
    </message>
    <message>
        <source>merging organisations</source>
        <translation>merging organisations</translation>
    </message>
    <message>
        <source>undoing a merge of organisations</source>
        <translation>undoing a merge of organisations</translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationsEditor</name>
    <message>
        <source>Find an organisation</source>
        <translation>Find an organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In lists</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Merge Organisation</source>
        <translation>Merge Organisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>renkei::PaperRecordingDialog</name>
    <message>
        <source>Record from the Sign-in Sheet</source>
        <translation>Record from the Sign-in Sheet</translation>
    </message>
    <message>
        <source>Tick who came, in the order of the paper sheet. Space ticks the row and moves on.</source>
        <translation>Tick who came, in the order of the paper sheet. Space ticks the row and moves on.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>A member written on a blank row: type their name</source>
        <translation>A member written on a blank row: type their name</translation>
    </message>
    <message>
        <source>Walk-in &amp;Guest...</source>
        <translation>Walk-in &amp;Guest...</translation>
    </message>
    <message>
        <source>Mark the Rest &amp;Absent</source>
        <translation>Mark the Rest &amp;Absent</translation>
    </message>
    <message>
        <source>Everyone still registered, not ticked as attended, did not come.</source>
        <translation>Everyone still registered, not ticked as attended, did not come.</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (guest)</translation>
    </message>
    <message>
        <source>%1 attended</source>
        <translation>%1 attended</translation>
    </message>
    <message>
        <source>%1 did not attend</source>
        <translation>%1 did not attend</translation>
    </message>
    <message>
        <source>%1 at the social gathering</source>
        <translation>%1 at the social gathering</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 paid</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) absent</source>
        <translation>
            <numerusform>Mark %n person absent</numerusform>
            <numerusform>Mark %n people absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>%n person marked absent.</numerusform>
            <numerusform>%n people marked absent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation>Walk-in Guest</translation>
    </message>
    <message>
        <source>Attended: %1 of %2. Absent: %3.</source>
        <translation>Attended: %1 of %2. Absent: %3.</translation>
    </message>
</context>
<context>
    <name>renkei::PlanningDialog</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Plan the Meetings of %1</source>
        <translation>Plan the Meetings of %1</translation>
    </message>
    <message>
        <source>FY</source>
        <extracomment>Before the year in the fiscal-year box; Japanese: (empty, with the suffix 年度)</extracomment>
        <translation>FY</translation>
    </message>
    <message>
        <source>The whole fiscal year</source>
        <translation>The whole fiscal year</translation>
    </message>
    <message>
        <source>From %1 (%2) on: a new rhythm</source>
        <translation>From %1 (%2) on: a new rhythm</translation>
    </message>
    <message>
        <source>&amp;Closed Days...</source>
        <translation>&amp;Closed Days...</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The planned dates</source>
        <translation>The planned dates</translation>
    </message>
    <message>
        <source>C&amp;reate Meetings</source>
        <translation>C&amp;reate Meetings</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>renumbered from %1</source>
        <translation>renumbered from %1</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No meetings.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 to %2.</source>
        <translation>
            <numerusform>%n meeting, %1 to %2.</numerusform>
            <numerusform>%n meetings, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the New Rhythm</source>
        <translation>&amp;Apply the New Rhythm</translation>
    </message>
</context>
<context>
    <name>renkei::PrintedPage</name>
    <message>
        <source>Printed documents can only be made by a program that loads fonts (the GUI, or renkei-cli).</source>
        <translation>Printed documents can only be made by a program that loads fonts (the GUI, or renkei-cli).</translation>
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
        <translation>Medical</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dental</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Nursing</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionDialog</name>
    <message>
        <source>New Profession</source>
        <translation>New Profession</translation>
    </message>
    <message>
        <source>Edit Profession</source>
        <translation>Edit Profession</translation>
    </message>
    <message>
        <source>Visiting nurse</source>
        <translation>Visiting nurse</translation>
    </message>
    <message>
        <source>&amp;Japanese name:</source>
        <translation>&amp;Japanese name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionRepository</name>
    <message>
        <source>reading the professions</source>
        <translation>reading the professions</translation>
    </message>
    <message>
        <source>reading a profession</source>
        <translation>reading a profession</translation>
    </message>
    <message>
        <source>There is no profession with id %1.</source>
        <translation>There is no profession with id %1.</translation>
    </message>
    <message>
        <source>There is no profession named “%1”.</source>
        <translation>There is no profession named “%1”.</translation>
    </message>
    <message>
        <source>The Japanese name is required.</source>
        <translation>The Japanese name is required.</translation>
    </message>
    <message>
        <source>There is already a profession named “%1”.</source>
        <translation>There is already a profession named “%1”.</translation>
    </message>
    <message>
        <source>adding a profession</source>
        <translation>adding a profession</translation>
    </message>
    <message>
        <source>saving a profession</source>
        <translation>saving a profession</translation>
    </message>
    <message>
        <source>hiding a profession</source>
        <translation>hiding a profession</translation>
    </message>
    <message>
        <source>restoring a profession</source>
        <translation>restoring a profession</translation>
    </message>
    <message>
        <source>reordering the professions</source>
        <translation>reordering the professions</translation>
    </message>
    <message>
        <source>This profession is used by %1 members or guests; hide it or merge it into another instead.</source>
        <translation>This profession is used by %1 members or guests; hide it or merge it into another instead.</translation>
    </message>
    <message>
        <source>deleting a profession</source>
        <translation>deleting a profession</translation>
    </message>
    <message>
        <source>A profession cannot be merged into itself.</source>
        <translation>A profession cannot be merged into itself.</translation>
    </message>
    <message>
        <source>merging professions</source>
        <translation>merging professions</translation>
    </message>
    <message>
        <source>undoing a merge of professions</source>
        <translation>undoing a merge of professions</translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionsEditor</name>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In lists</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Professions</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Merge Profession</source>
        <translation>Merge Profession</translation>
    </message>
</context>
<context>
    <name>renkei::ReferenceList</name>
    <message>
        <source>looking up an entry</source>
        <translation>looking up an entry</translation>
    </message>
    <message>
        <source>counting uses of an entry</source>
        <translation>counting uses of an entry</translation>
    </message>
    <message>
        <source>There is no entry with id %1.</source>
        <translation>There is no entry with id %1.</translation>
    </message>
</context>
<context>
    <name>renkei::Registration</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation>The attendance record belongs to another meeting.</translation>
    </message>
</context>
<context>
    <name>renkei::ReportCharts</name>
    <message>
        <source>Attendance per meeting, by profession</source>
        <translation>Attendance per meeting, by profession</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Meeting number</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Attendances by profession</source>
        <translation>Attendances by profession</translation>
    </message>
    <message>
        <source>Members, month by month</source>
        <translation>Members, month by month</translation>
    </message>
    <message>
        <source>Joined that month</source>
        <translation>Joined that month</translation>
    </message>
    <message>
        <source>Members at the month&apos;s end</source>
        <translation>Members at the month&apos;s end</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>A month under a chart&apos;s bar: 2026/4</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
</context>
<context>
    <name>renkei::ReportLabels</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>renkei::ReportLapsedTab</name>
    <message>
        <source>Not seen at any of the &amp;last</source>
        <translation>Not seen at any of the &amp;last</translation>
    </message>
    <message>
        <source>A first-timer came &amp;back when at one of the next</source>
        <translation>A first-timer came &amp;back when at one of the next</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message numerus="yes">
        <source>Members who came during the period but to none of its last %n meeting(s), longest gone first: people to get in touch with.</source>
        <translation>
            <numerusform>Members who came during the period but to none of its last %n meeting, longest gone first: people to get in touch with.</numerusform>
            <numerusform>Members who came during the period but to none of its last %n meetings, longest gone first: people to get in touch with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ReportMeetingsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>First-timers</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Professions</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Fees (yen)</source>
        <translation>Fees (yen)</translation>
    </message>
</context>
<context>
    <name>renkei::ReportMeetingsTab</name>
    <message>
        <source>No meetings were held in this period.</source>
        <translation>No meetings were held in this period.</translation>
    </message>
    <message>
        <source>Choose a meeting to see its figures.</source>
        <translation>Choose a meeting to see its figures.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>renkei::ReportMixTab</name>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
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
        <translation>Series</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Save Activity Report…</source>
        <translation>Save Activity Report…</translation>
    </message>
    <message>
        <source>The annual activity report for the ward: A4 PDF, CSV or JSON.</source>
        <translation>The annual activity report for the ward: A4 PDF, CSV or JSON.</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Per meeting on average</source>
        <translation>Per meeting on average</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>First-timers</translation>
    </message>
    <message>
        <source>First-timers who came back</source>
        <translation>First-timers who came back</translation>
    </message>
    <message>
        <source>Not seen lately</source>
        <translation>Not seen lately</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Not Seen Lately</source>
        <translation>Not Seen Lately</translation>
    </message>
    <message>
        <source>Professions and Areas</source>
        <translation>Professions and Areas</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>Range of dates</translation>
    </message>
    <message>
        <source>The range of dates ends before it begins.</source>
        <translation>The range of dates ends before it begins.</translation>
    </message>
    <message>
        <source>No series yet: plan a meeting first.</source>
        <translation>No series yet: plan a meeting first.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 by members, %2 by guests</source>
        <translation>%1 by members, %2 by guests</translation>
    </message>
    <message>
        <source>%1 members and %2 guests (told apart by name)</source>
        <translation>%1 members and %2 guests (told apart by name)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 first-timers came to one of the next %n meeting(s)</source>
        <translation>
            <numerusform>%1 of %2 first-timers came to one of the next %n meeting</numerusform>
            <numerusform>%1 of %2 first-timers came to one of the next %n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 activity report %2</source>
        <translation>%1 activity report %2</translation>
    </message>
    <message>
        <source>Save Activity Report</source>
        <translation>Save Activity Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV for spreadsheets (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a series with meetings first.</source>
        <translation>Choose a series with meetings first.</translation>
    </message>
    <message>
        <source>Saved the activity report to %1.</source>
        <translation>Saved the activity report to %1.</translation>
    </message>
</context>
<context>
    <name>renkei::RosterEdits</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n member(s)</source>
        <translation>
            <numerusform>Archive %n member</numerusform>
            <numerusform>Archive %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n member(s)</source>
        <translation>
            <numerusform>Restore %n member</numerusform>
            <numerusform>Restore %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Add the profession %1</source>
        <translation>Add the profession %1</translation>
    </message>
    <message>
        <source>Edit the profession %1</source>
        <translation>Edit the profession %1</translation>
    </message>
    <message>
        <source>Hide the profession %1</source>
        <translation>Hide the profession %1</translation>
    </message>
    <message>
        <source>Show the profession %1</source>
        <translation>Show the profession %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>Delete the profession %1</source>
        <translation>Delete the profession %1</translation>
    </message>
    <message>
        <source>Move the profession %1</source>
        <translation>Move the profession %1</translation>
    </message>
    <message>
        <source>Add the organisation %1</source>
        <translation>Add the organisation %1</translation>
    </message>
    <message>
        <source>Edit the organisation %1</source>
        <translation>Edit the organisation %1</translation>
    </message>
    <message>
        <source>Hide the organisation %1</source>
        <translation>Hide the organisation %1</translation>
    </message>
    <message>
        <source>Show the organisation %1</source>
        <translation>Show the organisation %1</translation>
    </message>
    <message>
        <source>Delete the organisation %1</source>
        <translation>Delete the organisation %1</translation>
    </message>
    <message>
        <source>Add the area %1</source>
        <translation>Add the area %1</translation>
    </message>
    <message>
        <source>Edit the area %1</source>
        <translation>Edit the area %1</translation>
    </message>
    <message>
        <source>Hide the area %1</source>
        <translation>Hide the area %1</translation>
    </message>
    <message>
        <source>Show the area %1</source>
        <translation>Show the area %1</translation>
    </message>
    <message>
        <source>Delete the area %1</source>
        <translation>Delete the area %1</translation>
    </message>
</context>
<context>
    <name>renkei::RosterExport</name>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</source>
        <translation>
            <numerusform>%n value cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</numerusform>
            <numerusform>%n values cannot be written in %1. Agree to replacing them with look-alikes, or choose UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::RosterField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>Family name reading</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>Given name reading</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation>Medical association</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation>On shared rosters</translation>
    </message>
    <message>
        <source>E-mail contact</source>
        <translation>E-mail contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Member ID</translation>
    </message>
</context>
<context>
    <name>renkei::RosterImport</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>No column is headed “%1”.</source>
        <translation>No column is headed “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of: %2.</source>
        <translation>“%1” is not a field; use one of: %2.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both hold “%3”; leave one of them out.</source>
        <translation>Columns %1 and %2 both hold “%3”; leave one of them out.</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names: map one to the full name, or two to the family and given names.</source>
        <translation>No column holds the members&apos; names: map one to the full name, or two to the family and given names.</translation>
    </message>
    <message>
        <source>The full name (column %1) and the family or given name cannot both be imported; leave one of them out.</source>
        <translation>The full name (column %1) and the family or given name cannot both be imported; leave one of them out.</translation>
    </message>
    <message>
        <source>No column holds the readings of the names (furigana); every member needs one.</source>
        <translation>No column holds the readings of the names (furigana); every member needs one.</translation>
    </message>
    <message>
        <source>The full reading (column %1) and the family or given reading cannot both be imported; leave one of them out.</source>
        <translation>The full reading (column %1) and the family or given reading cannot both be imported; leave one of them out.</translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation>More than one area is named “%1”; write it as “ward/zone”.</translation>
    </message>
    <message>
        <source>There is no profession named “%1”; create it or map it to one that exists.</source>
        <translation>There is no profession named “%1”; create it or map it to one that exists.</translation>
    </message>
    <message>
        <source>There is no organisation named “%1”; create it or map it to one that exists.</source>
        <translation>There is no organisation named “%1”; create it or map it to one that exists.</translation>
    </message>
    <message>
        <source>There is no area named “%1”; create it or map it to one that exists.</source>
        <translation>There is no area named “%1”; create it or map it to one that exists.</translation>
    </message>
    <message>
        <source>The row has more columns than the header (%1).</source>
        <translation>The row has more columns than the header (%1).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).</source>
        <translation>“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-04-01 or 2024/4/1.</source>
        <translation>“%1” is not a date; write it as 2024-04-01 or 2024/4/1.</translation>
    </message>
    <message>
        <source>“%1” is not a member ID (a whole number).</source>
        <translation>“%1” is not a member ID (a whole number).</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Add as another member</source>
        <translation>Add as another member</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation>same name and reading</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>same reading and phone number</source>
        <translation>same reading and phone number</translation>
    </message>
    <message>
        <source>same member ID</source>
        <translation>same member ID</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>“%1” could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRule</name>
    <message>
        <source>the last day</source>
        <extracomment>Japanese: 末日</extracomment>
        <translation>the last day</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A day of the month; Japanese: %1日</extracomment>
        <translation>day %1</translation>
    </message>
    <message>
        <source>Move to the next business day</source>
        <extracomment>Japanese: 翌営業日に移す</extracomment>
        <translation>Move to the next business day</translation>
    </message>
    <message>
        <source>Move to the previous business day</source>
        <extracomment>Japanese: 前営業日に移す</extracomment>
        <translation>Move to the previous business day</translation>
    </message>
    <message>
        <source>Skip that meeting</source>
        <extracomment>Japanese: その回は休み</extracomment>
        <translation>Skip that meeting</translation>
    </message>
    <message>
        <source>Every %1 months would not fall in the same months each year; choose every 1, 2, 3, 4, 6 or 12 months, or twice a month.</source>
        <translation>Every %1 months would not fall in the same months each year; choose every 1, 2, 3, 4, 6 or 12 months, or twice a month.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>A month to start from only applies to meetings every 2 months or more.</source>
        <translation>A month to start from only applies to meetings every 2 months or more.</translation>
    </message>
    <message>
        <source>The rule needs a day: a week and a weekday (week=2;weekday=tue for the 2nd Tuesday), or a day of the month (day=15).</source>
        <translation>The rule needs a day: a week and a weekday (week=2;weekday=tue for the 2nd Tuesday), or a day of the month (day=15).</translation>
    </message>
    <message>
        <source>Give either weeks with a weekday or days of the month, not both.</source>
        <translation>Give either weeks with a weekday or days of the month, not both.</translation>
    </message>
    <message>
        <source>A week is 1 to 5 or last, not %1.</source>
        <translation>A week is 1 to 5 or last, not %1.</translation>
    </message>
    <message>
        <source>A day of the month is 1 to 31 or last, not %1.</source>
        <translation>A day of the month is 1 to 31 or last, not %1.</translation>
    </message>
    <message>
        <source>Twice a month needs two different weeks or days, such as week=1,3 or day=10,25.</source>
        <translation>Twice a month needs two different weeks or days, such as week=1,3 or day=10,25.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting every %n month(s) takes one week or one day; for two meetings a month write every=twice.</source>
        <translation>
            <numerusform>Meeting every %n month takes one week or one day; for two meetings a month write every=twice.</numerusform>
            <numerusform>Meeting every %n months takes one week or one day; for two meetings a month write every=twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekday is missing.</source>
        <translation>The weekday is missing.</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>An end time needs a start time.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Write each part of a rule as name=value, not “%1”.</source>
        <translation>Write each part of a rule as name=value, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>“%1” is given twice.</translation>
    </message>
    <message>
        <source>every= takes a number of months (1, 2, 3, 4, 6 or 12) or twice, not “%1”.</source>
        <translation>every= takes a number of months (1, 2, 3, 4, 6 or 12) or twice, not “%1”.</translation>
    </message>
    <message>
        <source>week= takes 1 to 5 or last (two for twice a month: 1,3), not “%1”.</source>
        <translation>week= takes 1 to 5 or last (two for twice a month: 1,3), not “%1”.</translation>
    </message>
    <message>
        <source>weekday= takes mon, tue, wed, thu, fri, sat or sun, not “%1”.</source>
        <translation>weekday= takes mon, tue, wed, thu, fri, sat or sun, not “%1”.</translation>
    </message>
    <message>
        <source>day= takes a day from 1 to 31 or last (two for twice a month: 10,25), not “%1”.</source>
        <translation>day= takes a day from 1 to 31 or last (two for twice a month: 10,25), not “%1”.</translation>
    </message>
    <message>
        <source>month= takes a month from 1 to 12, not “%1”.</source>
        <translation>month= takes a month from 1 to 12, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 19:00.</source>
        <translation>“%1” is not a time; write it as 19:00.</translation>
    </message>
    <message>
        <source>holiday= takes next, previous or skip, not “%1”.</source>
        <translation>holiday= takes next, previous or skip, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not part of a rule; a rule is made of every, week, weekday, day, month, start, end and holiday.</source>
        <translation>“%1” is not part of a rule; a rule is made of every, week, weekday, day, month, start, end and holiday.</translation>
    </message>
    <message>
        <source>The rule is empty.</source>
        <translation>The rule is empty.</translation>
    </message>
    <message>
        <source>The rule needs every= (every=1 for monthly, every=2 for every other month, every=twice for twice a month).</source>
        <translation>The rule needs every= (every=1 for monthly, every=2 for every other month, every=twice for twice a month).</translation>
    </message>
    <message>
        <source>week= needs a weekday= (week=2;weekday=tue).</source>
        <translation>week= needs a weekday= (week=2;weekday=tue).</translation>
    </message>
    <message>
        <source>weekday= needs a week= (week=2 for the 2nd, week=last for the last).</source>
        <translation>weekday= needs a week= (week=2 for the 2nd, week=last for the last).</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>The first week of a month; Japanese: 第1</extracomment>
        <translation>1st</translation>
    </message>
    <message>
        <source>2nd</source>
        <extracomment>Japanese: 第2</extracomment>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3rd</source>
        <extracomment>Japanese: 第3</extracomment>
        <translation>3rd</translation>
    </message>
    <message>
        <source>4th</source>
        <extracomment>Japanese: 第4</extracomment>
        <translation>4th</translation>
    </message>
    <message>
        <source>5th</source>
        <extracomment>Japanese: 第5</extracomment>
        <translation>5th</translation>
    </message>
    <message>
        <source>last</source>
        <extracomment>The last week of a month; Japanese: 最終</extracomment>
        <translation>last</translation>
    </message>
    <message>
        <source>twice a month</source>
        <extracomment>Japanese: 月2回</extracomment>
        <translation>twice a month</translation>
    </message>
    <message>
        <source>monthly</source>
        <extracomment>Japanese: 毎月</extracomment>
        <translation>monthly</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <extracomment>Japanese: 隔月 (with a month: 隔月（%1から）)</extracomment>
        <translation>every 2 months</translation>
    </message>
    <message>
        <source>every 2 months from %1</source>
        <translation>every 2 months from %1</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <extracomment>Japanese: %1か月ごと (with a month: %1か月ごと（%2から）)</extracomment>
        <translation>every %1 months</translation>
    </message>
    <message>
        <source>every %1 months from %2</source>
        <translation>every %1 months from %2</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <extracomment>The n-th weekday of a month, e.g. &quot;the 2nd Tuesday&quot;; Japanese: %1%2 (第2火曜日)</extracomment>
        <translation>the %1 %2</translation>
    </message>
    <message>
        <source>the %1 and %2 %3</source>
        <extracomment>Two weeks of a month, e.g. &quot;the 1st and 3rd Wednesday&quot;; Japanese: %1・%2%3 (第1・第3水曜日)</extracomment>
        <translation>the %1 and %2 %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two days of a month; Japanese: %1・%2</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A start time without an end; Japanese: %1〜</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>How often and on which day, e.g. &quot;monthly on the 2nd Tuesday&quot;; Japanese: %1 %2</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <extracomment>How often, on which day and when, e.g. &quot;every 2 months on the 2nd Tuesday, 19:00–20:30&quot;; Japanese: %1 %2 %3 (隔月 第2火曜日 19:00〜20:30)</extracomment>
        <translation>%1 on %2, %3</translation>
    </message>
    <message>
        <source>on a holiday or closed day: the next business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは翌営業日</extracomment>
        <translation>on a holiday or closed day: the next business day</translation>
    </message>
    <message>
        <source>on a holiday or closed day: the previous business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは前営業日</extracomment>
        <translation>on a holiday or closed day: the previous business day</translation>
    </message>
    <message>
        <source>on a holiday or closed day: no meeting</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは休み</extracomment>
        <translation>on a holiday or closed day: no meeting</translation>
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
        <translation>A rule is name=value parts separated by semicolons:
  every=1|2|3|4|6|12|twice   monthly, every 2 months, ..., or twice a month
  week=1..5|last[,..]        the n-th weekday (two for twice a month: week=1,3)
  weekday=mon..sun           with week=
  day=1..31|last[,..]        or a day of the month (the 31st is the last day in shorter months)
  month=1..12                a month the rhythm meets in, with every=2 or more (optional)
  start=HH:MM end=HH:MM      the times (optional: the series&apos; default times)
  holiday=next|previous|skip on a holiday or closed day (default: next)
Example: every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next</translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRuleEditor</name>
    <message>
        <source>last day</source>
        <extracomment>A day-of-month box at 0; Japanese: 末日</extracomment>
        <translation>last day</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>Every 2 months</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Every 3 months</translation>
    </message>
    <message>
        <source>Every 4 months</source>
        <translation>Every 4 months</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>Every 6 months</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Once a year</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>Twice a month</translation>
    </message>
    <message>
        <source>continuing from the last meeting</source>
        <translation>continuing from the last meeting</translation>
    </message>
    <message>
        <source>meeting in %1, ...</source>
        <translation>meeting in %1, ...</translation>
    </message>
    <message>
        <source>On the</source>
        <translation>On the</translation>
    </message>
    <message>
        <source>On day</source>
        <translation>On day</translation>
    </message>
    <message>
        <source>The series&apos; times</source>
        <translation>The series&apos; times</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>How often:</translation>
    </message>
    <message>
        <source>Which day:</source>
        <translation>Which day:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Times:</translation>
    </message>
    <message>
        <source>On a holiday:</source>
        <translation>On a holiday:</translation>
    </message>
    <message>
        <source>As text:</source>
        <translation>As text:</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesDialog</name>
    <message>
        <source>New Meeting Series</source>
        <translation>New Meeting Series</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>such as みなと坂医介連</source>
        <translation>such as みなと坂医介連</translation>
    </message>
    <message>
        <source>its first meeting here is %1</source>
        <extracomment>Next to the number a series&apos; meetings start from; %1 is 第N回 / No. N</extracomment>
        <translation>its first meeting here is %1</translation>
    </message>
    <message>
        <source>For a network that met before Renkei: the number its first meeting here takes.</source>
        <translation>For a network that met before Renkei: the number its first meeting here takes.</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Times:</translation>
    </message>
    <message>
        <source>The usual start and end time of a meeting.</source>
        <translation>The usual start and end time of a meeting.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation> yen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Numbering starts at:</source>
        <translation>&amp;Numbering starts at:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesReport</name>
    <message>
        <source>reading the members who came</source>
        <translation>reading the members who came</translation>
    </message>
    <message>
        <source>counting the members over time</source>
        <translation>counting the members over time</translation>
    </message>
    <message>
        <source>The report&apos;s period is not a valid range of dates.</source>
        <translation>The report&apos;s period is not a valid range of dates.</translation>
    </message>
    <message>
        <source>Guests (no area)</source>
        <translation>Guests (no area)</translation>
    </message>
</context>
<context>
    <name>renkei::SeriesRepository</name>
    <message>
        <source>reading the meeting series</source>
        <translation>reading the meeting series</translation>
    </message>
    <message>
        <source>reading a meeting series</source>
        <translation>reading a meeting series</translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation>There is no meeting series with id %1.</translation>
    </message>
    <message>
        <source>There is no meeting series named “%1”.</source>
        <translation>There is no meeting series named “%1”.</translation>
    </message>
    <message>
        <source>The series&apos; name is required.</source>
        <translation>The series&apos; name is required.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation>There is already a series named “%1”.</translation>
    </message>
    <message>
        <source>The first meeting&apos;s number must be 1 or more.</source>
        <translation>The first meeting&apos;s number must be 1 or more.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>The capacity must be at least 1.</translation>
    </message>
    <message>
        <source>adding a meeting series</source>
        <translation>adding a meeting series</translation>
    </message>
    <message>
        <source>saving a meeting series</source>
        <translation>saving a meeting series</translation>
    </message>
    <message>
        <source>deleting a meeting series</source>
        <translation>deleting a meeting series</translation>
    </message>
    <message>
        <source>This series has %1 meetings; only a series without meetings can be deleted.</source>
        <translation>This series has %1 meetings; only a series without meetings can be deleted.</translation>
    </message>
</context>
<context>
    <name>renkei::SettingsRepository</name>
    <message>
        <source>reading a setting</source>
        <translation>reading a setting</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>saving a setting</translation>
    </message>
    <message>
        <source>The database has no identity; it was not brought up to date.</source>
        <translation>The database has no identity; it was not brought up to date.</translation>
    </message>
    <message>
        <source>The document language &apos;%1&apos; stored in the database is not one Renkei knows (ja or en).</source>
        <translation>The document language &apos;%1&apos; stored in the database is not one Renkei knows (ja or en).</translation>
    </message>
</context>
<context>
    <name>renkei::SettingsView</name>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>&amp;Professions</source>
        <translation>&amp;Professions</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation>A&amp;reas</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <source>%1 (this version of Renkei writes version %2)</source>
        <translation>%1 (this version of Renkei writes version %2)</translation>
    </message>
    <message>
        <source>The language of sign-in sheets, badges, certificates, agendas, announcements, reports and calendars, for everyone using this file.</source>
        <translation>The language of sign-in sheets, badges, certificates, agendas, announcements, reports and calendars, for everyone using this file.</translation>
    </message>
    <message>
        <source>Printed documents:</source>
        <translation>Printed documents:</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>renkei::SharedRoster</name>
    <message>
        <source>The roster could not be printed.</source>
        <translation>The roster could not be printed.</translation>
    </message>
</context>
<context>
    <name>renkei::SheetOptionsDialog</name>
    <message>
        <source>Sign-in Sheet</source>
        <translation>Sign-in Sheet</translation>
    </message>
    <message>
        <source>Tick the columns to print; drag them into the order you want.</source>
        <translation>Tick the columns to print; drag them into the order you want.</translation>
    </message>
    <message>
        <source>&amp;Keep these options for every meeting of the series</source>
        <translation>&amp;Keep these options for every meeting of the series</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Blank rows for walk-ins:</translation>
    </message>
    <message>
        <source>&amp;Columns after No. and name:</source>
        <translation>&amp;Columns after No. and name:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Print Pre&amp;view...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) and %1 blank rows on %2 page(s).</source>
        <translation>
            <numerusform>%n person and %1 blank rows (pages: %2).</numerusform>
            <numerusform>%n people and %1 blank rows (pages: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>Save the Sign-in Sheet</source>
        <translation>Save the Sign-in Sheet</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to %1.</source>
        <translation>Saved the sign-in sheet to %1.</translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheet</name>
    <message>
        <source>%1 — sign-in sheet</source>
        <extracomment>The sign-in sheet&apos;s title; %1 is the series and meeting number. Japanese: %1 出席簿</extracomment>
        <translation>%1 — sign-in sheet</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Date: %1    Venue: %2</source>
        <translation>Date: %1    Venue: %2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation>No one has registered yet.</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be printed: the printer or file did not start.</source>
        <translation>The sign-in sheet could not be printed: the printer or file did not start.</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Heading of the sign-in sheet&apos;s reading column; Japanese: ふりがな</extracomment>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>Heading of the column people sign in; Japanese: 署名</extracomment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <extracomment>Heading of the tick-box column for staying to the social gathering; Japanese: 懇親会</extracomment>
        <translation>Social gathering</translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheetLayout</name>
    <message>
        <source>&apos;%1&apos; is not a column of the sign-in sheet; the columns are: %2.</source>
        <translation>&apos;%1&apos; is not a column of the sign-in sheet; the columns are: %2.</translation>
    </message>
</context>
<context>
    <name>renkei::SqliteStatement</name>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>The database is not an SQLite database.</translation>
    </message>
</context>
<context>
    <name>renkei::StartPage</name>
    <message>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>A Renkei database is one file that holds your network&apos;s members, meetings and attendance. Create a new one, or open a file you already have.</source>
        <translation>A Renkei database is one file that holds your network&apos;s members, meetings and attendance. Create a new one, or open a file you already have.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
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
        <translation>UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows, CP932)</source>
        <translation>Shift_JIS (Windows, CP932)</translation>
    </message>
</context>
<context>
    <name>renkei::YesNo</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>renkei::cli</name>
    <message>
        <source>Include archived members.</source>
        <translation>Include archived members.</translation>
    </message>
    <message>
        <source>Only archived members.</source>
        <translation>Only archived members.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AgendaCommand</name>
    <message>
        <source>Write a meeting&apos;s agenda (次第) as .pdf, .html or .txt; or copy an earlier meeting&apos;s agenda.</source>
        <translation>Write a meeting&apos;s agenda (次第) as .pdf, .html or .txt; or copy an earlier meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>The meeting&apos;s id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .pdf (A4), .html or .txt.</source>
        <translation>The file to write; its extension chooses the format: .pdf (A4), .html or .txt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of this meeting&apos;s.</source>
        <translation>First replace the meeting&apos;s agenda with a copy of this meeting&apos;s.</translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of the latest earlier meeting&apos;s of the series.</source>
        <translation>First replace the meeting&apos;s agenda with a copy of the latest earlier meeting&apos;s of the series.</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation>Dates in the Japanese era (令和8年1月13日).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>Give the meeting with --meeting.</translation>
    </message>
    <message>
        <source>Use either --copy-from or --copy-previous, not both.</source>
        <translation>Use either --copy-from or --copy-previous, not both.</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Give the file to write with --out.</translation>
    </message>
    <message>
        <source>No earlier meeting of the series has an agenda to copy.</source>
        <translation>No earlier meeting of the series has an agenda to copy.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) from meeting %1.</source>
        <translation>
            <numerusform>Copied %n item from meeting %1.</numerusform>
            <numerusform>Copied %n items from meeting %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AnnounceCommand</name>
    <message>
        <source>Print a meeting&apos;s announcement (案内文) to paste into a group chat or an e-mail.</source>
        <translation>Print a meeting&apos;s announcement (案内文) to paste into a group chat or an e-mail.</translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>The meeting&apos;s id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The day to reply by (default: a week before the meeting).</source>
        <translation>The day to reply by (default: a week before the meeting).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>How to reply: a form&apos;s address, an e-mail address... (default: by replying to the message).</source>
        <translation>How to reply: a form&apos;s address, an e-mail address... (default: by replying to the message).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Who to ask, and how.</source>
        <translation>Who to ask, and how.</translation>
    </message>
    <message>
        <source>Write to this file instead of printing.</source>
        <translation>Write to this file instead of printing.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation>Dates in the Japanese era (令和8年1月13日).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>Give the meeting with --meeting.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-01-06.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2026-01-06.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AreasListCommand</name>
    <message>
        <source>List the wards, each followed by its zones, with how many members and organisations are in each (a ward counts its zones&apos; too; archived members included).</source>
        <translation>List the wards, each followed by its zones, with how many members and organisations are in each (a ward counts its zones&apos; too; archived members included).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>In area</source>
        <translation>In area</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceArguments</name>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>The meeting&apos;s id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation>Give the meeting with --meeting.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out.</source>
        <translation>Give the PDF file to write with --out.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf: the document is written as a PDF.</source>
        <translation>&apos;%1&apos; does not end in .pdf: the document is written as a PDF.</translation>
    </message>
    <message>
        <source>--%1 takes ids, whole numbers, not &apos;%2&apos;.</source>
        <translation>--%1 takes ids, whole numbers, not &apos;%2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the attendance list of a meeting as CSV.</source>
        <translation>Export the attendance list of a meeting as CSV.</translation>
    </message>
    <message>
        <source>The meeting&apos;s ID.</source>
        <translation>The meeting&apos;s ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; takes one file.</translation>
    </message>
    <message>
        <source>--meeting takes the meeting&apos;s ID, a whole number.</source>
        <translation>--meeting takes the meeting&apos;s ID, a whole number.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceInviteCommand</name>
    <message>
        <source>Invite a selection of members to a meeting: by profession, area, organisation or recent attendance.</source>
        <translation>Invite a selection of members to a meeting: by profession, area, organisation or recent attendance.</translation>
    </message>
    <message>
        <source>Members of this profession (repeat, or separate with commas).</source>
        <translation>Members of this profession (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Members in this area; a ward includes its zones (repeat, or separate with commas).</source>
        <translation>Members in this area; a ward includes its zones (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>Members of this organisation (repeat for more).</source>
        <translation>Members of this organisation (repeat for more).</translation>
    </message>
    <message>
        <source>Members who are active (the default), archived, or all.</source>
        <translation>Members who are active (the default), archived, or all.</translation>
    </message>
    <message>
        <source>active|archived|all</source>
        <translation>active|archived|all</translation>
    </message>
    <message>
        <source>yes: only members in the network&apos;s own area; no: only those outside.</source>
        <translation>yes: only members in the network&apos;s own area; no: only those outside.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>yes: only members of the medical association (医師会); no: only others.</source>
        <translation>yes: only members of the medical association (医師会); no: only others.</translation>
    </message>
    <message>
        <source>Only members who came to at least one of the series&apos; last N meetings.</source>
        <translation>Only members who came to at least one of the series&apos; last N meetings.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Register them at once instead of inviting them (a full meeting&apos;s waiting list applies).</source>
        <translation>Register them at once instead of inviting them (a full meeting&apos;s waiting list applies).</translation>
    </message>
    <message>
        <source>List the members the selection names; change nothing.</source>
        <translation>List the members the selection names; change nothing.</translation>
    </message>
    <message>
        <source>--status takes active, archived or all.</source>
        <translation>--status takes active, archived or all.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation>--%1 takes yes or no, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--recent takes a number of meetings, 1 or more.</source>
        <translation>--recent takes a number of meetings, 1 or more.</translation>
    </message>
    <message numerus="yes">
        <source>The selection names %n member(s):</source>
        <translation>
            <numerusform>The selection names %n member:</numerusform>
            <numerusform>The selection names %n members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n member(s).</source>
        <translation>
            <numerusform>Registered %n member.</numerusform>
            <numerusform>Registered %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s).</source>
        <translation>
            <numerusform>Invited %n member.</numerusform>
            <numerusform>Invited %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them wait for a place: the meeting is full.</source>
        <translation>
            <numerusform>%n of them waits for a place: the meeting is full.</numerusform>
            <numerusform>%n of them wait for a place: the meeting is full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were on the list already and were left as they were.</source>
        <translation>
            <numerusform>%n member was on the list already and was left as they were.</numerusform>
            <numerusform>%n members were on the list already and were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceListCommand</name>
    <message>
        <source>List everyone on a meeting&apos;s list, with status, role and check-in.</source>
        <translation>List everyone on a meeting&apos;s list, with status, role and check-in.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Only these statuses, separated by commas: %1.</source>
        <translation>Only these statuses, separated by commas: %1.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The order: %1. Default: kana.</source>
        <translation>The order: %1. Default: kana.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation>Unknown order &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation>Unknown status &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>Places: %1 of %2 taken, %3 waiting. Attended: %4.</source>
        <translation>Places: %1 of %2 taken, %3 waiting. Attended: %4.</translation>
    </message>
    <message>
        <source>Places: %1 taken (no limit), %2 waiting. Attended: %3.</source>
        <translation>Places: %1 taken (no limit), %2 waiting. Attended: %3.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceMatrixCommand</name>
    <message>
        <source>Export members × the meetings of a series in a fiscal year (April to March) as CSV.</source>
        <translation>Export members × the meetings of a series in a fiscal year (April to March) as CSV.</translation>
    </message>
    <message>
        <source>The series&apos; name.</source>
        <translation>The series&apos; name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The fiscal year, by the year it begins in April (2025, FY2025, 2025年度, 令和7年度).</source>
        <translation>The fiscal year, by the year it begins in April (2025, FY2025, 2025年度, 令和7年度).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; takes one file.</translation>
    </message>
    <message>
        <source>Give the series (--series) and the fiscal year (--fiscal-year).</source>
        <translation>Give the series (--series) and the fiscal year (--fiscal-year).</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendancePromoteCommand</name>
    <message>
        <source>Give a meeting&apos;s free places to those waiting, in order.</source>
        <translation>Give a meeting&apos;s free places to those waiting, in order.</translation>
    </message>
    <message>
        <source>No one moved up: there is no free place, or no one is waiting.</source>
        <translation>No one moved up: there is no free place, or no one is waiting.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceSetCommand</name>
    <message>
        <source>Register, cancel or record one person at a meeting (status, role, social gathering, fee).</source>
        <translation>Register, cancel or record one person at a meeting (status, role, social gathering, fee).</translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know:</source>
        <translation>Moved up from the waiting list — let them know:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The member&apos;s id; a member not on the list is added.</source>
        <translation>The member&apos;s id; a member not on the list is added.</translation>
    </message>
    <message>
        <source>The attendance record&apos;s id (as &apos;attendance list&apos; shows it), for a guest.</source>
        <translation>The attendance record&apos;s id (as &apos;attendance list&apos; shows it), for a guest.</translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation>The status: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>The role: %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Stays for the social gathering: yes or no.</source>
        <translation>Stays for the social gathering: yes or no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Has paid the fee: yes or no.</source>
        <translation>Has paid the fee: yes or no.</translation>
    </message>
    <message>
        <source>Came unannounced: yes or no.</source>
        <translation>Came unannounced: yes or no.</translation>
    </message>
    <message>
        <source>Register even when the meeting is full, instead of the waiting list.</source>
        <translation>Register even when the meeting is full, instead of the waiting list.</translation>
    </message>
    <message>
        <source>Give either --member or --attendance.</source>
        <translation>Give either --member or --attendance.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation>Unknown status &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use %2.</source>
        <translation>Unknown role &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation>--%1 takes yes or no, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--attendance takes the record&apos;s id, a whole number.</source>
        <translation>--attendance takes the record&apos;s id, a whole number.</translation>
    </message>
    <message>
        <source>Attendance record %1 belongs to another meeting.</source>
        <translation>Attendance record %1 belongs to another meeting.</translation>
    </message>
    <message>
        <source>--member takes the member&apos;s id, a whole number.</source>
        <translation>--member takes the member&apos;s id, a whole number.</translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation>The meeting is full: %1 is on the waiting list, number %2.</translation>
    </message>
    <message>
        <source>%1: on the waiting list, number %2.</source>
        <translation>%1: on the waiting list, number %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>One person&apos;s new status, e.g. &quot;山田 太郎: Registered.&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::BadgesCommand</name>
    <message>
        <source>Write name badges (名札) for a meeting as an A4 PDF.</source>
        <translation>Write name badges (名札) for a meeting as an A4 PDF.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this member&apos;s badge (repeat, or separate ids with commas). Default: everyone registered or there.</source>
        <translation>Only this member&apos;s badge (repeat, or separate ids with commas). Default: everyone registered or there.</translation>
    </message>
    <message>
        <source>Blank badges to add, for walk-ins.</source>
        <translation>Blank badges to add, for walk-ins.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cards across a page (1–4). Default: 2.</source>
        <translation>Cards across a page (1–4). Default: 2.</translation>
    </message>
    <message>
        <source>Cards down a page (1–8). Default: 5.</source>
        <translation>Cards down a page (1–8). Default: 5.</translation>
    </message>
    <message>
        <source>--blank takes a number from 0 to 1000.</source>
        <translation>--blank takes a number from 0 to 1000.</translation>
    </message>
    <message>
        <source>--columns takes 1 to 4 and --rows 1 to 8.</source>
        <translation>--columns takes 1 to 4 and --rows 1 to 8.</translation>
    </message>
    <message>
        <source>Member %1 is not on the list of meeting %2.</source>
        <translation>Member %1 is not on the list of meeting %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s).</source>
        <translation>
            <numerusform>%n badge.</numerusform>
            <numerusform>%n badges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::CertificatesCommand</name>
    <message>
        <source>Write certificates of attendance (参加証明書) for a meeting as an A4 PDF, a page a person.</source>
        <translation>Write certificates of attendance (参加証明書) for a meeting as an A4 PDF, a page a person.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this member&apos;s certificate (repeat, or separate ids with commas). Default: everyone who attended.</source>
        <translation>Only this member&apos;s certificate (repeat, or separate ids with commas). Default: everyone who attended.</translation>
    </message>
    <message>
        <source>Who certifies, e.g. the network and its representative. Default: the series&apos; name.</source>
        <translation>Who certifies, e.g. the network and its representative. Default: the series&apos; name.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The date of issue (2026-04-14). Default: the meeting&apos;s date.</source>
        <translation>The date of issue (2026-04-14). Default: the meeting&apos;s date.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-14.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2026-04-14.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The database file (default: $RENKEI_DB, or the one the Renkei window opens).</source>
        <translation>The database file (default: $RENKEI_DB, or the one the Renkei window opens).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliContext</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysAddCommand</name>
    <message>
        <source>Add closed days: one day, a range, or a range every year (--yearly).</source>
        <translation>Add closed days: one day, a range, or a range every year (--yearly).</translation>
    </message>
    <message>
        <source>What they are, such as お盆.</source>
        <translation>What they are, such as お盆.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The first closed day.</source>
        <translation>The first closed day.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last closed day (default: the first).</source>
        <translation>The last closed day (default: the first).</translation>
    </message>
    <message>
        <source>The same days every year (the year of --from and --to is ignored).</source>
        <translation>The same days every year (the year of --from and --to is ignored).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the first closed day with --from.</source>
        <translation>Give the first closed day with --from.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-13.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2026-08-13.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-16.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2026-08-16.</translation>
    </message>
    <message>
        <source>Added closed days %1: %2 (%3).</source>
        <translation>Added closed days %1: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysChangeCommand</name>
    <message>
        <source>Delete closed days.</source>
        <translation>Delete closed days.</translation>
    </message>
    <message>
        <source>Use closed days again when planning.</source>
        <translation>Use closed days again when planning.</translation>
    </message>
    <message>
        <source>Keep closed days but stop using them when planning.</source>
        <translation>Keep closed days but stop using them when planning.</translation>
    </message>
    <message>
        <source>The closed days&apos; id, as &apos;closed-days list&apos; shows it.</source>
        <translation>The closed days&apos; id, as &apos;closed-days list&apos; shows it.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one id.</source>
        <translation>&apos;%1&apos; takes one id.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2).</source>
        <translation>Deleted %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) is on.</source>
        <translation>%1 (%2) is on.</translation>
    </message>
    <message>
        <source>%1 (%2) is off.</source>
        <translation>%1 (%2) is off.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysListCommand</name>
    <message>
        <source>List the organiser&apos;s closed days (the year-end break, Obon, a venue&apos;s closed days).</source>
        <translation>List the organiser&apos;s closed days (the year-end break, Obon, a venue&apos;s closed days).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandGroup</name>
    <message>
        <source>Usage: %1 &lt;subcommand&gt; [options]</source>
        <translation>Usage: %1 &lt;subcommand&gt; [options]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;subcommand&gt; --help&apos; for a subcommand&apos;s options.</source>
        <translation>Run &apos;%1 &lt;subcommand&gt; --help&apos; for a subcommand&apos;s options.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcommand of &apos;%2&apos;; try %3.</source>
        <translation>&apos;%1&apos; is not a subcommand of &apos;%2&apos;; try %3.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandLine</name>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Renkei on the command line: the members, meetings and attendance of a regional care network.</source>
        <translation>Renkei on the command line: the members, meetings and attendance of a regional care network.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>The command to run (see below).</translation>
    </message>
    <message>
        <source>Work with the members.</source>
        <translation>Work with the members.</translation>
    </message>
    <message>
        <source>Work with the organisations members work at.</source>
        <translation>Work with the organisations members work at.</translation>
    </message>
    <message>
        <source>Work with the list of professions.</source>
        <translation>Work with the list of professions.</translation>
    </message>
    <message>
        <source>Work with the wards and zones.</source>
        <translation>Work with the wards and zones.</translation>
    </message>
    <message>
        <source>Work with the attendance of meetings.</source>
        <translation>Work with the attendance of meetings.</translation>
    </message>
    <message>
        <source>Plan, list, show and change the meetings.</source>
        <translation>Plan, list, show and change the meetings.</translation>
    </message>
    <message>
        <source>The organiser&apos;s closed days, avoided like holidays when planning.</source>
        <translation>The organiser&apos;s closed days, avoided like holidays when planning.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>No command given. The commands are:</source>
        <translation>No command given. The commands are:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; is not a command.</translation>
    </message>
    <message>
        <source>Add, list, change and delete the meeting series (the runs of 第N回).</source>
        <translation>Add, list, change and delete the meeting series (the runs of 第N回).</translation>
    </message>
</context>
<context>
    <name>renkei::cli::DemoCommand</name>
    <message>
        <source>Fill a new database with a fictitious network to try Renkei with.</source>
        <translation>Fill a new database with a fictitious network to try Renkei with.</translation>
    </message>
    <message>
        <source>Another variation of the same story (default: 1).</source>
        <translation>Another variation of the same story (default: 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &apos;%1&apos;.</source>
        <translation>The seed must be a whole number, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Filled %1 with the demo network: %2 members, %3 meetings.</source>
        <translation>Filled %1 with the demo network: %2 members, %3 meetings.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::DocumentLanguageOption</name>
    <message>
        <source>The language of printed documents: ja (Japanese) or en (English); default: the network&apos;s setting.</source>
        <translation>The language of printed documents: ja (Japanese) or en (English); default: the network&apos;s setting.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document language; give ja or en.</source>
        <translation>&apos;%1&apos; is not a document language; give ja or en.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ExportEncodingOptions</name>
    <message>
        <source>utf-8-bom (what Excel recognises), utf-8 or shift_jis (default: utf-8-bom).</source>
        <translation>utf-8-bom (what Excel recognises), utf-8 or shift_jis (default: utf-8-bom).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Agree to replacing characters Shift_JIS cannot hold with look-alikes (〜 with ～, 𠮷 with 吉) or 〓. Without it such an export is refused and the values listed.</source>
        <translation>Agree to replacing characters Shift_JIS cannot hold with look-alikes (〜 with ～, 𠮷 with 吉) or 〓. Without it such an export is refused and the values listed.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use utf-8-bom, utf-8 or shift_jis.</source>
        <translation>Unknown encoding &apos;%1&apos;; use utf-8-bom, utf-8 or shift_jis.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, %2: “%3” has %4; it would be written “%5”.</source>
        <extracomment>%1 who, %2 the column, %3 the value, %4 the characters, %5 the value as it would be written</extracomment>
        <translation>%1, %2: “%3” has %4; it would be written “%5”.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be written in %1. Add --replace-unrepresentable to agree to the replacements above, or choose --encoding utf-8-bom.</source>
        <translation>
            <numerusform>%n value cannot be written in %1. Add --replace-unrepresentable to agree to the replacements above, or choose --encoding utf-8-bom.</numerusform>
            <numerusform>%n values cannot be written in %1. Add --replace-unrepresentable to agree to the replacements above, or choose --encoding utf-8-bom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::GridCommand</name>
    <message>
        <source>Write a series&apos; attendance grid for a fiscal year (people × meetings) as an A4 landscape PDF.</source>
        <translation>Write a series&apos; attendance grid for a fiscal year (people × meetings) as an A4 landscape PDF.</translation>
    </message>
    <message>
        <source>The series&apos; name (may be left out when there is only one).</source>
        <translation>The series&apos; name (may be left out when there is only one).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The fiscal year, April to March: 2026, FY2026, 2026年度 or 令和8年度.</source>
        <translation>The fiscal year, April to March: 2026, FY2026, 2026年度 or 令和8年度.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Empty rows for newcomers. Default: 10.</source>
        <translation>Empty rows for newcomers. Default: 10.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year.</source>
        <translation>Give the fiscal year with --fiscal-year.</translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to 500.</source>
        <translation>--blank-rows takes a number from 0 to 500.</translation>
    </message>
    <message>
        <source>Meetings: %1. People: %2.</source>
        <translation>Meetings: %1. People: %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::HolidaysCommand</name>
    <message>
        <source>List Japan&apos;s public holidays in a range (and the organiser&apos;s closed days with --closed).</source>
        <translation>List Japan&apos;s public holidays in a range (and the organiser&apos;s closed days with --closed).</translation>
    </message>
    <message>
        <source>The first day (default: 1 January of this year).</source>
        <translation>The first day (default: 1 January of this year).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The last day (default: 31 December of the first day&apos;s year).</source>
        <translation>The last day (default: 31 December of the first day&apos;s year).</translation>
    </message>
    <message>
        <source>Include the organiser&apos;s closed days (from the database).</source>
        <translation>Include the organiser&apos;s closed days (from the database).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-01.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2026-04-01.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2027-03-31.</source>
        <translation>&apos;%1&apos; is not a date; write it as 2027-03-31.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to must not be before --from.</translation>
    </message>
    <message>
        <source>Public holidays are known from %1 to %2.</source>
        <translation>Public holidays are known from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ICalCommand</name>
    <message>
        <source>Write the meetings as a calendar file (.ics) to import into a calendar; importing it again updates the same events.</source>
        <translation>Write the meetings as a calendar file (.ics) to import into a calendar; importing it again updates the same events.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>The .ics file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation>Only this series&apos; meetings.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only this fiscal year&apos;s meetings.</source>
        <translation>Only this fiscal year&apos;s meetings.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Give the file to write with --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n meeting to %1.</numerusform>
            <numerusform>Wrote %n meetings to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::InitCommand</name>
    <message>
        <source>Create a new, empty database (refuses an existing file).</source>
        <translation>Create a new, empty database (refuses an existing file).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingArguments</name>
    <message>
        <source>The database has no meeting series yet.</source>
        <translation>The database has no meeting series yet.</translation>
    </message>
    <message>
        <source>Choose the series with --series: %1.</source>
        <translation>Choose the series with --series: %1.</translation>
    </message>
    <message>
        <source>A meeting is given by its id (a number, as &apos;meetings list&apos; shows), not &apos;%1&apos;.</source>
        <translation>A meeting is given by its id (a number, as &apos;meetings list&apos; shows), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and its weekday in the command line&apos;s lists; Japanese: %1（%2）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Japanese: %1〜</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>Japanese: %1〜%2</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsEditCommand</name>
    <message>
        <source>Change a meeting by hand: its date, times, venue, fee, status and more.</source>
        <translation>Change a meeting by hand: its date, times, venue, fee, status and more.</translation>
    </message>
    <message>
        <source>The date.</source>
        <translation>The date.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The start time.</source>
        <translation>The start time.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The end time.</source>
        <translation>The end time.</translation>
    </message>
    <message>
        <source>The venue.</source>
        <translation>The venue.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The venue&apos;s address.</source>
        <translation>The venue&apos;s address.</translation>
    </message>
    <message>
        <source>The fee in yen.</source>
        <translation>The fee in yen.</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>The number of places (0: no limit).</source>
        <translation>The number of places (0: no limit).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The theme.</source>
        <translation>The theme.</translation>
    </message>
    <message>
        <source>planned, held or cancelled.</source>
        <translation>planned, held or cancelled.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Notes or minutes.</source>
        <translation>Notes or minutes.</translation>
    </message>
    <message>
        <source>The social gathering&apos;s venue (turns it on).</source>
        <translation>The social gathering&apos;s venue (turns it on).</translation>
    </message>
    <message>
        <source>The social gathering&apos;s time.</source>
        <translation>The social gathering&apos;s time.</translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee in yen.</source>
        <translation>The social gathering&apos;s fee in yen.</translation>
    </message>
    <message>
        <source>No social gathering.</source>
        <translation>No social gathering.</translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation>&apos;%1&apos; takes one meeting id.</translation>
    </message>
    <message>
        <source>--%1 does not take &apos;%2&apos;.</source>
        <translation>--%1 does not take &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Saved %1 %2: %3 %4.</source>
        <extracomment>e.g. &quot;Saved みなと坂医介連 No. 46: 2026-10-20 (Tue) 19:00–20:30.&quot;</extracomment>
        <translation>Saved %1 %2: %3 %4.</translation>
    </message>
    <message>
        <source>Note: %1 is %2.</source>
        <translation>Note: %1 is %2.</translation>
    </message>
    <message>
        <source>Note: the numbers no longer follow the dates:</source>
        <translation>Note: the numbers no longer follow the dates:</translation>
    </message>
    <message>
        <source>Run &apos;%1 meetings renumber --series &quot;%2&quot;&apos; to renumber them.</source>
        <translation>Run &apos;%1 meetings renumber --series &quot;%2&quot;&apos; to renumber them.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsListCommand</name>
    <message>
        <source>List the meetings by date, of a series or a fiscal year.</source>
        <translation>List the meetings by date, of a series or a fiscal year.</translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation>Only this series&apos; meetings.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only the meetings of this fiscal year (April to March).</source>
        <translation>Only the meetings of this fiscal year (April to March).</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>table or csv. Default: table.</source>
        <translation>table or csv. Default: table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsPlanCommand</name>
    <message>
        <source>Plan a fiscal year of meetings from a schedule rule (preview with --dry-run).</source>
        <translation>Plan a fiscal year of meetings from a schedule rule (preview with --dry-run).</translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation>The series (default: the only one).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The fiscal year to plan, by the year it begins in (2027: April 2027 to March 2028).</source>
        <translation>The fiscal year to plan, by the year it begins in (2027: April 2027 to March 2028).</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The schedule rule, written as above (default: the series&apos; saved rule).</source>
        <translation>The schedule rule, written as above (default: the series&apos; saved rule).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>Change the rhythm from this meeting of the series on (its number, 第N回): later planned meetings take the new dates.</source>
        <translation>Change the rhythm from this meeting of the series on (its number, 第N回): later planned meetings take the new dates.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Show the dates without writing anything.</source>
        <translation>Show the dates without writing anything.</translation>
    </message>
    <message>
        <source>Do not save the rule with the series.</source>
        <translation>Do not save the rule with the series.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Give the fiscal year to plan with --fiscal-year.</source>
        <translation>Give the fiscal year to plan with --fiscal-year.</translation>
    </message>
    <message>
        <source>--from takes a meeting&apos;s number, not &apos;%1&apos;.</source>
        <translation>--from takes a meeting&apos;s number, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has no saved schedule rule; give one with --rule.</source>
        <translation>%1 has no saved schedule rule; give one with --rule.</translation>
    </message>
    <message>
        <source>The rule “%1” is not valid: %2</source>
        <translation>The rule “%1” is not valid: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The heading of a plan: series, fiscal year, the rule in words</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>was No. %1</source>
        <translation>was No. %1</translation>
    </message>
    <message>
        <source>To be removed: %1, %2</source>
        <translation>To be removed: %1, %2</translation>
    </message>
    <message>
        <source>Removed: %1, %2</source>
        <translation>Removed: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would be removed with them.</source>
        <translation>
            <numerusform>%n registration would be removed with them.</numerusform>
            <numerusform>%n registrations would be removed with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) were removed with them.</source>
        <translation>
            <numerusform>%n registration was removed with them.</numerusform>
            <numerusform>%n registrations were removed with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>To be renumbered: %1</source>
        <translation>To be renumbered: %1</translation>
    </message>
    <message>
        <source>Renumbered: %1</source>
        <translation>Renumbered: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n meeting(s) would be planned.</source>
        <translation>
            <numerusform>Dry run: nothing was written; %n meeting would be planned.</numerusform>
            <numerusform>Dry run: nothing was written; %n meetings would be planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n meeting(s), No. %1 to No. %2.</source>
        <translation>
            <numerusform>Planned %n meeting, No. %1 to No. %2.</numerusform>
            <numerusform>Planned %n meetings, No. %1 to No. %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings were planned.</source>
        <translation>No meetings were planned.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsRenumberCommand</name>
    <message>
        <source>Put a series&apos; meeting numbers back in date order (preview with --dry-run).</source>
        <translation>Put a series&apos; meeting numbers back in date order (preview with --dry-run).</translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation>The series (default: the only one).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Show the changes without writing them.</source>
        <translation>Show the changes without writing them.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>The numbers of %1 already follow the dates.</source>
        <translation>The numbers of %1 already follow the dates.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n meeting(s) would be renumbered.</source>
        <translation>
            <numerusform>Dry run: nothing was written; %n meeting would be renumbered.</numerusform>
            <numerusform>Dry run: nothing was written; %n meetings would be renumbered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %n meeting(s).</source>
        <translation>
            <numerusform>Renumbered %n meeting.</numerusform>
            <numerusform>Renumbered %n meetings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsShowCommand</name>
    <message>
        <source>Show a meeting with its programme and times.</source>
        <translation>Show a meeting with its programme and times.</translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation>&apos;%1&apos; takes one meeting id.</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <extracomment>Series, meeting number, id; e.g. &quot;みなと坂医介連 No. 46 (id 16)&quot;</extracomment>
        <translation>%1 %2 (id %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>Social gathering</translation>
    </message>
    <message>
        <source>%1 %2, %3 yen</source>
        <translation>%1 %2, %3 yen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No programme yet.</source>
        <translation>No programme yet.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all; ends at %1.</source>
        <translation>
            <numerusform>%n minute in all; ends at %1.</numerusform>
            <numerusform>%n minutes in all; ends at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MemberArguments</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The full name, family name first (&quot;山田 太郎&quot;).</source>
        <translation>The full name, family name first (&quot;山田 太郎&quot;).</translation>
    </message>
    <message>
        <source>The reading of the full name in kana (&quot;やまだ たろう&quot;).</source>
        <translation>The reading of the full name in kana (&quot;やまだ たろう&quot;).</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>kana</translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation>The family name.</translation>
    </message>
    <message>
        <source>The given name.</source>
        <translation>The given name.</translation>
    </message>
    <message>
        <source>The reading of the family name, in kana.</source>
        <translation>The reading of the family name, in kana.</translation>
    </message>
    <message>
        <source>The reading of the given name, in kana.</source>
        <translation>The reading of the given name, in kana.</translation>
    </message>
    <message>
        <source>The profession, by name (Japanese or English) or id.</source>
        <translation>The profession, by name (Japanese or English) or id.</translation>
    </message>
    <message>
        <source>The organisation, by name or id.</source>
        <translation>The organisation, by name or id.</translation>
    </message>
    <message>
        <source>The area, by name (&quot;ward/zone&quot; when a zone&apos;s name is not unique) or id.</source>
        <translation>The area, by name (&quot;ward/zone&quot; when a zone&apos;s name is not unique) or id.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>The e-mail address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The phone number (03-1234-5678, with or without hyphens).</source>
        <translation>The phone number (03-1234-5678, with or without hyphens).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The fax number.</source>
        <translation>The fax number.</translation>
    </message>
    <message>
        <source>The id of the member who brought them in.</source>
        <translation>The id of the member who brought them in.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The day they joined (2026-04-01).</source>
        <translation>The day they joined (2026-04-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Member of the medical association (医師会): yes or no.</source>
        <translation>Member of the medical association (医師会): yes or no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>May appear on rosters shared with other members: yes or no.</source>
        <translation>May appear on rosters shared with other members: yes or no.</translation>
    </message>
    <message>
        <source>May be contacted by e-mail: yes or no.</source>
        <translation>May be contacted by e-mail: yes or no.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>“%1” is not a member&apos;s id; find it with &apos;members find&apos;.</source>
        <translation>“%1” is not a member&apos;s id; find it with &apos;members find&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one option: &quot;--email: “x” does not look like an e-mail address.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-04-01.</source>
        <translation>“%1” is not a date; write it as 2026-04-01.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1” is neither yes nor no.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MemberFilterArguments</name>
    <message>
        <source>Only members of this profession (repeat, or separate with commas).</source>
        <translation>Only members of this profession (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only members in this area; a ward includes its zones (repeat, or separate with commas).</source>
        <translation>Only members in this area; a ward includes its zones (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>Only members of this organisation (repeat for more).</source>
        <translation>Only members of this organisation (repeat for more).</translation>
    </message>
    <message>
        <source>Only members in the network&apos;s own area.</source>
        <translation>Only members in the network&apos;s own area.</translation>
    </message>
    <message>
        <source>Only members outside it.</source>
        <translation>Only members outside it.</translation>
    </message>
    <message>
        <source>Use either --all or --archived, not both.</source>
        <translation>Use either --all or --archived, not both.</translation>
    </message>
    <message>
        <source>Use either --in-area or --out-of-area, not both.</source>
        <translation>Use either --in-area or --out-of-area, not both.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersAddCommand</name>
    <message>
        <source>Add a member. Someone who looks like an existing member (same name and reading, e-mail or phone) is refused unless --allow-duplicate is given.</source>
        <translation>Add a member. Someone who looks like an existing member (same name and reading, e-mail or phone) is refused unless --allow-duplicate is given.</translation>
    </message>
    <message>
        <source>Add the member even when they look like an existing one.</source>
        <translation>Add the member even when they look like an existing one.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation>&apos;%1&apos; takes no arguments; give the fields as options.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>%1 (member %2) may be the same person: %3.</source>
        <extracomment>%1 a member&apos;s name, %2 their id, %3 why they look alike (&quot;same e-mail address&quot;)</extracomment>
        <translation>%1 (member %2) may be the same person: %3.</translation>
    </message>
    <message>
        <source>Nothing was added. Add them anyway with --allow-duplicate.</source>
        <translation>Nothing was added. Add them anyway with --allow-duplicate.</translation>
    </message>
    <message>
        <source>Added %1 as member %2.</source>
        <translation>Added %1 as member %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersArchiveCommand</name>
    <message>
        <source>Archive a member: off the active roster, their history kept.</source>
        <translation>Archive a member: off the active roster, their history kept.</translation>
    </message>
    <message>
        <source>Restore an archived member to the active roster.</source>
        <translation>Restore an archived member to the active roster.</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>The member&apos;s id, as the lists show it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation>&apos;%1&apos; takes one member&apos;s id.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>%1 (member %2) was already archived.</source>
        <translation>%1 (member %2) was already archived.</translation>
    </message>
    <message>
        <source>Archived %1 (member %2).</source>
        <translation>Archived %1 (member %2).</translation>
    </message>
    <message>
        <source>%1 (member %2) is already active.</source>
        <translation>%1 (member %2) is already active.</translation>
    </message>
    <message>
        <source>Restored %1 (member %2).</source>
        <translation>Restored %1 (member %2).</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersEditCommand</name>
    <message>
        <source>Change the fields given of one member; the others stay as they are. An empty value clears a field.</source>
        <translation>Change the fields given of one member; the others stay as they are. An empty value clears a field.</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>The member&apos;s id, as the lists show it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id, then the fields to change.</source>
        <translation>&apos;%1&apos; takes one member&apos;s id, then the fields to change.</translation>
    </message>
    <message>
        <source>Give at least one field to change, such as --email.</source>
        <translation>Give at least one field to change, such as --email.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>Saved %1 (member %2).</source>
        <translation>Saved %1 (member %2).</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersExportCommand</name>
    <message>
        <source>Export the roster as CSV that Excel opens (UTF-8 with BOM, UTF-8 or Shift_JIS).</source>
        <translation>Export the roster as CSV that Excel opens (UTF-8 with BOM, UTF-8 or Shift_JIS).</translation>
    </message>
    <message>
        <source>The columns, in order, separated by commas (default: %1). Fields: %2.</source>
        <translation>The columns, in order, separated by commas (default: %1). Fields: %2.</translation>
    </message>
    <message>
        <source>a,b,…</source>
        <translation>a,b,…</translation>
    </message>
    <message>
        <source>Only members whose name, reading or e-mail address holds this text.</source>
        <translation>Only members whose name, reading or e-mail address holds this text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Include the members who have not agreed to appear on shared rosters (for the organiser&apos;s own use). Without it the roster holds only those who agreed.</source>
        <translation>Include the members who have not agreed to appear on shared rosters (for the organiser&apos;s own use). Without it the roster holds only those who agreed.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; takes one file.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation>&apos;%1&apos; is not a field; the fields are: %2.</translation>
    </message>
    <message>
        <source>--columns names no column.</source>
        <translation>--columns names no column.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>Exported %n member to %1.</numerusform>
            <numerusform>Exported %n members to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n member(s) who have not agreed to appear on shared rosters (--all-members includes them).</source>
        <translation>
            <numerusform>Left out %n member who has not agreed to appear on shared rosters (--all-members includes them).</numerusform>
            <numerusform>Left out %n members who have not agreed to appear on shared rosters (--all-members includes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced characters %1 cannot hold in %n value(s).</source>
        <translation>
            <numerusform>Replaced characters %1 cannot hold in %n value.</numerusform>
            <numerusform>Replaced characters %1 cannot hold in %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the e-mail address blank for %n member(s) who have not agreed to be e-mailed.</source>
        <translation>
            <numerusform>Left the e-mail address blank for %n member who has not agreed to be e-mailed.</numerusform>
            <numerusform>Left the e-mail address blank for %n members who have not agreed to be e-mailed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersFindCommand</name>
    <message>
        <source>Find members by name, reading, e-mail or organisation, as the members view searches: kana kind, width, spaces and case do not matter.</source>
        <translation>Find members by name, reading, e-mail or organisation, as the members view searches: kana kind, width, spaces and case do not matter.</translation>
    </message>
    <message>
        <source>What to look for (several words are one text).</source>
        <translation>What to look for (several words are one text).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersImportCommand</name>
    <message>
        <source>Import a roster (CSV, as Excel saves it): every row or none.</source>
        <translation>Import a roster (CSV, as Excel saves it): every row or none.</translation>
    </message>
    <message>
        <source>auto, utf-8 or shift_jis (default: auto, found from the file).</source>
        <translation>auto, utf-8 or shift_jis (default: auto, found from the file).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Import the column headed HEADER as FIELD (or leave it out with HEADER=-); may be given more than once. Fields: %1.</source>
        <translation>Import the column headed HEADER as FIELD (or leave it out with HEADER=-); may be given more than once. Fields: %1.</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>HEADER=FIELD</translation>
    </message>
    <message>
        <source>What to do with a row that is a member already there: skip, update or add (default: skip).</source>
        <translation>What to do with a row that is a member already there: skip, update or add (default: skip).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Check every row and say what would happen, writing nothing.</source>
        <translation>Check every row and say what would happen, writing nothing.</translation>
    </message>
    <message>
        <source>Create the professions, organisations and areas the file names and the database lacks.</source>
        <translation>Create the professions, organisations and areas the file names and the database lacks.</translation>
    </message>
    <message>
        <source>Take NAME in the file&apos;s LIST column (profession, organisation or area) as the existing entry EXISTING; may be given more than once.</source>
        <translation>Take NAME in the file&apos;s LIST column (profession, organisation or area) as the existing entry EXISTING; may be given more than once.</translation>
    </message>
    <message>
        <source>LIST:NAME=EXISTING</source>
        <translation>LIST:NAME=EXISTING</translation>
    </message>
    <message>
        <source>Also list the duplicates found and the entries created.</source>
        <translation>Also list the duplicates found and the entries created.</translation>
    </message>
    <message>
        <source>The roster to import.</source>
        <translation>The roster to import.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation>&apos;%1&apos; takes one file.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8 or shift_jis.</source>
        <translation>Unknown encoding &apos;%1&apos;; use auto, utf-8 or shift_jis.</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD, not &apos;%1&apos;.</source>
        <translation>--map takes HEADER=FIELD, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation>&apos;%1&apos; is not a field; the fields are: %2.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;; use skip, update or add.</source>
        <translation>Unknown action &apos;%1&apos;; use skip, update or add.</translation>
    </message>
    <message>
        <source>--map-value takes LIST:NAME=EXISTING with LIST profession, organisation or area, not &apos;%1&apos;.</source>
        <translation>--map-value takes LIST:NAME=EXISTING with LIST profession, organisation or area, not &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2 has the %3 as line %4 (%5): %6</source>
        <translation>line %1: %2 has the %3 as line %4 (%5): %6</translation>
    </message>
    <message>
        <source>line %1: %2 has the %3 as member %4 (ID %5): %6</source>
        <translation>line %1: %2 has the %3 as member %4 (ID %5): %6</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more duplicate(s).</source>
        <translation>
            <numerusform>… and %n more duplicate.</numerusform>
            <numerusform>… and %n more duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new %1: “%2” (%n row(s))</source>
        <translation>
            <numerusform>new %1: “%2” (%n row)</numerusform>
            <numerusform>new %1: “%2” (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3</source>
        <translation>imported %1, updated %2, skipped %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersListCommand</name>
    <message>
        <source>List the members in order of their readings (五十音).</source>
        <translation>List the members in order of their readings (五十音).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersShowCommand</name>
    <message>
        <source>Show every field of one member.</source>
        <translation>Show every field of one member.</translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation>The member&apos;s id, as the lists show it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation>&apos;%1&apos; takes one member&apos;s id.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::OrganisationsListCommand</name>
    <message>
        <source>List the organisations by name, with how many members work at each (archived members included).</source>
        <translation>List the organisations by name, with how many members work at each (archived members included).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ProfessionsListCommand</name>
    <message>
        <source>List the professions in display order, with how many members use each (archived members included).</source>
        <translation>List the professions in display order, with how many members use each (archived members included).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReferenceListCommand</name>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReportCommand</name>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1, %2 (%3 to %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s), of which %1 by guests</source>
        <translation>
            <numerusform>%n attendance, of which %1 by guests</numerusform>
            <numerusform>%n attendances, of which %1 by guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n different people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per meeting on average</source>
        <translation>%1 per meeting on average</translation>
    </message>
    <message numerus="yes">
        <source>%n first-timer(s); %1 of %2 came back within %3 meetings</source>
        <translation>
            <numerusform>%n first-timer; %1 of %2 came back within %3 meetings</numerusform>
            <numerusform>%n first-timers; %1 of %2 came back within %3 meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Show the figures of a meeting or of a series over a fiscal year, or save the annual activity report.</source>
        <translation>Show the figures of a meeting or of a series over a fiscal year, or save the annual activity report.</translation>
    </message>
    <message>
        <source>The meeting to report on, by its id.</source>
        <translation>The meeting to report on, by its id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The series to report on (may be left out when there is only one).</source>
        <translation>The series to report on (may be left out when there is only one).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The fiscal year, April to March, named by its first year (2026, 令和8年度). Default: the current one.</source>
        <translation>The fiscal year, April to March, named by its first year (2026, 令和8年度). Default: the current one.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>The first day of a range (2026-04-01).</source>
        <translation>The first day of a range (2026-04-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The last day of a range (2027-03-31).</source>
        <translation>The last day of a range (2027-03-31).</translation>
    </message>
    <message>
        <source>Save the annual activity report to this file: .pdf (A4), .csv (for spreadsheets) or .json.</source>
        <translation>Save the annual activity report to this file: .pdf (A4), .csv (for spreadsheets) or .json.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>How to print the figures: table, csv or json. Default: table.</source>
        <translation>How to print the figures: table, csv or json. Default: table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write dates in the report with the Japanese era (令和).</source>
        <translation>Write dates in the report with the Japanese era (令和).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table, csv or json.</source>
        <translation>Unknown format &apos;%1&apos;; use table, csv or json.</translation>
    </message>
    <message>
        <source>--meeting reports on one meeting; it takes only --format.</source>
        <translation>--meeting reports on one meeting; it takes only --format.</translation>
    </message>
    <message>
        <source>Give either --fiscal-year or --from and --to, not both.</source>
        <translation>Give either --fiscal-year or --from and --to, not both.</translation>
    </message>
    <message>
        <source>A range needs both --from and --to.</source>
        <translation>A range needs both --from and --to.</translation>
    </message>
    <message>
        <source>Write dates as 2026-04-01.</source>
        <translation>Write dates as 2026-04-01.</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>The range ends before it begins.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the activity report of %1, %2, to %3 (%n meeting(s)).</source>
        <translation>
            <numerusform>Saved the activity report of %1, %2, to %3 (%n meeting).</numerusform>
            <numerusform>Saved the activity report of %1, %2, to %3 (%n meetings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not seen at the last %1 meetings</source>
        <translation>
            <numerusform>%n member not seen at the last %1 meetings</numerusform>
            <numerusform>%n members not seen at the last %1 meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>A first-timer came back when they came to one of the next this many meetings. Default: 3.</source>
        <translation>A first-timer came back when they came to one of the next this many meetings. Default: 3.</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>List as not seen lately the members who came to none of the period&apos;s last this many meetings. Default: 3.</source>
        <translation>List as not seen lately the members who came to none of the period&apos;s last this many meetings. Default: 3.</translation>
    </message>
    <message>
        <source>--%1 takes a number of meetings from 1 to 99, not &apos;%2&apos;.</source>
        <translation>--%1 takes a number of meetings from 1 to 99, not &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::RosterOutput</name>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A member who referred someone: &quot;12 佐藤 花子&quot; (id and name)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>Family name reading</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>Given name reading</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation>Medical association</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation>On shared rosters</translation>
    </message>
    <message>
        <source>May be e-mailed</source>
        <translation>May be e-mailed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesAddCommand</name>
    <message>
        <source>Add a meeting series (--name is required) and print its id.</source>
        <translation>Add a meeting series (--name is required) and print its id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation>&apos;%1&apos; takes no arguments; give the fields as options.</translation>
    </message>
    <message>
        <source>Give the series&apos; name with --name.</source>
        <translation>Give the series&apos; name with --name.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesArguments</name>
    <message>
        <source>The series&apos; name, such as みなと坂医介連.</source>
        <translation>The series&apos; name, such as みなと坂医介連.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The number its first meeting in Renkei takes (第N回), for a network that met before. Default: 1.</source>
        <translation>The number its first meeting in Renkei takes (第N回), for a network that met before. Default: 1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The usual venue.</source>
        <translation>The usual venue.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The usual venue&apos;s address.</source>
        <translation>The usual venue&apos;s address.</translation>
    </message>
    <message>
        <source>The usual start time.</source>
        <translation>The usual start time.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>The usual end time.</source>
        <translation>The usual end time.</translation>
    </message>
    <message>
        <source>The usual fee in yen.</source>
        <translation>The usual fee in yen.</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>The usual number of places (0: no limit).</source>
        <translation>The usual number of places (0: no limit).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Notes about the series.</source>
        <translation>Notes about the series.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as 19:00.</source>
        <translation>&apos;%1&apos; is not a time; write it as 19:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>&apos;%1&apos; is not a whole number.</translation>
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
        <translation>Change a meeting series: its name, its first meeting&apos;s number or its usual venue, times, fee and places. Meetings already planned keep theirs.</translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation>The series&apos; id (as &apos;series list&apos; shows it) or name.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation>&apos;%1&apos; takes one series, by id or name.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>Nothing to change: give the fields to change as options.</translation>
    </message>
    <message>
        <source>Saved series %1: %2.</source>
        <translation>Saved series %1: %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesListCommand</name>
    <message>
        <source>List the meeting series with their usual venue, times, fee and number of meetings.</source>
        <translation>List the meeting series with their usual venue, times, fee and number of meetings.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>&apos;%1&apos; takes no arguments.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation>Unknown format &apos;%1&apos;; use table or csv.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From No.</source>
        <translation>From No.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesRemoveCommand</name>
    <message>
        <source>Delete a meeting series that has no meetings.</source>
        <translation>Delete a meeting series that has no meetings.</translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation>The series&apos; id (as &apos;series list&apos; shows it) or name.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation>&apos;%1&apos; takes one series, by id or name.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <extracomment>%1 the series&apos; name, %2 why it was not deleted</extracomment>
        <translation>%1 was not deleted: %2</translation>
    </message>
    <message>
        <source>Deleted series %1: %2.</source>
        <translation>Deleted series %1: %2.</translation>
    </message>
</context>
<context>
    <name>renkei::cli::SheetCommand</name>
    <message>
        <source>Write a meeting&apos;s sign-in sheet (出席簿) as an A4 PDF.</source>
        <translation>Write a meeting&apos;s sign-in sheet (出席簿) as an A4 PDF.</translation>
    </message>
    <message>
        <source>The order: %1. Default: the series&apos; saved order, else kana.</source>
        <translation>The order: %1. Default: the series&apos; saved order, else kana.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Empty rows at the end, for walk-ins. Default: the series&apos; saved number, else 5.</source>
        <translation>Empty rows at the end, for walk-ins. Default: the series&apos; saved number, else 5.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The columns after No. and the name, in order, separated by commas: %1. Default: the series&apos; saved columns, else %2.</source>
        <translation>The columns after No. and the name, in order, separated by commas: %1. Default: the series&apos; saved columns, else %2.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Keep the columns, order and blank rows as the series&apos; layout.</source>
        <translation>Keep the columns, order and blank rows as the series&apos; layout.</translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation>Unknown order &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to %1.</source>
        <translation>--blank-rows takes a number from 0 to %1.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in sheet lists %n person(s).</source>
        <translation>
            <numerusform>The sign-in sheet lists %n person.</numerusform>
            <numerusform>The sign-in sheet lists %n people.</numerusform>
        </translation>
    </message>
</context>
</TS>
