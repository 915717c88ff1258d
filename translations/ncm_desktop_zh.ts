<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>The dossier is sound.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案完好无损。</translation>
    </message>
    <message>
        <source>Schema revision: %1 (current: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>架构版本：%1（当前：%2）</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 中的行数：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已写入示例档案 %1，共 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>The last action could not be completed: %1

Everything saved before it is safe in the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法完成上一项操作：%1

此前保存的所有内容都安全地保存在档案中。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>男</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>主席</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>副主席</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>候补成员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>正式成员</translation>
    </message>
    <message>
        <source>Observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>受邀</translation>
    </message>
    <message>
        <source>Not present in this State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国不存在</translation>
    </message>
    <message>
        <source>shall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>应</translation>
    </message>
    <message>
        <source>should</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>宜</translation>
    </message>
    <message>
        <source>may</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>可</translation>
    </message>
    <message>
        <source>can</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>能</translation>
    </message>
    <message>
        <source>High priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>高优先级</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>中优先级</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>较低优先级</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于 NCM Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分</translation>
    </message>
    <message>
        <source>No dossier is open. Create one with File &gt; New dossier, or open one with File &gt; Open dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有打开的档案。请通过“文件 &gt; 新建档案”创建，或通过“文件 &gt; 打开档案”打开。</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>副本已另存为 %1</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已撤销删除。</translation>
    </message>
    <message>
        <source>About NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于 NCM Desktop</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it never opens a network connection.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

依据联合国 MOSAIC 03.40 标准，建立并运行小武器和轻武器管制国家协调机制。

本程序离线工作：从不建立网络连接。</translation>
    </message>
    <message>
        <source>(no recent dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（没有最近的档案）</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Done: %1. Press Ctrl+Z to undo.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已完成：%1。按 Ctrl+Z 撤销。</translation>
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
        <translation>（只读）</translation>
    </message>
    <message>
        <source>The open dossier file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已打开档案的文件</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop 档案 (*.ncm)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address (expected name@example.org).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”不是电子邮件地址（应为 name@example.org 的形式）。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”不是电话号码（可含数字、空格、+、- 和括号；6 至 20 位数字）。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 太长：最多 %3 个字符。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the allowed values.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”不是允许的值。</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取或写入文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no dossier at %1. It may have been moved, renamed or deleted, or its USB stick removed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 处没有档案。它可能已被移动、重命名或删除，或者其 U 盘已被拔出。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a dossier. Open a backup instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 是空文件，不是档案。请改为打开备份。</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop dossier. Nothing was changed in it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 不是 NCM Desktop 档案。未对其做任何更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to open it; the file was left untouched.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 由更新版本的 NCM Desktop 写入。请安装该版本后再打开；文件未作改动。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Choose another folder, or copy the dossier to this computer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法写入 %1：该文件或其所在文件夹为只读。请选择其他文件夹，或将档案复制到本计算机。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加组织</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缩写(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别 (7.4)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员身份(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Ministries, government bodies, civil society, industry and international bodies in the mechanism, each with its category of clause 7.4 and its membership.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>机制中的各部委、政府机构、民间社会、行业和国际机构，各自标明第 7.4 条所列类别及成员身份。</translation>
    </message>
    <message>
        <source>Search by name, acronym or category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按名称、缩写或类别搜索</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>搜索组织</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Add the first with “Add organisation” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录任何组织。请使用“添加组织”（Insert 键）添加第一个组织。</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加组织(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>查找</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>删除 %1 及其 %n 名代表？可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>删除 %n 个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %1 organisations and their %n representative(s)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>删除这 %1 个组织及其 %n 名代表？可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n 个组织中有 %1 个符合搜索条件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别 (7.4)</translation>
    </message>
    <message>
        <source>Membership</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
    <message>
        <source>The representatives of the member organisations (7.4), titular and alternate. Their sex is recorded so that gender balance (7.4.1) is measured, not guessed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员组织（7.4）的正式代表和候补代表。记录其性别，以便对性别平衡（7.4.1）进行衡量而非猜测。</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按姓名、组织、职务或电子邮件搜索</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>No one is recorded yet. Add the first representative with “Add person” (Insert key).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录任何人员。请使用“添加人员”（Insert 键）添加第一位代表。</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>查找</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Delete %1 from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>从档案中删除 %1？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>删除 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n people from the dossier? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>从档案中删除这 %n 人？可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) match the search</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n 人中有 %1 人符合搜索条件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无组织）</translation>
    </message>
    <message>
        <source>e.g. +221 33 889 12 00</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如 +221 33 889 12 00</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>name@ministry.gov</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务或职位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mandate since</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>任期开始(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与系统相同（%1）</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Recorded with the changes you make, so that colleagues who share a dossier know who changed what.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与您所做的更改一并记录，以便共用同一档案的同事了解是谁更改了什么。</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>您的姓名(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>The record being edited; set by :meth:`save` when a new one is added.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
</context>
</TS>
