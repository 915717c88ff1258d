<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_001" sourcelanguage="en">
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
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>خطأ:</translation>
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
    <name>Labels</name>
    <message>
        <source>Female</source>
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
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>حفظ &amp;نسخة باسم…</translation>
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
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

يُنشئ آلية تنسيق وطنية معنية بمراقبة الأسلحة الصغيرة والأسلحة الخفيفة ويدير عملها، وفقًا لمعيار الأمم المتحدة MOSAIC 03.40.

يعمل دون اتصال بالإنترنت: لا يفتح أي اتصال بالشبكة أبدًا.</translation>
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
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعذّرت قراءة الملف %1 أو الكتابة فيه: %2</translation>
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
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>تعديل الجهة</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إضافة جهة</translation>
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
        <translation>الجهات</translation>
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
        <translation>البحث في الجهات</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>لم تُسجَّل أي جهة بعد. أضف أول جهة بالأمر «إضافة جهة» (مفتاح Insert).</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>إ&amp;ضافة جهة</translation>
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
            <numerusform>حذف لا جهات</numerusform>
            <numerusform>حذف جهة واحدة</numerusform>
            <numerusform>حذف جهتين</numerusform>
            <numerusform>حذف %n جهات</numerusform>
            <numerusform>حذف %n جهة</numerusform>
            <numerusform>حذف %n جهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>حذف هذه الجهات الـ%1 (لا ممثلين لها)؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه الجهات الـ%1 وممثلها الوحيد؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه الجهات الـ%1 وممثليها الاثنين؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه الجهات الـ%1 وممثليها الـ%n؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه الجهات الـ%1 و%n ممثلًا لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
            <numerusform>حذف هذه الجهات الـ%1 و%n ممثل لها؟ يمكنك التراجع بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>لا توجد جهات</numerusform>
            <numerusform>جهة واحدة</numerusform>
            <numerusform>جهتان</numerusform>
            <numerusform>%n جهات</numerusform>
            <numerusform>%n جهة</numerusform>
            <numerusform>%n جهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%1 من أصل لا جهات تطابق البحث</numerusform>
            <numerusform>%1 من أصل جهة واحدة تطابق البحث</numerusform>
            <numerusform>%1 من أصل جهتين تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n جهات تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n جهة تطابق البحث</numerusform>
            <numerusform>%1 من أصل %n جهة تطابق البحث</numerusform>
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
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ممثلو الجهات الأعضاء (7.4)، الأصليون والمناوبون. يُسجَّل جنسهم كي يُقاس التوازن بين الجنسين (7.4.1) لا أن يُخمَّن.</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>البحث بالاسم أو الجهة أو المنصب أو البريد الإلكتروني</translation>
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
        <translation>الجهة</translation>
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
        <translation>(بلا جهة)</translation>
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
        <translation>ال&amp;جهة</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>الأشخاص</translation>
    </message>
</context>
</TS>
