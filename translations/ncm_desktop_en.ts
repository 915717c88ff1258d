<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translation>The dossier is sound.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translation>Schema revision: %1 (current: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translation>Rows in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translation>
            <numerusform>Wrote the sample dossier %1 with %n person.</numerusform>
            <numerusform>Wrote the sample dossier %1 with %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translation>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Alternate</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translation>Not present in this State</translation>
    </message>
    <message>
        <source>shall</source>
        <translation>shall</translation>
    </message>
    <message>
        <source>should</source>
        <translation>should</translation>
    </message>
    <message>
        <source>may</source>
        <translation>may</translation>
    </message>
    <message>
        <source>can</source>
        <translation>can</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>High priority</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Medium priority</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translation>Lower priority</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translation>&amp;Open dossier…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translation>&amp;About NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translation>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>A copy was saved as %1</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translation>The delete was undone.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translation>About NCM Desktop</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translation>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translation>(no recent dossier)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translation>Done: %1. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>NCM Desktop</source>
        <translation>NCM Desktop</translation>
    </message>
    <message>
        <source>%1 — NCM Desktop</source>
        <translation>%1 — NCM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translation>The open dossier file</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translation>NCM Desktop dossiers (*.ncm)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translation>%1: “%2” is not an email address (expected name@example.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translation>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translation>%1 is too long: at most %3 characters.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translation>%1: “%2” is not one of the allowed values.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translation>%1: the date %2 is in the future.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 must not be negative.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translation>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translation>%1 is an empty file, not a dossier. Open a backup instead.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translation>%1 is not an NCM Desktop dossier. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translation>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Acronym</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translation>&amp;Category (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Membership</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translation>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translation>Search by name, acronym or category</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translation>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Add organisation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 and its %n representative? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %1 and its %n representatives? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete these %1 organisations and their %n representative? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete these %1 organisations and their %n representatives? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translation>
            <numerusform>%1 of %n organisation matches the search</numerusform>
            <numerusform>%1 of %n organisations match the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translation>Category (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translation>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translation>Search by name, organisation, title or email</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translation>No one is recorded yet. Add the first representative with “Add person” (Insert key).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1 from the dossier? You can undo this with Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete this %n person from the dossier? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translation>
            <numerusform>%1 of %n person matches the search</numerusform>
            <numerusform>%1 of %n people match the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translation>e.g. +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translation>name@ministry.gov</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translation>&amp;Title or position</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translation>&amp;Mandate since</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Same as the system (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translation>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Language of the interface</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
</TS>
