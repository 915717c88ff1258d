<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить последующее действие</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить последующее действие</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ответственный ещё не назначен)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ведущая организация</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>С&amp;татус</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>No.</source>
        <extracomment>Column titles and headings every format uses, by key.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Answers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный и партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Dates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Без затрат</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Cost and funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Стоимость и финансирование</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <source>Indicator and means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показатель и средства проверки</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочные затраты</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По задачам</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По ведущим организациям</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По источникам финансирования</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ещё не профинансировано</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Профинансировано (национальный бюджет или донор)</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Расходы по задачам в %1: профинансировано и ещё не профинансировано</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Timeline by quarter</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>График по кварталам</translation>
    </message>
    <message>
        <source>Points to settle before adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вопросы, которые необходимо решить до утверждения</translation>
    </message>
    <message>
        <source>Point</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>План</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный не назначен</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Adopted by the plenary of the mechanism on: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата утверждения пленарным заседанием механизма: ____________________</translation>
    </message>
    <message>
        <source>Name and signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия, имя и подпись Председателя: ____________________</translation>
    </message>
    <message>
        <source>No objective is recorded in the plan yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В плане пока не записано ни одной задачи.</translation>
    </message>
    <message>
        <source>No activity under this objective yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По этой задаче пока нет мероприятий.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача %1: %2</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Партнёры: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>График</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сформировано %1 в NCM Desktop</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный план действий по контролю над стрелковым оружием и лёгкими вооружениями</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проект для утверждения. Период: с %1 по %2.</translation>
    </message>
    <message>
        <source>Draft for adoption. Period: not set.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проект для утверждения. Период не задан.</translation>
    </message>
    <message>
        <source>Adopted on %3. Period: %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждён %3. Период: с %1 по %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задач: %1, мероприятий: %2. Ориентировочная стоимость: %3; ещё не профинансировано: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не задан</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <extracomment>The timeline shows at most this many quarters (five years) from the start of the plan. (heading, lines) for each way of adding up the costs, then the overall line. Points the quality check raises: (activity number and title, or &quot;the plan&quot;; text). Quarters of the timeline, as (year, quarter 1 to 4). Costs by objective in the main currency: (currency, (number, funded, unfunded)).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n мероприятие отмечено как не требующее затрат.</numerusform>
            <numerusform>%n мероприятия отмечены как не требующие затрат.</numerusform>
            <numerusform>%n мероприятий отмечены как не требующие затрат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n мероприятие ещё не имеет ориентировочной стоимости и не учтено в итогах.</numerusform>
            <numerusform>%n мероприятия ещё не имеют ориентировочной стоимости и не учтены в итогах.</numerusform>
            <numerusform>%n мероприятий ещё не имеют ориентировочной стоимости и не учтены в итогах.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <extracomment>``save(values, objective id, new objective)`` -&gt; the activity&apos;s id.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>New objective:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новая задача:</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ответственный ещё не назначен)</translation>
    </message>
    <message>
        <source>in whole units, e.g. 25000</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>в целых единицах, например 25000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Без затрат</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Без затрат</translation>
    </message>
    <message>
        <source>Name of the donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Наименование донора</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Задача</translation>
    </message>
    <message>
        <source>New o&amp;bjective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новая за&amp;дача</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ведущая организация</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>О&amp;кончание</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная &amp;стоимость</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Финансирование</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пок&amp;азатель</translation>
    </message>
    <message>
        <source>Means of &amp;verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Средства п&amp;роверки</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>С&amp;татус</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другие участники</translation>
    </message>
    <message>
        <source>Participants not listed above: please write your organisation and name, then sign.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Участники, не указанные выше: впишите, пожалуйста, свою организацию и фамилию, имя, затем распишитесь.</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия, имя</translation>
    </message>
    <message>
        <source>Signature</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>No participant is expected: no representative of a full-member or observer organisation is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ожидаемых участников нет: не записано ни одного представителя организации — полноправного члена или наблюдателя.</translation>
    </message>
    <message>
        <source>No one is recorded as invited to this meeting yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока никто не отмечен как приглашённый на это совещание.</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants (%n)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Ожидаемые участники (%n)</numerusform>
            <numerusform>Ожидаемые участники (%n)</numerusform>
            <numerusform>Ожидаемые участники (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Host entity (clause 5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура (пункт 5.1)</translation>
    </message>
    <message>
        <source>Role of the National Authority (clause 5.2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Роль национального органа (пункт 5.2)</translation>
    </message>
    <message>
        <source>&amp;Host entity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Базовая структура</translation>
    </message>
    <message>
        <source>Host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура национального органа</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить &amp;организацию…</translation>
    </message>
    <message>
        <source>&amp;Designated on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Дата назначения</translation>
    </message>
    <message>
        <source>&amp;Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Правовой акт</translation>
    </message>
    <message>
        <source>&amp;Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>Sits &amp;within the interior or internal security agency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Входит в ведомство внутренних дел или внутренней безопасности</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;римечания</translation>
    </message>
    <message>
        <source>e.g. National Authority on Small Arms and Light Weapons (5.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, Национальный орган по стрелковому оружию и лёгким вооружениям (5.1)</translation>
    </message>
    <message>
        <source>e.g. Decree No. 2019-047, article 3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, Указ № 2019-047, статья 3</translation>
    </message>
    <message>
        <source>How it is done, in a line (the evidence)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как это делается, в одной строке (подтверждение)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как: %1</translation>
    </message>
    <message>
        <source>&amp;Technical body:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Технический орган:</translation>
    </message>
    <message>
        <source>National technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган технического планирования и координации</translation>
    </message>
    <message>
        <source>(not designated yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ещё не назначен)</translation>
    </message>
    <message>
        <source>The host is in the category “%1”, where clause 5.2 advises the National Authority to sit.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура относится к категории «%1», в рамках которой пункт 5.2 рекомендует размещать национальный орган.</translation>
    </message>
    <message>
        <source>Clause 5.2 advises that the National Authority be, or sit within, a government agency responsible for the interior, internal affairs or internal peace and security, since it is to coordinate and drive forward small arms control at the national level. If the host is another ministry, record whether it sits within such an agency, or consider a host in the category “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт 5.2 рекомендует, чтобы национальный орган был государственным ведомством, отвечающим за внутренние дела или за внутренний мир и безопасность, или входил в его состав, поскольку ему предстоит координировать и продвигать контроль над стрелковым оружием на национальном уровне. Если базовая структура — другое министерство, укажите, входит ли она в состав такого ведомства, или рассмотрите базовую структуру из категории «%1».</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган</translation>
    </message>
    <message>
        <source>The government entity that takes the lead in political coordination and policy direction of small arms control (5.1), and what it does (5.2). Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государственная структура, играющая ведущую роль в политической координации и определении направлений политики в области контроля над стрелковым оружием (5.1), и её функции (5.2). Все изменения сохраняются сразу.</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган</translation>
    </message>
    <message>
        <source>The government entity that leads political coordination and policy direction (clause 5). Add it as an organisation if it is not listed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государственная структура, играющая ведущую роль в политической координации и определении направлений политики (раздел 5). Если её нет в списке, добавьте её как организацию.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>NCM Desktop backs the dossier up when it is opened, every 30 minutes while it is being changed, and before every upgrade, import, merge or restore. Older backups are thinned out: all of the last day, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop создаёт резервную копию досье при его открытии, каждые 30 минут во время внесения изменений, а также перед каждым обновлением версии, импортом, слиянием или восстановлением. Старые резервные копии прореживаются: сохраняются все копии за последние сутки, затем по одной в день за 12 дней, по одной в неделю за 10 недель и по одной в месяц за 9 месяцев.</translation>
    </message>
    <message>
        <source>There is no backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Резервных копий этого досье пока нет.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the dossier by the backup made on %1? Its current state is backed up first, so you can come back to it from this list.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заменить досье резервной копией от %1? Сначала будет создана резервная копия его текущего состояния, так что к нему можно будет вернуться из этого списка.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Причина</translation>
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
        <source>Size</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Размер</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>None when the backup cannot be read (it is then shown, but not offered).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не читается</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категория (7.4)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(без категории)</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Диск: локальный.</translation>
    </message>
    <message>
        <source>Drive: removable (%1). The window works on a copy on this computer and writes it back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Диск: съёмный (%1). Окно программы работает с копией на этом компьютере и записывает её обратно на диск.</translation>
    </message>
    <message>
        <source>Drive: network (%1). The window works on a copy on this computer; the command line uses the rollback journal there.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Диск: сетевой (%1). Окно программы работает с копией на этом компьютере; командная строка использует там журнал отката.</translation>
    </message>
    <message>
        <source>Open for changes in NCM Desktop by %1 on %2 since %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыт для изменения в NCM Desktop: пользователь %1, компьютер %2, с %3.</translation>
    </message>
    <message>
        <source>Left locked by NCM Desktop (%1 on %2, since %3), which is no longer running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Остался заблокированным программой NCM Desktop (%1, компьютер %2, с %3), которая больше не работает.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the latest made on %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n резервная копия; последняя создана %1: %2</numerusform>
            <numerusform>%n резервные копии; последняя создана %1: %2</numerusform>
            <numerusform>%n резервных копий; последняя создана %1: %2</numerusform>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Он защищён парольной фразой.</translation>
    </message>
    <message>
        <source>It is not protected: whoever has the file can read the names, phones and emails in it. Use --passphrase-file to protect it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Он не защищён: любой, у кого есть этот файл, может прочитать содержащиеся в нём имена, телефоны и адреса эл. почты. Чтобы защитить его, используйте --passphrase-file.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл парольной фразы %1 пуст.</translation>
    </message>
    <message>
        <source>Merged the package from “%1” (%2, written %3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено слияние пакета от «%1» (%2, записан %3).</translation>
    </message>
    <message>
        <source>%1: added %2, updated %3, deleted %4, kept this dossier&apos;s version %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: добавлено: %2, обновлено: %3, удалено: %4, сохранена версия этого досье: %5.</translation>
    </message>
    <message>
        <source>Nothing changed: this dossier already holds everything in the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ничего не изменилось: в этом досье уже есть всё содержимое пакета.</translation>
    </message>
    <message>
        <source>  %1 “%2”: %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1 «%2»: %3 (%4)</translation>
    </message>
    <message>
        <source>kept this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>сохранена версия этого досье</translation>
    </message>
    <message>
        <source>took the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>принята версия другого досье</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сначала была создана резервная копия досье: %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ошибка:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package %1: %n record(s) from “%2”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Записан пакет %1: %n запись из «%2».</numerusform>
            <numerusform>Записан пакет %1: %n записи из «%2».</numerusform>
            <numerusform>Записан пакет %1: %n записей из «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in both dossiers since they last exchanged; the newer version was kept and the other one is in the merge history:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n запись изменена в обоих досье после их последнего обмена; сохранена более новая версия, а другая помещена в историю слияний:</numerusform>
            <numerusform>%n записи изменены в обоих досье после их последнего обмена; сохранены более новые версии, а другие помещены в историю слияний:</numerusform>
            <numerusform>%n записей изменены в обоих досье после их последнего обмена; сохранены более новые версии, а другие помещены в историю слияний:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) set aside in the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n версия помещена в историю слияний.</numerusform>
            <numerusform>%n версии помещены в историю слияний.</numerusform>
            <numerusform>%n версий помещены в историю слияний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: --public applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ошибка: --public применяется только к следующим документам: %1.</translation>
    </message>
    <message>
        <source>Error: --meeting applies only to: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ошибка: --meeting применяется только к следующим документам: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ «%1» записан в %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) to %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Документ «%1» (%n страница) записан в %2.</numerusform>
            <numerusform>Документ «%1» (%n страницы) записан в %2.</numerusform>
            <numerusform>Документ «%1» (%n страниц) записан в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1 against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Готовность: %1 — по стандарту %2 (каталог %3)</translation>
    </message>
    <message>
        <source>Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, %6 not applicable)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности: %1% (выполнено: %2, выполнено частично: %3, не выполнено: %4, ещё без ответа: %5, неприменимо: %6)</translation>
    </message>
    <message>
        <source>Score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности: оценивать пока нечего</translation>
    </message>
    <message>
        <source>By clause:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По разделам:</translation>
    </message>
    <message>
        <source>By priority:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По приоритетам:</translation>
    </message>
    <message>
        <source>  Clause %1 %2: %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  Раздел %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другие положения</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1% из %2</translation>
    </message>
    <message>
        <source>nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>нечего оценивать</translation>
    </message>
    <message>
        <source>Gaps, most important first (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы, начиная с наиболее важных (%1):</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелов нет.</translation>
    </message>
    <message>
        <source>- %1 [%2, %3] %4 (%5)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2, %3] %4 (%5)</translation>
    </message>
    <message>
        <source>    Next step: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>    Следующий шаг: %1</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;; not counted in the score):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Возможности, предусмотренные стандартом («может», «возможность»; не учитываются в уровне готовности):</translation>
    </message>
    <message>
        <source>- %1 [%2] %3 (%4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>Composition (7.4):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав (7.4):</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>No backup of this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Резервных копий этого досье пока нет.</translation>
    </message>
    <message>
        <source>%1  %2  %3 organisations, %4 people  %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1  %2  организаций: %3, людей: %4  %5</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Столбец «%1»: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3 [%4]: %5</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строка %1: %2 — %3 [%4]: %5</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(без организации)</translation>
    </message>
    <message>
        <source>no category</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>без категории</translation>
    </message>
    <message>
        <source>%1 (guessed, sure), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (определена уверенно), новая организация</translation>
    </message>
    <message>
        <source>%1 (guessed, unsure: check it), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (определена неуверенно: проверьте), новая организация</translation>
    </message>
    <message>
        <source>%1 (your earlier correction), new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (ваше прежнее исправление), новая организация</translation>
    </message>
    <message>
        <source>no category guessed, new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>категорию определить не удалось, новая организация</translation>
    </message>
    <message>
        <source>%1, organisation already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1, организация уже есть в досье</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>дубликат строки %1 (%2)</translation>
    </message>
    <message>
        <source>already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>уже есть в досье как «%1» (%2)</translation>
    </message>
    <message>
        <source>not added, because other rows have problems</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не добавлено, так как в других строках есть проблемы</translation>
    </message>
    <message>
        <source>People added: %1. New organisations: %2. Duplicates left out: %3. Rows with problems left out: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавлено людей: %1. Новых организаций: %2. Пропущено дубликатов: %3. Пропущено строк с проблемами: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or import again with --skip-bad-rows to leave those rows out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Ничего не импортировано: в %n строке есть проблемы. Исправьте файл или повторите импорт с параметром --skip-bad-rows, чтобы пропустить эти строки.</numerusform>
            <numerusform>Ничего не импортировано: в %n строках есть проблемы. Исправьте файл или повторите импорт с параметром --skip-bad-rows, чтобы пропустить эти строки.</numerusform>
            <numerusform>Ничего не импортировано: в %n строках есть проблемы. Исправьте файл или повторите импорт с параметром --skip-bad-rows, чтобы пропустить эти строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest good backup is %1, made on %2. To restore it: ncm-desktop restore &quot;%3&quot; latest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последняя исправная резервная копия — %1, создана %2. Чтобы восстановить её: ncm-desktop restore &quot;%3&quot; latest</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 восстановлено из резервной копии %2.</translation>
    </message>
    <message>
        <source>What it held before was backed up as %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Прежнее содержимое сохранено в резервной копии %1.</translation>
    </message>
    <message>
        <source>No usable backup of %1 was found.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригодной резервной копии %1 не найдено.</translation>
    </message>
    <message>
        <source>Not a date: %1. Write it as YYYY-MM-DD.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это не дата: %1. Укажите её в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>No baseline was recorded on or before %1. Baselines: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>На %1 и ранее не записано ни одной контрольной точки. Контрольные точки: %2.</translation>
    </message>
    <message>
        <source>No baseline was recorded in this dossier yet. Record one on the Readiness page, or mark a meeting as held.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В этом досье ещё нет ни одной контрольной точки. Запишите её на странице «Готовность» или отметьте совещание как состоявшееся.</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1: score %2% then, %3% now (%4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения с контрольной точки от %1: уровень готовности %2% тогда, %3% сейчас (%4).</translation>
    </message>
    <message>
        <source>Progress since the baseline of %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения с контрольной точки от %1:</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контрольные точки:</translation>
    </message>
    <message>
        <source>  %1: %2%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: %2%</translation>
    </message>
    <message>
        <source>  %1: nothing to score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>  %1: нечего оценивать</translation>
    </message>
    <message>
        <source>Newly met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Впервые выполнены (%1):</translation>
    </message>
    <message>
        <source>Closer to met (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ближе к выполнению (%1):</translation>
    </message>
    <message>
        <source>Slipped back (%1):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Откат назад (%1):</translation>
    </message>
    <message>
        <source>- %1 %2: %3 → %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>No provision changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни одно положение не изменилось.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (States with gaps: %2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (государства с пробелами: %2)</translation>
    </message>
    <message>
        <source>- %1 [%2] %3: %4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>- %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не сравнивается: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the comparison of %n State(s) to %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Сравнение %n государства записано в %1.</numerusform>
            <numerusform>Сравнение %n государств записано в %1.</numerusform>
            <numerusform>Сравнение %n государств записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server dossier %1 is at schema revision %2, with the roles %3, %4 and %5.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Серверное досье %1 имеет ревизию схемы %2 и роли %3, %4 и %5.</translation>
    </message>
    <message>
        <source>%1 is now on the server as %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 теперь на сервере как %2 (строк: %3).</translation>
    </message>
    <message>
        <source>The server dossier %1 was copied to %2 (%3 rows).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Серверное досье %1 скопировано в %2 (строк: %3).</translation>
    </message>
    <message>
        <source>%1 is now %2 of the server dossier %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 теперь %2 серверного досье %3.</translation>
    </message>
    <message>
        <source>%1 is not a server address: %2. Write it as postgresql://host/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — не адрес сервера: %2. Запишите его в виде postgresql://хост/база.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>an officer (reads and writes)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>сотрудник (читает и изменяет)</translation>
    </message>
    <message>
        <source>a reader (reads and prints only)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>читатель (только читает и печатает)</translation>
    </message>
    <message>
        <source>an owner (also manages the users)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>владелец (также управляет пользователями)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сравнение досье</translation>
    </message>
    <message>
        <source>Choose the dossiers of the States to compare. They are only read: nothing in them is changed, whichever version of NCM Desktop wrote them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите досье государств для сравнения. Они только читаются: в них ничего не меняется, какой бы версией NCM Desktop они ни были записаны.</translation>
    </message>
    <message>
        <source>Dossiers to compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье для сравнения</translation>
    </message>
    <message>
        <source>&amp;Add dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Добавить досье…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государства и разделы</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы, общие для большинства государств</translation>
    </message>
    <message>
        <source>&amp;States and clauses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Государства и разделы</translation>
    </message>
    <message>
        <source>Common &amp;gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>О&amp;бщие пробелы</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Язык экспорта</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Язык экспорта:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>NCM Desktop dossiers (*.ncm);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье NCM Desktop (*.ncm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать ни одного досье: сравнивать нечего.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Электронные таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт сравнения</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Comparison of national coordinating mechanisms</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сравнение национальных координационных механизмов</translation>
    </message>
    <message>
        <source>Readiness of several States against MOSAIC 03.40, side by side, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Готовность нескольких государств по MOSAIC 03.40, рядом друг с другом, сначала пробелы, общие для большинства государств</translation>
    </message>
    <message>
        <source>Each State is judged by the same rules as its own readiness report: met counts whole, partly met half. Clauses and provisions are listed with the gaps most States share first: those a regional programme can address for all of them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждое государство оценивается по тем же правилам, что и в его собственном отчёте о готовности: выполненное засчитывается полностью, частично выполненное — наполовину. Разделы и положения перечислены начиная с пробелов, общих для большинства государств: тех, которые региональная программа может устранить сразу для всех.</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы «должен»</translation>
    </message>
    <message>
        <source>&apos;Should&apos; gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы «следует»</translation>
    </message>
    <message>
        <source>7.4 categories absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отсутствующие категории 7.4</translation>
    </message>
    <message>
        <source>Points of Contact missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отсутствующие контактные центры</translation>
    </message>
    <message>
        <source>Points of Contact not notified recently</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактные центры без недавнего уведомления</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>States with gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государства с пробелами</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что требует стандарт</translation>
    </message>
    <message>
        <source>States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Which States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Какие государства</translation>
    </message>
    <message>
        <source>Categories of 7.4 with no member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категории 7.4 без членов</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактные центры</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Почему не включено</translation>
    </message>
    <message>
        <source>Score by clause, the gaps most States share first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень по разделам, сначала пробелы, общие для большинства государств</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Gaps shared by most States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы, общие для большинства государств</translation>
    </message>
    <message>
        <source>No gap is shared by several States.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни один пробел не является общим для нескольких государств.</translation>
    </message>
    <message>
        <source>By State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По государствам</translation>
    </message>
    <message>
        <source>Dossiers not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Несравнённые досье</translation>
    </message>
    <message>
        <source>No dossier could be read: there is nothing to compare.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать ни одного досье: сравнивать нечего.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждён %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>States %1 to %2 of %3</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государства с %1 по %2 из %3</translation>
    </message>
    <message>
        <source>All States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>отсутствуют для %1</translation>
    </message>
    <message>
        <source>not notified recently for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>без недавнего уведомления для %1</translation>
    </message>
    <message>
        <source>Read through an upgraded copy: the file is of schema revision %1 and was left as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Прочитано через обновлённую копию: файл имеет ревизию схемы %1 и оставлен без изменений.</translation>
    </message>
    <message>
        <source>Common gaps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Общие пробелы</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не сравнивались</translation>
    </message>
    <message>
        <source>Verbal form</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Глагольная форма</translation>
    </message>
    <message>
        <source>Number of States</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Число государств</translation>
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
            <numerusform>%n досье сравнено %1 по %2 (каталог %3)</numerusform>
            <numerusform>%n досье сравнены %1 по %2 (каталог %3)</numerusform>
            <numerusform>%n досье сравнены %1 по %2 (каталог %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n State(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisions not fully met in at least %n State(s), the most widely shared first, then &apos;shall&apos; before &apos;should&apos; and high priority before lower.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Положения, не выполненные полностью хотя бы в %n государстве; сначала самые распространённые, затем «должен» перед «следует» и высокий приоритет перед более низким.</numerusform>
            <numerusform>Положения, не выполненные полностью хотя бы в %n государствах; сначала самые распространённые, затем «должен» перед «следует» и высокий приоритет перед более низким.</numerusform>
            <numerusform>Положения, не выполненные полностью хотя бы в %n государствах; сначала самые распространённые, затем «должен» перед «следует» и высокий приоритет перед более низким.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionChecklist</name>
    <message>
        <source>Gender balance (7.4.1)</source>
        <extracomment>Women, men and not recorded: of all representatives, and of titular members.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Гендерный баланс (7.4.1)</translation>
    </message>
    <message>
        <source>Gender balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Гендерный баланс</translation>
    </message>
    <message>
        <source>For each category: does the State have such a ministry or body (“where they exist”), and which organisation represents it. Change “Exists in the State” with F2 or a double click; add an organisation to the selected category with the button. Membership is changed on the Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По каждой категории: есть ли в государстве такое министерство или орган («при их наличии») и какая организация его представляет. Значение «Имеется в государстве» меняется клавишей F2 или двойным щелчком; кнопка добавляет организацию в выбранную категорию. Статус участия меняется на странице «Организации».</translation>
    </message>
    <message>
        <source>Composition checklist</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контрольный перечень состава</translation>
    </message>
    <message>
        <source>&amp;Add an organisation to this category…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Добавить организацию в эту категорию…</translation>
    </message>
    <message>
        <source>%4% of the %1 representatives whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %4% из %1 представителей с указанным полом (женщин: %2, мужчин: %3).</translation>
    </message>
    <message>
        <source>%4% of the %1 titular members whose sex is recorded are women (%2 women, %3 men).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %4% из %1 основных членов с указанным полом (женщин: %2, мужчин: %3).</translation>
    </message>
    <message>
        <source>Gender balance is read as 40 to 60 per cent women.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Гендерный баланс понимается как доля женщин от 40 до 60 процентов.</translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) have no sex recorded: they are counted apart, not guessed. Record it on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>У %n представителя не указан пол: такие представители учитываются отдельно, пол не домысливается. Укажите его на странице «Люди».</numerusform>
            <numerusform>У %n представителей не указан пол: такие представители учитываются отдельно, пол не домысливается. Укажите его на странице «Люди».</numerusform>
            <numerusform>У %n представителей не указан пол: такие представители учитываются отдельно, пол не домысливается. Укажите его на странице «Люди».</numerusform>
        </translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основные члены</translation>
    </message>
    <message>
        <source>Women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины и мужчины среди представителей</translation>
    </message>
    <message>
        <source>No one whose sex is recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока нет никого с указанным полом.</translation>
    </message>
</context>
<context>
    <name>CompositionModel</name>
    <message>
        <source>%1 titular, %2 alternate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>основных: %1, заместителей: %2</translation>
    </message>
    <message>
        <source>Marked as not present in this State, yet organisations of it take part: correct the mark.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отмечено как отсутствующее в этом государстве, однако организации этой категории участвуют в механизме: исправьте отметку.</translation>
    </message>
    <message>
        <source>Yes: organisations of this category take part in the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Да: организации этой категории участвуют в механизме.</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категория (7.4)</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имеется в государстве</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители</translation>
    </message>
</context>
<context>
    <name>CompositionPage</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry (7.4.4) and international bodies (7.4.5), the latter as full members or observers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государственные министерства и органы (7.4.2 a–v), гражданское общество (7.4.3), промышленность (7.4.4) и международные органы (7.4.5) — последние в качестве полноправных членов или наблюдателей.</translation>
    </message>
</context>
<context>
    <name>CompositionStep</name>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав</translation>
    </message>
    <message>
        <source>For each ministry and body of 7.4, does the State have one, and is it represented? Add the organisations that take part.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Есть ли в государстве каждое из министерств и органов, перечисленных в пункте 7.4, и представлены ли они? Добавьте организации, которые участвуют в механизме.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Kind</source>
        <extracomment>``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменено здесь</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменено там</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (более новая)</translation>
    </message>
</context>
<context>
    <name>ContactInstrumentsModel</name>
    <message>
        <source>Covers (tick)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Охватывает (отметьте)</translation>
    </message>
    <message>
        <source>Notified to (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомлён адресат (6.3)</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последнее подтверждение</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>На что обратить внимание</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактные центры</translation>
    </message>
    <message>
        <source>&amp;Designate a person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Назначить человека…</translation>
    </message>
    <message>
        <source>Add a &amp;new person…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Добавить нового человека…</translation>
    </message>
    <message>
        <source>&amp;Withdraw designation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Отозвать назначение</translation>
    </message>
    <message>
        <source>No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the instruments of clause 4 the State has joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не назначено ни одного контактного центра. Пункт 6.1 предусматривает назначение как минимум одного — для документов раздела 4, участником которых является государство.</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Охватываемые документы</translation>
    </message>
    <message>
        <source>Profile (6.2): tick what the Point of Contact offers. A National Point of Contact should…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Профиль (6.2): отметьте, чем обладает контактный центр. Национальному контактному центру следует…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;римечания:</translation>
    </message>
    <message>
        <source>Notes on the Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примечания о контактном центре</translation>
    </message>
    <message>
        <source>Coordination between Points of Contact (6.1) and notifications (6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Координация между контактными центрами (6.1) и уведомления (6.3)</translation>
    </message>
    <message>
        <source>How they &amp;coordinate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как они &amp;координируют работу</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Периодичность</translation>
    </message>
    <message>
        <source>&amp;Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По&amp;следний раз</translation>
    </message>
    <message>
        <source>Notification &amp;stale after (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление &amp;устаревает через (месяцев)</translation>
    </message>
    <message>
        <source>How the Points of Contact share information and coordinate, under the oversight of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как контактные центры обмениваются информацией и координируют работу под надзором национального органа</translation>
    </message>
    <message>
        <source>e.g. quarterly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, ежеквартально</translation>
    </message>
    <message>
        <source>A notification not sent or confirmed within this many months is flagged as stale: 6.3 asks that contact details be kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление, не направленное или не подтверждённое в течение указанного числа месяцев, помечается как устаревшее: пункт 6.3 требует поддерживать контактные данные в актуальном состоянии.</translation>
    </message>
    <message>
        <source>%1: instruments, notifications and profile</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: документы, уведомления и профиль</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отзыв назначения: %1</translation>
    </message>
    <message>
        <source>Withdraw the designation of %1 as National Point of Contact? The person stays in the dossier. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отозвать назначение %1 национальным контактным центром? Этот человек останется в досье. Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактный центр</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Instruments covered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Охватываемые документы</translation>
    </message>
    <message>
        <source>Notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальные контактные центры</translation>
    </message>
    <message>
        <source>One or more officially designated people who exchange information and act as liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and kept up to date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Одно или несколько официально назначенных лиц, которые обмениваются информацией и поддерживают связь по документам раздела 4 (6.1); сведения о них направляются в учреждения, указанные в пункте 6.3, и поддерживаются в актуальном состоянии.</translation>
    </message>
</context>
<context>
    <name>ContactsStep</name>
    <message>
        <source>National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальные контактные центры</translation>
    </message>
    <message>
        <source>Designate one or more people for the instruments joined, and record when each office was notified (clause 6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначьте одного или нескольких человек по документам, участником которых является государство, и укажите, когда было уведомлено каждое учреждение (раздел 6).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить решение</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить решение</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Решение</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision / follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решение / последующее действие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Plan activity: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятие плана: %1</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>PDF для печати (.pdf)</translation>
    </message>
    <message>
        <source>Word, to edit (.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Word для редактирования (.docx)</translation>
    </message>
    <message>
        <source>Spreadsheet, to edit (.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Электронная таблица для редактирования (.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Электронные таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Language of the hand-out</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out phone numbers and email addresses</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Публичная версия: без номеров телефонов и адресов эл. почты</translation>
    </message>
    <message>
        <source>Public version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Публичная версия</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>No meeting: every member and observer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Без совещания: все члены и наблюдатели</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Формат</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите файл PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the hand-out:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Совещание:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message numerus="yes">
        <source>The quality check on the Action plan page raises %n point(s) to settle before the plan is tabled; it can be exported as it is.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Проверка качества на странице «План действий» выявила %n вопрос, который нужно решить до внесения плана на рассмотрение; экспортировать его можно и в текущем виде.</numerusform>
            <numerusform>Проверка качества на странице «План действий» выявила %n вопроса, которые нужно решить до внесения плана на рассмотрение; экспортировать его можно и в текущем виде.</numerusform>
            <numerusform>Проверка качества на странице «План действий» выявила %n вопросов, которые нужно решить до внесения плана на рассмотрение; экспортировать его можно и в текущем виде.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Export as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт в формате</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record one on the Meetings page first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не записано ни одного совещания: сначала запишите его на странице «Совещания».</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>%1…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записан файл %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Записан файл %1 (%n страница).</numerusform>
            <numerusform>Записан файл %1 (%n страницы).</numerusform>
            <numerusform>Записан файл %1 (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Applies to the parties of %1; the Framework page does not record it as joined.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Применяется к участникам документа «%1»; на странице «Рамки» участие в нём не отмечено.</translation>
    </message>
    <message>
        <source>Answered by hand. Evidence: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ дан вручную. Подтверждение: %1</translation>
    </message>
    <message>
        <source>Answered by hand, with no evidence recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ дан вручную, подтверждение пока не записано.</translation>
    </message>
    <message>
        <source>The records cannot decide this one: answer it on the Readiness page, with a line of evidence.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По записям это определить нельзя: дайте ответ на странице «Готовность» и укажите подтверждение.</translation>
    </message>
    <message>
        <source>%1 is recorded with its legal basis, a National Authority and a Point of Contact.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Механизм «%1» записан с правовой основой, национальным органом и контактным центром.</translation>
    </message>
    <message>
        <source>Not recorded yet: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не записано: %1.</translation>
    </message>
    <message>
        <source>the mechanism&apos;s name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>название механизма</translation>
    </message>
    <message>
        <source>its legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>его правовая основа</translation>
    </message>
    <message>
        <source>the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>национальный орган</translation>
    </message>
    <message>
        <source>a National Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>национальный контактный центр</translation>
    </message>
    <message>
        <source>The State is party to %1, which requires it by a legally binding agreement to establish a national coordinating mechanism (7.2 NOTE 1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государство является участником документа, по которому оно юридически обязано создать национальный координационный механизм (7.2, ПРИМЕЧАНИЕ 1): %1.</translation>
    </message>
    <message>
        <source>The National Authority is hosted by %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган действует на базе следующей структуры: %1.</translation>
    </message>
    <message>
        <source>No host entity of the National Authority is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура национального органа не записана.</translation>
    </message>
    <message>
        <source>The National Authority is known as “%1”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган известен под наименованием «%1».</translation>
    </message>
    <message>
        <source>No name is recorded for the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Наименование национального органа не записано.</translation>
    </message>
    <message>
        <source>The role checklist records this as in place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В контрольном перечне функций это отмечено как обеспеченное: %1</translation>
    </message>
    <message>
        <source>The role checklist records this as in place, without saying how.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В контрольном перечне функций это отмечено как обеспеченное, но без указания, как именно.</translation>
    </message>
    <message>
        <source>The role checklist does not record this as in place.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В контрольном перечне функций это не отмечено как обеспеченное.</translation>
    </message>
    <message>
        <source>The host, %1, is in the category %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура (%1) относится к категории %2.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as sitting within the agency responsible for internal peace and security.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отмечено, что базовая структура (%1) входит в состав ведомства, отвечающего за внутренний мир и безопасность.</translation>
    </message>
    <message>
        <source>The host, %1, is recorded as neither responsible for the interior or internal security nor sitting within such an agency.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отмечено, что базовая структура (%1) не отвечает за внутренние дела или внутреннюю безопасность и не входит в состав такого ведомства.</translation>
    </message>
    <message>
        <source>The host, %1, is not in the interior category, and whether it sits within the agency for internal peace and security is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура (%1) не относится к категории внутренних дел, и не записано, входит ли она в состав ведомства, отвечающего за внутренний мир и безопасность.</translation>
    </message>
    <message>
        <source>No National Point of Contact is designated.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не назначено ни одного национального контактного центра.</translation>
    </message>
    <message>
        <source>%1 is covered by %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ «%1» охвачен контактным центром: %2.</translation>
    </message>
    <message>
        <source>No Point of Contact covers %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни один контактный центр не охватывает документ «%1».</translation>
    </message>
    <message>
        <source>No instrument of clause 4 is recorded as joined, so it is not known which Points of Contact are needed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не отмечено ни одного документа раздела 4, участником которого является государство, поэтому неизвестно, какие контактные центры нужны.</translation>
    </message>
    <message>
        <source>Every instrument of clause 4 the State has joined has a Point of Contact: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>У каждого документа раздела 4, участником которого является государство, есть контактный центр: %1.</translation>
    </message>
    <message>
        <source>No Point of Contact covers: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не охвачены ни одним контактным центром: %1.</translation>
    </message>
    <message>
        <source>One Point of Contact, %1, covers everything.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Все документы охватывает один контактный центр: %1.</translation>
    </message>
    <message>
        <source>%1 covers several instruments (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 охватывает несколько документов (%2).</translation>
    </message>
    <message>
        <source>Each of the %1 Points of Contact covers a single instrument.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждый из контактных центров (%1) охватывает только один документ.</translation>
    </message>
    <message>
        <source>There are not several Points of Contact to coordinate (%1 designated).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нескольких контактных центров, работу которых нужно координировать, нет (назначено: %1).</translation>
    </message>
    <message>
        <source>The %1 Points of Contact coordinate: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как координируют работу контактные центры (%1): %2.</translation>
    </message>
    <message>
        <source>%1 Points of Contact are designated, but how they share information and coordinate is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначено контактных центров: %1, но не записано, как они обмениваются информацией и координируют работу.</translation>
    </message>
    <message>
        <source>The profile of every Point of Contact (%1) includes this.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это входит в профиль каждого контактного центра (%1).</translation>
    </message>
    <message>
        <source>The profile of %1 of the %2 Points of Contact includes this; not yet: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это входит в профиль %1 из %2 контактных центров; пока не входит: %3.</translation>
    </message>
    <message>
        <source>The profile of none of the %1 Points of Contact includes this yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока это не входит в профиль ни одного из контактных центров (%1).</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: последнее уведомление (адресат: %2) направлено или подтверждено %3.</translation>
    </message>
    <message>
        <source>%1: %2 was last notified or confirmed on %3, more than %4 months ago.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: последнее уведомление (адресат: %2) направлено или подтверждено %3, более %4 мес. назад.</translation>
    </message>
    <message>
        <source>%1: %2 has no record of being notified of %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: нет записи об уведомлении адресата (%2) о контактном центре %3.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус на странице «Функции»: %1.</translation>
    </message>
    <message>
        <source>Status on the Functions page: %1; lead: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус на странице «Функции»: %1; ответственный: %2.</translation>
    </message>
    <message>
        <source>No status is recorded on the Functions page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>На странице «Функции» статус не записан.</translation>
    </message>
    <message>
        <source>Data on %1: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Данные по направлению «%1»: %2.</translation>
    </message>
    <message>
        <source>Data on %1: %2; disaggregated by sex: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Данные по направлению «%1»: %2; с разбивкой по полу: %3.</translation>
    </message>
    <message>
        <source>Whether data on %1 is available is not recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не записано, имеются ли данные по направлению «%1».</translation>
    </message>
    <message>
        <source>Each of the %1 functional areas of Table 1 has one confirmed lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>У каждой из функциональных областей таблицы 1 (%1) есть одна подтверждённая ведущая структура.</translation>
    </message>
    <message>
        <source>No lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет ведущей структуры: %1.</translation>
    </message>
    <message>
        <source>More than one lead: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Более одной ведущей структуры: %1.</translation>
    </message>
    <message>
        <source>Lead suggested, not confirmed: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая структура предложена, но не подтверждена: %1.</translation>
    </message>
    <message>
        <source>%1 has no lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: нет ведущей структуры.</translation>
    </message>
    <message>
        <source>%1 has more than one lead: %2. One lead avoids duplicated roles (7.3.2 d).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: более одной ведущей структуры (%2). Одна ведущая структура позволяет избежать дублирования функций (7.3.2 d).</translation>
    </message>
    <message>
        <source>%1 has suggestions from Table 1 to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: есть предложения из таблицы 1, которые нужно подтвердить.</translation>
    </message>
    <message>
        <source>%1: Table 1 names entities the mechanism does not include: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: в таблице 1 названы структуры, которых нет в составе механизма: %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 functional areas of Table 1 have a lead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая структура есть у %1 из %2 функциональных областей таблицы 1.</translation>
    </message>
    <message>
        <source>No responsibility is recorded in the Table 1 matrix.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В матрице таблицы 1 не записано ни одной обязанности.</translation>
    </message>
    <message>
        <source>Each of the %1 categories of 7.4 is represented, or recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждая из категорий пункта 7.4 (%1) представлена или отмечена как отсутствующая в этом государстве.</translation>
    </message>
    <message>
        <source>Not yet represented: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не представлены: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no organisation represents it, and the State is not recorded as having none.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: ни одна организация не представляет эту категорию, и не отмечено, что в государстве её нет.</translation>
    </message>
    <message>
        <source>%1: recorded as not present in this State.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: отмечено как отсутствующее в этом государстве.</translation>
    </message>
    <message>
        <source>%1 is marked as not present in this State, yet %2 take part: correct the mark on the Composition page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: отмечено как отсутствующее в этом государстве, однако в механизме участвуют: %2. Исправьте отметку на странице «Состав».</translation>
    </message>
    <message>
        <source>International bodies: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Международные органы: %1.</translation>
    </message>
    <message>
        <source>No international body takes part as a full member or observer.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни один международный орган не участвует в качестве полноправного члена или наблюдателя.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives whose sex is recorded (%2 women, %3 men) and %4% of titular members; %5 have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %1% представителей с указанным полом (женщин: %2, мужчин: %3) и %4% основных членов; пол не указан: %5.</translation>
    </message>
    <message>
        <source>Women are %1% of the representatives (%2 women, %3 men) and %4% of titular members.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %1% представителей (женщин: %2, мужчин: %3) и %4% основных членов.</translation>
    </message>
    <message>
        <source>The sex of none of the %1 representatives is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол не указан ни у одного из представителей (%1).</translation>
    </message>
    <message>
        <source>%1: %2; funding: %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: %2; финансирование: %3.</translation>
    </message>
    <message>
        <source>%1: nothing is recorded on the Infrastructure page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: на странице «Инфраструктура» ничего не записано.</translation>
    </message>
    <message>
        <source>The National Authority provides: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган предоставляет: %1.</translation>
    </message>
    <message>
        <source>No resource is recorded as provided by the National Authority.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не записано ни одного ресурса, предоставляемого национальным органом.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как определено</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>The set-up so far</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что уже настроено</translation>
    </message>
    <message>
        <source>Functions, infrastructure and responsibilities follow on their own pages.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функции, инфраструктура и обязанности заполняются на отдельных страницах.</translation>
    </message>
    <message>
        <source>Open the &amp;Readiness page when I finish</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть страницу «&amp;Готовность» по завершении</translation>
    </message>
    <message numerus="yes">
        <source>Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most important first, each with its next step and a link to the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Уровень готовности: %1. Остался %n пробел; на странице «Готовность» перечислены все пробелы, начиная с наиболее важных, для каждого — следующий шаг и ссылка на страницу, где его можно устранить.</numerusform>
            <numerusform>Уровень готовности: %1. Осталось %n пробела; на странице «Готовность» перечислены все пробелы, начиная с наиболее важных, для каждого — следующий шаг и ссылка на страницу, где его можно устранить.</numerusform>
            <numerusform>Уровень готовности: %1. Осталось %n пробелов; на странице «Готовность» перечислены все пробелы, начиная с наиболее важных, для каждого — следующий шаг и ссылка на страницу, где его можно устранить.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first ones:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Первые из них:</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Рамки</translation>
    </message>
    <message>
        <source>The State, the mechanism and its legal basis (7.1), and the international and regional instruments the State has joined (clause 4).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государство, механизм и его правовая основа (7.1), а также международные и региональные документы, участником которых является государство (раздел 4).</translation>
    </message>
</context>
<context>
    <name>FunctionsEditor</name>
    <message>
        <source>The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged from the Table 1 matrix on the Responsibilities page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функции механизма по приоритетам (7.3.2–7.3.4). Статус, ответственного или примечание можно изменить клавишей F2, двойным щелчком или просто начав ввод. Функция 7.3.2 d) оценивается по матрице таблицы 1 на странице «Обязанности».</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the standard asks for it, is it disaggregated by sex?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Области мониторинга согласно 7.3.2 a) 1)–8): имеются ли данные и, если стандарт этого требует, есть ли разбивка по полу?</translation>
    </message>
    <message>
        <source>Monitoring areas</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Области мониторинга</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>(no lead yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ответственный ещё не назначен)</translation>
    </message>
    <message>
        <source>Function</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <source>Notes (who, how, how often)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примечания (кто, как, как часто)</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <source>Functions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функции</translation>
    </message>
    <message>
        <source>What the mechanism does, high priority first (7.3), and the evidence its monitoring rests on (7.3.2 a).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что делает механизм, начиная с высокоприоритетных функций (7.3), и на каких данных основан его мониторинг (7.3.2 a).</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить данные гостя</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить гостя</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Приглашён</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;рисутствовал</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По&amp;л</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовал</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>(deleted)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>No change is recorded for this record: it was last changed before NCM Desktop kept a change log.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Для этой записи изменения не записаны: последний раз она изменялась до того, как NCM Desktop начала вести журнал изменений.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>После</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <extracomment>How many values of a column its example shows. The widest the organisation names and their categories are shown, in pixels.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Импорт членов</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>First values</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поле для столбца «%1»</translation>
    </message>
    <message>
        <source>1. What each column holds</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>1. Что содержит каждый столбец</translation>
    </message>
    <message>
        <source>Organisations and their categories</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации и их категории</translation>
    </message>
    <message>
        <source>2. The category of each new organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>2. Категория каждой новой организации</translation>
    </message>
    <message>
        <source>Categories were guessed from the names; the unsure ones come first. Check them: double-click a category, or select it and press F2, to change it. Your corrections are remembered for the next imports.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категории определены по названиям; неуверенные показаны первыми. Проверьте их: чтобы изменить категорию, дважды щёлкните её или выделите и нажмите F2. Ваши исправления запоминаются для следующих импортов.</translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строки в том виде, в котором они будут импортированы</translation>
    </message>
    <message>
        <source>3. The rows</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>3. Строки</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Пропустить строки с проблемами и импортировать остальные</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ничего не импортировано: в некоторых строках есть проблемы.</translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2. Duplicates, left out: %3. With problems: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строк: %1. Будет добавлено: %2. Дубликатов (пропускаются): %3. С проблемами: %4.</translation>
    </message>
    <message>
        <source>%1: sheet “%2”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: лист «%2», строк после заголовков: %3.</translation>
    </message>
    <message>
        <source>%1: text encoded as %2, values separated by “%4”, %3 rows after the headers.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: кодировка текста %2, разделитель значений «%4», строк после заголовков: %3.</translation>
    </message>
    <message>
        <source>tab</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>табуляция</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>(no category)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Будет добавлено</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дубликат строки %1 (%2)</translation>
    </message>
    <message>
        <source>Already in the dossier as “%1” (%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уже есть в досье как «%1» (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строка</translation>
    </message>
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
        <source>Result</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Infrastructure and administration</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Инфраструктура и административное обеспечение</translation>
    </message>
    <message>
        <source>Support staff, meeting and office space, equipment and finances (clause 8).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вспомогательный персонал, помещения для совещаний и служебные помещения, оборудование и финансы (раздел 8).</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <source>Instruments joined (clause 4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документы, участником которых является государство (раздел 4)</translation>
    </message>
    <message>
        <source>Tick each instrument the State has joined; each one of clause 4 needs a National Point of Contact (clause 6). Some regional treaties make a national mechanism legally required.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отметьте каждый документ, участником которого является государство; для каждого документа раздела 4 нужен национальный контактный центр (раздел 6). Некоторые региональные договоры делают создание национального механизма юридически обязательным.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Other regional instrument:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Другой региональный документ:</translation>
    </message>
    <message>
        <source>Other regional instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другой региональный документ</translation>
    </message>
    <message>
        <source>Its name, as the State refers to it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Его название, как оно используется в государстве</translation>
    </message>
    <message>
        <source>Add as joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить как документ с участием</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected instrument entered by name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить выбранный документ, введённый по названию</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Clause 4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Раздел 4</translation>
    </message>
    <message>
        <source>Regional</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Региональный</translation>
    </message>
    <message>
        <source>Regional (entered by name)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Региональный (введён по названию)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Instrument (tick when joined)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ (отметьте, если государство — участник)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата присоединения</translation>
    </message>
    <message>
        <source>Requires a national mechanism (7.2 NOTE 1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Требует создания национального механизма (7.2, ПРИМЕЧАНИЕ 1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsStep</name>
    <message>
        <source>Instruments joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документы, участником которых является государство</translation>
    </message>
    <message>
        <source>Tick the instruments of clause 4 and the regional treaties the State is party to; add any other by name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отметьте документы раздела 4 и региональные договоры, участником которых является государство; любые другие добавьте по названию.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <extracomment>(value, label) pairs. Enums whose values coincide with another&apos;s and mean the same (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``) fall back on the label of that value; values that coincide but mean something else (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.</extracomment>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имеются</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имеются частично</translation>
    </message>
    <message>
        <source>Not available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отсутствуют</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Частично обеспечено</translation>
    </message>
    <message>
        <source>In place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обеспечено</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Pairs, not a dict: these enums share values (&apos;email&apos; is both a field and a kind of duplicate) and equal str values would collide as dict keys.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Acronym of the organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Аббревиатура организации</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Role in the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Роль в механизме</translation>
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
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Not added</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>совпадают имя и организация</translation>
    </message>
    <message>
        <source>same email</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>совпадает адрес эл. почты</translation>
    </message>
    <message>
        <source>same phone</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>совпадает телефон</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заменено более новой версией</translation>
    </message>
    <message>
        <source>Changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменено в обоих досье</translation>
    </message>
    <message>
        <source>Deleted in one dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалено в одном из досье</translation>
    </message>
    <message>
        <source>Its organisation was deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Его организация удалена</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это досье</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другое досье</translation>
    </message>
    <message>
        <source>Keep this dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить версию этого досье</translation>
    </message>
    <message>
        <source>Take the other dossier&apos;s version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Принять версию другого досье</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <extracomment>Names of the kinds of record, by table; a table not listed shows its own name.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Setting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Человек</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактный центр</translation>
    </message>
    <message>
        <source>Point of Contact instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ контактного центра</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>The choice of &quot;no field&quot; for a column of a member list.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Other national source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другой национальный источник</translation>
    </message>
    <message>
        <source>Regional source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Региональный источник</translation>
    </message>
    <message>
        <source>International source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Международный источник</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая роль</translation>
    </message>
    <message>
        <source>Support</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ ещё не дан</translation>
    </message>
    <message>
        <source>From the data</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По данным</translation>
    </message>
    <message>
        <source>Answered by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ вручную</translation>
    </message>
    <message>
        <source>Absent</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не представлено</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Актуально</translation>
    </message>
    <message>
        <source>Stale</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Never notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление не направлялось</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Восстановлено отменой</translation>
    </message>
    <message>
        <source>When the dossier was opened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>При открытии досье</translation>
    </message>
    <message>
        <source>Every 30 minutes while working</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждые 30 минут во время работы</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <source>Before an upgrade to a new version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Перед обновлением до новой версии</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Перед слиянием</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Перед восстановлением из резервной копии</translation>
    </message>
    <message>
        <source>Changes not written back to the drive</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения, не записанные обратно на диск</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ограниченный прогресс</translation>
    </message>
    <message>
        <source>Substantial progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Существенный прогресс</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>National budget</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный бюджет</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Без финансирования</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Working group</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ожидает выполнения</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Впервые выполнено</translation>
    </message>
    <message>
        <source>Closer to met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ближе к выполнению</translation>
    </message>
    <message>
        <source>Slipped back</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Откат назад</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each National Point of Contact be provided to the office concerned and kept up to date. This file holds one letter for each instrument covered by a Point of Contact, ready to be signed and sent.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40 (пункт 6.3) предусматривает, что наименование и контактные данные каждого национального контактного центра представляются соответствующему учреждению и поддерживаются в актуальном состоянии. В этом файле содержится по одному письму для каждого документа, охватываемого контактным центром; письма готовы к подписанию и отправке.</translation>
    </message>
    <message>
        <source>Letters in this file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Письма в этом файле</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактный центр</translation>
    </message>
    <message>
        <source>Last notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последнее уведомление</translation>
    </message>
    <message>
        <source>Not yet notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление ещё не направлялось</translation>
    </message>
    <message>
        <source>No Point of Contact is recorded for any instrument, so this file holds no letter.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни для одного документа не записан контактный центр, поэтому в этом файле нет писем.</translation>
    </message>
    <message>
        <source>Instruments with no Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документы без контактного центра</translation>
    </message>
    <message>
        <source>No letter was prepared for these instruments, because no National Point of Contact is recorded for them. If the State has joined one of them, a Point of Contact can be designated (clause 6.1) and the letters printed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Для этих документов письма не подготовлены, поскольку для них не записан национальный контактный центр. Если государство является участником одного из них, можно назначить контактный центр (пункт 6.1) и снова распечатать письма.</translation>
    </message>
    <message>
        <source>A letter marked DRAFT names a Point of Contact with no phone number or email address recorded: complete the contact details, then print the letters again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В письме с пометкой «ПРОЕКТ» указан контактный центр, для которого не записаны ни номер телефона, ни адрес эл. почты: дополните контактные данные, затем снова распечатайте письма.</translation>
    </message>
    <message>
        <source>Subject: National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тема: национальный контактный центр по документу «%1»</translation>
    </message>
    <message>
        <source>Madam, Sir,</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уважаемая госпожа / Уважаемый господин!</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Point of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имею честь сообщить, что %1 назначает национальным контактным центром по документу «%2» следующее лицо:</translation>
    </message>
    <message>
        <source>I have the honour to inform you that %1 has designated the following National Points of Contact for the %2:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имею честь сообщить, что %1 назначает национальными контактными центрами по документу «%2» следующих лиц:</translation>
    </message>
    <message>
        <source>%1 is also the National Point of Contact for: %2.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 является также национальным контактным центром в отношении: %2.</translation>
    </message>
    <message>
        <source>This letter confirms and updates the notification of %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Настоящее письмо подтверждает и обновляет уведомление от %1.</translation>
    </message>
    <message>
        <source>I should be grateful if these details could be recorded and used for all communications on the implementation of the %1. Any change will be notified to you without delay.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Прошу зарегистрировать эти данные и использовать их во всех сообщениях, касающихся осуществления документа «%1». О любых изменениях Вам будет сообщено незамедлительно.</translation>
    </message>
    <message>
        <source>Please accept the assurances of my highest consideration.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примите уверения в моём глубоком уважении.</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия, имя и должность</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
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
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не указано</translation>
    </message>
    <message>
        <source>the Government</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный координационный механизм</translation>
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
        <translation>Открыть не&amp;давнее</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Мастер настройки…</translation>
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
        <source>Open ser&amp;ver dossier…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть серверное &amp;досье…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Импорт членов…</translation>
    </message>
    <message>
        <source>Co&amp;mpare dossiers…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Сравнить досье…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Слияние с пакетом…</translation>
    </message>
    <message>
        <source>Merge &amp;history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;История слияний…</translation>
    </message>
    <message>
        <source>&amp;Save to the drive now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Записать на диск сейчас</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сообщение</translation>
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
        <source>Open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть серверное досье</translation>
    </message>
    <message>
        <source>Address of the server dossier (postgresql://user@server/database):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Адрес серверного досье (postgresql://пользователь@сервер/база):</translation>
    </message>
    <message>
        <source>%1 is not a server address (%2). Write it as postgresql://server/database.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — не адрес сервера (%2). Запишите его в виде postgresql://сервер/база.</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Повторить попытку?</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пароль для %1:</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Импорт членов</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Списки членов (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported %1 people and %2 new organisations.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Импортировано людей: %1, новых организаций: %2.</translation>
    </message>
    <message>
        <source>The package was written: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет записан: %1</translation>
    </message>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Слияние с пакетом</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx);;All files (*)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакеты NCM Desktop (*.ncmx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This dossier is open read-only: nothing can be imported or merged into it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это досье открыто только для чтения: в него нельзя ничего импортировать или объединить с ним пакет.</translation>
    </message>
    <message>
        <source>The drive already holds every change.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>На диске уже записаны все изменения.</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1, компьютер %2, с %3</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2), which is no longer running: it probably stopped without closing it. You can take the lock over and work on the dossier, or open it read-only.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 осталось заблокированным программой NCM Desktop (%2), которая больше не работает: вероятно, она завершилась, не закрыв его. Вы можете снять блокировку и работать с досье или открыть его только для чтения.</translation>
    </message>
    <message>
        <source>&amp;Take over and open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Снять блокировку и открыть</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2). Only one program can change a dossier at a time. Open it read-only, or, only if that computer no longer uses it (it stopped, or the drive was removed from it), take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 открыто в NCM Desktop на другом компьютере (%2). Изменять досье одновременно может только одна программа. Откройте его только для чтения или — только если тот компьютер больше его не использует (программа остановлена или диск от него отключён) — снимите блокировку.</translation>
    </message>
    <message>
        <source>%1 is already open in another copy of NCM Desktop (%2). Only one program can change a dossier at a time: you can open it read-only here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 уже открыто в другом экземпляре NCM Desktop (%2). Изменять досье одновременно может только одна программа: здесь его можно открыть только для чтения.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье используется</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this dossier was made on %2; it holds %3 organisations and %4 people. Restore it? What is in the file now is kept in the backups folder.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1

Последняя исправная резервная копия этого досье создана %2; в ней организаций: %3, людей: %4. Восстановить её? Текущее содержимое файла будет сохранено в папке резервных копий.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье восстановлено из резервной копии.</translation>
    </message>
    <message>
        <source>NCM Desktop %1

Sets up and runs a national coordinating mechanism on small arms and light weapons control, following the UN standard MOSAIC 03.40.

It works offline: it connects to a network only to open a server dossier you name.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>NCM Desktop %1

Помогает создать национальный координационный механизм по контролю над стрелковым оружием и лёгкими вооружениями и организовать его работу в соответствии со стандартом ООН MOSAIC 03.40.

Работает автономно: подключается к сети только для того, чтобы открыть указанное вами серверное досье.</translation>
    </message>
    <message>
        <source>Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 since %3. You can read it here; changes made there appear when you open it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Только для чтения: это досье открыто для изменения в NCM Desktop (пользователь %1, компьютер %2, с %3). Здесь его можно читать; внесённые там изменения появятся, когда вы откроете его снова.</translation>
    </message>
    <message>
        <source>Read-only: you are a reader of this server dossier. You can read it and print from it; its owner can make you an officer to change it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Только для чтения: вы читатель этого серверного досье. Вы можете читать его и печатать документы; его владелец может сделать вас сотрудником, чтобы вы могли его изменять.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made to this dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Только для чтения: изменять это досье нельзя.</translation>
    </message>
    <message>
        <source>It was written by an older version of NCM Desktop: you are reading a copy brought up to date for this version.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье записано более старой версией NCM Desktop: вы просматриваете копию, обновлённую для этой версии.</translation>
    </message>
    <message>
        <source>This dossier is on a network drive (%1). You are working on a copy on this computer, written back to the network drive every minute while you make changes and when you close the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это досье находится на сетевом диске (%1). Вы работаете с копией на этом компьютере, которая записывается обратно на сетевой диск каждую минуту, пока вы вносите изменения, а также при закрытии досье.</translation>
    </message>
    <message>
        <source>This dossier is on a removable drive (%1). You are working on a copy on this computer, written back to the drive every minute while you make changes and when you close the dossier. Close the dossier, or use File &gt; Save to the drive now, before you remove the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это досье находится на съёмном диске (%1). Вы работаете с копией на этом компьютере, которая записывается обратно на диск каждую минуту, пока вы вносите изменения, а также при закрытии досье. Прежде чем извлечь диск, закройте досье или выберите Файл &gt; Записать на диск сейчас.</translation>
    </message>
    <message>
        <source>Changes made on this computer that had not reached the drive last time were written back to it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения, сделанные на этом компьютере и не попавшие на диск в прошлый раз, записаны на него.</translation>
    </message>
    <message>
        <source>Changes left on this computer last time were not written back, and the file on the drive has changed since: they were kept as a backup (File &gt; Backups…).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения, оставшиеся на этом компьютере в прошлый раз, не были записаны обратно, а файл на диске с тех пор изменился: они сохранены как резервная копия (Файл &gt; Резервные копии…).</translation>
    </message>
    <message>
        <source>The dossier could not be written back to its drive (%1). Your changes are safe on this computer and are written back when the drive can be written again, or the next time you open the dossier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось записать досье обратно на его диск (%1). Ваши изменения надёжно сохранены на этом компьютере и будут записаны обратно, когда запись на диск снова станет возможной, или при следующем открытии досье.</translation>
    </message>
    <message>
        <source>An automatic backup could not be made: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
    <message>
        <source>Written back to the drive.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записано обратно на диск.</translation>
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
        <source>Server dossier %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Серверное досье %1</translation>
    </message>
    <message>
        <source>The open server dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Открытое серверное досье</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Какая организация-член играет ведущую роль, а какая оказывает поддержку в каждой функциональной области таблицы 1 (раздел 9). Одна ведущая организация в каждой области позволяет избежать дублирования функций (7.3.2 d). Затенены ячейки, где таблица 1 называет тип структуры, к которому относится организация.</translation>
    </message>
    <message>
        <source>Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Клавиши: L — ведущая роль, S — поддержка, Delete — очистить, C — подтвердить предложение, F2 — выбрать.</translation>
    </message>
    <message>
        <source>Responsibilities matrix</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Матрица обязанностей</translation>
    </message>
    <message>
        <source>&amp;Suggest from Table 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Предложить по таблице 1</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Под&amp;твердить все предложения</translation>
    </message>
    <message>
        <source>&amp;Discard suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Отклонить предложения</translation>
    </message>
    <message>
        <source>No organisation takes part as a full member or observer yet: add them on the Composition or Organisations page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока ни одна организация не участвует в качестве полноправного члена или наблюдателя: добавьте их на странице «Состав» или «Организации».</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>На что обратить внимание</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1?</source>
        <extracomment>Data role of a cell&apos;s entry (or None).</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Suggested from Table 1, not yet confirmed: press C to confirm.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предложено по таблице 1, ещё не подтверждено: нажмите C, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>Table 1 names this kind of entity for %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Таблица 1 называет этот тип структуры для области «%1».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>MechanismForm</name>
    <message>
        <source>The mechanism (clause 7.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Механизм (пункт 7.1)</translation>
    </message>
    <message>
        <source>Secretariat contact details</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактные данные секретариата</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Государство</translation>
    </message>
    <message>
        <source>&amp;Name of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Название механизма</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Правовая основа</translation>
    </message>
    <message>
        <source>&amp;Date of the legal basis</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Дата правовой основы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Адрес</translation>
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
        <source>e.g. National Commission for the Control of Small Arms and Light Weapons</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, Национальная комиссия по контролю над стрелковым оружием и лёгкими вооружениями</translation>
    </message>
    <message>
        <source>The decree, law or decision that establishes the mechanism, and any mandate given to a regional organisation or the United Nations (clause 11)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Указ, закон или решение о создании механизма, а также любой мандат, предоставленный региональной организации или Организации Объединённых Наций (раздел 11)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовали</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещания</translation>
    </message>
    <message>
        <source>Plenaries and working groups of the mechanism: their agenda, who was invited and who came, and their decisions, each followed by an action or an activity of the National Action Plan. Every change is saved as you make it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пленарные заседания и рабочие группы механизма: повестка дня, кто был приглашён и кто присутствовал, а также принятые решения, по каждому из которых предусматривается последующее действие или мероприятие национального плана действий. Все изменения сохраняются сразу.</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Новое совещание</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить совещание</translation>
    </message>
    <message>
        <source>Print attendance s&amp;heet…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пе&amp;чать листа регистрации…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт про&amp;токола…</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отметить как со&amp;стоявшееся</translation>
    </message>
    <message>
        <source>Record the readiness of the mechanism as a baseline dated the day of the meeting; the minutes show it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записать готовность механизма как контрольную точку с датой совещания; протокол её покажет</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата совещания</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вид совещания</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название совещания</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>e.g. First ordinary session of 2026</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, Первая очередная сессия 2026 года</translation>
    </message>
    <message>
        <source>A&amp;genda (F2 edits an item):</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Повестка дня (F2 — изменить пункт):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>A new agenda item; Enter adds it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новый пункт повестки дня; Enter добавляет его</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить пун&amp;кт</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Удалить пункт</translation>
    </message>
    <message>
        <source>Item &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт вы&amp;ше</translation>
    </message>
    <message>
        <source>Item do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт ни&amp;же</translation>
    </message>
    <message>
        <source>Participants</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Invite people…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить &amp;людей…</translation>
    </message>
    <message>
        <source>Invite &amp;every member</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить &amp;всех членов</translation>
    </message>
    <message>
        <source>Add a &amp;guest…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить &amp;гостя…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Убрать из с&amp;писка</translation>
    </message>
    <message>
        <source>Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits them. People&apos;s sex is recorded on the People page.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробел отмечает «Приглашён» или «Присутствовал» в текущей ячейке; Enter на строке гостя открывает его данные для изменения. Пол людей указывается на странице «Люди».</translation>
    </message>
    <message>
        <source>Gender balance of those present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Гендерный баланс присутствующих</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решения и последующие действия</translation>
    </message>
    <message>
        <source>The whole text of the decision or action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Полный текст решения или действия</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить &amp;решение…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Make it a &amp;plan activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сделать &amp;мероприятием плана…</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up action…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить последующее &amp;действие…</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. “New meeting” records one for today; change its date, kind and agenda, then invite its participants.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока не записано ни одного совещания. Кнопка «Новое совещание» создаёт запись на сегодняшнюю дату; измените дату, вид и повестку дня, затем пригласите участников.</translation>
    </message>
    <message>
        <source>Meeting and agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание и повестка дня</translation>
    </message>
    <message>
        <source>Attendance (%1/%2)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствие (%1/%2)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решения (%1)</translation>
    </message>
    <message>
        <source>No one is marked as present yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пока никто не отмечен как присутствующий.</translation>
    </message>
    <message>
        <source>%1 present; the sex of none of them is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовали: %1; ни у кого из них не указан пол.</translation>
    </message>
    <message>
        <source>within the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>в пределах 40–60 процентов, принятых за баланс</translation>
    </message>
    <message>
        <source>outside the 40 to 60 per cent read as balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>за пределами 40–60 процентов, принятых за баланс</translation>
    </message>
    <message>
        <source>far from balance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>далеко от баланса</translation>
    </message>
    <message>
        <source>%1 present: women are %2% of those whose sex is recorded (%3 women, %4 men), %5 (7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовали: %1; женщины составляют %2% от тех, у кого указан пол (женщин: %3, мужчин: %4), — %5 (7.4.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n present have no sex recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>У %n присутствующего не указан пол.</numerusform>
            <numerusform>У %n присутствующих не указан пол.</numerusform>
            <numerusform>У %n присутствующих не указан пол.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked as held yet: marking it records the readiness at the meeting.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ещё не отмечено как состоявшееся: отметка записывает готовность на момент совещания.</translation>
    </message>
    <message>
        <source>Held. Readiness at the meeting: %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состоялось. Готовность на момент совещания: %1.</translation>
    </message>
    <message>
        <source>This meeting is dated %1: it can be marked as held on that day or after.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание назначено на %1: отметить его как состоявшееся можно в этот день или позже.</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление совещания: %1</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” with its agenda, attendance and decisions? Activities of the plan it led to stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить совещание «%1» вместе с повесткой дня, данными о присутствии и решениями? Мероприятия плана, появившиеся по его итогам, сохранятся. Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить людей</translation>
    </message>
    <message>
        <source>Choose the people to invite: Ctrl or Shift with a click or the arrow keys chooses several, Ctrl+A all those shown.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите людей для приглашения: щелчок или клавиши со стрелками с нажатой клавишей Ctrl или Shift выбирают нескольких, Ctrl+A — всех показанных.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Убрать %n участника</numerusform>
            <numerusform>Убрать %n участников</numerusform>
            <numerusform>Убрать %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up action %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление последующего действия: %1</translation>
    </message>
    <message>
        <source>Delete the follow-up action “%1”? An activity of the plan it became stays. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить последующее действие «%1»? Мероприятие плана, созданное на его основе, сохранится. Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление решения: %1</translation>
    </message>
    <message>
        <source>Delete this decision and its follow-up actions? Activities of the plan it became stay. You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить это решение и последующие действия по нему? Мероприятия плана, созданные на его основе, сохранятся. Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>Follow-up of the decisions of the mechanism&apos;s meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнение решений совещаний механизма</translation>
    </message>
    <message>
        <source>Make the decision an activity of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сделать решение мероприятием плана</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Слияние с пакетом</translation>
    </message>
    <message>
        <source>Package from “%1” (computer %2), written %3, with %4 records.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет от «%1» (компьютер %2), записан %3, записей: %4.</translation>
    </message>
    <message>
        <source>Passphrase of the package</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>This package is protected. &amp;Passphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Этот пакет защищён. &amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Выполнить слияние</translation>
    </message>
    <message>
        <source>Records changed in both dossiers</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записи, изменённые в обоих досье</translation>
    </message>
    <message>
        <source>The two versions of the record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Две версии записи</translation>
    </message>
    <message>
        <source>Keep all of &amp;this dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить все версии &amp;этого досье</translation>
    </message>
    <message>
        <source>Take all of the &amp;other dossier&apos;s versions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Принять все версии &amp;другого досье</translation>
    </message>
    <message>
        <source>These records were changed in both dossiers since they last exchanged. The newer version is chosen; to keep the other one, change “Keep” (double-click it, or press F2). The version not kept goes to the merge history.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Эти записи были изменены в обоих досье после их последнего обмена. Выбрана более новая версия; чтобы сохранить другую, измените значение «Сохранить» (дважды щёлкните его или нажмите F2). Несохранённая версия попадает в историю слияний.</translation>
    </message>
    <message>
        <source>Versions set aside by this merge</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Версии, отложенные при этом слиянии</translation>
    </message>
    <message>
        <source>Show the &amp;merge history…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показать историю &amp;слияний…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the dossier was not changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Слияние отменено; досье не изменено.</translation>
    </message>
    <message>
        <source>The dossier was backed up first: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сначала была создана резервная копия досье: %1</translation>
    </message>
    <message>
        <source>The versions below were set aside; the merge history keeps them.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Версии, приведённые ниже, отложены; они хранятся в истории слияний.</translation>
    </message>
    <message>
        <source>This dossier already holds everything in the package: merging it changes nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В этом досье уже есть всё содержимое пакета: слияние ничего не изменит.</translation>
    </message>
    <message>
        <source>To add: %1. To update: %2. To delete: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Будет добавлено: %1. Будет обновлено: %2. Будет удалено: %3. Изменено в обоих досье: %4.</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавлено: %1. Обновлено: %2. Удалено: %3. Изменено в обоих досье: %4.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: добавлено: %2, обновлено: %3, удалено: %4</translation>
    </message>
    <message>
        <source>This dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Это досье</translation>
    </message>
    <message>
        <source>The other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другое досье</translation>
    </message>
</context>
<context>
    <name>MergeEntryModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отложенная версия</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>История слияний</translation>
    </message>
    <message>
        <source>Search by record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск по записи</translation>
    </message>
    <message>
        <source>Search the merge history</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск в истории слияний</translation>
    </message>
    <message>
        <source>Versions set aside by merges</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Версии, отложенные при слияниях</translation>
    </message>
    <message>
        <source>The version set aside and the record now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отложенная версия и текущая запись</translation>
    </message>
    <message>
        <source>No merge has set any version aside.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни при одном слиянии версии не откладывались.</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отложенная версия</translation>
    </message>
    <message>
        <source>In the dossier now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сейчас в досье</translation>
    </message>
    <message>
        <source>No longer in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Больше нет в досье</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Merged</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата слияния</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Version from</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Версия из</translation>
    </message>
    <message>
        <source>Other dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другое досье</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата правовой основы</translation>
    </message>
    <message>
        <source>Date joined</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата присоединения</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Date designated</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Правовой акт</translation>
    </message>
    <message>
        <source>Known as</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Technical planning and coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Орган технического планирования и координации</translation>
    </message>
    <message>
        <source>How</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Date notified</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>Date last confirmed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата последнего подтверждения</translation>
    </message>
    <message>
        <source>Notification period (months)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Срок актуальности уведомления (месяцев)</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Last held</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>Exists in the State</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имеется в государстве</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обязанность</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Start of mandate</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало полномочий</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название плана</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Clause or instrument</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт или документ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Partners</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Donor</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата совещания</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата контрольной точки</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название совещания</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вид совещания</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имя гостя</translation>
    </message>
    <message>
        <source>Organisation of the guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация гостя</translation>
    </message>
    <message>
        <source>Participant</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последующее действие</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Значение «%1» должно быть целым числом от 1 до %3.</translation>
    </message>
    <message>
        <source>%1 is too large: at most %3.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Значение «%1» слишком велико: не более %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» — это не трёхбуквенный код валюты (например, USD, EUR или XOF).</translation>
    </message>
    <message>
        <source>%1: “%2” is already recorded; nothing was added.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» уже записано; ничего не добавлено.</translation>
    </message>
    <message>
        <source>%1: “%2” already leads this area, and an area has one lead so that roles are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: «%2» уже играет ведущую роль в этой области, а у каждой области одна ведущая организация, чтобы не дублировать функции (7.3.2 d). Сначала назначьте «%2» поддерживающей организацией или выберите здесь «Поддержка».</translation>
    </message>
    <message>
        <source>%1: this category cannot be marked as not present in this State while it has organisations in the mechanism (%2). Change their membership first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: эту категорию нельзя отметить как отсутствующую в этом государстве, пока в механизме есть её организации (%2). Сначала измените их статус участия.</translation>
    </message>
    <message>
        <source>%1: more values than the file has columns (“%2”). A separator inside a value may have been left without quotation marks.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: значений больше, чем столбцов в файле («%2»). Возможно, разделитель внутри значения не был заключён в кавычки.</translation>
    </message>
    <message>
        <source>%1 comes before the start: an end must be on or after its start.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Значение «%1» раньше начала: окончание должно совпадать с началом или быть позже него.</translation>
    </message>
    <message>
        <source>%1: a cost of %2 is given, yet the activity is marked as costing nothing. Clear the cost, or untick “No cost”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: указана стоимость %2, но мероприятие отмечено как не требующее затрат. Удалите стоимость или снимите отметку «Без затрат».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist. Choose another folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Невозможно записать %1: папка не существует. Выберите другую папку. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder is read-only. Choose another folder, for example your Documents folder. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Невозможно записать %1: папка доступна только для чтения. Выберите другую папку, например папку «Документы». Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name, such as roster.pdf. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — это папка. Укажите имя файла, например roster.pdf. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the disk has room and is still connected, then try again. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось записать %1 (%2). Убедитесь, что на диске есть место и он по-прежнему подключён, затем повторите попытку. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 could not be read as a member list: it is neither a CSV file nor an Excel workbook (.xlsx), or it is damaged. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать %1 как список членов: это не файл CSV и не книга Excel (.xlsx), либо файл повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл %1 пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 could not be read: the quotation mark of a value that starts on line %2 is never closed, or is followed by more text. Correct the file, or save it again from the spreadsheet program. Nothing was imported.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать %1: кавычка значения, начинающегося в строке %2, не закрыта или после неё идёт лишний текст. Исправьте файл или заново сохраните его из программы электронных таблиц. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 — книга Excel 97–2003 (.xls). Сохраните её как книгу Excel (.xlsx) или в формате CSV, затем импортируйте этот файл.</translation>
    </message>
    <message>
        <source>%1 is not an NCM Desktop exchange package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 не является пакетом обмена NCM Desktop. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is incomplete: its copy was probably interrupted. Copy the package again from where it came from. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет %1 неполон: вероятно, его копирование было прервано. Скопируйте пакет заново из источника. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was written: its contents do not match their checksum. Ask for a new package. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет %1 повреждён или изменён после записи: его содержимое не соответствует контрольной сумме. Запросите новый пакет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NCM Desktop. Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет %1 записан более новой версией NCM Desktop. Установите эту версию, чтобы выполнить слияние. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 comes from a dossier of a newer version of NCM Desktop (schema %2). Install that version to merge it. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет %1 получен из досье более новой версии NCM Desktop (схема %2). Установите эту версию, чтобы выполнить слияние. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Give its passphrase to open it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет %1 защищён парольной фразой. Введите её, чтобы открыть пакет.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (capital letters count) and try again. Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольная фраза не подходит к %1. Проверьте её (регистр букв имеет значение) и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its contents do not fit this version of NCM Desktop (%2). Nothing was changed.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Невозможно выполнить слияние с %1: его содержимое несовместимо с этой версией NCM Desktop (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Name the meeting with --meeting, by its date (YYYY-MM-DD) or its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Укажите совещание параметром --meeting: по его дате (ГГГГ-ММ-ДД) или идентификатору.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни одно совещание не соответствует «%1». Укажите его по дате (ГГГГ-ММ-ДД) или по первым символам идентификатора.</translation>
    </message>
    <message>
        <source>%2 meetings were held on %1: name one by the first characters of its identifier.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 состоялось несколько совещаний (%2): укажите одно из них по первым символам идентификатора.</translation>
    </message>
    <message>
        <source>%1 cannot be written in that format: this hand-out is made as %2 only. Nothing was written.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Невозможно записать %1 в этом формате: этот документ создаётся только в формате %2. Ничего не записано.</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось прочитать или записать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by NCM Desktop (%2 on %3, since %4), which is no longer running. Run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 осталось заблокированным программой NCM Desktop (%2, компьютер %3, с %4), которая больше не работает. Чтобы снять блокировку, выполните команду ещё раз с параметром --force.</translation>
    </message>
    <message>
        <source>%1 is open in NCM Desktop on another computer (%2 on %3, since %4). Close it there first. If that computer no longer uses it (it stopped, or the drive was removed from it), run the command again with --force to take the lock over.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 открыто в NCM Desktop на другом компьютере (%2, компьютер %3, с %4). Сначала закройте его там. Если тот компьютер больше его не использует (программа остановлена или диск от него отключён), выполните команду ещё раз с параметром --force, чтобы снять блокировку.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only one program can change a dossier at a time: close it there first.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 открыто в другом экземпляре NCM Desktop (%2, компьютер %3, с %4). Изменять досье одновременно может только одна программа: сначала закройте его там.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing of yours was saved: look at their version, then make your change again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Кто-то другой сохранил эту запись после того, как вы её открыли. Ничего из ваших изменений не сохранено: посмотрите его версию и внесите изменение заново.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer (%2). Check the address and the office network, or ask the IT officer whether the server is running.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сервер %1 не отвечает (%2). Проверьте адрес и сеть офиса или спросите у ИТ-специалиста, работает ли сервер.</translation>
    </message>
    <message>
        <source>The server of %1 refused the user name or the password. Check them and try again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сервер %1 отклонил имя пользователя или пароль. Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 holds no NCM Desktop dossier (%2). The IT officer creates one with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В %1 нет досье NCM Desktop (%2). ИТ-специалист создаёт его командой ncm-desktop server init.</translation>
    </message>
    <message>
        <source>The server dossier %1 already holds a dossier: nothing was uploaded. Merge into it with an exchange package instead.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Серверное досье %1 уже содержит досье: ничего не загружено. Вместо этого выполните в него слияние пакета обмена.</translation>
    </message>
    <message>
        <source>The server dossier %1 was made by an older version of NCM Desktop. Ask the IT officer to upgrade it with ncm-desktop server init.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Серверное досье %1 создано более старой версией NCM Desktop. Попросите ИТ-специалиста обновить его командой ncm-desktop server init.</translation>
    </message>
    <message>
        <source>You may not do that on the server dossier %1. Ask its owner for the role you need.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вам нельзя делать это в серверном досье %1. Попросите его владельца дать вам нужную роль.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). The change under way was not saved; nothing was half-saved.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Соединение с сервером %1 потеряно (%2). Текущее изменение не сохранено; ничего не сохранено наполовину.</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не удалось обновить досье %1 до этой версии NCM Desktop (%2). Оно оставлено в прежнем виде; его резервная копия находится здесь: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it was not closed properly and its folder is read-only. Open it where it was last used, or copy it to a folder you can write to.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Досье %1 нельзя прочитать здесь: оно не было закрыто должным образом, а его папка доступна только для чтения. Откройте его там, где оно использовалось в последний раз, или скопируйте в папку, доступную для записи.</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Повестка дня не записана.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Women are %1 of those present whose sex is recorded (%2 women, %3 men). The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %1 присутствующих, у которых указан пол (женщин: %2, мужчин: %3). Механизм стремится к гендерному балансу (MOSAIC 03.40, 7.4.1).</translation>
    </message>
    <message>
        <source>The sex of none of those present is recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ни у кого из присутствующих не указан пол.</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Invited, not present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приглашены, но не присутствовали</translation>
    </message>
    <message>
        <source>No.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия, имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>guest</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>гость</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решения и последующие действия</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решения не записаны.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Решение %1</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Activity of the National Action Plan: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятие национального плана действий: %1</translation>
    </message>
    <message>
        <source>No follow-up action recorded.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Последующие действия не записаны.</translation>
    </message>
    <message>
        <source>Readiness at this meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Готовность на момент этого совещания</translation>
    </message>
    <message>
        <source>Readiness score against MOSAIC 03.40 when the meeting was held: %1. Categories of 7.4 represented: %2 of %3; women among the representatives: %4.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по MOSAIC 03.40 на момент совещания: %1. Представлено категорий 7.4: %2 из %3; доля женщин среди представителей: %4.</translation>
    </message>
    <message>
        <source>The meeting has not been marked as held, so no readiness was recorded for it (Meetings page, Mark as held).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещание не отмечено как состоявшееся, поэтому готовность для него не записана (страница «Совещания», «Отметить как состоявшееся»).</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Approved at the meeting of: ____________________   Signature of the Chair: ____________________</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Утверждён на совещании от: ____________________   Подпись Председателя: ____________________</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present: %1 invited and %2 not invited; %3 invited but not present.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Присутствовал %n человек: приглашённых — %1, неприглашённых — %2; приглашены, но не присутствовали — %3.</numerusform>
            <numerusform>Присутствовали %n человека: приглашённых — %1, неприглашённых — %2; приглашены, но не присутствовали — %3.</numerusform>
            <numerusform>Присутствовали %n человек: приглашённых — %1, неприглашённых — %2; приглашены, но не присутствовали — %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>not asked</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>Monitoring area (7.3.2 a)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Область мониторинга (7.3.2 a)</translation>
    </message>
    <message>
        <source>Data available</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Наличие данных</translation>
    </message>
    <message>
        <source>Disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Разбивка по полу</translation>
    </message>
    <message>
        <source>Source, and who assesses it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Источник и кто проводит оценку</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>e.g. Complete the composition of the National Commission</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>например, Завершить формирование состава Национальной комиссии</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Задача</translation>
    </message>
    <message>
        <source>&amp;Answers (clause or instrument)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Основание (пункт или документ)</translation>
    </message>
</context>
<context>
    <name>OrganisationCategoryModel</name>
    <message>
        <source>Organisation</source>
        <extracomment>Where the organisation first comes in the list. Emitted when the user changes a category.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Category (7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Категория (7.4)</translation>
    </message>
    <message>
        <source>How the category was chosen</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Как выбрана категория</translation>
    </message>
    <message>
        <source>Already in the dossier</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уже есть в досье</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выбрана вами</translation>
    </message>
    <message>
        <source>Your correction at an earlier import</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ваше исправление при прежнем импорте</translation>
    </message>
    <message>
        <source>Unsure: no portfolio in the name, check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Неуверенно: в названии нет отрасли, проверьте</translation>
    </message>
    <message>
        <source>Unsure, from the word “%1”: check it</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Неуверенно, по слову «%1»: проверьте</translation>
    </message>
    <message>
        <source>Guessed from the word “%1”</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Определена по слову «%1»</translation>
    </message>
    <message>
        <source>No guess: choose one</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не определена: выберите</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>A package carries this dossier to another computer, where it can be merged into a dossier with File &gt; Exchange &gt; Merge package. It holds the names, phones and emails of the members: protect it with a passphrase, and give the passphrase separately (not on the same USB stick).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакет переносит это досье на другой компьютер, где его можно объединить с досье командой Файл &gt; Обмен &gt; Слияние с пакетом. В нём содержатся имена, телефоны и адреса эл. почты членов: защитите его парольной фразой и передайте её отдельно (не на том же USB-накопителе).</translation>
    </message>
    <message>
        <source>Package file</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Защитить пакет парольной фразой</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Файл пакета:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите, куда записать пакет.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Парольные фразы не совпадают. Введите её ещё раз.</translation>
    </message>
    <message>
        <source>NCM Desktop packages (*.ncmx)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пакеты NCM Desktop (*.ncmx)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>``tick(participant id, invited, attended)``: store a tick; True when stored.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Invited</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (гость)</translation>
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
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <extracomment>The version edited here: a save is refused if someone else saved since.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1: у него «%2», у вас «%3»</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Кто-то другой изменил данные этого человека</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Оставить &amp;его версию</translation>
    </message>
    <message>
        <source>Save &amp;my version</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить &amp;мою версию</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Designate a Point of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначение контактного центра</translation>
    </message>
    <message>
        <source>Choose the person designated as National Point of Contact. Someone not in the dossier yet is added first on the People page, or with “Add a new person”.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выберите человека, назначаемого национальным контактным центром. Того, кого ещё нет в досье, сначала добавьте на странице «Люди» или кнопкой «Добавить нового человека».</translation>
    </message>
    <message>
        <source>Search by name, organisation or title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск по имени, организации или должности</translation>
    </message>
    <message>
        <source>Search people</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Invite the ministry responsible for %1 to join the mechanism</source>
        <extracomment>Languages whose letters have no case: names are put into sentences as they are.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить в состав механизма министерство, отвечающее за направление «%1»</translation>
    </message>
    <message>
        <source>Invite to the mechanism: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить в состав механизма: %1</translation>
    </message>
    <message>
        <source>Invite representatives of %1 to join the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пригласить в состав механизма представителей следующей группы: %1</translation>
    </message>
    <message>
        <source>Designate a National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначить национальный контактный центр по документу «%1»</translation>
    </message>
    <message>
        <source>Notify the %1 of the National Point of Contact for the %2</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомить адресата (%1) о национальном контактном центре по документу «%2»</translation>
    </message>
    <message>
        <source>Designate the host entity of the National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначить базовую структуру национального органа</translation>
    </message>
    <message>
        <source>Put in place the role of the National Authority set out in %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обеспечить выполнение функции национального органа, предусмотренной пунктом %1</translation>
    </message>
    <message>
        <source>Arrange regular coordination between the National Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организовать регулярную координацию между национальными контактными центрами</translation>
    </message>
    <message>
        <source>Strengthen the profile of the National Points of Contact (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Укрепить профиль национальных контактных центров (%1)</translation>
    </message>
    <message>
        <source>Complete the formal establishment of the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Завершить официальное создание механизма</translation>
    </message>
    <message>
        <source>Collect and assess data on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Собрать и оценить данные по направлению «%1»</translation>
    </message>
    <message>
        <source>Collect and assess data on %1, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Собрать и оценить данные по направлению «%1» с разбивкой по полу</translation>
    </message>
    <message>
        <source>Designate the lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Назначить ведущую государственную структуру для функциональной области «%1»</translation>
    </message>
    <message>
        <source>Agree on a single lead government entity for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Согласовать единую ведущую государственную структуру для функциональной области «%1»</translation>
    </message>
    <message>
        <source>Seek a balance of women and men among the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Добиваться баланса женщин и мужчин среди представителей</translation>
    </message>
    <message>
        <source>Provide the mechanism with %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предоставить механизму: %1</translation>
    </message>
    <message>
        <source>Close the gap on %1 of MOSAIC 03.40</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Устранить пробел по пункту %1 MOSAIC 03.40</translation>
    </message>
    <message>
        <source>The organisation has named its representatives to the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация назначила своих представителей в механизм</translation>
    </message>
    <message>
        <source>A National Point of Contact is designated for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный контактный центр по документу «%1» назначен</translation>
    </message>
    <message>
        <source>The %1 has acknowledged the notification</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Адресат (%1) подтвердил получение уведомления</translation>
    </message>
    <message>
        <source>The host entity is designated by a legal act</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Базовая структура назначена правовым актом</translation>
    </message>
    <message>
        <source>Coordination meetings held as scheduled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Координационные совещания проводятся по графику</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Данные по направлению «%1» имеются и оценены</translation>
    </message>
    <message>
        <source>Data on %1 available and assessed, disaggregated by sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Данные по направлению «%1» имеются и оценены с разбивкой по полу</translation>
    </message>
    <message>
        <source>One lead entity confirmed for %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Для функциональной области «%1» подтверждена одна ведущая структура</translation>
    </message>
    <message>
        <source>Women are 40 to 60 per cent of the representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют от 40 до 60 процентов представителей</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обеспечено: %1</translation>
    </message>
    <message>
        <source>MOSAIC 03.40, %1: %2</source>
        <extracomment>Parameters put into a sentence with a small first letter (&quot;the ministry responsible for health&quot;), in the languages that have capitals.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>MOSAIC 03.40, %1: %2</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор: %1</translation>
    </message>
    <message>
        <source>Donor not named</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Донор не указан</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Objective %1</source>
        <extracomment>Each objective&apos;s cost in the main currency: funded, and not funded yet.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача %1</translation>
    </message>
    <message>
        <source>Costs by objective in %1, funded and not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Расходы по задачам в %1: профинансировано и ещё не профинансировано</translation>
    </message>
    <message>
        <source>Funded (national budget or donor)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Профинансировано (национальный бюджет или донор)</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ещё не профинансировано</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>The plan&apos;s objectives, each answering a clause or instrument of the standard, and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or after; activities can be dragged too.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задачи плана, каждая из которых соответствует пункту стандарта или документу, и их мероприятия (раздел 10, 7.3.2 e). Enter или F2 — изменить, Insert — добавить мероприятие, Ctrl+Up и Ctrl+Down (Ctrl+↑ и Ctrl+↓) — переместить его, в том числе в предыдущую или следующую задачу; мероприятия можно также перетаскивать.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>План</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>Adopted o&amp;n:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата у&amp;тверждения:</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название плана</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус плана</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Objectives and activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задачи и мероприятия</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Новое &amp;мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Переместить вы&amp;ше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Переместить ни&amp;же</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Переместить в &amp;другую…</translation>
    </message>
    <message>
        <source>Move the activity to another objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Переместить мероприятие в другую задачу</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Экспорт плана…</translation>
    </message>
    <message>
        <source>Activities suggested by the gaps of the Readiness page, most important first. Accept one as it is, edit it first, or dismiss it: it is not proposed again.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятия, предложенные на основе пробелов, выявленных на странице «Готовность», начиная с наиболее важных. Примите предложение как есть, сначала измените его или отклоните: отклонённое предложение больше не предлагается.</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предлагаемые мероприятия</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>П&amp;ринять</translation>
    </message>
    <message>
        <source>Edit and acce&amp;pt…</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменить и &amp;принять…</translation>
    </message>
    <message>
        <source>Show &amp;dismissed suggestions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показать от&amp;клонённые предложения</translation>
    </message>
    <message>
        <source>Before the plan is tabled, every activity needs a lead that is a member of the mechanism, dates within the plan&apos;s period, a cost (or “No cost”) and an indicator. Press Enter on a point to open its activity.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Перед внесением плана на рассмотрение у каждого мероприятия должны быть ответственный, являющийся членом механизма, сроки в пределах периода плана, стоимость (или отметка «Без затрат») и показатель. Нажмите Enter на вопросе, чтобы открыть соответствующее мероприятие.</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проверка качества</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочные затраты</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n мероприятие отмечено как не требующее затрат.</numerusform>
            <numerusform>%n мероприятия отмечены как не требующие затрат.</numerusform>
            <numerusform>%n мероприятий отмечены как не требующие затрат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) with no estimated cost yet, left out of the totals.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n мероприятие ещё не имеет ориентировочной стоимости и не учтено в итогах.</numerusform>
            <numerusform>%n мероприятия ещё не имеют ориентировочной стоимости и не учтены в итогах.</numerusform>
            <numerusform>%n мероприятий ещё не имеют ориентировочной стоимости и не учтены в итогах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in different currencies are never converted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Суммы в разных валютах никогда не пересчитываются.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предложени&amp;я (%1)</translation>
    </message>
    <message>
        <source>&amp;Quality check (%1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проверка ка&amp;чества (%1)</translation>
    </message>
    <message>
        <source>Cost&amp;s</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Затрат&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отк&amp;лонить</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление мероприятия: %1</translation>
    </message>
    <message>
        <source>Delete the activity “%1”? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удалить мероприятие «%1»? Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Удаление задачи: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective “%1” and its %n activity(ies)? You can undo this with Ctrl+Z.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Удалить задачу «%1» и её %n мероприятие? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить задачу «%1» и её %n мероприятия? Это можно отменить сочетанием Ctrl+Z.</numerusform>
            <numerusform>Удалить задачу «%1» и её %n мероприятий? Это можно отменить сочетанием Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Принять предлагаемое мероприятие</translation>
    </message>
</context>
<context>
    <name>PlanQuality</name>
    <message>
        <source>The plan has no period yet: give the dates it starts and ends.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Для плана ещё не задан период: укажите даты его начала и окончания.</translation>
    </message>
    <message>
        <source>No lead organisation.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет ведущей организации.</translation>
    </message>
    <message>
        <source>The lead, %1, is not a member or observer of the mechanism (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ведущая организация (%1) не является членом или наблюдателем механизма (%2).</translation>
    </message>
    <message>
        <source>No start or no end date.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет даты начала или окончания.</translation>
    </message>
    <message>
        <source>Ends on %2, before it starts (%1).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Окончание (%2) раньше начала (%1).</translation>
    </message>
    <message>
        <source>Starts on %1, before the plan&apos;s period begins (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало (%1) раньше начала периода плана (%2).</translation>
    </message>
    <message>
        <source>Ends on %1, after the plan&apos;s period ends (%2).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Окончание (%1) позже окончания периода плана (%2).</translation>
    </message>
    <message>
        <source>No estimated cost, and not marked as costing nothing.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет ориентировочной стоимости, и мероприятие не отмечено как не требующее затрат.</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет показателя.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <extracomment>``mover(activity id, objective id, position)``: put an activity there; True when done.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Задача / мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Без затрат</translation>
    </message>
</context>
<context>
    <name>PoaSection1</name>
    <message>
        <source>Pre-filled from the dossier on %1 for the national report on the implementation of the %2 and of the %3. Check every answer before copying it into the report.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заполнено по данным досье на %1 для национального доклада об осуществлении документов «%2» и «%3». Проверьте каждый ответ, прежде чем переносить его в доклад.</translation>
    </message>
    <message>
        <source>Does the State have a national coordination agency, body or mechanism on small arms and light weapons?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Имеется ли в государстве национальное координационное агентство, орган или механизм по стрелковому оружию и лёгким вооружениям?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No (no coordinating mechanism is recorded in the dossier)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет (в досье не записан координационный механизм)</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный координационный орган</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Established by</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основание создания</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Адрес</translation>
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
    <message>
        <source>Composition of the body</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав органа</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол не указан</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основные члены</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Заместители</translation>
    </message>
    <message>
        <source>All representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>National Point of Contact for the %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный контактный центр по документу «%1»</translation>
    </message>
    <message>
        <source>No National Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Для документа «%1» не записан национальный контактный центр.</translation>
    </message>
    <message>
        <source>Is the National Point of Contact for the %1 also the National Point of Contact for the %2?</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Является ли национальный контактный центр по документу «%1» также национальным контактным центром по документу «%2»?</translation>
    </message>
    <message>
        <source>No: no Point of Contact is recorded for the %1.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Нет: для документа «%1» не записан контактный центр.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>не указано</translation>
    </message>
    <message numerus="yes">
        <source>Representatives of the %n full-member organisation(s); observers and invited bodies are not counted.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>Представители %n организации — полноправного члена; наблюдатели и приглашённые органы не учитываются.</numerusform>
            <numerusform>Представители %n организаций — полноправных членов; наблюдатели и приглашённые органы не учитываются.</numerusform>
            <numerusform>Представители %n организаций — полноправных членов; наблюдатели и приглашённые органы не учитываются.</numerusform>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Provision</source>
        <extracomment>A sign before the change, so that it reads without colour too.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тогда</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Point to settle</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Вопрос, который нужно решить</translation>
    </message>
    <message>
        <source>The plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>План</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness</source>
        <extracomment>Every table whose change can move a finding.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Every provision of MOSAIC 03.40, decided from the records where they can decide it, otherwise answered by hand. Gaps come most important first: &apos;shall&apos; before &apos;should&apos;, high priority before lower. &apos;May&apos; and &apos;can&apos; provisions are options: they are listed, but not counted in the score. Press Enter on a gap to open the page that fixes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждое положение MOSAIC 03.40 оценивается по записям, если это возможно, а в остальных случаях — по ответу, данному вручную. Пробелы перечислены начиная с наиболее важных: «должен» перед «следует», высокий приоритет перед более низким. Положения со словами «может» и «возможность» — это варианты: они перечисляются, но не учитываются в уровне готовности. Нажмите Enter на пробеле, чтобы открыть страницу, где его можно устранить.</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по разделам</translation>
    </message>
    <message>
        <source>Score by priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по приоритетам</translation>
    </message>
    <message>
        <source>Record a &amp;baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Записать &amp;контрольную точку</translation>
    </message>
    <message>
        <source>Keep today&apos;s readiness in the dossier, to see progress at the next baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохранить в досье сегодняшнюю готовность, чтобы увидеть изменения у следующей контрольной точки</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Диаграмма</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Изменения</translation>
    </message>
    <message>
        <source>Changes since the previous baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения с предыдущей контрольной точки</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы, начиная с наиболее важных</translation>
    </message>
    <message>
        <source>Options the standard offers (may, can)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Возможности, предусмотренные стандартом («может», «возможность»)</translation>
    </message>
    <message>
        <source>Every provision, in the standard&apos;s order</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Все положения в порядке стандарта</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>&amp;Open the page that fixes this</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Открыть страницу, где это можно устранить</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>От&amp;вет:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Под&amp;тверждение:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>A line of evidence: a document, a decision, a date</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Подтверждение в одной строке: документ, решение, дата</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>(ответ ещё не дан)</translation>
    </message>
    <message>
        <source>%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено: %1, частично: %2, не выполнено: %3, требуют ответа: %4 — из %5 учитываемых положений</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другие положения</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В целом</translation>
    </message>
    <message>
        <source>Score by date, overall and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по датам, в целом и по пунктам</translation>
    </message>
    <message>
        <source>No baseline recorded before today. Record one now, and at the next one this tab shows what changed: newly met, slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>До сегодняшнего дня контрольных точек нет. Запишите её сейчас — у следующей эта вкладка покажет, что изменилось: впервые выполнено, откат назад.</translation>
    </message>
    <message>
        <source>Since the baseline of %1: score %2 then, %3 now; %4 newly met, %5 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>С контрольной точки от %1: уровень %2 тогда, %3 сейчас; впервые выполнено: %4, откат назад: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
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
        <translation>Следующий шаг: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>As recorded on %1, against %2 (catalog %3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По данным на %1; стандарт %2 (каталог %3)</translation>
    </message>
    <message>
        <source>Every provision of the standard is decided from the records where they can decide it, otherwise answered by hand with a line of evidence. Met counts whole, partly met half. The standard is voluntary guidance: gaps are steps still to take, not failings.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Каждое положение стандарта оценивается по записям, если это возможно, а в остальных случаях — по ответу, данному вручную, с подтверждением в одной строке. Выполненное положение засчитывается полностью, выполненное частично — наполовину. Стандарт носит характер добровольного руководства: пробелы — это шаги, которые ещё предстоит сделать, а не недостатки.</translation>
    </message>
    <message>
        <source>Readiness score: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности: %1</translation>
    </message>
    <message>
        <source>Readiness score: nothing to score yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности: оценивать пока нечего</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 provisions that count; %6 do not apply.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено: %1, выполнено частично: %2, не выполнено: %3, ещё без ответа: %4 — из %5 учитываемых положений; неприменимо: %6.</translation>
    </message>
    <message>
        <source>Score by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по разделам</translation>
    </message>
    <message>
        <source>Score by priority of the functions (7.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по приоритетам функций (7.3)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Другие положения</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Требуют ответа</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Gaps, most important first</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелы, начиная с наиболее важных</translation>
    </message>
    <message>
        <source>&apos;Shall&apos; before &apos;should&apos;, high priority before lower, then in the standard&apos;s order.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>«Должен» перед «следует», высокий приоритет перед более низким, далее — в порядке стандарта.</translation>
    </message>
    <message>
        <source>No gaps: every provision that counts is met.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробелов нет: все учитываемые положения выполнены.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что показывают записи</translation>
    </message>
    <message>
        <source>Next step</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Options the standard offers (&apos;may&apos;, &apos;can&apos;): not counted</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Возможности, предусмотренные стандартом («может», «возможность»): не учитываются</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>Progress since the last baseline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменения с последней контрольной точки</translation>
    </message>
    <message>
        <source>No baseline was recorded before today. A baseline keeps the readiness of its date (Record a baseline on the Readiness page, or mark a meeting as held), so that the next report shows the progress made since.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>До сегодняшнего дня не записано ни одной контрольной точки. Контрольная точка сохраняет готовность на свою дату («Записать контрольную точку» на странице «Готовность» или отметка совещания как состоявшегося), чтобы следующий отчёт показал достигнутые с тех пор изменения.</translation>
    </message>
    <message>
        <source>Since the baseline of %1 the score went from %2 to %3: %4 provisions newly met, %5 closer to met, %6 slipped back.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>С контрольной точки от %1 уровень готовности изменился с %2 до %3: впервые выполнено положений — %4, ближе к выполнению — %5, откат назад — %6.</translation>
    </message>
    <message>
        <source>Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women among the representatives: %5 then, %6 now.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представлено категорий 7.4: %1 из %2 тогда, %3 из %4 сейчас. Доля женщин среди представителей: %5 тогда, %6 сейчас.</translation>
    </message>
    <message>
        <source>Score by date, overall (thick line) and by clause</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень готовности по датам, в целом (толстая линия) и по пунктам</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Тогда</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>No provision changed status since then.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>С тех пор ни одно положение не изменило статус.</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>История этой записи</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>``tr(text, n=-1)``: a hand-out&apos;s labels in its language, for one translation context. Values of the dossier setting ``paper_size`` and the page size each gives.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Generated on %1 by NCM Desktop</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сформировано %1 в NCM Desktop</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>National coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный координационный механизм</translation>
    </message>
    <message>
        <source>Membership roster</source>
        <extracomment>File formats by extension; a hand-out is PDF unless its kind offers an editable copy.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Список членов</translation>
    </message>
    <message>
        <source>Members of the national coordinating mechanism, grouped by the categories of MOSAIC 03.40, 7.4</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Члены национального координационного механизма, сгруппированные по категориям MOSAIC 03.40, 7.4</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Лист регистрации участников</translation>
    </message>
    <message>
        <source>Attendance sheet for a meeting of the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Лист регистрации участников совещания национального координационного механизма</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Протокол совещания</translation>
    </message>
    <message>
        <source>Minutes of a meeting of the national coordinating mechanism: attendance, decisions and follow-up actions</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Протокол совещания национального координационного механизма: присутствие, решения и последующие действия</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Отчёт о готовности</translation>
    </message>
    <message>
        <source>Readiness of the national coordinating mechanism against MOSAIC 03.40: score, gaps and next steps</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Готовность национального координационного механизма по MOSAIC 03.40: уровень готовности, пробелы и следующие шаги</translation>
    </message>
    <message>
        <source>National Action Plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>National Action Plan on small arms and light weapons: objectives, activities, costs and timeline</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный план действий по контролю над стрелковым оружием и лёгкими вооружениями: задачи, мероприятия, затраты и график</translation>
    </message>
    <message>
        <source>Point of Contact notification letters</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Письма-уведомления о контактных центрах</translation>
    </message>
    <message>
        <source>Notification of the National Points of Contact (MOSAIC 03.40, 6.3)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уведомление о национальных контактных центрах (MOSAIC 03.40, 6.3)</translation>
    </message>
    <message>
        <source>PoA national report, section 1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный доклад по Программе действий, раздел 1</translation>
    </message>
    <message>
        <source>National coordination section of the national report on the UN Programme of Action, pre-filled</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Раздел о национальной координации национального доклада по Программе действий ООН, предварительно заполненный</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <source>What the mechanism needs to work (clause 8): support staff, meeting space, office space and equipment, and a budget. Costs are in whole units of the currency (three letters, such as USD, EUR or XOF). Clause 8 notes that the National Authority may provide these resources, so it is the funding source until you choose another.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Что нужно механизму для работы (раздел 8): вспомогательный персонал, помещения для совещаний, служебные помещения и оборудование, а также бюджет. Стоимость указывается в целых единицах валюты (трёхбуквенный код, например USD, EUR или XOF). В разделе 8 отмечается, что эти ресурсы может предоставлять национальный орган, поэтому он считается источником финансирования, пока вы не выберете другой.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Total estimated cost: none recorded yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Общая ориентировочная стоимость: пока не записана.</translation>
    </message>
    <message>
        <source>Total estimated cost: %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Общая ориентировочная стоимость: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Resource (clause 8)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ресурс (раздел 8)</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesPage</name>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обязанности</translation>
    </message>
    <message>
        <source>Functional areas of small arms control (Table 1) against the organisations of the mechanism.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функциональные области контроля над стрелковым оружием (таблица 1) в сопоставлении с организациями механизма.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>As recorded on %1</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>Public version: phone numbers and email addresses are left out.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Публичная версия: номера телефонов и адреса эл. почты не приводятся.</translation>
    </message>
    <message>
        <source>Membership roster (public version)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Список членов (публичная версия)</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Standing</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статус участия</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители</translation>
    </message>
    <message>
        <source>Titular members</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Основные члены</translation>
    </message>
    <message>
        <source>Women</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Women are %1 of all representatives (%2 of %3) and %4 of titular members (%5 of %6).</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Женщины составляют %1 всех представителей (%2 из %3) и %4 основных членов (%5 из %6).</translation>
    </message>
    <message>
        <source>Gender balance (7.4.1)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Гендерный баланс (7.4.1)</translation>
    </message>
    <message>
        <source>Members by category (MOSAIC 03.40, 7.4)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Члены по категориям (MOSAIC 03.40, 7.4)</translation>
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
        <source>Name</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Фамилия, имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Sex</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>No representative recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Представители не записаны</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <source>Organisations with no category of 7.4 recorded</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Организации без указанной категории пункта 7.4</translation>
    </message>
    <message>
        <source>No organisation is recorded in this dossier yet.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>В этом досье пока не записано ни одной организации.</translation>
    </message>
    <message>
        <source>7.4.2, NOTE</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>7.4.2, ПРИМЕЧАНИЕ</translation>
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
            <numerusform>Пол %n представителя не указан; он учитывается в итоговых данных.</numerusform>
            <numerusform>Пол %n представителей не указан; они учитываются в итоговых данных.</numerusform>
            <numerusform>Пол %n представителей не указан; они учитываются в итоговых данных.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Part</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Not met</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>To answer</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Требуют ответа</translation>
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
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Рамки</translation>
    </message>
    <message>
        <source>National Authority</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Национальный орган</translation>
    </message>
    <message>
        <source>Points of Contact</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Контактные центры</translation>
    </message>
    <message>
        <source>Composition</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Состав</translation>
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
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Обязанности</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Совещания</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set-up assistant</source>
        <extracomment>The user asked to see the Readiness page when finishing.</extracomment>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Мастер настройки</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show again</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>&amp;Больше не показывать</translation>
    </message>
    <message>
        <source>Close the assistant and do not open it by itself again; Tools &gt; Set-up assistant still opens it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Закрыть мастер и больше не открывать его автоматически; его по-прежнему можно открыть командой Сервис &gt; Мастер настройки.</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Version to keep</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Сохраняемая версия</translation>
    </message>
</context>
<context>
    <name>StateStep</name>
    <message>
        <source>The State and the mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Государство и механизм</translation>
    </message>
    <message>
        <source>Its name and legal basis (7.1). The legal basis may be a decree, a law or a decision.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Название и правовая основа механизма (7.1). Правовой основой может быть указ, закон или решение.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Suggested activity</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Предлагаемое мероприятие</translation>
    </message>
    <message>
        <source>Provision</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Gap</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>%1 (отклонено)</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Item</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Not funded yet</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ещё не профинансировано</translation>
    </message>
    <message>
        <source>By objective</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По задачам</translation>
    </message>
    <message>
        <source>By lead organisation</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По ведущим организациям</translation>
    </message>
    <message>
        <source>No lead</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Ответственный не назначен</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>По источникам финансирования</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Field</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Поле</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Set up the national coordinating mechanism</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Создание национального координационного механизма</translation>
    </message>
    <message>
        <source>Clause by clause, as MOSAIC 03.40 describes it.</source>
        <translatorcomment>machine translation, not reviewed</translatorcomment>
        <translation>Раздел за разделом, как это описано в MOSAIC 03.40.</translation>
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
        <translation>Этот мастер в пять шагов записывает то, на чём строится механизм, соответствующий стандарту:

1. государство, название механизма и его правовая основа (7.1);
2. международные и региональные документы, участником которых является государство (раздел 4);
3. национальный орган (раздел 5);
4. национальные контактные центры (раздел 6);
5. состав: кто представляет каждое министерство, орган и партнёра (7.4).

Все изменения сохраняются сразу. Вы можете прервать работу в любой момент и вернуться позже командой Сервис &gt; Мастер настройки: мастер продолжит с того места, где вы остановились. Каждый шаг — это также страница главного окна, а страница «Готовность» затем показывает, что ещё осталось сделать.</translation>
    </message>
</context>
</TS>
