<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>Tables an activity&apos;s save can change (a decision&apos;s action, a suggestion&apos;s dismissal). ``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished">П&amp;римечания</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Люди</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translation type="unfinished">Категория (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished">(без категории)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье в порядке.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Версия схемы: %1 (текущая: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строк в %1: %2</translation>
    </message>
    <message>
        <source>Drive: local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Пример досье %1 записан: %n человек.</numerusform>
            <numerusform>Пример досье %1 записан: %n человека.</numerusform>
            <numerusform>Пример досье %1 записан: %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ошибка:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished">(без организации)</translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed), new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of women among all representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of women among titular members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translation type="unfinished">Категория (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished">Представители</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Государство</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось выполнить последнее действие: %1

Всё, что было сохранено до него, надёжно хранится в досье.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF, to print (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished">П&amp;ол</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished">Приглашён</translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories were guessed from the names. Check them: double-click a category, or select it and press F2, to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translation type="unfinished">(без категории)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``backups.Reason.RESTORE``) each have their own entry.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Член</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заместитель</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Полноправный член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отсутствует в этом государстве</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>должен</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>следует</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>может</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>возможность</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Средний приоритет</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Более низкий приоритет</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translation type="unfinished">Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Примечания</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other national source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть &amp;недавнее</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Новое досье…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Открыть досье…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Предыдущий раздел</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;О программе NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье не открыто. Создайте его командой Файл &gt; Новое досье или откройте командой Файл &gt; Открыть досье.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новое досье</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть досье</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление отменено.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>О программе NCM Desktop</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Помогает создать национальный координационный механизм по контролю над стрелковым оружием и легкими вооружениями и организовать его работу в соответствии со стандартом ООН MOSAIC 03.40.

Работает автономно: никогда не открывает сетевых соединений.</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(нет недавних досье)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено: %1. Нажмите Ctrl+Z, чтобы отменить.</translation>
    </message>
    <message>
        <source>NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <extracomment>Problems reported to the user, in order; without ``interactive`` (the smoke test) they are only collected here, never shown in a dialog that would wait. Open the set-up assistant by itself on a new dossier (off in smoke tests and in tests that do not ask for it). Says when the dossier is read-only, on a removable or network drive, or could not be written back: never silently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — NCM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл открытого досье</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье NCM Desktop (*.ncm)</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished">&amp;Эл. почта</translation>
    </message>
    <message>
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far from balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус участия</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Date of the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поле «%1» не может быть пустым.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» — это не адрес электронной почты (ожидается имя@example.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» — это не номер телефона (цифры, пробелы, +, - и скобки; от 6 до 20 цифр).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поле «%1» слишком длинное: не более %3 символов.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» не входит в число допустимых значений.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: дата %2 ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Значение «%1» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» — это не число.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать или записать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По адресу %1 досье нет. Возможно, его переместили, переименовали или удалили либо извлекли USB-накопитель.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — пустой файл, а не досье. Откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 не является досье NCM Desktop. В нём ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 записан более новой версией NCM Desktop. Установите эту версию, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 повреждён (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Невозможно записать %1: файл или его папка доступны только для чтения. Выберите другую папку или скопируйте досье на этот компьютер.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, not present</source>
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
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Emitted when the user changes a category.</extracomment>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Люди</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translation type="unfinished">Категория (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Аббревиатура</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Категория (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Статус участия</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;римечания</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Министерства, государственные органы, гражданское общество, промышленность и международные органы, входящие в механизм, — каждый со своей категорией по пункту 7.4 и статусом участия.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск по названию, аббревиатуре или категории</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск организаций</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не записано ни одной организации. Добавьте первую кнопкой «Добавить организацию» (клавиша Insert).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Добавить организацию</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить %1 и %n представителя? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить %1 и %n представителей? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить %1 и %n представителей? Это можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить %n организацию</numerusform>
            <numerusform>Удалить %n организации</numerusform>
            <numerusform>Удалить %n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить эти организации (%1) и %n представителя? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить эти организации (%1) и %n представителей? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить эти организации (%1) и %n представителей? Это можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Найдено: %1 из %n организации</numerusform>
            <numerusform>Найдено: %1 из %n организаций</numerusform>
            <numerusform>Найдено: %1 из %n организаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категория (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус участия</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <extracomment>The shortest passphrase accepted: long enough to resist guessing offline.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished">Приглашён</translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Люди</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители организаций-членов (7.4), основные и заместители. Их пол записывается, чтобы гендерный баланс (7.4.1) измерялся, а не предполагался.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск по имени, организации, должности или эл. почте</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока никто не записан. Добавьте первого представителя кнопкой «Добавить человека» (клавиша Insert).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Добавить человека</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить %1 из досье? Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить %n человека</numerusform>
            <numerusform>Удалить %n человек</numerusform>
            <numerusform>Удалить %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить из досье %n человека? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить из досье %n человек? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить из досье %n человек? Это можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Найдено: %1 из %n человека</numerusform>
            <numerusform>Найдено: %1 из %n человек</numerusform>
            <numerusform>Найдено: %1 из %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(без организации)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>imya@ministerstvo.gov</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Полное имя</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;ол</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По&amp;лномочия с</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;римечания</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Поиск людей</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Люди</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSAIC 03.40, %1: %2</source>
        <extracomment>Parameters put into a sentence with a small first letter (&quot;the ministry responsible for health&quot;), in the languages that have capitals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>National Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Composition of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished">Представители</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titular members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записывается вместе с вашими изменениями, чтобы коллеги, работающие с тем же досье, знали, кто что изменил.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ваше &amp;имя</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Проблема</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Примечания</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished">Представители</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sex of %n representative(s) is not recorded; they are counted in the totals.</source>
        <extracomment>Which standings the composition table counts, in order.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant records, in five steps, what a mechanism that follows the standard is built on:

1. the State, the mechanism&apos;s name and its legal basis (7.1);
2. the international and regional instruments the State has joined (clause 4);
3. the National Authority (clause 5);
4. the National Points of Contact (clause 6);
5. the composition: who represents each ministry, body and partner (7.4).

Every change is saved as you make it. You can leave at any time and come back later with Tools &gt; Set-up assistant: it resumes where you stopped. Every step is also a page of the main window, and the Readiness page then shows what remains to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
