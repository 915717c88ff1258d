<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑后续行动</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加后续行动</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（尚无牵头方）</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头组织(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Answers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>对应条款</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方和合作伙伴</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Dates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>货币</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无费用</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>费用和资金</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>核查手段</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指标和核查手段</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按目标</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按牵头组织</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按资金来源</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无资金</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已有资金（国家预算或捐助方）</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>各目标费用（%1）：已有资金与尚无资金</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标%1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按季度排列的时间表</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过前需解决的问题</translation>
    </message>
    <message>
        <source>Point</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无牵头方</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>经本机制全体会议通过，日期：____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>主席姓名和签字：____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划中尚未记录任何目标。</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此目标下尚无活动。</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1季度</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标%1：%2</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合作伙伴：%1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>核查：%1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>对应条款：%1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>时间表</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>由 NCM Desktop 于%1生成</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>小武器和轻武器国家行动计划</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>供通过的草案。期限：%1至%2。</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>供通过的草案。期限：尚未确定。</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>于%3通过。期限：%1至%2。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1个目标，%2项活动。估计费用：%3；尚无资金：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未确定</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n项活动标为无费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n项活动尚无估计费用，未计入合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新目标：</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（尚无牵头方）</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>以整数单位填写，例如 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>货币</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无费用(&amp;N)</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无费用</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方名称</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新目标(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头组织(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>核查手段(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他与会者</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上文未列出的与会者：请填写所属组织和姓名，然后签字。</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>签字</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有预期与会者：尚未记录任何正式成员组织或观察员组织的代表。</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录任何受邀参加本次会议的人员。</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>预期与会者（%n人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体（第5.1条）</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构的作用（第5.2条）</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体(&amp;H)</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构的承载实体</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加组织(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指定日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据文号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通用名称(&amp;K)</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设在内政或国内安全机构内(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：小武器和轻武器国家主管机构（5.1）</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：第2019-047号法令第3条</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>如何落实，用一行说明（证据）</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>方式：%1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>技术机构(&amp;T)：</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家技术规划和协调机构</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体属于“%1”类别，即第5.2条建议国家主管机构所设的类别。</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第5.2条建议，由于国家主管机构负责在国家一级协调和推动小武器管制工作，国家主管机构宜为负责内政、内务或国内和平与安全的政府机构，或设在此类机构内。如承载实体是其他部委，请记录其是否设在此类机构内，或考虑选择“%1”类别中的承载实体。</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头为小武器管制工作提供政治协调和政策指导的政府实体（5.1）及其职能（5.2）。每项更改都会即时保存。</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头提供政治协调和政策指导的政府实体（第5条）。如未列出，请将其添加为组织。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备份</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop 会在打开档案时、修改期间每 30 分钟，以及每次升级、导入、合并或恢复之前备份档案。较早的备份会逐步精简：保留最近一天的全部备份，之后 12 天内每天保留一份，10 周内每周保留一份，9 个月内每月保留一份。</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否用%1所作的备份替换此档案？系统会先备份其当前状态，您可以从此列表中恢复到该状态。</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>原因</translation>
    </message>
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
    <message>
        <source>Size</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别 (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无类别）</translation>
    </message>
</context>
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
    <message>
        <source>Drive: local.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>驱动器：本地。</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>驱动器：可移动驱动器（%1）。窗口程序在本计算机上的副本中工作，并将其写回该驱动器。</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>驱动器：网络驱动器（%1）。窗口程序在本计算机上的副本中工作；命令行在该驱动器上使用回滚日志。</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1自%3起在计算机%2上用 NCM Desktop 打开此档案进行修改。</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>被 NCM Desktop 锁定（%1，计算机%2，自%3起），但该程序已不再运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>共%n份备份；最新一份创建于%1：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sample dossier %1 with %n people.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已写入示例档案 %1，共 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>It is protected by a passphrase.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>它受口令保护。</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>它未受保护：任何获得该文件的人都能读取其中的姓名、电话和电子邮件。请使用 --passphrase-file 加以保护。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>口令文件%1为空。</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已合并来自“%1”的数据包（%2，写入于%3）。</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：添加%2，更新%3，删除%4，保留本档案版本%5。</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未作任何更改：本档案已包含数据包中的全部内容。</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1“%2”：%3（%4）</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>保留了本档案的版本</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>采用了另一档案的版本</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已先备份档案：%1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>错误：</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已写入数据包%1：来自“%2”的%n条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>自上次交换以来，有%n条记录在两个档案中均被修改；已保留较新的版本，另一版本存入合并历史：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n个版本已被搁置，存入合并历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>错误：--public 仅适用于：%1。</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>错误：--meeting 仅适用于：%1。</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已将%1写入%2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已将%1（%n页）写入%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1对照%2的准备情况（目录%3）</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分：%1%（已满足%2项，部分满足%3项，未满足%4项，尚未回答%5项，不适用%6项）</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分：尚无可评分内容</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按条款：</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按优先级：</translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  第%1条 %2：%3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他条款</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%（共%2项）</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无可评分内容</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>差距，按重要性排序（%1）：</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无差距。</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2，%3] %4（%5）</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>    下一步：%1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标准提供的选项（“可”、“能够”；不计入得分）：</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3（%4）</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成（7.4）：</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已写入备份：%1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案尚无备份。</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1  %2  %3个组织，%4人  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1行：%2 — %3 [%4]：%5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无组织）</translation>
    </message>
    <message>
        <source>no category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无类别</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（推测，确定），新组织</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（推测，不确定：请核对），新组织</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（您先前的更正），新组织</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未能推测类别，新组织</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1，档案中已有该组织</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与第%1行重复（%2）</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案中已有，名为“%1”（%2）</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未添加，因为其他行有问题</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已添加人员：%1。新组织：%2。略去的重复项：%3。略去的问题行：%4。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>未导入任何内容：有%n行存在问题。请更正文件，或使用 --skip-bad-rows 重新导入以略去这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最新的完好备份为%1，创建于%2。要恢复该备份，请运行：ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已从备份%2恢复%1。</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其原有内容已备份为%1。</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未找到%1的可用备份。</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不是日期：%1。请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 当天或之前未记录任何基线。基线：%2。</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案尚未记录任何基线。请在“准备情况”页面记录一个，或将一次会议标记为已举行。</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自 %1 的基线以来的进展：当时得分 %2%，现在 %3%（%4）。</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自 %1 的基线以来的进展：</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>基线：</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1：%2%</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1：没有可计分的内容</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新满足（%1）：</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>更接近满足（%1）：</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>倒退（%1）：</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有条款发生变化。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（存在差距的国家：%2）</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3：%4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未比较：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已将 %n 个国家的比较写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案 %1 的架构修订版为 %2，角色为 %3、%4 和 %5。</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 现已作为 %2 存放在服务器上（%3 行）。</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案 %1 已复制到 %2（%3 行）。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 现在是服务器档案 %3 的%2。</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 不是服务器地址：%2。请写成 postgresql://主机/数据库。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>工作人员（可读可改）</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>读者（只读和打印）</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>所有者（还可管理用户）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>比较档案</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>选择要比较的各国档案。档案只会被读取：无论由哪个版本的 NCM Desktop 写入，其中的内容都不会被更改。</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>要比较的档案</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加档案(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家与条款</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>大多数国家共有的差距</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家与条款(&amp;S)</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>共同差距(&amp;G)</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出语言</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop 档案 (*.ncm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取任何档案：没有可比较的内容。</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出比较</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制比较</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>多个国家对照 MOSAIC 03.40 的准备情况并列比较，大多数国家共有的差距排在最前</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>每个国家都按照与其本国准备情况报告相同的规则评估：已满足计为全部，部分满足计为一半。条款和规定按大多数国家共有的差距优先列出：这些差距可由一个区域方案为所有国家共同解决。</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“应”类差距</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“宜”类差距</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缺失的 7.4 类别</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缺少的联络点</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>近期未通报的联络点</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>存在差距的国家</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标准的要求</translation>
    </message>
    <message>
        <source>States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家数</translation>
    </message>
    <message>
        <source>Which States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>哪些国家</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有成员的 7.4 类别</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未纳入的原因</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>各条款得分，大多数国家共有的差距排在最前</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>大多数国家共有的差距</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有几个国家共有的差距。</translation>
    </message>
    <message>
        <source>By State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按国家</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未比较的档案</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取任何档案：没有可比较的内容。</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>于 %1 通过</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>草案</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第 %1 至 %2 个国家（共 %3 个）</translation>
    </message>
    <message>
        <source>All States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 缺少联络点</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 近期未通报</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过升级后的副本读取：该文件的架构版本为 %1，原文件保持不变。</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>共同差距</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未比较</translation>
    </message>
    <message>
        <source>Verbal form</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>助动词形式</translation>
    </message>
    <message>
        <source>Number of States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家数量</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) compared on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>于 %1 对照 %2（目录 %3）比较了 %n 份档案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n State(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisions not fully met in at least %n State(s), the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>至少在 %n 个国家未完全满足的规定，最普遍的排在最前，其次“应”先于“宜”，高优先级先于较低优先级。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别均衡（7.4.1）</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别均衡</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>针对每个类别：本国是否设有此类部委或机构（“如设有”），以及由哪个组织代表。按 F2 或双击可更改“本国是否设有”；使用按钮可向所选类别添加组织。成员身份在“组织”页面更改。</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成核对清单</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>向此类别添加组织(&amp;A)…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在记录了性别的%1名代表中，女性占%4%（女性%2名，男性%3名）。</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在记录了性别的%1名正式代表中，女性占%4%（女性%2名，男性%3名）。</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女性比例在40%至60%之间即视为性别均衡。</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>有%n名代表未记录性别：他们单独计数，不作推测。请在“人员”页面记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全体代表</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>正式代表</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表中的女性和男性</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无记录了性别的人员。</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>正式代表%1名，候补代表%2名</translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已标为本国不存在，但有此类别的组织参加：请更正该标记。</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是：此类别的组织参加本机制。</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别 (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国是否设有</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>政府部委和机构（7.4.2 a至v）、民间社会（7.4.3）、产业界（7.4.4）和国际机构（7.4.5），国际机构可作为正式成员或观察员参加。</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>对于第7.4条所列的每个部委和机构，本国是否设有，是否有代表参加？请添加参加本机制的组织。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已更改的字段</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本处的更改</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另一处的更改</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（较新）</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>涵盖（勾选）</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知对象（6.3）</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近确认日期</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>需要查看的内容</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指定人员(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加新人员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>撤销指定(&amp;W)</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未指定任何联络点。第6.1条要求至少为本国加入的第4条所列文书指定一个联络点。</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>涵盖的文书</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资质（6.2）：勾选该联络点具备的条件。国家联络点宜……</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于该联络点的备注</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点之间的协调（6.1）和通知（6.3）</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>协调方式(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>频率(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近一次举行(&amp;L)</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知过期期限（月）(&amp;S)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>各联络点如何在国家主管机构的监督下共享信息和协调活动</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：每季度</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>如在此月数内未发出或确认通知，则将其标为已过期：第6.3条要求联系方式保持最新。</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：文书、通知和资质</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>撤销对%1的指定</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否撤销将%1指定为国家联络点？此人仍保留在档案中。可按 Ctrl+Z 撤销此操作。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>涵盖的文书</translation>
    </message>
    <message>
        <source>Notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>一名或多名经正式指定的人员，负责就第4条所列文书交换信息并进行联络（6.1），其信息已通知第6.3条所列机构并保持最新。</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>为本国加入的文书指定一名或多名人员，并记录各机构获得通知的日期（第6条）。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑决定</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定/后续行动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划活动：%1</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>PDF, to print (.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF，用于打印（.pdf）</translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Word，用于编辑（.docx）</translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子表格，用于编辑（.xlsx）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出：%1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>材料语言</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>公开版本：略去电话号码和电子邮件地址(&amp;P)</translation>
    </message>
    <message>
        <source>Public version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>公开版本</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不指定会议：全体成员和观察员</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>材料语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>“行动计划”页面的质量检查提出了%n个需在提交计划前解决的问题；计划仍可按现状导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出为</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录任何会议：请先在“会议”页面记录会议。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已写入%1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>已写入%1（%n页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>适用于%1的缔约方；“框架”页面未记录本国已加入该文书。</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人工回答。证据：%1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人工回答，尚未记录证据。</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法根据记录判定此项：请在“准备情况”页面回答，并附一行证据。</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已记录%1及其法律依据、国家主管机构和联络点。</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录：%1。</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>机制名称</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其法律依据</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国是%1的缔约方，该文书以具有法律约束力的协定要求本国建立国家协调机制（7.2 注1）。</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构的承载实体为%1。</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录国家主管机构的承载实体。</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构的通用名称为“%1”。</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录国家主管机构的名称。</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>作用核对清单记录此项已落实：%1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>作用核对清单记录此项已落实，但未说明落实方式。</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>作用核对清单未记录此项已落实。</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体%1属于%2类别。</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>据记录，承载实体%1设在负责国内和平与安全的机构内。</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>据记录，承载实体%1既不负责内政或国内安全，也未设在此类机构内。</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体%1不属于内政类别，且未记录其是否设在负责国内和平与安全的机构内。</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未指定国家联络点。</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1由%2负责联络。</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无联络点负责%1。</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录本国加入第4条所列的任何文书，因此无法确定需要哪些联络点。</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国加入的第4条所列每项文书均有联络点：%1。</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无联络点负责：%1。</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>由一个联络点%1负责全部文书。</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1负责多项文书（%2）。</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1个联络点各负责一项文书。</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有多个需要协调的联络点（已指定%1个）。</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1个联络点的协调方式：%2。</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已指定%1个联络点，但未记录其如何共享信息和协调活动。</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>每个联络点（%1）的资质均包括此项。</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%2个联络点中有%1个的资质包括此项；尚未包括的有：%3。</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1个联络点的资质均尚未包括此项。</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：最近一次向%2发出通知或确认的日期为%3。</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：最近一次向%2发出通知或确认的日期为%3，已超过%4个月。</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：没有向%2通知%3的记录。</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“职能”页面上的状态：%1。</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“职能”页面上的状态：%1；牵头方：%2。</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“职能”页面上未记录状态。</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于%1的数据：%2。</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于%1的数据：%2；按性别分列：%3。</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录是否有关于%1的数据。</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表1的%1个职能领域均有一个经确认的牵头方。</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无牵头方：%1。</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>有多个牵头方：%1。</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已建议牵头方但尚未确认：%1。</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1没有牵头方。</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1有多个牵头方：%2。只设一个牵头方可避免职能重叠（7.3.2 d）。</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1有来自表1的建议有待确认。</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：表1所列的以下实体未纳入本机制：%2。</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表1的%2个职能领域中有%1个已有牵头方。</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表1矩阵中尚未记录任何职责。</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第7.4条的%1个类别均有代表，或已记录本国不存在此类别。</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无代表：%1。</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：%2（%3）。</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：没有组织代表该类别，也未记录本国不存在此类别。</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：已记录本国不存在此类别。</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已标为本国不存在，但%2参加了本机制：请在“组成”页面更正该标记。</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国际机构：%1。</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有国际机构以正式成员或观察员身份参加。</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在记录了性别的代表中，女性占%1%（女性%2名，男性%3名），在正式代表中占%4%；有%5名代表未记录性别。</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在代表中，女性占%1%（女性%2名，男性%3名），在正式代表中占%4%。</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1名代表均未记录性别。</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：%2；资金来源：%3。</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“基础设施”页面上未记录任何内容。</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构提供：%1。</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录由国家主管机构提供的资源。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>判定方式</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目前的设置情况</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职能、基础设施和职责在各自的页面上设置。</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>完成后打开“准备情况”页面(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>准备情况得分：%1。尚有%n项差距；“准备情况”页面按重要性列出全部差距，每项均附下一步骤以及指向可解决该差距的页面的链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>前几项：</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>框架</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国、本机制及其法律依据（7.1），以及本国加入的国际和区域文书（第4条）。</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按优先级排列的本机制职能（7.3.2至7.3.4）。按 F2、双击或直接键入可更改状态、牵头方或备注。职能7.3.2 d)根据“职责”页面上的表1矩阵判定。</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第7.3.2 a)条1)至8)所列监测领域：是否有数据？在标准要求时，数据是否按性别分列？</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>监测领域</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（尚无牵头方）</translation>
    </message>
    <message>
        <source>Function</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头组织</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注（由谁、如何、多久一次）</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本机制的工作，按优先级从高到低排列（7.3），以及其监测工作所依据的证据（7.3.2 a）。</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑来宾</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加来宾</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>受邀(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>受邀</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>更改</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此记录没有更改记录：其最近一次更改发生在 NCM Desktop 开始保存更改日志之前。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>更改后</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First values</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1列</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“%1”列对应的字段</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>1. 各列内容</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织及其类别</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>2. 各新组织的类别</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别是根据名称推测的；不确定的排在前面。请加以核对：双击类别，或选中后按 F2，即可更改。您的更正会被记住，用于以后的导入。</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将要导入的各行</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>3. 各行</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>略去有问题的行，导入其他行(&amp;L)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未导入任何内容：部分行有问题。</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行数：%1。待添加：%2。略去的重复项：%3。有问题：%4。</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：工作表“%2”，标题行之后共%3行。</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：文本编码为%2，值以“%4”分隔，标题行之后共%3行。</translation>
    </message>
    <message>
        <source>tab</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将添加</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与第%1行重复（%2）</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案中已有，名为“%1”（%2）</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行</translation>
    </message>
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
        <source>Result</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>基础设施和行政管理</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>辅助人员、会议和办公场所、设备和财务（第8条）。</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已加入的文书（第4条）</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>勾选本国已加入的每项文书；第4条所列每项文书都需要一个国家联络点（第6条）。一些区域条约规定必须设立国家机制。</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文书</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他区域文书(&amp;O)：</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他区域文书</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国对该文书的称呼</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加为已加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>移除所选的按名称输入的文书</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第4条</translation>
    </message>
    <message>
        <source>Regional</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>区域（按名称输入）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>否</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文书（加入后勾选）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>要求设立国家机制（7.2 注1）</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已加入的文书</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>勾选本国作为缔约方的第4条所列文书和区域条约；其他文书可按名称添加。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
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
        <translation>能够</translation>
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
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>否</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不详</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>可获得</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分可获得</translation>
    </message>
    <message>
        <source>Not available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不可获得</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>欠缺</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分到位</translation>
    </message>
    <message>
        <source>In place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已到位</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织缩写</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务或职位</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在机制中的角色</translation>
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
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>重复</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Not added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未添加</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名和组织相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已被较新版本替换</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在两个档案中均被修改</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在一个档案中被删除</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其所属组织已被删除</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本档案</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另一档案</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>保留本档案的版本</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>采用另一档案的版本</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>机制</translation>
    </message>
    <message>
        <source>Setting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点所涵盖的文书</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（未导入）</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他国家来源</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>区域来源</translation>
    </message>
    <message>
        <source>International source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国际来源</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>协助</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分满足</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>From the data</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据数据</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人工回答</translation>
    </message>
    <message>
        <source>Absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无代表</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最新</translation>
    </message>
    <message>
        <source>Stale</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>从未通知</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已通过撤销恢复</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开档案时</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>工作期间每 30 分钟</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>升级到新版本之前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并之前</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>恢复备份之前</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未写回驱动器的更改</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>草案</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进展有限</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进展显著</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>National budget</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家预算</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无资金</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全体会议</translation>
    </message>
    <message>
        <source>Working group</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Pending</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新满足</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>更接近满足</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>倒退</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40（第6.3条）要求将每个国家联络点的名称和联系方式提供给相关机构，并保持最新。本文件为联络点所涵盖的每项文书各备一封信函，可供签署和发送。</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本文件所含信函</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文书</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>收函机构</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近通知日期</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未通知</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未为任何文书记录联络点，因此本文件不含任何信函。</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有联络点的文书</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>由于尚未为这些文书记录国家联络点，未为其准备信函。如本国已加入其中某项文书，可指定一个联络点（第6.1条），然后重新打印信函。</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标有“草稿”的信函所列联络点未记录电话号码或电子邮件地址：请补全联系方式，然后重新打印信函。</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>事由：%1国家联络点</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尊敬的女士/先生：</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>谨通知，%1已就%2指定下列国家联络点：</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>谨通知，%1已就%2指定下列国家联络点：</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1同时也是下列文书的国家联络点：%2。</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本函确认并更新%1发出的通知。</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>请将上述信息登记在案，并用于有关执行%1的一切往来联络，不胜感激。如有任何变动，将及时通知贵方。</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>顺致最崇高的敬意。</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名和职务</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
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
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录</translation>
    </message>
    <message>
        <source>the Government</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国政府</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制</translation>
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
        <source>Set-up &amp;assistant…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设置助手(&amp;A)…</translation>
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
        <source>Open ser&amp;ver dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开服务器档案(&amp;V)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入成员(&amp;I)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>比较档案(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>交换(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>立即保存到驱动器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>提示</translation>
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
        <source>Open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开服务器档案</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案的地址（postgresql://用户@服务器/数据库）：</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 不是服务器地址（%2）。请写成 postgresql://服务器/数据库。</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>重试吗？</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 的密码：</translation>
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
        <source>Import members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员名单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已导入%1人和%2个新组织。</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据包已写入：%1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop 数据包 (*.ncmx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案以只读方式打开：无法向其中导入或合并任何内容。</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>驱动器上已包含所有更改。</translation>
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
        <source>%1 on %2, since %3</source>
        <extracomment>Problems reported to the user, in order; without ``interactive`` (the smoke test) they are only collected here, never shown in a dialog that would wait. Open the set-up assistant by itself on a new dossier (off in smoke tests and in tests that do not ask for it). Says when the dossier is read-only, on a removable or network drive, or could not be written back: never silently.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（计算机%2），自%3起</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1被 NCM Desktop（%2）锁定，但该程序已不再运行：它可能未关闭档案就已停止。您可以接管锁定并处理此档案，也可以以只读方式打开。</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>接管并打开(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已在另一台计算机上的 NCM Desktop 中打开（%2）。同一时间只能有一个程序修改档案。请以只读方式打开；只有在该计算机已不再使用此档案时（程序已停止或驱动器已从该计算机移除），才可接管锁定。</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已在另一个 NCM Desktop 窗口中打开（%2）。同一时间只能有一个程序修改档案：您可以在此以只读方式打开。</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案正在使用中</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1

此档案最新的完好备份创建于%2，其中包含%3个组织和%4人。是否恢复该备份？文件的当前内容将保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

依据联合国 MOSAIC 03.40 标准，建立并运行小武器和轻武器管制国家协调机制。

本程序离线工作：只有在打开您指定的服务器档案时才连接网络。</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>只读：%1自%3起在计算机%2上用 NCM Desktop 打开此档案进行修改。您可以在此查看；在那里所作的更改将在您再次打开档案时显示。</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>只读：您是此服务器档案的读者。您可以阅读和打印；其所有者可将您设为工作人员以便修改。</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>只读：无法修改此档案。</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案由较早版本的 NCM Desktop 写入：您正在查看一份已为本版本更新的副本。</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案位于网络驱动器（%1）上。您正在本计算机上的副本中工作；修改期间每分钟以及关闭档案时，副本都会写回网络驱动器。</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案位于可移动驱动器（%1）上。您正在本计算机上的副本中工作；修改期间每分钟以及关闭档案时，副本都会写回该驱动器。移除驱动器之前，请关闭档案，或使用“文件 &gt; 立即保存到驱动器”。</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上次在本计算机上所作、尚未写入驱动器的更改已写回驱动器。</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上次留在本计算机上的更改未能写回，而驱动器上的文件此后已有变动：这些更改已作为备份保留（文件 &gt; 备份…）。</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法将档案写回其驱动器（%1）。您的更改安全地保存在本计算机上，将在驱动器恢复可写时或下次打开档案时写回。</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法创建自动备份：%1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已写回驱动器。</translation>
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
        <source>Server dossier %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案 %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已打开的服务器档案</translation>
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
    <name>MatrixEditor</name>
    <message>
        <source>Which member organisation leads and which supports each functional area of Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded cells are where Table 1 names the organisation&apos;s kind of entity.</source>
        <extracomment>Areas share the width; below this the matrix scrolls sideways instead.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表1所列每个职能领域由哪个成员组织牵头、哪些组织协助（第9条）。每个领域只设一个牵头方可避免职能重叠（7.3.2 d）。带底色的单元格表示表1列出了该组织所属类型的实体。</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按键：L 牵头，S 协助，Delete 清除，C 确认建议，F2 选择。</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职责矩阵</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据表1提出建议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>确认所有建议(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>放弃建议(&amp;D)</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无组织以正式成员或观察员身份参加：请在“组成”或“组织”页面添加。</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>需要查看的内容</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1？</translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据表1提出的建议，尚未确认：按 C 确认。</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表1为%1列出了此类实体。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>机制（第7.1条）</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>秘书处联系方式</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>机制名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地址(&amp;A)</translation>
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
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：小武器和轻武器管制国家委员会</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设立本机制的法令、法律或决定，以及授予区域组织或联合国的任何授权（第11条）</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本机制的全体会议和工作组会议：议程、受邀者和出席者，以及会议决定，每项决定均有后续行动或国家行动计划中的活动跟进。每项更改都会即时保存。</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打印签到表(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出会议纪要(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标记为已举行(&amp;H)</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将机制的准备情况记录为基线，日期为会议当天；会议纪要会显示它</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：2026年第一次常会</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>议程（按 F2 编辑项目）(&amp;G)：</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>议程</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新的议程项目；按 Enter 添加</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新议程项目</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>移除项目(&amp;R)</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上移项目(&amp;U)</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>下移项目(&amp;W)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与会者</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请人员(&amp;I)…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请全体成员(&amp;E)</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加来宾(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>从名单中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按空格键可在当前单元格中勾选“受邀”或“出席”；在来宾上按 Enter 可编辑其信息。人员性别在“人员”页面记录。</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席者的性别均衡</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定和后续行动</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定或行动的全文</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加决定(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>转为计划活动(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加后续行动(&amp;F)…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未记录任何会议。“新建会议”会记录一次日期为今天的会议；请更改其日期、类型和议程，然后邀请与会者。</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议和议程</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席情况（%1/%2）</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定（%1）</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无人员被标为出席。</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席%1人；均未记录性别。</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在视为均衡的40%至60%范围内</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>超出视为均衡的40%至60%范围</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>远未达到均衡</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席%1人：在记录了性别的出席者中，女性占%2%（女性%3名，男性%4名），%5（7.4.1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>有%n名出席者未记录性别。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚未标记为已举行：标记后将记录会议时的准备情况。</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已举行。会议时的准备情况：%1。</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此会议日期为 %1：可在当天或之后标记为已举行。</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除会议%1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否删除会议“%1”及其议程、出席情况和决定？由其产生的计划活动将保留。可按 Ctrl+Z 撤销此操作。</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请人员</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>选择要邀请的人员：按住 Ctrl 或 Shift 并单击或使用方向键可选择多人，按 Ctrl+A 可选择所有显示的人员。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>移除%n名与会者</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除后续行动%1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否删除后续行动“%1”？由其转成的计划活动将保留。可按 Ctrl+Z 撤销此操作。</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除决定%1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否删除此决定及其后续行动？由其转成的计划活动将保留。可按 Ctrl+Z 撤销此操作。</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本机制会议决定的后续落实</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将该决定转为计划活动</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>来自“%1”（计算机%2）的数据包，写入于%3，包含%4条记录。</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据包口令</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此数据包受保护。口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在两个档案中均被修改的记录</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>该记录的两个版本</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全部保留本档案的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全部采用另一档案的版本(&amp;O)</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自上次交换以来，这些记录在两个档案中均被修改。系统选择较新的版本；如要保留另一版本，请更改“保留”（双击或按 F2）。未保留的版本将存入合并历史。</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本次合并搁置的版本</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>显示合并历史(&amp;M)…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并已取消；档案未被更改。</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已先备份档案：%1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>以下版本已被搁置；合并历史会保留它们。</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本档案已包含数据包中的全部内容：合并不会作任何更改。</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待添加：%1。待更新：%2。待删除：%3。在两个档案中均被修改：%4。</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已添加：%1。已更新：%2。已删除：%3。在两个档案中均被修改：%4。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：添加%2，更新%3，删除%4</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本档案</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另一档案</translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>记录</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>被搁置的版本</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并历史</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按记录搜索</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>搜索合并历史</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并时搁置的版本</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>被搁置的版本和该记录的当前状态</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无合并搁置过任何版本。</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>被搁置的版本</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案中的当前版本</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已不在档案中</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>记录</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Version from</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>版本来源</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>另一档案</translation>
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
        <source>Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据日期</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>文书</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>法律依据文号</translation>
    </message>
    <message>
        <source>Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通用名称</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>技术规划和协调机构</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>方式</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近确认日期</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通知期限（月）</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>频率</translation>
    </message>
    <message>
        <source>Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>最近一次举行</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国是否设有</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>货币</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职责</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>证据</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头组织</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>值</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>期限开始</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>期限结束</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款或文书</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>核查手段</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>建议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>基线日期</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>来宾姓名</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>来宾所属组织</translation>
    </message>
    <message>
        <source>Participant</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>后续行动</translation>
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
        <source>%1 must be a whole number from 1 to %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1必须是1至%3之间的整数。</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1太大：最大为%3。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”不是三个字母的货币代码（如 USD、EUR 或 XOF）。</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”已有记录；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：“%2”已是该领域的牵头方，每个领域只设一个牵头方，以免职能重叠（7.3.2 d）。请先将“%2”改为协助方，或在此处选择“协助”。</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：此类别在本机制中有组织参加（%2），因此不能标为本国不存在。请先更改这些组织的成员身份。</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：值的个数多于文件的列数（“%2”）。可能是某个值内含分隔符却未加引号。</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1早于开始日期：结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：填写了费用%2，但该活动被标为无费用。请清除费用，或取消勾选“无费用”。</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法写入%1：其所在文件夹不存在。请选择其他文件夹。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法写入%1：其所在文件夹为只读。请选择其他文件夹，例如“文档”文件夹。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1是一个文件夹。请提供文件名，例如 roster.pdf。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法写入%1（%2）。请检查磁盘是否有足够空间且仍处于连接状态，然后重试。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法将%1读取为成员名单：它既不是 CSV 文件，也不是 Excel 工作簿（.xlsx），或者已损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1为空：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取%1：从第%2行开始的某个值的引号未闭合，或其后还有其他文本。请更正文件，或从电子表格程序中重新保存。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1是 Excel 97-2003 工作簿（.xls）。请将其另存为 Excel 工作簿（.xlsx）或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1不是 NCM Desktop 交换数据包。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1不完整：其复制过程可能曾被中断。请从来源处重新复制数据包。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已损坏，或在写入后被改动：其内容与校验和不符。请索取新的数据包。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1由更新版本的 NCM Desktop 写入。请安装该版本后再合并。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1来自更新版本的 NCM Desktop 的档案（架构%2）。请安装该版本后再合并。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1受口令保护。请提供其口令以打开。</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>该口令无法打开%1。请检查口令（区分大小写）后重试。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法合并%1：其内容与此版本的 NCM Desktop 不兼容（%2）。未作任何更改。</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>请用 --meeting 指定会议，可使用其日期（YYYY-MM-DD）或标识符。</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有与“%1”匹配的会议。请用日期（YYYY-MM-DD）或标识符的前几个字符指定会议。</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1举行了%2次会议：请用标识符的前几个字符指定其中一次。</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法以该格式写入%1：此材料只能制作为%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法读取或写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1被 NCM Desktop 锁定（%2，计算机%3，自%4起），但该程序已不再运行。请加上 --force 重新运行命令以接管锁定。</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已在另一台计算机上的 NCM Desktop 中打开（%2，计算机%3，自%4起）。请先在那里关闭。如果该计算机已不再使用此档案（程序已停止或驱动器已从该计算机移除），请加上 --force 重新运行命令以接管锁定。</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已在另一个 NCM Desktop 窗口中打开（%2，计算机%3，自%4起）。同一时间只能有一个程序修改档案：请先在那里关闭。</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在您打开此记录之后，其他人保存了它。您的内容未被保存：请查看对方的版本，然后重新修改。</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 的服务器没有响应（%2）。请检查地址和办公室网络，或询问信息技术负责人服务器是否在运行。</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 的服务器拒绝了用户名或密码。请检查后重试。</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 中没有 NCM Desktop 档案（%2）。信息技术负责人可用 ncm-desktop server init 创建。</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案 %1 中已有档案：未上传任何内容。请改为将交换数据包合并到其中。</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>服务器档案 %1 由旧版 NCM Desktop 创建。请信息技术负责人用 ncm-desktop server init 升级。</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>您不能在服务器档案 %1 上执行此操作。请向其所有者申请所需的角色。</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>与 %1 的服务器的连接已断开（%2）。正在进行的更改未保存；没有任何内容只保存了一半。</translation>
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
        <source>%1 could not be upgraded to this version of NCM Desktop (%2). It was left exactly as it was; a backup of it is at %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法将%1升级到此版本的 NCM Desktop（%2）。该档案保持原样；其备份位于%3。</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无法在此读取%1：它未被正常关闭，且其所在文件夹为只读。请在其上次使用的位置打开，或将其复制到您有写入权限的文件夹。</translation>
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
    <name>Minutes</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>议程</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录议程。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在记录了性别的出席者中，女性占%1（女性%2名，男性%3名）。本机制努力实现性别均衡（MOSAIC 03.40，第7.4.1条）。</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席者均未记录性别。</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>受邀但未出席</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>序号</translation>
    </message>
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
        <source>guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>来宾</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定和后续行动</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录任何决定。</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>决定%1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家行动计划中的活动：%1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录后续行动。</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本次会议时的准备情况</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议举行时对照 MOSAIC 03.40 的准备情况得分：%1。7.4 中有代表的类别：%3 个中的 %2 个；代表中女性所占比例：%4。</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>该会议尚未标记为已举行，因此没有为其记录准备情况（“会议”页面，标记为已举行）。</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在以下日期的会议上核准：____________________   主席签字：____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>出席%n人：受邀者%1人，未受邀者%2人；受邀但未出席%3人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>监测领域（7.3.2 a）</translation>
    </message>
    <message>
        <source>Data available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据可获得性</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按性别分列</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>来源及评估方</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>例如：完善国家委员会的组成</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>对应条款（条款或文书）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别 (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>类别的选定方式</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>档案中已有</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>由您选定</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>您在先前导入时的更正</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不确定：名称中没有职能领域，请核对</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不确定，根据词语“%1”推测：请核对</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据词语“%1”推测</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未能推测：请选择</translation>
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
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <extracomment>The shortest passphrase accepted: long enough to resist guessing offline.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据包可将此档案带到另一台计算机，在那里通过“文件 &gt; 交换 &gt; 合并数据包”合并到档案中。数据包含有成员的姓名、电话和电子邮件：请用口令加以保护，并另行告知口令（不要放在同一个 U 盘上）。</translation>
    </message>
    <message>
        <source>Package file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>用口令保护数据包(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数据包文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>口令(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>请选择数据包的写入位置。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>口令至少需要%1个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>两次输入的口令不一致。请重新输入。</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop 数据包 (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>受邀</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>出席</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（来宾）</translation>
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
        <translation>成员组织（7.4）的正式代表和候补代表。记录其性别，以便对性别均衡（7.4.1）进行衡量而非猜测。</translation>
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
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <extracomment>The version edited here: a save is refused if someone else saved since.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1：对方为“%2”，您的为“%3”</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他人修改了此人员</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>保留对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>保存我的版本(&amp;M)</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指定联络点</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>请选择被指定为国家联络点的人员。尚未录入档案的人员，请先在“人员”页面添加，或使用“添加新人员”。</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按姓名、组织或职务搜索</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请主管%1的部委加入本机制</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请加入本机制：%1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>邀请%1的代表加入本机制</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>为%1指定国家联络点</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将%2的国家联络点通知%1</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>指定国家主管机构的承载实体</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>落实第%1条所述的国家主管机构作用</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>安排各国家联络点之间的定期协调</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>加强国家联络点的资质（%1）</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>完成本机制的正式设立</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>收集和评估关于%1的数据</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>收集和评估关于%1的按性别分列的数据</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>为%1指定牵头政府实体</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>就%1的单一牵头政府实体达成一致</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>力求代表中男女比例均衡</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>为本机制提供%1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>弥补 MOSAIC 03.40 第%1条方面的差距</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>该组织已指派其出席本机制的代表</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已为%1指定国家联络点</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1已确认收到通知</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>承载实体已通过法律文书指定</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按计划举行协调会议</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于%1的数据可获得并已评估</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于%1的按性别分列的数据可获得并已评估</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已为%1确认一个牵头实体</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女性占代表的40%至60%</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已到位：%1</translation>
    </message>
    <message>
        <source>MOSAIC 03.40, %1: %2</source>
        <extracomment>Parameters put into a sentence with a small first letter (&quot;the ministry responsible for health&quot;), in the languages that have capitals.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40，%1：%2</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>捐助方：%1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未指明捐助方</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Objective %1</source>
        <extracomment>Each objective&apos;s cost in the main currency: funded, and not funded yet.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标%1</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>各目标费用（%1）：已有资金与尚无资金</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已有资金（国家预算或捐助方）</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无资金</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家行动计划</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划的目标（每个目标对应标准的一个条款或一项文书）及其活动（第10条、7.3.2 e）。按 Enter 或 F2 编辑，按 Insert 添加活动，按 Ctrl+Up 和 Ctrl+Down 移动活动，也可移入前一个或后一个目标；活动也可拖动。</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>期限自(&amp;F)：</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>期限开始</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>期限结束</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划状态</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标和活动</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新建目标(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>新建活动(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>移至(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将活动移至另一个目标</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>导出计划(&amp;X)…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据“准备情况”页面所列差距建议的活动，按重要性排列。可按原样采纳、先编辑再采纳，或予以忽略：忽略的建议不会再次提出。</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>建议的活动</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>采纳(&amp;C)</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>编辑后采纳(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>显示已忽略的建议(&amp;D)</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在提交计划之前，每项活动都需要有一个属于本机制成员的牵头方、在计划期限内的日期、费用（或“无费用”）以及指标。在某个问题上按 Enter 可打开相应活动。</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>质量检查</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n项活动标为无费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n项活动尚无估计费用，未计入合计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不同货币的金额从不换算。</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>建议（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>质量检查（%1）(&amp;Q)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>费用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除活动%1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是否删除活动“%1”？可按 Ctrl+Z 撤销此操作。</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>删除目标%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>是否删除目标“%1”及其%n项活动？可按 Ctrl+Z 撤销此操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>采纳建议的活动</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划尚无期限：请填写其开始和结束日期。</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无牵头组织。</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方%1不是本机制的成员或观察员（%2）。</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>缺少开始日期或结束日期。</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束日期%2早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>开始日期%1早于计划期限的开始日期（%2）。</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束日期%1晚于计划期限的结束日期（%2）。</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>没有估计费用，也未标为无费用。</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无指标。</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>目标/活动</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无费用</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>根据档案于%1预先填写，供编写关于执行%2和%3情况的国家报告之用。将各项答复填入报告前，请逐一核对。</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国是否设有小武器和轻武器国家协调机构、机关或机制？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>否</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>否（档案中未记录任何协调机制）</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Established by</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设立依据</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>地址</translation>
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
    <message>
        <source>Composition of the body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>该机构的组成</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>男性</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录性别</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>正式代表</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>候补代表</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全体代表</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1国家联络点</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录%1的国家联络点。</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1的国家联络点是否同时也是%2的国家联络点？</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>否：未记录%1的联络点。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n个正式成员组织的代表；观察员和受邀机构不计在内。</numerusform>
        </translation>
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
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Provision</source>
        <extracomment>A sign before the change, so that it reads without colour too.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>当时</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>准备情况</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40 的每一项条款，凡能根据记录判定的即据此判定，否则人工回答。差距按重要性排列：“应”先于“宜”，高优先级先于较低优先级。“可”和“能够”类条款属于选项：会列出，但不计入得分。在某项差距上按 Enter 可打开可解决该差距的页面。</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按条款得分</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按优先级得分</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>记录基线(&amp;B)</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>将今天的准备情况保存在档案中，以便在下一个基线时查看进展</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>进展(&amp;P)</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自上一个基线以来的变化</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>差距，按重要性排序</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标准提供的选项（可、能够）</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>全部条款，按标准顺序排列</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>打开可解决此问题的页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>证据</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>一行证据：文件、决定或日期</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>（尚未回答）</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在%5项计分条款中：已满足%1项，部分满足%2项，未满足%3项，待回答%4项</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他条款</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>总体</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按日期的得分：总体和按条款</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>今天之前没有记录基线。现在记录一个，到下一个基线时，此选项卡将显示变化：新满足、倒退。</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自 %1 的基线以来：当时得分 %2，现在 %3；新满足 %4 项，倒退 %5 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n项条款</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>下一步：%1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>截至%1的记录，对照%2（目录%3）</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标准的每一项条款，凡能根据记录判定的即据此判定，否则人工回答并附一行证据。“已满足”计为一项，“部分满足”计为半项。本标准属于自愿性指导：差距是尚待采取的步骤，而非缺陷。</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>准备情况得分：%1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>准备情况得分：尚无可评分内容</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>在%5项计分条款中：已满足%1项，部分满足%2项，未满足%3项，尚未回答%4项；另有%6项不适用。</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按条款得分</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按职能优先级得分（7.3）</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其他条款</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分满足</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未满足</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待回答</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>差距，按重要性排序</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>“应”先于“宜”，高优先级先于较低优先级，其余按标准顺序排列。</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无差距：所有计分条款均已满足。</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>记录显示的情况</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>标准提供的选项（“可”、“能够”）：不计分</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自上一个基线以来的进展</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>今天之前没有记录基线。基线保存其日期的准备情况（在“准备情况”页面记录基线，或将会议标记为已举行），以便下一份报告显示此后取得的进展。</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>自 %1 的基线以来，得分从 %2 变为 %3：新满足的条款 %4 项，更接近满足 %5 项，倒退 %6 项。</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>7.4 中有代表的类别：当时 %2 个中的 %1 个，现在 %4 个中的 %3 个。代表中女性所占比例：当时 %5，现在 %6。</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按日期的得分：总体（粗线）和按条款</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>当时</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>变化</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此后没有条款改变状态。</translation>
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
    <message>
        <source>&amp;History…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此记录的历史</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>由 NCM Desktop 于%1生成</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员名册</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制成员，按 MOSAIC 03.40 第7.4条所列类别分组</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制会议签到表</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制会议纪要：出席情况、决定和后续行动</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>准备情况报告</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家协调机制对照 MOSAIC 03.40 的准备情况：得分、差距和下一步</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家行动计划</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>小武器和轻武器国家行动计划：目标、活动、费用和时间表</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点通知函</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家联络点的通知（MOSAIC 03.40，第6.3条）</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>《行动纲领》国家报告第1节</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关于联合国《行动纲领》的国家报告中的国家协调部分，已预先填写</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本机制开展工作所需的资源（第8条）：辅助人员、会议场所、办公场所和设备以及预算。费用以货币的整数单位计（货币代码为三个字母，如 USD、EUR 或 XOF）。第8条指出，这些资源可由国家主管机构提供，因此在您另选其他来源之前，资金来源默认为国家主管机构。</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资源</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用总额：尚无记录。</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用总额：%1</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资源（第8条）</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>货币</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职责</translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>小武器管制的职能领域（表1）与本机制各组织的对应关系。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>截至%1的记录</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>公开版本：略去电话号码和电子邮件地址。</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员名册（公开版本）</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成</translation>
    </message>
    <message>
        <source>Standing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>代表</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>正式代表</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>男性</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>女性占全体代表的%1（%3人中有%2人），占正式代表的%4（%6人中有%5人）。</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别均衡（7.4.1）</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按类别列出的成员（MOSAIC 03.40，第7.4条）</translation>
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
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录代表</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未记录第7.4条类别的组织</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>此档案中尚未记录任何组织。</translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>7.4.2 注</translation>
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
            <numerusform>有%n名代表未记录性别；他们计入合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>得分</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>部分满足</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>未满足</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>待回答</translation>
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
        <translation>准备情况</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>框架</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>国家主管机构</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>组成</translation>
    </message>
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
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>职责</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>设置助手</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>不再显示(&amp;D)</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>关闭助手，以后不再自动打开；仍可通过“工具 &gt; 设置助手”打开。</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>要保留的版本</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>本国和本机制</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>其名称和法律依据（7.1）。法律依据可以是法令、法律或决定。</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>建议的活动</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Gap</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>差距</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1（已忽略）</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>尚无资金</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按目标</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按牵头组织</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>无牵头方</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按资金来源</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>建立国家协调机制</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>按照 MOSAIC 03.40 的描述，逐条进行。</translation>
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
        <translation>本助手分五个步骤，记录符合本标准的机制所依托的基础：

1. 本国、机制名称及其法律依据（7.1）；
2. 本国加入的国际和区域文书（第4条）；
3. 国家主管机构（第5条）；
4. 国家联络点（第6条）；
5. 组成：由谁代表各部委、机构和伙伴（7.4）。

每项更改都会即时保存。您可以随时离开，以后通过“工具 &gt; 设置助手”返回：助手会从您停下的地方继续。每个步骤也是主窗口中的一个页面，之后“准备情况”页面会显示尚待完成的工作。</translation>
    </message>
</context>
</TS>
