<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translation>Edit follow-up action</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation>Add a follow-up action</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation>(no lead yet)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Lead organisation</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translation>Lead and partners</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>No cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translation>Cost and funding</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translation>Indicator and means of verification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation>Estimated costs</translation>
    </message>
    <message>
        <source>By objective</source>
        <translation>By objective</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translation>By lead organisation</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>By funding source</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translation>Not funded yet</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translation>Funded (national budget or donor)</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translation>Costs by objective in %1, funded and not funded yet</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translation>Timeline by quarter</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translation>Points to settle before adoption</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>No lead</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translation>Adopted by the plenary of the mechanism on: ____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translation>Name and signature of the Chair: ____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translation>No objective is recorded in the plan yet.</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translation>No activity under this objective yet.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objective %1: %2</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Verification: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Answers: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translation>Generated on %1 by NCM Desktop</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translation>National Action Plan on small arms and light weapons</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translation>Draft for adoption. Period: %1 to %2.</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translation>Draft for adoption. Period: not set.</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translation>Adopted on %3. Period: %1 to %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translation>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translation>
            <numerusform>%n activity marked as costing nothing.</numerusform>
            <numerusform>%n activities marked as costing nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translation>
            <numerusform>%n activity with no estimated cost yet, left out of the totals.</numerusform>
            <numerusform>%n activities with no estimated cost yet, left out of the totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Add an activity</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translation>New objective:</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translation>(no lead yet)</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translation>in whole units, e.g. 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translation>&amp;No cost</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>No cost</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translation>Name of the donor</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translation>New o&amp;bjective</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Lead organisation</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>Estimated &amp;cost</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translation>Means of &amp;verification</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translation>Participants not listed above: please write your organisation and name, then sign.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translation>No participant is expected: no representative of a full-member or observer organisation is recorded.</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translation>No one is recorded as invited to this meeting yet.</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translation>
            <numerusform>Expected participants (%n)</numerusform>
            <numerusform>Expected participants (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translation>Host entity (clause 5.1)</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translation>Role of the National Authority (clause 5.2)</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translation>&amp;Host entity</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translation>Host entity of the National Authority</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translation>Add an &amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translation>&amp;Designated on</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translation>&amp;Legal reference</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translation>&amp;Known as</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translation>Sits &amp;within the interior or internal security agency</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translation>e.g. National Authority on Small Arms and Light Weapons (5.1)</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translation>e.g. Decree No. 2019-047, article 3</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translation>How it is done, in a line (the evidence)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>How: %1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translation>&amp;Technical body:</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translation>National technical planning and coordination body</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translation>(not designated yet)</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translation>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translation>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translation>National Authority</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translation>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translation>National Authority</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translation>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translation>There is no backup of this dossier yet.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translation>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translation>Category (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
</context>
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
    <message>
        <source>Drive: local.</source>
        <translation>Drive: local.</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translation>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translation>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translation>Open for changes in NCM Desktop by %1 on %2 since %3.</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translation>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translation>
            <numerusform>%n backup; the latest made on %1: %2</numerusform>
            <numerusform>%n backups; the latest made on %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translation>
            <numerusform>Wrote the sample dossier %1 with %n person.</numerusform>
            <numerusform>Wrote the sample dossier %1 with %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translation>It is protected by a passphrase.</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translation>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translation>Merged the package from “%1” (%2, written %3).</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translation>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translation>Nothing changed: this dossier already holds everything in the package.</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translation>  %1 “%2”: %3 (%4)</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translation>kept this dossier&apos;s version</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translation>took the other dossier&apos;s version</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translation>The dossier was backed up first: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translation>
            <numerusform>Wrote the package %1: %n record from “%2”.</numerusform>
            <numerusform>Wrote the package %1: %n records from “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translation>
            <numerusform>%n record changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</numerusform>
            <numerusform>%n records changed in both dossiers since they last exchanged; the newer version was kept and the other ones are in the merge history:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translation>
            <numerusform>%n version set aside in the merge history.</numerusform>
            <numerusform>%n versions set aside in the merge history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translation>Error: --public applies only to: %1.</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translation>Error: --meeting applies only to: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translation>Readiness of %1 against %2 (catalog %3)</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translation>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translation>Score: nothing to score yet</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translation>By clause:</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translation>By priority:</translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translation>  Clause %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation>Other provisions</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% of %2</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translation>nothing to score</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translation>Gaps, most important first (%1):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation>No gaps.</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translation>- %1 [%2, %3] %4 (%5)</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translation>    Next step: %1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translation>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translation>- %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translation>Composition (7.4):</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translation>No backup of this dossier yet.</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translation>%1  %2  %3 organisations, %4 people  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Column “%1”: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translation>Line %1: %2 — %3 [%4]: %5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translation>%1 (guessed, sure), new organisation</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translation>%1 (guessed, unsure: check it), new organisation</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translation>%1 (your earlier correction), new organisation</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translation>no category guessed, new organisation</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translation>%1, organisation already in the dossier</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translation>duplicate of line %1 (%2)</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translation>already in the dossier as “%1” (%2)</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translation>not added, because other rows have problems</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translation>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has a problem. Correct the file, or import again with --skip-bad-rows to leave that row out.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translation>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translation>Restored %1 from the backup %2.</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translation>What it held before was backed up as %1.</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translation>No usable backup of %1 was found.</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translation>Not a date: %1. Write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translation>No baseline was recorded on or before %1. Baselines: %2.</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translation>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translation>Progress since the baseline of %1: score %2% then, %3% now (%4).</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translation>Progress since the baseline of %1:</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translation>Baselines:</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translation>  %1: %2%</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translation>  %1: nothing to score</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translation>Newly met (%1):</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translation>Closer to met (%1):</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translation>Slipped back (%1):</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translation>- %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translation>No provision changed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translation>%1 (States with gaps: %2)</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translation>- %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Not compared: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translation>
            <numerusform>Wrote the comparison of %n State to %1.</numerusform>
            <numerusform>Wrote the comparison of %n States to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translation>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translation>%1 is now on the server as %2 (%3 rows).</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translation>The server dossier %1 was copied to %2 (%3 rows).</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translation>%1 is now %2 of the server dossier %3.</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translation>%1 is not a server address: %2. Write it as postgresql://host/database.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translation>an officer (reads and writes)</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translation>a reader (reads and prints only)</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translation>an owner (also manages the users)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translation>Compare dossiers</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translation>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translation>Dossiers to compare</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translation>&amp;Add dossiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translation>States and clauses</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translation>Gaps shared by most States</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translation>&amp;States and clauses</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translation>Common &amp;gaps</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Language of the export</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translation>&amp;Language of the export:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translation>NCM Desktop dossiers (*.ncm);;All files (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translation>No dossier could be read: there is nothing to compare.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>The comparison was cancelled.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translation>Comparison of national coordinating mechanisms</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translation>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translation>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translation>&apos;Shall&apos; gaps</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translation>&apos;Should&apos; gaps</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translation>7.4 categories absent</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translation>Points of Contact missing</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translation>Points of Contact not notified recently</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translation>States with gaps</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translation>What the standard asks</translation>
    </message>
    <message>
        <source>States</source>
        <translation>States</translation>
    </message>
    <message>
        <source>Which States</source>
        <translation>Which States</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translation>Categories of 7.4 with no member</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translation>Points of Contact</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Why it was left out</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translation>Score by clause, the gaps most States share first</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translation>Gaps shared by most States</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translation>No gap is shared by several States.</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>By State</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translation>Dossiers not compared</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translation>No dossier could be read: there is nothing to compare.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translation>Adopted on %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translation>States %1 to %2 of %3</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>All States</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translation>missing for %1</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translation>not notified recently for %1</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translation>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translation>Common gaps</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <source>Verbal form</source>
        <translation>Verbal form</translation>
    </message>
    <message>
        <source>Number of States</source>
        <translation>Number of States</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) compared on %1, against %2 (catalog %3)</source>
        <translation>
            <numerusform>%n dossier compared on %1, against %2 (catalog %3)</numerusform>
            <numerusform>%n dossiers compared on %1, against %2 (catalog %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n State(s)</source>
        <translation>
            <numerusform>%n State</numerusform>
            <numerusform>%n States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisions not fully met in at least %n State(s), the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</source>
        <translation>
            <numerusform>Provisions not fully met in at least %n State, the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</numerusform>
            <numerusform>Provisions not fully met in at least %n States, the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translation>Gender balance (7.4.1)</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translation>Gender balance</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translation>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translation>Composition checklist</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translation>&amp;Add an organisation to this category…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translation>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translation>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translation>Gender balance is read as 40 to 60 per cent women.</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translation>
            <numerusform>%n representative has no sex recorded: they are counted apart, not guessed. Record it on the People page.</numerusform>
            <numerusform>%n representatives have no sex recorded: they are counted apart, not guessed. Record it on the People page.</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translation>All representatives</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translation>Titular members</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translation>Women and men among the representatives</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translation>No one whose sex is recorded yet.</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translation>%1 titular, %2 alternate</translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translation>Marked as not present in this State, yet organisations of it take part: correct the mark.</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translation>Yes: organisations of this category take part in the mechanism.</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translation>Category (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translation>Exists in the State</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translation>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translation>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>Changed there</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translation>%1 (newer)</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translation>Covers (tick)</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translation>Notified to (6.3)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Last confirmed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translation>What to look at</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translation>Points of Contact</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translation>&amp;Designate a person…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translation>Add a &amp;new person…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translation>&amp;Withdraw designation</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translation>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translation>Instruments covered</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translation>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translation>Notes on the Point of Contact</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translation>Coordination between Points of Contact (6.1) and notifications (6.3)</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translation>How they &amp;coordinate</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translation>&amp;Last held</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translation>Notification &amp;stale after (months)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translation>How the Points of Contact share information and coordinate, under the oversight of the National Authority</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translation>e.g. quarterly</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translation>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translation>%1: instruments, notifications and profile</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translation>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translation>Point of Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translation>Instruments covered</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translation>National Points of Contact</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translation>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translation>National Points of Contact</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translation>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Add a decision</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translation>Decision / follow-up action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translation>Plan activity: %1</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>PDF, to print (.pdf)</source>
        <translation>PDF, to print (.pdf)</translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translation>Word, to edit (.docx)</translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translation>Spreadsheet, to edit (.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translation>Language of the hand-out</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translation>&amp;Public version: leave out phone numbers and email addresses</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Public version</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translation>No meeting: every member and observer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Choose the PDF file</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translation>&amp;Language of the hand-out:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translation>
            <numerusform>The quality check on the Action plan page raises %n point to settle before the plan is tabled; it can be exported as it is.</numerusform>
            <numerusform>The quality check on the Action plan page raises %n points to settle before the plan is tabled; it can be exported as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translation>No meeting is recorded yet: record one on the Meetings page first.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translation>Applies to the parties of %1; the Framework page does not record it as joined.</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translation>Answered by hand. Evidence: %1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translation>Answered by hand, with no evidence recorded yet.</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translation>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translation>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translation>Not recorded yet: %1.</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translation>the mechanism&apos;s name</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translation>its legal basis</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translation>the National Authority</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translation>a National Point of Contact</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translation>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translation>The National Authority is hosted by %1.</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translation>No host entity of the National Authority is recorded.</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translation>The National Authority is known as “%1”.</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translation>No name is recorded for the National Authority.</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translation>The role checklist records this as in place: %1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translation>The role checklist records this as in place, without saying how.</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translation>The role checklist does not record this as in place.</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translation>The host, %1, is in the category %2.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translation>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translation>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translation>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translation>No National Point of Contact is designated.</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translation>%1 is covered by %2.</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translation>No Point of Contact covers %1.</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translation>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translation>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translation>No Point of Contact covers: %1.</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translation>One Point of Contact, %1, covers everything.</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translation>%1 covers several instruments (%2).</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translation>Each of the %1 Points of Contact covers a single instrument.</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translation>There are not several Points of Contact to coordinate (%1 designated).</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translation>The %1 Points of Contact coordinate: %2.</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translation>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translation>The profile of every Point of Contact (%1) includes this.</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translation>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translation>The profile of none of the %1 Points of Contact includes this yet.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translation>%1: %2 was last notified or confirmed on %3.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translation>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translation>%1: %2 has no record of being notified of %3.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translation>Status on the Functions page: %1.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translation>Status on the Functions page: %1; lead: %2.</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translation>No status is recorded on the Functions page.</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translation>Data on %1: %2.</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translation>Data on %1: %2; disaggregated by sex: %3.</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translation>Whether data on %1 is available is not recorded.</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translation>Each of the %1 functional areas of Table 1 has one confirmed lead.</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translation>No lead: %1.</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translation>More than one lead: %1.</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translation>Lead suggested, not confirmed: %1.</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translation>%1 has no lead.</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translation>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translation>%1 has suggestions from Table 1 to confirm.</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translation>%1: Table 1 names entities the mechanism does not include: %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translation>%1 of the %2 functional areas of Table 1 have a lead.</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translation>No responsibility is recorded in the Table 1 matrix.</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translation>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translation>Not yet represented: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translation>%1: no organisation represents it, and the State is not recorded as having none.</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translation>%1: recorded as not present in this State.</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translation>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translation>International bodies: %1.</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translation>No international body takes part as a full member or observer.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translation>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translation>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translation>The sex of none of the %1 representatives is recorded.</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translation>%1: %2; funding: %3.</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translation>%1: nothing is recorded on the Infrastructure page.</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translation>The National Authority provides: %1.</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translation>No resource is recorded as provided by the National Authority.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translation>The set-up so far</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translation>Functions, infrastructure and responsibilities follow on their own pages.</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translation>Open the &amp;Readiness page when I finish</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translation>
            <numerusform>Readiness score: %1. %n gap remains; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</numerusform>
            <numerusform>Readiness score: %1. %n gaps remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translation>The first ones:</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translation>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translation>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translation>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translation>Monitoring areas</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translation>(no lead yet)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translation>Notes (who, how, how often)</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translation>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Invited</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translation>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translation>Import members</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Field for the column “%1”</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translation>1. What each column holds</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translation>Organisations and their categories</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translation>2. The category of each new organisation</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translation>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translation>The rows as they will be imported</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translation>3. The rows</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation>&amp;Leave out the rows with problems and import the others</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>Nothing was imported: some rows have problems.</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translation>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translation>%1: sheet “%2”, %3 rows after the headers.</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translation>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translation>Duplicate of line %1 (%2)</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translation>Already in the dossier as “%1” (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translation>Infrastructure and administration</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translation>Support staff, meeting and office space, equipment and finances (clause 8).</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translation>Instruments joined (clause 4)</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translation>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translation>&amp;Other regional instrument:</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translation>Other regional instrument</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translation>Its name, as the State refers to it</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translation>Add as joined</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translation>Remove the selected instrument entered by name</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translation>Clause 4</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translation>Regional (entered by name)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translation>Instrument (tick when joined)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translation>Requires a national mechanism (7.2 NOTE 1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translation>Instruments joined</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translation>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
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
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translation>Partly available</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translation>Partly in place</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translation>Full name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translation>Acronym of the organisation</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translation>Title or position</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translation>Role in the mechanism</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>same name and organisation</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Replaced by a newer version</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translation>Changed in both dossiers</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translation>Deleted in one dossier</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translation>Its organisation was deleted</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation>This dossier</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translation>The other dossier</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translation>Keep this dossier&apos;s version</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translation>Take the other dossier&apos;s version</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translation>National Authority</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translation>Point of Contact</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translation>Point of Contact instrument</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translation>Other national source</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translation>Regional source</translation>
    </message>
    <message>
        <source>International source</source>
        <translation>International source</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Not yet answered</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>From the data</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translation>Answered by hand</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translation>Never notified</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translation>Restored by undo</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translation>When the dossier was opened</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translation>Every 30 minutes while working</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translation>Before an upgrade to a new version</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Before a backup was restored</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translation>Changes not written back to the drive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translation>Limited progress</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translation>Substantial progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>National budget</source>
        <translation>National budget</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation>Unfunded</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translation>Newly met</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translation>Closer to met</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translation>Slipped back</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translation>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translation>Letters in this file</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translation>Point of Contact</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translation>Last notified</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translation>Not yet notified</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translation>No Point of Contact is recorded for any instrument, so this file holds no letter.</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translation>Instruments with no Point of Contact</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translation>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translation>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translation>Subject: National Point of Contact for the %1</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translation>Madam, Sir,</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translation>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translation>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translation>%1 is also the National Point of Contact for: %2.</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translation>This letter confirms and updates the notification of %1.</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translation>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translation>Please accept the assurances of my highest consideration.</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>Name and title</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translation>For the %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>the Government</source>
        <translation>the Government</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translation>national coordinating mechanism</translation>
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
        <source>Set-up &amp;assistant…</source>
        <translation>Set-up &amp;assistant…</translation>
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
        <source>Open ser&amp;ver dossier…</source>
        <translation>Open ser&amp;ver dossier…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Import members…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translation>Co&amp;mpare dossiers…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>&amp;Merge package…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translation>Merge &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translation>&amp;Save to the drive now</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
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
        <source>Open server dossier</source>
        <translation>Open server dossier</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translation>Address of the server dossier (postgresql://user@server/database):</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translation>%1 is not a server address (%2). Write it as postgresql://server/database.</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translation>Try again?</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
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
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Member lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translation>Imported %1 people and %2 new organisations.</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translation>The package was written: %1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translation>Merge a package</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translation>NCM Desktop packages (*.ncmx);;All files (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translation>This dossier is open read-only: nothing can be imported or merged into it.</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translation>The drive already holds every change.</translation>
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
        <source>%1 on %2, since %3</source>
        <extracomment>Problems reported to the user, in order; without ``interactive`` (the smoke test) they are only collected here, never shown in a dialog that would wait. Open the set-up assistant by itself on a new dossier (off in smoke tests and in tests that do not ask for it). Says when the dossier is read-only, on a removable or network drive, or could not be written back: never silently.</extracomment>
        <translation>%1 on %2, since %3</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translation>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translation>&amp;Take over and open</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translation>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translation>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Dossier in use</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translation>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translation>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translation>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translation>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translation>Read-only: changes cannot be made to this dossier.</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translation>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translation>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translation>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translation>Changes made on this computer that had not reached the drive last time were written back to it.</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translation>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translation>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translation>An automatic backup could not be made: %1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translation>Written back to the drive.</translation>
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
        <source>Server dossier %1</source>
        <translation>Server dossier %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translation>The open server dossier</translation>
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
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translation>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translation>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translation>Responsibilities matrix</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translation>&amp;Suggest from Table 1</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translation>&amp;Confirm all suggestions</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translation>&amp;Discard suggestions</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translation>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>What to look at</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translation>Suggested from Table 1, not yet confirmed: press C to confirm.</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translation>Table 1 names this kind of entity for %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translation>The mechanism (clause 7.1)</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translation>Secretariat contact details</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translation>&amp;Name of the mechanism</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translation>&amp;Date of the legal basis</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
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
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translation>e.g. National Commission for the Control of Small Arms and Light Weapons</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translation>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translation>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translation>Print attendance s&amp;heet…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translation>Export &amp;minutes…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Mark as &amp;held</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translation>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Title of the meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translation>e.g. First ordinary session of 2026</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translation>A&amp;genda (F2 edits an item):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translation>A new agenda item; Enter adds it</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translation>Item &amp;up</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translation>Item do&amp;wn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translation>&amp;Invite people…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translation>Invite &amp;every member</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translation>Add a &amp;guest…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translation>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translation>Gender balance of those present</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translation>Decisions and follow-up actions</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translation>The whole text of the decision or action</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translation>Add &amp;decision…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translation>Make it a &amp;plan activity…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translation>Add a &amp;follow-up action…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translation>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translation>Meeting and agenda</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translation>Attendance (%1/%2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Decisions (%1)</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translation>No one is marked as present yet.</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translation>%1 present; the sex of none of them is recorded.</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translation>within the 40 to 60 per cent read as balance</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translation>outside the 40 to 60 per cent read as balance</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translation>far from balance</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translation>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translation>
            <numerusform>%n present has no sex recorded.</numerusform>
            <numerusform>%n present have no sex recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translation>Not marked as held yet: marking it records the readiness at the meeting.</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translation>Held. Readiness at the meeting: %1.</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translation>This meeting is dated %1: it can be marked as held on that day or after.</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>Delete meeting %1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translation>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translation>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translation>Delete follow-up action %1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translation>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translation>Delete decision %1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translation>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translation>Follow-up of the decisions of the mechanism&apos;s meetings</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translation>Make the decision an activity of the plan</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translation>Merge a package</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translation>Package from “%1” (computer %2), written %3, with %4 records.</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translation>Passphrase of the package</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translation>This package is protected. &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translation>Records changed in both dossiers</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translation>The two versions of the record</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translation>Keep all of &amp;this dossier&apos;s versions</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translation>Take all of the &amp;other dossier&apos;s versions</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translation>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translation>Versions set aside by this merge</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translation>Show the &amp;merge history…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translation>The merge was cancelled; the dossier was not changed.</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translation>The dossier was backed up first: %1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translation>The versions below were set aside; the merge history keeps them.</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translation>This dossier already holds everything in the package: merging it changes nothing.</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translation>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translation>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translation>%1: %2 added, %3 updated, %4 deleted</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation>This dossier</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translation>The other dossier</translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation>Version set aside</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translation>Merge history</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translation>Search by record</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translation>Search the merge history</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translation>Versions set aside by merges</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translation>The version set aside and the record now</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translation>No merge has set any version aside.</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation>Version set aside</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translation>In the dossier now</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translation>No longer in the dossier</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Version from</source>
        <translation>Version from</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translation>Other dossier</translation>
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
        <source>Date of the legal basis</source>
        <translation>Date of the legal basis</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translation>Date designated</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Known as</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translation>Technical planning and coordination body</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translation>Date notified</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translation>Date last confirmed</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translation>Notification period (months)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Last held</source>
        <translation>Last held</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translation>Exists in the State</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translation>Start of mandate</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translation>Clause or instrument</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translation>Date of the baseline</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Title of the meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translation>Name of the guest</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translation>Organisation of the guest</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
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
        <source>%1 must be a whole number from 1 to %3.</source>
        <translation>%1 must be a whole number from 1 to %3.</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translation>%1 is too large: at most %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translation>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translation>%1: “%2” is already recorded; nothing was added.</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translation>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translation>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translation>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translation>%1 comes before the start: an end must be on or after its start.</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translation>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translation>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translation>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translation>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translation>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translation>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translation>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translation>%1 is not an NCM Desktop exchange package. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translation>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translation>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translation>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translation>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translation>%1 is protected by a passphrase. Give its passphrase to open it.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translation>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translation>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translation>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translation>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translation>%2 meetings were held on %1: name one by the first characters of its identifier.</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translation>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translation>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translation>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translation>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translation>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translation>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translation>The server of %1 refused the user name or the password. Check them and try again.</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translation>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translation>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translation>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translation>You may not do that on the server dossier %1. Ask its owner for the role you need.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translation>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</translation>
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
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translation>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translation>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</translation>
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
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translation>No agenda was recorded.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translation>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translation>The sex of none of those present is recorded.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translation>Invited, not present</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation>No decision was recorded.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translation>Activity of the National Action Plan: %1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translation>No follow-up action recorded.</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translation>Readiness at this meeting</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translation>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translation>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translation>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translation>
            <numerusform>%n person present: %1 invited and %2 not invited; %3 invited but not present.</numerusform>
            <numerusform>%n people present: %1 invited and %2 not invited; %3 invited but not present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translation>Monitoring area (7.3.2 a)</translation>
    </message>
    <message>
        <source>Data available</source>
        <translation>Data available</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translation>Disaggregated by sex</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translation>Source, and who assesses it</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation>Edit objective</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Add an objective</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translation>e.g. Complete the composition of the National Commission</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translation>&amp;Answers (clause or instrument)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translation>Category (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translation>How the category was chosen</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translation>Already in the dossier</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Chosen by you</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translation>Your correction at an earlier import</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translation>Unsure: no portfolio in the name, check it</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translation>Unsure, from the word “%1”: check it</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translation>Guessed from the word “%1”</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translation>No guess: choose one</translation>
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
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <extracomment>The shortest passphrase accepted: long enough to resist guessing offline.</extracomment>
        <translation>Export a package</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translation>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translation>&amp;Protect the package with a passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>Package &amp;file:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choose where to write the package.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translation>The two passphrases differ. Type it again.</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translation>NCM Desktop packages (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (guest)</translation>
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
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <extracomment>The version edited here: a save is refused if someone else saved since.</extracomment>
        <translation>%1: theirs “%2”, yours “%3”</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translation>Someone else changed this person</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>Keep &amp;their version</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translation>Save &amp;my version</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translation>Designate a Point of Contact</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translation>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translation>Search by name, organisation or title</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translation>Invite the ministry responsible for %1 to join the mechanism</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translation>Invite to the mechanism: %1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translation>Invite representatives of %1 to join the mechanism</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translation>Designate a National Point of Contact for the %1</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translation>Notify the %1 of the National Point of Contact for the %2</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translation>Designate the host entity of the National Authority</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translation>Put in place the role of the National Authority set out in %1</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translation>Arrange regular coordination between the National Points of Contact</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translation>Strengthen the profile of the National Points of Contact (%1)</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translation>Complete the formal establishment of the mechanism</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translation>Collect and assess data on %1</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translation>Collect and assess data on %1, disaggregated by sex</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translation>Designate the lead government entity for %1</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translation>Agree on a single lead government entity for %1</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translation>Seek a balance of women and men among the representatives</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translation>Provide the mechanism with %1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translation>Close the gap on %1 of MOSAIC 03.40</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translation>The organisation has named its representatives to the mechanism</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translation>A National Point of Contact is designated for the %1</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translation>The %1 has acknowledged the notification</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translation>The host entity is designated by a legal act</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translation>Coordination meetings held as scheduled</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translation>Data on %1 available and assessed</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translation>Data on %1 available and assessed, disaggregated by sex</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translation>One lead entity confirmed for %1</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translation>Women are 40 to 60 per cent of the representatives</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translation>In place: %1</translation>
    </message>
    <message>
        <source>MOSAIC 03.40, %1: %2</source>
        <extracomment>Parameters put into a sentence with a small first letter (&quot;the ministry responsible for health&quot;), in the languages that have capitals.</extracomment>
        <translation>MOSAIC 03.40, %1: %2</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation>Donor: %1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translation>Donor not named</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Objective %1</source>
        <extracomment>Each objective&apos;s cost in the main currency: funded, and not funded yet.</extracomment>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translation>Costs by objective in %1, funded and not funded yet</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translation>Funded (national budget or donor)</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translation>Not funded yet</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translation>National Action Plan</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translation>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translation>Adopted o&amp;n:</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translation>Objectives and activities</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation>New &amp;objective…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>New &amp;activity…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>Move &amp;to…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translation>Move the activity to another objective</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translation>E&amp;xport the plan…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translation>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation>Suggested activities</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translation>Edit and acce&amp;pt…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translation>Show &amp;dismissed suggestions</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translation>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation>Estimated costs</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translation>
            <numerusform>%n activity marked as costing nothing.</numerusform>
            <numerusform>%n activities marked as costing nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translation>
            <numerusform>%n activity with no estimated cost yet, left out of the totals.</numerusform>
            <numerusform>%n activities with no estimated cost yet, left out of the totals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translation>Amounts in different currencies are never converted.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translation>&amp;Suggestions (%1)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translation>&amp;Quality check (%1)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translation>Cost&amp;s</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>D&amp;ismiss</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Delete activity %1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Delete the activity “%1”? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translation>Delete objective %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete the objective “%1” and its %n activity? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete the objective “%1” and its %n activities? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translation>Accept a suggested activity</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translation>The plan has no period yet: give the dates it starts and ends.</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translation>No lead organisation.</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translation>The lead, %1, is not a member or observer of the mechanism (%2).</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translation>No start or no end date.</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translation>Ends on %2, before it starts (%1).</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translation>Starts on %1, before the plan&apos;s period begins (%2).</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translation>Ends on %1, after the plan&apos;s period ends (%2).</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translation>No estimated cost, and not marked as costing nothing.</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>No indicator.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translation>Objective / activity</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>No cost</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translation>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translation>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translation>No (no coordinating mechanism is recorded in the dossier)</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>National coordination body</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>Established by</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Composition of the body</source>
        <translation>Composition of the body</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation>Sex not recorded</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translation>Titular members</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translation>Alternates</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translation>All representatives</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translation>National Point of Contact for the %1</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translation>No National Point of Contact is recorded for the %1.</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translation>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translation>No: no Point of Contact is recorded for the %1.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translation>
            <numerusform>Representatives of the %n full-member organisation; observers and invited bodies are not counted.</numerusform>
            <numerusform>Representatives of the %n full-member organisations; observers and invited bodies are not counted.</numerusform>
        </translation>
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
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Provision</source>
        <extracomment>A sign before the change, so that it reads without colour too.</extracomment>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translation>Point to settle</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translation>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translation>Score by clause</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translation>Score by priority</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translation>Record a &amp;baseline</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translation>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translation>Changes since the previous baseline</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translation>Gaps, most important first</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translation>Options the standard offers (may, can)</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translation>Every provision, in the standard&apos;s order</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translation>&amp;Open the page that fixes this</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translation>A line of evidence: a document, a decision, a date</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(not answered yet)</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translation>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation>Other provisions</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translation>Score by date, overall and by clause</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translation>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translation>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translation>
            <numerusform>%n provision</numerusform>
            <numerusform>%n provisions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translation>As recorded on %1, against %2 (catalog %3)</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translation>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translation>Readiness score: %1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translation>Readiness score: nothing to score yet</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translation>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translation>Score by clause</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translation>Score by priority of the functions (7.3)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation>Other provisions</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>To answer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translation>Gaps, most important first</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translation>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translation>No gaps: every provision that counts is met.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation>What the records show</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translation>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translation>Progress since the last baseline</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translation>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translation>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translation>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translation>Score by date, overall (thick line) and by clause</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translation>No provision changed status since then.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>History of this record</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translation>Generated on %1 by NCM Desktop</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translation>National coordinating mechanism</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translation>Membership roster</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translation>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translation>Attendance sheet for a meeting of the national coordinating mechanism</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation>Minutes of a meeting</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translation>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Readiness report</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translation>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translation>National Action Plan</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translation>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translation>Point of Contact notification letters</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translation>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translation>PoA national report, section 1</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translation>National coordination section of the national report on the UN Programme of Action, pre-filled</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translation>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translation>Total estimated cost: none recorded yet.</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translation>Total estimated cost: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translation>Resource (clause 8)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translation>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translation>As recorded on %1</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translation>Public version: phone numbers and email addresses are left out.</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translation>Membership roster (public version)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translation>Titular members</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translation>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translation>Gender balance (7.4.1)</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translation>Members by category (MOSAIC 03.40, 7.4)</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translation>No representative recorded</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translation>Organisations with no category of 7.4 recorded</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translation>No organisation is recorded in this dossier yet.</translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translation>7.4.2, NOTE</translation>
    </message>
    <message>
        <source>%1 %2)</source>
        <translation>%1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>The sex of %n representative(s) is not recorded; they are counted in the totals.</source>
        <extracomment>Which standings the composition table counts, in order.</extracomment>
        <translation>
            <numerusform>The sex of %n representative is not recorded; they are counted in the totals.</numerusform>
            <numerusform>The sex of %n representatives is not recorded; they are counted in the totals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>To answer</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translation>National Authority</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translation>Points of Contact</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translation>Set-up assistant</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translation>&amp;Don&apos;t show again</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translation>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translation>Version to keep</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translation>The State and the mechanism</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translation>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translation>Suggested activity</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1 (dismissed)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translation>Not funded yet</translation>
    </message>
    <message>
        <source>By objective</source>
        <translation>By objective</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translation>By lead organisation</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>No lead</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>By funding source</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translation>Set up the national coordinating mechanism</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translation>Clause by clause, as MOSAIC 03.40 describes it.</translation>
    </message>
    <message>
        <source>This assistant records, in five steps, what a mechanism that follows the standard is built on:

1. the State, the mechanism&apos;s name and its legal basis (7.1);
2. the international and regional instruments the State has joined (clause 4);
3. the National Authority (clause 5);
4. the National Points of Contact (clause 6);
5. the composition: who represents each ministry, body and partner (7.4).

Every change is saved as you make it. You can leave at any time and come back later with Tools &gt; Set-up assistant: it resumes where you stopped. Every step is also a page of the main window, and the Readiness page then shows what remains to do.</source>
        <translation>This assistant records, in five steps, what a mechanism that follows the standard is built on:

1. the State, the mechanism&apos;s name and its legal basis (7.1);
2. the international and regional instruments the State has joined (clause 4);
3. the National Authority (clause 5);
4. the National Points of Contact (clause 6);
5. the composition: who represents each ministry, body and partner (7.4).

Every change is saved as you make it. You can leave at any time and come back later with Tools &gt; Set-up assistant: it resumes where you stopped. Every step is also a page of the main window, and the Readiness page then shows what remains to do.</translation>
    </message>
</context>
</TS>
