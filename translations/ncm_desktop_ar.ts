<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_001" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل إجراء المتابعة</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة إجراء متابعة</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم تُحدَّد جهة رائدة بعد)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإ&amp;جراء</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة ال&amp;رائدة</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موعد الا&amp;ستحقاق</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;حالة</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Answers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة والشركاء</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Dates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العملة</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا تكلفة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة والتمويل</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المؤشر ووسائل التحقق</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكاليف التقديرية</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب الهدف</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب المنظمة الرائدة</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب مصدر التمويل</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مموَّل بعد</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مموَّل (الميزانية الوطنية أو جهة مانحة)</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكاليف حسب الهدف بعملة %1، الممولة وغير الممولة بعد</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجدول الزمني حسب الربع</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقاط يتعين البت فيها قبل الاعتماد</translation>
    </message>
    <message>
        <source>Point</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا جهة رائدة</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اعتمدتها الجلسة العامة للآلية بتاريخ: ____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسم الرئيس وتوقيعه: ____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي هدف في الخطة بعد.</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد أي نشاط في إطار هذا الهدف بعد.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ر%1</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الشركاء: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التحقق: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُعدّ في %1 بواسطة NCM Desktop</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل الوطنية بشأن الأسلحة الصغيرة والأسلحة الخفيفة</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة مقدَّمة للاعتماد. الفترة: من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة مقدَّمة للاعتماد. الفترة: لم تُحدَّد.</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اعتُمدت في %3. الفترة: من %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عدد الأهداف: %1، وعدد الأنشطة: %2. التكلفة التقديرية: %3؛ المبلغ غير المموَّل بعد: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُحدَّد</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد أي نشاط مصنَّف على أنه بلا تكلفة.</numerusform>
            <numerusform>نشاط واحد مصنَّف على أنه بلا تكلفة.</numerusform>
            <numerusform>نشاطان مصنَّفان على أنهما بلا تكلفة.</numerusform>
            <numerusform>%n أنشطة مصنَّفة على أنها بلا تكلفة.</numerusform>
            <numerusform>%n نشاطًا مصنَّفًا على أنه بلا تكلفة.</numerusform>
            <numerusform>%n نشاط مصنَّف على أنه بلا تكلفة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد أي نشاط بلا تكلفة تقديرية.</numerusform>
            <numerusform>نشاط واحد بلا تكلفة تقديرية بعد، غير محتسب في المجاميع.</numerusform>
            <numerusform>نشاطان بلا تكلفة تقديرية بعد، غير محتسبَين في المجاميع.</numerusform>
            <numerusform>%n أنشطة بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
            <numerusform>%n نشاطًا بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
            <numerusform>%n نشاط بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة نشاط</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هدف جديد:</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم تُحدَّد جهة رائدة بعد)</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بوحدات صحيحة، مثل 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العملة</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا ت&amp;كلفة</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا تكلفة</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسم الجهة المانحة</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هدف &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النشا&amp;ط</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة ال&amp;رائدة</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;شركاء</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;نهاية</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة الت&amp;قديرية</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;تمويل</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;مؤشر</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>و&amp;سائل التحقق</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;حالة</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشاركون آخرون</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المشاركون غير المدرجين أعلاه: يُرجى كتابة اسم المنظمة والاسم، ثم التوقيع.</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يُتوقع حضور أي مشارك: لم يُسجَّل أي ممثل لمنظمة كاملة العضوية أو لمنظمة مراقبة.</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي شخص مدعوًا إلى هذا الاجتماع بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
            <numerusform>المشاركون المتوقعون (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف (البند 5.1)</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دور السلطة الوطنية (البند 5.2)</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضي&amp;ف</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف للسلطة الوطنية</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة &amp;منظمة…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ ال&amp;تعيين</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرجع ال&amp;قانوني</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>معروفة با&amp;سم</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قائمة &amp;ضمن الجهاز المسؤول عن الداخلية أو الأمن الداخلي</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملا&amp;حظات</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: السلطة الوطنية المعنية بالأسلحة الصغيرة والأسلحة الخفيفة (5.1)</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: المرسوم رقم 2019-047، المادة 3</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كيف يتم ذلك، في سطر واحد (الدليل)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيفية: %1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;هيئة التقنية:</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهيئة الوطنية للتخطيط التقني والتنسيق</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم تُعيَّن بعد)</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينتمي الكيان المضيف إلى الفئة «%1»، وهي الفئة التي يوصي البند 5.2 بأن تكون السلطة الوطنية ضمنها.</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يوصي البند 5.2 بأن تكون السلطة الوطنية وكالةً حكومية مسؤولة عن الداخلية أو الشؤون الداخلية أو السلم والأمن الداخليين، أو أن تكون قائمة داخل وكالة من هذا القبيل، لأنها تتولى تنسيق مراقبة الأسلحة الصغيرة على الصعيد الوطني والدفع بها قُدُمًا. وإذا كان الكيان المضيف وزارة أخرى، فسجّل ما إذا كانت السلطة قائمة داخل وكالة من هذا القبيل، أو انظر في اختيار كيان مضيف من الفئة «%1».</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السلطة الوطنية</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان الحكومي الذي يتولى القيادة في التنسيق السياسي وتوجيه السياسات في مجال مراقبة الأسلحة الصغيرة (5.1)، والمهام التي يضطلع بها (5.2). يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السلطة الوطنية</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان الحكومي الذي يتولى قيادة التنسيق السياسي وتوجيه السياسات (البند 5). أضفه بوصفه منظمة إذا لم يكن مدرجًا.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينشئ NCM Desktop نسخة احتياطية من الملف عند فتحه، وكل 30 دقيقة أثناء تعديله، وقبل كل ترقية أو استيراد أو دمج أو استعادة. ويُخفَّف عدد النسخ الأقدم: تُحفظ جميع نسخ اليوم الأخير، ثم نسخة واحدة يوميًا لمدة 12 يومًا، ونسخة أسبوعيًا لمدة 10 أسابيع، ونسخة شهريًا لمدة 9 أشهر.</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد نسخة احتياطية من هذا الملف بعد.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إنشاء نسخة احتياطية ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اس&amp;تعادة…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد استبدال الملف بالنسخة الاحتياطية المُنشأة في %1؟ تُنشأ أولًا نسخة احتياطية من حالته الحالية، لتتمكن من الرجوع إليها من هذه القائمة.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفئة (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(بلا فئة)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف سليم.</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إصدار المخطط: %1 (الحالي: %2)</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عدد الصفوف في %1: %2</translation>
    </message>
    <message>
        <source>Drive: local.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محرك الأقراص: محلي.</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محرك الأقراص: قابل للإزالة (%1). تعمل النافذة على نسخة في هذا الحاسوب وتكتبها مرة أخرى في محرك الأقراص.</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محرك الأقراص: شبكي (%1). تعمل النافذة على نسخة في هذا الحاسوب؛ أما سطر الأوامر فيستخدم هناك سجل الاسترجاع (rollback journal).</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مفتوح للتعديل في NCM Desktop من قِبل %1 على %2 منذ %3.</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تركه NCM Desktop مقفلًا (%1 على %2، منذ %3)، ولم يعد البرنامج قيد التشغيل.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا توجد أي نسخة احتياطية؛ الأخيرة في %1: %2</numerusform>
            <numerusform>نسخة احتياطية واحدة، أُنشئت في %1: %2</numerusform>
            <numerusform>نسختان احتياطيتان؛ أُنشئت الأخيرة في %1: %2</numerusform>
            <numerusform>%n نسخ احتياطية؛ أُنشئت الأخيرة في %1: %2</numerusform>
            <numerusform>%n نسخة احتياطية؛ أُنشئت الأخيرة في %1: %2</numerusform>
            <numerusform>%n نسخة احتياطية؛ أُنشئت الأخيرة في %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>كُتب الملف التجريبي %1 دون أي شخص.</numerusform>
            <numerusform>كُتب الملف التجريبي %1 مع شخص واحد.</numerusform>
            <numerusform>كُتب الملف التجريبي %1 مع شخصين.</numerusform>
            <numerusform>كُتب الملف التجريبي %1 مع %n أشخاص.</numerusform>
            <numerusform>كُتب الملف التجريبي %1 مع %n شخصًا.</numerusform>
            <numerusform>كُتب الملف التجريبي %1 مع %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وهو محمي بعبارة مرور.</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وهو غير محمي: يستطيع كل من يحوز الملف قراءة ما فيه من أسماء وأرقام هواتف وعناوين بريد إلكتروني. استخدم --passphrase-file لحمايته.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف عبارة المرور %1 فارغ.</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دُمجت الحزمة الواردة من «%1» (%2، كُتبت في %3).</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: المضاف %2، والمحدَّث %3، والمحذوف %4، وما احتُفظ فيه بنسخة هذا الملف %5.</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يتغير شيء: يحتوي هذا الملف بالفعل على كل ما في الحزمة.</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1 «%2»: %3 (%4)</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>احتُفظ بنسخة هذا الملف</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُخذت نسخة الملف الآخر</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُنشئت أولًا نسخة احتياطية من الملف: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطأ:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>كُتبت الحزمة %1: لا سجلات من «%2».</numerusform>
            <numerusform>كُتبت الحزمة %1: سجل واحد من «%2».</numerusform>
            <numerusform>كُتبت الحزمة %1: سجلان من «%2».</numerusform>
            <numerusform>كُتبت الحزمة %1: %n سجلات من «%2».</numerusform>
            <numerusform>كُتبت الحزمة %1: %n سجلًا من «%2».</numerusform>
            <numerusform>كُتبت الحزمة %1: %n سجل من «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم يتغير أي سجل في الملفين كليهما منذ آخر تبادل بينهما:</numerusform>
            <numerusform>تغيّر سجل واحد في الملفين كليهما منذ آخر تبادل بينهما؛ احتُفظ بالنسخة الأحدث، والنسخة الأخرى في محفوظات الدمج:</numerusform>
            <numerusform>تغيّر سجلان في الملفين كليهما منذ آخر تبادل بينهما؛ احتُفظ بالنسخة الأحدث، والنسخة الأخرى في محفوظات الدمج:</numerusform>
            <numerusform>تغيّرت %n سجلات في الملفين كليهما منذ آخر تبادل بينهما؛ احتُفظ بالنسخة الأحدث، والنسخة الأخرى في محفوظات الدمج:</numerusform>
            <numerusform>تغيّر %n سجلًا في الملفين كليهما منذ آخر تبادل بينهما؛ احتُفظ بالنسخة الأحدث، والنسخة الأخرى في محفوظات الدمج:</numerusform>
            <numerusform>تغيّر %n سجل في الملفين كليهما منذ آخر تبادل بينهما؛ احتُفظ بالنسخة الأحدث، والنسخة الأخرى في محفوظات الدمج:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم توضع أي نسخة جانبًا في محفوظات الدمج.</numerusform>
            <numerusform>وُضعت نسخة واحدة جانبًا في محفوظات الدمج.</numerusform>
            <numerusform>وُضعت نسختان جانبًا في محفوظات الدمج.</numerusform>
            <numerusform>وُضعت %n نسخ جانبًا في محفوظات الدمج.</numerusform>
            <numerusform>وُضعت %n نسخة جانبًا في محفوظات الدمج.</numerusform>
            <numerusform>وُضعت %n نسخة جانبًا في محفوظات الدمج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطأ: لا ينطبق الخيار --public إلا على: %1.</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطأ: لا ينطبق الخيار --meeting إلا على: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>كُتب %1 (بلا صفحات) في %2.</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة) في %2.</numerusform>
            <numerusform>كُتب %1 (صفحتان) في %2.</numerusform>
            <numerusform>كُتب %1 (%n صفحات) في %2.</numerusform>
            <numerusform>كُتب %1 (%n صفحة) في %2.</numerusform>
            <numerusform>كُتب %1 (%n صفحة) في %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جاهزية %1 قياسًا على %2 (الكتالوج %3)</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة: %1% (مستوفى: %2، مستوفى جزئيًا: %3، غير مستوفى: %4، لم يُجَب عنه بعد: %5، لا ينطبق: %6)</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة: لا يوجد بعد ما يُقيَّم</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب البند:</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب الأولوية:</translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  البند %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أحكام أخرى</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1% من %2</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد ما يُقيَّم</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات، الأهم أولًا (%1):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد ثغرات.</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2، %3] %4 (%5)</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>    الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخيارات التي يتيحها المعيار («يجوز» و«يمكن»؛ لا تُحتسب في الدرجة):</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التشكيل (7.4):</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد نسخة احتياطية من هذا الملف بعد.</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1  %2  المنظمات: %3، الأشخاص: %4  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العمود «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السطر %1: %2 — %3 [%4]: %5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(بلا منظمة)</translation>
    </message>
    <message>
        <source>no category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (مُخمَّنة، مؤكدة)، منظمة جديدة</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (مُخمَّنة، غير مؤكدة: تحقق منها)، منظمة جديدة</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (تصحيحك السابق)، منظمة جديدة</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُخمَّن أي فئة، منظمة جديدة</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1، منظمة موجودة بالفعل في الملف</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تكرار للسطر %1 (%2)</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موجود بالفعل في الملف باسم «%1» (%2)</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُضف، لأن صفوفًا أخرى بها مشكلات</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص المضافون: %1. المنظمات الجديدة: %2. التكرارات المستبعدة: %3. الصفوف المستبعدة لوجود مشكلات بها: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم يُستورد شيء. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد الصفوف التي بها مشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: صف واحد به مشكلات. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد هذا الصف.</numerusform>
            <numerusform>لم يُستورد شيء: صفان بهما مشكلات. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد هذين الصفين.</numerusform>
            <numerusform>لم يُستورد شيء: %n صفوف بها مشكلات. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد هذه الصفوف.</numerusform>
            <numerusform>لم يُستورد شيء: %n صفًا بها مشكلات. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد هذه الصفوف.</numerusform>
            <numerusform>لم يُستورد شيء: %n صف بها مشكلات. صحّح الملف، أو أعد الاستيراد مع --skip-bad-rows لاستبعاد هذه الصفوف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أحدث نسخة احتياطية سليمة هي %1، أُنشئت في %2. لاستعادتها: ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استُعيد %1 من النسخة الاحتياطية %2.</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حُفظ ما كان يحتويه من قبل في نسخة احتياطية باسم %1.</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُعثر على نسخة احتياطية صالحة للاستخدام من %1.</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ليس تاريخًا: %1. اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي خط أساس في %1 أو قبله. خطوط الأساس: %2.</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي خط أساس في هذا الملف بعد. سجِّل واحدًا في صفحة الجاهزية، أو اعتبر اجتماعًا قد عُقد.</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم منذ خط الأساس المؤرخ %1: الدرجة %2% حينها، و%3% الآن (%4).</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم منذ خط الأساس المؤرخ %1:</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطوط الأساس:</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2%</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: لا شيء يُحتسب</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفاة حديثًا (%1):</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أقرب إلى الاستيفاء (%1):</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تراجعت (%1):</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 %2: %3 ← %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يتغير أي حكم.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (الدول التي لديها ثغرات: %2)</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تتم المقارنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم تُكتب مقارنة أي دولة في %1.</numerusform>
            <numerusform>كُتبت مقارنة دولة واحدة (%n) في %1.</numerusform>
            <numerusform>كُتبت مقارنة دولتين (%n) في %1.</numerusform>
            <numerusform>كُتبت مقارنة %n دول في %1.</numerusform>
            <numerusform>كُتبت مقارنة %n دولة في %1.</numerusform>
            <numerusform>كُتبت مقارنة %n دولة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الخادم %1 في مراجعة المخطط %2، مع الأدوار %3 و%4 و%5.</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أصبح %1 على الخادم باسم %2 (%3 صفًا).</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نُسخ ملف الخادم %1 إلى %2 (%3 صفًا).</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أصبح %1 %2 لملف الخادم %3.</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ليس عنوان خادم: %2. اكتبه بالشكل postgresql://host/database.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موظفًا (يقرأ ويعدّل)</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قارئًا (يقرأ ويطبع فقط)</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مالكًا (ويدير المستخدمين أيضًا)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مقارنة الملفات</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر ملفات الدول المراد مقارنتها. تُقرأ فقط: لا يُغيَّر فيها شيء، أيًّا كان إصدار NCM Desktop الذي كتبها.</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملفات المراد مقارنتها</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدول والبنود</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات المشتركة بين معظم الدول</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;دول والبنود</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات ال&amp;مشتركة</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لغة التصدير</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;لغة التصدير:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات NCM Desktop (*.ncm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة أي ملف: لا يوجد ما تمكن مقارنته.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُلغيت المقارنة.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جداول بيانات (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصدير المقارنة</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مقارنة آليات التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جاهزية عدة دول وفق MOSAIC 03.40، جنبًا إلى جنب، والثغرات المشتركة بين معظم الدول أولًا</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تُقيَّم كل دولة بالقواعد نفسها المستخدمة في تقرير جاهزيتها: المستوفى يُحسب كاملًا والمستوفى جزئيًا نصفًا. تُسرد البنود والأحكام بدءًا بالثغرات المشتركة بين معظم الدول: تلك التي يمكن لبرنامج إقليمي معالجتها لها جميعًا.</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ثغرات «يجب»</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ثغرات «ينبغي»</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فئات 7.4 الغائبة</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات اتصال مفقودة</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات اتصال لم يُبلَّغ عنها مؤخرًا</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدول التي لديها ثغرات</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما يطلبه المعيار</translation>
    </message>
    <message>
        <source>States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Which States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أي الدول</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فئات 7.4 التي ليس لها عضو</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سبب استبعاده</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب البند، والثغرات المشتركة بين معظم الدول أولًا</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات المشتركة بين معظم الدول</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد ثغرة مشتركة بين عدة دول.</translation>
    </message>
    <message>
        <source>By State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب الدولة</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات لم تتم مقارنتها</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة أي ملف: لا يوجد ما تمكن مقارنته.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اعتُمدت في %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدول من %1 إلى %2 من أصل %3</translation>
    </message>
    <message>
        <source>All States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مفقودة لـ %1</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُبلَّغ عنها مؤخرًا لـ %1</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قُرئ عبر نسخة مُحدَّثة: الملف من مراجعة المخطط %1 وتُرك كما هو.</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات المشتركة</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تتم مقارنتها</translation>
    </message>
    <message>
        <source>Verbal form</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصيغة الفعلية</translation>
    </message>
    <message>
        <source>Number of States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عدد الدول</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) compared on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم يُقارن أي ملف في %1، وفق %2 (الكتالوج %3)</numerusform>
            <numerusform>ملف واحد (%n) قورن في %1، وفق %2 (الكتالوج %3)</numerusform>
            <numerusform>ملفان (%n) قورنا في %1، وفق %2 (الكتالوج %3)</numerusform>
            <numerusform>%n ملفات قورنت في %1، وفق %2 (الكتالوج %3)</numerusform>
            <numerusform>%n ملفًا قورنت في %1، وفق %2 (الكتالوج %3)</numerusform>
            <numerusform>%n ملف قورنت في %1، وفق %2 (الكتالوج %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n State(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا دولة</numerusform>
            <numerusform>دولة واحدة (%n)</numerusform>
            <numerusform>دولتان (%n)</numerusform>
            <numerusform>%n دول</numerusform>
            <numerusform>%n دولة</numerusform>
            <numerusform>%n دولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisions not fully met in at least %n State(s), the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>أحكام غير مستوفاة تمامًا في أي دولة، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
            <numerusform>أحكام غير مستوفاة تمامًا في دولة واحدة (%n) على الأقل، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
            <numerusform>أحكام غير مستوفاة تمامًا في دولتين (%n) على الأقل، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
            <numerusform>أحكام غير مستوفاة تمامًا في %n دول على الأقل، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
            <numerusform>أحكام غير مستوفاة تمامًا في %n دولة على الأقل، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
            <numerusform>أحكام غير مستوفاة تمامًا في %n دولة على الأقل، الأكثر انتشارًا أولًا، ثم «يجب» قبل «ينبغي» والأولوية العالية قبل ما دونها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوازن بين الجنسين (7.4.1)</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوازن بين الجنسين</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لكل فئة: هل لدى الدولة وزارة أو هيئة من هذا القبيل («حيثما وُجدت»)، وأي منظمة تمثلها؟ غيّر «موجودة في الدولة» بالمفتاح F2 أو بالنقر المزدوج؛ وأضف منظمة إلى الفئة المحددة بالزر. وتُغيَّر صفة العضوية في صفحة «المنظمات».</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قائمة التحقق من التشكيل</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة منظمة إلى هذه الفئة…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %4% من الممثلين المسجَّل جنسهم، وعددهم %1 (النساء: %2، الرجال: %3).</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %4% من الأعضاء الأصليين المسجَّل جنسهم، وعددهم %1 (النساء: %2، الرجال: %3).</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يُعدّ التوازن بين الجنسين متحققًا عندما تتراوح نسبة النساء بين 40 و60 في المائة.</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد أي ممثل لم يُسجَّل جنسه.</numerusform>
            <numerusform>ممثل واحد لم يُسجَّل جنسه: يُحتسب على حدة ولا يُخمَّن جنسه. سجّل الجنس في صفحة «الأشخاص».</numerusform>
            <numerusform>ممثلان لم يُسجَّل جنسهما: يُحتسبان على حدة ولا يُخمَّن جنسهما. سجّل الجنس في صفحة «الأشخاص».</numerusform>
            <numerusform>%n ممثلين لم يُسجَّل جنسهم: يُحتسبون على حدة ولا يُخمَّن جنسهم. سجّل الجنس في صفحة «الأشخاص».</numerusform>
            <numerusform>%n ممثلًا لم يُسجَّل جنسهم: يُحتسبون على حدة ولا يُخمَّن جنسهم. سجّل الجنس في صفحة «الأشخاص».</numerusform>
            <numerusform>%n ممثل لم يُسجَّل جنسهم: يُحتسبون على حدة ولا يُخمَّن جنسهم. سجّل الجنس في صفحة «الأشخاص».</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جميع الممثلين</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأعضاء الأصليون</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النساء والرجال بين الممثلين</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد بعد أي شخص مسجَّل الجنس.</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأصليون: %1، المناوبون: %2</translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصنَّفة على أنها غير موجودة في هذه الدولة، ومع ذلك تشارك منظمات منها: صحّح هذا التصنيف.</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نعم: تشارك منظمات من هذه الفئة في الآلية.</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفئة (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موجودة في الدولة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الممثلون</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التشكيل</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوزارات والهيئات الحكومية (7.4.2، من a إلى v)، والمجتمع المدني (7.4.3)، والصناعة (7.4.4)، والهيئات الدولية (7.4.5) التي تشارك بصفة أعضاء كاملي العضوية أو بصفة مراقبين.</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التشكيل</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لكل وزارة وهيئة مذكورة في البند 7.4: هل لدى الدولة واحدة منها، وهل هي ممثَّلة؟ أضف المنظمات المشاركة.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحقول المُغيَّرة</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غُيِّر هنا</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غُيِّر هناك</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (الأحدث)</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يغطي (ضع علامة)</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة المُخطَرة (6.3)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الإخطار</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>آخر تأكيد</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما ينبغي مراجعته</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تعيين شخص…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة شخص &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;سحب التعيين</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُعيَّن أي جهة اتصال بعد. يطلب البند 6.1 تعيين جهة واحدة على الأقل للصكوك المذكورة في البند 4 التي انضمت إليها الدولة.</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصكوك المشمولة</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المواصفات (6.2): ضع علامة على ما تتوفر عليه جهة الاتصال. ينبغي لجهة الاتصال الوطنية…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملاحظات بشأن جهة الاتصال</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التنسيق بين جهات الاتصال (6.1) والإخطارات (6.3)</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;كيفية التنسيق</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;وتيرة</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ آ&amp;خر انعقاد</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;قادم الإخطار بعد (بالأشهر)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كيف تتبادل جهات الاتصال المعلومات وتنسق فيما بينها، تحت إشراف السلطة الوطنية</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: كل ثلاثة أشهر</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يُعلَّم الإخطار الذي لم يُرسَل أو يُؤكَّد خلال هذا العدد من الأشهر على أنه متقادم: يطلب البند 6.3 تحديث بيانات الاتصال باستمرار.</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: الصكوك والإخطارات والمواصفات</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سحب تعيين %1</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد سحب تعيين %1 بوصفه جهة اتصال وطنية؟ يبقى الشخص في الملف. يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصكوك المشمولة</translation>
    </message>
    <message>
        <source>Notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإخطار</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات الاتصال الوطنية</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>شخص واحد أو أكثر يُعيَّنون رسميًا لتبادل المعلومات والعمل كحلقة وصل بشأن الصكوك المذكورة في البند 4 (6.1)، ويُخطَر بهم المكاتب المذكورة في البند 6.3 وتُحدَّث بياناتهم باستمرار.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات الاتصال الوطنية</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عيّن شخصًا واحدًا أو أكثر للصكوك التي انضمت إليها الدولة، وسجّل تاريخ إخطار كل مكتب (البند 6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل القرار</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;قرار</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرار / إجراء المتابعة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نشاط الخطة: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّر إكمال الإجراء الأخير: %1

كل ما حُفظ قبله محفوظ بأمان في الملف.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF, to print (.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF، للطباعة (.pdf)</translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Word، للتحرير (.docx)</translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جدول بيانات، للتحرير (.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جداول البيانات (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصدير: %1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة ال&amp;عامة: حذف أرقام الهواتف وعناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Public version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة العامة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا اجتماع: جميع الأعضاء والمراقبين</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;لغة الوثيقة:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الا&amp;جتماع:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يثير فحص الجودة في صفحة «خطة العمل» أي نقطة يتعين البت فيها قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
            <numerusform>يثير فحص الجودة في صفحة «خطة العمل» نقطة واحدة يتعين البت فيها قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
            <numerusform>يثير فحص الجودة في صفحة «خطة العمل» نقطتين يتعين البت فيهما قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
            <numerusform>يثير فحص الجودة في صفحة «خطة العمل» %n نقاط يتعين البت فيها قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
            <numerusform>يثير فحص الجودة في صفحة «خطة العمل» %n نقطة يتعين البت فيها قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
            <numerusform>يثير فحص الجودة في صفحة «خطة العمل» %n نقطة يتعين البت فيها قبل تقديم الخطة؛ ويمكن تصديرها كما هي.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصدير بصيغة</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي اجتماع بعد: سجّل اجتماعًا في صفحة «الاجتماعات» أولًا.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>كُتب %1 (بلا صفحات).</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتب %1 (صفحتان).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينطبق على الأطراف في %1؛ ولا تسجّل صفحة «الإطار» انضمام الدولة إليه.</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُجيب عنه يدويًا. الدليل: %1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُجيب عنه يدويًا، دون تسجيل أي دليل بعد.</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يمكن للسجلات البت في هذا الحكم: أجب عنه في صفحة «الجاهزية»، مع سطر يبيّن الدليل.</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الآلية %1 مسجَّلة مع أساسها القانوني، ولها سلطة وطنية وجهة اتصال.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل بعد: %1.</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسم الآلية</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أساسها القانوني</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السلطة الوطنية</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة اتصال وطنية</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدولة طرف في %1، وهو اتفاق ملزِم قانونًا يقتضي منها إنشاء آلية تنسيق وطنية (7.2، الملاحظة 1).</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف للسلطة الوطنية: %1.</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي كيان مضيف للسلطة الوطنية.</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تُعرف السلطة الوطنية باسم «%1».</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي اسم للسلطة الوطنية.</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تسجّل قائمة التحقق من الأدوار أن هذا قائم: %1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تسجّل قائمة التحقق من الأدوار أن هذا قائم، دون بيان الكيفية.</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تسجّل قائمة التحقق من الأدوار أن هذا قائم.</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف، %1، ينتمي إلى الفئة %2.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف، %1، مسجَّل على أنه قائم داخل الوكالة المسؤولة عن السلم والأمن الداخليين.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف، %1، مسجَّل على أنه غير مسؤول عن الداخلية أو الأمن الداخلي وغير قائم داخل وكالة من هذا القبيل.</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف، %1، لا ينتمي إلى فئة الداخلية، ولم يُسجَّل ما إذا كان قائمًا داخل الوكالة المسؤولة عن السلم والأمن الداخليين.</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُعيَّن أي جهة اتصال وطنية.</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة الاتصال التي تغطي %1: %2.</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تغطي أي جهة اتصال %1.</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل الانضمام إلى أي صك من صكوك البند 4، لذا لا يُعرف ما يلزم من جهات الاتصال.</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لكل صك من صكوك البند 4 انضمت إليه الدولة جهةُ اتصال: %1.</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صكوك لا تغطيها أي جهة اتصال: %1.</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة اتصال واحدة، %1، تغطي جميع الصكوك.</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تغطي جهة الاتصال %1 عدة صكوك (%2).</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تغطي كل جهة من جهات الاتصال الـ%1 صكًا واحدًا.</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد عدة جهات اتصال تحتاج إلى التنسيق فيما بينها (عدد الجهات المعيَّنة: %1).</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تنسق جهات الاتصال الـ%1 فيما بينها: %2.</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عدد جهات الاتصال المعيَّنة: %1، لكن لم يُسجَّل كيف تتبادل المعلومات وتنسق فيما بينها.</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تتضمن مواصفات كل جهة من جهات الاتصال (%1) هذا العنصر.</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تتضمن مواصفات %1 من جهات الاتصال الـ%2 هذا العنصر؛ ولا تتضمنه بعد: %3.</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تتضمن مواصفات أي من جهات الاتصال الـ%1 هذا العنصر بعد.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: آخر إخطار أو تأكيد بشأن %2 كان في %3.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: آخر إخطار أو تأكيد بشأن %2 كان في %3، أي منذ مدة تتجاوز %4 من الأشهر.</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: لا يوجد ما يثبت إخطار %3 بـ%2.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة في صفحة «الوظائف»: %1.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة في صفحة «الوظائف»: %1؛ الجهة الرائدة: %2.</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي حالة في صفحة «الوظائف».</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البيانات المتعلقة بـ%1: %2.</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البيانات المتعلقة بـ%1: %2؛ مصنفة حسب الجنس: %3.</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل ما إذا كانت البيانات المتعلقة بـ%1 متاحة.</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لكل مجال من المجالات الوظيفية الـ%1 في الجدول 1 جهة رائدة واحدة مؤكَّدة.</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا جهة رائدة: %1.</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أكثر من جهة رائدة: %1.</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة رائدة مقترحة غير مؤكَّدة: %1.</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: بلا جهة رائدة.</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: أكثر من جهة رائدة: %2. ووجود جهة رائدة واحدة يجنّب ازدواجية الأدوار (7.3.2 d).</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: توجد اقتراحات من الجدول 1 تحتاج إلى تأكيد.</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: يذكر الجدول 1 كيانات لا تضمها الآلية: %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لـ%1 من المجالات الوظيفية الـ%2 في الجدول 1 جهة رائدة.</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي مسؤولية في مصفوفة الجدول 1.</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كل فئة من فئات البند 7.4 الـ%1 ممثَّلة، أو مسجَّلة على أنها غير موجودة في هذه الدولة.</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُمثَّل بعد: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: لا تمثلها أي منظمة، ولم يُسجَّل أنها غير موجودة في الدولة.</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: مسجَّلة على أنها غير موجودة في هذه الدولة.</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 معلَّمة على أنها غير موجودة في هذه الدولة، ومع ذلك تشارك %2: صحّح هذه العلامة في صفحة «التشكيل».</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهيئات الدولية: %1.</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تشارك أي هيئة دولية بصفة عضو كامل العضوية أو بصفة مراقب.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %1% من الممثلين المسجَّل جنسهم (النساء: %2، الرجال: %3) و%4% من الأعضاء الأصليين؛ ولم يُسجَّل جنس %5 من الممثلين.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %1% من الممثلين (النساء: %2، الرجال: %3) و%4% من الأعضاء الأصليين.</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل جنس أي من الممثلين الـ%1.</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2؛ التمويل: %3.</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: لم يُسجَّل شيء في صفحة «البنية التحتية».</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>توفر السلطة الوطنية: %1.</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي مورد على أنه مقدَّم من السلطة الوطنية.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>طريقة البت</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما أُعدّ حتى الآن</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تأتي الوظائف والبنية التحتية والمسؤوليات في صفحاتها الخاصة.</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح صفحة «ال&amp;جاهزية» عند الانتهاء</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>درجة الجاهزية: %1. لا تبقى أي ثغرة.</numerusform>
            <numerusform>درجة الجاهزية: %1. تبقى ثغرة واحدة؛ وتعرضها صفحة «الجاهزية» مع خطوتها التالية ورابط إلى الصفحة التي تعالجها.</numerusform>
            <numerusform>درجة الجاهزية: %1. تبقى ثغرتان؛ وتعرضهما صفحة «الجاهزية»، الأهم أولًا، مع الخطوة التالية لكل منهما ورابط إلى الصفحة التي تعالجها.</numerusform>
            <numerusform>درجة الجاهزية: %1. تبقى %n ثغرات؛ وتعرضها صفحة «الجاهزية» جميعًا، الأهم أولًا، مع الخطوة التالية لكل منها ورابط إلى الصفحة التي تعالجها.</numerusform>
            <numerusform>درجة الجاهزية: %1. تبقى %n ثغرةً؛ وتعرضها صفحة «الجاهزية» جميعًا، الأهم أولًا، مع الخطوة التالية لكل منها ورابط إلى الصفحة التي تعالجها.</numerusform>
            <numerusform>درجة الجاهزية: %1. تبقى %n ثغرة؛ وتعرضها صفحة «الجاهزية» جميعًا، الأهم أولًا، مع الخطوة التالية لكل منها ورابط إلى الصفحة التي تعالجها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أولاها:</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدولة والآلية وأساسها القانوني (7.1)، والصكوك الدولية والإقليمية التي انضمت إليها الدولة (البند 4).</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وظائف الآلية حسب الأولوية (من 7.3.2 إلى 7.3.4). غيّر الحالة أو الجهة الرائدة أو الملاحظة بالمفتاح F2 أو بالنقر المزدوج أو بالكتابة مباشرة. ويُقيَّم أداء الوظيفة 7.3.2 d) استنادًا إلى مصفوفة الجدول 1 في صفحة «المسؤوليات».</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مجالات الرصد المذكورة في 7.3.2 a) من 1) إلى 8): هل البيانات متاحة، وهل هي مصنفة حسب الجنس حيثما يطلب المعيار ذلك؟</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مجالات الرصد</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم تُحدَّد جهة رائدة بعد)</translation>
    </message>
    <message>
        <source>Function</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملاحظات (من، وكيف، وكم مرة)</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما تقوم به الآلية، بدءًا بالأولوية العالية (7.3)، والأدلة التي يستند إليها رصدها (7.3.2 a).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل بيانات الضيف</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة ضيف</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>م&amp;دعو</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;حاضر</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الم&amp;نظمة</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حاضر</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سجل التغييرات: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي تغيير لهذا السجل: أُجري آخر تغيير عليه قبل أن يبدأ NCM Desktop في الاحتفاظ بسجل للتغييرات.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استيراد الأعضاء</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <source>First values</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحقل المقابل للعمود «%1»</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>1. محتوى كل عمود</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات وفئاتها</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>2. فئة كل منظمة جديدة</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خُمّنت الفئات من الأسماء، وتظهر الفئات غير المؤكدة أولًا. تحقق منها: لتغيير فئة، انقر عليها نقرًا مزدوجًا، أو حدّدها واضغط F2. تُحفَظ تصحيحاتك لعمليات الاستيراد التالية.</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصفوف كما ستُستورد</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>3. الصفوف</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استبعاد الصفوف التي بها مشكلات واستيراد ال&amp;باقي</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُستورد شيء: بعض الصفوف بها مشكلات.</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصفوف: %1. للإضافة: %2. التكرارات المستبعدة: %3. بها مشكلات: %4.</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: الورقة «%2»، وعدد الصفوف بعد صف العناوين: %3.</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: نص بترميز %2، والقيم مفصولة بـ«%4»، وعدد الصفوف بعد صف العناوين: %3.</translation>
    </message>
    <message>
        <source>tab</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>علامة الجدولة</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ستُضاف</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تكرار للسطر %1 (%2)</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موجود بالفعل في الملف باسم «%1» (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Result</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البنية التحتية والإدارة</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>طاقم الدعم، وحيّز الاجتماعات والحيّز المكتبي، والمعدات، والموارد المالية (البند 8).</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصكوك المنضم إليها (البند 4)</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ضع علامة على كل صك انضمت إليه الدولة؛ ويحتاج كل صك من صكوك البند 4 إلى جهة اتصال وطنية (البند 6). وتجعل بعض المعاهدات الإقليمية إنشاء آلية وطنية شرطًا قانونيًا.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصكوك</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صك إقليمي &amp;آخر:</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صك إقليمي آخر</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسمه كما تشير إليه الدولة</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافته بوصفه صكًا منضمًا إليه</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إزالة الصك المحدد الذي أُدخل باسمه</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند 4</translation>
    </message>
    <message>
        <source>Regional</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إقليمي</translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إقليمي (أُدخل باسمه)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصك (ضع علامة عند الانضمام)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يقتضي إنشاء آلية وطنية (7.2، الملاحظة 1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصكوك المنضم إليها</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ضع علامة على صكوك البند 4 والمعاهدات الإقليمية التي تكون الدولة طرفًا فيها؛ وأضف أي صك آخر باسمه.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نائب الرئيس</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أمين السر</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عضو مناوب</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عضو كامل العضوية</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير موجود في هذه الدولة</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجب</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينبغي</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجوز</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يمكن</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أولوية عالية</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أولوية متوسطة</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أولوية أدنى</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متاحة جزئيًا</translation>
    </message>
    <message>
        <source>Not available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير متاحة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير متوفر</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متوفر جزئيًا</translation>
    </message>
    <message>
        <source>In place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متوفر</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختصار اسم المنظمة</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب أو الوظيفة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدور في الآلية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Not added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُضف</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم والمنظمة نفسهما</translation>
    </message>
    <message>
        <source>same email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>same phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استُبدل بنسخة أحدث</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غُيِّر في الملفين كليهما</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حُذف في أحد الملفين</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حُذفت منظمته</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف الآخر</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإبقاء على نسخة هذا الملف</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أخذ نسخة الملف الآخر</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Setting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>شخص</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السلطة الوطنية</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صك جهة الاتصال</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم يُستورد)</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصدر وطني آخر</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصدر إقليمي</translation>
    </message>
    <message>
        <source>International source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصدر دولي</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قيادة</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دعم</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُجَب عنه بعد</translation>
    </message>
    <message>
        <source>From the data</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>من البيانات</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُجيب عنه يدويًا</translation>
    </message>
    <message>
        <source>Absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Stale</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متقادم</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُخطَر قط</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غُيِّر</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استُعيد بالتراجع</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عند فتح الملف</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كل 30 دقيقة أثناء العمل</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُنشئت يدويًا</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل الترقية إلى إصدار جديد</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل دمج</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تغييرات لم تُكتب في محرك الأقراص</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تقدم محدود</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تقدم كبير</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>National budget</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الميزانية الوطنية</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مموَّل</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <source>Working group</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فريق عامل</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Pending</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى حديثًا</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أقرب إلى الاستيفاء</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يطلب المعيار MOSAIC 03.40 (البند 6.3) تقديم اسم كل جهة اتصال وطنية وبيانات الاتصال بها إلى المكتب المعني وتحديثها باستمرار. ويتضمن هذا الملف رسالة واحدة لكل صك تغطيه جهة اتصال، جاهزة للتوقيع والإرسال.</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرسائل الواردة في هذا الملف</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>آخر إخطار</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُخطَر بعد</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل جهة اتصال لأي صك، لذا لا يتضمن هذا الملف أي رسالة.</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صكوك بلا جهة اتصال</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُعدّ أي رسالة لهذه الصكوك، لأنه لم تُسجَّل لها أي جهة اتصال وطنية. وإذا كانت الدولة قد انضمت إلى أحدها، يمكن تعيين جهة اتصال (البند 6.1) ثم طباعة الرسائل من جديد.</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرسالة التي تحمل عبارة «مسودة» تذكر جهة اتصال لم يُسجَّل لها رقم هاتف ولا عنوان بريد إلكتروني: أكمل بيانات الاتصال، ثم اطبع الرسائل من جديد.</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الموضوع: جهة الاتصال الوطنية الخاصة بـ%1</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سيدتي، سيدي،</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أتشرف بإبلاغكم بأن %1 قد عيّنت جهة الاتصال الوطنية التالية الخاصة بـ%2:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أتشرف بإبلاغكم بأن %1 قد عيّنت جهات الاتصال الوطنية التالية الخاصة بـ%2:</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ويتولى %1 أيضًا مهام جهة الاتصال الوطنية الخاصة بما يلي: %2.</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تؤكد هذه الرسالة الإخطار المؤرخ %1 وتحدّثه.</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وأكون ممتنًا لو تفضلتم بتسجيل هذه البيانات واستخدامها في جميع المراسلات المتعلقة بتنفيذ %1. وسيجري إخطاركم بأي تغيير دون تأخير.</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وتفضلوا بقبول فائق الاحترام والتقدير.</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم والمنصب</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عن %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>the Government</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>آلية التنسيق الوطنية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>Set-up &amp;assistant…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>م&amp;ساعد الإعداد…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;فتح ملف…</translation>
    </message>
    <message>
        <source>Open ser&amp;ver dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح ملف على ال&amp;خادم…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استيراد الأ&amp;عضاء…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;مقارنة الملفات…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;بادل</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;دمج حزمة…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;محفوظات الدمج…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ في محرك الأ&amp;قراص الآن</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخ الاحتيا&amp;طية…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القسم ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;حول NCM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد ملف مفتوح. أنشئ ملفًا من ملف &gt; ملف جديد، أو افتح ملفًا من ملف &gt; فتح ملف.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح ملف</translation>
    </message>
    <message>
        <source>Open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح ملف على الخادم</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عنوان ملف الخادم (postgresql://user@server/database):</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ليس عنوان خادم (%2). اكتبه بالشكل postgresql://server/database.</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد المحاولة مرة أخرى؟</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <source>Import members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استيراد الأعضاء</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قوائم الأعضاء (*.csv *.xlsx *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عدد الأشخاص المستوردين: %1، وعدد المنظمات الجديدة: %2.</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتبت الحزمة: %1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دمج حزمة</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حزم NCM Desktop (*.ncmx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الملف مفتوح للقراءة فقط: لا يمكن استيراد أي شيء إليه أو دمجه فيه.</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يحتوي محرك الأقراص بالفعل على جميع التغييرات.</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تم التراجع عن الحذف.</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حول NCM Desktop</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لا توجد ملفات حديثة)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تم: %1. اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <extracomment>Problems reported to the user, in order; without ``interactive`` (the smoke test) they are only collected here, never shown in a dialog that would wait. Open the set-up assistant by itself on a new dossier (off in smoke tests and in tests that do not ask for it). Says when the dossier is read-only, on a removable or network drive, or could not be written back: never silently.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 على %2، منذ %3</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ترك NCM Desktop الملف %1 مقفلًا (%2)، ولم يعد البرنامج قيد التشغيل: ربما توقف دون إغلاقه. يمكنك تولّي القفل والعمل على الملف، أو فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تولّي القفل وال&amp;فتح</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فتح لل&amp;قراءة فقط</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف %1 مفتوح في NCM Desktop على حاسوب آخر (%2). لا يمكن إلا لبرنامج واحد تعديل الملف في الوقت نفسه. افتحه للقراءة فقط، أو تولَّ القفل، ولكن فقط إذا لم يعد ذلك الحاسوب يستخدمه (توقف، أو نُزع منه محرك الأقراص).</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف %1 مفتوح بالفعل في نسخة أخرى من NCM Desktop (%2). لا يمكن إلا لبرنامج واحد تعديل الملف في الوقت نفسه: يمكنك فتحه هنا للقراءة فقط.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف قيد الاستخدام</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1

أُنشئت أحدث نسخة احتياطية سليمة من هذا الملف في %2؛ وهي تحتوي على المنظمات: %3، والأشخاص: %4. هل تريد استعادتها؟ يُحتفظ بمحتوى الملف الحالي في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

يُنشئ آلية تنسيق وطنية معنية بمراقبة الأسلحة الصغيرة والأسلحة الخفيفة ويدير عملها، وفقًا لمعيار الأمم المتحدة MOSAIC 03.40.

يعمل دون اتصال بالإنترنت: لا يتصل بالشبكة إلا لفتح ملف على خادم تحدده أنت.</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>للقراءة فقط: هذا الملف مفتوح للتعديل في NCM Desktop من قِبل %1 على %2 منذ %3. يمكنك قراءته هنا؛ وتظهر التغييرات المُجراة هناك عند فتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>للقراءة فقط: أنت قارئ لملف الخادم هذا. يمكنك قراءته والطباعة منه؛ ويمكن لمالكه أن يجعلك موظفًا لتعديله.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>للقراءة فقط: لا يمكن إجراء تغييرات على هذا الملف.</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب هذا الملف بإصدار أقدم من NCM Desktop: أنت تقرأ نسخة حُدِّثت لتلائم هذا الإصدار.</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الملف موجود على محرك أقراص شبكي (%1). أنت تعمل على نسخة في هذا الحاسوب، تُكتب مرة أخرى في محرك الأقراص الشبكي كل دقيقة أثناء إجرائك التغييرات وعند إغلاق الملف.</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الملف موجود على محرك أقراص قابل للإزالة (%1). أنت تعمل على نسخة في هذا الحاسوب، تُكتب مرة أخرى في محرك الأقراص كل دقيقة أثناء إجرائك التغييرات وعند إغلاق الملف. أغلق الملف، أو استخدم ملف &gt; حفظ في محرك الأقراص الآن، قبل نزع محرك الأقراص.</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتبت في محرك الأقراص التغييرات المُجراة على هذا الحاسوب التي لم تصل إليه في المرة السابقة.</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُكتب في المرة السابقة تغييرات بقيت على هذا الحاسوب، وتغيّر الملف الموجود على محرك الأقراص منذ ذلك الحين: لذا احتُفظ بها في نسخة احتياطية (ملف &gt; النسخ الاحتياطية…).</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت كتابة الملف مرة أخرى في محرك الأقراص الخاص به (%1). تغييراتك محفوظة بأمان على هذا الحاسوب، وستُكتب فيه عندما تصبح الكتابة في محرك الأقراص ممكنة من جديد، أو في المرة التالية التي تفتح فيها الملف.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّر إنشاء نسخة احتياطية تلقائية: %1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب في محرك الأقراص.</translation>
    </message>
    <message>
        <source>%1 — NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — NCM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Server dossier %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الخادم %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الخادم المفتوح</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الآلية المفتوح</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملفات NCM Desktop (*.ncm)</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أي منظمة عضو تتولى القيادة وأيها تقدم الدعم في كل مجال وظيفي من مجالات الجدول 1 (البند 9). ووجود جهة رائدة واحدة لكل مجال يجنّب ازدواجية الأدوار (7.3.2 d). والخلايا المظللة هي التي يذكر فيها الجدول 1 نوع الكيان الذي تنتمي إليه المنظمة.</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المفاتيح: L للقيادة، وS للدعم، وDelete للمسح، وC لتأكيد اقتراح، وF2 للاختيار.</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصفوفة المسؤوليات</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;قتراح من الجدول 1</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تأكيد جميع الاقتراحات</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;رفض الاقتراحات</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تشارك أي منظمة بعد بصفة عضو كامل العضوية أو بصفة مراقب: أضف المنظمات في صفحة «التشكيل» أو «المنظمات».</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما ينبغي مراجعته</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1؟</translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مقترح من الجدول 1، ولم يُؤكَّد بعد: اضغط C للتأكيد.</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يذكر الجدول 1 هذا النوع من الكيانات لمجال %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الآلية (البند 7.1)</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بيانات الاتصال بالأمانة</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;دولة</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;سم الآلية</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأساس ال&amp;قانوني</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تاريخ الأساس القانوني</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: اللجنة الوطنية لمراقبة الأسلحة الصغيرة والأسلحة الخفيفة</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرسوم أو القانون أو القرار الذي تُنشأ بموجبه الآلية، وأي ولاية مُسندة إلى منظمة إقليمية أو إلى الأمم المتحدة (البند 11)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحاضرون</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجلسات العامة والأفرقة العاملة للآلية: جداول أعمالها، ومن دُعي ومن حضر، وقراراتها، ويُتابَع كل قرار بإجراء أو بنشاط من أنشطة خطة العمل الوطنية. يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اجتماع &amp;جديد</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>طباعة كشف ال&amp;حضور…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصدير ال&amp;محضر…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اعتباره قد &amp;عُقد</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تسجيل جاهزية الآلية كخط أساس بتاريخ يوم الاجتماع؛ ويعرضه المحضر</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: الدورة العادية الأولى لعام 2026</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جدول ال&amp;أعمال (F2 لتحرير بند):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بند جديد في جدول الأعمال؛ يضيفه المفتاح Enter</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بند جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة بند</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;زالة بند</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;رفع البند</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;خفض البند</translation>
    </message>
    <message>
        <source>Participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;دعوة أشخاص…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دعوة جم&amp;يع الأعضاء</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة ضي&amp;ف…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إزالة من ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يضع مفتاح المسافة (Space) علامة «مدعو» أو «حاضر» في الخلية الحالية؛ ويفتح المفتاح Enter على ضيف بياناته للتعديل. ويُسجَّل جنس الأشخاص في صفحة «الأشخاص».</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوازن بين الجنسين في صفوف الحاضرين</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرارات وإجراءات المتابعة</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النص الكامل للقرار أو الإجراء</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة &amp;قرار…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تحويله إلى نشاط في ال&amp;خطة…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة إجراء متا&amp;بعة…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي اجتماع بعد. يسجّل الأمر «اجتماع جديد» اجتماعًا بتاريخ اليوم؛ غيّر تاريخه ونوعه وجدول أعماله، ثم ادعُ المشاركين فيه.</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع وجدول الأعمال</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحضور (%1/%2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرارات (%1)</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُعلَّم أي شخص بعد على أنه حاضر.</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحاضرون: %1؛ ولم يُسجَّل جنس أي منهم.</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ضمن نطاق 40 إلى 60 في المائة الذي يُعدّ توازنًا</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خارج نطاق 40 إلى 60 في المائة الذي يُعدّ توازنًا</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بعيد عن التوازن</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحاضرون: %1؛ تمثل النساء %2% ممن سُجّل جنسهم (النساء: %3، الرجال: %4)، %5 (7.4.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد بين الحاضرين من لم يُسجَّل جنسه.</numerusform>
            <numerusform>حاضر واحد لم يُسجَّل جنسه.</numerusform>
            <numerusform>حاضران لم يُسجَّل جنسهما.</numerusform>
            <numerusform>%n حاضرين لم يُسجَّل جنسهم.</numerusform>
            <numerusform>%n حاضرًا لم يُسجَّل جنسهم.</numerusform>
            <numerusform>%n حاضر لم يُسجَّل جنسهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُعتبر قد عُقد بعد: اعتباره كذلك يسجّل الجاهزية عند الاجتماع.</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عُقد. الجاهزية عند الاجتماع: %1.</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الاجتماع مؤرخ في %1: يمكن اعتباره قد عُقد في ذلك اليوم أو بعده.</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف الاجتماع %1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد حذف الاجتماع «%1» مع جدول أعماله وحضوره وقراراته؟ تبقى أنشطة الخطة التي نتجت عنه. يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دعوة أشخاص</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر الأشخاص المراد دعوتهم: يتيح Ctrl أو Shift مع النقر أو مع مفاتيح الأسهم اختيار عدة أشخاص، ويختار Ctrl+A جميع المعروضين.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>إزالة لا أحد</numerusform>
            <numerusform>إزالة مشارك واحد</numerusform>
            <numerusform>إزالة مشاركَين</numerusform>
            <numerusform>إزالة %n مشاركين</numerusform>
            <numerusform>إزالة %n مشاركًا</numerusform>
            <numerusform>إزالة %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف إجراء المتابعة %1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد حذف إجراء المتابعة «%1»؟ يبقى نشاط الخطة الذي تحوّل إليه. يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف القرار %1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد حذف هذا القرار وإجراءات المتابعة الخاصة به؟ تبقى أنشطة الخطة التي تحوّل إليها. يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>متابعة قرارات اجتماعات الآلية</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تحويل القرار إلى نشاط في الخطة</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دمج حزمة</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حزمة من «%1» (الحاسوب %2)، كُتبت في %3، وعدد سجلاتها: %4.</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذه الحزمة محمية. &amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السجلات التي غُيِّرت في الملفين كليهما</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نسختا السجل</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإبقاء على جميع نسخ &amp;هذا الملف</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أخذ جميع نسخ الملف ال&amp;آخر</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غُيِّرت هذه السجلات في الملفين كليهما منذ آخر تبادل بينهما. وقد اختيرت النسخة الأحدث؛ وللإبقاء على النسخة الأخرى، غيّر «الإبقاء على» (بالنقر المزدوج عليه أو بالضغط على F2). وتنتقل النسخة التي لم يُبقَ عليها إلى محفوظات الدمج.</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخ التي وضعتها عملية الدمج هذه جانبًا</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عرض &amp;محفوظات الدمج…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُلغي الدمج؛ لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُنشئت أولًا نسخة احتياطية من الملف: %1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وُضعت النسخ الواردة أدناه جانبًا؛ وتحتفظ بها محفوظات الدمج.</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يحتوي هذا الملف بالفعل على كل ما في الحزمة: لن يغيّر دمجها شيئًا.</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>للإضافة: %1. للتحديث: %2. للحذف: %3. غُيِّر في الملفين كليهما: %4.</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُضيف: %1. حُدِّث: %2. حُذف: %3. غُيِّر في الملفين كليهما: %4.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: أُضيف %2، وحُدِّث %3، وحُذف %4</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف الآخر</translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة الموضوعة جانبًا</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محفوظات الدمج</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث حسب السجل</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث في محفوظات الدمج</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخ التي وضعتها عمليات الدمج جانبًا</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة الموضوعة جانبًا والسجل حاليًا</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تضع أي عملية دمج أي نسخة جانبًا.</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة الموضوعة جانبًا</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>في الملف حاليًا</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يعد في الملف</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Version from</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة من</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف الآخر</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صفة العضوية</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الأساس القانوني</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المرجع القانوني</translation>
    </message>
    <message>
        <source>Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>معروفة باسم</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هيئة التخطيط التقني والتنسيق</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيفية</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الإخطار</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ آخر تأكيد</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مدة الإخطار (بالأشهر)</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوتيرة</translation>
    </message>
    <message>
        <source>Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ آخر انعقاد</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موجودة في الدولة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المسؤولية</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بداية الولاية</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند أو الصك</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ خط الأساس</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نوع الاجتماع</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسم الضيف</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>منظمة الضيف</translation>
    </message>
    <message>
        <source>Participant</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إجراء المتابعة</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجب ألّا يكون %1 فارغًا.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ليس عنوان بريد إلكتروني (المتوقع مثل name@example.org).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ليس رقم هاتف (أرقام ومسافات و+ و- وأقواس؛ من 6 إلى 20 رقمًا).</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 طويل جدًا: %3 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ليست من القيم المسموح بها.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: التاريخ %2 في المستقبل.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجب ألّا يكون %1 سالبًا.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجب أن يكون %1 عددًا صحيحًا من 1 إلى %3.</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 كبير جدًا: %3 على الأكثر.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» ليس رمز عملة من ثلاثة أحرف (مثل USD أو EUR أو XOF).</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» مسجَّل بالفعل؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» هي بالفعل الجهة الرائدة في هذا المجال، ولكل مجال جهة رائدة واحدة حتى لا تتكرر الأدوار (7.3.2 d). اجعل «%2» جهة داعمة أولًا، أو اختر «دعم» هنا.</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: لا يمكن تعليم هذه الفئة على أنها غير موجودة في هذه الدولة ما دامت لها منظمات في الآلية (%2). غيّر صفة عضوية هذه المنظمات أولًا.</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: عدد القيم أكبر من عدد أعمدة الملف («%2»). ربما تُرك فاصل داخل قيمة دون علامات تنصيص.</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 يسبق البداية: يجب أن تكون النهاية في تاريخ البداية أو بعده.</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: أُدخلت تكلفة قدرها %2، ومع ذلك صُنِّف النشاط على أنه بلا تكلفة. امسح التكلفة، أو أزل العلامة من «بلا تكلفة».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تتعذر الكتابة في %1: المجلد غير موجود. اختر مجلدًا آخر. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تتعذر الكتابة في %1: المجلد للقراءة فقط. اختر مجلدًا آخر، مثل مجلد «المستندات». لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 مجلد. أدخل اسم ملف، مثل roster.pdf. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت كتابة %1 (%2). تحقق من توفر مساحة على القرص ومن أنه لا يزال موصولًا، ثم أعد المحاولة. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة %1 بوصفه قائمة أعضاء: فهو ليس ملف CSV ولا مصنف Excel (.xlsx)، أو أنه تالف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 فارغ: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة %1: علامة التنصيص الخاصة بقيمة تبدأ في السطر %2 لم تُغلق قط، أو يليها نص إضافي. صحّح الملف، أو احفظه من جديد من برنامج جداول البيانات. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 مصنف Excel 97-2003 (.xls). احفظه بصيغة مصنف Excel (.xlsx) أو بصيغة CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ليس حزمة تبادل من NCM Desktop. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 غير مكتمل: ربما انقطع نسخه. انسخ الحزمة مرة أخرى من مصدرها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 تالف أو غُيِّر بعد كتابته: محتواه لا يطابق المجموع الاختباري. اطلب حزمة جديدة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب %1 بإصدار أحدث من NCM Desktop. ثبّت ذلك الإصدار لدمجه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 مصدره ملف من إصدار أحدث من NCM Desktop (المخطط %2). ثبّت ذلك الإصدار لدمجه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 محمي بعبارة مرور. أدخل عبارة المرور لفتحه.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عبارة المرور لا تفتح %1. تحقق منها (الأحرف الكبيرة والصغيرة مختلفة) وأعد المحاولة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يمكن دمج %1: محتواه لا يتوافق مع هذا الإصدار من NCM Desktop (%2). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حدّد الاجتماع بالخيار --meeting، بتاريخه (YYYY-MM-DD) أو بمعرّفه.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد اجتماع يطابق «%1». حدّده بتاريخه (YYYY-MM-DD) أو بالأحرف الأولى من معرّفه.</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عُقدت في %1 عدة اجتماعات (%2): حدّد أحدها بالأحرف الأولى من معرّفه.</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يمكن كتابة %1 بتلك الصيغة: لا تُعدّ هذه الوثيقة إلا بصيغة %2. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة الملف %1 أو الكتابة فيه: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ترك NCM Desktop الملف %1 مقفلًا (%2 على %3، منذ %4)، ولم يعد البرنامج قيد التشغيل. أعد تشغيل الأمر مع --force لتولّي القفل.</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف %1 مفتوح في NCM Desktop على حاسوب آخر (%2 على %3، منذ %4). أغلقه هناك أولًا. وإذا لم يعد ذلك الحاسوب يستخدمه (توقف، أو نُزع منه محرك الأقراص)، فأعد تشغيل الأمر مع --force لتولّي القفل.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الملف %1 مفتوح في نسخة أخرى من NCM Desktop (%2 على %3، منذ %4). لا يمكن إلا لبرنامج واحد تعديل الملف في الوقت نفسه: أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ شخص آخر هذا السجل بعد أن فتحته. لم يُحفظ شيء مما أدخلته: اطّلع على نسخته ثم أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خادم %1 لا يستجيب (%2). تحقق من العنوان ومن شبكة المكتب، أو اسأل مسؤول تقنية المعلومات عمّا إذا كان الخادم يعمل.</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>رفض خادم %1 اسم المستخدم أو كلمة المرور. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يحتوي %1 على أي ملف من NCM Desktop (%2). ينشئ مسؤول تقنية المعلومات ملفًا بالأمر ncm-desktop server init.</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الخادم %1 يحتوي على ملف بالفعل: لم يُرفع شيء. ادمج فيه حزمة تبادل بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُنشئ ملف الخادم %1 بإصدار أقدم من NCM Desktop. اطلب من مسؤول تقنية المعلومات ترقيته بالأمر ncm-desktop server init.</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يمكنك القيام بذلك على ملف الخادم %1. اطلب من مالكه الدور الذي تحتاج إليه.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>انقطع الاتصال بخادم %1 (%2). لم يُحفظ التغيير الجاري؛ ولم يُحفظ أي شيء جزئيًا.</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد ملف في %1. ربما نُقل أو أُعيدت تسميته أو حُذف، أو نُزعت ذاكرة USB التي تحمله.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ملف فارغ وليس ملف آلية. افتح نسخة احتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 ليس ملفًا من ملفات NCM Desktop. لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كُتب %1 بإصدار أحدث من NCM Desktop. ثبّت ذلك الإصدار لفتحه؛ لم يُمسّ الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 تالف (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت ترقية %1 إلى هذا الإصدار من NCM Desktop (%2). تُرك كما كان تمامًا؛ وتوجد نسخة احتياطية منه في %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تتعذر قراءة %1 هنا: لم يُغلق بشكل صحيح ومجلده للقراءة فقط. افتحه حيث استُخدم آخر مرة، أو انسخه إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يمكن الكتابة في %1: الملف أو مجلده للقراءة فقط. اختر مجلدًا آخر أو انسخ الملف إلى هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي جدول أعمال.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %1 من الحاضرين المسجَّل جنسهم (النساء: %2، الرجال: %3). وتسعى الآلية إلى تحقيق التوازن بين الجنسين (MOSAIC 03.40، 7.4.1).</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل جنس أي من الحاضرين.</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المدعوون الذين لم يحضروا</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرارات والمتابعة</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي قرار.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>القرار %1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إجراء المتابعة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نشاط خطة العمل الوطنية: %1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي إجراء متابعة.</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجاهزية عند هذا الاجتماع</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>درجة الجاهزية قياسًا على MOSAIC 03.40 عند عقد الاجتماع: %1. فئات البند 7.4 الممثَّلة: %2 من أصل %3؛ نسبة النساء بين الممثلين: %4.</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُعتبر الاجتماع قد عُقد، ولذلك لم تُسجَّل له جاهزية (صفحة الاجتماعات، اعتباره قد عُقد).</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اعتُمد في اجتماع: ____________________   توقيع الرئيس: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لم يحضر أحد (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
            <numerusform>حضر شخص واحد (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
            <numerusform>حضر شخصان (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
            <numerusform>حضر %n أشخاص (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
            <numerusform>حضر %n شخصًا (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
            <numerusform>حضر %n شخص (من المدعوين: %1، ومن غير المدعوين: %2)؛ مدعوون لم يحضروا: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مجال الرصد (7.3.2 a)</translation>
    </message>
    <message>
        <source>Data available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البيانات متاحة</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصنفة حسب الجنس</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المصدر، والجهة التي تقيّمه</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: استكمال تشكيل اللجنة الوطنية</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;مرجع (بند أو صك)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفئة (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>طريقة اختيار الفئة</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>موجودة بالفعل في الملف</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اخترتها أنت</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصحيحك في عملية استيراد سابقة</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مؤكدة: لا يذكر الاسم أي حقيبة وزارية، تحقق منها</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مؤكدة، مُخمَّنة من كلمة «%1»: تحقق منها</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مُخمَّنة من كلمة «%1»</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تخمين: اختر فئة</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل المنظمة</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة منظمة</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الا&amp;ختصار</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;فئة (7.4)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صفة ال&amp;عضوية</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;ملاحظات</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوزارات والهيئات الحكومية والمجتمع المدني والقطاع الصناعي والهيئات الدولية المشاركة في الآلية، ولكل منها فئتها وفق البند 7.4 وصفة عضويتها.</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث بالاسم أو الاختصار أو الفئة</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث في المنظمات</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي منظمة بعد. أضف أول منظمة بالأمر «إضافة منظمة» (مفتاح Insert).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة منظمة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;عديل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف %1 (لا ممثلين لها)؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف %1 وممثلها الوحيد؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف %1 وممثلَيها الاثنين؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف %1 وممثليها الـ%n؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف %1 و%n ممثلًا لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف %1 و%n ممثل لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف لا منظمات</numerusform>
            <numerusform>حذف منظمة واحدة</numerusform>
            <numerusform>حذف منظمتين</numerusform>
            <numerusform>حذف %n منظمات</numerusform>
            <numerusform>حذف %n منظمة</numerusform>
            <numerusform>حذف %n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف هذه المنظمات الـ%1 (لا ممثلين لها)؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه المنظمات الـ%1 وممثلها الوحيد؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه المنظمات الـ%1 وممثليها الاثنين؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه المنظمات الـ%1 وممثليها الـ%n؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه المنظمات الـ%1 و%n ممثلًا لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه المنظمات الـ%1 و%n ممثل لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا توجد منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 من أصل لا منظمات تطابق البحث</numerusform>
            <numerusform>%1 من أصل منظمة واحدة تطابق البحث</numerusform>
            <numerusform>%1 من أصل منظمتين تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n منظمات تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n منظمة تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n منظمة تطابق البحث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفئة (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صفة العضوية</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الممثلون</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <extracomment>The shortest passphrase accepted: long enough to resist guessing offline.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تنقل الحزمة هذا الملف إلى حاسوب آخر، حيث يمكن دمجها في ملف عن طريق ملف &gt; تبادل &gt; دمج حزمة. وهي تتضمن أسماء الأعضاء وأرقام هواتفهم وعناوين بريدهم الإلكتروني: احمها بعبارة مرور، وسلّم عبارة المرور بشكل منفصل (لا على ذاكرة USB نفسها).</translation>
    </message>
    <message>
        <source>Package file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;حماية الحزمة بعبارة مرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;ملف الحزمة:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر مكان كتابة الحزمة.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يجب ألّا يقل طول عبارة المرور عن %1 من الأحرف.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عبارتا المرور مختلفتان. اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حزم NCM Desktop (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (ضيف)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ممثلو المنظمات الأعضاء (7.4)، الأصليون والمناوبون. يُسجَّل جنسهم كي يُقاس التوازن بين الجنسين (7.4.1) لا أن يُخمَّن.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث بالاسم أو المنظمة أو المنصب أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث في الأشخاص</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أحد بعد. أضف أول ممثل بالأمر «إضافة شخص» (مفتاح Insert).</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة شخص</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;عديل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف %1 من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف لا أحد</numerusform>
            <numerusform>حذف شخص واحد</numerusform>
            <numerusform>حذف شخصين</numerusform>
            <numerusform>حذف %n أشخاص</numerusform>
            <numerusform>حذف %n شخصًا</numerusform>
            <numerusform>حذف %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف لا أحد من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذا الشخص من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذين الشخصين من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هؤلاء الأشخاص الـ%n من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هؤلاء الـ%n شخصًا من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هؤلاء الـ%n شخص من الملف؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 من أصل لا أحد يطابق البحث</numerusform>
            <numerusform>%1 من أصل شخص واحد يطابق البحث</numerusform>
            <numerusform>%1 من أصل شخصين يطابق البحث</numerusform>
            <numerusform>%1 من أصل %n أشخاص يطابقون البحث</numerusform>
            <numerusform>%1 من أصل %n شخصًا يطابقون البحث</numerusform>
            <numerusform>%1 من أصل %n شخص يطابقون البحث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل بيانات الشخص</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(بلا منظمة)</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثال: +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>name@ministry.gov</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الم&amp;نصب أو الوظيفة</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المن&amp;ظمة</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الج&amp;نس</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;ولاية منذ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <extracomment>The version edited here: a save is refused if someone else saved since.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: نسخته «%2»، ونسختك «%3»</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غيّر شخص آخر بيانات هذا الشخص</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإبقاء على &amp;نسخته</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ نسخ&amp;تي</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعيين جهة اتصال</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اختر الشخص المعيَّن بوصفه جهة الاتصال الوطنية. ومن لم يكن مسجَّلًا في الملف بعد يُضاف أولًا في صفحة «الأشخاص»، أو بالأمر «إضافة شخص جديد».</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث بالاسم أو المنظمة أو المنصب</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث في الأشخاص</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دعوة الوزارة المسؤولة عن %1 إلى الانضمام إلى الآلية</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدعوة إلى الانضمام إلى الآلية: %1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>دعوة ممثلي %1 إلى الانضمام إلى الآلية</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعيين جهة اتصال وطنية خاصة بـ%1</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إخطار %1 بجهة الاتصال الوطنية الخاصة بـ%2</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعيين الكيان المضيف للسلطة الوطنية</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إرساء دور السلطة الوطنية المبيّن في %1</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ترتيب تنسيق منتظم بين جهات الاتصال الوطنية</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعزيز مواصفات جهات الاتصال الوطنية (%1)</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>استكمال الإنشاء الرسمي للآلية</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جمع البيانات المتعلقة بـ%1 وتقييمها</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جمع البيانات المتعلقة بـ%1 وتقييمها، مصنفةً حسب الجنس</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعيين الكيان الحكومي الرائد في مجال %1</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاتفاق على كيان حكومي رائد واحد في مجال %1</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السعي إلى تحقيق التوازن بين النساء والرجال في صفوف الممثلين</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تزويد الآلية بـ%1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سدّ الثغرة المتعلقة بـ%1 من المعيار MOSAIC 03.40</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سمّت المنظمة ممثليها في الآلية</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عُيّنت جهة اتصال وطنية خاصة بـ%1</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ورود إفادة من %1 بتلقي الإخطار</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكيان المضيف معيَّن بموجب نص قانوني</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اجتماعات التنسيق معقودة وفق الجدول المقرر</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البيانات المتعلقة بـ%1 متاحة ومقيَّمة</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البيانات المتعلقة بـ%1 متاحة ومقيَّمة، ومصنفة حسب الجنس</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كيان رائد واحد مؤكَّد لمجال %1</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء ما بين 40 و60 في المائة من الممثلين</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قائم: %1</translation>
    </message>
    <message>
        <source>MOSAIC 03.40, %1: %2</source>
        <extracomment>Parameters put into a sentence with a small first letter (&quot;the ministry responsible for health&quot;), in the languages that have capitals.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40، %1: %2</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة المانحة: %1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُحدَّد الجهة المانحة</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Objective %1</source>
        <extracomment>Each objective&apos;s cost in the main currency: funded, and not funded yet.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكاليف حسب الهدف بعملة %1، الممولة وغير الممولة بعد</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مموَّل (الميزانية الوطنية أو جهة مانحة)</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مموَّل بعد</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أهداف الخطة، ويستجيب كل منها لبند أو صك من المعيار، وأنشطتها (البند 10، 7.3.2 e). يفتح المفتاح Enter أو F2 العنصر للتحرير، ويضيف Insert نشاطًا، وينقله Ctrl+Up وCtrl+Down إلى الأعلى والأسفل، بما في ذلك إلى الهدف السابق أو التالي؛ ويمكن أيضًا سحب الأنشطة وإفلاتها.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الفترة &amp;من:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إل&amp;ى:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الا&amp;عتماد:</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حالة الخطة</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأهداف والأنشطة</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هدف &amp;جديد…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نشاط ج&amp;ديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقل لأع&amp;لى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقل &amp;إلى…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقل النشاط إلى هدف آخر</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ت&amp;صدير الخطة…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أنشطة تقترحها ثغرات صفحة «الجاهزية»، الأهم أولًا. اقبل الاقتراح كما هو، أو عدّله أولًا، أو ارفضه: ولن يُقترح مرة أخرى.</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأنشطة المقترحة</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعد&amp;يل ثم قبول…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>عرض الاقتراحات المرفو&amp;ضة</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبل تقديم الخطة، يحتاج كل نشاط إلى جهة رائدة عضو في الآلية، وتواريخ ضمن فترة الخطة، وتكلفة (أو «بلا تكلفة»)، ومؤشر. اضغط Enter على نقطة لفتح النشاط المعني.</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فحص الجودة</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكاليف التقديرية</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد أي نشاط مصنَّف على أنه بلا تكلفة.</numerusform>
            <numerusform>نشاط واحد مصنَّف على أنه بلا تكلفة.</numerusform>
            <numerusform>نشاطان مصنَّفان على أنهما بلا تكلفة.</numerusform>
            <numerusform>%n أنشطة مصنَّفة على أنها بلا تكلفة.</numerusform>
            <numerusform>%n نشاطًا مصنَّفًا على أنه بلا تكلفة.</numerusform>
            <numerusform>%n نشاط مصنَّف على أنه بلا تكلفة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد أي نشاط بلا تكلفة تقديرية.</numerusform>
            <numerusform>نشاط واحد بلا تكلفة تقديرية بعد، غير محتسب في المجاميع.</numerusform>
            <numerusform>نشاطان بلا تكلفة تقديرية بعد، غير محتسبَين في المجاميع.</numerusform>
            <numerusform>%n أنشطة بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
            <numerusform>%n نشاطًا بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
            <numerusform>%n نشاط بلا تكلفة تقديرية بعد، غير محتسبة في المجاميع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا تُحوَّل أبدًا المبالغ المقيَّدة بعملات مختلفة.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاقتر&amp;احات (%1)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فحص الج&amp;ودة (%1)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الت&amp;كاليف</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف النشاط %1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل تريد حذف النشاط «%1»؟ يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حذف الهدف %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>هل تريد حذف الهدف «%1» (لا أنشطة فيه)؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>هل تريد حذف الهدف «%1» ونشاطه الوحيد؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>هل تريد حذف الهدف «%1» ونشاطَيه الاثنين؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>هل تريد حذف الهدف «%1» وأنشطته الـ%n؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>هل تريد حذف الهدف «%1» و%n نشاطًا تابعًا له؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>هل تريد حذف الهدف «%1» و%n نشاط تابع له؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قبول نشاط مقترح</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ليس للخطة فترة بعد: أدخل تاريخ بدايتها وتاريخ نهايتها.</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد منظمة رائدة.</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة، %1، ليست عضوًا في الآلية ولا مراقبًا فيها (%2).</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد تاريخ بداية أو تاريخ نهاية.</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينتهي في %2، قبل أن يبدأ (%1).</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يبدأ في %1، قبل بداية فترة الخطة (%2).</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ينتهي في %1، بعد نهاية فترة الخطة (%2).</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد تكلفة تقديرية، ولم يُصنَّف على أنه بلا تكلفة.</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد مؤشر.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهدف / النشاط</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا تكلفة</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مُعبّأ مسبقًا من الملف في %1 لأغراض التقرير الوطني عن تنفيذ %2 و%3. تحقق من كل إجابة قبل نسخها في التقرير.</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل لدى الدولة وكالة أو هيئة أو آلية تنسيق وطنية معنية بالأسلحة الصغيرة والأسلحة الخفيفة؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا (لم تُسجَّل أي آلية تنسيق في الملف)</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هيئة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Established by</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُنشئت بموجب</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Composition of the body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تشكيل الهيئة</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الممثلون</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس غير مسجَّل</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأعضاء الأصليون</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأعضاء المناوبون</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جميع الممثلين</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهة الاتصال الوطنية الخاصة بـ%1</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي جهة اتصال وطنية خاصة بـ%1.</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>هل جهة الاتصال الوطنية الخاصة بـ%1 هي أيضًا جهة الاتصال الوطنية الخاصة بـ%2؟</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا: لم تُسجَّل أي جهة اتصال خاصة بـ%1.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مسجَّل</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا توجد منظمات كاملة العضوية؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
            <numerusform>ممثلو المنظمة الوحيدة الكاملة العضوية؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
            <numerusform>ممثلو المنظمتين الكاملتي العضوية؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
            <numerusform>ممثلو المنظمات الـ%n الكاملة العضوية؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
            <numerusform>ممثلو المنظمات الكاملة العضوية، وعددها %n؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
            <numerusform>ممثلو المنظمات الكاملة العضوية، وعددها %n؛ ولا يُحتسب المراقبون والهيئات المدعوة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مثل النظام (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يُسجَّل مع التغييرات التي تجريها، كي يعرف الزملاء الذين يتشاركون الملف من غيّر ماذا.</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ا&amp;سمك</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Provision</source>
        <extracomment>A sign before the change, so that it reads without colour too.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حينها</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغيّر</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>نقطة يتعين البت فيها</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخطة</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كل حكم من أحكام المعيار MOSAIC 03.40، يُبتّ فيه استنادًا إلى السجلات حيثما أمكنها ذلك، وإلا يُجاب عنه يدويًا. وتُعرض الثغرات بدءًا بالأهم: أحكام «يجب» قبل «ينبغي»، والأولوية العالية قبل الأدنى. أما أحكام «يجوز» و«يمكن» فهي خيارات: تُدرج ولكنها لا تُحتسب في الدرجة. اضغط Enter على ثغرة لفتح الصفحة التي تعالجها.</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب البند</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب الأولوية</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تسجيل &amp;خط أساس</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاحتفاظ بجاهزية اليوم في الملف، لرؤية التقدم عند خط الأساس التالي</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;رسم بياني</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;تقدم</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغيّرات منذ خط الأساس السابق</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات، الأهم أولًا</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخيارات التي يتيحها المعيار (يجوز، يمكن)</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جميع الأحكام، بترتيب ورودها في المعيار</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;فتح الصفحة التي تعالج ذلك</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإ&amp;جابة:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ال&amp;دليل:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سطر يبيّن الدليل: وثيقة أو قرار أو تاريخ</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(لم يُجَب عنه بعد)</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى: %1، مستوفى جزئيًا: %2، غير مستوفى: %3، بحاجة إلى إجابة: %4، من أصل %5 من الأحكام المحتسبة</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أحكام أخرى</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب التاريخ، إجمالًا وحسب البند</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا يوجد خط أساس مسجَّل قبل اليوم. سجِّل واحدًا الآن، وعند التالي يعرض هذا التبويب ما تغيّر: ما استُوفي حديثًا وما تراجع.</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>منذ خط الأساس المؤرخ %1: الدرجة %2 حينها و%3 الآن؛ %4 مستوفاة حديثًا، و%5 تراجعت.</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا أحكام</numerusform>
            <numerusform>حكم واحد</numerusform>
            <numerusform>حكمان</numerusform>
            <numerusform>%n أحكام</numerusform>
            <numerusform>%n حكمًا</numerusform>
            <numerusform>%n حكم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخطوة التالية: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وفق المسجَّل في %1، قياسًا على %2 (الكتالوج %3)</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يُبتّ في كل حكم من أحكام المعيار استنادًا إلى السجلات حيثما أمكنها ذلك، وإلا يُجاب عنه يدويًا مع سطر يبيّن الدليل. ويُحتسب الحكم المستوفى كاملًا، والمستوفى جزئيًا بالنصف. والمعيار توجيهات طوعية: فالثغرات خطوات لم تُتخذ بعد، لا أوجه تقصير.</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>درجة الجاهزية: %1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>درجة الجاهزية: لا يوجد بعد ما يُقيَّم</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى: %1، مستوفى جزئيًا: %2، غير مستوفى: %3، لم يُجَب عنه بعد: %4، من أصل %5 من الأحكام المحتسبة؛ لا ينطبق: %6.</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب البند</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب أولوية الوظائف (7.3)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أحكام أخرى</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بحاجة إلى إجابة</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرات، الأهم أولًا</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أحكام «يجب» قبل «ينبغي»، والأولوية العالية قبل الأدنى، ثم بترتيب ورودها في المعيار.</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لا توجد ثغرات: جميع الأحكام المحتسبة مستوفاة.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما تبيّنه السجلات</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الخيارات التي يتيحها المعيار («يجوز»، «يمكن»): لا تُحتسب</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقدم منذ آخر خط أساس</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي خط أساس قبل اليوم. يحتفظ خط الأساس بجاهزية تاريخه (تسجيل خط أساس في صفحة الجاهزية، أو اعتبار اجتماع قد عُقد)، كي يعرض التقرير التالي التقدم المحرز منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>منذ خط الأساس المؤرخ %1 انتقلت الدرجة من %2 إلى %3: %4 أحكام مستوفاة حديثًا، و%5 أقرب إلى الاستيفاء، و%6 تراجعت.</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فئات البند 7.4 الممثَّلة: %1 من أصل %2 حينها، و%3 من أصل %4 الآن. نسبة النساء بين الممثلين: %5 حينها، و%6 الآن.</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة حسب التاريخ، إجمالًا (الخط السميك) وحسب البند</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حينها</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تتغير حالة أي حكم منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>سجل ال&amp;تغييرات…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التغييرات التي طرأت على هذا السجل</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أُعدّ في %1 بواسطة NCM Desktop</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>آلية التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قائمة العضوية</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>أعضاء آلية التنسيق الوطنية، مجمَّعون حسب فئات المعيار MOSAIC 03.40، البند 7.4</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>كشف حضور اجتماع لآلية التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محضر اجتماع</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>محضر اجتماع لآلية التنسيق الوطنية: الحضور والقرارات وإجراءات المتابعة</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تقرير الجاهزية</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جاهزية آلية التنسيق الوطنية قياسًا على المعيار MOSAIC 03.40: الدرجة والثغرات والخطوات التالية</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل الوطنية بشأن الأسلحة الصغيرة والأسلحة الخفيفة: الأهداف والأنشطة والتكاليف والجدول الزمني</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>رسائل الإخطار بجهات الاتصال</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإخطار بجهات الاتصال الوطنية (MOSAIC 03.40، 6.3)</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التقرير الوطني عن برنامج العمل، الفرع 1</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>فرع التنسيق الوطني من التقرير الوطني عن برنامج عمل الأمم المتحدة، مُعبّأ مسبقًا</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ما تحتاج إليه الآلية للعمل (البند 8): طاقم الدعم، وحيّز الاجتماعات، والحيّز المكتبي والمعدات، والميزانية. وتُقيَّد التكاليف بوحدات صحيحة من العملة (رمز من ثلاثة أحرف، مثل USD أو EUR أو XOF). ويشير البند 8 إلى أنه يجوز للسلطة الوطنية توفير هذه الموارد، لذا فهي مصدر التمويل إلى أن تختار مصدرًا آخر.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مجموع التكلفة التقديرية: لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مجموع التكلفة التقديرية: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المورد (البند 8)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المسؤوليات</translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجالات الوظيفية لمراقبة الأسلحة الصغيرة (الجدول 1) مقابل منظمات الآلية.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>وفق المسجَّل في %1</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة العامة: حُذفت أرقام الهواتف وعناوين البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>قائمة العضوية (النسخة العامة)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التشكيل</translation>
    </message>
    <message>
        <source>Standing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>صفة العضوية</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الممثلون</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأعضاء الأصليون</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تمثل النساء %1 من مجموع الممثلين (%2 من أصل %3) و%4 من الأعضاء الأصليين (%5 من أصل %6).</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التوازن بين الجنسين (7.4.1)</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأعضاء حسب الفئة (MOSAIC 03.40، 7.4)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم يُسجَّل أي ممثل</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>منظمات لم تُسجَّل لها فئة من فئات البند 7.4</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي منظمة في هذا الملف بعد.</translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>7.4.2، ملاحظة</translation>
    </message>
    <message>
        <source>%1 %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>The sex of %n representative(s) is not recorded; they are counted in the totals.</source>
        <extracomment>Which standings the composition table counts, in order.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا يوجد ممثل لم يُسجَّل جنسه.</numerusform>
            <numerusform>لم يُسجَّل جنس ممثل واحد؛ وهو محتسب في المجاميع.</numerusform>
            <numerusform>لم يُسجَّل جنس ممثلَين؛ وهما محتسبان في المجاميع.</numerusform>
            <numerusform>لم يُسجَّل جنس %n ممثلين؛ وهم محتسبون في المجاميع.</numerusform>
            <numerusform>لم يُسجَّل جنس %n ممثلًا؛ وهم محتسبون في المجاميع.</numerusform>
            <numerusform>لم يُسجَّل جنس %n ممثل؛ وهم محتسبون في المجاميع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بحاجة إلى إجابة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Readiness</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>السلطة الوطنية</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التشكيل</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البنية التحتية</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المسؤوليات</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الاجتماعات</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مساعد الإعداد</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;عدم العرض مرة أخرى</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إغلاق المساعد وعدم فتحه تلقائيًا مرة أخرى؛ ويظل بالإمكان فتحه من أدوات &gt; مساعد الإعداد.</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النسخة المراد الإبقاء عليها</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الدولة والآلية</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>اسمها وأساسها القانوني (7.1). ويجوز أن يكون الأساس القانوني مرسومًا أو قانونًا أو قرارًا.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>النشاط المقترح</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Gap</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الثغرة</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (مرفوض)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>غير مموَّل بعد</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب الهدف</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب المنظمة الرائدة</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بلا جهة رائدة</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حسب مصدر التمويل</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الحقل</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إعداد آلية التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>بندًا بندًا، كما يصفها المعيار MOSAIC 03.40.</translation>
    </message>
    <message>
        <source>This assistant records, in five steps, what a mechanism that follows the standard is built on:

1. the State, the mechanism&apos;s name and its legal basis (7.1);
2. the international and regional instruments the State has joined (clause 4);
3. the National Authority (clause 5);
4. the National Points of Contact (clause 6);
5. the composition: who represents each ministry, body and partner (7.4).

Every change is saved as you make it. You can leave at any time and come back later with Tools &gt; Set-up assistant: it resumes where you stopped. Every step is also a page of the main window, and the Readiness page then shows what remains to do.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>يسجّل هذا المساعد، في خمس خطوات، الأسس التي تقوم عليها آلية تتبع المعيار:

1. الدولة، واسم الآلية وأساسها القانوني (7.1)؛
2. الصكوك الدولية والإقليمية التي انضمت إليها الدولة (البند 4)؛
3. السلطة الوطنية (البند 5)؛
4. جهات الاتصال الوطنية (البند 6)؛
5. التشكيل: من يمثل كل وزارة وهيئة وشريك (7.4).

يُحفظ كل تغيير فور إجرائه. ويمكنك المغادرة في أي وقت والعودة لاحقًا من أدوات &gt; مساعد الإعداد: إذ يستأنف المساعد العمل من حيث توقفت. وكل خطوة هي أيضًا صفحة من صفحات النافذة الرئيسية، ثم تعرض صفحة «الجاهزية» ما تبقى من عمل.</translation>
    </message>
</context>
</TS>
