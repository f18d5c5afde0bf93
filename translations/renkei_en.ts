<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Roster, meetings and attendance for a care network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (*.renkei).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ActivityReport</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the report as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as .pdf, .csv or .json, not .%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaBuilder</name>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier meeting to copy the agenda from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Its Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaDocument</name>
    <message>
        <source>A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save the agenda as HTML instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as .pdf, .html or .txt, not .%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItem</name>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaItemDelegate</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member, or any name (a guest speaker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AgendaTemplate</name>
    <message>
        <source>Choose another meeting&apos;s agenda to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 has no agenda to copy.</source>
        <translation type="unfinished"></translation>
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
    <name>renkei::AnnouncementDialog</name>
    <message>
        <source>Announcement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by replying to the message; or a form&apos;s address, an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AreaDialog</name>
    <message>
        <source>New Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: this is a ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the network&apos;s &amp;own area (区内)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AreaRepository</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>A zone shown with its ward: &quot;豊島区 / 池袋圏域&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area cannot lie within itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward this zone belongs to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone belongs to a ward, not to another zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ward has zones, so it cannot become a zone itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an area named “%1” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting uses of an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area is used by %1 members, organisations or zones; hide it or merge it into another instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has zones; merge it into a ward, not into a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area cannot be merged into one of its own zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing a merge of areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AreasEditor</name>
    <message>
        <source>&amp;Add Ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Attendance</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCertificates</name>
    <message>
        <source>No one is recorded as having attended this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is not recorded as having attended this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be printed: the printer or file did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that the person named above attended the following meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Time and length on a certificate of attendance; Japanese: %1（%2時間）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The serial number of a certificate: meeting number and person; Japanese: 第%1号</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>certificate name</comment>
        <extracomment>The attendee&apos;s name on a certificate; Japanese adds the honorific: %1 様</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one to make a certificate for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — certificates of attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceCsvDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Choose UTF-8 to keep every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A meeting&apos;s column: its number (第12回) and date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone attended</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the meetings that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who came to the meetings that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who had come before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceGrid</name>
    <message>
        <source>%1 — attendance in %2</source>
        <extracomment>Title of the attendance grid; %1 the series, %2 the fiscal year. Japanese: %1 %2 出席一覧</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance grid could not be printed: the printer or file did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ attended</source>
        <extracomment>The attendance grid&apos;s legend; Japanese: ✓ 出席</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <extracomment>A guest&apos;s name on the attendance grid; Japanese: %1（ゲスト）</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendancePanel</name>
    <message>
        <source>&amp;Reception...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in screen for the reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record from &amp;Paper...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Guest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;Sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member: type a few letters of the name or reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest becomes a member, keeping the meetings they came to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges for the people chosen, or for everyone registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of attendance for the people chosen, or for everyone who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places taken · %3 waiting · %4 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered (no limit) · %2 waiting · %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered as a guest.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is a member now; %n meeting(s) they came to as a guest are in their history.</source>
        <translation>
            <numerusform>%1 is a member now; %n meeting they came to as a guest is in their history.</numerusform>
            <numerusform>%1 is a member now; %n meetings they came to as a guest are in their history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Name Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_badges.pdf</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_certificates.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation>
            <numerusform>Saved %n certificate to %1.</numerusform>
            <numerusform>Saved %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gri&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;List of This Meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of the Fiscal Year...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up from the Waiting List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places are free while people wait: give them the places, first come first served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance grid of %1 for %2: everyone who came × the year&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Matrix of %1 (%2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one moved up: the meeting has taken place, or is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are chosen by member: for a guest, choose no one and print them for everyone who came. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the people chosen is recorded as having attended this meeting, so there is no certificate to print. Choose no one to print them for everyone who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Attendance Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_%2_attendance_grid.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Attendance List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_attendance.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Attendance Matrix of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1_%2_attendance_matrix.csv</source>
        <translation type="unfinished"></translation>
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
    <name>renkei::AttendanceRepository</name>
    <message>
        <source>reading the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a member&apos;s attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attendance record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is already on the meeting&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding to the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing from the attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendanceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeOrder</name>
    <message>
        <source>By reading (五十音)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::AttendeeRepository</name>
    <message>
        <source>reading the meeting&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the guests&apos; attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing the members to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::BulkWrite</name>
    <message>
        <source>reading the indexes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the index %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDesk</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profession given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::CheckInDialog</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name or its reading, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays for the &amp;social gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in Guest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered — Enter lets them in as a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;%2
%3 — %4</source>
        <extracomment>A person found at the reception desk: name, reading; then profession and organisation, and status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already here (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — walk-in, %2</source>
        <extracomment>At the reception desk, after Enter: who was checked in and when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — walk-in guest, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1 of %2</source>
        <extracomment>The reception desk&apos;s running total</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDay</name>
    <message>
        <source>%1, every year</source>
        <extracomment>A closed day that comes back every year; Japanese: 毎年 %1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, every year</source>
        <extracomment>Closed days that come back every year; Japanese: 毎年 %1〜%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of closed days; Japanese: %1〜%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDayRepository</name>
    <message>
        <source>reading the closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no closed day with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the closed days a name, such as Obon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first closed day is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last closed day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of closed days can be a year long at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a closed day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ClosedDaysDialog</name>
    <message>
        <source>Closed Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings are not planned on these days, as on public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as Obon, or the hall&apos;s closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::CsvReader</name>
    <message>
        <source>The quoted field that starts here is never closed: a quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s “Unicode text”); save it as “CSV UTF-8” or “CSV” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that starts on this line is longer than %1 bytes; a quote is probably never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes %1 are not valid %2 text; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line holds bytes that are not valid %1 text; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::CsvSaveFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::CsvWriter</name>
    <message>
        <source>Record %1 has a character that cannot be written in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Database</name>
    <message>
        <source>This is a folder, not a Renkei database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; choose a new name for a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Renkei database (it is not an SQLite database). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged and cannot be read (%1). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file was not made by Renkei. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Renkei (schema %1; this version reads up to %2). Please update Renkei. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the file as a Renkei database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed while %1: %2</source>
        <extracomment>%1 is what was being done (e.g. &quot;saving a member&quot;), %2 the database&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::DemoNetwork</name>
    <message>
        <source>This database already has members (%1); the demo network only goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has areas or meetings; the demo network only goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network needs a valid reference date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::DocumentFile</name>
    <message>
        <source>This is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::EntryListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this entry in lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this entry for the members who have it, but stop offering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: hide it or merge it into another instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Error</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ExportDialog</name>
    <message>
        <source>Export the Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members the list shows (its search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members who are not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared roster: only members who agreed to appear on one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. Choose UTF-8 to keep every character.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no form for the characters below. They can be written with a look-alike (〜 as ～, 𠮷 as 吉) or 〓; choose UTF-8 instead to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace and Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared roster also leaves blank the e-mail address of members who have not agreed to be e-mailed, and the notes. Untick for the organiser&apos;s own copy, which holds everyone, whole.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A fiscal year (April to March) by the year it begins in; Japanese: %1年度</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::GuestConversion</name>
    <message>
        <source>This attendance is a member&apos;s, not a guest&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::GuestDialog</name>
    <message>
        <source>Family name, a space, given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kana, e.g. やまだ はなこ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::GuestToMemberDialog</name>
    <message>
        <source>Make the Guest a Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (family, given):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading (family, given):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting this person came to as a guest becomes part of the new member&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::HtmlPdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the names below read correctly; if not, choose the encoding by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, as found in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, the likelier guess: the file is not valid in any encoding. Check the names below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renkei recognised the usual headers. Choose what each column holds, or “Not imported”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in Excel.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows look like members Renkei has (or earlier rows of the file). Skip keeps the member as they are; Update writes the file&apos;s columns over theirs; Add makes another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For every row below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names these, and Renkei does not have them yet. Create each, or choose the entry it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::InviteDialog</name>
    <message>
        <source>Invite Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the area only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those who came to one of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register them at once (a full meeting puts the rest on the waiting list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who match every choice below; none ticked in a list means any.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Renkei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renkei databases (*.renkei);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Renkei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Renkei %1&lt;/h3&gt;&lt;p&gt;For organisers of regional multi-professional care networks: the roster of members, meetings, attendance and reports, in one file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Meeting</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>The ordinal of a meeting in its series; Japanese: 第%1回</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingEditor</name>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The editor&apos;s title: series and meeting number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes or minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no meeting should fall on it.</source>
        <extracomment>Next to a meeting&apos;s date that is a holiday or closed day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social &amp;gathering (懇親会)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingPlanner</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of a year, e.g. &quot;June 2026&quot;; Japanese: %2年%1 (2026年6月)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to %3, outside the planned range.</source>
        <extracomment>%1 the rule&apos;s date, %2 the holiday or closed day, %3 the new date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the next business day.</source>
        <extracomment>Japanese: %1（%2）のため翌営業日に変更</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 (%2) to the previous business day.</source>
        <extracomment>Japanese: %1（%2）のため前営業日に変更</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: %1 is %2.</source>
        <extracomment>%1 a date, %2 a holiday&apos;s name; Japanese: %1は%2のため休み</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: %1 has no %2 %3.</source>
        <extracomment>%1 a month, %2 the ordinal week, %3 the weekday; Japanese: %1には%2%3がないため休み</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: %1 (%2) would move onto a date the plan already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: there is no business day within two weeks of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) becomes %3</source>
        <extracomment>A meeting whose number changes, e.g. &quot;No. 42 (8/11/26) becomes No. 41&quot;</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fiscal year to plan.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 belongs to another series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has been held; the rhythm can only change from a meeting that has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, after the end of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan runs to the end of %1, where the last meeting it replaces is (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2, outside %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays are only known from %1 to %2; check the dates of %3 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule gives no meeting from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings changed since the preview; preview the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingReport</name>
    <message>
        <source>Guests (no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still registered (not marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the social gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees collected (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no meeting number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must belong to an existing series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series already has a meeting number %1 (on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people attended this meeting; mark it cancelled instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title or a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item lasts between 0 and 1440 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter is not a member; write their name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingTableModel</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A meeting&apos;s time range: start–end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MeetingsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a Year...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Agenda as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnouncement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renumber...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 held</source>
        <translation>
            <numerusform>%n meeting, %1 held</numerusform>
            <numerusform>%n meetings, %1 held</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting numbers no longer follow the dates. Renumbering would change: %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the agenda to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the meetings of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Series...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it Series...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Series...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Japanese era dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas saved as PDF, web page or text give their dates in the Japanese era (令和8年1月13日).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting series yet: start with &lt;a href=&quot;new-series&quot;&gt;New Series...&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the series %1. Plan its meetings with Plan a Year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting series %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no meetings. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the series %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberAttendanceModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● came, × absent, △ cancelled, · not signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting by meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberEditor</name>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3 — &lt;i&gt;%4&lt;/i&gt;</source>
        <extracomment>A possible duplicate: &quot;&lt;b&gt;山田 太郎&lt;/b&gt; (やまだ たろう) — 医師, … — same e-mail address&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation that is not in the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical associat&amp;ion member (医師会)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear on shared &amp;rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters given to other members and partner organisations list only the members who agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be &amp;contacted by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied e-mail addresses include only the members who agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose an organisation, or add it with New….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member from the list that drops down, or leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This may be someone already on the roster:&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Check before saving: choose Save Anyway to save, or Cancel and edit the existing member instead.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberFilterBar</name>
    <message>
        <source>Search by name, reading, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In or out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profession in the filter list with how many members it shows: &quot;Nurse (12)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professions: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professions: %1</source>
        <extracomment>%1 the professions chosen, &quot;Nurse, Pharmacist&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberPicker</name>
    <message>
        <source>Type a name or reading to choose a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member offered in a drop-down: name, reading and organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [archived]</source>
        <extracomment>A member offered in a drop-down who is archived</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberRepository</name>
    <message>
        <source>counting the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading “%1” must be written in kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen profession does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot have referred themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who referred them does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for members who may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates reasons in a list: &quot;same name and reading, same phone number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the members&apos; search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a member&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has attended, presented or referred others; archive them instead, so that their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MemberTableModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MembersView</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen member (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen members off the active roster, keeping their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the chosen archived members back to the active roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a member who has no history (entered by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E-&amp;mail Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the addresses of the members shown who may be e-mailed, for the BCC line of one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Fax List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax-list.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fax numbers of the members shown as a CSV file, one line a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Shared Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the members shown who agreed to appear on shared rosters as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster from a CSV file (as Excel saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster as a CSV file that Excel opens</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has attended meetings, presented or referred others, so they cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive them instead? Archived members keep their history and can be restored at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the roster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have no attendance, presentations or referrals. Edit ▸ Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MergeDialog</name>
    <message>
        <source>&amp;Merge “%1” into:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Migration</name>
    <message>
        <source>creating the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the default professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the planning tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the members&apos; search keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::NameBadges</name>
    <message>
        <source>Staff</source>
        <extracomment>Tag on a name badge; Japanese: スタッフ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <extracomment>Tag on a name badge; Japanese: 講師</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>Tag on a name badge; Japanese: ゲスト</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance record %1 is not on the list of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name badges could not be printed: the printer or file did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — name badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Organisation</name>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting-nurse station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-management office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community support centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationRepository</name>
    <message>
        <source>reading the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an organisation named “%1” in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is used by %1 members; hide it or merge it into another instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing a merge of organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::OrganisationsEditor</name>
    <message>
        <source>Find an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::PaperRecordingDialog</name>
    <message>
        <source>Record from the Sign-in Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who came, in the order of the paper sheet. Space ticks the row and moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member written on a blank row: type their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in &amp;Guest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the Rest &amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone still registered, not ticked as attended, did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the social gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: %1 of %2. Absent: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::PlanningDialog</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the Meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY</source>
        <extracomment>Before the year in the fiscal-year box; Japanese: (empty, with the suffix 年度)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2) on: a new rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed Days...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::PrintedOutput</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::PrintedPage</name>
    <message>
        <source>Printed documents can only be made by a program that loads fonts (the GUI, or renkei-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page number at the foot of printed documents: page %1 of %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Profession</name>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionDialog</name>
    <message>
        <source>New Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Japanese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionRepository</name>
    <message>
        <source>reading the professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profession with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profession named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Japanese name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profession named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordering the professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profession is used by %1 members or guests; hide it or merge it into another instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profession cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing a merge of professions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ProfessionsEditor</name>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Profession</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ReferenceList</name>
    <message>
        <source>looking up an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting uses of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::Registration</name>
    <message>
        <source>The attendance record belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ReportCharts</name>
    <message>
        <source>Attendance per meeting, by profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances by profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>A month under a chart&apos;s bar: 2026/4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ReportLabels</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A zone shown with its ward: &quot;豊島区 / 池袋圏域&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ReportPeriod</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates: &quot;2026/04/01 – 2026/09/30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ReportsView</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Activity Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual activity report for the ward: A4 PDF, CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per meeting on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers who came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Seen Lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions and Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range of dates ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series yet: plan a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by members, %2 by guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members and %2 guests (told apart by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 first-timers came to one of the next %n meeting(s)</source>
        <translation>
            <numerusform>%1 of %2 first-timers came to one of the next %n meeting</numerusform>
            <numerusform>%1 of %2 first-timers came to one of the next %n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings were held in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members who came during the period but to none of its last %n meeting(s), longest gone first: people to get in touch with.</source>
        <translation>
            <numerusform>Members who came during the period but to none of its last %n meeting, longest gone first: people to get in touch with.</numerusform>
            <numerusform>Members who came during the period but to none of its last %n meetings, longest gone first: people to get in touch with.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure of a meeting with its section: &quot;By profession: Nurse&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activity report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Activity Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen at any of the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-timer came &amp;back when at one of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::RosterEdits</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the profession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the area %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::RosterImport</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is headed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 both hold “%3”; leave one of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the members&apos; names: map one to the full name, or two to the family and given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name (column %1) and the family or given name cannot both be imported; leave one of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the readings of the names (furigana); every member needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full reading (column %1) and the family or given reading cannot both be imported; leave one of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one area is named “%1”; write it as “ward/zone”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profession named “%1”; create it or map it to one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation named “%1”; create it or map it to one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area named “%1”; create it or map it to one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more columns than the header (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-04-01 or 2024/4/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a member ID (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same reading and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRule</name>
    <message>
        <source>the last day</source>
        <extracomment>Japanese: 末日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A day of the month; Japanese: %1日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next business day</source>
        <extracomment>Japanese: 翌営業日に移す</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the previous business day</source>
        <extracomment>Japanese: 前営業日に移す</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip that meeting</source>
        <extracomment>Japanese: その回は休み</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 months would not fall in the same months each year; choose every 1, 2, 3, 4, 6 or 12 months, or twice a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month to start from only applies to meetings every 2 months or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a day: a week and a weekday (week=2;weekday=tue for the 2nd Tuesday), or a day of the month (day=15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either weeks with a weekday or days of the month, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week is 1 to 5 or last, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the month is 1 to 31 or last, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a month needs two different weeks or days, such as week=1,3 or day=10,25.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each part of a rule as name=value, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every= takes a number of months (1, 2, 3, 4, 6 or 12) or twice, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week= takes 1 to 5 or last (two for twice a month: 1,3), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday= takes mon, tue, wed, thu, fri, sat or sun, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day= takes a day from 1 to 31 or last (two for twice a month: 10,25), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month= takes a month from 1 to 12, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 19:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday= takes next, previous or skip, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not part of a rule; a rule is made of every, week, weekday, day, month, start, end and holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs every= (every=1 for monthly, every=2 for every other month, every=twice for twice a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week= needs a weekday= (week=2;weekday=tue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday= needs a week= (week=2 for the 2nd, week=last for the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>The first week of a month; Japanese: 第1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <extracomment>Japanese: 第2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <extracomment>Japanese: 第3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th</source>
        <extracomment>Japanese: 第4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th</source>
        <extracomment>Japanese: 第5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <extracomment>The last week of a month; Japanese: 最終</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a month</source>
        <extracomment>Japanese: 月2回</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <extracomment>Japanese: 毎月</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 2 months</source>
        <extracomment>Japanese: 隔月 (with a month: 隔月（%1から）)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 2 months from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 months</source>
        <extracomment>Japanese: %1か月ごと (with a month: %1か月ごと（%2から）)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 months from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <extracomment>The n-th weekday of a month, e.g. &quot;the 2nd Tuesday&quot;; Japanese: %1%2 (第2火曜日)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 and %2 %3</source>
        <extracomment>Two weeks of a month, e.g. &quot;the 1st and 3rd Wednesday&quot;; Japanese: %1・%2%3 (第1・第3水曜日)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two days of a month; Japanese: %1・%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; Japanese: %1〜%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>A start time without an end; Japanese: %1〜</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>How often and on which day, e.g. &quot;monthly on the 2nd Tuesday&quot;; Japanese: %1 %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <extracomment>How often, on which day and when, e.g. &quot;every 2 months on the 2nd Tuesday, 19:00–20:30&quot;; Japanese: %1 %2 %3 (隔月 第2火曜日 19:00〜20:30)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a holiday or closed day: the next business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは翌営業日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a holiday or closed day: the previous business day</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは前営業日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a holiday or closed day: no meeting</source>
        <extracomment>Japanese: 祝日・休業日に当たるときは休み</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::ScheduleRuleEditor</name>
    <message>
        <source>last day</source>
        <extracomment>A day-of-month box at 0; Japanese: 末日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 4 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing from the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting in %1, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a holiday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SeriesDialog</name>
    <message>
        <source>New Meeting Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as みなと坂医介連</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first meeting here is %1</source>
        <extracomment>Next to the number a series&apos; meetings start from; %1 is 第N回 / No. N</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a network that met before Renkei: the number its first meeting here takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual start and end time of a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yen</source>
        <extracomment>After an amount of money; Japanese: 円</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SeriesReport</name>
    <message>
        <source>reading the members who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the members over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period is not a valid range of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests (no area)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SeriesRepository</name>
    <message>
        <source>reading the meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting series with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting series named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first meeting&apos;s number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series has %1 meetings; only a series without meetings can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SettingsRepository</name>
    <message>
        <source>reading a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no identity; it was not brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SettingsView</name>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version of Renkei writes version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SharedRoster</name>
    <message>
        <source>The roster could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SheetOptionsDialog</name>
    <message>
        <source>Sign-in Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to print; drag them into the order you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep these options for every meeting of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns after No. and name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Sign-in Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheet</name>
    <message>
        <source>%1 — sign-in sheet</source>
        <extracomment>The sign-in sheet&apos;s title; %1 is the series and meeting number. Japanese: %1 出席簿</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1    Venue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in sheet could not be printed: the printer or file did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Heading of the sign-in sheet&apos;s reading column; Japanese: ふりがな</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>Heading of the column people sign in; Japanese: 署名</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social gathering</source>
        <extracomment>Heading of the tick-box column for staying to the social gathering; Japanese: 懇親会</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SignInSheetLayout</name>
    <message>
        <source>&apos;%1&apos; is not a column of the sign-in sheet; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::SqliteStatement</name>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::StartPage</name>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Renkei database is one file that holds your network&apos;s members, meetings and attendance. Create a new one, or open a file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (Windows, CP932)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::YesNo</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AgendaCommand</name>
    <message>
        <source>Write a meeting&apos;s agenda (次第) as .pdf, .html or .txt; or copy an earlier meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .pdf (A4), .html or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of this meeting&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First replace the meeting&apos;s agenda with a copy of the latest earlier meeting&apos;s of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the agenda in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --copy-from or --copy-previous, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier meeting of the series has an agenda to copy.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AnnounceCommand</name>
    <message>
        <source>Print a meeting&apos;s announcement (案内文) to paste into a group chat or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to reply by (default: a week before the meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reply: a form&apos;s address, an e-mail address... (default: by replying to the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the Japanese era (令和8年1月13日).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the announcement in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-01-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AreasListCommand</name>
    <message>
        <source>List the wards, each followed by its zones, with how many members and organisations are in each (a ward counts its zones&apos; too; archived members included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceArguments</name>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting with --meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf: the document is written as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes ids, whole numbers, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting takes the meeting&apos;s ID, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceInviteCommand</name>
    <message>
        <source>Invite a selection of members to a meeting: by profession, area, organisation or recent attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this profession (repeat, or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in this area; a ward includes its zones (repeat, or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this organisation (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who are active (the default), archived, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active|archived|all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: only members in the network&apos;s own area; no: only those outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: only members of the medical association (医師会); no: only others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members who came to at least one of the series&apos; last N meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register them at once instead of inviting them (a full meeting&apos;s waiting list applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members the selection names; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes active, archived or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recent takes a number of meetings, 1 or more.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses, separated by commas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order: %1. Default: kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A waitlisted person&apos;s status and place in line, e.g. &quot;Waitlisted (2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1 of %2 taken, %3 waiting. Attended: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1 taken (no limit), %2 waiting. Attended: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceMatrixCommand</name>
    <message>
        <source>Export members × the meetings of a series in a fiscal year (April to March) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year, by the year it begins in April (2025, FY2025, 2025年度, 令和7年度).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the series (--series) and the fiscal year (--fiscal-year).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendancePromoteCommand</name>
    <message>
        <source>Give a meeting&apos;s free places to those waiting, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one moved up: there is no free place, or no one is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::AttendanceSetCommand</name>
    <message>
        <source>Register, cancel or record one person at a meeting (status, role, social gathering, fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up from the waiting list — let them know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id; a member not on the list is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance record&apos;s id (as &apos;attendance list&apos; shows it), for a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays for the social gathering: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has paid the fee: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came unannounced: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register even when the meeting is full, instead of the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --member or --attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attendance takes the record&apos;s id, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance record %1 belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--member takes the member&apos;s id, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is full: %1 is on the waiting list, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on the waiting list, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>One person&apos;s new status, e.g. &quot;山田 太郎: Registered.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::BadgesCommand</name>
    <message>
        <source>Write name badges (名札) for a meeting as an A4 PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this member&apos;s badge (repeat, or separate ids with commas). Default: everyone registered or there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank badges to add, for walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards across a page (1–4). Default: 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards down a page (1–8). Default: 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank takes a number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns takes 1 to 4 and --rows 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is not on the list of meeting %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this member&apos;s certificate (repeat, or separate ids with commas). Default: everyone who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who certifies, e.g. the network and its representative. Default: the series&apos; name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of issue (2026-04-14). Default: the meeting&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-14.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $RENKEI_DB, or the one the Renkei window opens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::CliContext</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysAddCommand</name>
    <message>
        <source>Add closed days: one day, a range, or a range every year (--yearly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are, such as お盆.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first closed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last closed day (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same days every year (the year of --from and --to is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first closed day with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-08-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added closed days %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysChangeCommand</name>
    <message>
        <source>Delete closed days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use closed days again when planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed days but stop using them when planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed days&apos; id, as &apos;closed-days list&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ClosedDaysListCommand</name>
    <message>
        <source>List the organiser&apos;s closed days (the year-end break, Obon, a venue&apos;s closed days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandGroup</name>
    <message>
        <source>Usage: %1 &lt;subcommand&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;subcommand&gt; --help&apos; for a subcommand&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcommand of &apos;%2&apos;; try %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::CommandLine</name>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renkei on the command line: the members, meetings and attendance of a regional care network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the organisations members work at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the list of professions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the wards and zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the attendance of meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, list, show and change the meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organiser&apos;s closed days, avoided like holidays when planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. The commands are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, change and delete the meeting series (the runs of 第N回).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::DemoCommand</name>
    <message>
        <source>Fill a new database with a fictitious network to try Renkei with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another variation of the same story (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled %1 with the demo network: %2 members, %3 meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ExportEncodingOptions</name>
    <message>
        <source>utf-8-bom (what Excel recognises), utf-8 or shift_jis (default: utf-8-bom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to replacing characters Shift_JIS cannot hold with look-alikes (〜 with ～, 𠮷 with 吉) or 〓. Without it such an export is refused and the values listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use utf-8-bom, utf-8 or shift_jis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: “%3” has %4; it would be written “%5”.</source>
        <extracomment>%1 who, %2 the column, %3 the value, %4 the characters, %5 the value as it would be written</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; name (may be left out when there is only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year, April to March: 2026, FY2026, 2026年度 or 令和8年度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rows for newcomers. Default: 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: %1. People: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::HolidaysCommand</name>
    <message>
        <source>List Japan&apos;s public holidays in a range (and the organiser&apos;s closed days with --closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: 1 January of this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (default: 31 December of the first day&apos;s year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the organiser&apos;s closed days (from the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays are known from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ICalCommand</name>
    <message>
        <source>Write the meetings as a calendar file (.ics) to import into a calendar; importing it again updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this fiscal year&apos;s meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write summaries and descriptions in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingArguments</name>
    <message>
        <source>The database has no meeting series yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the series with --series: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is given by its id (a number, as &apos;meetings list&apos; shows), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and its weekday in the command line&apos;s lists; Japanese: %1（%2）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Japanese: %1〜</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>Japanese: %1〜%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsEditCommand</name>
    <message>
        <source>Change a meeting by hand: its date, times, venue, fee, status and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee in yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, held or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social gathering&apos;s venue (turns it on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social gathering&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social gathering&apos;s fee in yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social gathering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not take &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 %2: %3 %4.</source>
        <extracomment>e.g. &quot;Saved みなと坂医介連 No. 46: 2026-10-20 (Tue) 19:00–20:30.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the numbers no longer follow the dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 meetings renumber --series &quot;%2&quot;&apos; to renumber them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsListCommand</name>
    <message>
        <source>List the meetings by date, of a series or a fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this series&apos; meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the meetings of this fiscal year (April to March).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or csv. Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsPlanCommand</name>
    <message>
        <source>Plan a fiscal year of meetings from a schedule rule (preview with --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year to plan, by the year it begins in (2027: April 2027 to March 2028).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule rule, written as above (default: the series&apos; saved rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rhythm from this meeting of the series on (its number, 第N回): later planned meetings take the new dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dates without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the rule with the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fiscal year to plan with --fiscal-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a meeting&apos;s number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved schedule rule; give one with --rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The heading of a plan: series, fiscal year, the rule in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be removed: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1, %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MeetingsRenumberCommand</name>
    <message>
        <source>Put a series&apos; meeting numbers back in date order (preview with --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes without writing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of %1 already follow the dates.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as &apos;meetings list&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one meeting id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <extracomment>Series, meeting number, id; e.g. &quot;みなと坂医介連 No. 46 (id 16)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name, family name first (&quot;山田 太郎&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the full name in kana (&quot;やまだ たろう&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the family name, in kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the given name, in kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profession, by name (Japanese or English) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area, by name (&quot;ward/zone&quot; when a zone&apos;s name is not unique) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number (03-1234-5678, with or without hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the member who brought them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they joined (2026-04-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the medical association (医師会): yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear on rosters shared with other members: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted by e-mail: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a member&apos;s id; find it with &apos;members find&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one option: &quot;--email: “x” does not look like an e-mail address.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersAddCommand</name>
    <message>
        <source>Add a member. Someone who looks like an existing member (same name and reading, e-mail or phone) is refused unless --allow-duplicate is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the member even when they look like an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (member %2) may be the same person: %3.</source>
        <extracomment>%1 a member&apos;s name, %2 their id, %3 why they look alike (&quot;same e-mail address&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added. Add them anyway with --allow-duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as member %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersArchiveCommand</name>
    <message>
        <source>Archive a member: off the active roster, their history kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived member to the active roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (member %2) was already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 (member %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (member %2) is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (member %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersEditCommand</name>
    <message>
        <source>Change the fields given of one member; the others stay as they are. An empty value clears a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id, then the fields to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one field to change, such as --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (member %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersExportCommand</name>
    <message>
        <source>Export the roster as CSV that Excel opens (UTF-8 with BOM, UTF-8 or Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns, in order, separated by commas (default: %1). Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a,b,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of this profession; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members in this area (a ward includes its zones); may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members whose name, reading or e-mail address holds this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the members who have not agreed to appear on shared rosters (for the organiser&apos;s own use). Without it the roster holds only those who agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns names no column.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of this profession (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members in this zone, or in this whole ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members in the network&apos;s own area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only archived members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for (several words are one text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --all or --archived, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --in-area or --out-of-area, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersImportCommand</name>
    <message>
        <source>Import a roster (CSV, as Excel saves it): every row or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, utf-8 or shift_jis (default: auto, found from the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the column headed HEADER as FIELD (or leave it out with HEADER=-); may be given more than once. Fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a row that is a member already there: skip, update or add (default: skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and say what would happen, writing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the professions, organisations and areas the file names and the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take NAME in the file&apos;s LIST column (profession, organisation or area) as the existing entry EXISTING; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST:NAME=EXISTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the duplicates found and the entries created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use auto, utf-8 or shift_jis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;; use skip, update or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map-value takes LIST:NAME=EXISTING with LIST profession, organisation or area, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 has the %3 as member %4 (ID %5): %6</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersListCommand</name>
    <message>
        <source>List the members in order of their readings (五十音).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only archived members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --all or --archived, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::MembersShowCommand</name>
    <message>
        <source>Show every field of one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id, as the lists show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one member&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::OrganisationsListCommand</name>
    <message>
        <source>List the organisations by name, with how many members work at each (archived members included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ProfessionsListCommand</name>
    <message>
        <source>List the professions in display order, with how many members use each (archived members included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReferenceListCommand</name>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::ReportCommand</name>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n first-timer(s); %1 of %2 came back within %3 meetings</source>
        <translation>
            <numerusform>%n first-timer; %1 of %2 came back within %3 meetings</numerusform>
            <numerusform>%n first-timers; %1 of %2 came back within %3 meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of a meeting or of a series over a fiscal year, or save the annual activity report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting to report on, by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series to report on (may be left out when there is only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year, April to March, named by its first year (2026, 令和8年度). Default: the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of a range (2026-04-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of a range (2027-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annual activity report to this file: .pdf (A4), .csv (for spreadsheets) or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to print the figures: table, csv or json. Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates in the report with the Japanese era (令和).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting reports on one meeting; it takes only --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --fiscal-year or --from and --to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs both --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as not seen lately the members who came to none of the period&apos;s last this many meetings. Default: 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of meetings from 1 to 99, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::RosterOutput</name>
    <message>
        <source>table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A member who referred someone: &quot;12 佐藤 花子&quot; (id and name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shared rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be e-mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A zone shown with its ward: &quot;豊島区 / 池袋圏域&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesAddCommand</name>
    <message>
        <source>Add a meeting series (--name is required) and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments; give the fields as options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the series&apos; name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesArguments</name>
    <message>
        <source>The series&apos; name, such as みなと坂医介連.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number its first meeting in Renkei takes (第N回), for a network that met before. Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual venue&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual fee in yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual number of places (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as 19:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one option: &quot;--start: &apos;25:00&apos; is not a time; write it as 19:00.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesEditCommand</name>
    <message>
        <source>Change a meeting series: its name, its first meeting&apos;s number or its usual venue, times, fee and places. Meetings already planned keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved series %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesListCommand</name>
    <message>
        <source>List the meeting series with their usual venue, times, fee and number of meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SeriesRemoveCommand</name>
    <message>
        <source>Delete a meeting series that has no meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; id (as &apos;series list&apos; shows it) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one series, by id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <extracomment>%1 the series&apos; name, %2 why it was not deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted series %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>renkei::cli::SheetCommand</name>
    <message>
        <source>Write a meeting&apos;s sign-in sheet (出席簿) as an A4 PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order: %1. Default: the series&apos; saved order, else kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rows at the end, for walk-ins. Default: the series&apos; saved number, else 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns after No. and the name, in order, separated by commas: %1. Default: the series&apos; saved columns, else %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the columns, order and blank rows as the series&apos; layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank-rows takes a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
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
